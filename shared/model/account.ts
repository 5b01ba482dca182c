// Brand account (品牌客户): the client relationship everything else links to.
import { z } from 'zod';
import { amountSchema, baseRecordShape, currencySchema, longText, optionalDate, shortText } from './common';

export const accountStatuses = ['prospect', 'active', 'paused', 'lost'] as const;
export const accountTiers = ['A', 'B', 'C'] as const;
export const healthLevels = ['green', 'amber', 'red'] as const;

export const healthOverrideSchema = z.object({
  level: z.enum(healthLevels),
  reason: shortText.min(1),
  setAt: z.iso.datetime({ offset: true }),
});

export const accountSchema = z.object({
  ...baseRecordShape,
  brand: shortText.trim().min(1),
  company: shortText.default(''),
  industry: shortText.default(''),
  status: z.enum(accountStatuses).default('prospect'),
  tier: z.enum(accountTiers).default('B'),
  clientSince: optionalDate,
  scope: z.array(shortText).max(50).default([]),
  annualFee: amountSchema.nullable().default(null),
  currency: currencySchema.default('CNY'),
  /** Health is computed from signals; a manual override must give its reason. */
  healthOverride: healthOverrideSchema.nullable().default(null),
  notes: longText.default(''),
});

export type Account = z.infer<typeof accountSchema>;
export type AccountStatus = Account['status'];
export type HealthLevel = (typeof healthLevels)[number];
