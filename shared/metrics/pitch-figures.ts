// Pitch figures: win rates by type and year, value won, why we lost, what a pitch costs us, and how pitches convert
// from one stage to the next. Pure: the pitches page, reports and documents compute them the same way.
import type { Currency, Language } from '../model/common';
import { openPitchStages, pitchTypes, type Pitch, type PitchType } from '../model/pitch';
import { defaultLostReasons } from '../model/settings';
import { isOpenPitch, pitchYear, type OpenStage } from './pitch-pipeline';

/** Won and lost among decided pitches. Withdrawn and declined ones were never judged, so they stay out of the rate. */
export type WinRate = { won: number; lost: number; winRate: number | null };

export type PitchFigures = {
  overall: WinRate & { withdrawn: number; declined: number; open: number; total: number };
  byType: (WinRate & { type: PitchType })[];
  /** Years with any decided pitch, latest first; a pitch counts in the year of its decision. */
  byYear: (WinRate & { year: number })[];
  /** Estimated annual fees of won pitches, per currency, largest first. */
  valueWon: { currency: Currency; amount: number }[];
  /** Lost pitches by reason, most frequent first; `''` is a loss with no reason recorded. */
  lostReasons: { reason: string; count: number; share: number }[];
  /** What a closed pitch cost us on average (open pitches are still spending). */
  cost: { pitches: number; averageHours: number | null; averageExpenses: { currency: Currency; amount: number }[] };
  /**
   * The funnel of closed pitches: how many reached each stage (or a later one) and the share of those that reached
   * the next; the last stage's conversion is to a win.
   */
  stages: { stage: OpenStage; reached: number; advanced: number; conversion: number | null }[];
};

const rate = (won: number, lost: number): number | null => (won + lost === 0 ? null : won / (won + lost));

const STAGE_INDEX = new Map<string, number>(openPitchStages.map((s, i) => [s, i]));
const DECISION = openPitchStages.length - 1;

/**
 * The furthest stage a closed pitch reached, from its rounds (those held by the decision day): a win went all the way,
 * a loss with no rounds on record is taken as lost at the decision, a pitch withdrawn or declined without rounds
 * never left the lead stage.
 */
export function furthestStageIndex(pitch: Pitch): number {
  const decidedOn = pitch.outcome?.decidedOn ?? null;
  let furthest = -1;
  for (const round of pitch.rounds) {
    if (decidedOn !== null && round.date !== null && round.date > decidedOn) continue;
    furthest = Math.max(furthest, STAGE_INDEX.get(round.stage) ?? -1);
  }
  if (pitch.stage === 'won') return DECISION;
  if (furthest < 0) return pitch.stage === 'lost' ? DECISION : 0;
  return furthest;
}

/** Figures of the given pitches (records in the trash are left out). Filter by year, type or owner before calling. */
export function pitchFigures(pitches: readonly Pitch[]): PitchFigures {
  const live = pitches.filter((p) => p.deletedAt === null);
  const count = (stage: Pitch['stage'], rows: readonly Pitch[] = live) => rows.filter((p) => p.stage === stage).length;

  const won = count('won');
  const lost = count('lost');
  const overall = {
    won,
    lost,
    winRate: rate(won, lost),
    withdrawn: count('withdrawn'),
    declined: count('declined'),
    open: live.filter(isOpenPitch).length,
    total: live.length,
  };

  const byType = pitchTypes.map((type) => {
    const rows = live.filter((p) => p.type === type);
    const w = count('won', rows);
    const l = count('lost', rows);
    return { type, won: w, lost: l, winRate: rate(w, l) };
  });

  const years = new Map<number, { won: number; lost: number }>();
  for (const p of live) {
    if (p.stage !== 'won' && p.stage !== 'lost') continue;
    const year = pitchYear(p);
    const entry = years.get(year) ?? { won: 0, lost: 0 };
    entry[p.stage]++;
    years.set(year, entry);
  }
  const byYear = [...years.entries()].sort(([a], [b]) => b - a).map(([year, e]) => ({ year, won: e.won, lost: e.lost, winRate: rate(e.won, e.lost) }));

  const valueWon = sumByCurrency(live.filter((p) => p.stage === 'won').map((p) => [p.currency, p.estimatedAnnualFee ?? 0]));

  const reasons = new Map<string, number>();
  for (const p of live) {
    if (p.stage !== 'lost') continue;
    const reason = (p.outcome?.lostReason ?? '').trim();
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  const lostReasons = [...reasons.entries()]
    .map(([reason, n]) => ({ reason, count: n, share: lost === 0 ? 0 : n / lost }))
    .sort((a, b) => b.count - a.count || (a.reason === '' ? 1 : b.reason === '' ? -1 : a.reason.localeCompare(b.reason, 'zh-CN')));

  const closed = live.filter((p) => !isOpenPitch(p));
  const perCurrency = new Map<Currency, number>();
  for (const p of closed) perCurrency.set(p.currency, (perCurrency.get(p.currency) ?? 0) + 1);
  const cost = {
    pitches: closed.length,
    averageHours: closed.length === 0 ? null : closed.reduce((sum, p) => sum + p.costHours, 0) / closed.length,
    averageExpenses: sumByCurrency(closed.map((p) => [p.currency, p.costExpenses])).map(({ currency, amount }) => ({ currency, amount: amount / (perCurrency.get(currency) ?? 1) })),
  };

  const furthest = closed.map(furthestStageIndex);
  const reachedAt = (index: number) => furthest.filter((f) => f >= index).length;
  const wonClosed = count('won', closed);
  const stages = openPitchStages.map((stage, index) => {
    const reached = reachedAt(index);
    const advanced = index === DECISION ? wonClosed : reachedAt(index + 1);
    return { stage, reached, advanced, conversion: reached === 0 ? null : advanced / reached };
  });

  return { overall, byType, byYear, valueWon, lostReasons, cost, stages };
}

function sumByCurrency(rows: readonly (readonly [Currency, number])[]): { currency: Currency; amount: number }[] {
  const sums = new Map<Currency, number>();
  for (const [currency, amount] of rows) sums.set(currency, (sums.get(currency) ?? 0) + amount);
  return [...sums.entries()].map(([currency, amount]) => ({ currency, amount })).sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency));
}

/** The built-in lost reasons in English, in the order of `defaultLostReasons` (which are stored in Chinese). */
const englishLostReasons = ['Price / budget', 'Creative work', 'Strategic direction', 'Team and chemistry', 'Incumbent relationship', 'Changes at the client', 'Other'];

/**
 * A lost reason as the reader should see it: the built-in reasons (stored in Chinese) read in English in English; the
 * user's own reasons show as they wrote them.
 */
export function lostReasonLabel(reason: string, lang: Language): string {
  if (lang === 'zh-CN') return reason;
  const index = defaultLostReasons.indexOf(reason);
  return index >= 0 ? (englishLostReasons[index] ?? reason) : reason;
}
