// Team members: the active team and who reports to whom.
import type { DeskDatabase } from './database';
import type { Member } from '@shared/model/member';
import { Repository } from './repository';

export class MembersRepository extends Repository<'members'> {
  constructor(db: DeskDatabase) {
    super(db, 'members');
  }

  /** Members still in the team (leavers are deactivated, not deleted), by name. */
  async listActive(): Promise<Member[]> {
    return (await this.list()).filter((m) => m.active).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }

  /** Direct reports of a manager. */
  listReportsOf(managerId: string): Promise<Member[]> {
    return this.listBy('managerId', managerId);
  }
}
