// The pitches list: every pitch and proposal with its account, type, stage, date, value, probability and owner.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { pitchStages, pitchTypes, type Pitch } from '@shared/model/pitch';
import { repos } from '../../db';
import { DataTable } from '../../components/data-table/DataTable';
import { dataColumnHelper } from '../../components/data-table/data-table-features';
import { EmptyState } from '../../components/EmptyState';
import { LoadSampleButton } from '../../components/sample/LoadSampleButton';
import { Badge, pitchStageTone } from '../../components/Badge';
import { PitchesIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate, formatMoney } from '../../i18n/format';

type PitchRow = Pitch & { accountName: string; ownerName: string };

async function readPitchRows(): Promise<PitchRow[]> {
  const r = repos();
  const [pitches, accounts, members] = await Promise.all([r.pitches.list(), r.accounts.list(), r.members.list()]);
  const accountNames = new Map(accounts.map((a) => [a.id, a.brand]));
  const memberNames = new Map(members.map((m) => [m.id, m.name]));
  return pitches.map((pitch) => ({
    ...pitch,
    accountName: accountNames.get(pitch.accountId) ?? '',
    ownerName: pitch.ownerId ? (memberNames.get(pitch.ownerId) ?? '') : '',
  }));
}

const col = dataColumnHelper<PitchRow>();

export function PitchesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = useLiveQuery(readPitchRows, []);

  const columns = useMemo(() => {
    const dateText = (v: unknown) => formatDate(typeof v === 'string' ? v : null, language);
    return col.columns([
      col.accessor('title', { header: t('pitches.columns.title'), meta: { label: t('pitches.columns.title'), filter: 'text', width: 200, grow: 2.2 } }),
      col.accessor('accountName', { header: t('pitches.columns.account'), meta: { label: t('pitches.columns.account'), filter: 'text', width: 130, grow: 1.2 } }),
      col.accessor('type', {
        header: t('pitches.columns.type'),
        cell: (info) => t(`enums.pitchType.${info.getValue()}`),
        meta: { label: t('pitches.columns.type'), filter: { options: pitchTypes.map((s) => ({ value: s, label: t(`enums.pitchType.${s}`) })) }, width: 150, grow: 1.1 },
      }),
      col.accessor('stage', {
        header: t('pitches.columns.stage'),
        cell: (info) => <Badge tone={pitchStageTone(info.getValue())}>{t(`enums.pitchStage.${info.getValue()}`)}</Badge>,
        meta: { label: t('pitches.columns.stage'), filter: { options: pitchStages.map((s) => ({ value: s, label: t(`enums.pitchStage.${s}`) })) }, width: 170, grow: 1.1 },
      }),
      col.accessor('pitchDate', { header: t('pitches.columns.pitchDate'), cell: (info) => <span className="num">{dateText(info.getValue())}</span>, meta: { label: t('pitches.columns.pitchDate'), width: 124, text: dateText } }),
      col.accessor('estimatedAnnualFee', {
        header: t('pitches.columns.fee'),
        cell: (info) => <span className="num">{formatMoney(info.getValue(), info.row.original.currency, language)}</span>,
        meta: { label: t('pitches.columns.fee'), align: 'end', width: 150 },
      }),
      col.accessor('probability', { header: t('pitches.columns.probability'), cell: (info) => <span className="num">{info.getValue()}%</span>, meta: { label: t('pitches.columns.probability'), align: 'end', width: 120, grow: 0.6 } }),
      col.accessor('ownerName', { header: t('pitches.columns.owner'), meta: { label: t('pitches.columns.owner'), filter: 'text', width: 100 } }),
    ]);
  }, [t, language]);

  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(row) => row.id}
      label={t('pitches.tableLabel')}
      initialSorting={[{ id: 'pitchDate', desc: true }]}
      empty={
        <EmptyState icon={<PitchesIcon size={40} />} title={t('pitches.emptyTitle')} actions={<><Link href="/accounts" className="button">{t('common.openPage', { page: t('nav.accounts') })}</Link><LoadSampleButton /></>}>
          {t('pitches.emptyBody')}
        </EmptyState>
      }
    />
  );
}
