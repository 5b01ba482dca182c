// The dashboard: a first-run welcome while there are no accounts; afterwards what needs attention, the next 14 days
// and counts per kind of record, each item linking to its record.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { openPitchStages } from '@shared/model/pitch';
import { repos } from '../../db';
import { AccountsIcon, BriefsIcon, OfflineIcon, PitchesIcon, PlusIcon, ReportsIcon, SparkIcon, TeamIcon, WordIcon } from '../../components/layout/icons';
import { LoadSampleButton } from '../../components/sample/LoadSampleButton';
import { DeskAttentionPanel } from './DeskAttentionPanel';

type Counts = {
  accounts: number;
  activeAccounts: number;
  briefs: number;
  pitches: number;
  openPitches: number;
  members: number;
  evaluations: number;
  reports: number;
  sampleLoaded: boolean;
};

const openStages: ReadonlySet<string> = new Set(openPitchStages);

/** The figures at a glance, counted without reading the records themselves (years of briefs are hundreds of MB). */
async function readCounts(): Promise<Counts> {
  const r = repos();
  const [accounts, briefs, pitches, openPitches, members, evaluations, reports, settings] = await Promise.all([
    r.accounts.list(),
    r.briefs.countLive(),
    r.pitches.countLive(),
    r.pitches.listByAny('stage', [...openStages]).then((rows) => rows.length),
    r.members.list(),
    r.evaluations.countLive(),
    r.reports.countLive(),
    r.settings.get(),
  ]);
  return {
    accounts: accounts.length,
    activeAccounts: accounts.filter((a) => a.status === 'active').length,
    briefs,
    pitches,
    openPitches,
    members: members.filter((m) => m.active).length,
    evaluations,
    reports,
    sampleLoaded: settings.sampleLoadedAt !== null,
  };
}

export function DashboardPage() {
  const counts = useLiveQuery(readCounts, []);
  if (!counts) return <p className="section-hint" role="status">…</p>;
  return counts.accounts === 0 ? <Welcome /> : <Overview counts={counts} />;
}

function Welcome() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();

  return (
    <div className="welcome">
      <section className="card welcome-hero" aria-labelledby="welcome-title">
        <h2 id="welcome-title" className="welcome-title">{t('dashboard.welcomeTitle')}</h2>
        <p>{t('dashboard.welcomeBody1')}</p>
        <p>{t('dashboard.welcomeBody2')}</p>
        <div className="welcome-features" aria-hidden="true">
          <span><BriefsIcon size={15} />{t('nav.briefs')}</span>
          <span><PitchesIcon size={15} />{t('nav.pitches')}</span>
          <span><TeamIcon size={15} />{t('nav.team')}</span>
          <span><ReportsIcon size={15} />{t('nav.reports')}</span>
          <span><WordIcon size={15} />{t('dashboard.featureWord')}</span>
          <span><OfflineIcon size={15} />{t('dashboard.featureOffline')}</span>
        </div>
      </section>
      <h2 className="visually-hidden">{t('dashboard.welcomeStart')}</h2>
      <div className="welcome-actions">
        <div className="card welcome-action">
          <span className="kicker"><SparkIcon size={14} /> {t('dashboard.welcomeStart')}</span>
          <p>{t('dashboard.loadSampleHint')}</p>
          <LoadSampleButton large />
        </div>
        <div className="card welcome-action">
          <span className="kicker"><AccountsIcon size={14} /> {t('nav.accounts')}</span>
          <p>{t('dashboard.createAccountHint')}</p>
          <button type="button" className="button button-large" onClick={() => navigate('/accounts/new')}>
            <PlusIcon size={17} />
            {t('dashboard.createAccount')}
          </button>
        </div>
      </div>
    </div>
  );
}

function Overview({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const tiles = [
    { key: 'accounts', value: counts.accounts, href: '/accounts', icon: AccountsIcon },
    { key: 'activeAccounts', value: counts.activeAccounts, href: '/accounts', icon: AccountsIcon },
    { key: 'briefs', value: counts.briefs, href: '/briefs', icon: BriefsIcon },
    { key: 'pitches', value: counts.pitches, href: '/pitches', icon: PitchesIcon },
    { key: 'openPitches', value: counts.openPitches, href: '/pitches', icon: PitchesIcon },
    { key: 'members', value: counts.members, href: '/team', icon: TeamIcon },
    { key: 'evaluations', value: counts.evaluations, href: '/team', icon: TeamIcon },
    { key: 'reports', value: counts.reports, href: '/reports', icon: ReportsIcon },
  ] as const;
  return (
    <div className="stack">
      <DeskAttentionPanel />
      <section aria-labelledby="overview-title">
        <div className="page-header">
          <div>
            <h2 id="overview-title" className="section-title">{t('dashboard.overviewTitle')}</h2>
            <p className="page-subtitle">{t('dashboard.overviewHint')}</p>
          </div>
        </div>
        <ul className="stat-grid" role="list">
          {tiles.map((tile) => (
            <li key={tile.key}>
              <Link href={tile.href} className="card stat">
                <span className="stat-label"><tile.icon size={16} />{t(`dashboard.counts.${tile.key}`)}</span>
                <span className="stat-value">{tile.value}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {counts.sampleLoaded && <p className="notice notice-info">{t('dashboard.sampleLoadedNote')}</p>}
    </div>
  );
}
