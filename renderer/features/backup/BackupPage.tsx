// Backup and restore: export the whole database to one file, restore one after showing what it holds and asking,
// the desktop's automatic backups (or, in the browser, a reminder to download), and the state of the storage.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { BackupIssue, BackupSummary } from '@shared/backup/format';
import { tableNames, type TableName } from '@shared/model/tables';
import { repos } from '../../db';
import { Dialog } from '../../components/dialog/Dialog';
import { useSettings } from '../../components/records/use-records';
import { useLanguage } from '../../components/use-language';
import { formatBytes } from '../../i18n/format';
import type { UiLanguage } from '../../i18n';
import { platform, type BackupEntry } from '../../platform/platform';
import {
  checkBackup,
  currentCounts,
  downloadReminderDue,
  exportToFile,
  lastDownload,
  pickBackupFile,
  replaceWithBackup,
  type CheckedBackup,
} from './backup-actions';
import { backupIssueText } from './backup-issues';
import './backup.css';

type Notice = { tone: 'ok' | 'error' | 'info'; text: string; issues?: string[] };
type Candidate = Extract<CheckedBackup, { kind: 'ok' }>;
const MAX_SHOWN_ISSUES = 8;

function timeText(value: string | Date, language: UiLanguage): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(typeof value === 'string' ? new Date(value) : value);
}

export function BackupPage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<'export' | 'check' | null>(null);
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [lastDownloadAt, setLastDownloadAt] = useState(lastDownload);
  const [backupsChanged, setBackupsChanged] = useState(0);

  const refused = useCallback(
    (name: string, issues: BackupIssue[]) => {
      const lines = issues.slice(0, MAX_SHOWN_ISSUES).map((issue) => backupIssueText(t, issue));
      if (issues.length > MAX_SHOWN_ISSUES) lines.push(t('backup.moreIssues', { count: issues.length - MAX_SHOWN_ISSUES }));
      setNotice({ tone: 'error', text: t('backup.refusedTitle', { name }), issues: lines });
    },
    [t],
  );

  const onChecked = useCallback(
    (checked: CheckedBackup) => {
      if (checked.kind === 'refused') refused(checked.name, checked.issues);
      else setCandidate(checked);
    },
    [refused],
  );

  const onExport = async () => {
    setBusy('export');
    setNotice(null);
    const outcome = await exportToFile();
    setBusy(null);
    if (outcome.kind === 'saved') {
      setLastDownloadAt(lastDownload());
      setNotice({ tone: 'ok', text: outcome.path ? t('backup.exportedTo', { path: outcome.path }) : t('backup.exported') });
    } else if (outcome.kind === 'failed') setNotice({ tone: 'error', text: t('backup.exportFailed', { reason: outcome.reason }) });
  };

  const onRestoreFile = async () => {
    setNotice(null);
    setBusy('check');
    const outcome = await pickBackupFile();
    setBusy(null);
    if (outcome.kind === 'cancelled') return;
    if (outcome.kind === 'too-large') setNotice({ tone: 'error', text: t('backup.tooLarge', { size: formatBytes(outcome.size) }) });
    else if (outcome.kind === 'failed') setNotice({ tone: 'error', text: t('backup.openFailed', { reason: outcome.reason }) });
    else onChecked(outcome);
  };

  return (
    <div className="stack backup-page">
      <p className="back-line">
        <Link href="/settings">{t('common.backTo', { page: t('settings.title') })}</Link>
      </p>
      <section className="card card-section" aria-labelledby="backup-title">
        <h2 id="backup-title" className="section-title">{t('backup.title')}</h2>
        <p className="section-hint">{t('backup.intro')}</p>
        {!platform.isDesktop && <DownloadReminder last={lastDownloadAt} />}
        <div className="backup-actions">
          <div className="backup-action">
            <h3>{t('backup.exportSection')}</h3>
            <p className="section-hint">{t('backup.exportHint')}</p>
            <button type="button" className="button button-primary" onClick={() => void onExport()} disabled={busy !== null}>
              {busy === 'export' ? t('backup.exporting') : t('backup.export')}
            </button>
          </div>
          <div className="backup-action">
            <h3>{t('backup.restoreSection')}</h3>
            <p className="section-hint">{t('backup.restoreHint')}</p>
            <button type="button" className="button" onClick={() => void onRestoreFile()} disabled={busy !== null}>
              {busy === 'check' ? t('backup.checking') : t('backup.restore')}
            </button>
          </div>
        </div>
        <div className="backup-notice">
          {notice && (
            <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
              <p>{notice.text}</p>
              {notice.issues && (
                <ul className="backup-issues">
                  {notice.issues.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
      </section>
      {platform.isDesktop ? (
        <AutomaticBackups changed={backupsChanged} onChecked={onChecked} onNotice={setNotice} />
      ) : (
        <section className="card card-section" aria-labelledby="backup-auto-title">
          <h2 id="backup-auto-title" className="section-title">{t('backup.autoSection')}</h2>
          <p className="section-hint">{t('backup.autoWeb')}</p>
        </section>
      )}
      <StorageInfo />
      {candidate && (
        <ConfirmRestore
          candidate={candidate}
          onClose={() => setCandidate(null)}
          onDone={(result) => {
            setCandidate(null);
            setBackupsChanged((n) => n + 1);
            if (result.kind === 'restored') setNotice({ tone: 'ok', text: t('backup.restored', { name: candidate.name }) });
            else if (result.kind === 'refused') refused(candidate.name, result.issues);
            else setNotice({ tone: 'error', text: t('backup.beforeRestoreFailed', { reason: result.reason }) });
          }}
        />
      )}
    </div>
  );
}

function DownloadReminder({ last }: { last: Date | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // The page's moment of opening is "now" for the reminder; it need not tick.
  const [now] = useState(() => new Date());
  if (!downloadReminderDue(last, now)) return null;
  const text = last
    ? t('backup.webReminderOld', { days: Math.floor((now.getTime() - last.getTime()) / 86_400_000), date: timeText(last, language) })
    : t('backup.webReminderNever');
  return <p className="notice notice-warn backup-reminder">{text}</p>;
}

function ConfirmRestore({
  candidate,
  onClose,
  onDone,
}: {
  candidate: Candidate;
  onClose: () => void;
  onDone: (result: Awaited<ReturnType<typeof replaceWithBackup>>) => void;
}) {
  const { t } = useTranslation();
  const [working, setWorking] = useState(false);
  const [current, setCurrent] = useState<Record<TableName, number> | null>(null);
  useEffect(() => {
    void currentCounts().then(setCurrent);
  }, []);

  const replace = async () => {
    setWorking(true);
    const result = await replaceWithBackup(candidate.checked);
    setWorking(false);
    onDone(result);
  };

  return (
    <Dialog
      open
      onClose={() => {
        if (!working) onClose();
      }}
      title={t('backup.confirmTitle')}
      description={t('backup.confirmBody', { name: candidate.name })}
      footer={
        <div className="form-actions">
          <span className="status" role="status">{working && t('backup.replacing')}</span>
          <button type="button" className="button" onClick={onClose} disabled={working}>{t('common.cancel')}</button>
          <button type="button" className="button button-danger-solid" onClick={() => void replace()} disabled={working}>{t('backup.replace')}</button>
        </div>
      }
    >
      <SummaryView summary={candidate.summary} current={current} />
      <p className="section-hint">{platform.isDesktop ? t('backup.confirmDesktop') : t('backup.confirmWeb')}</p>
    </Dialog>
  );
}

function SummaryView({ summary, current }: { summary: BackupSummary; current: Record<TableName, number> | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="backup-summary">
      <dl className="backup-meta">
        <div>
          <dt>{t('backup.exportedAt')}</dt>
          <dd>{timeText(summary.exportedAt, language)}</dd>
        </div>
        <div>
          <dt>{t('backup.appVersion')}</dt>
          <dd>{summary.appVersion}</dd>
        </div>
        <div>
          <dt>{t('backup.schemaVersion')}</dt>
          <dd>{summary.schemaVersion}</dd>
        </div>
      </dl>
      <table className="backup-counts" aria-label={t('backup.fileHolds')}>
        <thead>
          <tr>
            <th scope="col">{t('backup.kindColumn')}</th>
            <th scope="col" className="num">{t('backup.inFile')}</th>
            <th scope="col" className="num">{t('backup.inDatabase')}</th>
          </tr>
        </thead>
        <tbody>
          {tableNames.map((name) => (
            <tr key={name}>
              <th scope="row">{t(`deleteRecord.kind.${name}`)}</th>
              <td className="num">{summary.counts[name]}</td>
              <td className="num">{current ? current[name] : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AutomaticBackups({ changed, onChecked, onNotice }: { changed: number; onChecked: (checked: CheckedBackup) => void; onNotice: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void platform.listBackups().then((result) => {
      if (!live) return;
      if (result.ok) setEntries(result.value);
      else setFailure(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [changed]);

  const restoreFrom = async (entry: BackupEntry) => {
    const read = await platform.readBackup(entry.name);
    if (!read.ok) return onNotice({ tone: 'error', text: t('backup.openFailed', { reason: read.error.message }) });
    onChecked(await checkBackup(entry.name, read.value.data));
  };
  const reveal = async (entry: BackupEntry) => {
    const result = await platform.revealFile(entry.path);
    if (!result.ok) onNotice({ tone: 'error', text: t('backup.revealFailed', { reason: result.error.message }) });
  };

  return (
    <section className="card card-section" aria-labelledby="backup-auto-title">
      <h2 id="backup-auto-title" className="section-title">{t('backup.autoSection')}</h2>
      <p className="section-hint">{t('backup.autoHint')}</p>
      <KeepForm />
      {failure ? (
        <p className="notice notice-error" role="alert">{t('backup.autoListFailed', { reason: failure })}</p>
      ) : entries === null ? (
        <p className="section-hint" role="status">{t('backup.autoLoading')}</p>
      ) : entries.length === 0 ? (
        <p className="section-hint">{t('backup.autoEmpty')}</p>
      ) : (
        <table className="backup-list" aria-label={t('backup.autoTableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('backup.columns.name')}</th>
              <th scope="col">{t('backup.columns.reason')}</th>
              <th scope="col">{t('backup.columns.createdAt')}</th>
              <th scope="col" className="num">{t('backup.columns.size')}</th>
              <th scope="col">{t('backup.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.name}>
                <td className="backup-file-name">{entry.name}</td>
                <td className="nowrap">{t(`backup.reason.${entry.reason}`)}</td>
                <td className="nowrap">{timeText(entry.createdAt, language)}</td>
                <td className="num nowrap">{formatBytes(entry.size)}</td>
                <td>
                  <div className="backup-row-actions">
                  <button type="button" className="button button-small" aria-label={t('backup.restoreThisLabel', { name: entry.name })} onClick={() => void restoreFrom(entry)}>
                    {t('backup.restoreThis')}
                  </button>
                  <button type="button" className="button button-small" aria-label={t('backup.revealLabel', { name: entry.name })} onClick={() => void reveal(entry)}>
                    {t('backup.reveal')}
                  </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function KeepForm() {
  const { t } = useTranslation();
  const settings = useSettings();
  const [value, setValue] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string; count?: number } | null>(null);
  if (!settings) return null;
  // A restore may bring another number along; a "saved: N" line would then contradict the field.
  const statusText = status && (status.count === undefined || status.count === settings.backupsToKeep) ? status.text : '';
  const shown = value ?? String(settings.backupsToKeep);

  const save = async () => {
    const count = Number(shown);
    if (!/^\d+$/.test(shown.trim()) || count < 1 || count > 100) return setStatus({ tone: 'error', text: t('backup.keepInvalid') });
    const result = await repos().settings.save({ backupsToKeep: count });
    if (result.ok) {
      setValue(null);
      setStatus({ tone: 'ok', text: t('backup.keepSaved', { count }), count });
    } else {
      const issue = result.issues[0];
      setStatus({ tone: 'error', text: issue?.code === 'quota' ? t('backup.saveQuota') : t('common.saveFailed', { reason: issue?.message ?? '' }) });
    }
  };

  return (
    <form
      className="backup-keep"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="field">
        <span className="field-label">{t('backup.keep')}</span>
        <input
          type="number"
          min={1}
          max={100}
          inputMode="numeric"
          value={shown}
          aria-invalid={status?.tone === 'error' || undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setStatus(null);
          }}
        />
      </label>
      <button type="submit" className="button">{t('backup.keepSave')}</button>
      <span className={status?.tone === 'error' ? 'field-error' : 'status'} role={status?.tone === 'error' ? 'alert' : 'status'}>
        {statusText}
      </span>
    </form>
  );
}

type StorageState = { persisted: boolean | null; usage: number | null; quota: number | null };

function StorageInfo() {
  const { t } = useTranslation();
  const [state, setState] = useState<StorageState | null>(null);
  useEffect(() => {
    const manager = globalThis.navigator?.storage;
    void (async () => {
      const persisted = manager && typeof manager.persisted === 'function' ? await manager.persisted().catch(() => null) : null;
      const estimate = manager && typeof manager.estimate === 'function' ? await manager.estimate().catch(() => null) : null;
      setState({ persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null });
    })();
  }, []);

  return (
    <section className="card card-section" aria-labelledby="backup-storage-title">
      <h2 id="backup-storage-title" className="section-title">{t('backup.storageSection')}</h2>
      <p className="section-hint">{t('backup.storageHint')}</p>
      <dl className="backup-meta">
        <div>
          <dt>{t('backup.persisted')}</dt>
          <dd>
            {state === null
              ? '…'
              : state.persisted === null
                ? t('backup.persistedUnknown')
                : state.persisted
                  ? t('backup.persistedYes')
                  : t('backup.persistedNo')}
          </dd>
        </div>
        <div>
          <dt>{t('backup.usage')}</dt>
          <dd>
            {state === null
              ? '…'
              : state.usage !== null && state.quota !== null
                ? t('backup.usageValue', { usage: formatBytes(state.usage), quota: formatBytes(state.quota) })
                : t('backup.usageUnknown')}
          </dd>
        </div>
      </dl>
      <p className="section-hint">{t('backup.quotaNote')}</p>
    </section>
  );
}
