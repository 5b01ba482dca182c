// Invoices and their receipts: per account, and the ones still open at a date (for overdue collections).
import type { DeskDatabase } from './database';
import type { Invoice } from '@shared/model/invoice';
import { Repository } from './repository';

/** What is still to be collected on an invoice. */
export function outstandingOf(invoice: Invoice): number {
  const received = invoice.receipts.reduce((sum, receipt) => sum + receipt.amount, 0);
  return Math.max(0, invoice.amount - received);
}

export class InvoicesRepository extends Repository<'invoices'> {
  constructor(db: DeskDatabase) {
    super(db, 'invoices');
  }

  /** An account's invoices, latest issued first. */
  async listByAccount(accountId: string): Promise<Invoice[]> {
    return (await this.listBy('accountId', accountId)).sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : a.issuedOn > b.issuedOn ? -1 : 0));
  }

  /** Invoices due on or before `day` (YYYY-MM-DD) with money still outstanding, earliest due first. */
  async listOutstandingDueBy(day: string): Promise<Invoice[]> {
    const rows = (await this.table.where('dueOn').belowOrEqual(day).toArray()).filter((r) => !r.deletedAt) as Invoice[];
    return rows.filter((invoice) => outstandingOf(invoice) > 0).sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
  }
}
