// The brief editor's values (what the inputs hold: text, '' for no date) and their conversion to a validated brief draft.
import type { z } from 'zod';
import { briefContentSchema, type Brief, type BriefContent } from '@shared/model/brief';
import { contentOf } from '@shared/metrics/brief-status';

/** A problem with one field, with what a translated message needs (zod's limits and expected type). */
export type EditorIssue = { field: string; code: string; message: string; origin?: string; minimum?: unknown; maximum?: unknown; expected?: unknown; format?: unknown };

/** "1,800,000" and full-width digits and spaces read as numbers; blank means no budget. */
export function parseAmount(text: string): number | null {
  const normalised = text.normalize('NFKC').replace(/[,\s，]/g, '');
  if (normalised === '') return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : Number.NaN;
}

type Deliverable = BriefContent['deliverables'][number];
type Milestone = BriefContent['timeline'][number];

export type DeliverableRow = Omit<Deliverable, 'dueOn'> & { dueOn: string };
export type MilestoneRow = Omit<Milestone, 'date'> & { date: string };

/** Everything the editor lets a user change, as the inputs hold it. */
export type BriefValues = Omit<BriefContent, 'briefDate' | 'presentationDate' | 'budget' | 'deliverables' | 'timeline'> & {
  briefDate: string;
  presentationDate: string;
  budget: string;
  deliverables: DeliverableRow[];
  timeline: MilestoneRow[];
  accountId: string;
  ownerId: string;
  strategistId: string;
  creativeLeadId: string;
  templateId: string;
};

export type BriefPeopleKey = 'ownerId' | 'strategistId' | 'creativeLeadId';

/** Grouped the way finance writes it (1,800,000); `parseAmount` reads the commas back. */
const budgetText = (budget: number | null) => (budget === null ? '' : new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(budget));

export function valuesFromBrief(brief: Brief): BriefValues {
  return { ...contentValues(contentOf(brief)), accountId: brief.accountId, ownerId: brief.ownerId ?? '', strategistId: brief.strategistId ?? '', creativeLeadId: brief.creativeLeadId ?? '', templateId: brief.templateId ?? '' };
}

/** A version's (or any) content as editor values, keeping the people and template already chosen. */
export function contentValues(content: BriefContent): Omit<BriefValues, 'accountId' | BriefPeopleKey | 'templateId'> {
  return {
    ...content,
    briefDate: content.briefDate ?? '',
    presentationDate: content.presentationDate ?? '',
    budget: budgetText(content.budget),
    reasonsToBelieve: [...content.reasonsToBelieve],
    deliverables: content.deliverables.map((row) => ({ ...row, dueOn: row.dueOn ?? '' })),
    timeline: content.timeline.map((row) => ({ ...row, date: row.date ?? '' })),
  };
}

const orNull = (value: string) => (value === '' ? null : value);

export type BriefDraftFields = BriefContent & Pick<Brief, 'accountId' | 'ownerId' | 'strategistId' | 'creativeLeadId' | 'templateId'>;

export type Converted = { ok: true; fields: BriefDraftFields } | { ok: false; issues: EditorIssue[] };

/** Our own issue code for a budget that is not a number (zod never sees the text). */
export const NOT_A_NUMBER = 'not_a_number';

const issue = (field: string, code: string, message: string): EditorIssue => ({ field, code, message });

/**
 * The values as a brief's fields, checked against the model. Nothing is thrown away: an invalid field is reported by
 * its path (`title`, `budget`, `deliverables.2.dueOn`) and the editor keeps the text.
 */
export function toBriefFields(values: BriefValues): Converted {
  const issues: EditorIssue[] = [];
  const budget = parseAmount(values.budget);
  if (Number.isNaN(budget)) issues.push(issue('budget', NOT_A_NUMBER, 'not a number'));
  const candidate = {
    ...values,
    briefDate: orNull(values.briefDate),
    presentationDate: orNull(values.presentationDate),
    budget: Number.isNaN(budget) ? null : budget,
    deliverables: values.deliverables.map((row) => ({ ...row, dueOn: orNull(row.dueOn) })),
    timeline: values.timeline.map((row) => ({ ...row, date: orNull(row.date) })),
  };
  const parsed = briefContentSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push({ ...zodDetails(i), field: i.path.join('.'), code: i.code, message: i.message });
  }
  if (!values.accountId) issues.push(issue('accountId', 'too_small', 'required'));
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return {
    ok: true,
    fields: {
      ...parsed.data,
      accountId: values.accountId,
      ownerId: orNull(values.ownerId),
      strategistId: orNull(values.strategistId),
      creativeLeadId: orNull(values.creativeLeadId),
      templateId: orNull(values.templateId),
    },
  };
}

/** The parts of a zod issue the translated messages need (limits, expected type), kept on the field issue. */
function zodDetails(i: z.core.$ZodIssue): Omit<EditorIssue, 'field' | 'code' | 'message'> {
  const raw = i as unknown as Record<string, unknown>;
  return {
    origin: typeof raw.origin === 'string' ? raw.origin : undefined,
    minimum: raw.minimum,
    maximum: raw.maximum,
    expected: raw.expected,
    format: raw.format,
  };
}

/** The content part of the values, when valid: for comparing with versions. */
export function contentOfValues(values: BriefValues): BriefContent | null {
  const converted = toBriefFields(values);
  return converted.ok ? contentOf(converted.fields) : null;
}
