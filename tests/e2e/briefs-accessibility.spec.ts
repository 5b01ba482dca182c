// The brief pages with the sample agency, in both languages: list with filters, editor tabs, dialogs and templates —
// no serious or critical axe violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { goTo, loadSampleAgency, openApp, switchLanguage, type Lang } from './support/app';

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const words = {
  'zh-CN': { versions: /版本与审批/, compare: '版本对比', approve: '记录审批', newBrief: '新建简报', copy: /复制为我的模板/, back: '返回简报列表' },
  en: { versions: /Versions and approvals/, compare: 'Compare versions', approve: 'Record an approval', newBrief: 'New brief', copy: /Copy .* to my templates/, back: 'Back to briefs' },
} as const;

for (const lang of ['zh-CN', 'en'] as Lang[]) {
  test(`the brief pages and dialogs are accessible in ${lang}`, async ({ page }) => {
    test.setTimeout(90_000);
    const w = words[lang];
    await openApp(page);
    if (lang === 'en') await switchLanguage(page, 'en');
    await loadSampleAgency(page, lang);
    await goTo(page, 'briefs', lang);
    await expect(page.getByRole('table').getByRole('row').nth(2)).toBeVisible();
    const problems: string[] = [...(await seriousViolations(page, 'list'))];

    await page.getByRole('table').getByRole('row').nth(2).click();
    await expect(page.getByRole('link', { name: w.back })).toBeVisible();
    problems.push(...(await seriousViolations(page, 'editor')));
    await page.getByRole('button', { name: w.approve }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    problems.push(...(await seriousViolations(page, 'approval dialog')));
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: w.versions }).click();
    problems.push(...(await seriousViolations(page, 'versions tab')));
    await page.getByRole('tab', { name: w.compare }).click();
    problems.push(...(await seriousViolations(page, 'compare tab')));

    await page.goto('/#/briefs/new');
    await expect(page.getByRole('dialog')).toBeVisible();
    problems.push(...(await seriousViolations(page, 'new brief dialog')));

    await page.goto('/#/settings/brief-templates');
    await page.getByRole('button', { name: w.copy }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    problems.push(...(await seriousViolations(page, 'template dialog')));
    expect(problems).toEqual([]);
  });
}
