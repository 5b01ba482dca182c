// What an account director must chase: open follow-ups from the relationship log and invoices overdue for payment.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Interaction } from '../model/interaction';
import type { Invoice } from '../model/invoice';

const daysBetween = (from: string, to: string) => differenceInCalendarDays(parseISO(to), parseISO(from));

export type OpenFollowUp = {
  interaction: Interaction;
  /** The follow-up date, `YYYY-MM-DD`. */
  dueOn: string;
  /** Days past the follow-up date: positive when late, 0 on the day, negative while still ahead. */
  daysLate: number;
  /** True once the follow-up date has passed (the day itself is not late yet). */
  overdue: boolean;
};

/**
 * Follow-ups promised in the log and not yet done, earliest first. Entries in the trash, entries without a follow-up
 * date and done ones are left out. `dueBy` (a day) keeps only follow-ups due on or before it, e.g. "this week".
 */
export function openFollowUps(interactions: readonly Interaction[], today: string, options: { dueBy?: string } = {}): OpenFollowUp[] {
  const open: OpenFollowUp[] = [];
  for (const interaction of interactions) {
    const dueOn = interaction.followUpOn;
    if (interaction.deletedAt !== null || dueOn === null || interaction.followUpDone) continue;
    if (options.dueBy !== undefined && dueOn > options.dueBy) continue;
    const daysLate = daysBetween(dueOn, today);
    open.push({ interaction, dueOn, daysLate, overdue: daysLate > 0 });
  }
  return open.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.interaction.date < b.interaction.date ? -1 : 1));
}

/** Money is summed in hundredths (as in money.ts) so many small receipts add up exactly. */
const toCents = (amount: number) => Math.round(amount * 100);

/** Received against an invoice on or before `today`; receipts dated later are not counted yet. */
export function receivedBy(invoice: Invoice, today: string): number {
  return invoice.receipts.filter((r) => r.receivedOn <= today).reduce((sum, r) => sum + toCents(r.amount), 0) / 100;
}

/**
 * Where an invoice stands on `today`: `scheduled` (issued later), `paid`, `overdue` (money outstanding after the due
 * date), `part-paid` (something received, not yet due) or `open` (nothing received, not yet due).
 */
export type InvoiceState = 'scheduled' | 'paid' | 'overdue' | 'part-paid' | 'open';

export type InvoiceStanding = {
  state: InvoiceState;
  received: number;
  outstanding: number;
  /** Days past the due date while money is outstanding, else 0. */
  daysOverdue: number;
};

export function invoiceStanding(invoice: Invoice, today: string): InvoiceStanding {
  const received = receivedBy(invoice, today);
  const outstanding = Math.max(0, toCents(invoice.amount) - toCents(received)) / 100;
  if (invoice.issuedOn > today) return { state: 'scheduled', received, outstanding, daysOverdue: 0 };
  if (outstanding === 0) return { state: 'paid', received, outstanding, daysOverdue: 0 };
  if (invoice.dueOn < today) return { state: 'overdue', received, outstanding, daysOverdue: daysBetween(invoice.dueOn, today) };
  return { state: received > 0 ? 'part-paid' : 'open', received, outstanding, daysOverdue: 0 };
}

export type OverdueInvoice = { invoice: Invoice; outstanding: number; daysOverdue: number };

/**
 * Invoices past their due date with money still outstanding on `today`, longest overdue first — the same rule as the
 * `overdue` figure of `accountMoney`. Invoices in the trash or issued after today are left out.
 */
export function overdueInvoices(invoices: readonly Invoice[], today: string): OverdueInvoice[] {
  const overdue: OverdueInvoice[] = [];
  for (const invoice of invoices) {
    if (invoice.deletedAt !== null) continue;
    const standing = invoiceStanding(invoice, today);
    if (standing.state === 'overdue') overdue.push({ invoice, outstanding: standing.outstanding, daysOverdue: standing.daysOverdue });
  }
  return overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || b.outstanding - a.outstanding);
}
