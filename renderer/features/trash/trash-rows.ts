// The trash as rows a person can read: each deleted record's kind, a name, where it came from (the record deleted
// with it, or the account/member/brief it belongs to) and when, with the names looked up whether live or deleted.
import type { TableName } from '@shared/model/tables';
import type { Repositories, TrashEntry, TrashTable } from '../../db';

/** A record named by kind and id, with the name the trash shows for it ('' when it no longer exists). */
export type NamedRef = { table: TableName; id: string; name: string; deleted: boolean };

/** A name that needs the UI's words: a brief version "title, version 3", an assignment "member @ account". */
export type RowName =
  | { kind: 'text'; text: string }
  | { kind: 'version'; title: string; number: number }
  | { kind: 'assignment'; member: string; account: string }
  | { kind: 'evaluation'; member: string; quarter: string };

export type TrashRow = {
  key: string;
  table: TrashTable;
  id: string;
  name: RowName;
  /** Deleted along with this record (its restore brings this one back). */
  deletedWith: NamedRef | null;
  /** The record this one belongs to, when not deleted with it. */
  belongsTo: NamedRef | null;
  deletedAt: string;
};

/** The field naming the record each kind belongs to, for "where it came from". */
const ownerField: Partial<Record<TrashTable, { field: string; table: TableName }>> = {
  contacts: { field: 'accountId', table: 'accounts' },
  interactions: { field: 'accountId', table: 'accounts' },
  invoices: { field: 'accountId', table: 'accounts' },
  assignments: { field: 'accountId', table: 'accounts' },
  briefs: { field: 'accountId', table: 'accounts' },
  pitches: { field: 'accountId', table: 'accounts' },
  briefVersions: { field: 'briefId', table: 'briefs' },
  evaluations: { field: 'memberId', table: 'members' },
};

type Named = { id: string; deletedAt: string | null; [field: string]: unknown };

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A one-line excerpt of long text (a log entry's summary), cut on a character boundary. */
function excerpt(value: string, length = 40): string {
  const line = value.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : line;
}

/** The plain name of a record of a kind whose name is one of its own fields. */
export function plainName(table: TableName, record: Named): string {
  switch (table) {
    case 'accounts':
      return text(record.brand);
    case 'contacts':
    case 'members':
    case 'briefTemplates':
      return text(record.name);
    case 'invoices':
      return text(record.number);
    case 'briefs':
    case 'pitches':
    case 'reports':
      return text(record.title);
    case 'interactions':
      return [text(record.date), excerpt(text(record.summary))].filter(Boolean).join(' ');
    default:
      return '';
  }
}

export async function readTrashRows(repositories: Repositories): Promise<TrashRow[]> {
  const entries = await repositories.trash.list();
  // Names of every record a row mentions: the deleted records themselves, and the accounts, members and briefs
  // they point at (live or in the trash).
  const known = new Map<string, Named>();
  const keyOf = (table: TableName, id: string) => `${table}:${id}`;
  for (const entry of entries) known.set(keyOf(entry.table, entry.record.id), entry.record as Named);
  const wanted: Record<'accounts' | 'members' | 'briefs', Set<string>> = { accounts: new Set(), members: new Set(), briefs: new Set() };
  const want = (table: TableName, id: unknown) => {
    if (typeof id !== 'string' || known.has(keyOf(table, id))) return;
    if (table === 'accounts' || table === 'members' || table === 'briefs') wanted[table].add(id);
  };
  for (const entry of entries) {
    const record = entry.record as Named;
    const owner = ownerField[entry.table];
    if (owner) want(owner.table, record[owner.field]);
    if (entry.table === 'assignments' || entry.table === 'evaluations') want('members', record.memberId);
    if (entry.deletedWith) want(entry.deletedWith.table, entry.deletedWith.id);
  }
  const [accounts, members, briefs] = await Promise.all([
    repositories.accounts.getMany([...wanted.accounts]),
    repositories.members.getMany([...wanted.members]),
    repositories.briefs.getMany([...wanted.briefs]),
  ]);
  for (const account of accounts) known.set(keyOf('accounts', account.id), account as Named);
  for (const member of members) known.set(keyOf('members', member.id), member as Named);
  for (const brief of briefs) known.set(keyOf('briefs', brief.id), brief as Named);

  const ref = (table: TableName, id: unknown): NamedRef | null => {
    if (typeof id !== 'string') return null;
    const record = known.get(keyOf(table, id));
    return { table, id, name: record ? plainName(table, record) : '', deleted: record ? record.deletedAt !== null : true };
  };
  const nameOf = (entry: TrashEntry): RowName => {
    const record = entry.record as Named;
    switch (entry.table) {
      case 'briefVersions':
        return { kind: 'version', title: ref('briefs', record.briefId)?.name ?? '', number: typeof record.number === 'number' ? record.number : 0 };
      case 'assignments':
        return { kind: 'assignment', member: ref('members', record.memberId)?.name ?? '', account: ref('accounts', record.accountId)?.name ?? '' };
      case 'evaluations':
        return { kind: 'evaluation', member: ref('members', record.memberId)?.name ?? '', quarter: text(record.quarter) };
      default:
        return { kind: 'text', text: plainName(entry.table, record) };
    }
  };

  const rows = entries.map((entry): TrashRow => {
    const record = entry.record as Named;
    const owner = ownerField[entry.table];
    const deletedWith = entry.deletedWith ? ref(entry.deletedWith.table, entry.deletedWith.id) : null;
    return {
      key: keyOf(entry.table, record.id),
      table: entry.table,
      id: record.id,
      name: nameOf(entry),
      deletedWith,
      belongsTo: deletedWith || !owner ? null : ref(owner.table, record[owner.field]),
      deletedAt: entry.deletedAt,
    };
  });
  // Newest first; within one deletion, the record the user deleted before what went with it.
  return rows.sort((a, b) => (a.deletedAt === b.deletedAt ? Number(a.deletedWith !== null) - Number(b.deletedWith !== null) : a.deletedAt < b.deletedAt ? 1 : -1));
}
