// The main navigation: one entry per area, in the order an account director works through them.
import type { ComponentType } from 'react';
import { AccountsIcon, BriefsIcon, DashboardIcon, EvaluationsIcon, PitchesIcon, ReportsIcon, SettingsIcon, TeamIcon, TrashIcon } from './icons';

export type NavKey = 'dashboard' | 'accounts' | 'briefs' | 'pitches' | 'team' | 'evaluations' | 'reports' | 'settings' | 'trash';

export type NavItem = { key: NavKey; path: string; icon: ComponentType<{ size?: number }> };

export const navItems: NavItem[] = [
  { key: 'dashboard', path: '/', icon: DashboardIcon },
  { key: 'accounts', path: '/accounts', icon: AccountsIcon },
  { key: 'briefs', path: '/briefs', icon: BriefsIcon },
  { key: 'pitches', path: '/pitches', icon: PitchesIcon },
  { key: 'team', path: '/team', icon: TeamIcon },
  // Quarterly evaluations of the team: one of the three jobs the app exists for, so it has its own entry.
  { key: 'evaluations', path: '/evaluations', icon: EvaluationsIcon },
  { key: 'reports', path: '/reports', icon: ReportsIcon },
  { key: 'settings', path: '/settings', icon: SettingsIcon },
  // At the bottom with settings: a place to undo, not a daily area.
  { key: 'trash', path: '/trash', icon: TrashIcon },
];

/** The nav entry a location belongs to: /accounts/123 belongs to accounts. */
export function navKeyOf(location: string): NavKey | null {
  if (location === '/' || location === '') return 'dashboard';
  const match = navItems.find((item) => item.path !== '/' && (location === item.path || location.startsWith(`${item.path}/`)));
  return match?.key ?? null;
}
