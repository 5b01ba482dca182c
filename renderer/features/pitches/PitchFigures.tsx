// The pipeline's figures: the strip of totals over every view (open value, weighted value, stalled, win rate, value
// won), and the figures panel (win rate by type and year, lost reasons, cost per pitch, conversion per stage).
import { useTranslation } from 'react-i18next';
import type { PitchFigures as Figures } from '@shared/metrics/pitch-figures';
import { lostReasonLabel } from '@shared/metrics/pitch-figures';
import type { PipelineTotal } from '@shared/metrics/pitch-pipeline';
import { useLanguage } from '../../components/use-language';
import { formatMoney } from '../../i18n/format';
import type { UiLanguage } from '../../i18n';

const percent = (ratio: number | null, language: UiLanguage) =>
  ratio === null ? '—' : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
const number = (value: number | null, language: UiLanguage, digits = 0) =>
  value === null ? '—' : new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);

/** Amounts in several currencies, one after the other (they never add up). */
function Money({ lines, empty }: { lines: readonly { currency: PipelineTotal['currency']; amount: number }[]; empty: string }) {
  const language = useLanguage();
  if (lines.length === 0) return <>{empty}</>;
  return <>{lines.map((line, i) => <span key={line.currency} className="money-line">{i > 0 ? ' · ' : ''}{formatMoney(line.amount, line.currency, language)}</span>)}</>;
}

export function TotalsStrip({ totals, stalled, figures, staleDays }: { totals: PipelineTotal[]; stalled: number; figures: Figures; staleDays: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const open = totals.reduce((n, line) => n + line.count, 0);
  const tiles = [
    { key: 'open', label: t('pitches.totals.open'), value: <span className="num">{open}</span> },
    { key: 'estimated', label: t('pitches.totals.estimated'), value: <Money lines={totals.map((l) => ({ currency: l.currency, amount: l.estimated }))} empty="—" /> },
    { key: 'weighted', label: t('pitches.totals.weighted'), value: <Money lines={totals.map((l) => ({ currency: l.currency, amount: l.weighted }))} empty="—" />, hint: t('pitches.totals.weightedHint') },
    { key: 'stalled', label: t('pitches.totals.stalled', { days: staleDays }), value: <span className={`num${stalled > 0 ? ' text-warn' : ''}`}>{stalled}</span> },
    { key: 'winRate', label: t('pitches.totals.winRate'), value: <span className="num">{percent(figures.overall.winRate, language)}</span>, hint: t('pitches.totals.winRateHint', { won: figures.overall.won, lost: figures.overall.lost }) },
    { key: 'valueWon', label: t('pitches.totals.valueWon'), value: <Money lines={figures.valueWon} empty="—" /> },
  ];
  return (
    <dl className="totals-strip" aria-label={t('pitches.totals.label')}>
      {tiles.map((tile) => (
        <div key={tile.key} className="totals-tile" title={tile.hint}>
          <dt>{tile.label}</dt>
          <dd className="num">{tile.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Bar({ ratio, tone = 'accent' }: { ratio: number | null; tone?: 'accent' | 'danger' }) {
  const width = ratio === null ? 0 : Math.max(0, Math.min(1, ratio)) * 100;
  return <span className={`bar bar-${tone}`} aria-hidden="true"><i style={{ width: `${width}%` }} /></span>;
}

export function FiguresPanel({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="figures-grid">
      <section className="card card-section" aria-labelledby="fig-type">
        <h3 id="fig-type" className="section-title section-title-spaced">{t('pitches.figures.byType')}</h3>
        <table className="plain-table figures-table">
          <thead><tr><th scope="col">{t('pitches.figures.type')}</th><th scope="col" className="end">{t('pitches.figures.won')}</th><th scope="col" className="end">{t('pitches.figures.lost')}</th><th scope="col">{t('pitches.figures.winRate')}</th></tr></thead>
          <tbody>
            {figures.byType.map((row) => (
              <tr key={row.type}>
                <th scope="row">{t(`enums.pitchType.${row.type}`)}</th>
                <td className="num end">{row.won}</td>
                <td className="num end">{row.lost}</td>
                <td><span className="bar-cell"><Bar ratio={row.winRate} /><span className="num">{percent(row.winRate, language)}</span></span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card card-section" aria-labelledby="fig-year">
        <h3 id="fig-year" className="section-title section-title-spaced">{t('pitches.figures.byYear')}</h3>
        {figures.byYear.length === 0 ? <p className="section-hint">{t('pitches.figures.noDecisions')}</p> : (
          <table className="plain-table figures-table">
            <thead><tr><th scope="col">{t('pitches.figures.year')}</th><th scope="col" className="end">{t('pitches.figures.won')}</th><th scope="col" className="end">{t('pitches.figures.lost')}</th><th scope="col">{t('pitches.figures.winRate')}</th></tr></thead>
            <tbody>
              {figures.byYear.map((row) => (
                <tr key={row.year}>
                  <th scope="row" className="num">{row.year}</th>
                  <td className="num end">{row.won}</td>
                  <td className="num end">{row.lost}</td>
                  <td><span className="bar-cell"><Bar ratio={row.winRate} /><span className="num">{percent(row.winRate, language)}</span></span></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="card card-section" aria-labelledby="fig-reasons">
        <h3 id="fig-reasons" className="section-title section-title-spaced">{t('pitches.figures.lostReasons')}</h3>
        {figures.lostReasons.length === 0 ? <p className="section-hint">{t('pitches.figures.noLosses')}</p> : (
          <table className="plain-table figures-table">
            <thead><tr><th scope="col">{t('pitches.figures.reason')}</th><th scope="col" className="end">{t('pitches.figures.count')}</th><th scope="col">{t('pitches.figures.share')}</th></tr></thead>
            <tbody>
              {figures.lostReasons.map((row) => (
                <tr key={row.reason}>
                  <th scope="row">{row.reason === '' ? t('pitches.figures.noReason') : lostReasonLabel(row.reason, language)}</th>
                  <td className="num end">{row.count}</td>
                  <td><span className="bar-cell"><Bar ratio={row.share} tone="danger" /><span className="num">{percent(row.share, language)}</span></span></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="card card-section" aria-labelledby="fig-cost">
        <h3 id="fig-cost" className="section-title section-title-spaced">{t('pitches.figures.cost')}</h3>
        <dl className="facts facts-compact">
          <div><dt>{t('pitches.figures.closedPitches')}</dt><dd className="num">{figures.cost.pitches}</dd></div>
          <div><dt>{t('pitches.figures.averageHours')}</dt><dd className="num">{figures.cost.averageHours === null ? '—' : t('pitches.hours', { value: number(figures.cost.averageHours, language) })}</dd></div>
          <div className="wide"><dt>{t('pitches.figures.averageExpenses')}</dt><dd className="num"><Money lines={figures.cost.averageExpenses} empty="—" /></dd></div>
        </dl>
        <p className="section-hint">{t('pitches.figures.costHint')}</p>
      </section>

      <section className="card card-section figures-wide" aria-labelledby="fig-stages">
        <h3 id="fig-stages" className="section-title section-title-spaced">{t('pitches.figures.conversion')}</h3>
        <table className="plain-table figures-table">
          <thead><tr><th scope="col">{t('pitches.figures.stage')}</th><th scope="col" className="end">{t('pitches.figures.reached')}</th><th scope="col" className="end">{t('pitches.figures.advanced')}</th><th scope="col">{t('pitches.figures.conversionRate')}</th></tr></thead>
          <tbody>
            {figures.stages.map((row) => (
              <tr key={row.stage}>
                <th scope="row">{t(`enums.pitchStage.${row.stage}`)}{row.stage === 'decision' ? ` → ${t('enums.pitchStage.won')}` : ''}</th>
                <td className="num end">{row.reached}</td>
                <td className="num end">{row.advanced}</td>
                <td><span className="bar-cell"><Bar ratio={row.conversion} /><span className="num">{percent(row.conversion, language)}</span></span></td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="section-hint">{t('pitches.figures.conversionHint')}</p>
      </section>
    </div>
  );
}
