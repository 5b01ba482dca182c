// Health reasons in the UI language, each with its figure: 「2 张发票逾期未付，共 ¥180,000，最久逾期 35 天」.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthLevel } from '@shared/model/account';
import type { HealthReason } from '@shared/metrics/health';
import type { BadgeTone } from '../../components/Badge';
import { useLanguage } from '../../components/use-language';
import { formatDate, formatMoney } from '../../i18n/format';

export const healthTone: Record<HealthLevel, BadgeTone> = { green: 'ok', amber: 'warn', red: 'danger' };

/** A ratio as a percentage in the UI language: 0.652 → 65.2%. */
export function formatRate(rate: number | null | undefined, language: string): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

export function useHealthReasonText(): (reason: HealthReason) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback(
    (reason) => {
      switch (reason.code) {
        case 'overdue-invoices':
          return t('account.health.reasons.overdueInvoices', { count: reason.count, amount: formatMoney(reason.amount, reason.currency, language), days: reason.oldestDays });
        case 'low-collection-rate':
          return t('account.health.reasons.lowCollectionRate', { rate: formatRate(reason.rate, language), currency: reason.currency });
        case 'no-decision-maker-contact':
          return reason.days === null ? t('account.health.reasons.neverMetDecisionMaker') : t('account.health.reasons.noDecisionMakerContact', { days: reason.days });
        case 'no-decision-maker':
          return t('account.health.reasons.noDecisionMaker');
        case 'lost-pitch': {
          const date = reason.decidedOn ? t('account.health.reasons.dateSuffix', { date: formatDate(reason.decidedOn, language) }) : '';
          return t(reason.rePitch ? 'account.health.reasons.lostRePitch' : 'account.health.reasons.lostPitch', { title: reason.title, date });
        }
        case 'brief-revisions':
          return t('account.health.reasons.briefRevisions', { title: reason.title, versions: reason.versions });
        case 'manual':
          return t('account.health.reasons.manual', { reason: reason.reason });
      }
    },
    [t, language],
  );
}
