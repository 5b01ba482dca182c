// Quarterly evaluation (季度考评): scores against the framework it was made with, KPIs, input, goals and comments.
import { z } from 'zod';
import { baseRecordShape, idSchema, longText, shortText, timestampSchema } from './common';
import { frameworkSchema } from './framework';

/** A quarter written `YYYY-Qn`, e.g. `2026-Q3`. */
export const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/);

export const evaluationStatuses = ['draft', 'final', 'shared'] as const;

export const dimensionScoreSchema = z.object({
  key: z.string().min(1).max(40),
  score: z.number().int().min(1).max(5).nullable().default(null),
  comment: longText.default(''),
});

export const kpiLineSchema = z.object({
  id: idSchema,
  name: shortText.trim().min(1),
  unit: shortText.default(''),
  target: z.number().finite().nullable().default(null),
  actual: z.number().finite().nullable().default(null),
});

export const goalSchema = z.object({
  id: idSchema,
  text: longText.trim().min(1),
});

export const goalReviewSchema = z.object({
  goalId: idSchema,
  text: longText.default(''),
  result: z.enum(['achieved', 'partly', 'not', 'unreviewed']).default('unreviewed'),
  note: longText.default(''),
});

export const directorInputSchema = z.object({
  name: shortText.default(''),
  score: z.number().int().min(1).max(5).nullable().default(null),
  comment: longText.default(''),
});

export const evaluationSchema = z.object({
  ...baseRecordShape,
  memberId: idSchema,
  quarter: quarterSchema,
  evaluatorId: idSchema.nullable().default(null),
  status: z.enum(evaluationStatuses).default('draft'),
  /** The framework this evaluation was made with: later edits in settings never change it. */
  framework: frameworkSchema,
  scores: z.array(dimensionScoreSchema).max(20).default([]),
  kpis: z.array(kpiLineSchema).max(50).default([]),
  strategyInput: directorInputSchema.default({ name: '', score: null, comment: '' }),
  creativeInput: directorInputSchema.default({ name: '', score: null, comment: '' }),
  strengths: longText.default(''),
  developmentAreas: longText.default(''),
  goals: z.array(goalSchema).max(30).default([]),
  previousGoalsReview: z.array(goalReviewSchema).max(30).default([]),
  trainingPlan: longText.default(''),
  memberComment: longText.default(''),
  finalisedAt: timestampSchema.nullable().default(null),
});

export type Evaluation = z.infer<typeof evaluationSchema>;
export type EvaluationStatus = Evaluation['status'];
export type KpiLine = z.infer<typeof kpiLineSchema>;
