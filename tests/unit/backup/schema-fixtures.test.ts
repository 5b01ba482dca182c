// Schema upgrades: a backup written by every earlier schema version opens in the current app with all its data.
//
// How to add the next version's fixture (do this in the same change that raises SCHEMA_VERSION to N+1):
//   1. BEFORE raising the version, write a fixture with the current code:
//        npm run sample-data -- --out tests/fixtures/schema-vN/sample-agency.json --seed 1 --today 2026-06-30
//      (keep it under ~1.5 MB; the small sample is about 1 MB). Never edit an existing fixture afterwards.
//   2. Add `{ version: N, file: 'schema-vN/sample-agency.json' }` to `fixtures` below.
//   3. Raise SCHEMA_VERSION, add the Dexie upgrade and the backup upgrade step in shared/backup/format.ts
//      (parseBackup refuses `older-schema` until it can upgrade), and extend `expectUpgraded` with what the upgrade
//      must produce for the new fields. Every older fixture must still pass.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '@shared/backup/format';
import { tableNames, type TableName } from '@shared/model/tables';
import { restoreBackup } from '../../../renderer/db/backup';
import type { Repositories } from '../../../renderer/db/index';
import { freshDatabase } from '../db/fresh-database';

const fixtures = [{ version: 1, file: 'schema-v1/sample-agency.json' }] as const;

function readFixture(file: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${file}`, import.meta.url))));
}

type Row = { id: string; deletedAt?: string | null };

/** The file's raw records by table, read without the app's parser, as the reference for "all its data is there". */
function rawTables(bytes: Uint8Array): Record<TableName, Row[]> {
  const raw = JSON.parse(new TextDecoder().decode(bytes)) as { tables: Partial<Record<TableName, Row[]>> };
  return Object.fromEntries(tableNames.map((name) => [name, raw.tables[name] ?? []])) as Record<TableName, Row[]>;
}

const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe.each(fixtures)('a backup written by schema version $version', ({ file }) => {
  it('passes the same validation a restore uses, holding records of every kind', async () => {
    const bytes = readFixture(file);
    const parsed = await parseBackup(bytes);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 5)));
    for (const name of tableNames) expect(parsed.summary.counts[name], name).toBeGreaterThan(0);
  });

  it('restores into the current database and every record reads back unchanged through the repositories', async () => {
    const bytes = readFixture(file);
    const expected = rawTables(bytes);
    const { db, repos } = freshDatabase();
    const result = await restoreBackup(db, bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 5)));

    const repoOf: Record<Exclude<TableName, 'settings'>, Repositories[Exclude<keyof Repositories, 'settings' | 'trash'>]> = {
      accounts: repos.accounts,
      contacts: repos.contacts,
      interactions: repos.interactions,
      invoices: repos.invoices,
      members: repos.members,
      assignments: repos.assignments,
      briefs: repos.briefs,
      briefVersions: repos.briefVersions,
      briefTemplates: repos.briefTemplates,
      pitches: repos.pitches,
      evaluations: repos.evaluations,
      reports: repos.reports,
    };
    for (const [name, repo] of Object.entries(repoOf) as [Exclude<TableName, 'settings'>, (typeof repoOf)[keyof typeof repoOf]][]) {
      const rows = expected[name];
      // Every record by id (deleted ones too: the trash is data), equal field for field to the file.
      const read = (await repo.getMany(rows.map((row) => row.id))) as Row[];
      expect([...read].sort(byId), name).toEqual([...rows].sort(byId));
      // And the live ones are what the app's lists show.
      const live = (await repo.list()) as Row[];
      expect(live.map((row) => row.id).sort(), `${name} (live)`).toEqual(rows.filter((row) => !row.deletedAt).map((row) => row.id).sort());
    }
    expect(await repos.settings.get()).toEqual(expected.settings[0]);
  });

  it('keeps every brief with its whole version history', async () => {
    const bytes = readFixture(file);
    const expected = rawTables(bytes) as unknown as { briefs: Row[]; briefVersions: (Row & { briefId: string })[] };
    const { db, repos } = freshDatabase();
    const result = await restoreBackup(db, bytes);
    expect(result.ok).toBe(true);
    for (const brief of expected.briefs) {
      const versions = await repos.briefVersions.listByBrief(brief.id);
      const wanted = expected.briefVersions.filter((version) => version.briefId === brief.id && !version.deletedAt);
      expect(versions.map((version) => version.id).sort(), brief.id).toEqual(wanted.map((version) => version.id).sort());
    }
  });
});
