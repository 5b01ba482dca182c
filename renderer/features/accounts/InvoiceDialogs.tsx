// Issuing or editing an invoice (number, amount, currency, issued, due, notes) and recording a payment received against it.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { currencySchema, longText, newId, shortText, type Currency } from '@shared/model/common';
import { invoiceSchema, type Invoice } from '@shared/model/invoice';
import { invoiceStanding } from '@shared/metrics/account-follow-ups';
import { repos, type Draft } from '../../db';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { useLanguage } from '../../components/use-language';
import { formatMoney } from '../../i18n/format';
import { encodeMessage, messageForIssue, validationErrorMap } from '../../i18n/validation';
import type { AccountPageData } from './account-data';
import { accountMessage, addDaysIso, amountText, parseAmount, requiredDayText, useErrorText, useIssueReason } from './form-support';

type InvoiceValues = { number: string; amount: string; currency: Currency; issuedOn: string; dueOn: string; notes: string };
const invoiceFields = new Set(['number', 'amount', 'currency', 'issuedOn', 'dueOn', 'notes']);

/** The next number in the account's own series: INV-2026-003 after INV-2026-002; blank when there is no pattern. */
export function suggestInvoiceNumber(invoices: readonly Invoice[], today: string): string {
  const year = today.slice(0, 4);
  let best = 0;
  let pattern: { prefix: string; width: number } | null = null;
  for (const invoice of invoices) {
    const match = /^(.*?)(\d+)$/.exec(invoice.number.trim());
    if (!match || !match[1]?.includes(year)) continue;
    const n = Number(match[2]);
    if (n > best) {
      best = n;
      pattern = { prefix: match[1], width: match[2]?.length ?? 3 };
    }
  }
  return pattern ? `${pattern.prefix}${String(best + 1).padStart(pattern.width, '0')}` : `INV-${year}-001`;
}

type InvoiceDialogProps = { open: boolean; data: AccountPageData; invoice: Invoice | null; onClose: () => void; onSaved: (invoice: Invoice, created: boolean) => void };

export function InvoiceDialog({ open, data, invoice, onClose, onSaved }: InvoiceDialogProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const issueReason = useIssueReason();
  const [formError, setFormError] = useState<string | null>(null);
  const others = data.invoices.filter((i) => i.id !== invoice?.id);
  const schema = z
    .object({
      number: invoiceSchema.shape.number.refine((v) => !others.some((i) => i.number.trim().toLowerCase() === v.trim().toLowerCase()), { message: accountMessage('duplicateInvoice') }),
      amount: amountText({ required: true, positive: true }),
      currency: currencySchema,
      issuedOn: requiredDayText,
      dueOn: requiredDayText,
      notes: longText,
    })
    .refine((v) => v.issuedOn === '' || v.dueOn === '' || v.dueOn >= v.issuedOn, { path: ['dueOn'], message: accountMessage('dueBeforeIssued') });
  const initial = (): InvoiceValues =>
    invoice
      ? { number: invoice.number, amount: String(invoice.amount), currency: invoice.currency, issuedOn: invoice.issuedOn, dueOn: invoice.dueOn, notes: invoice.notes }
      : { number: suggestInvoiceNumber(data.invoices, data.today), amount: '', currency: data.account.currency, issuedOn: data.today, dueOn: addDaysIso(data.today, 30), notes: '' };
  const { register, handleSubmit, reset, setError, formState: { errors, isSubmitting, submitCount } } = useForm<InvoiceValues>({
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
    const draft: Draft<'invoices'> = {
      ...(invoice ? { id: invoice.id } : {}),
      accountId: data.account.id,
      number: values.number.trim(),
      amount: parseAmount(values.amount) ?? 0,
      currency: values.currency,
      issuedOn: values.issuedOn,
      dueOn: values.dueOn,
      notes: values.notes,
    };
    const result = await repos().invoices.save(draft);
    if (result.ok) {
      onSaved(result.record, invoice === null);
      return;
    }
    for (const issue of result.issues) {
      const field = issue.field.split('.')[0] ?? '';
      if (invoiceFields.has(field)) setError(field as keyof InvoiceValues, { message: encodeMessage(messageForIssue(issue)) });
      else setFormError(issueReason(issue));
    }
  });

  const errorCount = Object.keys(errors).length;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={invoice ? t('account.invoiceForm.editTitle', { number: invoice.number }) : t('account.invoiceForm.newTitle')}
      description={invoice && invoice.receipts.length > 0 ? t('account.invoiceForm.receiptsKept', { count: invoice.receipts.length }) : undefined}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {submitCount > 0 && errorCount > 0 && <span className="field-error">{t('common.fixErrors', { count: errorCount })}</span>}
            {formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}
          </span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form="invoice-form" className="button button-primary" disabled={isSubmitting}>{invoice ? t('common.save') : t('account.invoiceForm.submit')}</button>
        </div>
      }
    >
      <form id="invoice-form" className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field label={t('account.invoiceForm.number')} error={errorText(errors.number?.message)} required>
          <input type="text" autoComplete="off" autoFocus {...register('number')} />
        </Field>
        <div className="acct-amount-row">
          <Field label={t('account.invoiceForm.amount')} error={errorText(errors.amount?.message)} required>
            <input type="text" inputMode="decimal" autoComplete="off" {...register('amount')} />
          </Field>
          <Field label={t('account.invoiceForm.currency')} error={errors.currency?.message}>
            <select {...register('currency')}>
              {currencySchema.options.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </Field>
        </div>
        <Field label={t('account.invoiceForm.issuedOn')} error={errors.issuedOn?.message} required>
          <input type="date" {...register('issuedOn')} />
        </Field>
        <Field label={t('account.invoiceForm.dueOn')} error={errorText(errors.dueOn?.message)} required>
          <input type="date" {...register('dueOn')} />
        </Field>
        <Field label={t('account.invoiceForm.notes')} error={errors.notes?.message} className="span-2">
          <textarea rows={2} {...register('notes')} />
        </Field>
      </form>
    </Dialog>
  );
}

type ReceiptValues = { amount: string; receivedOn: string; note: string };

export function ReceiptDialog({ invoice, today, onClose, onSaved }: { invoice: Invoice; today: string; onClose: () => void; onSaved: (amount: number) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const issueReason = useIssueReason();
  const [formError, setFormError] = useState<string | null>(null);
  // Everything received so far (later-dated receipts included): a new payment may not take the total past the invoice.
  const receivedAll = invoice.receipts.reduce((sum, r) => sum + Math.round(r.amount * 100), 0) / 100;
  const remaining = Math.max(0, Math.round((invoice.amount - receivedAll) * 100) / 100);
  const outstanding = invoiceStanding(invoice, today).outstanding;
  const schema = z.object({
    amount: amountText({ required: true, positive: true }).refine((v) => (parseAmount(v) ?? 0) <= remaining + 0.004, {
      message: accountMessage('receiptTooLarge', { amount: formatMoney(remaining, invoice.currency, language) }),
    }),
    receivedOn: requiredDayText,
    note: shortText,
  });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = useForm<ReceiptValues>({
    defaultValues: { amount: remaining > 0 ? String(remaining) : '', receivedOn: today, note: '' },
    resolver: zodResolver(schema, { error: validationErrorMap }),
    reValidateMode: 'onChange',
  });

  const onSubmit = handleSubmit(async (values) => {
    const amount = parseAmount(values.amount) ?? 0;
    const receipts = [...invoice.receipts, { id: newId(), amount, receivedOn: values.receivedOn, note: values.note.trim() }];
    const result = await repos().invoices.save({ id: invoice.id, accountId: invoice.accountId, number: invoice.number, amount: invoice.amount, issuedOn: invoice.issuedOn, dueOn: invoice.dueOn, receipts });
    if (result.ok) onSaved(amount);
    else setFormError(result.issues.map(issueReason).join('; '));
  });

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('account.receiptForm.title', { number: invoice.number })}
      description={t('account.receiptForm.intro', { amount: formatMoney(invoice.amount, invoice.currency, language), outstanding: formatMoney(outstanding, invoice.currency, language) })}
      footer={
        <div className="form-actions">
          <span className="status" role="status">{formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}</span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form="receipt-form" className="button button-primary" disabled={isSubmitting}>{t('account.receiptForm.submit')}</button>
        </div>
      }
    >
      <form id="receipt-form" className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field label={t('account.receiptForm.amount', { currency: invoice.currency })} error={errorText(errors.amount?.message)} required>
          <input type="text" inputMode="decimal" autoComplete="off" autoFocus {...register('amount')} />
        </Field>
        <Field label={t('account.receiptForm.receivedOn')} error={errors.receivedOn?.message} required>
          <input type="date" {...register('receivedOn')} />
        </Field>
        <Field label={t('account.receiptForm.note')} error={errors.note?.message} className="span-2">
          <input type="text" autoComplete="off" {...register('note')} />
        </Field>
      </form>
    </Dialog>
  );
}
