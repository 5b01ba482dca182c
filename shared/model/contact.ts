// Client contact (客户联系人): who matters on the client's side and how warm the relationship is.
import { z } from 'zod';
import { baseRecordShape, idSchema, longText, optionalDate, shortText } from './common';

export const decisionRoles = ['decision-maker', 'influencer', 'day-to-day', 'procurement'] as const;

export const contactSchema = z.object({
  ...baseRecordShape,
  accountId: idSchema,
  name: shortText.trim().min(1),
  title: shortText.default(''),
  decisionRole: z.enum(decisionRoles).default('day-to-day'),
  /** Relationship warmth, 1 (cold) to 5 (trusted). */
  warmth: z.number().int().min(1).max(5).default(3),
  phone: shortText.default(''),
  email: shortText.default(''),
  lastContactOn: optionalDate,
  notes: longText.default(''),
});

export type Contact = z.infer<typeof contactSchema>;
export type DecisionRole = Contact['decisionRole'];
