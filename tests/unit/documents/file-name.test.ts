// Exported files get names every operating system accepts, whatever the brand is called.
import { describe, expect, it } from 'vitest';
import { documentFileName, safeFileNamePart } from '@shared/documents/file-name';
import { XML_FORBIDDEN, hostileList, hostileStrings } from '../../fixtures/hostile';

// eslint-disable-next-line no-control-regex -- control characters are part of what Windows forbids
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/;

describe('file names', () => {
  it('names an account profile 客户档案-青岚茶饮-<short id>.docx', () => {
    expect(documentFileName(['客户档案', '青岚茶饮', '3f2a9c1d'])).toBe('客户档案-青岚茶饮-3f2a9c1d.docx');
  });

  it.each(hostileList.map((s, i) => [i, s] as const))('makes hostile string #%i safe on Windows', (_i, value) => {
    const name = documentFileName(['Account profile', value, 'id']);
    expect(name).not.toMatch(WINDOWS_FORBIDDEN);
    expect(name).not.toMatch(XML_FORBIDDEN);
    expect(name.endsWith('.docx')).toBe(true);
    expect(name.length).toBeLessThan(200);
  });

  it('keeps no path separators, so a name can never leave the output folder', () => {
    expect(safeFileNamePart(hostileStrings.windowsPath)).not.toMatch(/[\\/]/);
    expect(safeFileNamePart('../../etc/passwd')).toBe('etc passwd');
  });

  it('drops trailing dots and spaces, which Windows silently removes', () => {
    expect(safeFileNamePart('Brand. . ')).toBe('Brand');
  });

  it('prefixes names Windows reserves for devices', () => {
    expect(safeFileNamePart('CON')).toBe('_CON');
    expect(safeFileNamePart('lpt1.txt')).toBe('_lpt1.txt');
  });

  it('falls back to a placeholder when nothing usable is left', () => {
    expect(safeFileNamePart(hostileStrings.whitespaceOnly)).toBe('untitled');
    expect(safeFileNamePart('???')).toBe('untitled');
  });

  it('cuts long names without splitting an emoji', () => {
    const part = safeFileNamePart('👨‍👩‍👧‍👦'.repeat(100), 5);
    expect(part).toBe('👨‍👩‍👧‍👦'.repeat(4));
  });
});
