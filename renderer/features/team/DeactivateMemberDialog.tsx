// Deactivating a member who leaves: they stop appearing among the members to pick, their history stays, and their
// current account assignments can be ended on the same day.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment, Member } from '@shared/model/member';
import { repos } from '../../db';
import { Dialog } from '../../components/dialog/Dialog';
import { today } from './member-data';

type Props = { open: boolean; member: Member; current: Assignment[]; onClose: () => void };

export function DeactivateMemberDialog({ open, member, current, onClose }: Props) {
  const { t } = useTranslation();
  const [endAssignments, setEndAssignments] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setEndAssignments(true);
    setError(null);
  }, [open]);

  const onConfirm = async () => {
    setBusy(true);
    setError(null);
    const r = repos();
    const day = today();
    // Assignments first: if deactivating then fails, the member is still active and the user can simply retry.
    if (endAssignments && current.length > 0) {
      const ended = await r.assignments.saveMany(current.map((a) => ({ ...a, until: a.since && a.since > day ? a.since : day })));
      if (!ended.ok) {
        setBusy(false);
        setError(ended.issues.map((issue) => issue.message).join('; '));
        return;
      }
    }
    const result = await r.members.save({ ...member, active: false });
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.issues.map((issue) => issue.message).join('; '));
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('member.deactivateDialog.title', { name: member.name })}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {error && <span className="field-error">{t('common.saveFailed', { reason: error })}</span>}
          </span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="button button-primary" onClick={() => void onConfirm()} disabled={busy}>
            {busy ? t('common.saving') : t('member.deactivateDialog.submit')}
          </button>
        </div>
      }
    >
      <div className="stack-tight">
        <p>{t('member.deactivateDialog.body')}</p>
        {current.length > 0 && (
          <label className="check">
            <input type="checkbox" checked={endAssignments} onChange={(event) => setEndAssignments(event.target.checked)} />
            <span>{t('member.deactivateDialog.endAssignments', { count: current.length })}</span>
          </label>
        )}
      </div>
    </Dialog>
  );
}
