// The backup checksum: a file as the app writes it is checked from its bytes, any other layout canonically, and a change
// to the records is refused either way.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackup, parseBackup, serializeBackup, type BackupFile } from '@shared/backup/format';
import { makeSmallAgency } from '../../fixtures/factories';

const encode = (text: string) => new TextEncoder().encode(text);

async function written(): Promise<{ backup: BackupFile; text: string }> {
  const backup = await createBackup(makeSmallAgency().tables, { appVersion: '0.1.0', exportedAt: '2026-05-20T08:00:00.000Z' });
  return { backup, text: serializeBackup(backup) };
}

/** The same file with its keys in another order (checksum first). */
function reordered(backup: BackupFile): string {
  const { checksum, tables, ...header } = backup;
  return JSON.stringify({ checksum, ...header, tables });
}

/** Calls that serialised a whole set of tables (the canonical checksum). */
function tableSerialisations(spy: { mock: { calls: unknown[][] } }): number {
  return spy.mock.calls.filter(([value]) => value !== null && typeof value === 'object' && 'accounts' in value && 'briefs' in value).length;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the backup checksum', () => {
  it('accepts a file as the app writes it, as bytes and as text, without serialising the records again', async () => {
    const { text } = await written();
    const spy = vi.spyOn(JSON, 'stringify');
    for (const input of [encode(text), text, encode(`\uFEFF${text}`)]) {
      const parsed = await parseBackup(input);
      expect(parsed.ok ? parsed.summary.counts.accounts : parsed.issues).toBe(2);
    }
    expect(tableSerialisations(spy)).toBe(0);
  });

  it('accepts the same records laid out differently when the checksum of the records matches', async () => {
    const { backup, text } = await written();
    const layouts = {
      'pretty-printed': JSON.stringify(backup, null, 2),
      'keys reordered': reordered(backup),
      'a trailing newline': `${text}\n`,
      'a character written as an escape': text.replace('品', '\\u54c1'),
      'a number written another way': text.replace('"annualFee":1200000', '"annualFee":1.2e6'),
    };
    for (const [layout, variant] of Object.entries(layouts)) {
      expect(variant, layout).not.toBe(text);
      const spy = vi.spyOn(JSON, 'stringify');
      const parsed = await parseBackup(encode(variant));
      expect(parsed.ok ? 'ok' : parsed.issues, layout).toBe('ok');
      // Checked canonically: the written bytes are not what was hashed.
      expect(tableSerialisations(spy), layout).toBe(1);
      spy.mockRestore();
    }
  });

  it('refuses a changed record in any layout, as bytes and as text', async () => {
    const { backup, text } = await written();
    const change = (variant: string) => variant.replace('品牌', '品pai');
    const variants = [text, JSON.stringify(backup, null, 2), reordered(backup), `\uFEFF${text}`];
    for (const variant of variants) {
      expect(change(variant)).not.toBe(variant);
      for (const input of [change(variant), encode(change(variant))]) {
        const parsed = await parseBackup(input);
        expect(parsed.ok ? 'ok' : parsed.issues[0]).toMatchObject({ code: 'checksum' });
      }
    }
  });

  it('refuses records changed without a character more or less, and a changed checksum', async () => {
    const { text } = await written();
    const sameLength = text.replace('"tier":"A"', '"tier":"B"');
    expect(sameLength).toHaveLength(text.length);
    const value = /"value":"([0-9a-f]{64})"/.exec(text)?.[1] ?? '';
    const otherChecksum = text.replace(value, `${value.slice(0, -1)}${value.endsWith('0') ? '1' : '0'}`);
    for (const variant of [sameLength, otherChecksum]) {
      const parsed = await parseBackup(encode(variant));
      expect(parsed.ok ? 'ok' : parsed.issues[0]).toMatchObject({ code: 'checksum' });
    }
  });

  it('refuses a second set of tables slipped in after the ones the checksum covers', async () => {
    const { backup, text } = await written();
    const tables = { ...backup.tables, accounts: backup.tables.accounts.map((account) => ({ ...account, brand: '换掉的品牌' })) };
    const tail = text.lastIndexOf(',"checksum":');
    const doubled = `${text.slice(0, tail)},"tables":${JSON.stringify(tables)}${text.slice(tail)}`;
    const parsed = await parseBackup(encode(doubled));
    expect(parsed.ok ? 'ok' : parsed.issues[0]).toMatchObject({ code: 'checksum' });
  });

  it('refuses a header changed so the tables would be read from elsewhere', async () => {
    const { text } = await written();
    // The tables moved under another key: the file no longer holds the records the checksum covers.
    const renamed = text.replace('"tables":', '"old":{},"tables":{},"x":');
    const parsed = await parseBackup(encode(renamed));
    expect(parsed.ok ? 'ok' : parsed.issues[0]).toMatchObject({ code: 'checksum' });
  });
});
