// Starting a quarter in one step: one draft for each member of the round without one (all ticked), on the current
// framework, each carrying their goals of last quarter to review.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planQuarterStart } from '@shared/metrics/evaluation-round';
import { quarterLabel } from '@shared/metrics/quarters';
import { repos } from '../../db';
import { Dialog } from '../../components/dialog/Dialog';
import { useLanguage } from '../../components/use-language';
import type { QuarterData } from './evaluation-data';

type StartQuarterDialogProps = {
  open: boolean;
  quarter: string;
  data: QuarterData;
  onClose: () => void;
  onStarted: (count: number) => void;
};

export function StartQuarterDialog({ open, quarter, data, onClose, onStarted }: StartQuarterDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const plan = useMemo(
    () => planQuarterStart({ quarter, members: data.members, evaluations: [...data.evaluations, ...data.previousEvaluations], framework: data.settings.framework }),
    [quarter, data],
  );
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(plan.map((d) => d.memberId)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Every opening starts with everyone ticked.
  useEffect(() => {
    if (open) {
      setChosen(new Set(plan.map((d) => d.memberId)));
      setError(null);
    }
  }, [open, plan]);

  const names = new Map(data.members.map((m) => [m.id, m]));
  const framework = data.settings.framework;
  const count = plan.filter((d) => chosen.has(d.memberId)).length;

  const onCreate = async () => {
    setBusy(true);
    setError(null);
    const result = await repos().evaluations.startQuarter(plan.filter((d) => chosen.has(d.memberId)));
    setBusy(false);
    if (result.ok) onStarted(result.record.length);
    else setError(t('evaluations.startDialog.failed', { reason: result.issues[0]?.message ?? '' }));
  };

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('evaluations.startDialog.title', { quarter: quarterLabel(quarter, language) })}
      description={t('evaluations.startDialog.intro', { framework: framework.name || t('evaluations.startDialog.unnamedFramework'), count: framework.dimensions.length })}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {error && <span className="field-error">{error}</span>}
          </span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="button button-primary" onClick={() => void onCreate()} disabled={busy || count === 0}>
            {busy ? t('evaluations.startDialog.creating') : t('evaluations.startDialog.submit', { count })}
          </button>
        </div>
      }
    >
      {plan.length === 0 ? (
        <p>{t('evaluations.startDialog.nothing')}</p>
      ) : (
        <fieldset className="start-list">
          <legend>{t('evaluations.startDialog.members')}</legend>
          <label className="check-row check-all">
            <input
              type="checkbox"
              checked={count === plan.length}
              ref={(input) => {
                if (input) input.indeterminate = count > 0 && count < plan.length;
              }}
              onChange={(event) => setChosen(event.target.checked ? new Set(plan.map((d) => d.memberId)) : new Set())}
            />
            <span>{t('evaluations.startDialog.selectAll', { count: plan.length })}</span>
          </label>
          <ul>
            {plan.map((draft) => {
              const member = names.get(draft.memberId);
              const evaluator = draft.evaluatorId ? names.get(draft.evaluatorId) : undefined;
              return (
                <li key={draft.memberId}>
                  <label className="check-row">
                    <input type="checkbox" checked={chosen.has(draft.memberId)} onChange={(event) => toggle(draft.memberId, event.target.checked)} />
                    <span className="check-main">
                      <strong>{member?.name}</strong> <span className="cell-sub-inline">{member?.level}</span>
                    </span>
                    <span className="check-meta">
                      {evaluator ? t('evaluations.startDialog.evaluator', { name: evaluator.name }) : t('evaluations.startDialog.noEvaluator')}
                      {' · '}
                      {draft.previousGoalsReview.length > 0
                        ? t('evaluations.startDialog.carried', { count: draft.previousGoalsReview.length })
                        : t('evaluations.startDialog.noGoals')}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
    </Dialog>
  );
}
