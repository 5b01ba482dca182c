// What a delete will do, in the order a person reads it: the kinds moved to the trash with a record, and the kinds
// whose reference fields are emptied (with which fields), from the trash's dependent counts and the reference table.
import { references, tableNames, type TableName } from '@shared/model/tables';
import type { Dependents, Repositories, TrashTable } from '../../db';

export type CascadeLine = { table: TableName; count: number };
/** `fields` are translation keys under `deleteRecord.field` (e.g. `briefs_ownerId`). */
export type ClearLine = { table: TableName; count: number; fields: string[] };
export type DeleteSummary = { cascade: CascadeLine[]; clear: ClearLine[] };

/** The catalogue key of a reference field: dots would be read by i18next as nesting. */
export function fieldKey(from: TableName, field: string): string {
  return `${from}_${field.replaceAll('.', '_')}`;
}

export function summariseDependents(table: TableName, dependents: Dependents): DeleteSummary {
  const cascade: CascadeLine[] = [];
  const clear: ClearLine[] = [];
  // Fields are cleared when they point at the record itself or at anything deleted along with it.
  const deletedKinds = new Set<TableName>([table, ...(Object.keys(dependents.cascade) as TableName[])]);
  for (const name of tableNames) {
    const cascaded = dependents.cascade[name] ?? 0;
    if (cascaded > 0) cascade.push({ table: name, count: cascaded });
    const cleared = dependents.clear[name] ?? 0;
    if (cleared > 0) {
      const fields = references
        .filter((ref) => ref.from === name && ref.onDelete === 'clear' && deletedKinds.has(ref.to))
        .map((ref) => fieldKey(ref.from, ref.field));
      clear.push({ table: name, count: cleared, fields: [...new Set(fields)] });
    }
  }
  return { cascade, clear };
}

type ListingRepository = {
  list(): Promise<Record<string, unknown>[]>;
  listBy(index: string, value: string): Promise<Record<string, unknown>[]>;
};

/**
 * Narrows each line that names several possible fields (a brief's owner, strategist or creative lead) to the
 * fields that really point at the record, so the dialog does not claim more than will happen. Only references
 * to the record itself are checked; lines about records deleted along with it keep the general list.
 */
export async function refineClearedFields(repositories: Repositories, table: TrashTable, id: string, summary: DeleteSummary): Promise<DeleteSummary> {
  const clear = await Promise.all(
    summary.clear.map(async (line): Promise<ClearLine> => {
      const direct = references.filter((ref) => ref.from === line.table && ref.onDelete === 'clear' && ref.to === table && line.fields.includes(fieldKey(ref.from, ref.field)));
      if (line.fields.length < 2 || direct.length < line.fields.length) return line;
      const repository = repositories[line.table as TrashTable] as unknown as ListingRepository;
      const used: string[] = [];
      let all: Record<string, unknown>[] | null = null;
      for (const ref of direct) {
        let rows: Record<string, unknown>[];
        if (ref.field.includes('.')) rows = all ??= await repository.list();
        else {
          try {
            rows = await repository.listBy(ref.field, id);
          } catch {
            // Not every reference field is indexed; a scan gives the same answer.
            rows = all ??= await repository.list();
          }
        }
        if (rows.some((row) => ref.ids(row).includes(id))) used.push(fieldKey(ref.from, ref.field));
      }
      return used.length > 0 ? { ...line, fields: used } : line;
    }),
  );
  return { ...summary, clear };
}
