// Adding a member to an account team with a role, and ending an assignment (it stays in the history with its end date).
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { dateSchema } from '@shared/model/common';
import { assignmentRoles, type Assignment, type AssignmentRole, type Member } from '@shared/model/member';
import { repos } from '../../db';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import { encodeMessage, messageForIssue, validationErrorMap } from '../../i18n/validation';
import { isCurrent, readAssignableAccounts, today } from './member-data';

const dayOrBlank = z.string().refine((v) => v === '' || dateSchema.safeParse(v).success, { message: encodeMessage({ key: 'invalidDate' }) });

const assignSchema = z.object({
  accountId: z.string().min(1, { message: encodeMessage({ key: 'required' }) }),
  role: z.enum(assignmentRoles),
  since: dayOrBlank,
});
type AssignValues = z.infer<typeof assignSchema>;

// Flags set on a field from outside the schema; the page translates them.
const assignDefaults = (): AssignValues => ({ accountId: '', role: 'account-manager' satisfies AssignmentRole, since: today() });

const ALREADY_ASSIGNED = 'team-assign:already';
const BEFORE_START = 'team-assign:before-start';

export function AssignDialog({ open, member, onClose }: { open: boolean; member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const accounts = useLiveQuery(() => readAssignableAccounts(member.id), [member.id]);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AssignValues>({ defaultValues: assignDefaults(), resolver: zodResolver(assignSchema, { error: validationErrorMap }) });

  useEffect(() => {
    if (!open) return;
    reset(assignDefaults());
    setFormError(null);
  }, [open, reset]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const r = repos();
    const existing = await r.assignments.listByMember(member.id);
    if (existing.some((a) => a.accountId === values.accountId && isCurrent(a))) {
      setError('accountId', { message: ALREADY_ASSIGNED });
      return;
    }
    const result = await r.assignments.save({
      accountId: values.accountId,
      memberId: member.id,
      role: values.role,
      since: values.since === '' ? null : values.since,
      until: null,
    });
    if (result.ok) {
      onClose();
      return;
    }
    for (const issue of result.issues) {
      const field = issue.field.split('.')[0] ?? '';
      if (field === 'accountId' || field === 'role' || field === 'since') setError(field, { message: encodeMessage(messageForIssue(issue)) });
      else setFormError(issue.message);
    }
  });

  const formId = `assign-${member.id}`;
  const noAccounts = accounts !== undefined && accounts.length === 0;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('member.assignDialog.title', { name: member.name })}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}
          </span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="button button-primary" disabled={isSubmitting || noAccounts || accounts === undefined}>
            {isSubmitting ? t('common.saving') : t('member.assignDialog.submit')}
          </button>
        </div>
      }
    >
      {accounts === undefined ? (
        <p className="section-hint" role="status">{t('app.loading')}</p>
      ) : noAccounts ? (
        <p className="notice notice-info">{t('member.assignDialog.noAccounts')}</p>
      ) : (
        <form id={formId} className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
          <Field
            label={t('member.assignDialog.account')}
            error={errors.accountId?.message === ALREADY_ASSIGNED ? t('member.assignDialog.alreadyAssigned') : errors.accountId?.message}
            required
            className="span-2"
          >
            <select autoFocus {...register('accountId')}>
              <option value="">{t('member.assignDialog.chooseAccount')}</option>
              {accounts.map((account) => (
                <option key={account.id} value={account.id}>
                  {account.company ? `${account.brand} · ${account.company}` : account.brand}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('member.assignDialog.role')} error={errors.role?.message}>
            <select {...register('role')}>
              {assignmentRoles.map((role) => (
                <option key={role} value={role}>{t(`enums.assignmentRole.${role}`)}</option>
              ))}
            </select>
          </Field>
          <Field label={t('member.assignDialog.since')} error={errors.since?.message}>
            <input type="date" {...register('since')} />
          </Field>
        </form>
      )}
    </Dialog>
  );
}

const endSchema = z.object({ until: z.string().refine((v) => dateSchema.safeParse(v).success, { message: encodeMessage({ key: 'invalidDate' }) }) });
type EndValues = z.infer<typeof endSchema>;

export function EndAssignmentDialog({ assignment, accountName, onClose }: { assignment: Assignment | null; accountName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<EndValues>({ defaultValues: { until: today() }, resolver: zodResolver(endSchema, { error: validationErrorMap }) });
  const open = assignment !== null;

  useEffect(() => {
    if (!open) return;
    reset({ until: today() });
    setFormError(null);
  }, [open, reset]);

  const onSubmit = handleSubmit(async ({ until }) => {
    if (!assignment) return;
    if (assignment.since && until < assignment.since) {
      setError('until', { message: BEFORE_START });
      return;
    }
    const result = await repos().assignments.save({ ...assignment, until });
    if (result.ok) onClose();
    else setFormError(result.issues.map((issue) => issue.message).join('; '));
  });

  const formId = 'end-assignment-form';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('member.endDialog.title', { account: accountName })}
      description={t('member.endDialog.body')}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}
          </span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('member.endDialog.submit')}
          </button>
        </div>
      }
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field
          label={t('member.endDialog.until')}
          error={errors.until?.message === BEFORE_START ? t('member.endDialog.beforeStart', { since: formatDate(assignment?.since, language) }) : errors.until?.message}
          required
        >
          <input type="date" autoFocus {...register('until')} />
        </Field>
      </form>
    </Dialog>
  );
}
