// Follow-ups and overdue invoices: what the dashboard and the account page ask a director to chase.
import { describe, expect, it } from 'vitest';
import { invoiceStanding, openFollowUps, overdueInvoices } from '@shared/metrics/account-follow-ups';
import { accountMoney } from '@shared/metrics/money';
import { makeInteraction, makeInvoice } from '../../fixtures/factories';

const today = '2026-06-30';
const receipt = (amount: number, receivedOn: string) => ({ id: `r-${amount}-${receivedOn}`, amount, receivedOn, note: '' });

describe('open follow-ups', () => {
  it('lists promised follow-ups not yet done, earliest first, with how late each one is', () => {
    const late = makeInteraction('a1', { followUpOn: '2026-06-20' });
    const todayOne = makeInteraction('a1', { followUpOn: today });
    const ahead = makeInteraction('a1', { followUpOn: '2026-07-03' });
    const open = openFollowUps([ahead, todayOne, late], today);
    expect(open.map((f) => f.interaction.id)).toEqual([late.id, todayOne.id, ahead.id]);
    expect(open.map((f) => [f.daysLate, f.overdue])).toEqual([[10, true], [0, false], [-3, false]]);
  });

  it('leaves out done follow-ups, entries without a date and entries in the trash', () => {
    const done = makeInteraction('a1', { followUpOn: '2026-06-01', followUpDone: true });
    const none = makeInteraction('a1', { followUpOn: null });
    const trashed = { ...makeInteraction('a1', { followUpOn: '2026-06-01' }), deletedAt: '2026-06-02T00:00:00.000Z' };
    expect(openFollowUps([done, none, trashed], today)).toEqual([]);
  });

  it('keeps only those due by a given day when asked ("this week")', () => {
    const soon = makeInteraction('a1', { followUpOn: '2026-07-02' });
    const later = makeInteraction('a1', { followUpOn: '2026-07-20' });
    expect(openFollowUps([soon, later], today, { dueBy: '2026-07-05' }).map((f) => f.interaction.id)).toEqual([soon.id]);
  });
});

describe('overdue invoices', () => {
  it('lists invoices past due with money outstanding, longest overdue first, with the amount still to collect', () => {
    const older = makeInvoice('a1', { amount: 100_000, issuedOn: '2026-03-01', dueOn: '2026-04-01', receipts: [receipt(40_000, '2026-04-10')] });
    const newer = makeInvoice('a1', { amount: 50_000, issuedOn: '2026-05-01', dueOn: '2026-06-01' });
    const rows = overdueInvoices([newer, older], today);
    expect(rows.map((r) => [r.invoice.id, r.outstanding, r.daysOverdue])).toEqual([[older.id, 60_000, 90], [newer.id, 50_000, 29]]);
  });

  it('does not count paid, not-yet-due, future and trashed invoices, nor the due day itself', () => {
    const paid = makeInvoice('a1', { amount: 10, dueOn: '2026-05-01', receipts: [receipt(10, '2026-05-01')] });
    const dueToday = makeInvoice('a1', { amount: 10, issuedOn: '2026-06-01', dueOn: today });
    const future = makeInvoice('a1', { amount: 10, issuedOn: '2026-07-01', dueOn: '2026-06-01' });
    const trashed = { ...makeInvoice('a1', { dueOn: '2026-05-01' }), deletedAt: '2026-06-01T00:00:00.000Z' };
    expect(overdueInvoices([paid, dueToday, future, trashed], today)).toEqual([]);
  });

  it('ignores a payment dated after today, as the money summary does', () => {
    const invoice = makeInvoice('a1', { amount: 80_000, issuedOn: '2026-04-01', dueOn: '2026-05-01', receipts: [receipt(80_000, '2026-07-15')] });
    expect(overdueInvoices([invoice], today)).toHaveLength(1);
    const [money] = accountMoney([invoice], today);
    expect(money?.overdue).toBe(80_000);
  });

  it('agrees with the money summary on the overdue total', () => {
    const invoices = [
      makeInvoice('a1', { amount: 0.1, issuedOn: '2026-01-01', dueOn: '2026-02-01' }),
      makeInvoice('a1', { amount: 0.2, issuedOn: '2026-01-01', dueOn: '2026-02-01' }),
      makeInvoice('a1', { amount: 300, issuedOn: '2026-01-01', dueOn: '2026-02-01', receipts: [receipt(299.9, '2026-02-10')] }),
    ];
    const total = overdueInvoices(invoices, today).reduce((sum, r) => sum + Math.round(r.outstanding * 100), 0) / 100;
    expect(total).toBe(accountMoney(invoices, today)[0]?.overdue);
  });
});

describe('invoice standing', () => {
  it('tells scheduled, open, part-paid, overdue and paid apart', () => {
    expect(invoiceStanding(makeInvoice('a1', { issuedOn: '2026-07-01', dueOn: '2026-08-01' }), today).state).toBe('scheduled');
    expect(invoiceStanding(makeInvoice('a1', { issuedOn: '2026-06-01', dueOn: '2026-07-01' }), today).state).toBe('open');
    expect(invoiceStanding(makeInvoice('a1', { amount: 100, issuedOn: '2026-06-01', dueOn: '2026-07-01', receipts: [receipt(30, '2026-06-10')] }), today)).toEqual({ state: 'part-paid', received: 30, outstanding: 70, daysOverdue: 0 });
    expect(invoiceStanding(makeInvoice('a1', { amount: 100, issuedOn: '2026-05-01', dueOn: '2026-06-01', receipts: [receipt(30, '2026-06-10')] }), today)).toEqual({ state: 'overdue', received: 30, outstanding: 70, daysOverdue: 29 });
    expect(invoiceStanding(makeInvoice('a1', { amount: 100, issuedOn: '2026-05-01', dueOn: '2026-06-01', receipts: [receipt(120, '2026-06-10')] }), today)).toMatchObject({ state: 'paid', outstanding: 0 });
  });
});
