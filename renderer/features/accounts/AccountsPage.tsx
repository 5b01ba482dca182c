// The accounts list: every brand account in a sortable, filterable table, and the new-account dialog.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useRoute } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { accountStatuses, accountTiers, type Account } from '@shared/model/account';
import { repos } from '../../db';
import { DataTable } from '../../components/data-table/DataTable';
import { dataColumnHelper } from '../../components/data-table/data-table-features';
import { EmptyState } from '../../components/EmptyState';
import { Badge, accountStatusTone } from '../../components/Badge';
import { AccountsIcon, PlusIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate, formatMoney } from '../../i18n/format';
import { NewAccountDialog } from './NewAccountDialog';

export type AccountRow = Account & { lastContact: string | null; lead: string };

/** Accounts with what the list shows beside them: the latest contact date and the team lead's name. */
async function readAccountRows(): Promise<AccountRow[]> {
  const r = repos();
  const [accounts, interactions, contacts, assignments, members] = await Promise.all([
    r.accounts.list(),
    r.interactions.list(),
    r.contacts.list(),
    r.assignments.list(),
    r.members.list(),
  ]);
  const latest = new Map<string, string>();
  const note = (accountId: string, date: string | null) => {
    if (!date) return;
    const current = latest.get(accountId);
    if (!current || date > current) latest.set(accountId, date);
  };
  for (const interaction of interactions) note(interaction.accountId, interaction.date);
  for (const contact of contacts) note(contact.accountId, contact.lastContactOn);
  const names = new Map(members.map((m) => [m.id, m.name]));
  const leads = new Map<string, string>();
  for (const assignment of assignments) {
    if (assignment.role === 'lead' && !assignment.until) leads.set(assignment.accountId, names.get(assignment.memberId) ?? '');
  }
  return accounts.map((account) => ({ ...account, lastContact: latest.get(account.id) ?? null, lead: leads.get(account.id) ?? '' }));
}

const col = dataColumnHelper<AccountRow>();

export function AccountsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [creating] = useRoute('/accounts/new');
  const rows = useLiveQuery(readAccountRows, []);

  const industries = useMemo(
    () => [...new Set((rows ?? []).map((row) => row.industry).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    [rows],
  );

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('brand', { header: t('accounts.columns.brand'), meta: { label: t('accounts.columns.brand'), filter: 'text', width: 150, grow: 1.4 } }),
        col.accessor('company', { header: t('accounts.columns.company'), meta: { label: t('accounts.columns.company'), filter: 'text', width: 180, grow: 1.8 } }),
        col.accessor('industry', {
          header: t('accounts.columns.industry'),
          meta: { label: t('accounts.columns.industry'), filter: { options: industries.map((i) => ({ value: i, label: i })) }, width: 120 },
        }),
        col.accessor('status', {
          header: t('accounts.columns.status'),
          cell: (info) => <Badge tone={accountStatusTone[info.getValue()]}>{t(`enums.accountStatus.${info.getValue()}`)}</Badge>,
          meta: { label: t('accounts.columns.status'), filter: { options: accountStatuses.map((s) => ({ value: s, label: t(`enums.accountStatus.${s}`) })) }, width: 110, grow: 0.8 },
        }),
        col.accessor('tier', {
          header: t('accounts.columns.tier'),
          cell: (info) => t(`enums.tier.${info.getValue()}`),
          meta: { label: t('accounts.columns.tier'), filter: { options: accountTiers.map((s) => ({ value: s, label: t(`enums.tier.${s}`) })) }, width: 100, grow: 0.6 },
        }),
        col.accessor('annualFee', {
          header: t('accounts.columns.annualFee'),
          cell: (info) => <span className="num">{formatMoney(info.getValue(), info.row.original.currency, language)}</span>,
          meta: { label: t('accounts.columns.annualFee'), align: 'end', width: 130, text: (v) => (typeof v === 'number' ? String(v) : '') },
        }),
        col.accessor('lastContact', {
          header: t('accounts.columns.lastContact'),
          cell: (info) => <span className="num">{formatDate(info.getValue(), language)}</span>,
          meta: { label: t('accounts.columns.lastContact'), width: 120, text: (v) => formatDate(typeof v === 'string' ? v : null, language) },
        }),
        col.accessor('lead', { header: t('accounts.columns.lead'), meta: { label: t('accounts.columns.lead'), filter: 'text', width: 110 } }),
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
    <>
      <DataTable
        data={rows}
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
      <NewAccountDialog
        open={creating}
        onClose={() => navigate('/accounts')}
        onCreated={(id) => navigate(`/accounts/${id}`, { replace: true })}
      />
    </>
  );
}
