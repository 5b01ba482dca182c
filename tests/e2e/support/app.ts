// Helpers for E2E journeys: open the app, switch language, load the sample agency, read a table's row count.
import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'zh-CN' | 'en';

/** Visible texts the tests look for, per language (the app's own catalogues would hide a missing translation). */
export const text = {
  'zh-CN': {
    nav: { dashboard: '工作台', accounts: '品牌客户', briefs: '创意简报', pitches: '比稿/提案', team: '团队', reports: '评估报告', settings: '设置' },
    mainNav: '主导航',
    loadSample: '加载示例代理公司',
    createAccount: '新建品牌客户',
    welcome: '欢迎使用客户总监工作台',
    overview: '数据概览',
  },
  en: {
    nav: { dashboard: 'Dashboard', accounts: 'Accounts', briefs: 'Briefs', pitches: 'Pitches', team: 'Team', reports: 'Reports', settings: 'Settings' },
    mainNav: 'Main navigation',
    loadSample: 'Load a sample agency',
    createAccount: 'Create the first account',
    welcome: 'Welcome to Account Desk',
    overview: 'At a glance',
  },
} as const;

export type Area = keyof (typeof text)['zh-CN']['nav'];

export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('navigation').first()).toBeVisible();
}

export async function switchLanguage(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: lang === 'en' ? 'English' : '简体中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

export async function goTo(page: Page, area: Area, lang: Lang = 'zh-CN'): Promise<void> {
  await page.getByRole('navigation', { name: text[lang].mainNav }).getByRole('link', { name: text[lang].nav[area], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: text[lang].nav[area] })).toBeVisible();
}

/** Loads the sample agency from the first-run welcome and waits until the dashboard shows the data. */
export async function loadSampleAgency(page: Page, lang: Lang = 'zh-CN'): Promise<void> {
  await page.getByRole('button', { name: text[lang].loadSample }).first().click();
  await expect(page.getByRole('heading', { name: text[lang].overview })).toBeVisible({ timeout: 30_000 });
}

/**
 * The number of rows a DataTable shows, as its status line reports it ("共 12 条", "显示 3 条 / 共 12 条",
 * "Rows: 12", "Rows: 3 of 12"), once its rows have loaded.
 */
export async function tableRowCount(table: Locator | Page): Promise<number> {
  const status = table.getByRole('status').filter({ hasText: /共\s*\d+\s*条|Rows:\s*\d+/ }).first();
  await expect(status).toBeVisible();
  const content = (await status.textContent()) ?? '';
  const match = /显示\s*(\d+)\s*条|共\s*(\d+)\s*条|Rows:\s*(\d+)/.exec(content);
  if (!match) throw new Error(`no row count in "${content}"`);
  return Number(match[1] ?? match[2] ?? match[3]);
}
