// The pitch pipeline: weighted value, totals per currency, stalled pitches, the year a pitch counts in, and the
// record changes behind moving a pitch, recording its outcome and winning a prospect.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Account } from '../model/account';
import type { Currency } from '../model/common';
import { openPitchStages, type closedPitchStages, type Pitch, type PitchStage } from '../model/pitch';

export type OpenStage = (typeof openPitchStages)[number];
export type ClosedStage = (typeof closedPitchStages)[number];

/** Days without activity after which an open pitch counts as stalled, unless settings say otherwise. */
export const DEFAULT_STALE_DAYS = 21;

const OPEN: ReadonlySet<string> = new Set(openPitchStages);

export function isOpenStage(stage: PitchStage): stage is OpenStage {
  return OPEN.has(stage);
}

export function isOpenPitch(pitch: Pick<Pitch, 'stage'>): boolean {
  return isOpenStage(pitch.stage);
}

/** Estimated annual fee × probability: what the pitch is worth to the pipeline today. No fee, no value. */
export function pitchWeightedValue(pitch: Pick<Pitch, 'estimatedAnnualFee' | 'probability'>): number {
  return pitch.estimatedAnnualFee === null ? 0 : (pitch.estimatedAnnualFee * pitch.probability) / 100;
}

export type PipelineTotal = { currency: Currency; count: number; estimated: number; weighted: number };

/** Totals of the open pitches among `pitches`, one line per currency (amounts in different currencies never add up), largest first. */
export function pipelineTotals(pitches: readonly Pitch[]): PipelineTotal[] {
  const totals = new Map<Currency, PipelineTotal>();
  for (const pitch of pitches) {
    if (pitch.deletedAt !== null || !isOpenPitch(pitch)) continue;
    let total = totals.get(pitch.currency);
    if (!total) totals.set(pitch.currency, (total = { currency: pitch.currency, count: 0, estimated: 0, weighted: 0 }));
    total.count++;
    total.estimated += pitch.estimatedAnnualFee ?? 0;
    total.weighted += pitchWeightedValue(pitch);
  }
  return [...totals.values()].sort((a, b) => b.estimated - a.estimated || a.currency.localeCompare(b.currency));
}

/** When anything last happened on the pitch: its last recorded activity, else its last change. */
export function lastActivityOf(pitch: Pick<Pitch, 'lastActivityAt' | 'updatedAt'>): string {
  return pitch.lastActivityAt ?? pitch.updatedAt;
}

/** Whole calendar days from the last activity to `today` (`YYYY-MM-DD`), in local time. */
export function daysSinceActivity(pitch: Pick<Pitch, 'lastActivityAt' | 'updatedAt'>, today: string): number {
  return Math.max(0, differenceInCalendarDays(parseISO(today), parseISO(lastActivityOf(pitch))));
}

/** An open pitch with no activity for `days` days or more: someone should pick it up or close it. */
export function isStalled(pitch: Pick<Pitch, 'stage' | 'lastActivityAt' | 'updatedAt'>, today: string, days: number = DEFAULT_STALE_DAYS): boolean {
  return isOpenPitch(pitch) && daysSinceActivity(pitch, today) >= days;
}

/** The year a pitch belongs to: its decision, else its pitch date, else when it was created. */
export function pitchYear(pitch: Pick<Pitch, 'outcome' | 'pitchDate' | 'createdAt'>): number {
  const day = pitch.outcome?.decidedOn ?? pitch.pitchDate ?? pitch.createdAt;
  return Number(day.slice(0, 4));
}

/**
 * What changes when a pitch moves to another open stage on `today`: the stage, and a round for that stage dated
 * today unless the pitch already has one (so the rounds record when each stage was reached). Closing a pitch goes
 * through `outcomePatch`, which needs the result's details.
 */
export function moveToStagePatch(pitch: Pick<Pitch, 'rounds'>, stage: OpenStage, today: string, newId: () => string): Pick<Pitch, 'stage' | 'rounds'> {
  const rounds = pitch.rounds.some((round) => round.stage === stage) ? pitch.rounds : [...pitch.rounds, { id: newId(), stage, date: today, note: '' }];
  const order = (s: OpenStage) => openPitchStages.indexOf(s);
  return { stage, rounds: [...rounds].sort((a, b) => order(a.stage) - order(b.stage)) };
}

/** The fields a recorded outcome sets: the stage becomes the result, and the probability what the result made it. */
export function outcomePatch(outcome: NonNullable<Pitch['outcome']>): Pick<Pitch, 'stage' | 'outcome' | 'probability'> {
  return { stage: outcome.result, outcome, probability: outcome.result === 'won' ? 100 : 0 };
}

/**
 * How winning changes the pitch's account: a prospect (or a lost client won back) becomes active, and its client
 * date is the decision day unless it already has one. Null when nothing changes. The account keeps everything else.
 */
export function accountAfterWin(account: Pick<Account, 'status' | 'clientSince'>, decidedOn: string | null, today: string): Pick<Account, 'status' | 'clientSince'> | null {
  if (account.status !== 'prospect' && account.status !== 'lost') return null;
  return { status: 'active', clientSince: account.clientSince ?? decidedOn ?? today };
}
