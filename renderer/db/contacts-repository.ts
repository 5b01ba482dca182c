// Client contacts: the people on an account's side, read per account.
import type { DeskDatabase } from './database';
import type { Contact } from '@shared/model/contact';
import { Repository } from './repository';

export class ContactsRepository extends Repository<'contacts'> {
  constructor(db: DeskDatabase) {
    super(db, 'contacts');
  }

  /** An account's contacts, warmest relationships first, then by name. */
  async listByAccount(accountId: string): Promise<Contact[]> {
    const contacts = await this.listBy('accountId', accountId);
    return contacts.sort((a, b) => b.warmth - a.warmth || a.name.localeCompare(b.name, 'zh-CN'));
  }
}
