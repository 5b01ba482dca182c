// One brand account and everything linked to it: key figures a director scans first, then tabs for the overview,
// health, contacts, relationship log, team, briefs, pitches and money; edit, export (Word) and delete.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { mainHealthReason } from '@shared/metrics/account-figures';
import { Badge, accountStatusTone } from '../../components/Badge';
import { DeleteRecordDialog } from '../../components/delete/DeleteRecordDialog';
import { ChevronLeftIcon, DownloadIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate, formatMoney } from '../../i18n/format';
import { AccountDialog } from './AccountDialog';
import { readAccountPage, type AccountPageData } from './account-data';
import { exportAccountProfile } from './export-profile';
import { todayIso } from './form-support';
import { HealthBadge } from './HealthBadge';
import { formatRate, useHealthReasonText } from './health-text';
import { Tabs, type TabItem } from './Tabs';
import { OverviewPanel } from './OverviewPanel';
import { HealthPanel } from './HealthPanel';
import { ContactsPanel } from './ContactsPanel';
import { LogPanel } from './LogPanel';
import { TeamPanel } from './TeamPanel';
import { BriefsPanel, PitchesPanel } from './WorkPanels';
import { MoneyPanel } from './MoneyPanel';
import { openPitchStages } from '@shared/model/pitch';
import './accounts.css';

export const accountTabs = ['overview', 'health', 'contacts', 'log', 'team', 'briefs', 'pitches', 'money'] as const;
export type AccountTab = (typeof accountTabs)[number];

type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; saved: boolean } | { kind: 'failed'; reason: string };

export function AccountPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const today = todayIso();
  const data = useLiveQuery(() => readAccountPage(id, today), [id, today]);
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  const [tab, setTab] = useState<AccountTab>('overview');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (data === undefined) return <p className="section-hint" role="status">{t('app.loading')}</p>;
  if (data === null) {
    return (
      <div className="card card-section">
        <p role="alert">{t('account.notFound')}</p>
        <p style={{ marginTop: 12 }}><Link href="/accounts">{t('common.backTo', { page: t('nav.accounts') })}</Link></p>
      </div>
    );
  }

  const { account, figures } = data;
  const onExport = async () => {
    setExportState({ kind: 'busy' });
    const outcome = await exportAccountProfile(account.id, language);
    setExportState(outcome.ok ? { kind: 'done', saved: outcome.saved } : { kind: 'failed', reason: outcome.reason });
  };

  const overdueInvoices = figures.money.reduce((n, m) => n + m.overdueCount, 0);
  const openPitches = data.pitches.filter((p) => (openPitchStages as readonly string[]).includes(p.stage)).length;
  const tabs: TabItem<AccountTab>[] = [
    { key: 'overview', label: t('account.tabs.overview') },
    { key: 'health', label: t('account.tabs.health'), badge: t(`enums.health.${figures.health.level}`), alert: figures.health.level === 'red' },
    { key: 'contacts', label: t('account.tabs.contacts'), badge: data.contacts.length },
    { key: 'log', label: t('account.tabs.log'), badge: data.interactions.length, alert: figures.overdueFollowUps > 0 },
    { key: 'team', label: t('account.tabs.team'), badge: data.assignments.filter((a) => a.until === null || a.until >= today).length },
    { key: 'briefs', label: t('account.tabs.briefs'), badge: data.briefs.length },
    { key: 'pitches', label: t('account.tabs.pitches'), badge: openPitches > 0 ? `${openPitches}/${data.pitches.length}` : data.pitches.length },
    { key: 'money', label: t('account.tabs.money'), badge: data.invoices.length, alert: overdueInvoices > 0 },
  ];

  return (
    <div className="stack acct-page acct-area">
      <div className="page-header">
        <div>
          <p className="breadcrumb">
            <Link href="/accounts"><ChevronLeftIcon size={13} /> {t('common.backTo', { page: t('nav.accounts') })}</Link>
          </p>
          <div className="account-head">
            <h2 className="account-title">{account.brand}</h2>
            <Badge tone={accountStatusTone[account.status]}>{t(`enums.accountStatus.${account.status}`)}</Badge>
            <Badge tone="plain">{t(`enums.tier.${account.tier}`)}</Badge>
          </div>
          {(account.company || account.industry) && (
            <p className="page-subtitle">{[account.company, account.industry].filter(Boolean).join(' · ')}</p>
          )}
        </div>
        <div className="actions">
          <span role="status" className="export-status">
            {exportState.kind === 'busy' && t('account.exporting')}
            {exportState.kind === 'done' && (exportState.saved ? t('account.exported') : t('account.exportCancelled'))}
            {exportState.kind === 'failed' && <span className="field-error">{t('account.exportFailed', { reason: exportState.reason })}</span>}
          </span>
          <button type="button" className="button button-ghost button-danger" onClick={() => setDeleting(true)}>{t('account.delete')}</button>
          <button type="button" className="button" onClick={() => setEditing(true)}>{t('account.edit')}</button>
          <button type="button" className="button button-primary" onClick={() => void onExport()} disabled={exportState.kind === 'busy'}>
            <DownloadIcon size={16} />
            {t('account.exportProfile')}
          </button>
        </div>
      </div>

      <KeyFigures data={data} onOpen={setTab} />

      <Tabs label={t('account.tabs.label', { brand: account.brand })} tabs={tabs} selected={tab} onSelect={setTab}>
        {tab === 'overview' && <OverviewPanel data={data} onEdit={() => setEditing(true)} />}
        {tab === 'health' && <HealthPanel data={data} />}
        {tab === 'contacts' && <ContactsPanel data={data} />}
        {tab === 'log' && <LogPanel data={data} />}
        {tab === 'team' && <TeamPanel data={data} />}
        {tab === 'briefs' && <BriefsPanel data={data} />}
        {tab === 'pitches' && <PitchesPanel data={data} />}
        {tab === 'money' && <MoneyPanel data={data} />}
      </Tabs>

      <AccountDialog open={editing} account={account} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      <DeleteRecordDialog
        open={deleting}
        table="accounts"
        id={account.id}
        label={account.brand}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate('/accounts', { replace: true })}
      />
    </div>
  );
}

/** The figures a director scans before anything else; each opens the tab that explains it. */
function KeyFigures({ data, onOpen }: { data: AccountPageData; onOpen: (tab: AccountTab) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reasonText = useHealthReasonText();
  const { figures, today } = data;
  const main = figures.mainMoney;
  const reason = mainHealthReason(figures.health);
  const daysSince = figures.lastContact ? differenceInCalendarDays(parseISO(today), parseISO(figures.lastContact)) : null;
  const notSet = t('common.notSet');

  return (
    <section className="acct-key-figures card" aria-label={t('account.keyFigures.label')}>
      <button type="button" className="acct-key-figure acct-key-figure-health" onClick={() => onOpen('health')}>
        <span className="acct-key-label">{t('account.keyFigures.health')}</span>
        <span className="acct-key-value"><HealthBadge health={figures.health} /></span>
        <span className="acct-key-sub">{reason ? reasonText(reason) : t('account.health.allClear')}</span>
      </button>
      <button type="button" className="acct-key-figure" onClick={() => onOpen('money')}>
        <span className="acct-key-label">{t('account.keyFigures.collectionRate')}</span>
        <span className="acct-key-value num">{main ? formatRate(main.collectionRate, language) || notSet : notSet}</span>
        <span className="acct-key-sub num">
          {main ? t('account.keyFigures.collectedOfBilled', { collected: formatMoney(main.collected, main.currency, language), billed: formatMoney(main.billed, main.currency, language) }) : t('account.keyFigures.noInvoices')}
        </span>
      </button>
      <button type="button" className="acct-key-figure" onClick={() => onOpen('money')}>
        <span className="acct-key-label">{t('account.keyFigures.outstanding')}</span>
        <span className="acct-key-value num">{main ? formatMoney(main.outstanding, main.currency, language) : notSet}</span>
        <span className={main && main.overdue > 0 ? 'acct-key-sub num acct-key-alert' : 'acct-key-sub num'}>
          {main && main.overdue > 0 ? t('account.keyFigures.overdue', { amount: formatMoney(main.overdue, main.currency, language) }) : t('account.keyFigures.nothingOverdue')}
        </span>
      </button>
      <button type="button" className="acct-key-figure" onClick={() => onOpen('log')}>
        <span className="acct-key-label">{t('account.keyFigures.lastContact')}</span>
        <span className="acct-key-value num">{formatDate(figures.lastContact, language) || notSet}</span>
        <span className="acct-key-sub">{daysSince === null ? t('account.keyFigures.neverContacted') : daysSince === 0 ? t('account.keyFigures.today') : t('account.keyFigures.daysAgo', { count: daysSince })}</span>
      </button>
      <button type="button" className="acct-key-figure" onClick={() => onOpen('log')}>
        <span className="acct-key-label">{t('account.keyFigures.followUps')}</span>
        <span className="acct-key-value num">{figures.openFollowUps}</span>
        <span className={figures.overdueFollowUps > 0 ? 'acct-key-sub acct-key-alert' : 'acct-key-sub'}>
          {figures.overdueFollowUps > 0 ? t('account.keyFigures.followUpsOverdue', { count: figures.overdueFollowUps }) : t('account.keyFigures.followUpsNoneOverdue')}
        </span>
      </button>
      <button type="button" className="acct-key-figure" onClick={() => onOpen('team')}>
        <span className="acct-key-label">{t('account.keyFigures.lead')}</span>
        <span className="acct-key-value">{figures.lead?.name ?? notSet}</span>
        <span className="acct-key-sub">{figures.lead ? (figures.lead.nameEn || figures.lead.level) : t('account.keyFigures.noLead')}</span>
      </button>
    </section>
  );
}
