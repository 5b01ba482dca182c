// The one way the app deletes a record: says plainly what moves to the trash with it and which fields of other
// records are emptied, then deletes it with its dependents in one transaction. For a team member others point
// to, it recommends deactivating instead, because leaving members keep their history.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableName } from '@shared/model/tables';
import { repos, type TrashTable } from '../../db';
import { Dialog } from '../dialog/Dialog';
import { refineClearedFields, summariseDependents, type DeleteSummary } from './delete-summary';
import './delete-dialog.css';

export type DeleteRecordDialogProps = {
  open: boolean;
  table: TableName;
  id: string;
  /** How the user knows the record: a brand, a name, a brief title. */
  label: string;
  onClose: () => void;
  onDeleted?: () => void;
};

type Busy = 'idle' | 'deleting' | 'deactivating';

type Impact = { exists: false } | { exists: true; summary: DeleteSummary; total: number; memberActive: boolean | null };

async function readImpact(table: TrashTable, id: string): Promise<Impact> {
  const r = repos();
  const [dependents, member] = await Promise.all([
    r.trash.dependentsOf(table, id),
    table === 'members' ? r.members.get(id) : Promise.resolve(undefined),
  ]);
  // dependentsOf answers "nothing" for a missing record too; tell the two apart so the dialog can say so.
  const record = table === 'members' ? member : await r[table].get(id);
  if (!record || record.deletedAt) return { exists: false };
  const summary = await refineClearedFields(r, table, id, summariseDependents(table, dependents));
  return { exists: true, summary, total: dependents.total, memberActive: member ? member.active : null };
}

export function DeleteRecordDialog({ open, table, id, label, onClose, onDeleted }: DeleteRecordDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Busy>('idle');
  const [error, setError] = useState<string | null>(null);
  const trashTable = table === 'settings' ? null : table;
  // Read once per opening, not as a live query: the trash's read transaction fails inside one (Dexie reports a
  // premature commit), and what a delete takes along does not change while the user reads the dialog.
  const [impact, setImpact] = useState<Impact | null | undefined>(undefined);
  useEffect(() => {
    if (!open || !trashTable) return;
    let current = true;
    setImpact(undefined);
    readImpact(trashTable, id).then(
      (result) => {
        if (current) setImpact(result);
      },
      (cause: unknown) => {
        if (!current) return;
        setImpact(null);
        setError(t('deleteRecord.failed', { reason: cause instanceof Error ? cause.message : String(cause) }));
      },
    );
    return () => {
      current = false;
    };
  }, [open, trashTable, id, t]);

  const close = () => {
    setError(null);
    setBusy('idle');
    onClose();
  };

  const onDelete = async () => {
    if (!trashTable) return;
    setBusy('deleting');
    setError(null);
    try {
      const result = await repos().trash.deleteWithDependents(trashTable, id);
      if (!result.ok) {
        setError(t('deleteRecord.gone'));
        setBusy('idle');
        return;
      }
      setBusy('idle');
      onClose();
      onDeleted?.();
    } catch (cause) {
      // A full disk or a refused transaction: nothing was deleted (it is one transaction); say why.
      setError(t('deleteRecord.failed', { reason: cause instanceof Error ? cause.message : String(cause) }));
      setBusy('idle');
    }
  };

  const onDeactivate = async () => {
    setBusy('deactivating');
    setError(null);
    const member = await repos().members.get(id);
    if (!member || member.deletedAt) {
      setError(t('deleteRecord.gone'));
      setBusy('idle');
      return;
    }
    const result = await repos().members.save({ ...member, active: false });
    setBusy('idle');
    if (result.ok) close();
    else setError(t('common.saveFailed', { reason: result.issues.map((issue) => issue.message).join('; ') }));
  };

  const ready = impact !== undefined && impact !== null;
  const exists = ready && impact.exists;
  const recommendDeactivate = exists && impact.memberActive === true && impact.total > 0;

  return (
    <Dialog
      open={open}
      onClose={close}
      title={t('deleteRecord.title', { label })}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {busy === 'deleting' && t('deleteRecord.deleting')}
            {busy === 'deactivating' && t('deleteRecord.deactivating')}
          </span>
          <button type="button" className="button" onClick={close}>{t('common.cancel')}</button>
          {recommendDeactivate && (
            <button type="button" className="button button-danger" onClick={() => void onDelete()} disabled={busy !== 'idle'}>
              {t('deleteRecord.deleteAnyway')}
            </button>
          )}
          {recommendDeactivate ? (
            <button type="button" className="button button-primary" onClick={() => void onDeactivate()} disabled={busy !== 'idle'} autoFocus>
              {t('deleteRecord.deactivate')}
            </button>
          ) : (
            <button type="button" className="button button-danger-solid" onClick={() => void onDelete()} disabled={!exists || busy !== 'idle'}>
              {t('deleteRecord.delete')}
            </button>
          )}
        </div>
      }
    >
      <div className="delete-body">
        {impact === undefined && <p className="section-hint" role="status">{t('deleteRecord.checking')}</p>}
        {ready && !impact.exists && <p className="notice notice-error" role="alert">{t('deleteRecord.gone')}</p>}
        {exists && <DeleteImpact label={label} summary={impact.summary} />}
        {exists && recommendDeactivate && <p className="notice notice-warn">{t('deleteRecord.memberInUse', { label })}</p>}
        {exists && impact.memberActive === false && <p className="section-hint">{t('deleteRecord.memberInactive', { label })}</p>}
        {error && <p className="notice notice-error" role="alert">{error}</p>}
      </div>
    </Dialog>
  );
}

/** The plain-language account of a delete: what goes with it, what is emptied. */
function DeleteImpact({ label, summary }: { label: string; summary: DeleteSummary }) {
  const { t } = useTranslation();
  const separator = t('deleteRecord.listSeparator');
  const cascadeList = summary.cascade.map(({ table, count }) => t(`deleteRecord.count.${table}`, { count })).join(separator);
  const clearList = summary.clear
    .map(({ table, count, fields }) => {
      const what = t(`deleteRecord.count.${table}`, { count });
      if (fields.length === 0) return what;
      // The keys come from the reference table, so they are only known at run time.
      const translate = t as unknown as (key: string) => string;
      const names = fields.map((field) => translate(`deleteRecord.field.${field}`)).join(t('deleteRecord.fieldSeparator'));
      return t('deleteRecord.withFields', { what, fields: names });
    })
    .join(separator);
  return (
    <>
      <p>{summary.cascade.length > 0 ? t('deleteRecord.cascade', { label, list: cascadeList }) : t('deleteRecord.alone', { label })}</p>
      {summary.clear.length > 0 && <p className="section-hint delete-clear">{t('deleteRecord.clear', { list: clearList })}</p>}
    </>
  );
}
