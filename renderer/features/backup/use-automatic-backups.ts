// Runs the desktop's daily automatic backup after start and then about hourly (it writes only when one is due).
import { useEffect } from 'react';
import { platform } from '../../platform/platform';
import { runDailyBackup } from './backup-actions';

const HOUR = 60 * 60 * 1000;
/** Lets the first screen open before the backup reads every table. */
const START_DELAY = 5_000;

export function useAutomaticBackups(): void {
  useEffect(() => {
    if (!platform.isDesktop) return;
    const first = setTimeout(() => void runDailyBackup(), START_DELAY);
    const hourly = setInterval(() => void runDailyBackup(), HOUR);
    return () => {
      clearTimeout(first);
      clearInterval(hourly);
    };
  }, []);
}
