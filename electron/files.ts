// Disk work for the IPC handlers: save and open through the system dialogs, and automatic backups with rotation.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import {
  BACKUP_FILE_NAME_PATTERN,
  DEFAULT_OPEN_MAX_BYTES,
  MAX_TRANSFER_BYTES,
  fail,
  ok,
  type BackupEntry,
  type BackupReason,
  type FileFilter,
  type FileOpenValue,
  type FileSaveValue,
  type IpcResult,
} from '@shared/ipc';

export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<Pick<SaveDialogReturnValue, 'canceled' | 'filePath'>>;
export type ShowOpenDialog = (options: OpenDialogOptions) => Promise<Pick<OpenDialogReturnValue, 'canceled' | 'filePaths'>>;

/** Maps a failed fs call to the error the user can act on: close the file in Word, free some disk, pick another folder. */
export function ioFailure<T>(error: unknown, action: string): IpcResult<T> {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = `${action}: ${error instanceof Error ? error.message : String(error)}`;
  switch (code) {
    case 'EBUSY':
      return fail('file-in-use', message, { errno: code });
    case 'EACCES':
    case 'EPERM':
      // On Windows a file open in Word also reports EPERM.
      return fail('permission-denied', message, { errno: code });
    case 'ENOSPC':
    case 'EDQUOT':
      return fail('disk-full', message, { errno: code });
    case 'ENOENT':
    case 'ENOTDIR':
      return fail('not-found', message, { errno: code });
    default:
      return fail('io-error', message, code === '' ? undefined : { errno: code });
  }
}

export interface SaveRequest {
  defaultName: string;
  filters: FileFilter[];
  data: Uint8Array;
}

/** Asks where to save, then writes. A cancelled dialog is a value, not an error. */
export async function saveWithDialog(
  showSaveDialog: ShowSaveDialog,
  request: SaveRequest,
  defaultDir: string,
): Promise<IpcResult<FileSaveValue>> {
  const choice = await showSaveDialog({
    defaultPath: path.join(defaultDir, request.defaultName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return ok({ saved: false });
  try {
    await fs.writeFile(choice.filePath, request.data);
  } catch (error) {
    return ioFailure(error, `could not write ${choice.filePath}`);
  }
  return ok({ saved: true, path: choice.filePath });
}

/** Reads a file whole, refusing it first by its size on disk, so a 4 GB video never gets near memory. */
export async function readFileWithLimit(filePath: string, maxBytes: number): Promise<IpcResult<Uint8Array>> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(filePath, 'r');
    const stat = await handle.stat();
    if (!stat.isFile()) return fail('not-found', `${filePath} is not a file`);
    if (stat.size > maxBytes) {
      return fail('too-large', `${filePath} is ${stat.size} bytes; the limit is ${maxBytes}`, { size: stat.size, maxBytes });
    }
    const data = await handle.readFile();
    // The file may have grown between stat and read.
    if (data.byteLength > maxBytes) {
      return fail('too-large', `${filePath} is over ${maxBytes} bytes`, { size: data.byteLength, maxBytes });
    }
    return ok(data);
  } catch (error) {
    return ioFailure(error, `could not read ${filePath}`);
  } finally {
    await handle?.close();
  }
}

export interface OpenRequest {
  filters: FileFilter[];
  maxBytes?: number | undefined;
}

/** Asks which file to open, then reads it within the size limit (200 MB unless the caller says otherwise). */
export async function openWithDialog(showOpenDialog: ShowOpenDialog, request: OpenRequest): Promise<IpcResult<FileOpenValue>> {
  const maxBytes = Math.min(request.maxBytes ?? DEFAULT_OPEN_MAX_BYTES, MAX_TRANSFER_BYTES);
  const choice = await showOpenDialog({ filters: request.filters, properties: ['openFile', 'dontAddToRecent'] });
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return ok({ opened: false });
  const read = await readFileWithLimit(filePath, maxBytes);
  if (!read.ok) return read;
  return ok({ opened: true, name: path.basename(filePath), data: read.value });
}

// ---------------------------------------------------------------------------------------------------------------------
// Automatic backups
// ---------------------------------------------------------------------------------------------------------------------

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** account-desk-backup-2025-01-31T09-30-00-123Z-daily.json (UTC; see BACKUP_FILE_NAME_PATTERN). */
export function backupFileName(date: Date, reason: BackupReason = 'manual'): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('backupFileName needs a valid date');
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}-${pad(date.getUTCMinutes())}-${pad(date.getUTCSeconds())}-${pad(date.getUTCMilliseconds(), 3)}`;
  return `account-desk-backup-${day}T${time}Z-${reason}.json`;
}

/** The time and reason a backup file name records, or null for any other file. */
export function parseBackupFileName(name: string): { createdAt: Date; reason: BackupReason } | null {
  const match = BACKUP_FILE_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds, millis, reason] = match;
  const createdAt = new Date(`${year}-${month}-${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { createdAt, reason: reason as BackupReason };
}

/**
 * The backups to delete so that at most `keep` of each reason remain, oldest first out. Kinds rotate separately so
 * that a week of daily backups never pushes out the copy taken before a restore. Files that are not backups are never
 * selected. With `onlyReason`, only that kind is rotated.
 */
export function selectBackupsToDelete(fileNames: readonly string[], keep: number, onlyReason?: BackupReason): string[] {
  const keepCount = Math.max(1, Math.floor(keep));
  const byReason = new Map<BackupReason, { name: string; time: number }[]>();
  for (const name of new Set(fileNames)) {
    const parsed = parseBackupFileName(name);
    if (!parsed || (onlyReason !== undefined && parsed.reason !== onlyReason)) continue;
    const group = byReason.get(parsed.reason) ?? [];
    group.push({ name, time: parsed.createdAt.getTime() });
    byReason.set(parsed.reason, group);
  }
  const doomed: string[] = [];
  for (const group of byReason.values()) {
    group.sort((a, b) => b.time - a.time || b.name.localeCompare(a.name));
    doomed.push(...group.slice(keepCount).map((entry) => entry.name));
  }
  return doomed.sort();
}

export interface WrittenBackup {
  name: string;
  path: string;
  deleted: string[];
}

/**
 * Writes a backup atomically (temporary file, then rename, so a crash never leaves a half file that looks like a
 * backup), then rotates that reason's backups. The new file is never rotated away, even if the clock went backwards.
 */
export async function writeBackup(
  dir: string,
  bytes: Uint8Array,
  date: Date,
  keep: number,
  reason: BackupReason = 'manual',
): Promise<WrittenBackup> {
  await fs.mkdir(dir, { recursive: true });
  let when = date;
  let name = backupFileName(when, reason);
  // Two backups in the same millisecond: move the later one on by a millisecond rather than overwrite.
  while (await exists(path.join(dir, name))) {
    when = new Date(when.getTime() + 1);
    name = backupFileName(when, reason);
  }
  const finalPath = path.join(dir, name);
  const tempPath = `${finalPath}.${process.pid}.tmp`;
  try {
    await fs.writeFile(tempPath, bytes, { flag: 'wx' });
    await fs.rename(tempPath, finalPath);
  } catch (error) {
    await fs.rm(tempPath, { force: true });
    throw error;
  }
  const doomed = selectBackupsToDelete(await fs.readdir(dir), keep, reason).filter((old) => old !== name);
  const deleted: string[] = [];
  for (const old of doomed) {
    try {
      await fs.unlink(path.join(dir, old));
      deleted.push(old);
    } catch {
      // Rotation is housekeeping: a file someone else removed or locked must not fail the backup just written.
    }
  }
  return { name, path: finalPath, deleted };
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await fs.lstat(filePath);
    return true;
  } catch {
    return false;
  }
}

/** The backups in `dir`, newest first; an absent folder simply has none. */
export async function listBackups(dir: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    const filePath = path.join(dir, name);
    try {
      const stat = await fs.stat(filePath);
      if (!stat.isFile()) continue;
      entries.push({ name, path: filePath, size: stat.size, createdAt: parsed.createdAt.toISOString(), reason: parsed.reason });
    } catch {
      // Deleted between readdir and stat: not a backup any more.
    }
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** Reads one backup by its file name; anything that is not a backup name (a path, `..`) is refused before touching disk. */
export async function readBackup(dir: string, name: string, maxBytes = MAX_TRANSFER_BYTES): Promise<IpcResult<Uint8Array>> {
  if (!parseBackupFileName(name) || path.basename(name) !== name) return fail('invalid-argument', 'not a backup file name');
  return readFileWithLimit(path.join(dir, name), maxBytes);
}

/** Shows a file in Explorer/Finder/the file manager. */
export function revealInFolder(showItemInFolder: (fullPath: string) => void, filePath: string): void {
  showItemInFolder(path.normalize(filePath));
}
