// Brand accounts: the generic repository plus the lookups account lists and the dashboard use.
import type { DeskDatabase } from './database';
import type { Account, AccountStatus } from '@shared/model/account';
import { Repository } from './repository';

export class AccountsRepository extends Repository<'accounts'> {
  constructor(db: DeskDatabase) {
    super(db, 'accounts');
  }

  listByStatus(status: AccountStatus): Promise<Account[]> {
    return this.listBy('status', status);
  }

  listByTier(tier: Account['tier']): Promise<Account[]> {
    return this.listBy('tier', tier);
  }
}
