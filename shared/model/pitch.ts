// Pitch record (比稿/提案记录): the new-business pipeline, preparation plan and outcome.
import { z } from 'zod';
import { amountSchema, baseRecordShape, currencySchema, idSchema, longText, optionalDate, shortText, timestampSchema } from './common';

export const pitchTypes = ['new-business', 'single-agency', 'organic-growth', 're-pitch'] as const;
export const pitchSources = ['direct', 'search-consultant', 'procurement', 'referral', 'other'] as const;
/** Open stages in pipeline order, then the closed ones. */
export const openPitchStages = ['lead', 'rfi', 'chemistry', 'briefing', 'tissue', 'final', 'decision'] as const;
export const closedPitchStages = ['won', 'lost', 'withdrawn', 'declined'] as const;
export const pitchStages = [...openPitchStages, ...closedPitchStages] as const;

export const pitchRoundSchema = z.object({
  id: idSchema,
  stage: z.enum(openPitchStages),
  date: optionalDate,
  note: shortText.default(''),
});

export const competitorSchema = z.object({
  id: idSchema,
  agency: shortText.trim().min(1),
  incumbent: z.boolean().default(false),
  strengths: longText.default(''),
  weaknesses: longText.default(''),
});

export const panelMemberSchema = z.object({
  id: idSchema,
  name: shortText.trim().min(1),
  title: shortText.default(''),
  role: z.enum(['decision-maker', 'influencer', 'day-to-day', 'procurement']).default('influencer'),
  coveredByMemberId: idSchema.nullable().default(null),
  notes: shortText.default(''),
});

export const pitchTeamMemberSchema = z.object({
  memberId: idSchema,
  role: shortText.default(''),
});

export const prepItemSchema = z.object({
  id: idSchema,
  task: shortText.trim().min(1),
  ownerId: idSchema.nullable().default(null),
  dueOn: optionalDate,
  done: z.boolean().default(false),
});

export const pitchOutcomeSchema = z.object({
  result: z.enum(closedPitchStages),
  decidedOn: optionalDate,
  winningAgency: shortText.default(''),
  lostReason: shortText.default(''),
  clientFeedback: longText.default(''),
  whatWorked: longText.default(''),
  whatDidNot: longText.default(''),
  lessons: longText.default(''),
});

export const pitchSchema = z.object({
  ...baseRecordShape,
  accountId: idSchema,
  title: shortText.trim().min(1),
  type: z.enum(pitchTypes).default('new-business'),
  source: z.enum(pitchSources).default('direct'),
  stage: z.enum(pitchStages).default('lead'),
  ownerId: idSchema.nullable().default(null),
  pitchDate: optionalDate,
  rounds: z.array(pitchRoundSchema).max(50).default([]),
  estimatedAnnualFee: amountSchema.nullable().default(null),
  currency: currencySchema.default('CNY'),
  /** Chance of winning, 0–100 %. */
  probability: z.number().int().min(0).max(100).default(20),
  pitchFee: amountSchema.nullable().default(null),
  costHours: z.number().finite().min(0).max(1e6).default(0),
  costExpenses: amountSchema.default(0),
  competitors: z.array(competitorSchema).max(50).default([]),
  panel: z.array(panelMemberSchema).max(100).default([]),
  team: z.array(pitchTeamMemberSchema).max(100).default([]),
  clientBrief: longText.default(''),
  strategy: longText.default(''),
  bigIdea: longText.default(''),
  prepItems: z.array(prepItemSchema).max(500).default([]),
  reviewOn: optionalDate,
  redTeamOn: optionalDate,
  rehearsalOn: optionalDate,
  printPackOn: optionalDate,
  /** Pitch-or-pass scorecard: criterion → 1–5. */
  assessment: z.array(z.object({ criterion: shortText, score: z.number().int().min(1).max(5) })).max(30).default([]),
  assessmentDecision: z.enum(['undecided', 'pitch', 'pass']).default('undecided'),
  outcome: pitchOutcomeSchema.nullable().default(null),
  lastActivityAt: timestampSchema.nullable().default(null),
});

export type Pitch = z.infer<typeof pitchSchema>;
export type PitchStage = Pitch['stage'];
export type PitchType = Pitch['type'];
