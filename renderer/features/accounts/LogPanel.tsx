// The relationship log tab: meetings, calls, dinners, emails and events, newest first, with who attended, the next
// step and the follow-up (overdue ones stand out; done is one click); log, edit and delete (to the trash).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interaction } from '@shared/model/interaction';
import { openFollowUps } from '@shared/metrics/account-follow-ups';
import { repos } from '../../db';
import { Badge } from '../../components/Badge';
import { DeleteRecordDialog } from '../../components/delete/DeleteRecordDialog';
import { PlusIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import type { AccountPageData } from './account-data';
import { InteractionDialog } from './InteractionDialog';
import { useIssueReason } from './form-support';

const byNewest = (a: Interaction, b: Interaction) => (a.date === b.date ? (a.createdAt < b.createdAt ? 1 : -1) : a.date < b.date ? 1 : -1);

export function LogPanel({ data }: { data: AccountPageData }) {
  const { t } = useTranslation();
  const issueReason = useIssueReason();
  const [editing, setEditing] = useState<{ entry: Interaction | null } | null>(null);
  const [deleting, setDeleting] = useState<Interaction | null>(null);
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const followUps = useMemo(() => openFollowUps(data.interactions, data.today), [data.interactions, data.today]);
  const openIds = useMemo(() => new Set(followUps.map((f) => f.interaction.id)), [followUps]);
  const overdue = followUps.filter((f) => f.overdue).length;
  const entries = useMemo(() => [...data.interactions].sort(byNewest).filter((i) => !onlyOpen || openIds.has(i.id)), [data.interactions, onlyOpen, openIds]);
  const names = useMemo(() => ({
    contacts: new Map(data.contacts.map((c) => [c.id, c])),
    members: new Map(data.members.map((m) => [m.id, m])),
  }), [data.contacts, data.members]);

  const setDone = async (entry: Interaction, done: boolean) => {
    const result = await repos().interactions.save({ id: entry.id, accountId: entry.accountId, date: entry.date, followUpDone: done });
    setStatus(result.ok ? { ok: true, text: done ? t('account.log.markedDone') : t('account.log.markedOpen') } : { ok: false, text: t('common.saveFailed', { reason: result.issues.map(issueReason).join('; ') }) });
  };

  return (
    <section className="card card-section" aria-labelledby="account-log">
      <div className="acct-panel-head">
        <div>
          <h3 id="account-log" className="section-title">{t('account.log.title')}</h3>
          <p className={overdue > 0 ? 'section-hint acct-key-alert' : 'section-hint'}>
            {followUps.length === 0 ? t('account.log.noOpenFollowUps') : t('account.log.openFollowUps', { count: followUps.length, overdue })}
          </p>
        </div>
        <span className="acct-panel-status" role="status">{status && <span className={status.ok ? 'saved-note' : 'field-error'}>{status.text}</span>}</span>
        <label className="acct-check-field">
          <input type="checkbox" checked={onlyOpen} onChange={(event) => setOnlyOpen(event.target.checked)} />
          <span>{t('account.log.onlyOpen')}</span>
        </label>
        <button type="button" className="button button-primary" onClick={() => { setStatus(null); setEditing({ entry: null }); }}>
          <PlusIcon size={16} />
          {t('account.log.add')}
        </button>
      </div>
      {entries.length === 0 ? (
        <p className="section-hint">{onlyOpen ? t('account.log.noneOpen') : t('account.log.empty')}</p>
      ) : (
        <ol className="acct-log-list" aria-label={t('account.log.listLabel')}>
          {entries.map((entry) => (
            <LogEntry
              key={entry.id}
              entry={entry}
              names={names}
              today={data.today}
              onToggle={(done) => void setDone(entry, done)}
              onEdit={() => { setStatus(null); setEditing({ entry }); }}
              onDelete={() => { setStatus(null); setDeleting(entry); }}
            />
          ))}
        </ol>
      )}
      <InteractionDialog
        open={editing !== null}
        data={data}
        entry={editing?.entry ?? null}
        onClose={() => setEditing(null)}
        onSaved={(_entry, created) => {
          setEditing(null);
          setStatus({ ok: true, text: created ? t('account.log.added') : t('account.log.saved') });
        }}
      />
      {deleting && (
        <DeleteRecordDialog
          open
          table="interactions"
          id={deleting.id}
          label={entryLabel(deleting, t(`account.interactionType.${deleting.type}`))}
          onClose={() => setDeleting(null)}
          onDeleted={() => setStatus({ ok: true, text: t('account.log.deleted') })}
        />
      )}
    </section>
  );
}

type Names = { contacts: Map<string, { name: string }>; members: Map<string, { name: string }> };
/** How an entry is named in buttons and the delete dialog: its type, date and the start of its summary. */
function entryLabel(entry: Interaction, typeLabel: string): string {
  const summary = entry.summary.trim().split('\n')[0] ?? '';
  const short = summary.length > 24 ? `${summary.slice(0, 24)}…` : summary;
  return [typeLabel, entry.date, short].filter(Boolean).join(' · ');
}

function LogEntry({ entry, names, today, onToggle, onEdit, onDelete }: { entry: Interaction; names: Names; today: string; onToggle: (done: boolean) => void; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const separator = t('account.listSeparator');
  const theirs = entry.contactIds.map((id) => names.contacts.get(id)?.name).filter(Boolean).join(separator);
  const ours = entry.memberIds.map((id) => names.members.get(id)?.name).filter(Boolean).join(separator);
  const followUp = entry.followUpOn;
  const late = followUp !== null && !entry.followUpDone && followUp < today;
  const label = entryLabel(entry, t(`account.interactionType.${entry.type}`));
  return (
    <li className={late ? 'acct-log-entry acct-log-entry-late' : 'acct-log-entry'}>
      <div className="acct-log-when">
        <span className="num acct-log-date">{formatDate(entry.date, language)}</span>
        <Badge tone="plain">{t(`account.interactionType.${entry.type}`)}</Badge>
      </div>
      <div className="acct-log-body">
        <p className="pre-wrap acct-log-summary">{entry.summary || <span className="cell-sub">{t('account.log.noSummary')}</span>}</p>
        {(theirs || ours) && (
          <p className="acct-log-people">
            {theirs && <span>{t('account.log.theirSide', { names: theirs })}</span>}
            {ours && <span>{t('account.log.ourSide', { names: ours })}</span>}
          </p>
        )}
        {entry.nextStep && <p className="acct-log-next"><strong>{t('account.log.nextStep')}</strong> <span className="pre-wrap">{entry.nextStep}</span></p>}
      </div>
      <div className="acct-log-follow">
        {followUp ? (
          <>
            <span className={late ? 'acct-follow-date acct-follow-late' : entry.followUpDone ? 'acct-follow-date acct-follow-done' : 'acct-follow-date'}>
              {t('account.log.followUpOn', { date: formatDate(followUp, language) })}
              {late && <strong> {t('account.log.overdueBy', { count: Math.round((Date.parse(today) - Date.parse(followUp)) / 86_400_000) })}</strong>}
            </span>
            <DoneToggle key={`${entry.id}-${String(entry.followUpDone)}`} stored={entry.followUpDone} label={label} onToggle={onToggle} />
          </>
        ) : (
          <span className="cell-sub">{t('account.log.noFollowUp')}</span>
        )}
        <span className="acct-card-actions">
          <button type="button" className="button button-ghost acct-button-small" onClick={onEdit} aria-label={t('account.log.editOne', { label })}>{t('account.edit')}</button>
          <button type="button" className="button button-ghost acct-button-small button-danger" onClick={onDelete} aria-label={t('account.log.deleteOne', { label })}>{t('account.deleteShort')}</button>
        </span>
      </div>
    </li>
  );
}

/**
 * The follow-up's done box: it flips at once (the save and the live re-read follow a moment later) and starts again
 * from the stored value whenever that changes, being keyed by it.
 */
function DoneToggle({ stored, label, onToggle }: { stored: boolean; label: string; onToggle: (done: boolean) => void }) {
  const { t } = useTranslation();
  const [done, setDone] = useState(stored);
  return (
    <label className="acct-check-field">
      <input
        type="checkbox"
        checked={done}
        onChange={(event) => {
          setDone(event.target.checked);
          onToggle(event.target.checked);
        }}
        aria-label={t('account.log.doneFor', { label })}
      />
      <span aria-hidden="true">{t('account.log.done')}</span>
    </label>
  );
}
