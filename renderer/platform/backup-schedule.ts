// When the renderer should take its daily automatic backup: pure, so it is tested without a clock or a disk.
import type { BackupEntry } from '@shared/ipc';

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/**
 * A daily backup is due when none was taken on the user's current calendar day (their time zone, not UTC: "today"
 * means what the user means). A backup dated in the future (clock moved back) counts as today's, so a wrong clock
 * never causes a backup every minute.
 */
export function isDailyBackupDue(entries: readonly BackupEntry[], now: Date): boolean {
  return !entries.some((entry) => {
    if (entry.reason !== 'daily') return false;
    const createdAt = new Date(entry.createdAt);
    return sameLocalDay(createdAt, now) || createdAt.getTime() > now.getTime();
  });
}
