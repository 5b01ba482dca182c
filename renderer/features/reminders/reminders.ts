// Reminders: system notifications for follow-ups and pitch prep items due today, once per item per day.
import { dueToday, type AgendaEntry } from '@shared/metrics/desk-attention';
import { remindersToSend } from '@shared/metrics/desk-reminders';
import { repos } from '../../db';
import { todayIso } from '../accounts/form-support';

export const REMINDER_INTERVAL_MS = 15 * 60 * 1000;
const STORAGE_KEY = 'account-desk.reminders.sent';

export type NotificationSupport = 'unsupported' | 'default' | 'granted' | 'denied';

export function notificationSupport(): NotificationSupport {
  if (typeof window === 'undefined' || !('Notification' in window)) return 'unsupported';
  return Notification.permission;
}

/** Asks for permission; call only from a user gesture (turning the switch on), as browsers require. */
export async function askNotificationPermission(): Promise<NotificationSupport> {
  if (notificationSupport() === 'unsupported') return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch {
    return notificationSupport();
  }
}

export type ReminderText = (entry: AgendaEntry) => { title: string; body: string };

/** Sends what is due today and not yet sent. Returns how many notifications went out. */
export async function sendDueReminders(text: ReminderText, onOpen: (href: string) => void): Promise<number> {
  if (notificationSupport() !== 'granted') return 0;
  const r = repos();
  const settings = await r.settings.get();
  if (!settings.reminders) return 0;
  const today = todayIso();
  const [accounts, interactions, pitches] = await Promise.all([r.accounts.list(), r.interactions.listFollowUpsDue(today), r.pitches.listOpen()]);
  const due = dueToday({ today, accounts, interactions, pitches });
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage blocked: every check counts as the first of the day.
  }
  const { send, remember } = remindersToSend(due, stored, today);
  let count = 0;
  for (const entry of send) {
    const { title, body } = text(entry);
    try {
      const note = new Notification(title, { body, tag: `${today}:${entry.key}` });
      note.onclick = () => {
        window.focus();
        onOpen(entry.href);
        note.close();
      };
    } catch {
      // The platform refused (permission revoked meanwhile): stop, and try again at the next check.
      return count;
    }
    count += 1;
  }
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(remember));
  } catch {
    // Storage full or blocked: reminders still work, they may repeat.
  }
  return count;
}
