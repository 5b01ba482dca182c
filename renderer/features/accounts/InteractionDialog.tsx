// Logging a meeting, call, dinner, email or event: who attended on both sides, summary, next step and follow-up.
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { interactionTypes, type Interaction, type InteractionType } from '@shared/model/interaction';
import { longText } from '@shared/model/common';
import { isCurrentAssignment } from '@shared/metrics/account-figures';
import { repos, type Draft } from '../../db';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { encodeMessage, messageForIssue, validationErrorMap } from '../../i18n/validation';
import type { AccountPageData } from './account-data';
import { accountMessage, addDaysIso, optionalDayText, requiredDayText, useErrorText, useIssueReason } from './form-support';

type LogValues = {
  date: string;
  type: InteractionType;
  memberIds: string[];
  contactIds: string[];
  summary: string;
  nextStep: string;
  followUpOn: string;
  followUpDone: boolean;
};

const fields = new Set(['date', 'type', 'memberIds', 'contactIds', 'summary', 'nextStep', 'followUpOn', 'followUpDone']);

const schema = z
  .object({
    date: requiredDayText,
    type: z.enum(interactionTypes),
    memberIds: z.array(z.string()),
    contactIds: z.array(z.string()),
    summary: longText,
    nextStep: longText,
    followUpOn: optionalDayText,
    followUpDone: z.boolean(),
  })
  .refine((v) => v.followUpOn === '' || v.date === '' || v.followUpOn >= v.date, { path: ['followUpOn'], message: accountMessage('followUpBeforeDate') });

const toValues = (i: Interaction): LogValues => ({
  date: i.date, type: i.type, memberIds: [...i.memberIds], contactIds: [...i.contactIds], summary: i.summary, nextStep: i.nextStep, followUpOn: i.followUpOn ?? '', followUpDone: i.followUpDone,
});

type Props = { open: boolean; data: AccountPageData; entry: Interaction | null; onClose: () => void; onSaved: (entry: Interaction, created: boolean) => void };

export function InteractionDialog({ open, data, entry, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const issueReason = useIssueReason();
  const [formError, setFormError] = useState<string | null>(null);
  const initial = (): LogValues => (entry ? toValues(entry) : { date: data.today, type: 'meeting', memberIds: [], contactIds: [], summary: '', nextStep: '', followUpOn: '', followUpDone: false });
  const { register, control, handleSubmit, reset, setError, setValue, formState: { errors, isSubmitting, submitCount } } = useForm<LogValues>({
    defaultValues: initial(),
    resolver: zodResolver(schema, { error: validationErrorMap }),
    reValidateMode: 'onChange',
  });

  useEffect(() => {
    if (open) {
      reset(initial());
      setFormError(null);
    }
    // Only on opening, so a live update does not wipe what the user is typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, reset]);

  // Our side: the account team first (current members), then everyone else still active; anyone already recorded stays.
  const memberChoices = useMemo(() => {
    const teamIds = new Set(data.assignments.filter((a) => isCurrentAssignment(a, data.today)).map((a) => a.memberId));
    const keep = new Set(entry?.memberIds ?? []);
    const offered = data.members.filter((m) => m.active || keep.has(m.id));
    const team = offered.filter((m) => teamIds.has(m.id));
    const others = offered.filter((m) => !teamIds.has(m.id)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    return { team, others };
  }, [data, entry]);

  const followUpOn = useWatch({ control, name: 'followUpOn' });
  const date = useWatch({ control, name: 'date' });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const draft: Draft<'interactions'> = {
      ...(entry ? { id: entry.id } : {}),
      accountId: data.account.id,
      date: values.date,
      type: values.type,
      memberIds: values.memberIds,
      contactIds: values.contactIds,
      summary: values.summary,
      nextStep: values.nextStep,
      followUpOn: values.followUpOn === '' ? null : values.followUpOn,
      followUpDone: values.followUpOn === '' ? false : values.followUpDone,
    };
    const result = await repos().interactions.save(draft);
    if (result.ok) {
      onSaved(result.record, entry === null);
      return;
    }
    for (const issue of result.issues) {
      const field = issue.field.split('.')[0] ?? '';
      if (fields.has(field)) setError(field as keyof LogValues, { message: issue.code === 'reference' ? issueReason(issue) : encodeMessage(messageForIssue(issue)) });
      else setFormError(issueReason(issue));
    }
  });

  const errorCount = Object.keys(errors).length;
  const formId = 'interaction-form';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={entry ? t('account.logForm.editTitle') : t('account.logForm.newTitle')}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {submitCount > 0 && errorCount > 0 && <span className="field-error">{t('common.fixErrors', { count: errorCount })}</span>}
            {formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}
          </span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="button button-primary" disabled={isSubmitting}>{entry ? t('common.save') : t('account.logForm.submit')}</button>
        </div>
      }
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field label={t('account.logForm.date')} error={errors.date?.message} required>
          <input type="date" autoFocus {...register('date')} />
        </Field>
        <Field label={t('account.logForm.type')} error={errors.type?.message}>
          <select {...register('type')}>
            {interactionTypes.map((type) => <option key={type} value={type}>{t(`account.interactionType.${type}`)}</option>)}
          </select>
        </Field>
        <fieldset className="acct-pick-group">
          <legend>{t('account.logForm.theirSide')}</legend>
          {data.contacts.length === 0 ? (
            <p className="section-hint">{t('account.logForm.noContacts')}</p>
          ) : (
            <div className="acct-pick-list">
              {data.contacts.map((c) => (
                <label key={c.id} className="acct-pick">
                  <input type="checkbox" value={c.id} {...register('contactIds')} />
                  <span>{c.name}</span>
                  <span className="cell-sub">{t(`enums.decisionRole.${c.decisionRole}`)}</span>
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <fieldset className="acct-pick-group">
          <legend>{t('account.logForm.ourSide')}</legend>
          {memberChoices.team.length + memberChoices.others.length === 0 ? (
            <p className="section-hint">{t('account.logForm.noMembers')}</p>
          ) : (
            <div className="acct-pick-list">
              {[...memberChoices.team, ...memberChoices.others].map((m, index) => (
                <label key={m.id} className={index === memberChoices.team.length && index > 0 ? 'acct-pick acct-pick-divider' : 'acct-pick'}>
                  <input type="checkbox" value={m.id} {...register('memberIds')} />
                  <span>{m.name}</span>
                  <span className="cell-sub">{m.level}</span>
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <Field label={t('account.logForm.summary')} error={errors.summary?.message} className="span-2">
          <textarea rows={3} {...register('summary')} />
        </Field>
        <Field label={t('account.logForm.nextStep')} error={errors.nextStep?.message} className="span-2">
          <textarea rows={2} {...register('nextStep')} />
        </Field>
        <div className="acct-follow-up-field">
          <Field label={t('account.logForm.followUpOn')} error={errorText(errors.followUpOn?.message)}>
            <input type="date" {...register('followUpOn')} />
          </Field>
          <div className="acct-quick-dates" role="group" aria-label={t('account.logForm.quickDates')}>
            {[3, 7, 14].map((days) => (
              <button key={days} type="button" className="acct-link-button" onClick={() => setValue('followUpOn', addDaysIso(date || data.today, days), { shouldValidate: true })}>
                {t('account.logForm.inDays', { days })}
              </button>
            ))}
          </div>
        </div>
        <label className="acct-check-field">
          <input type="checkbox" disabled={followUpOn === ''} {...register('followUpDone')} />
          <span>{t('account.logForm.followUpDone')}</span>
        </label>
      </form>
    </Dialog>
  );
}
