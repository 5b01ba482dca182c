// The reports list: every department report with its period, status and when it was finalised; opens one, starts a new one.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { periodTypes, type Report } from '@shared/model/report';
import { DataTable } from '../../components/data-table/DataTable';
import { dataColumnHelper } from '../../components/data-table/data-table-features';
import { EmptyState } from '../../components/EmptyState';
import { LoadSampleButton } from '../../components/sample/LoadSampleButton';
import { Badge, reportStatusTone } from '../../components/Badge';
import { PlusIcon, ReportsIcon } from '../../components/layout/icons';
import { NewReportDialog } from './NewReportDialog';
import './reports.css';
import { useRecords } from '../../components/records/use-records';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';

const col = dataColumnHelper<Report>();
const reportStatuses = ['draft', 'final'] as const;

export function ReportsPage({ creating = false }: { creating?: boolean }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const language = useLanguage();
  const rows = useRecords('reports');

  const columns = useMemo(() => {
    const dateText = (v: unknown) => formatDate(typeof v === 'string' ? v : null, language);
    return col.columns([
      col.accessor('title', { header: t('reports.columns.title'), meta: { label: t('reports.columns.title'), filter: 'text', width: 240, grow: 3 } }),
      col.accessor('periodType', {
        header: t('reports.columns.periodType'),
        cell: (info) => t(`enums.periodType.${info.getValue()}`),
        meta: { label: t('reports.columns.periodType'), filter: { options: periodTypes.map((p) => ({ value: p, label: t(`enums.periodType.${p}`) })) }, width: 100 },
      }),
      col.accessor('periodStart', { header: t('reports.columns.periodStart'), cell: (info) => <span className="num">{dateText(info.getValue())}</span>, meta: { label: t('reports.columns.periodStart'), width: 124, text: dateText } }),
      col.accessor('periodEnd', { header: t('reports.columns.periodEnd'), cell: (info) => <span className="num">{dateText(info.getValue())}</span>, meta: { label: t('reports.columns.periodEnd'), width: 124, text: dateText } }),
      col.accessor('status', {
        header: t('reports.columns.status'),
        cell: (info) => <Badge tone={reportStatusTone[info.getValue()]}>{t(`enums.reportStatus.${info.getValue()}`)}</Badge>,
        meta: { label: t('reports.columns.status'), filter: { options: reportStatuses.map((s) => ({ value: s, label: t(`enums.reportStatus.${s}`) })) }, width: 100 },
      }),
      col.accessor('finalisedAt', { header: t('reports.columns.finalisedAt'), cell: (info) => <span className="num">{dateText(info.getValue())}</span>, meta: { label: t('reports.columns.finalisedAt'), width: 124, text: dateText } }),
    ]);
  }, [t, language]);

  const newButton = (
    <button type="button" className="button button-primary" onClick={() => navigate('/reports/new')}>
      <PlusIcon size={16} />
      {t('reports.newButton')}
    </button>
  );
  return (
    <>
    <DataTable
      data={rows}
      onOpenRow={(row) => navigate(`/reports/${row.id}`)}
      actions={newButton}
      columns={columns}
      getRowId={(row) => row.id}
      label={t('reports.tableLabel')}
      initialSorting={[{ id: 'periodStart', desc: true }]}
      empty={
        <EmptyState icon={<ReportsIcon size={40} />} title={t('reports.emptyTitle')} actions={<>{newButton}<LoadSampleButton /></>}>
          {t('reports.emptyBody')}
        </EmptyState>
      }
    />
    <NewReportDialog open={creating} onClose={() => navigate('/reports')} onCreated={(id) => navigate(`/reports/${id}`, { replace: true })} />
    </>
  );
}
