// The relationship log: entries per account and the follow-ups that are due.
import type { DeskDatabase } from './database';
import type { Interaction } from '@shared/model/interaction';
import { Repository } from './repository';

const byDateDesc = (a: Interaction, b: Interaction) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);

export class InteractionsRepository extends Repository<'interactions'> {
  constructor(db: DeskDatabase) {
    super(db, 'interactions');
  }

  /** An account's log, newest first. */
  async listByAccount(accountId: string): Promise<Interaction[]> {
    return (await this.listBy('accountId', accountId)).sort(byDateDesc);
  }

  /** Entries a member took part in, newest first. */
  async listByMember(memberId: string): Promise<Interaction[]> {
    // Multi-entry index: `listByAny` drops the repeat a record listing the member twice would give.
    return (await this.listByAny('memberIds', [memberId])).sort(byDateDesc);
  }

  /** Open follow-ups due on or before `day` (YYYY-MM-DD), earliest first. */
  async listFollowUpsDue(day: string): Promise<Interaction[]> {
    const rows = (await this.table.where('followUpOn').belowOrEqual(day).toArray()).filter((r) => !r.deletedAt && r.followUpDone !== true);
    return (rows as Interaction[]).sort((a, b) => ((a.followUpOn ?? '') < (b.followUpOn ?? '') ? -1 : 1));
  }
}
