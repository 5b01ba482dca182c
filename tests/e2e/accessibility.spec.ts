// Every main page, empty and with the sample agency, in both languages: no serious or critical axe violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { goTo, loadSampleAgency, openApp, switchLanguage, type Area, type Lang } from './support/app';

const areas: Area[] = ['dashboard', 'accounts', 'briefs', 'pitches', 'team', 'reports', 'settings'];

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const lang of ['zh-CN', 'en'] as Lang[]) {
  test(`every main page is accessible in ${lang}, empty and with data`, async ({ page }) => {
    test.setTimeout(90_000);
    await openApp(page);
    if (lang === 'en') await switchLanguage(page, 'en');
    const problems: string[] = [];
    for (const area of areas) {
      await goTo(page, area, lang);
      problems.push(...(await seriousViolations(page, `empty ${area}`)));
    }
    await goTo(page, 'dashboard', lang);
    await loadSampleAgency(page, lang);
    for (const area of areas) {
      await goTo(page, area, lang);
      if (area !== 'dashboard' && area !== 'settings') await expect(page.getByRole('table').getByRole('row').nth(2)).toBeVisible();
      problems.push(...(await seriousViolations(page, `sample ${area}`)));
    }
    await goTo(page, 'accounts', lang);
    await page.getByRole('table').getByRole('row').nth(2).click();
    await expect(page.getByRole('button', { name: lang === 'en' ? 'Export profile (Word)' : '导出客户档案（Word）' })).toBeVisible();
    problems.push(...(await seriousViolations(page, 'account page')));
    await page.goto('/#/accounts/new');
    await expect(page.getByRole('dialog')).toBeVisible();
    problems.push(...(await seriousViolations(page, 'new account dialog')));
    expect(problems).toEqual([]);
  });
}
