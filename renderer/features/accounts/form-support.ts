// Shared pieces of the account area's forms: today's date, day and amount fields, messages of our own, and save issues.
import { addDays, format, parseISO } from 'date-fns';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { dateSchema } from '@shared/model/common';
import type { FieldIssue } from '../../db';
import { encodeMessage } from '../../i18n/validation';

/** Today as a calendar day (YYYY-MM-DD) in the user's time zone: what "overdue" and "last contact" are measured against. */
export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

export function addDaysIso(day: string, days: number): string {
  return format(addDays(parseISO(day), days), 'yyyy-MM-dd');
}

/** "1,200,000" and "１２００" read as numbers; blank means none given; anything else is NaN. */
export function parseAmount(text: string): number | null {
  const normalised = text.normalize('NFKC').replace(/[,\s，]/g, '');
  if (normalised === '') return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** A date input's value: blank, or a real calendar day. */
export const optionalDayText = z.string().refine((v) => v === '' || dateSchema.safeParse(v).success, { message: encodeMessage({ key: 'invalidDate' }) });

/** A date input that must be filled. */
export const requiredDayText = z
  .string()
  .refine((v) => v !== '', { message: encodeMessage({ key: 'required' }) })
  .refine((v) => v === '' || dateSchema.safeParse(v).success, { message: encodeMessage({ key: 'invalidDate' }) });

/** An amount typed as text ("1,200,000", full-width digits): a number of at least `minimum`, or blank when allowed. */
export function amountText({ required, positive }: { required: boolean; positive: boolean }) {
  return z.string().superRefine((value, ctx) => {
    const amount = parseAmount(value);
    if (amount === null) {
      if (required) ctx.addIssue({ code: 'custom', message: encodeMessage({ key: 'required' }) });
      return;
    }
    if (Number.isNaN(amount)) ctx.addIssue({ code: 'custom', message: encodeMessage({ key: 'notANumber' }) });
    else if (positive && amount <= 0) ctx.addIssue({ code: 'custom', message: accountMessage('amountPositive') });
    else if (amount < 0) ctx.addIssue({ code: 'custom', message: encodeMessage({ key: 'numberTooSmall', params: { minimum: 0 } }) });
    else if (amount > 1e13) ctx.addIssue({ code: 'custom', message: encodeMessage({ key: 'numberTooBig', params: { maximum: 1e13 } }) });
  });
}

/** Messages the shared validation catalogue has no words for live under `account.validation`; they travel encoded. */
export type AccountMessageKey = 'amountPositive' | 'emailInvalid' | 'followUpBeforeDate' | 'dueBeforeIssued' | 'duplicateInvoice' | 'untilBeforeSince' | 'alreadyOnTeam' | 'receiptTooLarge' | 'reasonRequired';
const PREFIX = 'account:';

export function accountMessage(key: AccountMessageKey, params: Record<string, string | number> = {}): string {
  return PREFIX + JSON.stringify({ key, params });
}

/**
 * Turns a form error into what `Field` shows: our own messages are translated here (at render, so they follow the
 * language), shared ones pass through for Field to translate.
 */
export function useErrorText(): (message: string | undefined) => string | undefined {
  const { t } = useTranslation();
  return useCallback(
    (message) => {
      if (message === undefined || !message.startsWith(PREFIX)) return message;
      try {
        const parsed = JSON.parse(message.slice(PREFIX.length)) as { key: AccountMessageKey; params: Record<string, string | number> };
        // The key is chosen at run time, so its interpolation values cannot be checked statically.
        const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
        return translate(`account.validation.${parsed.key}`, parsed.params);
      } catch {
        return message;
      }
    },
    [t],
  );
}

/** A repository issue that concerns no form field, in words: references and storage get their own sentences. */
export function useIssueReason(): (issue: FieldIssue) => string {
  const { t } = useTranslation();
  return useCallback(
    (issue) => (issue.code === 'reference' ? t('account.errors.reference') : issue.code === 'quota' ? t('account.errors.quota') : issue.message),
    [t],
  );
}
