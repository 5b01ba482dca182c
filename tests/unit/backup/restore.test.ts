// Backup in the renderer: export and restore round trip, corrupt files refused untouched, the sample agency, quota.
import { describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { createBackup, emptyTables, parseBackup, serializeBackup, type BackupTables } from '@shared/backup/format';
import { SCHEMA_VERSION } from '@shared/model/tables';
import { exportBackup, loadSampleTables, requestPersistentStorage, restoreBackup } from '../../../renderer/db/backup';
import { makeAccount, makeContact, makeSmallAgency } from '../../fixtures/factories';
import { freshDatabase, seed, snapshot } from '../db/fresh-database';

/** A database with a small agency, a record in the trash and one saved through a repository. */
async function populated() {
  const { db, repos } = freshDatabase();
  const agency = makeSmallAgency();
  await seed(db, agency.tables);
  await repos.accounts.save(makeAccount({ brand: '表情😀与<&>"\'符号' }));
  await repos.members.softDelete(agency.director.id);
  return { db, repos, agency };
}

async function goodBackupText(tables: BackupTables = makeSmallAgency().tables): Promise<string> {
  return serializeBackup(await createBackup(tables, { appVersion: '0.1.0' }));
}

describe('backup round trip', () => {
  it('export, write to a file, read it back and restore into a new database gives identical records', async () => {
    const { db } = await populated();
    const text = serializeBackup(await exportBackup(db, '0.1.0'));
    const target = freshDatabase();
    const result = await restoreBackup(target.db, new TextEncoder().encode(text));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.summary.counts.accounts).toBe(3);
    expect(await snapshot(target.db)).toEqual(await snapshot(db));
  });

  it('the export holds every table, deleted records included, with the app and schema version', async () => {
    const { db, agency } = await populated();
    const backup = await exportBackup(db, '1.2.3');
    expect(Object.keys(backup.tables).sort()).toEqual(Object.keys(emptyTables()).sort());
    expect(backup).toMatchObject({ format: 'account-desk-backup', appVersion: '1.2.3', schemaVersion: SCHEMA_VERSION });
    expect(backup.tables.members.find((m) => m.id === agency.director.id)?.deletedAt).toEqual(expect.any(String));
  });

  it('restoring replaces what was in the database', async () => {
    const { db } = freshDatabase();
    const stray = makeAccount();
    await seed(db, { accounts: [stray] });
    const result = await restoreBackup(db, await goodBackupText());
    expect(result.ok).toBe(true);
    expect(await db.table('accounts').get(stray.id)).toBeUndefined();
    expect(await db.table('accounts').count()).toBe(2);
  });
});

describe('restoring a corrupt backup leaves every record in place', () => {
  const badRecord = async () => {
    const tables = makeSmallAgency().tables;
    tables.contacts.push({ ...makeContact(tables.accounts[0]?.id ?? ''), warmth: 9, id: 'bad-contact' });
    return goodBackupText(tables);
  };
  const dangling = async () => {
    const tables = makeSmallAgency().tables;
    tables.contacts.push(makeContact('account-that-is-not-there', { id: 'orphan' }));
    return goodBackupText(tables);
  };
  const cases: [string, () => Promise<string | Uint8Array>, object][] = [
    ['a changed byte breaks the checksum', async () => (await goodBackupText()).replace('品牌', '品pai'), { code: 'checksum' }],
    ['an invalid record is named with its table, id and field', badRecord, { code: 'record', table: 'contacts', recordId: 'bad-contact', field: 'warmth' }],
    ['a record pointing at a missing one', dangling, { code: 'reference', table: 'contacts', recordId: 'orphan', field: 'accountId' }],
    ['a backup from a newer schema', async () => (await goodBackupText()).replace(`"schemaVersion":${SCHEMA_VERSION}`, `"schemaVersion":${SCHEMA_VERSION + 1}`), { code: 'newer-schema' }],
    ['a file that is not JSON', async () => '这不是备份文件 not a backup', { code: 'not-json' }],
    ['a truncated file', async () => { const text = await goodBackupText(); return text.slice(0, Math.floor(text.length / 2)); }, { code: 'not-json' }],
    ['bytes that are not UTF-8', async () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), { code: 'not-utf8' }],
    ['JSON that is not a backup', async () => JSON.stringify({ hello: 'world' }), { code: 'format' }],
  ];

  for (const [name, make, issue] of cases) {
    it(`refuses ${name}`, async () => {
      const { db } = await populated();
      const before = await snapshot(db);
      const result = await restoreBackup(db, await make());
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]).toMatchObject(issue);
      expect(await snapshot(db)).toEqual(before);
    });
  }
});

describe('a full disk during restore', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const failures: [string, () => unknown][] = [
    ['reported directly', quota],
    ['as the inner error of an aborted transaction', () => new Dexie.AbortError('Transaction aborted', quota())],
  ];
  for (const [how, error] of failures) {
    it(`is a quota issue and changes nothing (${how})`, async () => {
      const { db } = await populated();
      const before = await snapshot(db);
      // Fail the last table written, after the others were cleared and refilled.
      const spy = vi.spyOn(db.table('reports'), 'bulkPut').mockRejectedValueOnce(error());
      const result = await restoreBackup(db, await goodBackupText());
      spy.mockRestore();
      expect(result).toMatchObject({ ok: false, issues: [{ code: 'quota' }] });
      expect(await snapshot(db)).toEqual(before);
    });
  }
});

describe('loading the sample agency', () => {
  it('loads the records through the restore checks and keeps the language chosen at first run', async () => {
    const { db, repos } = freshDatabase();
    await repos.settings.save({ language: 'en' });
    const sample = makeSmallAgency().tables;
    const result = await loadSampleTables(db, { ...sample, settings: [] });
    expect(result.ok).toBe(true);
    expect(await repos.accounts.list()).toHaveLength(2);
    const settings = await repos.settings.get();
    expect(settings.language).toBe('en');
    expect(settings.sampleLoadedAt).toEqual(expect.any(String));
  });

  it('a broken sample is refused before anything is touched', async () => {
    const { db } = await populated();
    const before = await snapshot(db);
    const sample = makeSmallAgency().tables;
    sample.contacts.push(makeContact('nowhere', { id: 'lost-contact' }));
    const result = await loadSampleTables(db, sample);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'reference', table: 'contacts', recordId: 'lost-contact', field: 'accountId' }] });
    expect(await snapshot(db)).toEqual(before);
  });

  it('the sample written by loadSampleTables is itself a valid backup', async () => {
    const { db } = freshDatabase();
    await loadSampleTables(db, makeSmallAgency().tables, '0.1.0');
    const parsed = await parseBackup(serializeBackup(await exportBackup(db, '0.1.0')));
    expect(parsed.ok ? parsed.summary.counts.settings : parsed.issues).toBe(1);
  });
});

describe('asking to keep data under storage pressure', () => {
  it('reports persisted, not persisted, or unsupported, and never throws', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage({})).toBe('unsupported');
    expect(await requestPersistentStorage({ persisted: async () => true, persist: async () => false })).toBe('persisted');
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => true })).toBe('persisted');
    expect(await requestPersistentStorage({ persist: async () => false })).toBe('not-persisted');
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('denied')) })).toBe('unsupported');
  });
});
