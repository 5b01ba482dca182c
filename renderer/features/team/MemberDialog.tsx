// Create or edit a team member: react-hook-form with the model's rules, a manager picked from active members that
// keeps the reporting line free of loops; errors are translated and nothing typed is lost.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { memberLevels, type Member } from '@shared/model/member';
import { repos } from '../../db';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { encodeMessage, messageForIssue, validationErrorMap } from '../../i18n/validation';
import {
  decodeTeamError,
  emptyMemberForm,
  encodeTeamError,
  managerChoices,
  managerProblem,
  memberFormSchema,
  toMemberDraft,
  toMemberForm,
  type MemberFormValues,
} from './member-form';

type Props = {
  open: boolean;
  /** The member to edit; omit to create one. */
  member?: Member;
  onClose: () => void;
  onSaved: (id: string) => void;
};

const formFields = new Set<string>(Object.keys(emptyMemberForm));

export function MemberDialog({ open, member, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const members = useLiveQuery(() => repos().members.list(), []);
  const previousManagerId = member?.managerId ?? null;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<MemberFormValues>({
    defaultValues: member ? toMemberForm(member) : emptyMemberForm,
    resolver: zodResolver(memberFormSchema, { error: validationErrorMap }),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  // Each opening starts from the record as it is now (or an empty form), not from what was typed last time.
  useEffect(() => {
    if (!open) return;
    reset(member ? toMemberForm(member) : emptyMemberForm);
    setFormError(null);
    // Only on opening: re-reading the live member while the dialog is open would throw away what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, member?.id, reset]);

  // Team errors carry their own key; the rest are shared validation messages that Field translates.
  const errorText = (message: string | undefined) => {
    const teamError = decodeTeamError(message);
    return teamError ? t(`team.form.errors.${teamError}`) : message;
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    // Read the team afresh: someone may have changed a reporting line since the dialog opened.
    const current = await repos().members.list();
    const problem = managerProblem(member?.id, values.managerId, current, previousManagerId);
    if (problem) {
      setError('managerId', { message: encodeTeamError(problem) }, { shouldFocus: true });
      return;
    }
    const result = await repos().members.save(toMemberDraft(values, member));
    if (result.ok) {
      onSaved(result.record.id);
      return;
    }
    for (const issue of result.issues) {
      const field = issue.field.split('.')[0] ?? '';
      if (field === 'managerId' && issue.code === 'reference') setError('managerId', { message: encodeTeamError('managerMissing') });
      else if (formFields.has(field)) setError(field as keyof MemberFormValues, { message: encodeMessage(messageForIssue(issue)) });
      else setFormError(issue.message);
    }
  });

  const choices = managerChoices(member?.id, members ?? [], previousManagerId);
  const errorCount = Object.keys(errors).length;
  const formId = member ? `member-form-${member.id}` : 'new-member-form';

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={member ? t('team.form.editTitle', { name: member.name }) : t('team.form.createTitle')}
      description={member ? undefined : t('team.form.intro')}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {submitCount > 0 && errorCount > 0 && <span className="field-error">{t('common.fixErrors', { count: errorCount })}</span>}
            {formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}
          </span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : member ? t('team.form.submitEdit') : t('team.form.submitCreate')}
          </button>
        </div>
      }
    >
      {members === undefined ? (
        <p className="section-hint" role="status">{t('app.loading')}</p>
      ) : (
        <form id={formId} className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
          <Field label={t('team.form.name')} error={errors.name?.message} hint={t('team.form.nameHint')} required>
            <input type="text" autoComplete="off" autoFocus {...register('name')} />
          </Field>
          <Field label={t('team.form.nameEn')} error={errors.nameEn?.message}>
            <input type="text" autoComplete="off" lang="en" {...register('nameEn')} />
          </Field>
          <Field label={t('team.form.level')} error={errors.level?.message}>
            <select {...register('level')}>
              {memberLevels.map((level) => (
                <option key={level} value={level}>{level}</option>
              ))}
            </select>
          </Field>
          <Field label={t('team.form.title')} error={errors.title?.message} hint={t('team.form.titleHint')}>
            <input type="text" autoComplete="off" {...register('title')} />
          </Field>
          <Field label={t('team.form.manager')} error={errorText(errors.managerId?.message)} hint={t('team.form.managerHint')}>
            <select {...register('managerId')}>
              <option value="">{t('team.form.noManager')}</option>
              {choices.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.active ? `${m.name}${m.nameEn ? ` · ${m.nameEn}` : ''}` : t('team.form.inactiveManager', { name: m.name })}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('team.form.joinedOn')} error={errors.joinedOn?.message}>
            <input type="date" {...register('joinedOn')} />
          </Field>
          <Field label={t('team.form.email')} error={errorText(errors.email?.message)}>
            <input type="email" autoComplete="off" {...register('email')} />
          </Field>
          <Field label={t('team.form.phone')} error={errors.phone?.message}>
            <input type="tel" autoComplete="off" {...register('phone')} />
          </Field>
        </form>
      )}
    </Dialog>
  );
}
