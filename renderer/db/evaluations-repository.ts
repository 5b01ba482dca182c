// Quarterly evaluations: a quarter's round, a member's history, and the one evaluation of a member in a quarter.
import type { DeskDatabase } from './database';
import type { Evaluation } from '@shared/model/evaluation';
import { Repository } from './repository';

export class EvaluationsRepository extends Repository<'evaluations'> {
  constructor(db: DeskDatabase) {
    super(db, 'evaluations');
  }

  /** Evaluations of a quarter (`YYYY-Qn`). */
  listByQuarter(quarter: string): Promise<Evaluation[]> {
    return this.listBy('quarter', quarter);
  }

  /** A member's evaluations, oldest quarter first (the trend). */
  async listByMember(memberId: string): Promise<Evaluation[]> {
    return (await this.listBy('memberId', memberId)).sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : 0));
  }

  async findFor(memberId: string, quarter: string): Promise<Evaluation | undefined> {
    const rows = await this.table.where('[memberId+quarter]').equals([memberId, quarter]).filter((r) => !r.deletedAt).toArray();
    return rows[0] as Evaluation | undefined;
  }
}
