// Recording how a pitch ended: result, decision day, winning agency, lost reason (from the settings list, which a new
// reason extends), client feedback and the post-mortem. Winning a prospect's pitch makes it an active client.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { longText, shortText } from '@shared/model/common';
import { closedPitchStages, type Pitch } from '@shared/model/pitch';
import { lostReasonLabel } from '@shared/metrics/pitch-figures';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { useLanguage } from '../../components/use-language';
import { encodeMessage, validationErrorMap } from '../../i18n/validation';
import { recordOutcome, todayIso } from './pitch-actions';
import { dayText } from './pitch-form-support';

const NEW_REASON = '__new__';

const outcomeFormSchema = z
  .object({
    result: z.enum(closedPitchStages),
    decidedOn: dayText,
    winningAgency: shortText,
    lostReason: shortText,
    newReason: shortText,
    clientFeedback: longText,
    whatWorked: longText,
    whatDidNot: longText,
    lessons: longText,
  })
  .superRefine((values, ctx) => {
    if (values.result !== 'lost') return;
    if (values.lostReason === '') ctx.addIssue({ code: 'custom', path: ['lostReason'], message: encodeMessage({ key: 'required' }) });
    if (values.lostReason === NEW_REASON && values.newReason.trim() === '') ctx.addIssue({ code: 'custom', path: ['newReason'], message: encodeMessage({ key: 'required' }) });
  });
type OutcomeFormValues = z.infer<typeof outcomeFormSchema>;

export type OutcomeSaved = { result: Pitch['stage']; accountActivated: boolean; brand: string };

type Props = {
  pitch: Pick<Pitch, 'id' | 'title' | 'outcome' | 'stage'>;
  accountName: string;
  accountIsProspect: boolean;
  lostReasons: readonly string[];
  open: boolean;
  onClose: () => void;
  onSaved: (saved: OutcomeSaved) => void;
};

function initialValues(pitch: Props['pitch'], lostReasons: readonly string[]): OutcomeFormValues {
  const o = pitch.outcome;
  const known = o && (o.lostReason === '' || lostReasons.includes(o.lostReason));
  return {
    result: o?.result ?? 'won',
    decidedOn: o?.decidedOn ?? todayIso(),
    winningAgency: o?.winningAgency ?? '',
    lostReason: o ? (known ? o.lostReason : NEW_REASON) : '',
    newReason: o && !known ? o.lostReason : '',
    clientFeedback: o?.clientFeedback ?? '',
    whatWorked: o?.whatWorked ?? '',
    whatDidNot: o?.whatDidNot ?? '',
    lessons: o?.lessons ?? '',
  };
}

export function OutcomeDialog({ pitch, accountName, accountIsProspect, lostReasons, open, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [failure, setFailure] = useState<string | null>(null);
  // Parents give each opening a new `key`, so the form starts from what is stored, not from a cancelled attempt.
  const { register, handleSubmit, control, formState: { errors, isSubmitting } } = useForm<OutcomeFormValues>({
    defaultValues: initialValues(pitch, lostReasons),
    resolver: zodResolver(outcomeFormSchema, { error: validationErrorMap }),
  });
  const result = useWatch({ control, name: 'result' });
  const reason = useWatch({ control, name: 'lostReason' });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const lostReason = values.result === 'lost' ? (values.lostReason === NEW_REASON ? values.newReason.trim() : values.lostReason) : '';
    const saved = await recordOutcome(pitch.id, {
      result: values.result,
      decidedOn: values.decidedOn === '' ? null : values.decidedOn,
      winningAgency: values.winningAgency.trim(),
      lostReason,
      clientFeedback: values.clientFeedback,
      whatWorked: values.whatWorked,
      whatDidNot: values.whatDidNot,
      lessons: values.lessons,
    });
    if (!saved.ok) {
      setFailure(saved.issues.map((issue) => issue.message).join('; ') || saved.where);
      return;
    }
    onSaved({ result: values.result, accountActivated: saved.accountActivated, brand: accountName });
  });

  const formId = `outcome-${pitch.id}`;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('pitches.outcome.dialogTitle')}
      description={pitch.title}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {failure && <span className="field-error">{t('common.saveFailed', { reason: failure })}</span>}
          </span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('pitches.outcome.save')}
          </button>
        </div>
      }
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
        <fieldset className="span-2 choice-row">
          <legend className="field-label">{t('pitches.outcome.result')}</legend>
          {closedPitchStages.map((stage) => (
            <label key={stage} className="choice">
              <input type="radio" value={stage} {...register('result')} />
              {t(`enums.pitchStage.${stage}`)}
            </label>
          ))}
        </fieldset>
        {result === 'won' && accountIsProspect && <p className="notice notice-info span-2">{t('pitches.outcome.willActivate', { brand: accountName })}</p>}
        <Field label={t('pitches.outcome.decidedOn')} error={errors.decidedOn?.message}>
          <input type="date" {...register('decidedOn')} />
        </Field>
        <Field label={t('pitches.outcome.winningAgency')} error={errors.winningAgency?.message} hint={result === 'won' ? t('pitches.outcome.winningAgencyUs') : undefined}>
          <input type="text" autoComplete="off" {...register('winningAgency')} />
        </Field>
        {result === 'lost' && (
          <>
            <Field label={t('pitches.outcome.lostReason')} error={errors.lostReason?.message} required>
              <select {...register('lostReason')}>
                <option value="">{t('pitches.outcome.chooseReason')}</option>
                {lostReasons.map((r) => (
                  <option key={r} value={r}>{lostReasonLabel(r, language)}</option>
                ))}
                <option value={NEW_REASON}>{t('pitches.outcome.newReasonOption')}</option>
              </select>
            </Field>
            {reason === NEW_REASON ? (
              <Field label={t('pitches.outcome.newReason')} error={errors.newReason?.message} hint={t('pitches.outcome.newReasonHint')} required>
                <input type="text" autoComplete="off" {...register('newReason')} />
              </Field>
            ) : <span />}
          </>
        )}
        <Field label={t('pitches.outcome.clientFeedback')} error={errors.clientFeedback?.message} className="span-2">
          <textarea rows={2} {...register('clientFeedback')} />
        </Field>
        <Field label={t('pitches.outcome.whatWorked')} error={errors.whatWorked?.message}>
          <textarea rows={3} {...register('whatWorked')} />
        </Field>
        <Field label={t('pitches.outcome.whatDidNot')} error={errors.whatDidNot?.message}>
          <textarea rows={3} {...register('whatDidNot')} />
        </Field>
        <Field label={t('pitches.outcome.lessons')} error={errors.lessons?.message} className="span-2">
          <textarea rows={2} {...register('lessons')} />
        </Field>
      </form>
    </Dialog>
  );
}
