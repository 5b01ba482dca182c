// The quarter overview (季度考评): every member of the round with status, weighted score, band and progress; starting
// the quarter in one step; opening each evaluation; the team summary as Word.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { newEvaluationDraft, quarterSummary, type OverviewRow } from '@shared/metrics/evaluation-round';
import { nextQuarter, previousQuarter, quarterLabel } from '@shared/metrics/quarters';
import { repos } from '../../db';
import { Badge } from '../../components/Badge';
import { EmptyState } from '../../components/EmptyState';
import { DownloadIcon, PlusIcon, TeamIcon } from '../../components/layout/icons';
import { LoadSampleButton } from '../../components/sample/LoadSampleButton';
import { useLanguage } from '../../components/use-language';
import { currentQuarter, defaultQuarter, readQuarter, readQuarterChoices, rememberQuarter, rememberedQuarter, type QuarterData } from './evaluation-data';
import { exportTeamSummary, type ExportOutcome } from './export-evaluations';
import { StartQuarterDialog } from './StartQuarterDialog';
import { bandTone, formatScore, statusTone } from './evaluation-ui';
import './evaluations.css';

export function QuarterOverviewPage() {
  const { t } = useTranslation();
  const [quarter, setQuarter] = useState<string | null>(() => rememberedQuarter());

  useEffect(() => {
    if (quarter === null) void defaultQuarter().then(setQuarter);
  }, [quarter]);

  if (quarter === null) return <p className="section-hint" role="status">{t('app.loading')}</p>;
  const choose = (next: string) => {
    rememberQuarter(next);
    setQuarter(next);
  };
  return <QuarterRound quarter={quarter} onQuarter={choose} />;
}

type ExportState = { kind: 'idle' } | { kind: 'busy' } | ({ kind: 'done' } & ExportOutcome);

function QuarterRound({ quarter, onQuarter }: { quarter: string; onQuarter: (quarter: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const data = useLiveQuery(() => readQuarter(quarter), [quarter]);
  const choices = useLiveQuery(() => readQuarterChoices(quarter), [quarter]);
  const [starting, setStarting] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  const summary = useMemo(() => (data ? quarterSummary(quarter, data.rows) : null), [data, quarter]);
  const now = currentQuarter();

  // A message about one quarter would mislead on another.
  useEffect(() => {
    setMessage(null);
    setExportState({ kind: 'idle' });
  }, [quarter]);

  const label = (q: string) => (q === now ? t('evaluations.currentQuarterMark', { label: quarterLabel(q, language) }) : quarterLabel(q, language));

  const onExport = async () => {
    setExportState({ kind: 'busy' });
    setExportState({ kind: 'done', ...(await exportTeamSummary(quarter, language)) });
  };

  const startOne = async (row: OverviewRow, quarterData: QuarterData) => {
    const previous = quarterData.previousEvaluations.find((e) => e.memberId === row.member.id) ?? null;
    const active = new Set(quarterData.members.filter((m) => m.active && !m.deletedAt).map((m) => m.id));
    const result = await repos().evaluations.save(newEvaluationDraft(row.member, quarter, quarterData.settings.framework, previous, active));
    if (result.ok) navigate(`/evaluations/${result.record.id}`);
    else setMessage({ tone: 'error', text: t('evaluations.startDialog.failed', { reason: result.issues[0]?.message ?? '' }) });
  };

  const notStarted = data?.rows.filter((r) => r.status === 'not-started') ?? [];

  return (
    <div className="stack evaluations">
      <div className="page-header">
        <div>
          <h2 className="page-title">{t('evaluations.title')}</h2>
          <p className="page-subtitle">{t('evaluations.rosterHint')}</p>
        </div>
        <div className="actions">
          <span role="status" className="export-status">
            {exportState.kind === 'busy' && t('evaluations.exporting')}
            {exportState.kind === 'done' && exportState.ok && (exportState.saved ? t('evaluations.summaryExported') : t('evaluations.exportCancelled'))}
            {exportState.kind === 'done' && !exportState.ok && <span className="field-error">{t('evaluations.exportFailed', { reason: exportState.reason })}</span>}
          </span>
          <button type="button" className="button" onClick={() => void onExport()} disabled={exportState.kind === 'busy' || !data || data.evaluations.length === 0}>
            <DownloadIcon size={16} />
            {t('evaluations.exportSummary')}
          </button>
          <button type="button" className="button button-primary" onClick={() => setStarting(true)} disabled={notStarted.length === 0}>
            <PlusIcon size={16} />
            {t('evaluations.start')}
          </button>
        </div>
      </div>

      <div className="card card-section quarter-bar">
        <div className="quarter-picker" role="group" aria-label={t('evaluations.quarter')}>
          <button type="button" className="button" onClick={() => onQuarter(previousQuarter(quarter))}>‹ {t('evaluations.previousQuarter')}</button>
          <label className="visually-hidden" htmlFor="evaluation-quarter">{t('evaluations.quarter')}</label>
          <select id="evaluation-quarter" value={quarter} onChange={(event) => onQuarter(event.target.value)}>
            {(choices ?? [quarter]).map((q) => (
              <option key={q} value={q}>{label(q)}</option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => onQuarter(nextQuarter(quarter))}>{t('evaluations.nextQuarter')} ›</button>
        </div>
        {summary && (
          <dl className="round-stats">
            <div><dt>{t('evaluations.stats.roster')}</dt><dd>{summary.rows.length}</dd></div>
            <div><dt>{t('evaluations.status.not-started')}</dt><dd>{summary.counts['not-started']}</dd></div>
            <div><dt>{t('evaluations.status.draft')}</dt><dd>{summary.counts.draft}</dd></div>
            <div><dt>{t('evaluations.status.final')}</dt><dd>{summary.counts.final}</dd></div>
            <div><dt>{t('evaluations.status.shared')}</dt><dd>{summary.counts.shared}</dd></div>
            <div><dt>{t('evaluations.stats.average')}</dt><dd>{formatScore(summary.averageScore, language)}</dd></div>
          </dl>
        )}
      </div>

      {message && <p className={`notice notice-${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>{message.text}</p>}

      {data === undefined ? (
        <p className="section-hint" role="status">{t('app.loading')}</p>
      ) : data.rows.length === 0 ? (
        <div className="card">
          <EmptyState icon={<TeamIcon size={40} />} title={t('evaluations.emptyTitle')} actions={data.members.length === 0 ? <LoadSampleButton /> : <Link href="/team" className="button">{t('evaluations.teamLink')}</Link>}>
            {t('evaluations.emptyBody')}
          </EmptyState>
        </div>
      ) : (
        <section className="card" aria-labelledby="round-title">
          <div className="card-section">
            <div className="section-head">
              <h3 id="round-title" className="section-title">{t('evaluations.tableLabel', { quarter: quarterLabel(quarter, language) })}</h3>
              <Link href="/team" className="section-link">{t('evaluations.teamLink')}</Link>
            </div>
            <table className="plain-table round-table">
              <thead>
                <tr>
                  <th scope="col">{t('evaluations.columns.member')}</th>
                  <th scope="col">{t('evaluations.columns.level')}</th>
                  <th scope="col">{t('evaluations.columns.evaluator')}</th>
                  <th scope="col">{t('evaluations.columns.status')}</th>
                  <th scope="col" className="align-end">{t('evaluations.columns.score')}</th>
                  <th scope="col">{t('evaluations.columns.band')}</th>
                  <th scope="col">{t('evaluations.columns.progress')}</th>
                  <th scope="col"><span className="visually-hidden">{t('evaluations.columns.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => {
                  const evaluator = row.evaluation?.evaluatorId ? data.members.find((m) => m.id === row.evaluation?.evaluatorId) : undefined;
                  return (
                    <tr key={row.member.id}>
                      <th scope="row" className="member-cell">
                        <Link href={`/team/${row.member.id}`}>{row.member.name}</Link>
                        {row.member.nameEn && <span className="cell-sub">{row.member.nameEn}</span>}
                      </th>
                      <td>{row.member.level}</td>
                      <td>{evaluator?.name ?? t('common.notSet')}</td>
                      <td><Badge tone={statusTone[row.status]}>{t(`evaluations.status.${row.status}`)}</Badge></td>
                      <td className="num align-end">
                        {formatScore(row.score?.score ?? null, language)}
                        {row.score && !row.score.complete && row.score.score !== null && <span className="cell-sub">{t('evaluations.provisional')}</span>}
                      </td>
                      <td>{row.score?.band ? <Badge tone={bandTone[row.score.band]}>{t(`evaluations.band.${row.score.band}`)}</Badge> : t('common.notSet')}</td>
                      <td>
                        {row.progress ? (
                          <div className="progress" title={t('evaluations.progressLabel', { done: row.progress.done, total: row.progress.total })}>
                            <progress max={row.progress.total} value={row.progress.done} aria-label={t('evaluations.progressOf', { name: row.member.name })} />
                            <span className="num">{row.progress.done}/{row.progress.total}</span>
                          </div>
                        ) : (
                          t('common.notSet')
                        )}
                      </td>
                      <td className="align-end">
                        {row.evaluation ? (
                          <Link href={`/evaluations/${row.evaluation.id}`} className="button button-small" aria-label={t('evaluations.openLabel', { name: row.member.name })}>
                            {t('evaluations.open')}
                          </Link>
                        ) : (
                          <button type="button" className="button button-small" onClick={() => void startOne(row, data)} aria-label={t('evaluations.startOneLabel', { name: row.member.name })}>
                            {t('evaluations.startOne')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {data && (
        <StartQuarterDialog
          open={starting}
          quarter={quarter}
          data={data}
          onClose={() => setStarting(false)}
          onStarted={(count) => {
            setStarting(false);
            setMessage({ tone: 'ok', text: t('evaluations.startDialog.created', { count }) });
          }}
        />
      )}
    </div>
  );
}
