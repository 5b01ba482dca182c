// Runs the reminders while the app is open: once at start, then about every 15 minutes and when the window returns.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { AgendaEntry } from '@shared/metrics/desk-attention';
import { useSettings } from '../../components/records/use-records';
import { REMINDER_INTERVAL_MS, sendDueReminders } from './reminders';

export function Reminders() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const settings = useSettings();
  const enabled = settings?.reminders === true;
  // The latest translator and router in a ref, so the timer does not restart on a language switch.
  const latest = useRef({ t, navigate });
  useEffect(() => {
    latest.current = { t, navigate };
  });

  useEffect(() => {
    if (!enabled) return;
    const text = (entry: AgendaEntry) => ({
      title: latest.current.t(entry.type === 'follow-up' ? 'reminders.followUpTitle' : 'reminders.prepTitle', { brand: entry.brand }),
      body: entry.type === 'prep-item' ? `${entry.what} · ${entry.detail}` : entry.what || latest.current.t('desk.item.noNextStep'),
    });
    const run = () => void sendDueReminders(text, (href) => latest.current.navigate(href)).catch(() => 0);
    run();
    const timer = setInterval(run, REMINDER_INTERVAL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') run();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [enabled]);

  return null;
}
