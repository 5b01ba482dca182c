// Quarterly evaluations: a quarter's round, a member's history, the one evaluation of a member in a quarter, and the
// lock on finalised ones (finalise, share, reopen).
import type { DeskDatabase } from './database';
import type { Evaluation } from '@shared/model/evaluation';
import { nowIso } from '@shared/model/common';
import { finaliseProblems } from '@shared/metrics/evaluation-score';
import type { EvaluationDraft } from '@shared/metrics/evaluation-round';
import type { StoredRecord } from './references';
import { Repository, type FieldIssue, type SaveResult } from './repository';

/** Fields a finalised evaluation may still change: its status and dates, and the member's own comment when shared. */
const LOCK_FREE = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'status', 'finalisedAt', 'memberComment']);

/** JSON with sorted keys, so two equal records compare equal whatever order their fields were written in. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const content = (record: StoredRecord) => stable(Object.fromEntries(Object.entries(record).filter(([key]) => !LOCK_FREE.has(key))));

export const LOCKED_MESSAGE = 'This evaluation is final: reopen it before changing it.';

export class EvaluationsRepository extends Repository<'evaluations'> {
  constructor(db: DeskDatabase) {
    super(db, 'evaluations');
  }

  /** Evaluations of a quarter (`YYYY-Qn`). */
  listByQuarter(quarter: string): Promise<Evaluation[]> {
    return this.listBy('quarter', quarter);
  }

  /** Evaluations of several quarters, e.g. a member's trend quarters (for the team averages). */
  listByQuarters(quarters: string[]): Promise<Evaluation[]> {
    return this.listByAny('quarter', quarters);
  }

  /** Every quarter that has evaluations (from the index, without reading the records), oldest first. */
  async listQuarters(): Promise<string[]> {
    return (await this.table.orderBy('quarter').uniqueKeys()).filter((k): k is string => typeof k === 'string');
  }

  /** A member's evaluations, oldest quarter first (the trend). */
  async listByMember(memberId: string): Promise<Evaluation[]> {
    return (await this.listBy('memberId', memberId)).sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : 0));
  }

  async findFor(memberId: string, quarter: string): Promise<Evaluation | undefined> {
    const rows = await this.table.where('[memberId+quarter]').equals([memberId, quarter]).filter((r) => !r.deletedAt).toArray();
    return rows[0] as Evaluation | undefined;
  }

  /**
   * A final or shared evaluation is locked: a save may move its status (share it, or reopen it to a draft) and record
   * the member's comment, but not change its content — and a reopening save may not change content in the same step.
   */
  protected override extraIssues(candidate: StoredRecord, existing: StoredRecord | undefined): FieldIssue[] {
    if (!existing || existing.deletedAt || (existing as unknown as Evaluation).status === 'draft') return [];
    const next = candidate as unknown as Evaluation;
    const before = existing as unknown as Evaluation;
    const issues: FieldIssue[] = [];
    if (content(candidate) !== content(existing)) issues.push({ field: '', code: 'immutable', message: LOCKED_MESSAGE });
    else if (next.memberComment !== before.memberComment && next.status === 'draft') issues.push({ field: 'memberComment', code: 'immutable', message: LOCKED_MESSAGE });
    return issues;
  }

  /** Creates the drafts that start a quarter, all or none (see `planQuarterStart`). */
  async startQuarter(drafts: EvaluationDraft[]): Promise<SaveResult<Evaluation[]>> {
    return this.saveMany(drafts);
  }

  /**
   * Finalises an evaluation: every dimension must be scored (issue `unscored` on `scores`, naming the keys). Saved
   * `changes` (the form's last edits) go in the same write.
   */
  async finalise(id: string, changes: Partial<Evaluation> = {}): Promise<SaveResult<Evaluation>> {
    const current = await this.get(id);
    if (!current || current.deletedAt) return { ok: false, issues: [{ field: 'id', code: 'reference', message: `No evaluation ${id}.` }] };
    const merged = { ...current, ...changes };
    const problems = finaliseProblems(merged);
    if (problems.length > 0) return { ok: false, issues: problems.map((p) => ({ field: 'scores', code: p.code, message: p.keys.join(',') })) };
    return this.save({ ...merged, id, status: 'final', finalisedAt: current.finalisedAt && current.status !== 'draft' ? current.finalisedAt : nowIso() });
  }

  /** Marks a final evaluation as shared with the member (talked through), recording their comment. */
  async share(id: string, memberComment: string): Promise<SaveResult<Evaluation>> {
    const current = await this.get(id);
    if (!current || current.deletedAt) return { ok: false, issues: [{ field: 'id', code: 'reference', message: `No evaluation ${id}.` }] };
    if (current.status === 'draft') return { ok: false, issues: [{ field: 'status', code: 'not-final', message: 'Only a final evaluation can be shared.' }] };
    return this.save({ ...current, status: 'shared', memberComment });
  }

  /** Reopens a final or shared evaluation as a draft, so it can be edited again (the UI asks first). */
  async reopen(id: string): Promise<SaveResult<Evaluation>> {
    const current = await this.get(id);
    if (!current || current.deletedAt) return { ok: false, issues: [{ field: 'id', code: 'reference', message: `No evaluation ${id}.` }] };
    return this.save({ ...current, status: 'draft', finalisedAt: null });
  }
}
