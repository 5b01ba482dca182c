// The evaluation form's values (text as typed, so nothing is lost to parsing while editing), their validation with
// translated messages, and the conversion to and from the stored evaluation.
import { z } from 'zod';
import { newId } from '@shared/model/common';
import type { Evaluation } from '@shared/model/evaluation';
import { encodeMessage } from '../../i18n/validation';

const LONG = 100_000;
const SHORT = 500;

/** A number as people type it: `1,200`, ` 95 `, `４.５` (full-width digits from a Chinese IME) all read as numbers. */
export function parseNumber(text: string): number | null {
  const normal = text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[,\s\uFF0C]/g, '');
  if (normal === '') return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : Number.NaN;
}

const tooLong = (maximum: number) => encodeMessage({ key: 'tooLong', params: { maximum } });
const long = z.string().max(LONG, { message: tooLong(LONG) });
const short = z.string().max(SHORT, { message: tooLong(SHORT) });
const numberText = short.refine((v) => !Number.isNaN(parseNumber(v)), { message: encodeMessage({ key: 'notANumber' }) });
const scoreText = z.enum(['', '1', '2', '3', '4', '5']);

const kpiRow = z
  .object({ id: z.string(), name: short, unit: short, target: numberText, actual: numberText })
  .superRefine((row, ctx) => {
    const used = row.unit.trim() || row.target.trim() || row.actual.trim();
    if (used && !row.name.trim()) ctx.addIssue({ code: 'custom', path: ['name'], message: encodeMessage({ key: 'required' }) });
  });

const director = z.object({ name: short, score: scoreText, comment: long });

export const evaluationFormSchema = z.object({
  evaluatorId: z.string(),
  scores: z.array(z.object({ key: z.string(), score: scoreText, comment: long })),
  kpis: z.array(kpiRow),
  strategyInput: director,
  creativeInput: director,
  previousGoalsReview: z.array(z.object({ goalId: z.string(), text: long, result: z.enum(['achieved', 'partly', 'not', 'unreviewed']), note: long })),
  strengths: long,
  developmentAreas: long,
  goals: z.array(z.object({ id: z.string(), text: long })),
  trainingPlan: long,
  memberComment: long,
});

export type EvaluationFormValues = z.infer<typeof evaluationFormSchema>;
export type ScoreText = z.infer<typeof scoreText>;

const asScoreText = (score: number | null): ScoreText => (score === null ? '' : (String(score) as ScoreText));
const asNumberText = (value: number | null) => (value === null ? '' : String(value));

/** The form's starting values: one score row per dimension of the evaluation's own framework, in its order. */
export function toFormValues(e: Evaluation): EvaluationFormValues {
  const byKey = new Map<string, Evaluation['scores'][number]>();
  for (const s of e.scores) if (!byKey.has(s.key)) byKey.set(s.key, s);
  return {
    evaluatorId: e.evaluatorId ?? '',
    scores: e.framework.dimensions.map((d) => ({ key: d.key, score: asScoreText(byKey.get(d.key)?.score ?? null), comment: byKey.get(d.key)?.comment ?? '' })),
    kpis: e.kpis.map((k) => ({ id: k.id, name: k.name, unit: k.unit, target: asNumberText(k.target), actual: asNumberText(k.actual) })),
    strategyInput: { name: e.strategyInput.name, score: asScoreText(e.strategyInput.score), comment: e.strategyInput.comment },
    creativeInput: { name: e.creativeInput.name, score: asScoreText(e.creativeInput.score), comment: e.creativeInput.comment },
    previousGoalsReview: e.previousGoalsReview.map((g) => ({ ...g })),
    strengths: e.strengths,
    developmentAreas: e.developmentAreas,
    goals: e.goals.map((g) => ({ ...g })),
    trainingPlan: e.trainingPlan,
    memberComment: e.memberComment,
  };
}

const scoreOf = (text: ScoreText): number | null => (text === '' ? null : Number(text));

/** The content the values stand for; blank KPI and goal rows are left out rather than refused. */
export function fromFormValues(values: EvaluationFormValues): Pick<
  Evaluation,
  'evaluatorId' | 'scores' | 'kpis' | 'strategyInput' | 'creativeInput' | 'previousGoalsReview' | 'strengths' | 'developmentAreas' | 'goals' | 'trainingPlan' | 'memberComment'
> {
  return {
    evaluatorId: values.evaluatorId || null,
    scores: values.scores.map((s) => ({ key: s.key, score: scoreOf(s.score), comment: s.comment })),
    kpis: values.kpis
      .filter((k) => k.name.trim() || k.unit.trim() || k.target.trim() || k.actual.trim())
      .map((k) => ({ id: k.id || newId(), name: k.name.trim(), unit: k.unit.trim(), target: parseNumber(k.target), actual: parseNumber(k.actual) })),
    strategyInput: { name: values.strategyInput.name.trim(), score: scoreOf(values.strategyInput.score), comment: values.strategyInput.comment },
    creativeInput: { name: values.creativeInput.name.trim(), score: scoreOf(values.creativeInput.score), comment: values.creativeInput.comment },
    previousGoalsReview: values.previousGoalsReview.map((g) => ({ ...g })),
    strengths: values.strengths,
    developmentAreas: values.developmentAreas,
    goals: values.goals.filter((g) => g.text.trim()).map((g) => ({ id: g.id || newId(), text: g.text.trim() })),
    trainingPlan: values.trainingPlan,
    memberComment: values.memberComment,
  };
}

export const blankKpi = () => ({ id: newId(), name: '', unit: '', target: '', actual: '' });
export const blankGoal = () => ({ id: newId(), text: '' });
