// The large sample (years of a busy department) used for performance work: every promised count, and a backup restore accepts.
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, serializeBackup, type BackupTables } from '@shared/backup/format';
import { generateSampleTables } from '@shared/sample/generate';
import { inconsistencies, leftoverSlots } from './sample-checks';

const TODAY = '2026-03-18';

describe('large sample agency', () => {
  it('meets every promised count, holds together and passes restore checks', async () => {
    let text: string;
    {
      // Built in a block so the tables can be collected before the backup is parsed back.
      const started = performance.now();
      const tables: BackupTables = generateSampleTables({ scale: 'large', seed: 7, today: TODAY });
      // Timing goals belong to `npm run bench`; this only reports the figure.
      console.info(`large sample generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      expect(tables.accounts.length).toBeGreaterThanOrEqual(300);
      expect(tables.contacts.length).toBeGreaterThanOrEqual(2_000);
      expect(tables.interactions.length).toBeGreaterThanOrEqual(10_000);
      expect(tables.briefs.length).toBeGreaterThanOrEqual(20_000);
      expect(tables.pitches.length).toBeGreaterThanOrEqual(5_000);
      expect(tables.members.length).toBeGreaterThanOrEqual(500);
      expect(tables.evaluations.length).toBeGreaterThanOrEqual(8_000);
      expect(tables.invoices.length).toBeGreaterThanOrEqual(20_000);
      expect(tables.reports.length).toBeGreaterThanOrEqual(200);
      const versions = new Map<string, number>();
      for (const v of tables.briefVersions) versions.set(v.briefId, (versions.get(v.briefId) ?? 0) + 1);
      expect(tables.briefs.every((b) => (versions.get(b.id) ?? 0) >= 1)).toBe(true);
      expect([...versions.values()].filter((n) => n === 10).length).toBeGreaterThan(10);
      expect(inconsistencies(tables, TODAY)).toEqual([]);
      text = serializeBackup(await createBackup(tables, { appVersion: '0.0.0-test' }));
    }
    expect(leftoverSlots(text)).toEqual([]);
    const parsed = await parseBackup(text);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  }, 300_000);
});
