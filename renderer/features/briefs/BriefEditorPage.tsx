// One creative brief (#/briefs/:id): the autosaving editor, its versions and approvals, comparison, status and Word export.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Approval, Brief, BriefVersion } from '@shared/model/brief';
import { newId } from '@shared/model/common';
import {
  applyApproval,
  approvalState,
  availableActions,
  canRecordApproval,
  duplicateFields,
  hasUnsavedChanges,
  refusalOf,
  restoreVersionPatch,
  statusAfterAction,
  type BriefAction,
} from '@shared/metrics/brief-status';
import { repos, type Draft } from '../../db';
import { Badge, briefStatusTone } from '../../components/Badge';
import { ChevronLeftIcon, DownloadIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { contentOfValues, valuesFromBrief } from './brief-form';
import { ApprovalDialog } from './ApprovalDialog';
import { BriefContentForm } from './BriefContentForm';
import { CheckIcon, CompareIcon, MilestoneIcon } from './briefs-icons';
import { CompareTab, DRAFT, defaultPair } from './CompareTab';
import { exportBrief } from './export-brief';
import { DeleteRecordDialog } from '../../components/delete/DeleteRecordDialog';
import { MilestoneDialog } from './MilestoneDialog';
import { ensurePresetTemplates, sortTemplates } from './templates';
import { useBriefEditor, type SaveState } from './use-brief-editor';
import { VersionsTab } from './VersionsTab';
import './briefs.css';

const AUTHOR_KEY = 'account-desk.brief-author';

function rememberedAuthor(): string {
  try {
    return window.localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The record as a save draft: everything but the bookkeeping the repository keeps itself. */
function draftOf(brief: Brief): Draft<'briefs'> & { id: string } {
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest } = brief;
  return rest;
}

export function BriefEditorPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const brief = useLiveQuery(async () => (await repos().briefs.get(id)) ?? null, [id]);
  if (brief === undefined) return <p className="section-hint" role="status">{t('app.loading')}</p>;
  if (brief === null || brief.deletedAt) {
    return (
      <div className="card card-section">
        <p role="alert">{t('briefs.editor.notFound')}</p>
        <p style={{ marginTop: 12 }}><Link href="/briefs">{t('briefs.editor.back')}</Link></p>
      </div>
    );
  }
  return <BriefEditor key={brief.id} record={brief} />;
}

type Tab = 'content' | 'versions' | 'compare';
const tabs: Tab[] = ['content', 'versions', 'compare'];
type Message = { tone: 'ok' | 'error' | 'info'; text: string } | null;

function BriefEditor({ record }: { record: Brief }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const editor = useBriefEditor(record);
  const [tab, setTab] = useState<Tab>('content');
  const [comparePair, setComparePair] = useState<{ from: string; to: string } | undefined>(undefined);
  const [dialog, setDialog] = useState<'milestone' | 'approval' | 'delete' | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ content: null, versions: null, compare: null });

  const accounts = useLiveQuery(async () => (await repos().accounts.list()).sort((a, b) => a.brand.localeCompare(b.brand, 'zh-CN')), []);
  const members = useLiveQuery(() => repos().members.list(), []);
  const templates = useLiveQuery(async () => {
    await ensurePresetTemplates(repos());
    return sortTemplates(await repos().briefTemplates.list());
  }, []);
  const versions = useLiveQuery(() => repos().briefVersions.listByBrief(record.id), [record.id]);

  const values = editor.values;
  const template = templates?.find((x) => x.id === values.templateId) ?? null;
  const latest = versions?.[versions.length - 1];
  const draftContent = useMemo(() => contentOfValues(values), [values]);
  const unsaved = draftContent === null || hasUnsavedChanges({ ...draftContent, currentVersion: record.currentVersion }, latest);
  const approval = approvalState(record);
  const account = accounts?.find((a) => a.id === values.accountId);
  const memberName = (memberId: string | null) => (memberId ? (members?.find((m) => m.id === memberId)?.name ?? '') : '');
  const actions = availableActions(record, unsaved);
  const issues = editor.state.kind === 'invalid' ? editor.state.issues : [];

  /** Saves what is typed, then runs an action on the freshly read record; any failure becomes the message. */
  const withFreshRecord = async (run: (fresh: Brief) => Promise<Message>): Promise<Message> => {
    setBusy(true);
    setMenuOpen(false);
    try {
      const saved = await editor.flush();
      if (!saved) return { tone: 'error', text: t('briefs.editor.invalid', { count: Math.max(1, issues.length) }) };
      const fresh = await repos().briefs.get(record.id);
      if (!fresh) return { tone: 'error', text: t('briefs.editor.notFound') };
      return await run(fresh);
    } finally {
      setBusy(false);
    }
  };
  const show = (next: Message) => setMessage(next);
  const failed = (reason: string): Message => ({ tone: 'error', text: t('briefs.editor.actionFailed', { reason }) });

  const saveMilestone = async (meta: { author: string; note: string }): Promise<string | null> => {
    const outcome = await withFreshRecord(async (fresh) => {
      const result = await repos().briefs.saveVersion(draftOf(fresh), meta);
      if (!result.ok) return failed(result.issues[0]?.message ?? '');
      editor.adopt(result.record.brief);
      try {
        window.localStorage.setItem(AUTHOR_KEY, meta.author);
      } catch {
        // only a convenience
      }
      return { tone: 'ok', text: t('briefs.milestone.saved', { n: result.record.version.number }) };
    });
    if (outcome?.tone === 'error') return outcome.text;
    setDialog(null);
    show(outcome);
    return null;
  };

  const recordApproval = async (given: Omit<Approval, 'id'>): Promise<string | null> => {
    const outcome = await withFreshRecord(async (fresh) => {
      const current = await repos().briefVersions.getByNumber(fresh.id, fresh.currentVersion);
      const result = applyApproval(fresh, { ...given, id: newId() }, hasUnsavedChanges(fresh, current));
      if (!result.ok) return { tone: 'error', text: t(`briefs.approval.errors.${result.reason}`) };
      const saved = await repos().briefs.save({ ...draftOf(fresh), ...result.patch });
      if (!saved.ok) return failed(saved.issues[0]?.message ?? '');
      editor.adopt(saved.record);
      return { tone: 'ok', text: t('briefs.approval.recorded', { name: given.name, n: given.versionNumber }) };
    });
    if (outcome?.tone === 'error') return outcome.text;
    setDialog(null);
    show(outcome);
    return null;
  };

  const changeStatus = async (action: BriefAction) => {
    show(
      await withFreshRecord(async (fresh) => {
        const current = await repos().briefVersions.getByNumber(fresh.id, fresh.currentVersion);
        const freshUnsaved = hasUnsavedChanges(fresh, current);
        const status = statusAfterAction(fresh, freshUnsaved, action);
        if (!status) return { tone: 'error', text: t(`briefs.editor.refusal.${refusalOf(fresh, freshUnsaved, action) ?? 'not-allowed'}`) };
        const saved = await repos().briefs.save({ ...draftOf(fresh), status });
        if (!saved.ok) return failed(saved.issues[0]?.message ?? '');
        editor.adopt(saved.record);
        return { tone: 'ok', text: t('briefs.editor.statusChanged', { status: t(`enums.briefStatus.${status}`) }) };
      }),
    );
  };

  const restore = async (version: BriefVersion) => {
    show(
      await withFreshRecord(async (fresh) => {
        const saved = await repos().briefs.save({ ...draftOf(fresh), ...restoreVersionPatch(fresh, version) });
        if (!saved.ok) return failed(saved.issues[0]?.message ?? '');
        editor.adopt(saved.record, valuesFromBrief(saved.record));
        setTab('content');
        return { tone: 'ok', text: t('briefs.versions.restored', { n: version.number, next: saved.record.currentVersion + 1 }) };
      }),
    );
  };

  const duplicate = async () => {
    const outcome = await withFreshRecord(async (fresh) => {
      const saved = await repos().briefs.save(duplicateFields(fresh, `${fresh.title}${t('briefs.newDialog.copySuffix')}`, newId));
      if (!saved.ok) return failed(saved.issues[0]?.message ?? '');
      navigate(`/briefs/${saved.record.id}`);
      return null;
    });
    if (outcome) show(outcome);
  };

  const doExport = async (version?: BriefVersion) => {
    setBusy(true);
    setMenuOpen(false);
    show({ tone: 'info', text: t('briefs.editor.actions.exporting') });
    try {
      if (!version) await editor.flush();
      const outcome = await exportBrief(record.id, language, version?.number);
      show(outcome.ok ? { tone: 'ok', text: outcome.saved ? t('briefs.editor.actions.exported') : t('briefs.editor.actions.exportCancelled') } : failed(outcome.reason));
    } finally {
      setBusy(false);
    }
  };

  const openCompare = (number?: number) => {
    setMenuOpen(false);
    setComparePair(number === undefined ? undefined : { from: String(number), to: draftContent && unsaved ? DRAFT : String(record.currentVersion) });
    setTab('compare');
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.indexOf(tab);
    const next = event.key === 'ArrowRight' ? tabs[(index + 1) % tabs.length] : event.key === 'ArrowLeft' ? tabs[(index + tabs.length - 1) % tabs.length] : event.key === 'Home' ? tabs[0] : event.key === 'End' ? tabs[tabs.length - 1] : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const nameFor = (role: Approval['role']) =>
    role === 'strategy-director' ? memberName(record.strategistId) : role === 'creative-director' ? memberName(record.creativeLeadId) : role === 'account-director' ? memberName(record.ownerId) : '';

  const submitRefusal = refusalOf(record, unsaved, 'submit-for-review');
  const moreActions = actions.filter((a) => a === 'supersede' || a === 'archive' || a === 'reopen');

  return (
    <div className="stack brief-page">
      <div className="page-header brief-page-header">
        <div className="brief-heading">
          <p className="breadcrumb">
            <Link href="/briefs"><ChevronLeftIcon size={13} /> {t('briefs.editor.back')}</Link>
          </p>
          <div className="account-head">
            <h2 className="account-title brief-title">{values.title.trim() || '—'}</h2>
            <Badge tone={briefStatusTone[record.status]}>{t(`enums.briefStatus.${record.status}`)}</Badge>
            {record.currentVersion > 0 && <Badge tone="plain">{t('briefs.versionCell', { n: record.currentVersion })}</Badge>}
            {approval.kind !== 'none' && (
              <span className={approval.kind === 'current' ? 'approved-mark' : 'approved-mark approved-mark-stale'}>
                {approval.kind === 'current' ? `✓ ${t('briefs.approvedMark', { n: approval.version })}` : t('briefs.reapprovalMark', { n: approval.version })}
              </span>
            )}
          </div>
          <p className="page-subtitle">
            {[account?.brand, values.project].filter(Boolean).join(' · ')}
            <span className="autosave" role="status" aria-live="polite"><AutosaveText state={editor.state} /></span>
          </p>
        </div>
        <div className="actions brief-actions">
          {!editor.readOnly && (
            <button type="button" className="button" disabled={busy || !unsaved} title={!unsaved && latest ? t('briefs.editor.nothingNew', { n: latest.number }) : undefined} onClick={() => setDialog('milestone')}>
              <MilestoneIcon /> {t('briefs.editor.actions.milestone')}
            </button>
          )}
          {record.status === 'draft' && (
            <button type="button" className="button" disabled={busy || submitRefusal !== null} title={submitRefusal ? t(`briefs.editor.refusal.${submitRefusal}`) : undefined} onClick={() => void changeStatus('submit-for-review')}>
              {t('briefs.editor.actions.submit')}
            </button>
          )}
          {actions.includes('withdraw-from-review') && (
            <button type="button" className="button" disabled={busy} onClick={() => void changeStatus('withdraw-from-review')}>{t('briefs.editor.actions.withdraw')}</button>
          )}
          {canRecordApproval(record) && (
            <button type="button" className="button" disabled={busy} onClick={() => setDialog('approval')}>
              <CheckIcon /> {t('briefs.editor.actions.approve')}
            </button>
          )}
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void doExport()}>
            <DownloadIcon size={16} /> {t('briefs.editor.actions.export')}
          </button>
          <MoreMenu label={t('briefs.editor.actions.more')} open={menuOpen} onOpenChange={setMenuOpen}>
            <li><button type="button" onClick={() => void duplicate()}>{t('briefs.editor.actions.duplicate')}</button></li>
            <li><button type="button" onClick={() => openCompare()}><CompareIcon /> {t('briefs.editor.tabs.compare')}</button></li>
            {moreActions.map((action) => (
              <li key={action}>
                <button type="button" onClick={() => void changeStatus(action)}>{t(`briefs.editor.actions.${action}`)}</button>
              </li>
            ))}
            <li><button type="button" onClick={() => { setMenuOpen(false); setDialog('delete'); }}>{t('briefs.editor.actions.delete')}</button></li>
          </MoreMenu>
        </div>
      </div>

      {editor.recovered && <p className="notice notice-info">{t('briefs.editor.recovered')}</p>}
      {editor.readOnly ? (
        <p className="notice notice-info">{t('briefs.editor.closedBanner', { status: t(`enums.briefStatus.${record.status}`) })}</p>
      ) : approval.kind === 'current' ? (
        <p className="notice notice-info">{t('briefs.editor.approvedBanner', { n: approval.version })}</p>
      ) : approval.kind === 'needs-reapproval' ? (
        <p className="notice notice-warn">{t('briefs.editor.reapprovalBanner', { n: approval.version })}</p>
      ) : null}
      {message && (
        <p className={`notice notice-${message.tone === 'error' ? 'error' : message.tone === 'ok' ? 'ok' : 'info'}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}

      <div className="tabs" role="tablist" aria-label={t('briefs.editor.tabsLabel')}>
        {tabs.map((key) => (
          <button
            key={key}
            ref={(el) => { tabRefs.current[key] = el; }}
            type="button"
            role="tab"
            id={`brief-tab-${key}`}
            aria-selected={tab === key}
            aria-controls={`brief-panel-${key}`}
            tabIndex={tab === key ? 0 : -1}
            className="tab"
            onClick={() => { if (key === 'compare') setComparePair(undefined); setTab(key); }}
            onKeyDown={onTabKey}
          >
            {t(`briefs.editor.tabs.${key}`)}
            {key === 'versions' && versions && versions.length > 0 && <span className="tab-count">{versions.length}</span>}
          </button>
        ))}
      </div>

      <div role="tabpanel" id={`brief-panel-${tab}`} aria-labelledby={`brief-tab-${tab}`}>
        {tab === 'content' && (
          <BriefContentForm
            values={values}
            update={editor.update}
            readOnly={editor.readOnly}
            issues={issues}
            accounts={accounts ?? []}
            members={members ?? []}
            templates={templates ?? []}
          />
        )}
        {tab === 'versions' && versions && (
          <VersionsTab
            brief={record}
            versions={versions}
            template={template}
            unsaved={unsaved}
            readOnly={editor.readOnly}
            busy={busy}
            onCompare={openCompare}
            onRestore={(v) => void restore(v)}
            onExport={(v) => void doExport(v)}
          />
        )}
        {tab === 'compare' && versions && (
          <CompareTab
            key={comparePair ? `${comparePair.from}-${comparePair.to}` : 'default'}
            versions={versions}
            draft={unsaved ? draftContent : null}
            template={template}
            approvedVersion={record.approvedVersion}
            initial={comparePair ?? defaultPair(versions, unsaved && draftContent !== null, record.approvedVersion)}
          />
        )}
      </div>

      {dialog === 'milestone' && (
        <MilestoneDialog
          open
          nextNumber={record.currentVersion + 1}
          defaultAuthor={rememberedAuthor() || memberName(record.ownerId)}
          onClose={() => setDialog(null)}
          onSave={saveMilestone}
        />
      )}
      <DeleteRecordDialog
        open={dialog === 'delete'}
        table="briefs"
        id={record.id}
        label={record.title}
        onClose={() => setDialog(null)}
        onDeleted={() => navigate('/briefs', { replace: true })}
      />
      {dialog === 'approval' && versions && (
        <ApprovalDialog open versions={versions} unsaved={unsaved} nameFor={nameFor} onClose={() => setDialog(null)} onRecord={recordApproval} />
      )}
    </div>
  );
}

function AutosaveText({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const time = (at: Date) => at.toLocaleTimeString(language === 'en' ? 'en-GB' : 'zh-CN', { hour: '2-digit', minute: '2-digit' });
  switch (state.kind) {
    case 'idle':
      return <span className="autosave-quiet">{t('briefs.editor.shortcut')}</span>;
    case 'pending':
      return <span className="autosave-quiet">{t('briefs.editor.pending')}</span>;
    case 'saving':
      return <span className="autosave-quiet">{t('briefs.editor.saving')}</span>;
    case 'saved':
      return <span className="autosave-quiet autosave-done">{state.manual ? t('briefs.editor.savedNow', { time: time(state.at) }) : t('briefs.editor.autosavedAt', { time: time(state.at) })}</span>;
    case 'invalid':
      return <span className="autosave-warn">{t('briefs.editor.invalid', { count: state.issues.length })}</span>;
    case 'failed':
      return <span className="autosave-warn">{t('briefs.editor.saveFailed', { reason: state.reason })}</span>;
  }
}

/** A small disclosure menu: opens below its button, closes on Escape (focus back on the button), an outside click, or leaving it by Tab. */
function MoreMenu({ label, open, onOpenChange, children }: { label: string; open: boolean; onOpenChange: (open: boolean) => void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (ref.current && event.target instanceof Node && !ref.current.contains(event.target)) onOpenChange(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, onOpenChange]);
  useEffect(() => {
    if (open) ref.current?.querySelector<HTMLElement>('.menu-list button')?.focus();
  }, [open]);
  return (
    <div
      className="menu"
      ref={ref}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          onOpenChange(false);
          buttonRef.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (open && !(event.relatedTarget instanceof Node && ref.current?.contains(event.relatedTarget))) onOpenChange(false);
      }}
    >
      <button ref={buttonRef} type="button" className="button" aria-expanded={open} onClick={() => onOpenChange(!open)}>
        {label} ▾
      </button>
      {open && <ul className="menu-list">{children}</ul>}
    </div>
  );
}
