// Adding or editing a client contact: name, title, decision role, warmth 1–5, phone, email, last contact and notes.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contactSchema, decisionRoles, type Contact, type DecisionRole } from '@shared/model/contact';
import { longText, shortText } from '@shared/model/common';
import { repos, type Draft } from '../../db';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { encodeMessage, messageForIssue, validationErrorMap } from '../../i18n/validation';
import { accountMessage, optionalDayText, useErrorText, useIssueReason } from './form-support';

type Warmth = '1' | '2' | '3' | '4' | '5';
const warmths: readonly Warmth[] = ['1', '2', '3', '4', '5'];

/** The catalogue key that names a warmth level (1 cold … 5 trusted). */
export function warmthKey(warmth: number) {
  const keys = ['account.warmthLevels.w1', 'account.warmthLevels.w2', 'account.warmthLevels.w3', 'account.warmthLevels.w4', 'account.warmthLevels.w5'] as const;
  return keys[Math.max(1, Math.min(5, Math.round(warmth))) - 1] ?? keys[2];
}

type ContactValues = {
  name: string;
  title: string;
  decisionRole: DecisionRole;
  warmth: Warmth;
  phone: string;
  email: string;
  lastContactOn: string;
  notes: string;
};

const empty: ContactValues = { name: '', title: '', decisionRole: 'day-to-day', warmth: '3', phone: '', email: '', lastContactOn: '', notes: '' };
const fields = new Set(Object.keys(empty));

/** Loose on purpose: a typo is caught, unusual but real addresses are not refused. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const schema = z.object({
  name: contactSchema.shape.name,
  title: shortText,
  decisionRole: z.enum(decisionRoles),
  warmth: z.enum(warmths),
  phone: shortText,
  email: shortText.refine((v) => v.trim() === '' || EMAIL.test(v.trim()), { message: accountMessage('emailInvalid') }),
  lastContactOn: optionalDayText,
  notes: longText,
});

const toValues = (c: Contact): ContactValues => ({
  name: c.name, title: c.title, decisionRole: c.decisionRole, warmth: String(Math.max(1, Math.min(5, c.warmth))) as Warmth, phone: c.phone, email: c.email, lastContactOn: c.lastContactOn ?? '', notes: c.notes,
});

type Props = { open: boolean; accountId: string; contact: Contact | null; defaultRole?: DecisionRole; onClose: () => void; onSaved: (contact: Contact, created: boolean) => void };

export function ContactDialog({ open, accountId, contact, defaultRole, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const issueReason = useIssueReason();
  const [formError, setFormError] = useState<string | null>(null);
  const initial = () => (contact ? toValues(contact) : { ...empty, decisionRole: defaultRole ?? empty.decisionRole });
  const { register, handleSubmit, reset, setError, formState: { errors, isSubmitting, submitCount } } = useForm<ContactValues>({
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

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const draft: Draft<'contacts'> = {
      ...(contact ? { id: contact.id } : {}),
      accountId,
      name: values.name.trim(),
      title: values.title.trim(),
      decisionRole: values.decisionRole,
      warmth: Number(values.warmth),
      phone: values.phone.trim(),
      email: values.email.trim(),
      lastContactOn: values.lastContactOn === '' ? null : values.lastContactOn,
      notes: values.notes,
    };
    const result = await repos().contacts.save(draft);
    if (result.ok) {
      onSaved(result.record, contact === null);
      return;
    }
    for (const issue of result.issues) {
      const field = issue.field.split('.')[0] ?? '';
      if (fields.has(field)) setError(field as keyof ContactValues, { message: encodeMessage(messageForIssue(issue)) });
      else setFormError(issueReason(issue));
    }
  });

  const errorCount = Object.keys(errors).length;
  const formId = 'contact-form';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={contact ? t('account.contactForm.editTitle', { name: contact.name }) : t('account.contactForm.newTitle')}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {submitCount > 0 && errorCount > 0 && <span className="field-error">{t('common.fixErrors', { count: errorCount })}</span>}
            {formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}
          </span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="button button-primary" disabled={isSubmitting}>{contact ? t('common.save') : t('account.contactForm.submit')}</button>
        </div>
      }
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field label={t('account.contactForm.name')} error={errors.name?.message} required>
          <input type="text" autoComplete="off" autoFocus {...register('name')} />
        </Field>
        <Field label={t('account.contactForm.title')} error={errors.title?.message} hint={t('account.contactForm.titleHint')}>
          <input type="text" autoComplete="off" {...register('title')} />
        </Field>
        <Field label={t('account.contactForm.role')} error={errors.decisionRole?.message}>
          <select {...register('decisionRole')}>
            {decisionRoles.map((role) => <option key={role} value={role}>{t(`enums.decisionRole.${role}`)}</option>)}
          </select>
        </Field>
        <Field label={t('account.contactForm.lastContact')} error={errors.lastContactOn?.message}>
          <input type="date" {...register('lastContactOn')} />
        </Field>
        <fieldset className="acct-choice-group span-2">
          <legend>{t('account.contactForm.warmth')}</legend>
          {warmths.map((value) => (
            <label key={value} className="acct-choice">
              <input type="radio" value={value} {...register('warmth')} />
              <span>{t(warmthKey(Number(value)))}</span>
            </label>
          ))}
        </fieldset>
        <Field label={t('account.contactForm.phone')} error={errors.phone?.message}>
          <input type="tel" autoComplete="off" {...register('phone')} />
        </Field>
        <Field label={t('account.contactForm.email')} error={errorText(errors.email?.message)}>
          <input type="email" autoComplete="off" {...register('email')} />
        </Field>
        <Field label={t('account.contactForm.notes')} error={errors.notes?.message} className="span-2">
          <textarea rows={3} {...register('notes')} />
        </Field>
      </form>
    </Dialog>
  );
}
