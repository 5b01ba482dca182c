// Applies the trash's retention once at start-up: records in the trash longer than settings allow are deleted for good.
import { repos } from '../../db';

let applied = false;

/** Runs at most once per app start; a failure is reported to the console and retried next start, never shown as an error. */
export async function applyTrashRetention(): Promise<void> {
  if (applied) return;
  applied = true;
  try {
    const settings = await repos().settings.get();
    await repos().trash.empty(settings.trashRetentionDays);
  } catch (error) {
    console.warn('Trash retention was not applied', error);
  }
}
