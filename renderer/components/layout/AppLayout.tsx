// The app shell: skip link, sidebar with the main navigation, top bar (title, search box, language) and <main>.
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { UiLanguage } from '../../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { navItems, navKeyOf } from './nav';
import { SearchIcon } from './icons';
import { openSearch } from '../../features/search/open-search';

export const MAIN_ID = 'main-content';

type AppLayoutProps = {
  language: UiLanguage;
  onLanguageChange: (language: UiLanguage) => void;
  /** Pages whose table fills the window (lists) ask for a non-scrolling main area. */
  fill?: boolean;
  children: ReactNode;
};

export function AppLayout({ language, onLanguageChange, fill = false, children }: AppLayoutProps) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const current = navKeyOf(location);
  const title = current ? t(`nav.${current}`) : t('app.name');

  useEffect(() => {
    document.title = current === 'dashboard' ? t('app.name') : `${title} · ${t('app.name')}`;
  }, [current, title, t]);

  return (
    <div className="shell">
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={(event) => {
        // Hash routing owns the fragment, so move focus by hand instead of navigating.
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <aside className="sidebar">
        <Link href="/" className="sidebar-brand" aria-label={t('app.name')}>
          <span className="sidebar-mark" aria-hidden="true">
            <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
              <path d="M4 19 10 5l4 9 2-4 4 9" />
            </svg>
          </span>
          <span className="sidebar-name">
            <strong>{t('app.name')}</strong>
            <span>{language === 'zh-CN' ? 'Account Desk' : '客户总监工作台'}</span>
          </span>
        </Link>
        <nav aria-label={t('app.mainNav')}>
          <ul className="nav-list">
            {navItems.map((item) => (
              <li key={item.key}>
                {item.key === 'settings' && <div className="nav-separator" role="presentation" />}
                <Link href={item.path} className="nav-link" aria-current={current === item.key ? 'page' : undefined}>
                  <item.icon size={18} />
                  <span>{t(`nav.${item.key}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-foot">{t('app.tagline')}</div>
      </aside>
      <div className="workspace">
        <header className="topbar">
          <h1 className="topbar-title">{title}</h1>
          <div className="topbar-spacer" />
          <button type="button" className="topbar-search-button" aria-label={t('search.open')} aria-keyshortcuts="Control+K Meta+K" onClick={() => openSearch()} onKeyDown={(event) => {
            // Typing on the focused box starts the search with that character, as in a real field.
            if (event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) {
              event.preventDefault();
              openSearch(event.key);
            }
          }}>
            <SearchIcon size={16} />
            <span className="label">{t('topbar.searchPlaceholder')}</span>
            <kbd className="palette-key">{t('topbar.searchShortcut')}</kbd>
          </button>
          <LanguageSwitch value={language} onChange={onLanguageChange} />
        </header>
        <main id={MAIN_ID} className={fill ? 'page page-fill' : 'page'} tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
