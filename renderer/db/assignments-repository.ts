// Assignments of members to accounts with a role: the account team and the accounts a member serves.
import type { DeskDatabase } from './database';
import type { Assignment } from '@shared/model/member';
import { Repository } from './repository';

export class AssignmentsRepository extends Repository<'assignments'> {
  constructor(db: DeskDatabase) {
    super(db, 'assignments');
  }

  listByAccount(accountId: string): Promise<Assignment[]> {
    return this.listBy('accountId', accountId);
  }

  listByMember(memberId: string): Promise<Assignment[]> {
    return this.listBy('memberId', memberId);
  }

  /** The live assignment of a member to an account, if any. */
  async find(accountId: string, memberId: string): Promise<Assignment | undefined> {
    const rows = await this.table.where('[accountId+memberId]').equals([accountId, memberId]).filter((r) => !r.deletedAt).toArray();
    return rows[0] as Assignment | undefined;
  }
}
