// The new-account form's values and schema: the model's account fields as the form holds them (text in inputs).
import { z } from 'zod';
import { accountSchema, accountStatuses, accountTiers, type Account } from '@shared/model/account';
import { currencySchema, dateSchema, longText, shortText } from '@shared/model/common';
import type { Draft } from '../../db';
import { encodeMessage } from '../../i18n/validation';

export type AccountFormValues = {
  brand: string;
  company: string;
  industry: string;
  status: Account['status'];
  tier: Account['tier'];
  clientSince: string;
  annualFee: string;
  currency: Account['currency'];
  notes: string;
};

export const emptyAccountForm: AccountFormValues = {
  brand: '',
  company: '',
  industry: '',
  status: 'prospect',
  tier: 'B',
  clientSince: '',
  annualFee: '',
  currency: 'CNY',
  notes: '',
};

/** "1,200,000" and "１２００" read as numbers; blank means no fee recorded. */
export function parseAmount(text: string): number | null {
  const normalised = text.normalize('NFKC').replace(/[,\s，]/g, '');
  if (normalised === '') return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : Number.NaN;
}

export const accountFormSchema = z.object({
  brand: accountSchema.shape.brand,
  company: shortText,
  industry: shortText,
  status: z.enum(accountStatuses),
  tier: z.enum(accountTiers),
  clientSince: z.string().refine((v) => v === '' || dateSchema.safeParse(v).success, { message: encodeMessage({ key: 'invalidDate' }) }),
  annualFee: z
    .string()
    .refine((v) => !Number.isNaN(parseAmount(v)), { message: encodeMessage({ key: 'notANumber' }) })
    .refine((v) => (parseAmount(v) ?? 0) >= 0, { message: encodeMessage({ key: 'numberTooSmall', params: { minimum: 0 } }) }),
  currency: currencySchema,
  notes: longText,
});

export function toAccountDraft(values: AccountFormValues): Draft<'accounts'> {
  return {
    brand: values.brand.trim(),
    company: values.company.trim(),
    industry: values.industry.trim(),
    status: values.status,
    tier: values.tier,
    clientSince: values.clientSince === '' ? null : values.clientSince,
    annualFee: parseAmount(values.annualFee),
    currency: values.currency,
    notes: values.notes,
  };
}
