// The health tab: the level and every reason with its figure, the rules behind them, and a manual override that
// needs a reason (and can be cleared, returning to the computed level).
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { healthLevels, type HealthLevel } from '@shared/model/account';
import { healthRules } from '@shared/metrics/health';
import { nowIso, shortText } from '@shared/model/common';
import { repos } from '../../db';
import { Badge } from '../../components/Badge';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import { validationErrorMap } from '../../i18n/validation';
import type { AccountPageData } from './account-data';
import { accountMessage, useErrorText, useIssueReason } from './form-support';
import { HealthBadge } from './HealthBadge';
import { healthTone, useHealthReasonText } from './health-text';

export function HealthPanel({ data }: { data: AccountPageData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reasonText = useHealthReasonText();
  const issueReason = useIssueReason();
  const { account, figures } = data;
  const health = figures.health;
  const override = account.healthOverride;
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const clear = async () => {
    const result = await repos().accounts.save({ id: account.id, brand: account.brand, healthOverride: null });
    setStatus(result.ok ? { ok: true, text: t('account.health.cleared', { level: t(`enums.health.${health.computedLevel}`) }) } : { ok: false, text: t('common.saveFailed', { reason: result.issues.map(issueReason).join('; ') }) });
  };

  return (
    <div className="stack">
      <section className="card card-section" aria-labelledby="account-health">
        <div className="acct-panel-head">
          <h3 id="account-health" className="section-title">{t('account.health.title')}</h3>
          <span className="acct-panel-status" role="status">
            {status && <span className={status.ok ? 'saved-note' : 'field-error'}>{status.text}</span>}
          </span>
        </div>
        <div className="acct-health-summary">
          <HealthBadge health={health} />
          <p>{health.overridden ? t('account.health.overriddenSummary', { computed: t(`enums.health.${health.computedLevel}`) }) : t('account.health.computedSummary')}</p>
        </div>
        {health.reasons.length === 0 ? (
          <p className="section-hint health-clear">{t('account.health.allClear')}</p>
        ) : (
          <ul className="acct-reason-list" aria-label={t('account.health.reasonsLabel')}>
            {health.reasons.map((reason, index) => (
              <li key={`${reason.code}-${index}`}>
                <Badge tone={healthTone[reason.level]}>{t(`enums.health.${reason.level}`)}</Badge>
                <span>{reasonText(reason)}</span>
              </li>
            ))}
          </ul>
        )}
        <details className="acct-rules">
          <summary>{t('account.health.rulesTitle')}</summary>
          <ul>
            <li>{t('account.health.rules.overdue', { days: healthRules.overdueRedDays })}</li>
            <li>{t('account.health.rules.rate', { amber: Math.round(healthRules.collectionRateAmber * 100), red: Math.round(healthRules.collectionRateRed * 100) })}</li>
            <li>{t('account.health.rules.silence', { amber: healthRules.decisionMakerSilenceAmberDays, red: healthRules.decisionMakerSilenceRedDays })}</li>
            <li>{t('account.health.rules.lostPitch', { days: healthRules.lostPitchWindowDays })}</li>
            <li>{t('account.health.rules.revisions', { versions: healthRules.briefRevisionsAmber, days: healthRules.briefRevisionsWindowDays })}</li>
          </ul>
        </details>
      </section>

      <section className="card card-section" aria-labelledby="account-health-override">
        <div className="acct-panel-head">
          <h3 id="account-health-override" className="section-title">{t('account.health.overrideTitle')}</h3>
          <div className="acct-panel-actions">
            {override && <button type="button" className="button" onClick={() => void clear()}>{t('account.health.clear')}</button>}
            <button type="button" className="button" onClick={() => { setStatus(null); setEditing(true); }}>
              {override ? t('account.health.changeOverride') : t('account.health.setOverride')}
            </button>
          </div>
        </div>
        {override ? (
          <p className="acct-override-line">
            <Badge tone={healthTone[override.level]}>{t(`enums.health.${override.level}`)}</Badge>
            <span className="pre-wrap">{override.reason}</span>
            <span className="cell-sub">{t('account.health.setOn', { date: formatDate(override.setAt, language) })}</span>
          </p>
        ) : (
          <p className="section-hint">{t('account.health.noOverride')}</p>
        )}
      </section>

      <OverrideDialog
        open={editing}
        data={data}
        onClose={() => setEditing(false)}
        onSaved={(level) => {
          setEditing(false);
          setStatus({ ok: true, text: t('account.health.overrideSaved', { level: t(`enums.health.${level}`) }) });
        }}
      />
    </div>
  );
}

type OverrideValues = { level: HealthLevel; reason: string };

const overrideSchema = z.object({
  level: z.enum(healthLevels),
  reason: shortText.refine((v) => v.trim() !== '', { message: accountMessage('reasonRequired') }),
});

function OverrideDialog({ open, data, onClose, onSaved }: { open: boolean; data: AccountPageData; onClose: () => void; onSaved: (level: HealthLevel) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const issueReason = useIssueReason();
  const { account, figures } = data;
  const [formError, setFormError] = useState<string | null>(null);
  const initial = (): OverrideValues => ({ level: account.healthOverride?.level ?? figures.health.computedLevel, reason: account.healthOverride?.reason ?? '' });
  const { register, handleSubmit, reset, formState: { errors, isSubmitting } } = useForm<OverrideValues>({
    defaultValues: initial(),
    resolver: zodResolver(overrideSchema, { error: validationErrorMap }),
  });

  useEffect(() => {
    if (open) {
      reset(initial());
      setFormError(null);
    }
    // Only on opening, so a live update does not wipe what the user is typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, reset]);

  const onSubmit = handleSubmit(async (values) => {
    const result = await repos().accounts.save({ id: account.id, brand: account.brand, healthOverride: { level: values.level, reason: values.reason.trim(), setAt: nowIso() } });
    if (result.ok) onSaved(values.level);
    else setFormError(result.issues.map(issueReason).join('; '));
  });

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('account.health.overrideDialogTitle')}
      description={t('account.health.overrideDialogIntro', { computed: t(`enums.health.${figures.health.computedLevel}`) })}
      footer={
        <div className="form-actions">
          <span className="status" role="status">{formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}</span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form="health-override-form" className="button button-primary" disabled={isSubmitting}>{t('account.health.saveOverride')}</button>
        </div>
      }
    >
      <form id="health-override-form" className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
        <fieldset className="acct-choice-group span-2">
          <legend>{t('account.health.level')}</legend>
          {healthLevels.map((level) => (
            <label key={level} className="acct-choice">
              <input type="radio" value={level} {...register('level')} />
              <Badge tone={healthTone[level]}>{t(`enums.health.${level}`)}</Badge>
            </label>
          ))}
        </fieldset>
        <Field label={t('account.health.reason')} error={errorText(errors.reason?.message)} hint={t('account.health.reasonHint')} required className="span-2">
          <textarea rows={3} autoFocus {...register('reason')} />
        </Field>
      </form>
    </Dialog>
  );
}
