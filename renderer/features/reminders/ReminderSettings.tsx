// The reminders card of the settings page: the switch (saved at once) and the notification permission it needs.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { repos } from '../../db';
import { useSettings } from '../../components/records/use-records';
import { askNotificationPermission, notificationSupport, type NotificationSupport } from './reminders';
import './reminders.css';

export function ReminderSettings() {
  const { t } = useTranslation();
  const settings = useSettings();
  const [support, setSupport] = useState<NotificationSupport>(notificationSupport);
  const [failed, setFailed] = useState(false);
  const hintId = useId();
  const enabled = settings?.reminders === true;

  // The permission prompt only ever follows a click here: browsers ignore (and users resent) prompts out of nowhere.
  const allow = async () => setSupport(await askNotificationPermission());

  const toggle = async (next: boolean) => {
    if (next && support === 'default') await allow();
    const result = await repos().settings.save({ reminders: next });
    setFailed(!result.ok);
  };

  return (
    <section className="card" aria-labelledby="settings-reminders">
      <div className="card-section">
        <h2 id="settings-reminders" className="section-title">{t('reminders.settingLabel')}</h2>
        <p className="section-hint" id={hintId}>{t('reminders.settingHint')}</p>
        <label className="switch-row">
          <input type="checkbox" role="switch" checked={enabled} disabled={!settings} aria-describedby={hintId} onChange={(event) => void toggle(event.target.checked)} />
          <span>{t('reminders.switchLabel')}</span>
        </label>
        {enabled && support === 'default' && (
          <p className="notice notice-info reminders-notice">
            {t('reminders.notAllowedYet')}{' '}
            <button type="button" className="button" onClick={() => void allow()}>{t('reminders.allow')}</button>
          </p>
        )}
        {enabled && support === 'denied' && <p className="notice notice-warn" role="status">{t('reminders.denied')}</p>}
        {enabled && support === 'unsupported' && <p className="notice notice-info" role="status">{t('reminders.unsupported')}</p>}
        {failed && <p className="notice notice-error" role="alert">{t('reminders.saveFailed')}</p>}
      </div>
    </section>
  );
}
