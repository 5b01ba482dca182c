// Small display helpers the evaluation pages share: badge tones for statuses and bands, and scores with two decimals.
import type { BadgeTone } from '../../components/Badge';
import type { OverviewStatus } from '@shared/metrics/evaluation-round';
import type { RatingBand } from '@shared/metrics/evaluation-score';
import type { UiLanguage } from '../../i18n';

export const statusTone: Record<OverviewStatus, BadgeTone> = { 'not-started': 'muted', draft: 'warn', final: 'info', shared: 'ok' };

export const bandTone: Record<RatingBand, BadgeTone> = { outstanding: 'ok', exceeds: 'ok', meets: 'info', partly: 'warn', below: 'danger' };

/** A weighted score as `3.75`; `—` when there is none. */
export function formatScore(score: number | null, language: UiLanguage): string {
  if (score === null) return '—';
  return new Intl.NumberFormat(language === 'zh-CN' ? 'zh-CN' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score);
}
