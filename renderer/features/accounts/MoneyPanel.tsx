// The money tab: billed, collected, outstanding, overdue and 回款率 per currency; invoices (overdue ones highlighted)
// with the payments received against each — issue, edit and delete invoices, record and remove payments.
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice, Receipt } from '@shared/model/invoice';
import { invoiceStanding, type InvoiceState } from '@shared/metrics/account-follow-ups';
import { repos } from '../../db';
import { Badge, type BadgeTone } from '../../components/Badge';
import { DeleteRecordDialog } from '../../components/delete/DeleteRecordDialog';
import { PlusIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate, formatMoney } from '../../i18n/format';
import type { AccountPageData } from './account-data';
import { formatRate } from './health-text';
import { useIssueReason } from './form-support';
import { InvoiceDialog, ReceiptDialog } from './InvoiceDialogs';

const stateTone: Record<InvoiceState, BadgeTone> = { scheduled: 'muted', open: 'info', 'part-paid': 'info', overdue: 'danger', paid: 'ok' };

type Status = { ok: boolean; text: string; undo?: () => void } | null;

export function MoneyPanel({ data }: { data: AccountPageData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const issueReason = useIssueReason();
  const [editing, setEditing] = useState<{ invoice: Invoice | null } | null>(null);
  const [receiving, setReceiving] = useState<Invoice | null>(null);
  const [deleting, setDeleting] = useState<Invoice | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const money = data.figures.money;

  const invoices = useMemo(
    () => data.invoices.map((invoice) => ({ invoice, standing: invoiceStanding(invoice, data.today) }))
      // Overdue first (longest late first), then by date issued, latest first.
      .sort((a, b) => Number(b.standing.state === 'overdue') - Number(a.standing.state === 'overdue') || b.standing.daysOverdue - a.standing.daysOverdue || (a.invoice.issuedOn < b.invoice.issuedOn ? 1 : -1)),
    [data.invoices, data.today],
  );

  const saveReceipts = async (invoice: Invoice, receipts: Receipt[]) =>
    repos().invoices.save({ id: invoice.id, accountId: invoice.accountId, number: invoice.number, amount: invoice.amount, issuedOn: invoice.issuedOn, dueOn: invoice.dueOn, receipts });

  const removeReceipt = async (invoice: Invoice, receipt: Receipt) => {
    const result = await saveReceipts(invoice, invoice.receipts.filter((r) => r.id !== receipt.id));
    if (!result.ok) {
      setStatus({ ok: false, text: t('common.saveFailed', { reason: result.issues.map(issueReason).join('; ') }) });
      return;
    }
    setStatus({
      ok: true,
      text: t('account.money.receiptRemoved', { amount: formatMoney(receipt.amount, invoice.currency, language), number: invoice.number }),
      undo: () => {
        void (async () => {
          const current = await repos().invoices.get(invoice.id);
          if (!current || current.deletedAt) return;
          const back = await saveReceipts(current, [...current.receipts, receipt].sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : 1)));
          setStatus(back.ok ? { ok: true, text: t('account.money.receiptRestored') } : { ok: false, text: t('common.saveFailed', { reason: back.issues.map(issueReason).join('; ') }) });
        })();
      },
    });
  };

  return (
    <div className="stack">
      <section className="card card-section" aria-labelledby="account-money">
        <div className="acct-panel-head">
          <div>
            <h3 id="account-money" className="section-title">{t('account.money.title')}</h3>
            <p className="section-hint">{t('account.money.asOf', { date: formatDate(data.today, language) })}</p>
          </div>
        </div>
        {money.length === 0 ? (
          <p className="section-hint">{t('account.money.noInvoices')}</p>
        ) : (
          <div className="acct-money-rows">
            {money.map((m) => (
              <dl key={m.currency} className="acct-money-figures" aria-label={t('account.money.figuresIn', { currency: m.currency })}>
                <div><dt>{t('account.money.billed')}</dt><dd className="num">{formatMoney(m.billed, m.currency, language)}</dd></div>
                <div><dt>{t('account.money.collected')}</dt><dd className="num">{formatMoney(m.collected, m.currency, language)}</dd></div>
                <div><dt>{t('account.money.outstanding')}</dt><dd className="num">{formatMoney(m.outstanding, m.currency, language)}</dd></div>
                <div className={m.overdue > 0 ? 'acct-money-late' : undefined}>
                  <dt>{t('account.money.overdue')}</dt>
                  <dd className="num">{formatMoney(m.overdue, m.currency, language)}{m.overdueCount > 0 && <span className="cell-sub">{t('account.money.overdueCount', { count: m.overdueCount })}</span>}</dd>
                </div>
                <div className="acct-money-rate">
                  <dt>{t('account.money.rate')}</dt>
                  <dd className="num">{formatRate(m.collectionRate, language) || t('common.notSet')}</dd>
                  <span className="acct-rate-bar" aria-hidden="true"><span style={{ width: `${Math.min(100, Math.round((m.collectionRate ?? 0) * 100))}%` }} /></span>
                </div>
              </dl>
            ))}
          </div>
        )}
      </section>

      <section className="card card-section" aria-labelledby="account-invoices">
        <div className="acct-panel-head">
          <h3 id="account-invoices" className="section-title">{t('account.money.invoices')}</h3>
          <span className="acct-panel-status" role="status">
            {status && (
              <>
                <span className={status.ok ? 'saved-note' : 'field-error'}>{status.text}</span>
                {status.undo && <button type="button" className="acct-link-button" onClick={() => { const undo = status.undo; setStatus(null); undo?.(); }}>{t('account.money.undo')}</button>}
              </>
            )}
          </span>
          <button type="button" className="button button-primary" onClick={() => { setStatus(null); setEditing({ invoice: null }); }}>
            <PlusIcon size={16} />
            {t('account.money.issue')}
          </button>
        </div>
        {invoices.length === 0 ? (
          <p className="section-hint">{t('account.money.noInvoicesHint')}</p>
        ) : (
          <table className="plain-table acct-invoice-table">
            <thead>
              <tr>
                <th scope="col">{t('account.money.columns.number')}</th>
                <th scope="col">{t('account.money.columns.issuedOn')}</th>
                <th scope="col">{t('account.money.columns.dueOn')}</th>
                <th scope="col" className="acct-end">{t('account.money.columns.amount')}</th>
                <th scope="col" className="acct-end">{t('account.money.columns.received')}</th>
                <th scope="col" className="acct-end">{t('account.money.columns.outstanding')}</th>
                <th scope="col">{t('account.money.columns.state')}</th>
                <th scope="col"><span className="visually-hidden">{t('accounts.columns.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {invoices.map(({ invoice, standing }) => (
                <Fragment key={invoice.id}>
                  <tr className={standing.state === 'overdue' ? 'acct-invoice-late' : undefined}>
                    <th scope="row">
                      {invoice.number}
                      {invoice.notes && <div className="cell-sub pre-wrap">{invoice.notes}</div>}
                    </th>
                    <td className="num">{formatDate(invoice.issuedOn, language)}</td>
                    <td className="num">{formatDate(invoice.dueOn, language)}</td>
                    <td className="num acct-end">{formatMoney(invoice.amount, invoice.currency, language)}</td>
                    <td className="num acct-end">{formatMoney(standing.received, invoice.currency, language)}</td>
                    <td className="num acct-end">{formatMoney(standing.outstanding, invoice.currency, language)}</td>
                    <td>
                      <Badge tone={stateTone[standing.state]}>
                        {standing.state === 'overdue' ? t('account.money.state.overdueDays', { count: standing.daysOverdue }) : t(`account.money.state.${standing.state}`)}
                      </Badge>
                    </td>
                    <td className="acct-row-actions">
                      {standing.outstanding > 0 && (
                        <button type="button" className="button acct-button-small" onClick={() => { setStatus(null); setReceiving(invoice); }} aria-label={t('account.money.receiveFor', { number: invoice.number })}>
                          {t('account.money.receive')}
                        </button>
                      )}
                      <button type="button" className="button button-ghost acct-button-small" onClick={() => { setStatus(null); setEditing({ invoice }); }} aria-label={t('account.money.editOne', { number: invoice.number })}>
                        {t('account.edit')}
                      </button>
                      <button type="button" className="button button-ghost acct-button-small button-danger" onClick={() => { setStatus(null); setDeleting(invoice); }} aria-label={t('account.money.deleteOne', { number: invoice.number })}>
                        {t('account.deleteShort')}
                      </button>
                    </td>
                  </tr>
                  {invoice.receipts.length > 0 && (
                    <tr className={standing.state === 'overdue' ? 'acct-receipt-row acct-invoice-late' : 'acct-receipt-row'}>
                      <td colSpan={8}>
                        <ul className="acct-receipts" aria-label={t('account.money.receiptsOf', { number: invoice.number })}>
                          {[...invoice.receipts].sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : 1)).map((receipt) => (
                            <li key={receipt.id}>
                              <span className="num">{formatDate(receipt.receivedOn, language)}</span>
                              <span className="num acct-receipt-amount">{t('account.money.receivedAmount', { amount: formatMoney(receipt.amount, invoice.currency, language) })}</span>
                              {receipt.note && <span className="cell-sub">{receipt.note}</span>}
                              {receipt.receivedOn > data.today && <Badge tone="muted">{t('account.money.futureReceipt')}</Badge>}
                              <button
                                type="button"
                                className="acct-link-button acct-link-danger"
                                onClick={() => void removeReceipt(invoice, receipt)}
                                aria-label={t('account.money.removeReceipt', { amount: formatMoney(receipt.amount, invoice.currency, language), date: formatDate(receipt.receivedOn, language) })}
                              >
                                {t('common.remove')}
                              </button>
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <InvoiceDialog
        open={editing !== null}
        data={data}
        invoice={editing?.invoice ?? null}
        onClose={() => setEditing(null)}
        onSaved={(invoice, created) => {
          setEditing(null);
          setStatus({ ok: true, text: created ? t('account.money.issued', { number: invoice.number }) : t('account.money.saved', { number: invoice.number }) });
        }}
      />
      {receiving && (
        <ReceiptDialog
          invoice={receiving}
          today={data.today}
          onClose={() => setReceiving(null)}
          onSaved={(amount) => {
            setStatus({ ok: true, text: t('account.money.received', { amount: formatMoney(amount, receiving.currency, language), number: receiving.number }) });
            setReceiving(null);
          }}
        />
      )}
      {deleting && (
        <DeleteRecordDialog
          open
          table="invoices"
          id={deleting.id}
          label={deleting.number}
          onClose={() => setDeleting(null)}
          onDeleted={() => setStatus({ ok: true, text: t('account.money.deleted', { number: deleting.number }) })}
        />
      )}
    </div>
  );
}
