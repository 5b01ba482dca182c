// An account's health as a coloured badge; the reason that decides the level is its tooltip (and, when asked, spoken text).
import { useTranslation } from 'react-i18next';
import { mainHealthReason } from '@shared/metrics/account-figures';
import type { AccountHealth } from '@shared/metrics/health';
import { Badge } from '../../components/Badge';
import { healthTone, useHealthReasonText } from './health-text';

export function HealthBadge({ health, speakReason = false }: { health: AccountHealth; speakReason?: boolean }) {
  const { t } = useTranslation();
  const reasonText = useHealthReasonText();
  const main = mainHealthReason(health);
  const title = main ? reasonText(main) : t('account.health.allClear');
  return (
    <span className="acct-health-badge" title={title}>
      <Badge tone={healthTone[health.level]}>
        {t(`enums.health.${health.level}`)}
        {health.overridden && (
          <>
            <span className="acct-health-manual" aria-hidden="true">✎</span>
            <span className="visually-hidden">{t('account.health.setByHandShort')}</span>
          </>
        )}
      </Badge>
      {speakReason && <span className="visually-hidden">{`：${title}`}</span>}
    </span>
  );
}
