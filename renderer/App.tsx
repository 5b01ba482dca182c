// The app: hash routing (app://account-desk/index.html#/accounts), the shell, the language kept in step with the
// settings record, and the start-up request for persistent storage.
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { requestPersistentStorage } from './db';
import { AppLayout } from './components/layout/AppLayout';
import { useLanguage } from './components/use-language';
import { useSettings } from './components/records/use-records';
import { adoptLanguage, chooseLanguage } from './i18n/language';
import type { UiLanguage } from './i18n';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { AccountsPage } from './features/accounts/AccountsPage';
import { AccountPage } from './features/accounts/AccountPage';
import { BriefsPage } from './features/briefs/BriefsPage';
import { BriefEditorPage } from './features/briefs/BriefEditorPage';
import { BriefTemplatesPage } from './features/briefs/BriefTemplatesPage';
import { PitchesPage } from './features/pitches/PitchesPage';
import { PitchPage } from './features/pitches/PitchPage';
import { TeamPage } from './features/team/TeamPage';
import { MemberPage } from './features/team/MemberPage';
import { TrashPage } from './features/trash/TrashPage';
import { applyTrashRetention } from './features/trash/retention';
import { QuarterOverviewPage } from './features/evaluations/QuarterOverviewPage';
import { EvaluationPage } from './features/evaluations/EvaluationPage';
import { ReportsPage } from './features/reports/ReportsPage';
import { ReportPage } from './features/reports/ReportPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { CommandPalette } from './features/search/CommandPalette';
import { Reminders } from './features/reminders/Reminders';
import { BackupPage } from './features/backup/BackupPage';
import { useAutomaticBackups } from './features/backup/use-automatic-backups';

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
      <CommandPalette />
      <Reminders />
    </AppLayout>
  );
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
