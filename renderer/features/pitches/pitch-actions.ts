// What the pitch screens do to the records: create (with a new prospect), change, move, close and reopen a pitch,
// generate its plan, and extend the lost-reason list. Every change marks the pitch's last activity.
import { format } from 'date-fns';
import { newId, nowIso } from '@shared/model/common';
import type { Pitch } from '@shared/model/pitch';
import { generatePrepPlan, mergePrepPlan, type MergedPlan } from '@shared/metrics/pitch-plan';
import type { PitchPlanStep } from '@shared/model/settings';
import { accountAfterWin, moveToStagePatch, outcomePatch, type OpenStage } from '@shared/metrics/pitch-pipeline';
import { repos, type Draft, type FieldIssue, type Repositories, type SaveResult } from '../../db';
import { referenceScope } from '../../db/references';
import type { TableName } from '@shared/model/tables';

/** Today as a calendar day in the user's time zone: what due dates, rounds and "overdue" are measured against. */
export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

type PitchDraft = Omit<Draft<'pitches'>, 'accountId'>;
export type ProspectChoice = { kind: 'existing'; accountId: string } | { kind: 'new'; brand: string; company: string; industry: string };

export type CreateResult =
  | { ok: true; pitch: Pitch; accountCreated: boolean }
  /** `accountId` is set when the new prospect was saved but the pitch was not: retry with it, so no duplicate is made. */
  | { ok: false; issues: FieldIssue[]; where: 'account' | 'pitch'; accountId: string | null };

/**
 * Creates a pitch, first saving a new prospect account when the pitch is for one. The account is saved on its own
 * first (the pitch must point at a live account); if the pitch then fails, the caller keeps the account's id.
 */
export async function createPitch(prospect: ProspectChoice, draft: PitchDraft, today: string = todayIso(), r: Repositories = repos()): Promise<CreateResult> {
  let accountId: string;
  let accountCreated = false;
  if (prospect.kind === 'new') {
    const saved = await r.accounts.save({ brand: prospect.brand.trim(), company: prospect.company.trim(), industry: prospect.industry.trim(), status: 'prospect' });
    if (!saved.ok) return { ok: false, issues: saved.issues, where: 'account', accountId: null };
    accountId = saved.record.id;
    accountCreated = true;
  } else {
    accountId = prospect.accountId;
  }
  const stage = draft.stage ?? 'lead';
  const rounds = draft.rounds ?? [{ id: newId(), stage: stage === 'won' || stage === 'lost' || stage === 'withdrawn' || stage === 'declined' ? 'lead' : stage, date: today, note: '' }];
  const saved = await r.pitches.save({ ...draft, accountId, rounds, lastActivityAt: nowIso() });
  if (!saved.ok) return { ok: false, issues: saved.issues, where: 'pitch', accountId: accountCreated ? accountId : null };
  return { ok: true, pitch: saved.record, accountCreated };
}

const notFound = (): SaveResult<Pitch> => ({ ok: false, issues: [{ field: '', code: 'not-found', message: 'not-found' }] });

/**
 * Changes a pitch from its latest stored state (so two sections saved one after the other never undo each other)
 * and marks the activity.
 */
export async function updatePitch(id: string, change: (current: Pitch) => Partial<PitchDraft>, r: Repositories = repos()): Promise<SaveResult<Pitch>> {
  const current = await r.pitches.get(id);
  if (!current || current.deletedAt !== null) return notFound();
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = current;
  return r.pitches.save({ ...fields, ...change(current), id, lastActivityAt: nowIso() });
}

/** Moves an open pitch to another open stage, recording the day it got there as a round. */
export function movePitch(id: string, stage: OpenStage, today: string = todayIso(), r: Repositories = repos()): Promise<SaveResult<Pitch>> {
  return updatePitch(id, (current) => moveToStagePatch(current, stage, today, newId), r);
}

export type OutcomeResult = { ok: true; pitch: Pitch; accountActivated: boolean } | { ok: false; issues: FieldIssue[]; where: 'pitch' | 'account' | 'settings' };

/** Carries a failed outcome out of its transaction, which then keeps none of its writes. */
class OutcomeRefused extends Error {
  constructor(readonly result: Extract<OutcomeResult, { ok: false }>) {
    super('outcome refused');
  }
}

/** Every table recording an outcome writes or checks: the settings, the pitch and the account with what they point at. */
const OUTCOME_TABLES = [...new Set<TableName>(['settings', ...referenceScope('pitches'), ...referenceScope('accounts')])];

/**
 * Records how a pitch ended, in one transaction: a lost reason not yet on the settings list is added to it, and
 * winning a pitch for a prospect makes the account an active client (its history stays as it is). If any part is
 * refused, nothing is saved, so a win is never recorded without the account following it.
 */
export async function recordOutcome(id: string, outcome: NonNullable<Pitch['outcome']>, today: string = todayIso(), r: Repositories = repos()): Promise<OutcomeResult> {
  const refuse = (issues: FieldIssue[], where: 'pitch' | 'account' | 'settings'): never => {
    throw new OutcomeRefused({ ok: false, issues, where });
  };
  try {
    return await r.pitches.atomically(OUTCOME_TABLES, async (): Promise<OutcomeResult> => {
      const reason = outcome.lostReason.trim();
      if (outcome.result === 'lost' && reason !== '') {
        const settings = await r.settings.get();
        if (!settings.lostReasons.includes(reason)) {
          const saved = await r.settings.save({ lostReasons: [...settings.lostReasons, reason] });
          if (!saved.ok) refuse(saved.issues, 'settings');
        }
      }
      const saved = await updatePitch(id, () => outcomePatch({ ...outcome, lostReason: outcome.result === 'lost' ? reason : '' }), r);
      if (!saved.ok) return refuse(saved.issues, 'pitch');
      if (outcome.result !== 'won') return { ok: true, pitch: saved.record, accountActivated: false };
      const account = await r.accounts.get(saved.record.accountId);
      const patch = account && account.deletedAt === null ? accountAfterWin(account, outcome.decidedOn, today) : null;
      if (!account || !patch) return { ok: true, pitch: saved.record, accountActivated: false };
      const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = account;
      const activated = await r.accounts.save({ ...fields, ...patch });
      if (!activated.ok) return refuse(activated.issues, 'account');
      return { ok: true, pitch: saved.record, accountActivated: true };
    });
  } catch (error) {
    if (error instanceof OutcomeRefused) return error.result;
    throw error;
  }
}

/** Takes a closed pitch back into the pipeline at the decision stage; the recorded outcome is cleared. */
export function reopenPitch(id: string, r: Repositories = repos()): Promise<SaveResult<Pitch>> {
  return updatePitch(id, () => ({ stage: 'decision', outcome: null }), r);
}

export type PlanResult = { ok: true; merged: MergedPlan } | { ok: false; reason: 'no-pitch-date' | 'save'; issues: FieldIssue[] };

/** Works the plan back from the pitch date over the template and merges it into the pitch's checklist and key dates. */
export async function generatePlan(id: string, template: readonly PitchPlanStep[], r: Repositories = repos()): Promise<PlanResult> {
  const current = await r.pitches.get(id);
  if (current && current.pitchDate === null) return { ok: false, reason: 'no-pitch-date', issues: [] };
  const merges: MergedPlan[] = [];
  const saved = await updatePitch(id, (latest) => {
    if (latest.pitchDate === null) return {};
    const plan = generatePrepPlan({ pitchDate: latest.pitchDate, template, team: latest.team, ownerId: latest.ownerId });
    const merged = mergePrepPlan(latest.prepItems, plan, newId);
    merges.push(merged);
    return { prepItems: merged.items, ...plan.keyDates };
  }, r);
  const merged = merges[0];
  if (!saved.ok || !merged) return { ok: false, reason: 'save', issues: saved.ok ? [] : saved.issues };
  return { ok: true, merged };
}

/** Ticks or unticks one checklist item at once (the rest of the plan may be mid-edit in the form). */
export function setPrepItemDone(id: string, itemId: string, done: boolean, r: Repositories = repos()): Promise<SaveResult<Pitch>> {
  return updatePitch(id, (current) => ({ prepItems: current.prepItems.map((item) => (item.id === itemId ? { ...item, done } : item)) }), r);
}
