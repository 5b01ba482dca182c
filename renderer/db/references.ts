// Following references between stored records: who points at a record, and clearing or re-attaching a reference field.
import type { Table } from 'dexie';
import type { DeskDatabase } from './database';
import type { z } from 'zod';
import type { BaseRecord } from '@shared/model/common';
import { references, tableSchemas, type Reference, type TableName } from '@shared/model/tables';

/** A stored record seen through its base fields; the rest is read through `Reference.ids` or the table's schema. */
export type StoredRecord = BaseRecord & Record<string, unknown>;

/** Every table that has a trash: all but settings, which is one record and is never deleted. */
export type TrashTable = Exclude<TableName, 'settings'>;

export function storedTable(db: DeskDatabase, name: TableName): Table<StoredRecord, string> {
  return db.table(name) as Table<StoredRecord, string>;
}

export function referencesTo(table: TableName, onDelete?: Reference['onDelete']): Reference[] {
  return references.filter((ref) => ref.to === table && (onDelete === undefined || ref.onDelete === onDelete));
}

export function referencesFrom(table: TableName, onDelete?: Reference['onDelete']): Reference[] {
  return references.filter((ref) => ref.from === table && (onDelete === undefined || ref.onDelete === onDelete));
}

/** The tables a write to `table` must read to check its references: it and every table it points at. */
export function referenceScope(table: TableName): TableName[] {
  return [...new Set([table, ...referencesFrom(table).map((ref) => ref.to)])];
}

/**
 * Records of `ref.from` (deleted or not) that point at any of `ids` through `ref`. Uses the field's index when
 * the table has one (multi-entry indexes included); nested fields such as `team.memberId` need a scan.
 */
export async function findReferrers(db: DeskDatabase, ref: Reference, ids: ReadonlySet<string>): Promise<StoredRecord[]> {
  if (ids.size === 0) return [];
  const table = storedTable(db, ref.from);
  const indexed = !ref.field.includes('.') && table.schema.idxByName[ref.field] !== undefined;
  const rows = indexed
    ? await table.where(ref.field).anyOf([...ids]).toArray()
    : await table.filter((row) => ref.ids(row).some((id) => ids.has(id))).toArray();
  // A multi-entry index yields a record once per matching id.
  const unique = new Map<string, StoredRecord>();
  for (const row of rows) unique.set(row.id, row);
  return [...unique.values()];
}

/** What clearing a reference changed, kept so that restoring the target can put it back. */
export type ClearedField = {
  table: TableName;
  recordId: string;
  field: string;
  targetTable: TableName;
  targetId: string;
  change:
    | { kind: 'value' }
    | { kind: 'array'; index: number }
    | { kind: 'row-field'; index: number; rowId: string | null }
    | { kind: 'row'; index: number; row: unknown };
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function schemaOf(table: TableName): z.ZodType {
  return tableSchemas[table] as z.ZodType;
}

/**
 * Removes the ids in `targets` from one reference field of a record, returning the edited copy and what changed.
 * A single field becomes null, an id is taken out of an array of ids, and in nested rows the field becomes null
 * when the row allows it — otherwise (a pitch's team row is nothing without its member) the row is removed.
 */
export function clearReference(record: StoredRecord, ref: Reference, targets: ReadonlySet<string>): { record: StoredRecord; cleared: ClearedField[] } {
  const base = { table: ref.from, recordId: record.id, field: ref.field, targetTable: ref.to };
  const [outer, inner] = ref.field.split('.') as [string, string | undefined];
  const value = record[outer];
  const cleared: ClearedField[] = [];

  if (inner === undefined) {
    if (Array.isArray(value)) {
      const kept: unknown[] = [];
      value.forEach((id: unknown, index) => {
        if (typeof id === 'string' && targets.has(id)) cleared.push({ ...base, targetId: id, change: { kind: 'array', index } });
        else kept.push(id);
      });
      return { record: cleared.length ? { ...record, [outer]: kept } : record, cleared };
    }
    if (typeof value === 'string' && targets.has(value)) {
      return { record: { ...record, [outer]: null }, cleared: [{ ...base, targetId: value, change: { kind: 'value' } }] };
    }
    return { record, cleared };
  }

  if (!Array.isArray(value)) return { record, cleared };
  const hits = value.flatMap((row: unknown, index) => {
    const id = isObject(row) ? row[inner] : undefined;
    return typeof id === 'string' && targets.has(id) ? [{ index, id, row }] : [];
  });
  if (hits.length === 0) return { record, cleared };

  const hitIndexes = new Set(hits.map((hit) => hit.index));
  const nulled = value.map((row: unknown, index) => (hitIndexes.has(index) && isObject(row) ? { ...row, [inner]: null } : row));
  const check = schemaOf(ref.from).safeParse({ ...record, [outer]: nulled });
  const nullAllowed = check.success || !check.error.issues.some((issue) => issue.path[0] === outer && hitIndexes.has(Number(issue.path[1])));
  if (nullAllowed) {
    for (const hit of hits) {
      const rowId = isObject(hit.row) && typeof hit.row.id === 'string' ? hit.row.id : null;
      cleared.push({ ...base, targetId: hit.id, change: { kind: 'row-field', index: hit.index, rowId } });
    }
    return { record: { ...record, [outer]: nulled }, cleared };
  }
  for (const hit of hits) cleared.push({ ...base, targetId: hit.id, change: { kind: 'row', index: hit.index, row: hit.row } });
  return { record: { ...record, [outer]: value.filter((_row: unknown, index) => !hitIndexes.has(index)) }, cleared };
}

/**
 * Puts a cleared reference back, unless the user has filled the field with something else since.
 * Returns null when there is nothing to put back.
 */
export function reattachReference(record: StoredRecord, entry: ClearedField): StoredRecord | null {
  const [outer, inner] = entry.field.split('.') as [string, string | undefined];
  const value = record[outer];
  const { change, targetId } = entry;
  switch (change.kind) {
    case 'value':
      return value === null || value === undefined ? { ...record, [outer]: targetId } : null;
    case 'array': {
      const list = Array.isArray(value) ? [...(value as unknown[])] : [];
      if (list.includes(targetId)) return null;
      list.splice(Math.min(change.index, list.length), 0, targetId);
      return { ...record, [outer]: list };
    }
    case 'row-field': {
      if (!Array.isArray(value) || inner === undefined) return null;
      const rows = value as unknown[];
      const index = change.rowId === null ? change.index : rows.findIndex((row) => isObject(row) && row.id === change.rowId);
      const row = rows[index];
      if (!isObject(row) || (row[inner] !== null && row[inner] !== undefined)) return null;
      const next = [...rows];
      next[index] = { ...row, [inner]: targetId };
      return { ...record, [outer]: next };
    }
    case 'row': {
      if (inner === undefined) return null;
      const rows = Array.isArray(value) ? [...(value as unknown[])] : [];
      if (rows.some((row) => isObject(row) && row[inner] === targetId)) return null;
      rows.splice(Math.min(change.index, rows.length), 0, change.row);
      return { ...record, [outer]: rows };
    }
  }
}

/** Validates a record the trash edited; a failure is a bug (the stored record was valid before), so it throws. */
export function validated(table: TableName, record: StoredRecord): StoredRecord {
  const parsed = schemaOf(table).safeParse(record);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Edited ${table} ${record.id} is invalid at ${first?.path.join('.') ?? '?'}: ${first?.message ?? ''}`);
  }
  return parsed.data as StoredRecord;
}
