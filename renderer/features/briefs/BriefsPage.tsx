// The briefs list: every creative brief with its account, status, dates, owner and version.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { briefStatuses, type Brief } from '@shared/model/brief';
import { repos } from '../../db';
import { DataTable } from '../../components/data-table/DataTable';
import { dataColumnHelper } from '../../components/data-table/data-table-features';
import { EmptyState } from '../../components/EmptyState';
import { LoadSampleButton } from '../../components/sample/LoadSampleButton';
import { Badge, briefStatusTone } from '../../components/Badge';
import { BriefsIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';

type BriefRow = Brief & { accountName: string; ownerName: string };

async function readBriefRows(): Promise<BriefRow[]> {
  const r = repos();
  const [briefs, accounts, members] = await Promise.all([r.briefs.list(), r.accounts.list(), r.members.list()]);
  const accountNames = new Map(accounts.map((a) => [a.id, a.brand]));
  const memberNames = new Map(members.map((m) => [m.id, m.name]));
  return briefs.map((brief) => ({
    ...brief,
    accountName: accountNames.get(brief.accountId) ?? '',
    ownerName: brief.ownerId ? (memberNames.get(brief.ownerId) ?? '') : '',
  }));
}

const col = dataColumnHelper<BriefRow>();

export function BriefsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = useLiveQuery(readBriefRows, []);
  const columns = useMemo(() => {
    const dateText = (v: unknown) => formatDate(typeof v === 'string' ? v : null, language);
    return col.columns([
        col.accessor('title', { header: t('briefs.columns.title'), meta: { label: t('briefs.columns.title'), filter: 'text', width: 220, grow: 2.4 } }),
        col.accessor('accountName', { header: t('briefs.columns.account'), meta: { label: t('briefs.columns.account'), filter: 'text', width: 130, grow: 1.2 } }),
        col.accessor('jobNumber', { header: t('briefs.columns.jobNumber'), cell: (info) => <span className="num">{info.getValue()}</span>, meta: { label: t('briefs.columns.jobNumber'), width: 120 } }),
        col.accessor('status', {
          header: t('briefs.columns.status'),
          cell: (info) => <Badge tone={briefStatusTone[info.getValue()]}>{t(`enums.briefStatus.${info.getValue()}`)}</Badge>,
          meta: { label: t('briefs.columns.status'), filter: { options: briefStatuses.map((s) => ({ value: s, label: t(`enums.briefStatus.${s}`) })) }, width: 120 },
        }),
        col.accessor('briefDate', { header: t('briefs.columns.briefDate'), cell: (info) => <span className="num">{dateText(info.getValue())}</span>, meta: { label: t('briefs.columns.briefDate'), width: 124, text: dateText } }),
        col.accessor('presentationDate', { header: t('briefs.columns.presentationDate'), cell: (info) => <span className="num">{dateText(info.getValue())}</span>, meta: { label: t('briefs.columns.presentationDate'), width: 124, text: dateText } }),
        col.accessor('ownerName', { header: t('briefs.columns.owner'), meta: { label: t('briefs.columns.owner'), filter: 'text', width: 100 } }),
        col.accessor('currentVersion', { header: t('briefs.columns.version'), cell: (info) => <span className="num">{info.getValue() > 0 ? `v${info.getValue()}` : ''}</span>, meta: { label: t('briefs.columns.version'), width: 80, grow: 0.5, align: 'end' } }),
    ]);
  }, [t, language]);

  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(row) => row.id}
      label={t('briefs.tableLabel')}
      initialSorting={[{ id: 'briefDate', desc: true }]}
      empty={
        <EmptyState icon={<BriefsIcon size={40} />} title={t('briefs.emptyTitle')} actions={<><Link href="/accounts" className="button">{t('common.openPage', { page: t('nav.accounts') })}</Link><LoadSampleButton /></>}>
          {t('briefs.emptyBody')}
        </EmptyState>
      }
    />
  );
}
