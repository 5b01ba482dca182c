// Evidence for an evaluation, pulled from the records: the briefs a member owned and the pitches they worked on that quarter.
import type { Account } from '../model/account';
import type { Brief } from '../model/brief';
import { closedPitchStages, type Pitch } from '../model/pitch';
import { isInQuarter } from './quarters';

export type BriefEvidence = {
  id: string;
  title: string;
  accountId: string;
  brand: string;
  status: Brief['status'];
  briefDate: string | null;
  presentationDate: string | null;
};

export type PitchEvidence = {
  id: string;
  title: string;
  accountId: string;
  brand: string;
  type: Pitch['type'];
  stage: Pitch['stage'];
  /** True when the stage is an outcome (won, lost, withdrawn, declined). */
  decided: boolean;
  /** `owner` when they led it; otherwise their role in the pitch team as typed (may be empty). */
  role: { kind: 'owner' } | { kind: 'team'; role: string };
  /** The date that puts it in the quarter: the pitch date, else the latest round or decision inside the quarter. */
  date: string | null;
  winningAgency: string;
};

export type EvaluationEvidence = { briefs: BriefEvidence[]; pitches: PitchEvidence[] };

const CLOSED: ReadonlySet<string> = new Set(closedPitchStages);

const byDate = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** The dates of a pitch that tie it to a quarter: its pitch date, each round, and the decision. */
function pitchDates(pitch: Pitch): string[] {
  return [pitch.pitchDate, ...pitch.rounds.map((r) => r.date), pitch.outcome?.decidedOn ?? null].filter((d): d is string => d !== null);
}

/**
 * The member's evidence for a quarter: briefs they own whose brief date or presentation date falls in it, and pitches
 * they own or are on the team of with a pitch date, round or decision in it. Records in the trash never count.
 * Ordered by date, then title.
 */
export function evaluationEvidence(
  memberId: string,
  quarter: string,
  records: { briefs: readonly Brief[]; pitches: readonly Pitch[]; accounts: readonly Account[] },
): EvaluationEvidence {
  const brands = new Map(records.accounts.map((a) => [a.id, a.brand]));
  const briefs = records.briefs
    .filter((b) => b.deletedAt === null && b.ownerId === memberId && (isInQuarter(b.briefDate, quarter) || isInQuarter(b.presentationDate, quarter)))
    .map((b): BriefEvidence => ({
      id: b.id,
      title: b.title,
      accountId: b.accountId,
      brand: brands.get(b.accountId) ?? '',
      status: b.status,
      briefDate: b.briefDate,
      presentationDate: b.presentationDate,
    }))
    .sort((a, b) => byDate(a.briefDate ?? a.presentationDate, b.briefDate ?? b.presentationDate) || a.title.localeCompare(b.title, 'zh-CN'));

  const pitches: PitchEvidence[] = [];
  for (const p of records.pitches) {
    if (p.deletedAt !== null) continue;
    const teamEntry = p.team.find((t) => t.memberId === memberId);
    if (p.ownerId !== memberId && !teamEntry) continue;
    const inQuarter = pitchDates(p).filter((d) => isInQuarter(d, quarter)).sort();
    if (inQuarter.length === 0) continue;
    pitches.push({
      id: p.id,
      title: p.title,
      accountId: p.accountId,
      brand: brands.get(p.accountId) ?? '',
      type: p.type,
      stage: p.stage,
      decided: CLOSED.has(p.stage),
      role: p.ownerId === memberId ? { kind: 'owner' } : { kind: 'team', role: teamEntry?.role ?? '' },
      date: isInQuarter(p.pitchDate, quarter) ? p.pitchDate : (inQuarter[inQuarter.length - 1] ?? null),
      winningAgency: p.outcome?.winningAgency ?? '',
    });
  }
  pitches.sort((a, b) => byDate(a.date, b.date) || a.title.localeCompare(b.title, 'zh-CN'));
  return { briefs, pitches };
}
