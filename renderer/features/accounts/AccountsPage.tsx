// The accounts list: every brand account with its money, health, last contact and lead in a sortable, filterable
// table; the new-account and edit-account dialogs.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useRoute } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { accountStatuses, accountTiers, healthLevels, type Account } from '@shared/model/account';
import { DataTable } from '../../components/data-table/DataTable';
import { dataColumnHelper } from '../../components/data-table/data-table-features';
import { EmptyState } from '../../components/EmptyState';
import { Badge, accountStatusTone } from '../../components/Badge';
import { AccountsIcon, PlusIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate, formatMoney } from '../../i18n/format';
import { AccountDialog } from './AccountDialog';
import { readAccountBasics, readAccountRows, type AccountRow } from './account-data';
import { todayIso } from './form-support';
import { HealthBadge } from './HealthBadge';
import { formatRate } from './health-text';
import { healthRules } from '@shared/metrics/health';
import './accounts.css';

const col = dataColumnHelper<AccountRow>();

/** The list's health order: the worst first when sorted descending. */
const healthOrder = healthLevels;

export function AccountsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [creating] = useRoute('/accounts/new');
  const [editing, setEditing] = useState<Account | null>(null);
  const today = todayIso();
  // The accounts first, then their figures, which read every table (years of invoices and logs take a moment); that
  // read starts once the accounts are in, so it does not hold them up.
  const basics = useLiveQuery(() => readAccountBasics(today), [today]);
  const basicsIn = basics !== undefined;
  const rows = useLiveQuery(() => (basicsIn ? readAccountRows(today) : undefined), [today, basicsIn]);
  const shown = rows ?? basics;

  const industries = useMemo(
    () => [...new Set((shown ?? []).map((row) => row.industry).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    [shown],
  );

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('brand', { header: t('accounts.columns.brand'), meta: { label: t('accounts.columns.brand'), filter: 'text', width: 110, grow: 1.3 } }),
        col.accessor('company', { header: t('accounts.columns.company'), meta: { label: t('accounts.columns.company'), filter: 'text', width: 124, grow: 1.6 } }),
        col.accessor('industry', {
          header: t('accounts.columns.industry'),
          meta: { label: t('accounts.columns.industry'), filter: { options: industries.map((i) => ({ value: i, label: i })) }, width: 96 },
        }),
        col.accessor('status', {
          header: t('accounts.columns.status'),
          cell: (info) => <Badge tone={accountStatusTone[info.getValue()]}>{t(`enums.accountStatus.${info.getValue()}`)}</Badge>,
          meta: { label: t('accounts.columns.status'), filter: { options: accountStatuses.map((s) => ({ value: s, label: t(`enums.accountStatus.${s}`) })) }, width: 88, grow: 0.7 },
        }),
        col.accessor('tier', {
          header: t('accounts.columns.tier'),
          cell: (info) => t(`enums.tier.${info.getValue()}`),
          meta: { label: t('accounts.columns.tier'), filter: { options: accountTiers.map((s) => ({ value: s, label: t(`enums.tier.${s}`) })) }, width: 80, grow: 0.5 },
        }),
        col.accessor('annualFee', {
          header: t('accounts.columns.annualFee'),
          cell: (info) => <span className="num">{formatMoney(info.getValue(), info.row.original.currency, language)}</span>,
          meta: { label: t('accounts.columns.annualFee'), align: 'end', width: 124, text: (v) => (typeof v === 'number' ? String(v) : '') },
        }),
        col.accessor('collectionRate', {
          header: t('accounts.columns.collectionRate'),
          cell: (info) => <CollectionRateCell row={info.row.original} />,
          meta: { label: t('accounts.columns.collectionRate'), align: 'end', width: 96, grow: 0.5, text: (v) => (typeof v === 'number' ? formatRate(v, language) : '') },
        }),
        col.accessor('health', {
          header: t('accounts.columns.health'),
          cell: (info) => {
            const figures = info.row.original.figures;
            return figures ? <HealthBadge health={figures.health} /> : null;
          },
          meta: {
            label: t('accounts.columns.health'),
            filter: { options: healthOrder.map((h) => ({ value: h, label: t(`enums.health.${h}`) })) },
            width: 98,
            grow: 0.6,
          },
        }),
        col.accessor('lastContact', {
          header: t('accounts.columns.lastContact'),
          cell: (info) => <span className="num">{formatDate(info.getValue(), language)}</span>,
          meta: { label: t('accounts.columns.lastContact'), width: 112, text: (v) => formatDate(typeof v === 'string' ? v : null, language) },
        }),
        col.accessor('lead', { header: t('accounts.columns.lead'), meta: { label: t('accounts.columns.lead'), filter: 'text', width: 92 } }),
        col.display({
          id: 'actions',
          header: () => <span className="visually-hidden">{t('accounts.columns.actions')}</span>,
          cell: (info) => (
            // A mouse shortcut: from the keyboard, Enter opens the account, whose page has the same Edit button.
            <button
              type="button"
              className="button button-ghost acct-button-small acct-row-action"
              tabIndex={-1}
              onClick={(event) => {
                event.stopPropagation();
                setEditing(info.row.original);
              }}
              aria-label={t('accounts.editOne', { brand: info.row.original.brand })}
            >
              {t('accounts.edit')}
            </button>
          ),
          enableSorting: false,
          enableHiding: false,
          meta: { label: t('accounts.columns.actions'), width: 52, grow: 0.1 },
        }),
      ]),
    [t, language, industries],
  );

  const newButton = (
    <button type="button" className="button button-primary" onClick={() => navigate('/accounts/new')}>
      <PlusIcon size={16} />
      {t('accounts.new')}
    </button>
  );

  return (
    <div className="acct-area acct-list">
      <DataTable
        data={shown}
        loadingMore={rows === undefined && basics !== undefined}
        columns={columns}
        getRowId={(row) => row.id}
        label={t('accounts.tableLabel')}
        onOpenRow={(row) => navigate(`/accounts/${row.id}`)}
        initialSorting={[{ id: 'brand', desc: false }]}
        actions={newButton}
        empty={
          <EmptyState icon={<AccountsIcon size={40} />} title={t('accounts.emptyTitle')} actions={newButton}>
            {t('accounts.emptyBody')}
          </EmptyState>
        }
      />
      <AccountDialog
        open={creating}
        onClose={() => navigate('/accounts')}
        onSaved={(id) => navigate(`/accounts/${id}`, { replace: true })}
      />
      <AccountDialog open={editing !== null} account={editing} onClose={() => setEditing(null)} onSaved={() => setEditing(null)} />
    </div>
  );
}

function CollectionRateCell({ row }: { row: AccountRow }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const main = row.figures?.mainMoney;
  if (!row.figures || !main || main.collectionRate === null) return null;
  const others = row.figures.money.slice(1).map((m) => `${m.currency} ${formatRate(m.collectionRate, language)}`);
  // Coloured by the health rule: a low rate matters only when money is actually late.
  const rate = main.collectionRate;
  const tone = main.overdue > 0 && rate < healthRules.collectionRateRed ? ' acct-rate-red' : main.overdue > 0 && rate < healthRules.collectionRateAmber ? ' acct-rate-amber' : '';
  const late = main.overdue > 0;
  const title = [
    t('accounts.rateTitle', { billed: formatMoney(main.billed, main.currency, language), collected: formatMoney(main.collected, main.currency, language) }),
    late ? t('accounts.rateOverdue', { amount: formatMoney(main.overdue, main.currency, language) }) : '',
    ...others,
  ].filter(Boolean).join('\n');
  return (
    <span className={`num${tone}`} title={title}>
      {formatRate(main.collectionRate, language)}
      {main.currency !== row.currency && <span className="acct-rate-currency"> {main.currency}</span>}
    </span>
  );
}
