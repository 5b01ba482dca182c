// The new-account dialog: react-hook-form with the model's rules; errors are translated and nothing typed is lost.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { accountStatuses, accountTiers } from '@shared/model/account';
import { currencySchema } from '@shared/model/common';
import { repos } from '../../db';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { encodeMessage, messageForIssue, validationErrorMap } from '../../i18n/validation';
import { accountFormSchema, emptyAccountForm, toAccountDraft, type AccountFormValues } from './account-form';

type Props = { open: boolean; onClose: () => void; onCreated: (id: string) => void };

const formFields = new Set<string>(Object.keys(emptyAccountForm));

export function NewAccountDialog({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<AccountFormValues>({
    defaultValues: emptyAccountForm,
    resolver: zodResolver(accountFormSchema, { error: validationErrorMap }),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await repos().accounts.save(toAccountDraft(values));
    if (result.ok) {
      onCreated(result.record.id);
      return;
    }
    // The repository checks the whole record again; show its findings on the fields they concern.
    for (const issue of result.issues) {
      const field = issue.field.split('.')[0] ?? '';
      if (formFields.has(field)) setError(field as keyof AccountFormValues, { message: encodeMessage(messageForIssue(issue)) });
      else setFormError(issue.message);
    }
  });

  const errorCount = Object.keys(errors).length;
  const formId = 'new-account-form';

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('accounts.form.title')}
      description={t('accounts.form.intro')}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {submitCount > 0 && errorCount > 0 && <span className="field-error">{t('common.fixErrors', { count: errorCount })}</span>}
            {formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}
          </span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('accounts.form.submit')}
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
        <Field label={t('accounts.form.notes')} error={errors.notes?.message} className="span-2">
          <textarea rows={3} {...register('notes')} />
        </Field>
      </form>
    </Dialog>
  );
}
