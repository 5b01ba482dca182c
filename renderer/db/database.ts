// The Dexie database: every table of the model, its indexes, and the schema versions (old ones stay declared).
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { RecordOf, TableName } from '@shared/model/tables';

export const DATABASE_NAME = 'account-desk';

/** The trash's own bookkeeping table: not a record kind, never in backups (see trash.ts). */
export const TRASH_LOG_TABLE = 'trashLog';

/**
 * Indexes per table, schema version 1. `deletedAt` is indexed so the trash can list deleted records
 * (IndexedDB leaves null keys out of an index, so live records never appear in it). Reference fields are
 * indexed where the trash must find the records pointing at one being deleted; `*` marks multi-entry
 * indexes over arrays of ids.
 */
export const schemaV1: Record<TableName | typeof TRASH_LOG_TABLE, string> = {
  accounts: 'id, brand, status, tier, industry, updatedAt, deletedAt',
  contacts: 'id, accountId, decisionRole, lastContactOn, deletedAt',
  interactions: 'id, accountId, date, followUpOn, *memberIds, *contactIds, deletedAt',
  invoices: 'id, accountId, number, issuedOn, dueOn, deletedAt',
  members: 'id, name, level, managerId, deletedAt',
  assignments: 'id, accountId, memberId, [accountId+memberId], deletedAt',
  briefs: 'id, accountId, status, ownerId, strategistId, creativeLeadId, templateId, presentationDate, updatedAt, deletedAt',
  briefVersions: 'id, briefId, [briefId+number], deletedAt',
  briefTemplates: 'id, name, deletedAt',
  pitches: 'id, accountId, stage, type, ownerId, pitchDate, updatedAt, deletedAt',
  evaluations: 'id, memberId, quarter, [memberId+quarter], evaluatorId, status, deletedAt',
  reports: 'id, periodStart, status, deletedAt',
  settings: 'id',
  trashLog: 'id, deletedAt',
};

export type DeskTables = { [T in TableName]: Table<RecordOf<T>, string> };

export class DeskDatabase extends Dexie {
  /**
   * A type-only brand. Without a member of its own, checking `Dexie extends DeskDatabase` (which Dexie's
   * transaction typings do) recurses until the compiler gives up.
   */
  declare readonly isDeskDatabase: true;

  /** `options` lets tests hand in their own IndexedDB (fake-indexeddb's `indexedDB` and `IDBKeyRange`). */
  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(schemaV1);
  }
}

/** The typed table of a record kind. */
export function tableOf<T extends TableName>(db: DeskDatabase, name: T): DeskTables[T] {
  return db.table(name) as DeskTables[T];
}

let instance: DeskDatabase | null = null;

/** The app's one database connection, opened lazily. */
export function getDatabase(): DeskDatabase {
  instance ??= new DeskDatabase();
  return instance;
}
