// What the backup page does, outside React: build the backup file, pick and check one, restore it (with a
// "before restore" backup on the desktop first), the daily automatic backup, and the web-mode download reminder.
import { parseBackup, serializeBackup, type BackupIssue, type BackupSummary, type ParsedBackup } from '@shared/backup/format';
import { MAX_TRANSFER_BYTES } from '@shared/ipc';
import { tableNames, type TableName } from '@shared/model/tables';
import { version as packageVersion } from '../../../package.json';
import { exportBackup, getDatabase, replaceDatabase, repos } from '../../db';
import { platform } from '../../platform/platform';

export const APP_VERSION: string = packageVersion;
export const BACKUP_FILTERS = [{ name: 'Account Desk backup', extensions: ['json'] }];
const LAST_DOWNLOAD_KEY = 'account-desk.lastBackupDownload';
export const REMINDER_DAYS = 7;

/** account-desk-backup-2026-06-30.json, by the local calendar day the user sees. */
export function backupFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `account-desk-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** The whole database as the bytes of one backup file. */
export async function createBackupBytes(): Promise<Uint8Array> {
  return new TextEncoder().encode(serializeBackup(await exportBackup(getDatabase(), APP_VERSION)));
}

export type ExportOutcome = { kind: 'saved'; path: string | null } | { kind: 'cancelled' } | { kind: 'failed'; reason: string };

export async function exportToFile(): Promise<ExportOutcome> {
  let data: Uint8Array;
  try {
    data = await createBackupBytes();
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
  const result = await platform.saveFile({ defaultName: backupFileName(), mimeType: 'application/json', filters: BACKUP_FILTERS, data });
  if (!result.ok) return { kind: 'failed', reason: result.error.message };
  if (!result.value.saved) return { kind: 'cancelled' };
  rememberDownload();
  return { kind: 'saved', path: result.value.path };
}

/**
 * A file chosen for restoring, checked by the same code a restore runs. An accepted file is kept as its checked
 * records (not its bytes): confirming restores exactly what was checked and shown, without reading it again.
 */
export type CheckedBackup =
  | { kind: 'ok'; name: string; checked: Extract<ParsedBackup, { ok: true }>; summary: BackupSummary }
  | { kind: 'refused'; name: string; issues: BackupIssue[] };

export async function checkBackup(name: string, data: Uint8Array): Promise<CheckedBackup> {
  const parsed = await parseBackup(data);
  return parsed.ok ? { kind: 'ok', name, checked: parsed, summary: parsed.summary } : { kind: 'refused', name, issues: parsed.issues };
}

export type PickOutcome = CheckedBackup | { kind: 'cancelled' } | { kind: 'too-large'; size: number } | { kind: 'failed'; reason: string };

export async function pickBackupFile(): Promise<PickOutcome> {
  // Years of records make a large file (the large sample is ~270 MB): allow what the desktop bridge can carry.
  const opened = await platform.openFile({ accept: BACKUP_FILTERS, maxBytes: MAX_TRANSFER_BYTES });
  if (!opened.ok) {
    const size = opened.error.code === 'too-large' && typeof opened.error.details?.size === 'number' ? opened.error.details.size : null;
    return size !== null ? { kind: 'too-large', size } : { kind: 'failed', reason: opened.error.message };
  }
  if (!opened.value.opened) return { kind: 'cancelled' };
  return checkBackup(opened.value.name, opened.value.data);
}

export async function currentCounts(): Promise<Record<TableName, number>> {
  const db = getDatabase();
  const counts = await Promise.all(tableNames.map((name) => db.table(name).count()));
  return Object.fromEntries(tableNames.map((name, index) => [name, counts[index] ?? 0])) as Record<TableName, number>;
}

export type RestoreOutcome = { kind: 'restored' } | { kind: 'refused'; issues: BackupIssue[] } | { kind: 'before-restore-failed'; reason: string };

/**
 * Replaces the database with a checked file. On the desktop the current data is written as a `before-restore`
 * backup first; if that fails nothing is replaced (the user would have no way back).
 */
export async function replaceWithBackup(checked: Extract<ParsedBackup, { ok: true }>): Promise<RestoreOutcome> {
  if (platform.isDesktop) {
    const keep = (await repos().settings.get()).backupsToKeep;
    const written = await platform.writeBackup({ data: await createBackupBytes(), reason: 'before-restore', keep });
    if (!written.ok) return { kind: 'before-restore-failed', reason: written.error.message };
  }
  const result = await replaceDatabase(getDatabase(), checked);
  return result.ok ? { kind: 'restored' } : { kind: 'refused', issues: result.issues };
}

/** Writes today's automatic backup when due (desktop only; a no-op in the browser). Never throws. */
export async function runDailyBackup(): Promise<void> {
  if (!platform.isDesktop) return;
  try {
    const keep = (await repos().settings.get()).backupsToKeep;
    await platform.writeDailyBackupIfDue({ createBackup: createBackupBytes, keep });
  } catch {
    // An automatic backup that fails must not disturb the work; the page lists what exists.
  }
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function rememberDownload(at: Date = new Date()): void {
  storage()?.setItem(LAST_DOWNLOAD_KEY, at.toISOString());
}

export function lastDownload(): Date | null {
  const value = storage()?.getItem(LAST_DOWNLOAD_KEY);
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Whether the web-mode reminder shows: never downloaded, or the last download is older than a week. */
export function downloadReminderDue(last: Date | null, now: Date = new Date()): boolean {
  return last === null || now.getTime() - last.getTime() > REMINDER_DAYS * 86_400_000;
}
