// The pitch pipeline (#/pitches): stage board, table and figures over the same filters (type, stage, owner, year),
// with the totals of estimated and weighted value, stalled pitches, and a new pitch from here (#/pitches/new).
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { closedPitchStages, pitchStages, pitchTypes, type PitchStage } from '@shared/model/pitch';
import { pitchFigures } from '@shared/metrics/pitch-figures';
import { isOpenStage, pipelineTotals, type OpenStage } from '@shared/metrics/pitch-pipeline';
import { EmptyState } from '../../components/EmptyState';
import { LoadSampleButton } from '../../components/sample/LoadSampleButton';
import { PitchesIcon, PlusIcon } from '../../components/layout/icons';
import { movePitch, todayIso } from './pitch-actions';
import { applyFilters, noFilters, usePipeline, type PipelineFilters, type PitchRow } from './pitch-rows';
import { PitchBoard } from './PitchBoard';
import { PitchTable } from './PitchTable';
import { FiguresPanel, TotalsStrip } from './PitchFigures';
import { NewPitchDialog } from './NewPitchDialog';
import { OutcomeDialog, type OutcomeSaved } from './OutcomeDialog';
import { useSessionState } from './use-session-state';
import './pitches.css';

const views = ['board', 'table', 'figures'] as const;
type View = (typeof views)[number];

export function PitchesPage({ creating = false, accountId }: { creating?: boolean; accountId?: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const today = todayIso();
  const data = usePipeline(today);
  const [storedView, setView] = useSessionState<View>('pitches.view', 'table', 'local');
  const view: View = views.includes(storedView) ? storedView : 'table';
  const [filters, setFilters] = useSessionState<PipelineFilters>('pitches.filters', noFilters);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [closing, setClosing] = useState<{ row: PitchRow; open: boolean; n: number } | null>(null);

  const rows = useMemo(() => data?.rows ?? [], [data]);
  const filtered = useMemo(() => applyFilters(rows, filters), [rows, filters]);
  // The board shows every open stage as a column, so the stage filter does not hide columns there.
  const boardRows = useMemo(() => applyFilters(rows, filters, { ignoreStage: true }), [rows, filters]);
  const figures = useMemo(() => pitchFigures(filtered), [filtered]);
  const totals = useMemo(() => pipelineTotals(filtered), [filtered]);
  const years = useMemo(() => [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a), [rows]);
  const owners = useMemo(() => {
    const ids = new Set(rows.map((r) => r.ownerId).filter((id): id is string => id !== null));
    return (data?.members ?? []).filter((m) => ids.has(m.id)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [rows, data]);

  const onMove = async (row: PitchRow, stage: OpenStage) => {
    const result = await movePitch(row.id, stage, today);
    setNotice(result.ok
      ? { tone: 'ok', text: t('pitches.moved', { title: row.title, stage: t(`enums.pitchStage.${stage}`) }) }
      : { tone: 'error', text: t('pitches.moveFailed', { reason: result.issues.map((i) => i.message).join('; ') }) });
  };
  const onOutcomeSaved = (saved: OutcomeSaved) => {
    setClosing((current) => (current ? { ...current, open: false } : null));
    const title = closing?.row.title ?? '';
    setNotice({ tone: 'ok', text: `${t('pitches.outcome.saved', { title, result: t(`enums.pitchStage.${saved.result}`) })}${saved.accountActivated ? ` ${t('pitches.outcome.activated', { brand: saved.brand })}` : ''}` });
  };

  const setFilter = <K extends keyof PipelineFilters>(key: K, value: PipelineFilters[K]) => setFilters({ ...filters, [key]: value });
  const isFiltered = filters.type !== '' || filters.stage !== '' || filters.owner !== '' || filters.year !== '';
  const closedCounts = Object.fromEntries(closedPitchStages.map((s) => [s, boardRows.filter((r) => r.stage === s).length])) as Record<(typeof closedPitchStages)[number], number>;
  const stalled = filtered.filter((r) => r.stalled).length;

  const newButton = (
    <button type="button" className="button button-primary" onClick={() => navigate('/pitches/new')}>
      <PlusIcon size={16} />
      {t('pitches.new')}
    </button>
  );
  const dialog = (
    <NewPitchDialog
      // A link from an account page (#/pitches/new/:accountId) starts the form with that account chosen.
      key={accountId ?? 'any'}
      open={creating}
      accountId={accountId}
      onClose={() => navigate('/pitches')}
      onCreated={(id) => navigate(`/pitches/${id}`, { replace: true })}
    />
  );

  if (data !== undefined && rows.length === 0) {
    return (
      <div className="pitch-scope">
        <EmptyState icon={<PitchesIcon size={40} />} title={t('pitches.emptyTitle')} actions={<>{newButton}<LoadSampleButton /></>}>
          {t('pitches.emptyBody')}
        </EmptyState>
        {dialog}
      </div>
    );
  }

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? views.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const target = views[(next + views.length) % views.length] ?? 'board';
    setView(target);
    document.getElementById(`pitches-tab-${target}`)?.focus();
  };

  return (
    <div className="pitches-page pitch-scope">
      <div className="pitches-toolbar">
        <div role="tablist" aria-label={t('pitches.views.label')} className="segmented">
          {views.map((v, index) => (
            <button
              key={v}
              id={`pitches-tab-${v}`}
              type="button"
              role="tab"
              aria-selected={view === v}
              aria-controls="pitches-view"
              tabIndex={view === v ? 0 : -1}
              onClick={() => setView(v)}
              onKeyDown={(event) => onTabKey(event, index)}
            >
              {t(`pitches.views.${v}`)}
            </button>
          ))}
        </div>
        <div className="pitch-filters" role="group" aria-label={t('pitches.filters.label')}>
          <label>
            <span>{t('pitches.filters.type')}</span>
            <select value={filters.type} onChange={(e) => setFilter('type', e.target.value as PipelineFilters['type'])}>
              <option value="">{t('table.all')}</option>
              {pitchTypes.map((type) => <option key={type} value={type}>{t(`enums.pitchType.${type}`)}</option>)}
            </select>
          </label>
          <label>
            <span>{t('pitches.filters.stage')}</span>
            <select value={filters.stage} onChange={(e) => setFilter('stage', e.target.value as PitchStage | '')}>
              <option value="">{t('table.all')}</option>
              {pitchStages.map((stage) => <option key={stage} value={stage}>{t(`enums.pitchStage.${stage}`)}</option>)}
            </select>
          </label>
          <label>
            <span>{t('pitches.filters.owner')}</span>
            <select value={filters.owner} onChange={(e) => setFilter('owner', e.target.value)}>
              <option value="">{t('table.all')}</option>
              {owners.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
            </select>
          </label>
          <label>
            <span>{t('pitches.filters.year')}</span>
            <select value={filters.year} onChange={(e) => setFilter('year', e.target.value)}>
              <option value="">{t('table.all')}</option>
              {years.map((y) => <option key={y} value={String(y)}>{y}</option>)}
            </select>
          </label>
          {isFiltered && <button type="button" className="button button-ghost" onClick={() => setFilters(noFilters)}>{t('table.clearFilters')}</button>}
        </div>
        <div className="toolbar-end">{newButton}</div>
      </div>

      <TotalsStrip totals={totals} stalled={stalled} figures={figures} staleDays={data?.settings.pitchStaleDays ?? 21} />

      <p className="pitches-notice" role="status">
        {notice && <span className={notice.tone === 'error' ? 'field-error' : 'saved-note'}>{notice.text}</span>}
      </p>

      <div
        id="pitches-view"
        role="tabpanel"
        aria-labelledby={`pitches-tab-${view}`}
        className={`pitches-view pitches-view-${view}`}
        // The figures scroll and hold nothing focusable: the panel itself takes focus so the keyboard can scroll it.
        tabIndex={view === 'figures' ? 0 : undefined}
      >
        {data === undefined ? (
          <p className="section-hint" role="status">{t('app.loading')}</p>
        ) : view === 'board' ? (
          <PitchBoard
            open={boardRows.filter((r) => isOpenStage(r.stage))}
            closedCounts={closedCounts}
            onMove={(row, stage) => void onMove(row, stage)}
            onClose={(row) => setClosing((current) => ({ row, open: true, n: (current?.n ?? 0) + 1 }))}
            onShowClosed={(stage) => {
              setFilters({ ...filters, stage });
              setView('table');
            }}
          />
        ) : view === 'table' ? (
          <PitchTable rows={filtered} onOpen={(row) => navigate(`/pitches/${row.id}`)} />
        ) : (
          <FiguresPanel figures={figures} />
        )}
      </div>

      {closing && (
        <OutcomeDialog
          key={closing.n}
          open={closing.open}
          pitch={closing.row}
          accountName={closing.row.accountName}
          accountIsProspect={closing.row.accountStatus === 'prospect'}
          lostReasons={data?.settings.lostReasons ?? []}
          onClose={() => setClosing({ ...closing, open: false })}
          onSaved={onOutcomeSaved}
        />
      )}
      {dialog}
    </div>
  );
}
