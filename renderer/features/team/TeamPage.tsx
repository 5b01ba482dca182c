// The team roster: every member with level, title, manager, join date, contact, whether still here and how many
// accounts they serve; filters by level and status, a new-member dialog, and each row opens the member's page.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { memberLevels, type Member } from '@shared/model/member';
import { repos } from '../../db';
import { DataTable } from '../../components/data-table/DataTable';
import { dataColumnHelper } from '../../components/data-table/data-table-features';
import { EmptyState } from '../../components/EmptyState';
import { LoadSampleButton } from '../../components/sample/LoadSampleButton';
import { Badge } from '../../components/Badge';
import { PlusIcon, TeamIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import { MemberDialog } from './MemberDialog';
import { isCurrent, today } from './member-data';
import './team.css';

type MemberRow = Member & { managerName: string; status: 'active' | 'inactive'; accountCount: number };

async function readMemberRows(): Promise<MemberRow[]> {
  const r = repos();
  const [members, assignments] = await Promise.all([r.members.list(), r.assignments.list()]);
  const names = new Map(members.map((m) => [m.id, m.name]));
  const accountsOf = new Map<string, Set<string>>();
  const day = today();
  for (const assignment of assignments) {
    if (!isCurrent(assignment, day)) continue;
    const set = accountsOf.get(assignment.memberId) ?? new Set<string>();
    set.add(assignment.accountId);
    accountsOf.set(assignment.memberId, set);
  }
  return members.map((member) => ({
    ...member,
    managerName: member.managerId ? (names.get(member.managerId) ?? '') : '',
    status: member.active ? 'active' : 'inactive',
    accountCount: accountsOf.get(member.id)?.size ?? 0,
  }));
}

const col = dataColumnHelper<MemberRow>();
const statuses = ['active', 'inactive'] as const;

export function TeamPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [creating, setCreating] = useState(false);
  const rows = useLiveQuery(readMemberRows, []);

  const columns = useMemo(() => {
    const dateText = (v: unknown) => formatDate(typeof v === 'string' ? v : null, language);
    return col.columns([
      col.accessor('name', { header: t('team.columns.name'), meta: { label: t('team.columns.name'), filter: 'text', width: 110, grow: 1 } }),
      col.accessor('nameEn', { header: t('team.columns.nameEn'), meta: { label: t('team.columns.nameEn'), filter: 'text', width: 110, grow: 1 } }),
      col.accessor('level', {
        header: t('team.columns.level'),
        meta: { label: t('team.columns.level'), filter: { options: memberLevels.map((l) => ({ value: l, label: l })) }, width: 90, grow: 0.6 },
      }),
      col.accessor('title', { header: t('team.columns.title'), meta: { label: t('team.columns.title'), filter: 'text', width: 160, grow: 1.6 } }),
      col.accessor('managerName', { header: t('team.columns.manager'), meta: { label: t('team.columns.manager'), filter: 'text', width: 110 } }),
      col.accessor('joinedOn', { header: t('team.columns.joinedOn'), cell: (info) => <span className="num">{dateText(info.getValue())}</span>, meta: { label: t('team.columns.joinedOn'), width: 124, text: dateText } }),
      col.accessor('email', { header: t('team.columns.email'), meta: { label: t('team.columns.email'), filter: 'text', width: 180, grow: 1.2 } }),
      col.accessor('phone', { header: t('team.columns.phone'), cell: (info) => <span className="num">{info.getValue()}</span>, meta: { label: t('team.columns.phone'), filter: 'text', width: 130 } }),
      col.accessor('status', {
        header: t('team.columns.status'),
        cell: (info) => <Badge tone={info.getValue() === 'active' ? 'ok' : 'muted'}>{t(`enums.memberStatus.${info.getValue()}`)}</Badge>,
        meta: { label: t('team.columns.status'), filter: { options: statuses.map((s) => ({ value: s, label: t(`enums.memberStatus.${s}`) })) }, width: 100, grow: 0.6 },
      }),
      col.accessor('accountCount', { header: t('team.columns.accounts'), cell: (info) => <span className="num">{info.getValue()}</span>, meta: { label: t('team.columns.accounts'), align: 'end', width: 110, grow: 0.6 } }),
    ]);
  }, [t, language]);

  const newButton = (
    <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
      <PlusIcon size={16} />
      {t('team.new')}
    </button>
  );

  return (
    <>
      <DataTable
        data={rows}
        columns={columns}
        getRowId={(row) => row.id}
        label={t('team.tableLabel')}
        onOpenRow={(row) => navigate(`/team/${row.id}`)}
        initialSorting={[{ id: 'name', desc: false }]}
        initialHidden={['email', 'phone']}
        actions={newButton}
        empty={
          <EmptyState icon={<TeamIcon size={40} />} title={t('team.emptyTitle')} actions={<>{newButton}<LoadSampleButton primary={false} /></>}>
            {t('team.emptyBody')}
          </EmptyState>
        }
      />
      <MemberDialog open={creating} onClose={() => setCreating(false)} onSaved={(id) => navigate(`/team/${id}`)} />
    </>
  );
}
