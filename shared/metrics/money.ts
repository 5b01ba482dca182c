// Billing and collections (回款) of an account: billed, collected, outstanding, overdue and the collection rate, per currency.
import type { Currency } from '../model/common';
import type { Invoice } from '../model/invoice';

export type CurrencyMoney = {
  currency: Currency;
  /** Invoiced, from invoices issued on or before today. */
  billed: number;
  /** Received against those invoices, on or before today. */
  collected: number;
  /** Still to receive: each invoice's unpaid remainder (an overpayment never offsets another invoice). */
  outstanding: number;
  /** The part of `outstanding` whose invoices were due before today. */
  overdue: number;
  /** collected / billed; null when nothing was billed. Above 1 only when clients overpaid. */
  collectionRate: number | null;
  invoiceCount: number;
  overdueCount: number;
};

/** Money is summed in hundredths so 0.1 + 0.2 stays 0.3 over thousands of invoices. */
const toCents = (amount: number) => Math.round(amount * 100);
const fromCents = (cents: number) => cents / 100;

/**
 * The money summary of one account's invoices as of `today` (`YYYY-MM-DD`), one entry per currency — amounts in
 * different currencies are never added together, because the model keeps no exchange rates. Invoices in the trash,
 * invoices dated after today and receipts dated after today are left out. Entries are ordered by billed amount,
 * largest first, so an account's main currency leads.
 */
export function accountMoney(invoices: readonly Invoice[], today: string): CurrencyMoney[] {
  type Totals = { billed: number; collected: number; outstanding: number; overdue: number; invoiceCount: number; overdueCount: number };
  const byCurrency = new Map<Currency, Totals>();
  for (const invoice of invoices) {
    if (invoice.deletedAt !== null || invoice.issuedOn > today) continue;
    const totals = byCurrency.get(invoice.currency) ?? { billed: 0, collected: 0, outstanding: 0, overdue: 0, invoiceCount: 0, overdueCount: 0 };
    const amount = toCents(invoice.amount);
    const received = invoice.receipts.filter((r) => r.receivedOn <= today).reduce((sum, r) => sum + toCents(r.amount), 0);
    const remainder = Math.max(0, amount - received);
    totals.billed += amount;
    totals.collected += received;
    totals.outstanding += remainder;
    totals.invoiceCount += 1;
    if (remainder > 0 && invoice.dueOn < today) {
      totals.overdue += remainder;
      totals.overdueCount += 1;
    }
    byCurrency.set(invoice.currency, totals);
  }
  return [...byCurrency.entries()]
    .map(([currency, t]) => ({
      currency,
      billed: fromCents(t.billed),
      collected: fromCents(t.collected),
      outstanding: fromCents(t.outstanding),
      overdue: fromCents(t.overdue),
      collectionRate: t.billed > 0 ? t.collected / t.billed : null,
      invoiceCount: t.invoiceCount,
      overdueCount: t.overdueCount,
    }))
    .sort((a, b) => b.billed - a.billed || a.currency.localeCompare(b.currency));
}
