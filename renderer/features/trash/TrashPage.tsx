// The trash (回收站): every deleted record with its kind, name, where it came from and when; restore (with a plain
// explanation when its parent must come back first), empty the trash, and how long records are kept.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { tableNames, type TableName } from '@shared/model/tables';
import { repos, type TrashTable } from '../../db';
import { DataTable } from '../../components/data-table/DataTable';
import { dataColumnHelper } from '../../components/data-table/data-table-features';
import { Dialog } from '../../components/dialog/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import { RetentionForm } from './RetentionForm';
import { readTrashRows, type NamedRef, type RowName, type TrashRow } from './trash-rows';
import '../../components/delete/delete-dialog.css';
import './trash.css';

type Notice = { tone: 'ok' | 'error' | 'warn'; text: string; restoreParent?: { table: TrashTable; id: string; name: string } };

const col = dataColumnHelper<TrashRow & { kindLabel: string; nameText: string; originText: string }>();

function timeText(iso: string, language: 'zh-CN' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = date.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit', hour12: false });
  return `${formatDate(iso, language)} ${time}`;
}

export function TrashPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = useLiveQuery(() => readTrashRows(repos()), []);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const [emptying, setEmptying] = useState(false);

  const kindLabel = (table: TableName) => t(`deleteRecord.kind.${table}`);
  // Inside an English sentence the kind is a common noun ("deleted with account …"); Chinese has no case.
  const kindInText = (table: TableName) => (language === 'en' ? kindLabel(table).toLocaleLowerCase('en') : kindLabel(table));
  const unnamed = t('trash.unnamed');
  const nameText = (name: RowName): string => {
    switch (name.kind) {
      case 'version':
        return t('trash.versionLabel', { title: name.title || unnamed, number: name.number });
      case 'assignment':
        return t('trash.assignmentLabel', { member: name.member || unnamed, account: name.account || unnamed });
      case 'evaluation':
        return t('trash.evaluationLabel', { member: name.member || unnamed, quarter: name.quarter });
      default:
        return name.text || unnamed;
    }
  };
  const refName = (ref: NamedRef) => ref.name || t('trash.unknown');
  const originText = (row: TrashRow): string => {
    if (row.deletedWith) return t('trash.deletedWith', { kind: kindInText(row.deletedWith.table), name: refName(row.deletedWith) });
    if (row.belongsTo) {
      const key = row.belongsTo.deleted ? 'trash.belongsToDeleted' : 'trash.belongsTo';
      return t(key, { kind: kindLabel(row.belongsTo.table), name: refName(row.belongsTo) });
    }
    return t('trash.deletedDirectly');
  };

  const data = useMemo(
    () => rows?.map((row) => ({ ...row, kindLabel: kindLabel(row.table), nameText: nameText(row.name), originText: originText(row) })),
    // The labels follow the language; t changes with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, t, language],
  );

  const restore = async (table: TrashTable, id: string, name: string) => {
    setNotice(null);
    try {
      const result = await repos().trash.restore(table, id);
      if (result.ok) {
        const total = Object.values(result.restored).reduce((sum, n) => sum + (n ?? 0), 0);
        setNotice({ tone: 'ok', text: total > 1 ? t('trash.restoredWith', { name, count: total - 1 }) : t('trash.restored', { name }) });
        return;
      }
      if (result.code === 'parent-deleted' && result.parent) {
        const parentTable = result.parent.table as TrashTable;
        const parentRow = rows?.find((row) => row.table === parentTable && row.id === result.parent?.id);
        const parentName = parentRow ? nameText(parentRow.name) : t('trash.unknown');
        setNotice({
          tone: 'warn',
          text: t('trash.parentDeleted', { name, kind: kindInText(parentTable), parent: parentName }),
          restoreParent: parentRow ? { table: parentTable, id: parentRow.id, name: parentName } : undefined,
        });
        return;
      }
      setNotice({ tone: 'error', text: t('trash.gone') });
    } catch (cause) {
      setNotice({ tone: 'error', text: t('trash.failed', { reason: cause instanceof Error ? cause.message : String(cause) }) });
    }
  };

  const emptyTrash = async () => {
    setEmptying(true);
    try {
      const purged = await repos().trash.empty();
      const count = Object.values(purged).reduce((sum, n) => sum + (n ?? 0), 0);
      setNotice({ tone: 'ok', text: t('trash.emptied', { count }) });
      setConfirmEmpty(false);
    } catch (cause) {
      setNotice({ tone: 'error', text: t('trash.failed', { reason: cause instanceof Error ? cause.message : String(cause) }) });
    } finally {
      setEmptying(false);
    }
  };

  const columns = useMemo(() => {
    // The row handles arrow keys and Enter for itself; a button inside it must keep Enter and Space.
    const keepKeys = (event: KeyboardEvent) => event.stopPropagation();
    return col.columns([
      col.accessor('kindLabel', {
        header: t('trash.columns.kind'),
        meta: {
          label: t('trash.columns.kind'),
          filter: { options: tableNames.filter((name) => name !== 'settings').map((name) => ({ value: t(`deleteRecord.kind.${name}`), label: t(`deleteRecord.kind.${name}`) })) },
          width: 150,
          grow: 0.8,
        },
      }),
      col.accessor('nameText', {
        header: t('trash.columns.name'),
        // Records deleted along with another sit under it (the list is ordered that way); the arrow only shows it.
        cell: (info) => (
          <span className={info.row.original.deletedWith ? 'trash-child' : undefined}>
            {info.row.original.deletedWith && <span className="trash-child-mark" aria-hidden="true">↳</span>}
            {info.getValue()}
          </span>
        ),
        meta: { label: t('trash.columns.name'), filter: 'text', width: 200, grow: 1.8 },
      }),
      col.accessor('originText', { header: t('trash.columns.origin'), meta: { label: t('trash.columns.origin'), filter: 'text', width: 220, grow: 1.8 } }),
      col.accessor('deletedAt', {
        header: t('trash.columns.deletedAt'),
        cell: (info) => <span className="num">{timeText(info.getValue(), language)}</span>,
        meta: { label: t('trash.columns.deletedAt'), width: 150, grow: 0.8, text: (v) => (typeof v === 'string' ? timeText(v, language) : '') },
      }),
      col.display({
        id: 'actions',
        header: t('trash.columns.actions'),
        cell: (info) => {
          const row = info.row.original;
          return (
            <button
              type="button"
              className="button button-small"
              onKeyDown={keepKeys}
              onClick={() => void restore(row.table, row.id, row.nameText)}
              aria-label={t('trash.restoreLabel', { name: row.nameText })}
            >
              {t('trash.restore')}
            </button>
          );
        },
        meta: { label: t('trash.columns.actions'), width: 96, grow: 0.4, align: 'end' },
      }),
    ]);
    // restore() reads the rows it was made with, so the columns are rebuilt when the rows change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, language, rows]);

  const count = rows?.length ?? 0;
  return (
    <>
      <section className="card trash-head" aria-labelledby="trash-title">
        <div className="trash-head-text">
          <h2 id="trash-title" className="section-title">{t('trash.title')}</h2>
          <p className="section-hint">{t('trash.intro')}</p>
        </div>
        <RetentionForm />
        <button type="button" className="button button-danger" onClick={() => setConfirmEmpty(true)} disabled={count === 0}>
          {t('trash.emptyTrash')}
        </button>
      </section>
      <div className="trash-notice">
        {notice && (
          <p className={`notice notice-${notice.tone === 'ok' ? 'ok' : notice.tone === 'warn' ? 'warn' : 'error'}`} role={notice.tone === 'ok' ? 'status' : 'alert'}>
            <span>{notice.text}</span>
            {notice.restoreParent && (
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  const parent = notice.restoreParent;
                  if (parent) void restore(parent.table, parent.id, parent.name);
                }}
              >
                {t('trash.restoreParent', { name: notice.restoreParent.name })}
              </button>
            )}
          </p>
        )}
      </div>
      <DataTable
        data={data}
        columns={columns}
        getRowId={(row) => row.key}
        label={t('trash.tableLabel')}
        empty={
          <EmptyState title={t('trash.emptyTitle')}>
            {t('trash.emptyBody')}
          </EmptyState>
        }
      />
      <Dialog
        open={confirmEmpty}
        onClose={() => setConfirmEmpty(false)}
        title={t('trash.emptyDialog.title')}
        footer={
          <div className="form-actions">
            <span className="status" role="status">{emptying && t('trash.emptyDialog.working')}</span>
            <button type="button" className="button" onClick={() => setConfirmEmpty(false)}>{t('common.cancel')}</button>
            <button type="button" className="button button-danger-solid" onClick={() => void emptyTrash()} disabled={emptying}>
              {t('trash.emptyDialog.submit')}
            </button>
          </div>
        }
      >
        <p>{t('trash.emptyDialog.body', { count })}</p>
      </Dialog>
    </>
  );
}
