// The pitch screens with the sample agency, in both languages: board, table, figures, a pitch page, the new-pitch and
// outcome dialogs and the pitch settings have no serious or critical axe violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadSampleAgency, openApp, switchLanguage, type Lang } from './support/app';

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const names = {
  'zh-CN': { board: '阶段看板', table: '列表', figures: '数据', actions: /的操作$/, outcome: '记录结果…', dialog: '记录比稿结果', reasons: '比稿落选原因' },
  en: { board: 'Stage board', table: 'Table', figures: 'Figures', actions: /^Actions for/, outcome: 'Record outcome…', dialog: 'Record the outcome', reasons: 'Pitch lost reasons' },
} as const;

for (const lang of ['zh-CN', 'en'] as Lang[]) {
  test(`the pitch screens are accessible in ${lang}`, async ({ page }) => {
    test.setTimeout(90_000);
    const n = names[lang];
    await openApp(page);
    if (lang === 'en') await switchLanguage(page, 'en');
    await loadSampleAgency(page, lang);
    const problems: string[] = [];
    await page.goto('/#/pitches');
    for (const view of [n.board, n.table, n.figures] as const) {
      await page.getByRole('tab', { name: view }).click();
      await expect(page.getByRole('tab', { name: view })).toHaveAttribute('aria-selected', 'true');
      problems.push(...(await seriousViolations(page, view)));
    }
    await page.getByRole('tab', { name: n.board }).click();
    await page.getByRole('button', { name: n.actions }).first().click();
    await expect(page.getByRole('menu')).toBeVisible();
    problems.push(...(await seriousViolations(page, 'card menu')));
    await page.getByRole('menuitem', { name: n.outcome }).click();
    await expect(page.getByRole('dialog', { name: n.dialog })).toBeVisible();
    problems.push(...(await seriousViolations(page, 'outcome dialog')));
    await page.keyboard.press('Escape');
    await page.getByRole('article').first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
    problems.push(...(await seriousViolations(page, 'pitch page')));
    await page.goto('/#/pitches/new');
    await expect(page.getByRole('dialog')).toBeVisible();
    problems.push(...(await seriousViolations(page, 'new pitch dialog')));
    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { name: n.reasons })).toBeVisible();
    problems.push(...(await seriousViolations(page, 'settings')));
    expect(problems).toEqual([]);
  });
}
