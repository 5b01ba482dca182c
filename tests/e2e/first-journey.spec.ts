// The first journey of a new user: language switch that sticks, the sample agency, tables that fill and stay filled.
import { expect, test } from '@playwright/test';
import { goTo, loadSampleAgency, openApp, switchLanguage, tableRowCount, text } from './support/app';

test('a new user switches language, loads the sample agency and finds it again after a reload', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: text['zh-CN'].welcome })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { name: text.en.welcome })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Accounts', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: text.en.welcome })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await switchLanguage(page, 'zh-CN');
  await expect(page.getByRole('heading', { name: text['zh-CN'].welcome })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: text['zh-CN'].welcome })).toBeVisible();

  await loadSampleAgency(page);
  const counts: Record<string, number> = {};
  for (const area of ['accounts', 'briefs', 'pitches', 'team'] as const) {
    await goTo(page, area);
    counts[area] = await tableRowCount(page);
    expect(counts[area], `${area} rows`).toBeGreaterThan(0);
    await expect(page.getByRole('table').getByRole('row').nth(2)).toBeVisible();
  }

  await page.reload();
  await goTo(page, 'accounts');
  expect(await tableRowCount(page)).toBe(counts.accounts);
  await goTo(page, 'dashboard');
  await expect(page.getByRole('heading', { name: text['zh-CN'].welcome })).toHaveCount(0);
});
