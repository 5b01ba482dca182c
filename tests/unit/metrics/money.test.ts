// Billing and collections (回款) as the account profile and reports show them.
import { describe, expect, it } from 'vitest';
import { accountMoney } from '@shared/metrics/money';
import { invoiceSchema, type Invoice } from '@shared/model';

const at = '2026-01-01T00:00:00.000Z';
let n = 0;
function invoice(fields: Partial<Invoice> & Pick<Invoice, 'amount' | 'issuedOn' | 'dueOn'>): Invoice {
  n += 1;
  return invoiceSchema.parse({ id: `inv-${n}`, createdAt: at, updatedAt: at, deletedAt: null, accountId: 'a', number: `INV-${n}`, ...fields });
}
const paid = (amount: number, receivedOn: string) => ({ id: `r-${amount}-${receivedOn}`, amount, receivedOn, note: '' });

describe('accountMoney', () => {
  it('adds up billed, collected, outstanding and overdue, and the collection rate is collected / billed', () => {
    const money = accountMoney(
      [
        invoice({ amount: 300_000, issuedOn: '2026-01-15', dueOn: '2026-02-14', receipts: [paid(300_000, '2026-02-10')] }),
        invoice({ amount: 300_000, issuedOn: '2026-07-15', dueOn: '2026-08-14', receipts: [paid(180_000, '2026-09-01')] }),
        invoice({ amount: 300_000, issuedOn: '2026-10-15', dueOn: '2026-12-14' }),
      ],
      '2026-11-27',
    );
    expect(money).toEqual([
      { currency: 'CNY', billed: 900_000, collected: 480_000, outstanding: 420_000, overdue: 120_000, collectionRate: 480_000 / 900_000, invoiceCount: 3, overdueCount: 1 },
    ]);
  });

  it('gives no rate (not 0 %, not a division by zero) when nothing was billed', () => {
    expect(accountMoney([], '2026-11-27')).toEqual([]);
    expect(accountMoney([invoice({ amount: 0, issuedOn: '2026-01-01', dueOn: '2026-01-31' })], '2026-11-27')[0]?.collectionRate).toBeNull();
  });

  it('never adds amounts in different currencies together', () => {
    const money = accountMoney(
      [
        invoice({ amount: 100, currency: 'USD', issuedOn: '2026-01-01', dueOn: '2026-01-31' }),
        invoice({ amount: 1000, currency: 'CNY', issuedOn: '2026-01-01', dueOn: '2026-12-31' }),
      ],
      '2026-11-27',
    );
    expect(money.map((m) => [m.currency, m.billed, m.overdue])).toEqual([
      ['CNY', 1000, 0],
      ['USD', 100, 100],
    ]);
  });

  it('leaves out invoices in the trash and invoices or payments dated after today', () => {
    const money = accountMoney(
      [
        invoice({ amount: 500, issuedOn: '2026-01-01', dueOn: '2026-01-31', deletedAt: at }),
        invoice({ amount: 700, issuedOn: '2026-12-01', dueOn: '2026-12-31' }),
        invoice({ amount: 200, issuedOn: '2026-11-01', dueOn: '2026-11-30', receipts: [paid(200, '2026-11-28')] }),
      ],
      '2026-11-27',
    );
    expect(money).toEqual([{ currency: 'CNY', billed: 200, collected: 0, outstanding: 200, overdue: 0, collectionRate: 0, invoiceCount: 1, overdueCount: 0 }]);
  });

  it('counts an invoice due today as not yet overdue', () => {
    expect(accountMoney([invoice({ amount: 10, issuedOn: '2026-11-01', dueOn: '2026-11-27' })], '2026-11-27')[0]?.overdue).toBe(0);
  });

  it('does not let an overpaid invoice hide another one that is unpaid', () => {
    const [money] = accountMoney(
      [
        invoice({ amount: 100, issuedOn: '2026-01-01', dueOn: '2026-01-31', receipts: [paid(150, '2026-01-20')] }),
        invoice({ amount: 100, issuedOn: '2026-01-01', dueOn: '2026-01-31' }),
      ],
      '2026-11-27',
    );
    expect(money).toMatchObject({ billed: 200, collected: 150, outstanding: 100, overdue: 100 });
  });

  it('keeps cents exact over many small payments', () => {
    const receipts = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, amount: 0.1, receivedOn: '2026-02-01', note: '' }));
    const [money] = accountMoney([invoice({ amount: 1, issuedOn: '2026-01-01', dueOn: '2026-01-31', receipts })], '2026-11-27');
    expect(money).toMatchObject({ collected: 1, outstanding: 0, collectionRate: 1 });
  });
});
