// The IPC contract's schemas refuse what a compromised or buggy renderer might send: wrong types, oversize data, paths.
import { describe, expect, it } from 'vitest';
import {
  IPC,
  MAX_TRANSFER_BYTES,
  backupReadArgsSchema,
  backupWriteArgsSchema,
  fileOpenArgsSchema,
  fileRevealArgsSchema,
  fileSaveArgsSchema,
  languageSchema,
  toSafeFileName,
} from '@shared/ipc';

// A stand-in that reports a huge size without allocating half a gigabyte.
function hugeBytes(): Uint8Array {
  const bytes = new Uint8Array(1);
  Object.defineProperty(bytes, 'byteLength', { value: MAX_TRANSFER_BYTES + 1 });
  return bytes;
}

const goodSave = { defaultName: '客户简报 春节.docx', filters: [{ name: 'Word', extensions: ['docx'] }], data: new Uint8Array([1, 2, 3]) };

describe('file:save arguments', () => {
  it('accept a plain name, filters and bytes (a Node Buffer too)', () => {
    expect(fileSaveArgsSchema.safeParse(goodSave).success).toBe(true);
    expect(fileSaveArgsSchema.safeParse({ ...goodSave, data: Buffer.from('x') }).success).toBe(true);
    expect(fileSaveArgsSchema.safeParse({ ...goodSave, filters: [{ name: 'All', extensions: ['*'] }] }).success).toBe(true);
  });

  it.each([
    ['a path as the name', { ...goodSave, defaultName: '../../.bashrc' }],
    ['an absolute name', { ...goodSave, defaultName: '/etc/passwd' }],
    ['a Windows path', { ...goodSave, defaultName: 'C:\\Users\\x\\a.docx' }],
    ['a NUL in the name', { ...goodSave, defaultName: 'a\u0000.docx' }],
    ['an empty name', { ...goodSave, defaultName: '' }],
    ['a reserved Windows name', { ...goodSave, defaultName: 'CON.docx' }],
    ['a number as the name', { ...goodSave, defaultName: 5 }],
    ['a string as data', { ...goodSave, data: 'abc' }],
    ['an array as data', { ...goodSave, data: [1, 2, 3] }],
    ['an ArrayBuffer as data', { ...goodSave, data: new ArrayBuffer(3) }],
    ['oversized data', { ...goodSave, data: hugeBytes() }],
    ['an extension with a dot', { ...goodSave, filters: [{ name: 'Word', extensions: ['.docx'] }] }],
    ['an extension with a path', { ...goodSave, filters: [{ name: 'Word', extensions: ['../x'] }] }],
    ['a filter without extensions', { ...goodSave, filters: [{ name: 'Word', extensions: [] }] }],
    ['too many filters', { ...goodSave, filters: Array.from({ length: 11 }, () => ({ name: 'x', extensions: ['x'] })) }],
    ['an unknown key', { ...goodSave, overwrite: true }],
    ['nothing', undefined],
  ])('refuse %s', (_label, value) => {
    expect(fileSaveArgsSchema.safeParse(value).success).toBe(false);
  });
});

describe('file:open arguments', () => {
  it('accept filters with or without a limit', () => {
    expect(fileOpenArgsSchema.safeParse({ filters: [] }).success).toBe(true);
    expect(fileOpenArgsSchema.safeParse({ filters: [], maxBytes: 1024 }).success).toBe(true);
  });

  it.each([
    { filters: [], maxBytes: 0 },
    { filters: [], maxBytes: 1.5 },
    { filters: [], maxBytes: MAX_TRANSFER_BYTES + 1 },
    { filters: [], maxBytes: '100' },
    { filters: 'json' },
    {},
  ])('refuse %j', (value) => {
    expect(fileOpenArgsSchema.safeParse(value).success).toBe(false);
  });
});

describe('file:reveal, app:setLanguage', () => {
  it('take a non-empty string path and a known language', () => {
    expect(fileRevealArgsSchema.safeParse('/home/a/b.docx').success).toBe(true);
    expect(fileRevealArgsSchema.safeParse('').success).toBe(false);
    expect(fileRevealArgsSchema.safeParse({ path: '/x' }).success).toBe(false);
    expect(fileRevealArgsSchema.safeParse('x'.repeat(5000)).success).toBe(false);
    expect(languageSchema.safeParse('zh-CN').success).toBe(true);
    expect(languageSchema.safeParse('en').success).toBe(true);
    expect(languageSchema.safeParse('zh').success).toBe(false);
    expect(languageSchema.safeParse('EN').success).toBe(false);
  });
});

describe('backup arguments', () => {
  const goodWrite = { data: new Uint8Array([1]), reason: 'daily', keep: 7 };

  it('accept every reason and keep from 1 to 100', () => {
    for (const reason of ['daily', 'before-restore', 'before-upgrade', 'manual']) {
      expect(backupWriteArgsSchema.safeParse({ ...goodWrite, reason }).success).toBe(true);
    }
    expect(backupWriteArgsSchema.safeParse({ ...goodWrite, keep: 1 }).success).toBe(true);
    expect(backupWriteArgsSchema.safeParse({ ...goodWrite, keep: 100 }).success).toBe(true);
  });

  it.each([
    { ...goodWrite, keep: 0 },
    { ...goodWrite, keep: 101 },
    { ...goodWrite, keep: 2.5 },
    { ...goodWrite, keep: '7' },
    { ...goodWrite, reason: 'weekly' },
    { ...goodWrite, data: 'x' },
    { ...goodWrite, data: hugeBytes() },
    { ...goodWrite, name: 'chosen.json' },
  ])('refuse %j', (value) => {
    expect(backupWriteArgsSchema.safeParse(value).success).toBe(false);
  });

  it('read only names that match the backup pattern', () => {
    expect(backupReadArgsSchema.safeParse({ name: 'account-desk-backup-2025-01-31T09-30-00-123Z-daily.json' }).success).toBe(true);
    for (const name of [
      '../account-desk-backup-2025-01-31T09-30-00-123Z-daily.json',
      '/etc/passwd',
      'account-desk-backup-2025-01-31T09-30-00-123Z-daily.json/../../x',
      'account-desk-backup-2025-01-31T09-30-00-123Z-daily.json\u0000',
      'account-desk-backup-2025-01-31T09-30-00-123Z-hourly.json',
      'account-desk-backup-2025-01-31T09-30-00Z-daily.json',
      '..\\account-desk-backup-2025-01-31T09-30-00-123Z-daily.json',
      'notes.json',
      '',
    ]) {
      expect(backupReadArgsSchema.safeParse({ name }).success, name).toBe(false);
    }
    expect(backupReadArgsSchema.safeParse('account-desk-backup-2025-01-31T09-30-00-123Z-daily.json').success).toBe(false);
  });
});

describe('the no-argument channels', () => {
  it('take nothing', () => {
    expect(IPC.appInfo.args.safeParse(undefined).success).toBe(true);
    expect(IPC.appInfo.args.safeParse({}).success).toBe(false);
    expect(IPC.backupList.args.safeParse(undefined).success).toBe(true);
    expect(IPC.backupList.args.safeParse('x').success).toBe(false);
  });
});

describe('toSafeFileName', () => {
  it('keeps ordinary and Chinese names as they are', () => {
    expect(toSafeFileName('客户简报 春节 2025.docx')).toBe('客户简报 春节 2025.docx');
    expect(toSafeFileName('Q1 report.docx')).toBe('Q1 report.docx');
  });

  it('replaces separators and reserved characters', () => {
    expect(toSafeFileName('Brief: 春节/Q1 <draft>?.docx')).toBe('Brief_ 春节_Q1 _draft__.docx');
    expect(toSafeFileName('..\\..\\evil')).toBe('.._.._evil');
    expect(toSafeFileName('a\u0000b\u001fc')).toBe('a_b_c');
    expect(toSafeFileName('Spring launch\n\tbrief.docx')).toBe('Spring launch brief.docx');
  });

  it('falls back for names that are empty or only dots', () => {
    expect(toSafeFileName('')).toBe('export');
    expect(toSafeFileName('   ')).toBe('export');
    expect(toSafeFileName('..')).toBe('export');
    expect(toSafeFileName('...', 'brief')).toBe('brief');
  });

  it('defuses reserved Windows device names and trailing dots', () => {
    expect(toSafeFileName('CON')).toBe('_CON');
    expect(toSafeFileName('nul.docx')).toBe('_nul.docx');
    expect(toSafeFileName('report. . ')).toBe('report');
  });

  it('shortens long names to fit 240 UTF-8 bytes, keeping the extension', () => {
    const safe = toSafeFileName(`${'品牌'.repeat(200)}.docx`);
    expect(new TextEncoder().encode(safe).length).toBeLessThanOrEqual(240);
    expect(safe.endsWith('.docx')).toBe(true);
    expect(toSafeFileName(safe)).toBe(safe);
  });

  it('produces names the save schema accepts', () => {
    for (const raw of ['a/b', 'CON', '  x  ', '品牌'.repeat(300), 'x:y*z', '\u0000']) {
      expect(fileSaveArgsSchema.safeParse({ ...goodSave, defaultName: toSafeFileName(raw) }).success, raw).toBe(true);
    }
  });
});
