// Development report (评估报告与发展建议): period, scope, a metrics snapshot frozen at finalising, written sections.
import { z } from 'zod';
import { baseRecordShape, dateSchema, idSchema, longText, optionalDate, shortText, timestampSchema } from './common';

export const periodTypes = ['month', 'quarter', 'half', 'year'] as const;

export const suggestionSchema = z.object({
  id: idSchema,
  /** The rule that drafted it (empty for one the user wrote). */
  rule: shortText.default(''),
  /** The figure behind it, as shown to the reader. */
  figure: shortText.default(''),
  text: longText.trim().min(1),
  kept: z.boolean().default(true),
});

export const planItemSchema = z.object({
  id: idSchema,
  action: longText.trim().min(1),
  ownerId: idSchema.nullable().default(null),
  owner: shortText.default(''),
  dueOn: optionalDate,
});

export const reportSchema = z.object({
  ...baseRecordShape,
  title: shortText.trim().min(1),
  periodType: z.enum(periodTypes),
  periodStart: dateSchema,
  periodEnd: dateSchema,
  scope: z.discriminatedUnion('type', [
    z.object({ type: z.literal('department') }),
    z.object({ type: z.literal('accounts'), accountIds: z.array(idSchema).min(1).max(1000) }),
  ]).default({ type: 'department' }),
  status: z.enum(['draft', 'final']).default('draft'),
  /** Figures compiled from the records; frozen (never recomputed) once the report is final. */
  snapshot: z.record(z.string(), z.unknown()).nullable().default(null),
  summary: longText.default(''),
  achievements: longText.default(''),
  issues: longText.default(''),
  suggestions: z.array(suggestionSchema).max(100).default([]),
  plan: z.array(planItemSchema).max(100).default([]),
  finalisedAt: timestampSchema.nullable().default(null),
  /** The report this draft revises, if any. */
  revisionOf: idSchema.nullable().default(null),
});

export type Report = z.infer<typeof reportSchema>;
