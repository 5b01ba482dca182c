// One pitch (#/pitches/:id): header with stage, client and exports; the stage stepper; then every section — key facts,
// preparation plan, rounds, pitch-or-pass scorecard, brief and strategy, competitors, client panel, team, outcome.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { openPitchStages, type Pitch } from '@shared/model/pitch';
import { lostReasonLabel } from '@shared/metrics/pitch-figures';
import { isOpenStage, isStalled, daysSinceActivity, type OpenStage } from '@shared/metrics/pitch-pipeline';
import { repos } from '../../db';
import { Badge, accountStatusTone, pitchStageTone } from '../../components/Badge';
import { ChevronLeftIcon, DownloadIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import { movePitch, reopenPitch, todayIso } from './pitch-actions';
import { exportPitchDocument, type PitchDocumentKind } from './export-pitch';
import { OutcomeDialog, type OutcomeSaved } from './OutcomeDialog';
import { PitchOverviewSection, PitchStrategySection } from './PitchOverviewSection';
import { PitchCompetitorsSection, PitchPanelSection, PitchRoundsSection, PitchTeamSection } from './PitchListSections';
import { PitchPlanSection } from './PitchPlanSection';
import { PitchScorecardSection } from './PitchScorecardSection';
import { SectionCard } from './SectionCard';
import './pitches.css';

async function readPitch(id: string) {
  const r = repos();
  const pitch = await r.pitches.get(id);
  if (!pitch || pitch.deletedAt !== null) return null;
  const [account, members, settings] = await Promise.all([r.accounts.get(pitch.accountId), r.members.list(), r.settings.get()]);
  return { pitch, account: account && account.deletedAt === null ? account : null, members, settings };
}

type Notice = { tone: 'ok' | 'error'; text: string } | null;
type ExportState = { kind: 'idle' } | { kind: 'busy'; doc: PitchDocumentKind } | { kind: 'done'; saved: boolean } | { kind: 'failed'; reason: string };

const jumpTargets = ['overview', 'plan', 'rounds', 'scorecard', 'strategy', 'competitors', 'panel', 'team', 'outcome'] as const;

export function PitchPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = todayIso();
  const data = useLiveQuery(() => readPitch(id), [id]);
  const [notice, setNotice] = useState<Notice>(null);
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  const [outcome, setOutcome] = useState<{ open: boolean; n: number }>({ open: false, n: 0 });

  if (data === undefined) return <p className="section-hint" role="status">{t('app.loading')}</p>;
  if (data === null) {
    return (
      <div className="card card-section pitch-scope">
        <p role="alert">{t('pitches.notFound')}</p>
        <p style={{ marginTop: 12 }}><Link href="/pitches">{t('common.backTo', { page: t('nav.pitches') })}</Link></p>
      </div>
    );
  }

  const { pitch, account, members, settings } = data;
  const owner = members.find((m) => m.id === pitch.ownerId);
  const open = isOpenStage(pitch.stage);
  const stalled = isStalled(pitch, today, settings.pitchStaleDays);

  const onMove = async (stage: OpenStage) => {
    const result = await movePitch(pitch.id, stage, today);
    setNotice(result.ok
      ? { tone: 'ok', text: t('pitches.moved', { title: pitch.title, stage: t(`enums.pitchStage.${stage}`) }) }
      : { tone: 'error', text: t('pitches.moveFailed', { reason: result.issues.map((i) => i.message).join('; ') }) });
  };
  const onExport = async (doc: PitchDocumentKind) => {
    setExportState({ kind: 'busy', doc });
    const result = await exportPitchDocument(pitch.id, doc, language);
    setExportState(result.ok ? { kind: 'done', saved: result.saved } : { kind: 'failed', reason: result.reason });
  };
  const onOutcomeSaved = (saved: OutcomeSaved) => {
    setOutcome((o) => ({ ...o, open: false }));
    setNotice({ tone: 'ok', text: `${t('pitches.outcome.saved', { title: pitch.title, result: t(`enums.pitchStage.${saved.result}`) })}${saved.accountActivated ? ` ${t('pitches.outcome.activated', { brand: saved.brand })}` : ''}` });
  };
  const onReopen = async () => {
    const result = await reopenPitch(pitch.id);
    setNotice(result.ok ? { tone: 'ok', text: t('pitches.outcome.reopened') } : { tone: 'error', text: t('common.saveFailed', { reason: result.issues.map((i) => i.message).join('; ') }) });
  };
  const jump = (target: (typeof jumpTargets)[number]) => {
    const section = document.getElementById(`pitch-${target}`);
    section?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    document.getElementById(`pitch-${target}-title`)?.focus({ preventScroll: true });
  };

  return (
    <div className="stack pitch-page pitch-scope">
      <div className="page-header">
        <div>
          <p className="breadcrumb">
            <Link href="/pitches"><ChevronLeftIcon size={13} /> {t('common.backTo', { page: t('nav.pitches') })}</Link>
          </p>
          <div className="account-head">
            <h2 className="account-title">{pitch.title}</h2>
            <Badge tone={pitchStageTone(pitch.stage)}>{t(`enums.pitchStage.${pitch.stage}`)}</Badge>
            <Badge tone="plain">{t(`enums.pitchType.${pitch.type}`)}</Badge>
            {stalled && <Badge tone="warn">{t('pitches.stalled', { days: daysSinceActivity(pitch, today) })}</Badge>}
          </div>
          <p className="page-subtitle pitch-subtitle">
            {account ? <Link href={`/accounts/${account.id}`}>{account.brand}</Link> : t('pitches.noAccount')}
            {account && <Badge tone={accountStatusTone[account.status]}>{t(`enums.accountStatus.${account.status}`)}</Badge>}
            {owner && <span>{t('pitches.ownedBy', { name: owner.name })}</span>}
            {pitch.pitchDate && <span className="num">{t('pitches.pitchOn', { date: formatDate(pitch.pitchDate, language) })}</span>}
          </p>
        </div>
        <div className="actions">
          <span role="status" className="export-status">
            {exportState.kind === 'busy' && t('pitches.export.busy')}
            {exportState.kind === 'done' && (exportState.saved ? t('pitches.export.done') : t('pitches.export.cancelled'))}
            {exportState.kind === 'failed' && <span className="field-error">{t('pitches.export.failed', { reason: exportState.reason })}</span>}
          </span>
          {!open && (
            <button type="button" className="button" onClick={() => void onExport('post-mortem')} disabled={exportState.kind === 'busy'}>
              <DownloadIcon size={16} />
              {t('pitches.export.postMortem')}
            </button>
          )}
          <button type="button" className="button button-primary" onClick={() => void onExport('pack')} disabled={exportState.kind === 'busy'}>
            <DownloadIcon size={16} />
            {t('pitches.export.pack')}
          </button>
        </div>
      </div>

      <nav className="stage-stepper" aria-label={t('pitches.stepper.label')}>
        <ol>
          {openPitchStages.map((stage, index) => {
            const reached = open ? openPitchStages.indexOf(pitch.stage as OpenStage) >= index : pitch.rounds.some((r) => r.stage === stage);
            const current = pitch.stage === stage;
            return (
              <li key={stage} className={`${reached ? 'is-reached' : ''}${current ? ' is-current' : ''}`}>
                <button type="button" aria-current={current ? 'step' : undefined} disabled={current || !open} onClick={() => void onMove(stage)} aria-label={current ? t('pitches.stepper.current', { stage: t(`enums.pitchStage.${stage}`) }) : t('pitches.board.moveTo', { stage: t(`enums.pitchStage.${stage}`) })}>
                  <span className="step-index num" aria-hidden="true">{index + 1}</span>
                  <span>{t(`enums.pitchStage.${stage}`)}</span>
                </button>
              </li>
            );
          })}
          <li className={`step-outcome${open ? '' : ' is-current'}`}>
            {open ? (
              <button type="button" className="button button-small" onClick={() => setOutcome((o) => ({ open: true, n: o.n + 1 }))}>{t('pitches.board.recordOutcome')}</button>
            ) : (
              <Badge tone={pitchStageTone(pitch.stage)}>{t(`enums.pitchStage.${pitch.stage}`)}</Badge>
            )}
          </li>
        </ol>
      </nav>

      <p className="pitch-notice" role="status">
        {notice && <span className={notice.tone === 'error' ? 'field-error' : 'saved-note'}>{notice.text}</span>}
      </p>

      <nav className="jump-links" aria-label={t('pitches.jump.label')}>
        {jumpTargets.map((target) => (
          <button key={target} type="button" className="link-button" onClick={() => jump(target)}>{t(`pitches.sections.${target}`)}</button>
        ))}
      </nav>

      <PitchOverviewSection pitch={pitch} members={members} />
      <PitchPlanSection pitch={pitch} members={members} settings={settings} today={today} />
      <div className="grid-2 pitch-grid">
        <PitchRoundsSection pitch={pitch} />
        <PitchScorecardSection pitch={pitch} />
      </div>
      <PitchStrategySection pitch={pitch} />
      <PitchCompetitorsSection pitch={pitch} />
      <PitchPanelSection pitch={pitch} members={members} />
      <PitchTeamSection pitch={pitch} members={members} />
      <OutcomeSection pitch={pitch} onRecord={() => setOutcome((o) => ({ open: true, n: o.n + 1 }))} onReopen={() => void onReopen()} />

      <OutcomeDialog
        key={outcome.n}
        open={outcome.open}
        pitch={pitch}
        accountName={account?.brand ?? ''}
        accountIsProspect={account?.status === 'prospect'}
        lostReasons={settings.lostReasons}
        onClose={() => setOutcome((o) => ({ ...o, open: false }))}
        onSaved={onOutcomeSaved}
      />
    </div>
  );
}

function OutcomeSection({ pitch, onRecord, onReopen }: { pitch: Pitch; onRecord: () => void; onReopen: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const o = pitch.outcome;
  const notSet = t('common.notSet');
  return (
    <SectionCard
      id="pitch-outcome"
      title={t('pitches.sections.outcome')}
      hint={o ? undefined : t('pitches.outcome.notDecided')}
      actions={
        <>
          {o && <button type="button" className="button button-ghost" onClick={onReopen}>{t('pitches.outcome.reopen')}</button>}
          <button type="button" className="button" onClick={onRecord}>{o ? t('pitches.outcome.edit') : t('pitches.board.recordOutcome')}</button>
        </>
      }
    >
      {o && (
        <dl className="facts">
          <div><dt>{t('pitches.outcome.result')}</dt><dd><Badge tone={pitchStageTone(o.result)}>{t(`enums.pitchStage.${o.result}`)}</Badge></dd></div>
          <div><dt>{t('pitches.outcome.decidedOn')}</dt><dd className="num">{formatDate(o.decidedOn, language) || notSet}</dd></div>
          <div><dt>{t('pitches.outcome.winningAgency')}</dt><dd>{o.winningAgency || notSet}</dd></div>
          <div><dt>{t('pitches.outcome.lostReason')}</dt><dd>{o.lostReason ? lostReasonLabel(o.lostReason, language) : notSet}</dd></div>
          <div className="wide"><dt>{t('pitches.outcome.clientFeedback')}</dt><dd className="pre-wrap">{o.clientFeedback || notSet}</dd></div>
          <div className="wide"><dt>{t('pitches.outcome.whatWorked')}</dt><dd className="pre-wrap">{o.whatWorked || notSet}</dd></div>
          <div className="wide"><dt>{t('pitches.outcome.whatDidNot')}</dt><dd className="pre-wrap">{o.whatDidNot || notSet}</dd></div>
          <div className="wide"><dt>{t('pitches.outcome.lessons')}</dt><dd className="pre-wrap">{o.lessons || notSet}</dd></div>
        </dl>
      )}
    </SectionCard>
  );
}
