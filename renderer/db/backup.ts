// Backup in the renderer: every table to the documented file, and restoring one (or the sample agency) all or nothing.
import type { Table } from 'dexie';
import type { DeskDatabase } from './database';
import {
  createBackup,
  parseBackup,
  serializeBackup,
  type BackupFile,
  type BackupIssue,
  type BackupSummary,
  type BackupTables,
  type ParsedBackup,
} from '@shared/backup/format';
import { defaultSettings, settingsSchema } from '@shared/model/settings';
import { tableNames, type TableName } from '@shared/model/tables';
import { TRASH_LOG_TABLE } from './database';
import { errorMessage, isQuotaError, isStorageError } from './storage-errors';

export type RestoreBackupResult = { ok: true; summary: BackupSummary } | { ok: false; issues: BackupIssue[] };

function tableIn(db: DeskDatabase, name: TableName): Table<unknown, string> {
  return db.table(name) as Table<unknown, string>;
}

/** Every record of every table, deleted ones included (the trash is part of the user's data), read in one snapshot. */
export async function readAllTables(db: DeskDatabase): Promise<BackupTables> {
  return db.transaction('r', tableNames, async () => {
    const tables: Partial<Record<TableName, unknown[]>> = {};
    for (const name of tableNames) tables[name] = await tableIn(db, name).toArray();
    return tables as BackupTables;
  });
}

export async function exportBackup(db: DeskDatabase, appVersion: string): Promise<BackupFile> {
  return createBackup(await readAllTables(db), { appVersion });
}

/**
 * Replaces the whole database with a backup. The file is checked completely first (format, versions, checksum,
 * every record, references); on any issue they are returned and nothing is touched. Otherwise see `replaceDatabase`.
 */
export async function restoreBackup(db: DeskDatabase, input: string | Uint8Array): Promise<RestoreBackupResult> {
  const parsed = await parseBackup(input);
  if (!parsed.ok) return parsed;
  return replaceDatabase(db, parsed);
}

/**
 * Replaces the whole database with a backup `parseBackup` has accepted (the backup page checks the file once, shows
 * what it holds, and restores that same result). Every table is cleared and refilled in one transaction, so a failure
 * halfway (a full disk) leaves everything as it was.
 */
export async function replaceDatabase(db: DeskDatabase, checked: Extract<ParsedBackup, { ok: true }>): Promise<RestoreBackupResult> {
  const { tables } = checked.backup;
  try {
    await db.transaction('rw', [...tableNames, TRASH_LOG_TABLE], async () => {
      // The trash log describes records of the database being replaced.
      await db.table(TRASH_LOG_TABLE).clear();
      for (const name of tableNames) {
        const table = tableIn(db, name);
        await table.clear();
        await table.bulkPut(tables[name]);
      }
    });
  } catch (error) {
    if (isQuotaError(error)) {
      return { ok: false, issues: [{ code: 'quota', detail: 'The disk is full: the browser storage quota was exceeded. Nothing was changed.' }] };
    }
    if (isStorageError(error)) return { ok: false, issues: [{ code: 'storage', detail: `${errorMessage(error)} Nothing was changed.` }] };
    throw error;
  }
  return { ok: true, summary: checked.summary };
}

/**
 * Loads the sample agency on first run through the same checks and transaction as a restore. The user's
 * settings are kept (language chosen at first run) unless the sample brings its own; `sampleLoadedAt` is set.
 */
export async function loadSampleTables(db: DeskDatabase, tables: BackupTables, appVersion = 'sample'): Promise<RestoreBackupResult> {
  const at = new Date().toISOString();
  const current = (await tableIn(db, 'settings').toArray())[0];
  const base = tables.settings[0] ?? settingsSchema.safeParse(current).data ?? defaultSettings(at);
  const settings = { ...base, sampleLoadedAt: base.sampleLoadedAt ?? at };
  const backup = await createBackup({ ...tables, settings: [settings] }, { appVersion, exportedAt: at });
  return restoreBackup(db, serializeBackup(backup));
}

export type PersistenceResult = 'persisted' | 'not-persisted' | 'unsupported';

type StorageManagerLike = { persisted?: () => Promise<boolean>; persist?: () => Promise<boolean> };

/**
 * Asks the browser to keep our data even under storage pressure (otherwise it may evict IndexedDB).
 * Tolerant: where the API is missing or refuses, the app runs on, and the caller may tell the user.
 */
export async function requestPersistentStorage(storage: StorageManagerLike | undefined = globalThis.navigator?.storage): Promise<PersistenceResult> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}
