// The account form's values and schema: the model's account fields as the form holds them (text in inputs, scope as tags).
import { z } from 'zod';
import { accountSchema, accountStatuses, accountTiers, type Account } from '@shared/model/account';
import { currencySchema, longText, shortText } from '@shared/model/common';
import type { Draft } from '../../db';
import { encodeMessage } from '../../i18n/validation';
import { amountText, optionalDayText, parseAmount } from './form-support';

export { parseAmount } from './form-support';

export type AccountFormValues = {
  brand: string;
  company: string;
  industry: string;
  status: Account['status'];
  tier: Account['tier'];
  clientSince: string;
  scope: string[];
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
  scope: [],
  annualFee: '',
  currency: 'CNY',
  notes: '',
};

/** Scope tags people often use in Chinese agencies; offered as suggestions, any text is accepted. */
export const commonScopes = ['品牌策略', '创意', '整合传播', '社交媒体运营', '数字营销', '内容营销', '媒介策划', '公关', '活动', 'KOL 合作', '电商运营', '新品上市', '视觉设计', '视频制作'] as const;

export const accountFormSchema = z.object({
  brand: accountSchema.shape.brand,
  company: shortText,
  industry: shortText,
  status: z.enum(accountStatuses),
  tier: z.enum(accountTiers),
  clientSince: optionalDayText,
  scope: z.array(shortText.trim().min(1)).max(50, { message: encodeMessage({ key: 'invalid' }) }),
  annualFee: amountText({ required: false, positive: false }),
  currency: currencySchema,
  notes: longText,
});

/** What the form shows for an existing account. */
export function accountToForm(account: Account): AccountFormValues {
  return {
    brand: account.brand,
    company: account.company,
    industry: account.industry,
    status: account.status,
    tier: account.tier,
    clientSince: account.clientSince ?? '',
    scope: [...account.scope],
    annualFee: account.annualFee === null ? '' : String(account.annualFee),
    currency: account.currency,
    notes: account.notes,
  };
}

/** The record to save; with `id` it updates that account and leaves its other fields (health override) alone. */
export function toAccountDraft(values: AccountFormValues, id?: string): Draft<'accounts'> {
  return {
    ...(id ? { id } : {}),
    brand: values.brand.trim(),
    company: values.company.trim(),
    industry: values.industry.trim(),
    status: values.status,
    tier: values.tier,
    clientSince: values.clientSince === '' ? null : values.clientSince,
    scope: values.scope.map((s) => s.trim()).filter((s) => s !== ''),
    annualFee: parseAmount(values.annualFee),
    currency: values.currency,
    notes: values.notes,
  };
}
