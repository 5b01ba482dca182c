// Which reminders to send now: what is due today, less what was already sent today (remembered as a small record).
import type { AgendaEntry } from './desk-attention';

/** What is remembered between checks: the day and the keys sent on it. */
export type SentRecord = { day: string; keys: string[] };

/** Reads the remembered record; anything unreadable or from another day counts as nothing sent. */
export function sentOn(stored: string | null, today: string): Set<string> {
  try {
    const raw: unknown = JSON.parse(stored ?? 'null');
    if (raw && typeof raw === 'object' && 'day' in raw && 'keys' in raw && raw.day === today && Array.isArray(raw.keys)) {
      return new Set(raw.keys.filter((k): k is string => typeof k === 'string'));
    }
  } catch {
    // Unreadable: start afresh; at worst a reminder repeats once.
  }
  return new Set();
}

/** The entries to notify now and the record to remember afterwards (yesterday's keys are dropped). */
export function remindersToSend(due: readonly AgendaEntry[], stored: string | null, today: string): { send: AgendaEntry[]; remember: SentRecord } {
  const sent = sentOn(stored, today);
  const send = due.filter((e) => !sent.has(e.key));
  return { send, remember: { day: today, keys: [...sent, ...send.map((e) => e.key)] } };
}
