// The IPC contract between the renderer and the main process: every channel, its argument and result schemas, and the type of window.api.
import { z } from 'zod';

/** Largest byte payload that crosses IPC in either direction (a save, a backup, an opened file). */
export const MAX_TRANSFER_BYTES = 512 * 1024 * 1024;
/** Files larger than this are refused on open unless the caller asks for a different limit. */
export const DEFAULT_OPEN_MAX_BYTES = 200 * 1024 * 1024;
/** How many backups of one kind the rotation keeps at most. */
export const MAX_BACKUP_KEEP = 100;

export const LANGUAGES = ['zh-CN', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

// ---------------------------------------------------------------------------------------------------------------------
// File names
// ---------------------------------------------------------------------------------------------------------------------

// Characters no file name may hold on any of our three systems, plus C0 controls and DEL.
// eslint-disable-next-line no-control-regex
const UNSAFE_FILE_NAME_CHARS = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// ext4 and APFS count bytes, not characters: 255 bytes is about 85 Chinese characters. Leave room for " (2)".
const MAX_FILE_NAME_BYTES = 240;

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function truncateToBytes(text: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const char of text) {
    bytes += utf8Length(char);
    if (bytes > maxBytes) break;
    out += char;
  }
  return out;
}

/**
 * Turns a title typed by a user ("Brief: 春节/Q1") into a file name every system accepts ("Brief_ 春节_Q1").
 * The extension, if any, survives truncation. The save dialog refuses names this function would change.
 */
export function toSafeFileName(raw: string, fallback = 'export'): string {
  // Line breaks and tabs from a pasted title become spaces first, so they do not turn into underscores.
  const cleaned = raw.replace(/\s+/g, ' ').replace(UNSAFE_FILE_NAME_CHARS, '_').trim().replace(/[. ]+$/, '');
  if (cleaned === '' || /^\.+$/.test(cleaned)) return fallback;
  const named = WINDOWS_RESERVED_NAME.test(cleaned) ? `_${cleaned}` : cleaned;
  if (utf8Length(named) <= MAX_FILE_NAME_BYTES) return named;
  const dot = named.lastIndexOf('.');
  const extension = dot > 0 && named.length - dot <= 17 ? named.slice(dot) : '';
  const stem = truncateToBytes(named.slice(0, named.length - extension.length), MAX_FILE_NAME_BYTES - utf8Length(extension));
  return `${stem.replace(/[. ]+$/, '')}${extension}`;
}

export const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => toSafeFileName(name) === name, 'must be a plain file name (no path, no reserved characters)');

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  // Extensions without the dot, as Electron's dialogs want them; '*' means any file.
  extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'an extension is letters and digits, without the dot')).min(1).max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;
const fileFiltersSchema = z.array(fileFilterSchema).max(10);

// z.instanceof(Uint8Array) would type the bytes as ArrayBuffer-backed only; Node's Buffers are ArrayBufferLike.
const anyBytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'must be a Uint8Array' });
const bytesSchema = (label: string) =>
  anyBytesSchema.refine((bytes) => bytes.byteLength <= MAX_TRANSFER_BYTES, `${label} is larger than ${MAX_TRANSFER_BYTES} bytes`);

// ---------------------------------------------------------------------------------------------------------------------
// Backups
// ---------------------------------------------------------------------------------------------------------------------

export const BACKUP_REASONS = ['daily', 'before-restore', 'before-upgrade', 'manual'] as const;
export const backupReasonSchema = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof backupReasonSchema>;

/**
 * account-desk-backup-2025-01-31T09-30-00-123Z-daily.json: UTC so names sort in time order across DST changes and
 * time zones; the reason is in the name so rotation keeps each kind separately.
 */
export const BACKUP_FILE_NAME_PATTERN =
  /^account-desk-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|before-restore|before-upgrade|manual)\.json$/;

export const backupNameSchema = z.string().max(100).regex(BACKUP_FILE_NAME_PATTERN, 'not a backup file name');

// ---------------------------------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------------------------------

export const IPC_ERROR_CODES = [
  'forbidden', // the sender is not our window's main frame on our origin
  'invalid-argument', // the arguments failed the channel's schema
  'too-large', // a file is above the size limit
  'not-found',
  'file-in-use', // another program holds the file (Word on Windows)
  'permission-denied',
  'disk-full',
  'io-error',
  'unsupported', // the browser build cannot do this (automatic backups)
  'internal', // a bug: the handler threw
] as const;
export const ipcErrorCodeSchema = z.enum(IPC_ERROR_CODES);
export type IpcErrorCode = z.infer<typeof ipcErrorCodeSchema>;

export const ipcErrorSchema = z.strictObject({
  code: ipcErrorCodeSchema,
  // For logs and developers; the renderer shows its own translated text chosen by `code`.
  message: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ipcResultSchema<T extends z.ZodType>(value: T) {
  return z.union([z.strictObject({ ok: z.literal(true), value }), z.strictObject({ ok: z.literal(false), error: ipcErrorSchema })]);
}

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: IpcErrorCode, message: string, details?: IpcError['details']): IpcResult<T> {
  return details === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, details } };
}

// ---------------------------------------------------------------------------------------------------------------------
// Channels
// ---------------------------------------------------------------------------------------------------------------------

export const fileSaveArgsSchema = z.strictObject({
  defaultName: fileNameSchema,
  filters: fileFiltersSchema,
  data: bytesSchema('data'),
});
export const fileSaveValueSchema = z.union([
  z.strictObject({ saved: z.literal(true), path: z.string().min(1) }),
  // The user cancelled the dialog.
  z.strictObject({ saved: z.literal(false) }),
]);

export const fileOpenArgsSchema = z.strictObject({
  filters: fileFiltersSchema,
  maxBytes: z.number().int().positive().max(MAX_TRANSFER_BYTES).optional(),
});
export const fileOpenValueSchema = z.union([
  z.strictObject({ opened: z.literal(true), name: z.string().min(1), data: anyBytesSchema }),
  z.strictObject({ opened: z.literal(false) }),
]);

export const fileRevealArgsSchema = z.string().min(1).max(4096);

export const appInfoValueSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  electron: z.string(),
  chrome: z.string(),
  platform: z.string(),
  userDataPath: z.string(),
});

export const backupWriteArgsSchema = z.strictObject({
  data: bytesSchema('data'),
  reason: backupReasonSchema,
  keep: z.number().int().min(1).max(MAX_BACKUP_KEEP),
});
export const backupWriteValueSchema = z.strictObject({ path: z.string().min(1), name: backupNameSchema });

export const backupEntrySchema = z.strictObject({
  name: backupNameSchema,
  path: z.string().min(1),
  size: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  reason: backupReasonSchema,
});
export const backupListValueSchema = z.array(backupEntrySchema);

export const backupReadArgsSchema = z.strictObject({ name: backupNameSchema });
export const backupReadValueSchema = z.strictObject({ data: anyBytesSchema });

const noArgs = z.undefined();
const noValue = z.null();

/**
 * Every channel, keyed by the name of its window.api method. The preload exposes exactly these methods and
 * electron/ipc.ts registers exactly these handlers; both are checked against this object by the compiler.
 */
export const IPC = {
  fileSave: { channel: 'file:save', args: fileSaveArgsSchema, value: fileSaveValueSchema },
  fileOpen: { channel: 'file:open', args: fileOpenArgsSchema, value: fileOpenValueSchema },
  fileReveal: { channel: 'file:reveal', args: fileRevealArgsSchema, value: noValue },
  appInfo: { channel: 'app:info', args: noArgs, value: appInfoValueSchema },
  appSetLanguage: { channel: 'app:setLanguage', args: languageSchema, value: noValue },
  backupWrite: { channel: 'backup:write', args: backupWriteArgsSchema, value: backupWriteValueSchema },
  backupList: { channel: 'backup:list', args: noArgs, value: backupListValueSchema },
  backupRead: { channel: 'backup:read', args: backupReadArgsSchema, value: backupReadValueSchema },
} as const satisfies Record<string, { channel: string; args: z.ZodType; value: z.ZodType }>;

export type IpcMethod = keyof typeof IPC;
export type IpcChannel = (typeof IPC)[IpcMethod]['channel'];
export type IpcArgs<M extends IpcMethod> = z.input<(typeof IPC)[M]['args']>;
export type IpcValue<M extends IpcMethod> = z.output<(typeof IPC)[M]['value']>;

export type FileSaveArgs = IpcArgs<'fileSave'>;
export type FileSaveValue = IpcValue<'fileSave'>;
export type FileOpenArgs = IpcArgs<'fileOpen'>;
export type FileOpenValue = IpcValue<'fileOpen'>;
export type AppInfo = IpcValue<'appInfo'>;
export type BackupWriteArgs = IpcArgs<'backupWrite'>;
export type BackupWriteValue = IpcValue<'backupWrite'>;
export type BackupEntry = z.infer<typeof backupEntrySchema>;
export type BackupReadArgs = IpcArgs<'backupRead'>;
export type BackupReadValue = IpcValue<'backupRead'>;

type ApiMethod<M extends IpcMethod> = (typeof IPC)[M]['args'] extends typeof noArgs
  ? () => Promise<IpcResult<IpcValue<M>>>
  : (args: IpcArgs<M>) => Promise<IpcResult<IpcValue<M>>>;

/** The type of `window.api`, exposed by electron/preload.ts: one method per channel and nothing else. */
export type DesktopApi = { readonly [M in IpcMethod]: ApiMethod<M> };
