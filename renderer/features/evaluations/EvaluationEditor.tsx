// The evaluation form and its life: drafts save as you type (and on leaving), finalising checks every dimension is
// scored and locks the evaluation, sharing records the member's comment, reopening is explicit; Word export.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { finaliseProblems } from '@shared/metrics/evaluation-score';
import { quarterLabel } from '@shared/metrics/quarters';
import { repos } from '../../db';
import { Badge } from '../../components/Badge';
import { Dialog } from '../../components/dialog/Dialog';
import { ChevronLeftIcon, DownloadIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import { validationErrorMap } from '../../i18n/validation';
import { readEvidence, type EvaluationContext } from './evaluation-data';
import { evaluationFormSchema, fromFormValues, toFormValues, type EvaluationFormValues } from './evaluation-form-values';
import { DirectorsSection, GoalsReviewSection, GoalsSection, KpiSection, PlanSection, ScoresSection, WrittenSection } from './EvaluationSections';
import { EvidencePanel, ScoreCard } from './EvaluationRail';
import { TrendPanel } from './TrendPanel';
import { exportEvaluationForm, type ExportOutcome } from './export-evaluations';
import { statusTone } from './evaluation-ui';

/** How long typing must pause before a draft saves itself. */
const AUTOSAVE_MS = 900;

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'invalid' } | { kind: 'failed'; reason: string };
type DialogKind = 'finalise' | 'share' | 'reopen' | null;
type ExportState = { kind: 'idle' } | { kind: 'busy' } | ({ kind: 'done' } & ExportOutcome);

export function EvaluationEditor({ context }: { context: EvaluationContext }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { evaluation, member, members } = context;
  const locked = evaluation.status !== 'draft';
  const methods = useForm<EvaluationFormValues>({
    defaultValues: toFormValues(evaluation),
    resolver: zodResolver(evaluationFormSchema, { error: validationErrorMap }),
    mode: 'onBlur',
  });
  const { getValues, trigger, subscribe } = methods;
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [dialog, setDialog] = useState<DialogKind>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  const [memberComment, setMemberComment] = useState(evaluation.memberComment);
  const evidence = useLiveQuery(() => readEvidence(evaluation.memberId, evaluation.quarter), [evaluation.memberId, evaluation.quarter]);

  // Changes are counted so a save knows whether typing continued while it ran.
  const edits = useRef(0);
  const saved = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const persist = useCallback(
    async (mode: 'auto' | 'manual'): Promise<boolean> => {
      if (locked) return true;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const version = edits.current;
      const parsed = evaluationFormSchema.safeParse(getValues());
      if (!parsed.success) {
        if (mode === 'manual') await trigger();
        setSaveState({ kind: 'invalid' });
        return false;
      }
      if (mode === 'auto' && version === saved.current) return true;
      setSaveState({ kind: 'saving' });
      const run = queue.current.then(async () => {
        const r = repos().evaluations;
        const current = await r.get(evaluation.id);
        if (!current) return { ok: false as const, issues: [{ field: '', code: 'reference', message: t('evaluations.notFound') }] };
        return r.save({ ...current, ...fromFormValues(parsed.data) });
      });
      queue.current = run.catch(() => undefined);
      const result = await run;
      if (result.ok) {
        saved.current = Math.max(saved.current, version);
        setSaveState({ kind: 'saved', at: new Date() });
        return true;
      }
      // A lock refusal means someone finalised it meanwhile (another window): say so in the user's language.
      const refused = result.issues.some((i) => i.code === 'immutable');
      setSaveState({ kind: 'failed', reason: refused ? t('evaluations.form.lockedShort') : result.issues.map((i) => i.message).join('; ') });
      return false;
    },
    [locked, getValues, trigger, evaluation.id, t],
  );

  useEffect(() => {
    if (locked) return;
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: () => {
        edits.current++;
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => void persist('auto'), AUTOSAVE_MS);
      },
    });
    return () => {
      unsubscribe();
      // Leaving the page never loses what was typed: a pending save runs now.
      if (timer.current) {
        clearTimeout(timer.current);
        void persist('auto');
      }
    };
  }, [locked, subscribe, persist]);

  const names = new Map(evaluation.framework.dimensions.map((d) => [d.key, language === 'zh-CN' ? d.nameZh : d.nameEn]));

  const onFinalise = async () => {
    setProblem(null);
    if (!(await persist('manual'))) return;
    const problems = finaliseProblems({ framework: evaluation.framework, scores: fromFormValues(getValues()).scores });
    const missing = problems.flatMap((p) => p.keys);
    if (missing.length > 0) {
      setProblem(t('evaluations.form.cannotFinalise', { names: missing.map((k) => names.get(k) ?? k).join(language === 'zh-CN' ? '、' : ', ') }));
      return;
    }
    setDialog('finalise');
  };

  const runStatus = async (action: () => Promise<{ ok: boolean; issues?: { message: string }[] }>) => {
    setBusy(true);
    const result = await action();
    setBusy(false);
    if (result.ok) setDialog(null);
    else {
      setDialog(null);
      setProblem(t('common.saveFailed', { reason: result.issues?.map((i) => i.message).join('; ') ?? '' }));
    }
  };

  const onExport = async () => {
    setExportState({ kind: 'busy' });
    if (!locked && !(await persist('manual'))) {
      setExportState({ kind: 'idle' });
      return;
    }
    // The evidence on screen is what the form prints: no need to read the quarter's briefs and pitches again.
    setExportState({ kind: 'done', ...(await exportEvaluationForm(evaluation.id, language, evidence)) });
  };

  const evaluator = evaluation.evaluatorId ? members.find((m) => m.id === evaluation.evaluatorId) : undefined;
  const evaluatorChoices = members.filter((m) => !m.deletedAt && m.id !== evaluation.memberId && (m.active || m.id === evaluation.evaluatorId));
  const memberName = member?.name ?? t('common.notSet');

  return (
    <FormProvider {...methods}>
      <div className="stack evaluations">
        <div className="page-header">
          <div>
            <p className="breadcrumb">
              <Link href="/evaluations"><ChevronLeftIcon size={13} /> {t('evaluations.backToOverview')}</Link>
            </p>
            <div className="account-head">
              <h2 className="account-title">{memberName}</h2>
              <Badge tone={statusTone[evaluation.status]}>{t(`evaluations.status.${evaluation.status}`)}</Badge>
            </div>
            <p className="page-subtitle">
              {[quarterLabel(evaluation.quarter, language), member ? `${member.level} · ${member.title}` : '', evaluator ? t('evaluations.form.evaluatorIs', { name: evaluator.name }) : '']
                .filter(Boolean)
                .join(' · ')}
            </p>
          </div>
          <div className="actions">
            <span role="status" className="export-status">
              {exportState.kind === 'busy' && t('evaluations.exporting')}
              {exportState.kind === 'done' && exportState.ok && (exportState.saved ? t('evaluations.formExported') : t('evaluations.exportCancelled'))}
              {exportState.kind === 'done' && !exportState.ok && <span className="field-error">{t('evaluations.exportFailed', { reason: exportState.reason })}</span>}
            </span>
            <button type="button" className="button" onClick={() => void onExport()} disabled={exportState.kind === 'busy'}>
              <DownloadIcon size={16} />
              {t('evaluations.exportForm')}
            </button>
          </div>
        </div>

        {locked && (
          <p className="notice notice-info" role="note">
            {evaluation.status === 'shared'
              ? t('evaluations.form.lockedShared', { date: formatDate(evaluation.finalisedAt, language) })
              : t('evaluations.form.lockedFinal', { date: formatDate(evaluation.finalisedAt, language) })}
          </p>
        )}
        {problem && <p className="notice notice-error" role="alert">{problem}</p>}

        <div className="evaluation-layout">
          <form className="evaluation-main" noValidate onSubmit={(event) => {
            event.preventDefault();
            void persist('manual');
          }}>
            <fieldset className="bare-fieldset stack" disabled={locked}>
              <legend className="visually-hidden">{t('evaluations.form.legend', { name: memberName, quarter: quarterLabel(evaluation.quarter, language) })}</legend>
              <section className="card card-section" aria-labelledby="basics-title">
                <h3 id="basics-title" className="section-title">{t('evaluations.form.basics')}</h3>
                <div className="form-grid">
                  <div className="field">
                    <label htmlFor="evaluator">{t('evaluations.form.evaluator')}</label>
                    <select id="evaluator" {...methods.register('evaluatorId')}>
                      <option value="">{t('evaluations.form.noEvaluator')}</option>
                      {evaluatorChoices.map((m) => <option key={m.id} value={m.id}>{`${m.name} · ${m.level}`}</option>)}
                    </select>
                  </div>
                  <div className="field">
                    <span className="field-label">{t('evaluations.form.framework')}</span>
                    <span className="field-static">{evaluation.framework.name || t('common.notSet')}</span>
                  </div>
                </div>
              </section>
              <ScoresSection framework={evaluation.framework} />
              <KpiSection />
              <DirectorsSection members={members} />
              <GoalsReviewSection previous={context.previous} locked={locked} />
              <WrittenSection />
              <GoalsSection />
              <PlanSection locked={locked} />
            </fieldset>
          </form>

          <aside className="evaluation-rail" aria-label={t('evaluations.form.rail')}>
            <ScoreCard framework={evaluation.framework} />
            <section className="card card-section status-card" aria-labelledby="status-title">
              <h3 id="status-title" className="rail-title">{t('evaluations.form.statusTitle')}</h3>
              <p className="rail-note" role="status">
                {saveState.kind === 'saving' && t('common.saving')}
                {saveState.kind === 'saved' && t('evaluations.form.savedAt', { time: saveState.at.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' }) })}
                {saveState.kind === 'invalid' && <span className="field-error">{t('evaluations.form.invalid')}</span>}
                {saveState.kind === 'failed' && <span className="field-error">{t('common.saveFailed', { reason: saveState.reason })}</span>}
                {saveState.kind === 'idle' && (locked ? t('evaluations.form.lockedShort') : t('evaluations.form.autosave'))}
              </p>
              <div className="status-actions">
                {evaluation.status === 'draft' && (
                  <>
                    <button type="button" className="button" onClick={() => void persist('manual')}>{t('common.save')}</button>
                    <button type="button" className="button button-primary" onClick={() => void onFinalise()}>{t('evaluations.form.finalise')}</button>
                  </>
                )}
                {evaluation.status === 'final' && (
                  <button type="button" className="button button-primary" onClick={() => setDialog('share')}>{t('evaluations.form.markShared')}</button>
                )}
                {evaluation.status === 'shared' && (
                  <button type="button" className="button" onClick={() => setDialog('share')}>{t('evaluations.form.editMemberComment')}</button>
                )}
                {locked && (
                  <button type="button" className="button button-ghost" onClick={() => setDialog('reopen')}>{t('evaluations.form.reopen')}</button>
                )}
              </div>
            </section>
            <EvidencePanel evidence={evidence} />
          </aside>
        </div>

        <TrendPanel trend={context.trend} memberName={memberName} currentId={evaluation.id} />

        <Dialog
          open={dialog === 'finalise'}
          onClose={() => setDialog(null)}
          title={t('evaluations.form.finaliseTitle', { name: memberName })}
          description={t('evaluations.form.finaliseBody')}
          footer={
            <div className="form-actions">
              <button type="button" className="button" onClick={() => setDialog(null)}>{t('common.cancel')}</button>
              <button type="button" className="button button-primary" disabled={busy} onClick={() => void runStatus(() => repos().evaluations.finalise(evaluation.id))}>
                {t('evaluations.form.finaliseConfirm')}
              </button>
            </div>
          }
        >
          <p>{t('evaluations.form.finaliseDetail')}</p>
        </Dialog>

        <Dialog
          open={dialog === 'share'}
          onClose={() => setDialog(null)}
          title={evaluation.status === 'shared' ? t('evaluations.form.editMemberComment') : t('evaluations.form.shareTitle', { name: memberName })}
          description={t('evaluations.form.shareBody')}
          footer={
            <div className="form-actions">
              <button type="button" className="button" onClick={() => setDialog(null)}>{t('common.cancel')}</button>
              <button type="button" className="button button-primary" disabled={busy} onClick={() => void runStatus(() => repos().evaluations.share(evaluation.id, memberComment))}>
                {evaluation.status === 'shared' ? t('common.save') : t('evaluations.form.shareConfirm')}
              </button>
            </div>
          }
        >
          <div className="field">
            <label htmlFor="share-comment">{t('evaluations.form.memberComment')}</label>
            <textarea id="share-comment" rows={5} value={memberComment} onChange={(event) => setMemberComment(event.target.value)} />
          </div>
        </Dialog>

        <Dialog
          open={dialog === 'reopen'}
          onClose={() => setDialog(null)}
          title={t('evaluations.form.reopenTitle', { name: memberName })}
          description={t('evaluations.form.reopenBody')}
          footer={
            <div className="form-actions">
              <button type="button" className="button" onClick={() => setDialog(null)}>{t('common.cancel')}</button>
              <button type="button" className="button button-primary" disabled={busy} onClick={() => void runStatus(() => repos().evaluations.reopen(evaluation.id))}>
                {t('evaluations.form.reopenConfirm')}
              </button>
            </div>
          }
        >
          <p>{t('evaluations.form.reopenDetail')}</p>
        </Dialog>
      </div>
    </FormProvider>
  );
}
