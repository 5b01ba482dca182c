// The stored tables: each table's record schema and the references between records (for restore and delete checks).
import type { z } from 'zod';
import { accountSchema } from './account';
import { briefSchema, briefTemplateSchema, briefVersionSchema } from './brief';
import { contactSchema } from './contact';
import { evaluationSchema } from './evaluation';
import { interactionSchema } from './interaction';
import { invoiceSchema } from './invoice';
import { assignmentSchema, memberSchema } from './member';
import { pitchSchema } from './pitch';
import { reportSchema } from './report';
import { settingsSchema } from './settings';

/** Current schema version of the database and of backups. Bump it with a new `db.version(n)` and an upgrade. */
export const SCHEMA_VERSION = 1;

export const tableSchemas = {
  accounts: accountSchema,
  contacts: contactSchema,
  interactions: interactionSchema,
  invoices: invoiceSchema,
  members: memberSchema,
  assignments: assignmentSchema,
  briefs: briefSchema,
  briefVersions: briefVersionSchema,
  briefTemplates: briefTemplateSchema,
  pitches: pitchSchema,
  evaluations: evaluationSchema,
  reports: reportSchema,
  settings: settingsSchema,
} as const;

export type TableName = keyof typeof tableSchemas;
export const tableNames = Object.keys(tableSchemas) as TableName[];
export type RecordOf<T extends TableName> = z.infer<(typeof tableSchemas)[T]>;

/**
 * A field of one table that holds the id of a record in another. `many` fields hold arrays of ids;
 * `path` walks into nested arrays (e.g. a pitch's team rows). `optional` references may be null.
 */
export type Reference = {
  from: TableName;
  field: string;
  to: TableName;
  /** Read the referenced ids out of a record. */
  ids: (record: Record<string, unknown>) => string[];
  /** When the target is deleted: `cascade` deletes the referring record too, `clear` empties the field. */
  onDelete: 'cascade' | 'clear';
};

const one = (field: string) => (r: Record<string, unknown>) => {
  const v = r[field];
  return typeof v === 'string' ? [v] : [];
};
const many = (field: string) => (r: Record<string, unknown>) => {
  const v = r[field];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};
const nested = (field: string, inner: string) => (r: Record<string, unknown>) => {
  const rows = r[field];
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row: unknown) => {
    const v = row && typeof row === 'object' ? (row as Record<string, unknown>)[inner] : undefined;
    return typeof v === 'string' ? [v] : [];
  });
};

export const references: Reference[] = [
  { from: 'contacts', field: 'accountId', to: 'accounts', ids: one('accountId'), onDelete: 'cascade' },
  { from: 'interactions', field: 'accountId', to: 'accounts', ids: one('accountId'), onDelete: 'cascade' },
  { from: 'interactions', field: 'memberIds', to: 'members', ids: many('memberIds'), onDelete: 'clear' },
  { from: 'interactions', field: 'contactIds', to: 'contacts', ids: many('contactIds'), onDelete: 'clear' },
  { from: 'invoices', field: 'accountId', to: 'accounts', ids: one('accountId'), onDelete: 'cascade' },
  { from: 'members', field: 'managerId', to: 'members', ids: one('managerId'), onDelete: 'clear' },
  { from: 'assignments', field: 'accountId', to: 'accounts', ids: one('accountId'), onDelete: 'cascade' },
  { from: 'assignments', field: 'memberId', to: 'members', ids: one('memberId'), onDelete: 'cascade' },
  { from: 'briefs', field: 'accountId', to: 'accounts', ids: one('accountId'), onDelete: 'cascade' },
  { from: 'briefs', field: 'ownerId', to: 'members', ids: one('ownerId'), onDelete: 'clear' },
  { from: 'briefs', field: 'strategistId', to: 'members', ids: one('strategistId'), onDelete: 'clear' },
  { from: 'briefs', field: 'creativeLeadId', to: 'members', ids: one('creativeLeadId'), onDelete: 'clear' },
  { from: 'briefs', field: 'templateId', to: 'briefTemplates', ids: one('templateId'), onDelete: 'clear' },
  { from: 'briefVersions', field: 'briefId', to: 'briefs', ids: one('briefId'), onDelete: 'cascade' },
  { from: 'pitches', field: 'accountId', to: 'accounts', ids: one('accountId'), onDelete: 'cascade' },
  { from: 'pitches', field: 'ownerId', to: 'members', ids: one('ownerId'), onDelete: 'clear' },
  { from: 'pitches', field: 'team.memberId', to: 'members', ids: nested('team', 'memberId'), onDelete: 'clear' },
  { from: 'pitches', field: 'prepItems.ownerId', to: 'members', ids: nested('prepItems', 'ownerId'), onDelete: 'clear' },
  { from: 'pitches', field: 'panel.coveredByMemberId', to: 'members', ids: nested('panel', 'coveredByMemberId'), onDelete: 'clear' },
  { from: 'evaluations', field: 'memberId', to: 'members', ids: one('memberId'), onDelete: 'cascade' },
  { from: 'evaluations', field: 'evaluatorId', to: 'members', ids: one('evaluatorId'), onDelete: 'clear' },
  { from: 'reports', field: 'plan.ownerId', to: 'members', ids: nested('plan', 'ownerId'), onDelete: 'clear' },
  { from: 'reports', field: 'revisionOf', to: 'reports', ids: one('revisionOf'), onDelete: 'clear' },
];
