// The trash: deleting a record with what depends on it in one transaction, listing, restoring and emptying.
import type { Table } from 'dexie';
import type { DeskDatabase } from './database';
import { nowIso } from '@shared/model/common';
import { tableNames, type RecordOf, type Reference, type TableName } from '@shared/model/tables';
import { TRASH_LOG_TABLE } from './database';
import {
  clearReference,
  findReferrers,
  reattachReference,
  referencesFrom,
  referencesTo,
  storedTable,
  validated,
  type ClearedField,
  type StoredRecord,
  type TrashTable,
} from './references';

export type { TrashTable } from './references';

export const trashTables = tableNames.filter((name): name is TrashTable => name !== 'settings');

export type TableCounts = Partial<Record<TableName, number>>;

/** What deleting a record would take with it: records deleted with it, and records whose field would be emptied. */
export type Dependents = { cascade: TableCounts; clear: TableCounts; total: number };

export type DeleteResult =
  | { ok: true; deletedAt: string; deleted: TableCounts; cleared: TableCounts }
  | { ok: false; code: 'not-found' | 'already-deleted' };

export type RecordRef = { table: TableName; id: string };

export type RestoreResult =
  | { ok: true; restored: TableCounts; reattached: number }
  /** `parent-deleted`: the record belongs to one still in the trash (a contact of a deleted account); restore that first. */
  | { ok: false; code: 'not-found' | 'not-deleted' | 'parent-deleted'; parent?: RecordRef };

export type TrashEntry = {
  [T in TrashTable]: {
    table: T;
    record: RecordOf<T>;
    deletedAt: string;
    /** The record whose deletion took this one with it; null for a record the user deleted. */
    deletedWith: RecordRef | null;
  };
}[TrashTable];

export type Trash = {
  dependentsOf(table: TrashTable, id: string): Promise<Dependents>;
  deleteWithDependents(table: TrashTable, id: string): Promise<DeleteResult>;
  list(): Promise<TrashEntry[]>;
  restore(table: TrashTable, id: string): Promise<RestoreResult>;
  /** Hard-deletes records in the trash for longer than `olderThanDays` (everything when omitted); returns counts. */
  empty(olderThanDays?: number): Promise<TableCounts>;
};

/** Fields cleared when a record was deleted, so restoring it can put them back. One entry per deleted root. */
export type TrashLogEntry = { id: string; table: TableName; recordId: string; deletedAt: string; cleared: ClearedField[] };

const logKey = (table: TableName, id: string) => `${table}:${id}`;

/** Records grouped by table, then id. */
class RecordSet {
  readonly byTable = new Map<TableName, Map<string, StoredRecord>>();

  add(table: TableName, record: StoredRecord): boolean {
    let records = this.byTable.get(table);
    if (!records) this.byTable.set(table, (records = new Map()));
    if (records.has(record.id)) return false;
    records.set(record.id, record);
    return true;
  }

  has(table: TableName, id: string): boolean {
    return this.byTable.get(table)?.has(id) ?? false;
  }

  delete(table: TableName, id: string): void {
    this.byTable.get(table)?.delete(id);
  }

  ids(table: TableName): Set<string> {
    return new Set(this.byTable.get(table)?.keys() ?? []);
  }

  counts(): TableCounts {
    const counts: TableCounts = {};
    for (const [table, records] of this.byTable) if (records.size > 0) counts[table] = records.size;
    return counts;
  }

  *entries(): Generator<[TableName, StoredRecord]> {
    for (const [table, records] of this.byTable) for (const record of records.values()) yield [table, record];
  }
}

function increment(counts: TableCounts, table: TableName): void {
  counts[table] = (counts[table] ?? 0) + 1;
}

function total(counts: TableCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
}

export function createTrash(db: DeskDatabase): Trash {
  const log = () => db.table(TRASH_LOG_TABLE) as Table<TrashLogEntry, string>;
  const scope = [...trashTables, TRASH_LOG_TABLE];

  /**
   * Walks the cascade references outwards from `table`/`id`: starting with the seed records, adds every record
   * that `accept` lets in and that points at one already in the set. Level by level, one query per reference.
   */
  async function cascadeClosure(seed: RecordSet, accept: (record: StoredRecord) => boolean): Promise<RecordSet> {
    let frontier = new Map<TableName, Set<string>>([...seed.byTable].map(([table, records]) => [table, new Set(records.keys())]));
    while (frontier.size > 0) {
      const next = new Map<TableName, Set<string>>();
      for (const [table, ids] of frontier) {
        for (const ref of referencesTo(table, 'cascade')) {
          for (const record of await findReferrers(db, ref, ids)) {
            if (!accept(record) || !seed.add(ref.from, record)) continue;
            let added = next.get(ref.from);
            if (!added) next.set(ref.from, (added = new Set()));
            added.add(record.id);
          }
        }
      }
      frontier = next;
    }
    return seed;
  }

  type Plan = { doomed: RecordSet; clears: Map<string, { table: TableName; record: StoredRecord; targets: { ref: Reference; ids: Set<string> }[] }> };

  /** The live records deleted with a record, and the live records whose fields must be cleared. */
  async function plan(table: TrashTable, root: StoredRecord): Promise<Plan> {
    const seed = new RecordSet();
    seed.add(table, root);
    const doomed = await cascadeClosure(seed, (record) => !record.deletedAt);
    const clears: Plan['clears'] = new Map();
    for (const [target, records] of doomed.byTable) {
      const ids = new Set(records.keys());
      for (const ref of referencesTo(target, 'clear')) {
        for (const record of await findReferrers(db, ref, ids)) {
          if (record.deletedAt || doomed.has(ref.from, record.id)) continue;
          const key = logKey(ref.from, record.id);
          const entry = clears.get(key) ?? { table: ref.from, record, targets: [] };
          entry.targets.push({ ref, ids });
          clears.set(key, entry);
        }
      }
    }
    return { doomed, clears };
  }

  async function dependentsOf(table: TrashTable, id: string): Promise<Dependents> {
    return db.transaction('r', scope, async (): Promise<Dependents> => {
      const root = await storedTable(db, table).get(id);
      if (!root || root.deletedAt) return { cascade: {}, clear: {}, total: 0 };
      const { doomed, clears } = await plan(table, root);
      doomed.delete(table, id);
      const cascade = doomed.counts();
      const clear: TableCounts = {};
      for (const { table: t } of clears.values()) increment(clear, t);
      return { cascade, clear, total: total(cascade) + total(clear) };
    });
  }

  async function deleteWithDependents(table: TrashTable, id: string): Promise<DeleteResult> {
    return db.transaction('rw', scope, async (): Promise<DeleteResult> => {
      const root = await storedTable(db, table).get(id);
      if (!root) return { ok: false, code: 'not-found' };
      if (root.deletedAt) return { ok: false, code: 'already-deleted' };
      const { doomed, clears } = await plan(table, root);
      // One stamp for the whole group: restore finds the dependents deleted with a record by it.
      const at = nowIso();
      for (const [t, records] of doomed.byTable) {
        await storedTable(db, t).bulkPut([...records.values()].map((record) => ({ ...record, deletedAt: at, updatedAt: at })));
      }
      const cleared: TableCounts = {};
      const clearedFields: ClearedField[] = [];
      for (const { table: t, record, targets } of clears.values()) {
        let edited = record;
        for (const { ref, ids } of targets) {
          const result = clearReference(edited, ref, ids);
          edited = result.record;
          clearedFields.push(...result.cleared);
        }
        await storedTable(db, t).put(validated(t, { ...edited, updatedAt: at }));
        increment(cleared, t);
      }
      const key = logKey(table, id);
      if (clearedFields.length > 0) await log().put({ id: key, table, recordId: id, deletedAt: at, cleared: clearedFields });
      else await log().delete(key);
      return { ok: true, deletedAt: at, deleted: doomed.counts(), cleared };
    });
  }

  async function list(): Promise<TrashEntry[]> {
    return db.transaction('r', trashTables, async (): Promise<TrashEntry[]> => {
      const deleted = new RecordSet();
      for (const table of trashTables) {
        for (const record of await storedTable(db, table).orderBy('deletedAt').toArray()) deleted.add(table, record);
      }
      const entries: TrashEntry[] = [];
      for (const [table, record] of deleted.entries()) {
        let deletedWith: RecordRef | null = null;
        for (const ref of referencesFrom(table, 'cascade')) {
          const parentId = ref.ids(record).find((pid) => deleted.byTable.get(ref.to)?.get(pid)?.deletedAt === record.deletedAt);
          if (parentId !== undefined) {
            deletedWith = { table: ref.to, id: parentId };
            break;
          }
        }
        entries.push({ table, record, deletedAt: record.deletedAt ?? '', deletedWith } as TrashEntry);
      }
      return entries.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
    });
  }

  async function restore(table: TrashTable, id: string): Promise<RestoreResult> {
    return db.transaction('rw', scope, async (): Promise<RestoreResult> => {
      const root = await storedTable(db, table).get(id);
      if (!root) return { ok: false, code: 'not-found' };
      const stamp = root.deletedAt;
      if (!stamp) return { ok: false, code: 'not-deleted' };

      const liveCache = new Map<string, boolean>();
      const isLive = async (t: TableName, recordId: string) => {
        const key = logKey(t, recordId);
        let live = liveCache.get(key);
        if (live === undefined) {
          const record = await storedTable(db, t).get(recordId);
          live = record !== undefined && !record.deletedAt;
          liveCache.set(key, live);
        }
        return live;
      };

      for (const ref of referencesFrom(table, 'cascade')) {
        for (const parentId of ref.ids(root)) {
          if (!(await isLive(ref.to, parentId))) return { ok: false, code: 'parent-deleted', parent: { table: ref.to, id: parentId } };
        }
      }

      const seed = new RecordSet();
      seed.add(table, root);
      const group = await cascadeClosure(seed, (record) => record.deletedAt === stamp);
      // A dependent that also belongs to another record still in the trash (an assignment of a deleted member
      // and a deleted account) stays there until that one comes back; so do its own dependents.
      for (let changed = true; changed; ) {
        changed = false;
        for (const [t, record] of [...group.entries()]) {
          if (t === table && record.id === id) continue;
          for (const ref of referencesFrom(t, 'cascade')) {
            for (const parentId of ref.ids(record)) {
              if (group.has(ref.to, parentId) || (await isLive(ref.to, parentId))) continue;
              group.delete(t, record.id);
              changed = true;
            }
          }
        }
      }

      const at = nowIso();
      const restored = new Map<string, StoredRecord>();
      for (const [t, record] of group.entries()) restored.set(logKey(t, record.id), { ...record, deletedAt: null, updatedAt: at });

      // Put back what deleting the record cleared, where the field is still empty.
      const key = logKey(table, id);
      const entry = await log().get(key);
      let reattached = 0;
      const edited = new Map<string, { table: TableName; record: StoredRecord }>();
      if (entry && entry.deletedAt === stamp) {
        for (const cleared of entry.cleared) {
          if (!group.has(cleared.targetTable, cleared.targetId)) continue;
          const recordKey = logKey(cleared.table, cleared.recordId);
          const current = edited.get(recordKey)?.record ?? restored.get(recordKey) ?? (await storedTable(db, cleared.table).get(cleared.recordId));
          if (!current) continue;
          const next = reattachReference(current, cleared);
          if (!next) continue;
          edited.set(recordKey, { table: cleared.table, record: { ...next, updatedAt: at } });
          reattached++;
        }
      }
      await log().delete(key);

      // A restored record must not point at one still in the trash: clear such fields, noting them on that
      // record's own trash entry (if the user deleted it) so restoring it later re-attaches them.
      const groupKeys = new Set(restored.keys());
      for (const [recordKey, record] of restored) {
        const t = recordKey.slice(0, recordKey.indexOf(':')) as TableName;
        let current = edited.get(recordKey)?.record ?? record;
        for (const ref of referencesFrom(t, 'clear')) {
          const dead = new Set<string>();
          for (const targetId of ref.ids(current)) {
            if (!groupKeys.has(logKey(ref.to, targetId)) && !(await isLive(ref.to, targetId))) dead.add(targetId);
          }
          if (dead.size === 0) continue;
          const result = clearReference(current, ref, dead);
          current = result.record;
          for (const cleared of result.cleared) {
            const targetEntry = await log().get(logKey(cleared.targetTable, cleared.targetId));
            if (targetEntry) await log().put({ ...targetEntry, cleared: [...targetEntry.cleared, cleared] });
          }
        }
        if (current !== record) edited.set(recordKey, { table: t, record: current });
      }

      for (const [recordKey, record] of restored) if (!edited.has(recordKey)) edited.set(recordKey, { table: recordKey.slice(0, recordKey.indexOf(':')) as TableName, record });
      for (const { table: t, record } of edited.values()) await storedTable(db, t).put(validated(t, record));
      return { ok: true, restored: group.counts(), reattached };
    });
  }

  async function empty(olderThanDays?: number): Promise<TableCounts> {
    return db.transaction('rw', scope, async (): Promise<TableCounts> => {
      const cutoff = olderThanDays === undefined ? null : new Date(Date.now() - olderThanDays * 86_400_000).toISOString();
      const purge = new RecordSet();
      for (const table of trashTables) {
        const index = storedTable(db, table).where('deletedAt');
        const rows = cutoff === null ? await index.above('').toArray() : await index.below(cutoff).toArray();
        for (const record of rows) purge.add(table, record);
      }
      // Whatever must not outlive a purged record goes with it (whether in the trash or not, so nothing is left
      // pointing at nothing); the rest has the reference cleared.
      await cascadeClosure(purge, () => true);
      const clears = new Map<string, { table: TableName; record: StoredRecord }>();
      for (const [target, records] of purge.byTable) {
        const ids = new Set(records.keys());
        for (const ref of referencesTo(target, 'clear')) {
          for (const found of await findReferrers(db, ref, ids)) {
            if (purge.has(ref.from, found.id)) continue;
            const key = logKey(ref.from, found.id);
            const current = clears.get(key)?.record ?? found;
            clears.set(key, { table: ref.from, record: clearReference(current, ref, ids).record });
          }
        }
      }
      for (const { table, record } of clears.values()) await storedTable(db, table).put(validated(table, record));
      for (const [table, records] of purge.byTable) {
        await storedTable(db, table).bulkDelete([...records.keys()]);
        await log().bulkDelete([...records.keys()].map((recordId) => logKey(table, recordId)));
      }
      return purge.counts();
    });
  }

  return { dependentsOf, deleteWithDependents, list, restore, empty };
}
