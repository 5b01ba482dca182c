// The crash journal of the brief editor: every keystroke is copied synchronously to localStorage, so a draft typed
// just before the window closed or crashed (before the debounced IndexedDB save ran) is recovered on the next open.
import type { BriefValues } from './brief-form';

const PREFIX = 'account-desk.brief-draft.';

export type JournalEntry = {
  /** `updatedAt` of the brief record the values were typed on top of. */
  base: string;
  /** When the values were last typed (ms since the epoch). */
  at: number;
  values: BriefValues;
};

/** The little of Web Storage the journal needs, so tests can hand in a Map-backed one. */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStorage(): JournalStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function writeJournal(briefId: string, entry: JournalEntry, storage: JournalStorage | null = defaultStorage()): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PREFIX + briefId, JSON.stringify(entry));
    return true;
  } catch {
    // Quota or private mode: the IndexedDB save still runs; the journal is a second line of defence only.
    return false;
  }
}

export function clearJournal(briefId: string, storage: JournalStorage | null = defaultStorage()): void {
  try {
    storage?.removeItem(PREFIX + briefId);
  } catch {
    // nothing to clear
  }
}

function isEntry(value: unknown): value is JournalEntry {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.base === 'string' && typeof v.at === 'number' && !!v.values && typeof v.values === 'object';
}

export function readJournal(briefId: string, storage: JournalStorage | null = defaultStorage()): JournalEntry | null {
  try {
    const raw = storage?.getItem(PREFIX + briefId);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isEntry(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Whether a journal entry holds typing the database never got: it was typed on top of the record as it still is, or
 * after the record's last write (a save that started before the last keystrokes). A record changed later than the
 * journal (another save, a restore) wins, and the journal is stale.
 */
export function journalIsNewer(entry: JournalEntry, recordUpdatedAt: string): boolean {
  if (entry.base === recordUpdatedAt) return true;
  const written = Date.parse(recordUpdatedAt);
  return Number.isFinite(written) && entry.at > written;
}
