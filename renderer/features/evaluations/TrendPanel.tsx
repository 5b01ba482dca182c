// A member's trend: weighted score per quarter against the team average, scores per dimension, and the figures as
// a table — drawn from the same chart specs the Word form embeds.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { dimensionScoresChart, scoreTrendChart } from '@shared/charts/evaluation-charts';
import type { MemberTrend } from '@shared/metrics/evaluation-trend';
import { quarterLabel } from '@shared/metrics/quarters';
import { Chart } from '../../components/charts/Chart';
import { useLanguage } from '../../components/use-language';
import { formatScore } from './evaluation-ui';

export function TrendPanel({ trend, memberName, currentId }: { trend: MemberTrend; memberName: string; currentId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const specs = useMemo(
    () => ({ trend: scoreTrendChart(trend, memberName, language), dimensions: dimensionScoresChart(trend, memberName, language) }),
    [trend, memberName, language],
  );
  return (
    <section className="card card-section trend" aria-labelledby="trend-title">
      <h3 id="trend-title" className="section-title">{t('evaluations.trend.title')}</h3>
      <p className="section-hint">{t('evaluations.trend.hint')}</p>
      {trend.points.length === 0 ? (
        <p className="empty-line">{t('evaluations.trend.empty')}</p>
      ) : (
        <>
          <div className="trend-charts">
            <figure className="trend-figure">
              <figcaption>{t('evaluations.trend.scoreChart')}</figcaption>
              <Chart spec={specs.trend} />
            </figure>
            <figure className="trend-figure">
              <figcaption>{t('evaluations.trend.dimensionChart')}</figcaption>
              <Chart spec={specs.dimensions} />
            </figure>
          </div>
          <table className="plain-table trend-table">
            <caption className="visually-hidden">{t('evaluations.trend.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('evaluations.trend.quarter')}</th>
                <th scope="col" className="align-end">{t('evaluations.trend.score')}</th>
                <th scope="col">{t('evaluations.trend.band')}</th>
                <th scope="col" className="align-end">{t('evaluations.trend.team')}</th>
                <th scope="col">{t('evaluations.trend.status')}</th>
              </tr>
            </thead>
            <tbody>
              {trend.points.map((p) => (
                <tr key={p.quarter} aria-current={p.evaluationId === currentId ? 'true' : undefined}>
                  <th scope="row">
                    {p.evaluationId === currentId ? quarterLabel(p.quarter, language) : <Link href={`/evaluations/${p.evaluationId}`}>{quarterLabel(p.quarter, language)}</Link>}
                  </th>
                  <td className="num align-end">{formatScore(p.score, language)}</td>
                  <td>{p.band ? t(`evaluations.band.${p.band}`) : t('common.notSet')}</td>
                  <td className="num align-end">{formatScore(p.teamAverage, language)}</td>
                  <td>{t(`evaluations.status.${p.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
