// The backup file: one JSON document in a documented format, written and checked the same way by the app and the CLI.
import { z } from 'zod';
import { sha256Hex, utf8Decode, utf8Encode } from '../runtime';
import { SCHEMA_VERSION, references, tableNames, tableSchemas, type RecordOf, type TableName } from '../model/tables';

export const BACKUP_FORMAT = 'account-desk-backup';
export const BACKUP_FORMAT_VERSION = 1;

export type BackupTables = { [T in TableName]: RecordOf<T>[] };

export type BackupFile = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  tables: BackupTables;
  checksum: { algorithm: 'SHA-256'; value: string };
};

/**
 * Why a backup was refused: a code for the translated message, and where the problem is. `quota` and `storage`
 * come from restoring, not parsing: the file was fine but the database could not take it (disk full, write refused).
 */
export type BackupIssue = {
  code: 'not-json' | 'not-utf8' | 'format' | 'format-version' | 'newer-schema' | 'older-schema' | 'checksum' | 'unknown-table' | 'record' | 'duplicate-id' | 'reference' | 'quota' | 'storage';
  table?: string;
  recordId?: string;
  field?: string;
  detail: string;
};

export type BackupSummary = {
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  counts: Record<TableName, number>;
};

export type ParsedBackup = { ok: true; backup: BackupFile; summary: BackupSummary } | { ok: false; issues: BackupIssue[] };

export function emptyTables(): BackupTables {
  return Object.fromEntries(tableNames.map((name) => [name, []])) as unknown as BackupTables;
}

export async function checksumOf(tables: unknown): Promise<string> {
  return sha256Hex(utf8Encode(JSON.stringify(tables)));
}

export async function createBackup(
  tables: BackupTables,
  meta: { appVersion: string; exportedAt?: string },
): Promise<BackupFile> {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: meta.exportedAt ?? new Date().toISOString(),
    tables,
    checksum: { algorithm: 'SHA-256', value: await checksumOf(tables) },
  };
}

export function serializeBackup(backup: BackupFile): string {
  return JSON.stringify(backup);
}

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  appVersion: z.string().max(100),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.iso.datetime({ offset: true }),
  tables: z.record(z.string(), z.array(z.unknown())),
  checksum: z.object({ algorithm: z.literal('SHA-256'), value: z.string().regex(/^[0-9a-f]{64}$/) }),
});

const MAX_ISSUES = 50;

// How `serializeBackup` lays a file out: a short header, the tables, and the checksum last (`#` is one hex digit).
const TABLES_KEY = ',"tables":';
const HEX_DIGIT = '#'.charCodeAt(0);
const WRITTEN_TAIL = `,"checksum":{"algorithm":"SHA-256","value":"${'#'.repeat(64)}"}}`;
/** The header holds only short fields, so the tables start within this many bytes when the file is laid out so. */
const MAX_HEAD = 4096;

/**
 * Where the tables' text lies in a file laid out as `serializeBackup` writes it, found from its two ends. `codeAt`
 * reads a byte or a UTF-16 unit: they agree on the ASCII looked for, which never occurs inside a multi-byte character.
 */
function tablesSpan(length: number, codeAt: (index: number) => number): { start: number; end: number } | null {
  const end = length - WRITTEN_TAIL.length;
  if (end < TABLES_KEY.length) return null;
  for (let i = 0; i < WRITTEN_TAIL.length; i++) {
    const code = codeAt(end + i);
    const wanted = WRITTEN_TAIL.charCodeAt(i);
    const ok = wanted === HEX_DIGIT ? (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66) : code === wanted;
    if (!ok) return null;
  }
  const last = Math.min(MAX_HEAD, end) - TABLES_KEY.length;
  for (let start = 0; start <= last; start++) {
    let i = 0;
    while (i < TABLES_KEY.length && codeAt(start + i) === TABLES_KEY.charCodeAt(i)) i++;
    if (i === TABLES_KEY.length) return { start: start + TABLES_KEY.length, end };
  }
  return null;
}

/**
 * SHA-256 of the tables' text exactly as written (from the `"tables"` key to the checksum that closes the file),
 * hashed off the main thread; null when the file is not laid out so or hashing failed.
 */
function writtenTablesDigest(input: string | Uint8Array): Promise<string | null> | null {
  if (typeof input === 'string') {
    const span = tablesSpan(input.length, (index) => input.charCodeAt(index));
    return span && sha256Hex(utf8Encode(input.slice(span.start, span.end))).catch(() => null);
  }
  const span = tablesSpan(input.length, (index) => input[index] ?? 0);
  // A view, not a copy: the tables are most of the file.
  return span && sha256Hex(input.subarray(span.start, span.end)).catch(() => null);
}

/**
 * The checksum is SHA-256 of `JSON.stringify(tables)`, which is what the app writes as the tables' text: a file as
 * the app writes it is checked from its bytes without serialising every record again; any other layout (reformatted,
 * keys reordered) is checked canonically.
 */
async function checksumMatches(file: z.infer<typeof envelopeSchema>, writtenDigest: Promise<string | null> | null): Promise<boolean> {
  if (writtenDigest && (await writtenDigest) === file.checksum.value) return true;
  return (await checksumOf(file.tables)) === file.checksum.value;
}

/**
 * Checks a backup exactly as a restore does — envelope, versions, checksum, every record against its schema,
 * unique ids and the references between records — without touching any database.
 */
export async function parseBackup(input: string | Uint8Array): Promise<ParsedBackup> {
  // Hashing runs off the main thread: start it before decoding and parsing, which it then overlaps.
  const writtenDigest = writtenTablesDigest(input);
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = utf8Decode(input);
    } catch {
      return { ok: false, issues: [{ code: 'not-utf8', detail: 'The file is not UTF-8 text.' }] };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ code: 'not-json', detail: error instanceof Error ? error.message : 'Invalid JSON.' }] };
  }

  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const first = envelope.error.issues[0];
    return { ok: false, issues: [{ code: 'format', field: first?.path.join('.') ?? '', detail: first?.message ?? 'Not an Account Desk backup.' }] };
  }
  const file = envelope.data;
  if (file.formatVersion > BACKUP_FORMAT_VERSION) {
    return { ok: false, issues: [{ code: 'format-version', detail: `Backup format ${file.formatVersion} is newer than this app reads (${BACKUP_FORMAT_VERSION}).` }] };
  }
  if (file.schemaVersion > SCHEMA_VERSION) {
    return { ok: false, issues: [{ code: 'newer-schema', detail: `Schema ${file.schemaVersion} is newer than this app's ${SCHEMA_VERSION}.` }] };
  }
  if (file.schemaVersion < SCHEMA_VERSION) {
    // No older schema exists yet; when version 2 arrives, upgrade older tables here before validating.
    return { ok: false, issues: [{ code: 'older-schema', detail: `Schema ${file.schemaVersion} cannot be upgraded.` }] };
  }
  if (!(await checksumMatches(file, writtenDigest))) {
    return { ok: false, issues: [{ code: 'checksum', detail: 'The checksum does not match: the file was changed or damaged after it was written.' }] };
  }

  const issues: BackupIssue[] = [];
  const tables = emptyTables() as Record<TableName, unknown[]>;
  const ids = new Map<TableName, Set<string>>();

  for (const name of Object.keys(file.tables)) {
    if (!(tableNames as string[]).includes(name)) issues.push({ code: 'unknown-table', table: name, detail: `Unknown table "${name}".` });
  }
  for (const name of tableNames) {
    const rows = file.tables[name] ?? [];
    const schema = tableSchemas[name] as z.ZodType;
    const seen = new Set<string>();
    ids.set(name, seen);
    for (let index = 0; index < rows.length; index++) {
      if (issues.length >= MAX_ISSUES) break;
      const row = rows[index];
      const recordId = row && typeof row === 'object' && typeof (row as { id?: unknown }).id === 'string' ? (row as { id: string }).id : `#${index + 1}`;
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        for (const issue of parsed.error.issues.slice(0, 3)) {
          issues.push({ code: 'record', table: name, recordId, field: issue.path.join('.'), detail: issue.message });
        }
        continue;
      }
      if (seen.has(recordId)) {
        issues.push({ code: 'duplicate-id', table: name, recordId, field: 'id', detail: `Id ${recordId} appears twice.` });
        continue;
      }
      seen.add(recordId);
      (tables[name] as unknown[]).push(parsed.data);
    }
  }
  if (issues.length === 0) {
    for (const ref of references) {
      const targets = ids.get(ref.to) ?? new Set<string>();
      for (const row of tables[ref.from] as Record<string, unknown>[]) {
        if (issues.length >= MAX_ISSUES) break;
        for (const target of ref.ids(row)) {
          if (!targets.has(target)) {
            issues.push({ code: 'reference', table: ref.from, recordId: String(row.id), field: ref.field, detail: `Points to ${ref.to} ${target}, which is not in the backup.` });
          }
        }
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const backup: BackupFile = { ...file, format: BACKUP_FORMAT, tables: tables as unknown as BackupTables, checksum: { algorithm: 'SHA-256', value: file.checksum.value } };
  const counts = Object.fromEntries(tableNames.map((name) => [name, tables[name].length])) as Record<TableName, number>;
  return { ok: true, backup, summary: { appVersion: file.appVersion, schemaVersion: file.schemaVersion, exportedAt: file.exportedAt, counts } };
}
