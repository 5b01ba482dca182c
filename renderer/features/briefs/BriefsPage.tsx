// The briefs list: every creative brief across accounts with status, owner, dates and version (the approved one marked),
// filtered by account, status, owner and a date range; new briefs start here (or at #/briefs/new/<accountId>).
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { briefStatuses, type BriefStatus } from '@shared/model/brief';
import { repos } from '../../db';
import { DataTable } from '../../components/data-table/DataTable';
import { dataColumnHelper } from '../../components/data-table/data-table-features';
import { EmptyState } from '../../components/EmptyState';
import { LoadSampleButton } from '../../components/sample/LoadSampleButton';
import { Badge, briefStatusTone } from '../../components/Badge';
import { BriefsIcon, PlusIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import { dateFields, emptyFilters, filterBriefRows, isFiltering, NO_OWNER, readBriefRows, readRecentBriefRows, type BriefFilters, type BriefRow, type DateField } from './brief-list';
import { NewBriefDialog } from './NewBriefDialog';
import { ensurePresetTemplates } from './templates';
import './briefs.css';

const col = dataColumnHelper<BriefRow>();
/** Enough rows to fill a tall window before every brief has been read. */
const FIRST_ROWS = 60;

type Props = { newBrief?: { accountId: string | null } };

export function BriefsPage({ newBrief }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  // The last-changed briefs first (the list's default order), then every brief. The full read starts once the first
  // rows are in: started together, its one large read would hold up the small one.
  const recent = useLiveQuery(() => readRecentBriefRows(repos(), FIRST_ROWS), []);
  const recentIn = recent !== undefined;
  const rows = useLiveQuery(() => (recentIn ? readBriefRows(repos()) : undefined), [recentIn]);
  const loadingMore = rows === undefined && recent !== undefined;
  const accounts = useLiveQuery(() => repos().accounts.list(), []);
  const members = useLiveQuery(() => repos().members.list(), []);
  const [filters, setFilters] = useState<BriefFilters>(emptyFilters);

  useEffect(() => {
    void ensurePresetTemplates(repos());
  }, []);

  const columns = useMemo(() => {
    const dateText = (v: unknown) => formatDate(typeof v === 'string' ? v : null, language);
    return col.columns([
      col.accessor('title', { header: t('briefs.columns.title'), meta: { label: t('briefs.columns.title'), width: 220, grow: 2.4 } }),
      col.accessor('accountName', { header: t('briefs.columns.account'), meta: { label: t('briefs.columns.account'), width: 120, grow: 1 } }),
      col.accessor('project', { header: t('briefs.columns.project'), meta: { label: t('briefs.columns.project'), width: 150, grow: 1.4 } }),
      col.accessor('jobNumber', { header: t('briefs.columns.jobNumber'), cell: (info) => <span className="num">{info.getValue()}</span>, meta: { label: t('briefs.columns.jobNumber'), width: 110 } }),
      col.accessor('status', {
        header: t('briefs.columns.status'),
        cell: (info) => <Badge tone={briefStatusTone[info.getValue()]}>{t(`enums.briefStatus.${info.getValue()}`)}</Badge>,
        meta: { label: t('briefs.columns.status'), width: 104, text: (v) => (typeof v === 'string' && (briefStatuses as readonly string[]).includes(v) ? t(`enums.briefStatus.${v as BriefStatus}`) : '') },
      }),
      col.accessor('ownerName', { header: t('briefs.columns.owner'), meta: { label: t('briefs.columns.owner'), width: 86 } }),
      col.accessor('presentationDate', { header: t('briefs.columns.presentationDate'), cell: (info) => <span className="num">{dateText(info.getValue())}</span>, meta: { label: t('briefs.columns.presentationDate'), width: 112, text: dateText } }),
      col.accessor('briefDate', { header: t('briefs.columns.briefDate'), cell: (info) => <span className="num">{dateText(info.getValue())}</span>, meta: { label: t('briefs.columns.briefDate'), width: 112, text: dateText } }),
      col.accessor('currentVersion', {
        header: t('briefs.columns.version'),
        cell: (info) => <VersionCell row={info.row.original} />,
        meta: { label: t('briefs.columns.version'), width: 150, grow: 0.8 },
      }),
      col.accessor('updatedAt', { header: t('briefs.columns.updatedAt'), cell: (info) => <span className="num">{dateText(info.getValue())}</span>, meta: { label: t('briefs.columns.updatedAt'), width: 112, text: dateText } }),
    ]);
  }, [t, language]);

  const shown = useMemo(() => (rows ? filterBriefRows(rows, filters) : recent), [rows, recent, filters]);
  const owners = useMemo(() => {
    const ids = new Set((rows ?? []).map((r) => r.ownerId).filter((id): id is string => id !== null));
    return (members ?? []).filter((m) => ids.has(m.id)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [rows, members]);
  const sortedAccounts = useMemo(() => [...(accounts ?? [])].sort((a, b) => a.brand.localeCompare(b.brand, 'zh-CN')), [accounts]);
  const set = <K extends keyof BriefFilters>(key: K, value: BriefFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const hasAccounts = (accounts?.length ?? 0) > 0;
  const hasBriefs = (rows ?? recent ?? []).length > 0;

  const newButton = (
    <Link href="/briefs/new" className="button button-primary">
      <PlusIcon size={16} />
      {t('briefs.new')}
    </Link>
  );

  return (
    <>
      {hasBriefs && (
        <div className="brief-filters" role="search" aria-label={t('briefs.filters.label')}>
          <label>
            <span>{t('briefs.filters.account')}</span>
            <select disabled={loadingMore} value={filters.accountId} onChange={(e) => set('accountId', e.target.value)}>
              <option value="">{t('briefs.filters.all')}</option>
              {sortedAccounts.map((a) => <option key={a.id} value={a.id}>{a.brand}</option>)}
            </select>
          </label>
          <label>
            <span>{t('briefs.filters.status')}</span>
            <select disabled={loadingMore} value={filters.status} onChange={(e) => set('status', e.target.value as BriefStatus | '')}>
              <option value="">{t('briefs.filters.all')}</option>
              {briefStatuses.map((s) => <option key={s} value={s}>{t(`enums.briefStatus.${s}`)}</option>)}
            </select>
          </label>
          <label>
            <span>{t('briefs.filters.owner')}</span>
            <select disabled={loadingMore} value={filters.ownerId} onChange={(e) => set('ownerId', e.target.value)}>
              <option value="">{t('briefs.filters.all')}</option>
              {owners.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
              <option value={NO_OWNER}>{t('briefs.filters.noOwner')}</option>
            </select>
          </label>
          <label>
            <span>{t('briefs.filters.dateField')}</span>
            <select disabled={loadingMore} value={filters.dateField} onChange={(e) => set('dateField', e.target.value as DateField)}>
              {dateFields.map((f) => <option key={f} value={f}>{t(`briefs.filters.dateFields.${f}`)}</option>)}
            </select>
          </label>
          <label>
            <span>{t('briefs.filters.from')}</span>
            <input type="date" disabled={loadingMore} value={filters.from} max={filters.to || undefined} onChange={(e) => set('from', e.target.value)} />
          </label>
          <label>
            <span>{t('briefs.filters.to')}</span>
            <input type="date" disabled={loadingMore} value={filters.to} min={filters.from || undefined} onChange={(e) => set('to', e.target.value)} />
          </label>
          {isFiltering(filters) && (
            <button type="button" className="button button-ghost" onClick={() => setFilters(emptyFilters)}>{t('briefs.filters.clear')}</button>
          )}
        </div>
      )}
      <DataTable
        data={shown}
        loadingMore={loadingMore}
        columns={columns}
        getRowId={(row) => row.id}
        label={t('briefs.tableLabel')}
        onOpenRow={(row) => navigate(`/briefs/${row.id}`)}
        initialSorting={[{ id: 'updatedAt', desc: true }]}
        initialHidden={['jobNumber', 'briefDate']}
        actions={newButton}
        empty={
          hasBriefs ? undefined : (
            <EmptyState
              icon={<BriefsIcon size={40} />}
              title={t('briefs.emptyTitle')}
              actions={<>{hasAccounts ? newButton : <Link href="/accounts" className="button">{t('common.openPage', { page: t('nav.accounts') })}</Link>}<LoadSampleButton /></>}
            >
              {hasAccounts ? t('briefs.emptyBody') : t('briefs.emptyNoAccounts')}
            </EmptyState>
          )
        }
      />
      {newBrief && (
        <NewBriefDialog
          open
          accountId={newBrief.accountId}
          onClose={() => navigate('/briefs')}
          onCreated={(id) => navigate(`/briefs/${id}`)}
        />
      )}
    </>
  );
}

function VersionCell({ row }: { row: BriefRow }) {
  const { t } = useTranslation();
  if (row.currentVersion === 0) return <span className="cell-sub">—</span>;
  const approval = row.approval;
  return (
    <span className="version-cell">
      <span className="num">{t('briefs.versionCell', { n: row.currentVersion })}</span>
      {approval.kind === 'current' && (
        <span className="approved-mark" title={t('briefs.approvedMarkTitle', { n: approval.version })}>✓ {t('briefs.approvedMark', { n: approval.version })}</span>
      )}
      {approval.kind === 'needs-reapproval' && (
        <span className="approved-mark approved-mark-stale" title={t('briefs.reapprovalMarkTitle', { n: approval.version })}>{t('briefs.reapprovalMark', { n: approval.version })}</span>
      )}
    </span>
  );
}
