// The app: hash routing (app://account-desk/index.html#/accounts), the shell, the language kept in step with the
// settings record, and the start-up request for persistent storage.
import { Suspense, lazy, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { requestPersistentStorage } from './db';
import { AppLayout } from './components/layout/AppLayout';
import { useLanguage } from './components/use-language';
import { useSettings } from './components/records/use-records';
import { adoptLanguage, chooseLanguage } from './i18n/language';
import type { UiLanguage } from './i18n';
import { applyTrashRetention } from './features/trash/retention';
import { CommandPalette } from './features/search/CommandPalette';
import { Reminders } from './features/reminders/Reminders';
import { useAutomaticBackups } from './features/backup/use-automatic-backups';

// Each page is its own chunk, loaded when first opened, so start-up parses only the shell.
const DashboardPage = lazy(() => import('./features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const AccountsPage = lazy(() => import('./features/accounts/AccountsPage').then((m) => ({ default: m.AccountsPage })));
const AccountPage = lazy(() => import('./features/accounts/AccountPage').then((m) => ({ default: m.AccountPage })));
const BriefsPage = lazy(() => import('./features/briefs/BriefsPage').then((m) => ({ default: m.BriefsPage })));
const BriefEditorPage = lazy(() => import('./features/briefs/BriefEditorPage').then((m) => ({ default: m.BriefEditorPage })));
const BriefTemplatesPage = lazy(() => import('./features/briefs/BriefTemplatesPage').then((m) => ({ default: m.BriefTemplatesPage })));
const PitchesPage = lazy(() => import('./features/pitches/PitchesPage').then((m) => ({ default: m.PitchesPage })));
const PitchPage = lazy(() => import('./features/pitches/PitchPage').then((m) => ({ default: m.PitchPage })));
const TeamPage = lazy(() => import('./features/team/TeamPage').then((m) => ({ default: m.TeamPage })));
const MemberPage = lazy(() => import('./features/team/MemberPage').then((m) => ({ default: m.MemberPage })));
const TrashPage = lazy(() => import('./features/trash/TrashPage').then((m) => ({ default: m.TrashPage })));
const QuarterOverviewPage = lazy(() => import('./features/evaluations/QuarterOverviewPage').then((m) => ({ default: m.QuarterOverviewPage })));
const EvaluationPage = lazy(() => import('./features/evaluations/EvaluationPage').then((m) => ({ default: m.EvaluationPage })));
const ReportsPage = lazy(() => import('./features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const ReportPage = lazy(() => import('./features/reports/ReportPage').then((m) => ({ default: m.ReportPage })));
const SettingsPage = lazy(() => import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const BackupPage = lazy(() => import('./features/backup/BackupPage').then((m) => ({ default: m.BackupPage })));

/** List pages whose table fills the window instead of scrolling the page. */
const FILL_PAGES = new Set(['/accounts', '/accounts/new', '/briefs', '/pitches', '/pitches/new', '/team', '/reports', '/trash']);

export function App() {
  return (
    <Router hook={useHashLocation}>
      <Shell />
    </Router>
  );
}

function Shell() {
  const language = useLanguage();
  const settings = useSettings();
  const [location] = useLocation();

  useEffect(() => {
    // The outcome is shown on the settings page (a banner on every page would nag about what the user cannot change).
    void requestPersistentStorage();
    // Records in the trash longer than the settings allow go for good, once per start.
    void applyTrashRetention();
  }, []);

  // The settings record is the source of truth; localStorage only made the first paint right. Adopting it also
  // tells the desktop shell, so the application menu speaks the same language from the start.
  const storedLanguage = settings?.language;
  useEffect(() => {
    if (storedLanguage) void adoptLanguage(storedLanguage);
  }, [storedLanguage]);

  // Desktop: today's automatic backup once the database is open, then checked about hourly.
  useAutomaticBackups();

  const onLanguageChange = useCallback((next: UiLanguage) => void chooseLanguage(next), []);

  return (
    <AppLayout language={language} onLanguageChange={onLanguageChange} fill={FILL_PAGES.has(location) || location.startsWith('/briefs/new')}>
      <Suspense fallback={<PageLoading />}>
        <Switch>
          <Route path="/" component={DashboardPage} />
          <Route path="/accounts" component={AccountsPage} />
          <Route path="/accounts/new" component={AccountsPage} />
          <Route path="/accounts/:id">{(params) => <AccountPage id={params.id} />}</Route>
          <Route path="/briefs">{() => <BriefsPage />}</Route>
          <Route path="/briefs/new">{() => <BriefsPage newBrief={{ accountId: null }} />}</Route>
          <Route path="/briefs/new/:accountId">{(params) => <BriefsPage newBrief={{ accountId: params.accountId }} />}</Route>
          <Route path="/briefs/:id">{(params) => <BriefEditorPage id={params.id} />}</Route>
          <Route path="/pitches">{() => <PitchesPage />}</Route>
          <Route path="/pitches/new"><PitchesPage creating /></Route>
          <Route path="/pitches/new/:accountId">{(params) => <PitchesPage creating accountId={params.accountId} />}</Route>
          <Route path="/pitches/:id">{(params) => <PitchPage id={params.id} />}</Route>
          <Route path="/team" component={TeamPage} />
          <Route path="/team/:id">{(params) => <MemberPage id={params.id} />}</Route>
          <Route path="/trash" component={TrashPage} />
          <Route path="/evaluations" component={QuarterOverviewPage} />
          <Route path="/evaluations/:id">{(params) => <EvaluationPage id={params.id} />}</Route>
          <Route path="/reports">{() => <ReportsPage />}</Route>
          <Route path="/reports/new">{() => <ReportsPage creating />}</Route>
          <Route path="/reports/:id">{(params) => <ReportPage id={params.id} />}</Route>
          <Route path="/settings" component={SettingsPage} />
          <Route path="/settings/brief-templates" component={BriefTemplatesPage} />
          <Route path="/settings/backup" component={BackupPage} />
          <Route component={NotFound} />
        </Switch>
      </Suspense>
      <CommandPalette />
      <Reminders />
    </AppLayout>
  );
}

function PageLoading() {
  const { t } = useTranslation();
  return <p className="section-hint" role="status">{t('app.loading')}</p>;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="card card-section">
      <h2 className="section-title">{t('app.notFoundTitle')}</h2>
      <p className="section-hint">{t('app.notFoundBody')}</p>
      <Link href="/" className="button">{t('app.goHome')}</Link>
    </div>
  );
}
