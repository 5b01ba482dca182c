// The pipeline as a table: every pitch with its account, type, stage, date, value, probability, weighted value,
// owner, last activity (stalled ones marked) and the state of its preparation plan.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pitchStages, pitchTypes } from '@shared/model/pitch';
import { DataTable } from '../../components/data-table/DataTable';
import { dataColumnHelper } from '../../components/data-table/data-table-features';
import { Badge, pitchStageTone } from '../../components/Badge';
import { useLanguage } from '../../components/use-language';
import { formatDate, formatMoney } from '../../i18n/format';
import type { PitchRow } from './pitch-rows';

const col = dataColumnHelper<PitchRow>();

export function PitchTable({ rows, onOpen }: { rows: PitchRow[]; onOpen: (row: PitchRow) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();

  const columns = useMemo(() => {
    const dateText = (v: unknown) => formatDate(typeof v === 'string' ? v : null, language);
    const label = (key: 'title' | 'account' | 'type' | 'stage' | 'pitchDate' | 'fee' | 'probability' | 'weighted' | 'owner' | 'activity' | 'prep') => t(`pitches.columns.${key}`);
    return col.columns([
      col.accessor('title', { header: label('title'), meta: { label: label('title'), filter: 'text', width: 190, grow: 2.2 } }),
      col.accessor('accountName', { header: label('account'), meta: { label: label('account'), filter: 'text', width: 100, grow: 1 } }),
      col.accessor('type', {
        header: label('type'),
        cell: (info) => t(`pitches.typeShort.${info.getValue()}`),
        meta: { label: label('type'), filter: { options: pitchTypes.map((s) => ({ value: s, label: t(`pitches.typeShort.${s}`) })) }, width: 100, grow: 0.6 },
      }),
      col.accessor('stage', {
        header: label('stage'),
        cell: (info) => <Badge tone={pitchStageTone(info.getValue())}>{t(`enums.pitchStage.${info.getValue()}`)}</Badge>,
        meta: { label: label('stage'), filter: { options: pitchStages.map((s) => ({ value: s, label: t(`enums.pitchStage.${s}`) })) }, width: 140, grow: 0.8 },
      }),
      col.accessor('pitchDate', { header: label('pitchDate'), cell: (info) => <span className="num">{dateText(info.getValue())}</span>, meta: { label: label('pitchDate'), width: 110, grow: 0.6, text: dateText } }),
      col.accessor('estimatedAnnualFee', {
        header: label('fee'),
        cell: (info) => <span className="num">{formatMoney(info.getValue(), info.row.original.currency, language)}</span>,
        meta: { label: label('fee'), align: 'end', width: 120, grow: 0.8 },
      }),
      col.accessor('probability', { header: label('probability'), cell: (info) => <span className="num">{info.getValue()}%</span>, meta: { label: label('probability'), align: 'end', width: 70, grow: 0.4 } }),
      col.accessor('weighted', {
        header: label('weighted'),
        cell: (info) => <span className="num">{formatMoney(info.getValue(), info.row.original.currency, language)}</span>,
        meta: { label: label('weighted'), align: 'end', width: 124 },
      }),
      col.accessor('ownerName', { header: label('owner'), meta: { label: label('owner'), filter: 'text', width: 80, grow: 0.6 } }),
      col.accessor('idleDays', {
        header: label('activity'),
        cell: (info) => (info.row.original.stalled
          ? <Badge tone="warn">{t('pitches.idle', { days: info.getValue() })}</Badge>
          : <span className="num cell-muted">{t('pitches.daysAgo', { count: info.getValue() })}</span>),
        meta: { label: label('activity'), width: 110, grow: 0.6, text: (v) => t('pitches.daysAgo', { count: typeof v === 'number' ? v : 0 }) },
      }),
      col.accessor((row) => row.prep.total === 0 ? -1 : row.prep.done / row.prep.total, {
        id: 'prep',
        header: label('prep'),
        cell: (info) => {
          const prep = info.row.original.prep;
          if (prep.total === 0) return <span className="cell-muted">—</span>;
          return (
            <span className="prep-cell">
              <span className="num">{`${prep.done}/${prep.total}`}</span>
              {prep.overdue > 0 && <span className="overdue-count" title={t('pitches.prepOverdue', { count: prep.overdue })}><Badge tone="danger">{prep.overdue}</Badge><span className="visually-hidden">{t('pitches.prepOverdue', { count: prep.overdue })}</span></span>}
            </span>
          );
        },
        meta: { label: label('prep'), width: 100, grow: 0.5, text: () => '' },
      }),
    ]);
  }, [t, language]);

  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(row) => row.id}
      label={t('pitches.tableLabel')}
      onOpenRow={onOpen}
      initialSorting={[{ id: 'pitchDate', desc: true }]}
      initialHidden={['weighted']}
    />
  );
}
