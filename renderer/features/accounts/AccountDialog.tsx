// Creating or editing a brand account: react-hook-form with the model's rules; errors are translated and nothing typed is lost.
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { accountStatuses, accountTiers, type Account } from '@shared/model/account';
import { currencySchema } from '@shared/model/common';
import { repos } from '../../db';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { encodeMessage, messageForIssue, validationErrorMap } from '../../i18n/validation';
import { accountFormSchema, accountToForm, commonScopes, emptyAccountForm, toAccountDraft, type AccountFormValues } from './account-form';
import { useIssueReason } from './form-support';
import { TagInput } from './TagInput';

type Props = {
  open: boolean;
  /** The account to edit; none (or null) creates a new one. */
  account?: Account | null;
  onClose: () => void;
  onSaved: (id: string) => void;
};

const formFields = new Set<string>(Object.keys(emptyAccountForm));

export function AccountDialog({ open, account = null, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const issueReason = useIssueReason();
  const [formError, setFormError] = useState<string | null>(null);
  const editing = account !== null;
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<AccountFormValues>({
    defaultValues: account ? accountToForm(account) : emptyAccountForm,
    resolver: zodResolver(accountFormSchema, { error: validationErrorMap }),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  // Each opening starts from the record as stored (or a blank form), not from what a cancelled edit left behind.
  useEffect(() => {
    if (open) {
      reset(account ? accountToForm(account) : emptyAccountForm);
      setFormError(null);
    }
    // Only on opening: a live update of the record while the user types must not wipe their changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, reset]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await repos().accounts.save(toAccountDraft(values, account?.id));
    if (result.ok) {
      onSaved(result.record.id);
      return;
    }
    // The repository checks the whole record again; show its findings on the fields they concern.
    for (const issue of result.issues) {
      const field = issue.field.split('.')[0] ?? '';
      if (formFields.has(field)) setError(field as keyof AccountFormValues, { message: encodeMessage(messageForIssue(issue)) });
      else setFormError(issueReason(issue));
    }
  });

  const errorCount = Object.keys(errors).length;
  // A bad tag is reported on its item; show the first such message on the field.
  const scopeItems: readonly ({ message?: string } | undefined)[] = Array.isArray(errors.scope) ? errors.scope : [];
  const scopeError = errors.scope?.message ?? errors.scope?.root?.message ?? scopeItems.find((item) => item?.message)?.message;
  const formId = editing ? 'edit-account-form' : 'new-account-form';

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={editing ? t('accounts.form.editTitle') : t('accounts.form.title')}
      description={editing ? t('accounts.form.editIntro', { brand: account.brand }) : t('accounts.form.intro')}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {submitCount > 0 && errorCount > 0 && <span className="field-error">{t('common.fixErrors', { count: errorCount })}</span>}
            {formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}
          </span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : editing ? t('accounts.form.save') : t('accounts.form.submit')}
          </button>
        </div>
      }
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field label={t('accounts.form.brand')} error={errors.brand?.message} hint={t('accounts.form.brandHint')} required>
          <input type="text" autoComplete="off" autoFocus {...register('brand')} />
        </Field>
        <Field label={t('accounts.form.company')} error={errors.company?.message}>
          <input type="text" autoComplete="off" {...register('company')} />
        </Field>
        <Field label={t('accounts.form.industry')} error={errors.industry?.message}>
          <input type="text" autoComplete="off" {...register('industry')} />
        </Field>
        <Field label={t('accounts.form.clientSince')} error={errors.clientSince?.message}>
          <input type="date" {...register('clientSince')} />
        </Field>
        <Field label={t('accounts.form.status')} error={errors.status?.message}>
          <select {...register('status')}>
            {accountStatuses.map((status) => (
              <option key={status} value={status}>{t(`enums.accountStatus.${status}`)}</option>
            ))}
          </select>
        </Field>
        <Field label={t('accounts.form.tier')} error={errors.tier?.message}>
          <select {...register('tier')}>
            {accountTiers.map((tier) => (
              <option key={tier} value={tier}>{t(`enums.tier.${tier}`)}</option>
            ))}
          </select>
        </Field>
        <Field label={t('accounts.form.annualFee')} error={errors.annualFee?.message}>
          <input type="text" inputMode="decimal" autoComplete="off" {...register('annualFee')} />
        </Field>
        <Field label={t('accounts.form.currency')} error={errors.currency?.message}>
          <select {...register('currency')}>
            {currencySchema.options.map((currency) => (
              <option key={currency} value={currency}>{currency}</option>
            ))}
          </select>
        </Field>
        <Controller
          control={control}
          name="scope"
          render={({ field }) => (
            <Field label={t('accounts.form.scope')} error={scopeError} hint={t('accounts.form.scopeHint')} className="span-2">
              <TagInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} suggestions={commonScopes} placeholder={t('accounts.form.scopePlaceholder')} />
            </Field>
          )}
        />
        <Field label={t('accounts.form.notes')} error={errors.notes?.message} className="span-2">
          <textarea rows={3} {...register('notes')} />
        </Field>
      </form>
    </Dialog>
  );
}
