// A new, empty database per test (fake-indexeddb handed to Dexie, so import order does not matter), with its repositories and raw table snapshots.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { randomUUID } from 'node:crypto';
import { DeskDatabase } from '../../../renderer/db/database';
import { createRepositories, type Repositories } from '../../../renderer/db/index';
import { readAllTables } from '../../../renderer/db/backup';
import type { BackupTables } from '@shared/backup/format';
import type { TableName } from '@shared/model/tables';

export function freshDatabase(): { db: DeskDatabase; repos: Repositories } {
  const db = new DeskDatabase(`test-${randomUUID()}`, { indexedDB, IDBKeyRange });
  return { db, repos: createRepositories(db) };
}

/** Every table's records sorted by id, for comparing the whole database before and after. */
export async function snapshot(db: DeskDatabase): Promise<BackupTables> {
  const tables = await readAllTables(db);
  for (const name of Object.keys(tables) as TableName[]) tables[name].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return tables;
}

/** Writes records straight into the tables, bypassing the repositories (for arranging a test). */
export async function seed(db: DeskDatabase, tables: Partial<BackupTables>): Promise<void> {
  await db.transaction('rw', Object.keys(tables), async () => {
    for (const [name, rows] of Object.entries(tables)) await db.table(name).bulkPut(rows);
  });
}
