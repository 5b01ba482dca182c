// The evaluation pages pass axe (no serious or critical violations) in both languages: the quarter overview, the
// start dialog, a draft and a locked evaluation with charts, and the framework editor with a wrong weight total.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadSampleAgency, openApp, switchLanguage, type Lang } from './support/app';

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const words = {
  'zh-CN': { title: '季度考评', start: '开始本季度考评', open: /^打开.+的考评$/, scores: '能力评分', trend: '历史趋势', framework: '能力模型', weight: '权重（%）', wrong: /须为 100%/ },
  en: { title: 'Quarterly evaluations', start: 'Start this quarter’s evaluations', open: /^Open the evaluation of /, scores: 'Competency scores', trend: 'Trend', framework: 'Competency framework', weight: 'Weight (%)', wrong: /must total 100%/ },
} as const;

for (const lang of ['zh-CN', 'en'] as Lang[]) {
  test(`the evaluation pages are accessible in ${lang}`, async ({ page }) => {
    test.setTimeout(90_000);
    const w = words[lang];
    await openApp(page);
    if (lang === 'en') await switchLanguage(page, 'en');
    await loadSampleAgency(page, lang);
    const problems: string[] = [];

    await page.goto('/#/evaluations');
    await expect(page.getByRole('heading', { name: w.title, exact: true })).toBeVisible();
    problems.push(...(await seriousViolations(page, 'overview')));

    const start = page.getByRole('button', { name: w.start });
    if (await start.isEnabled()) {
      await start.click();
      await expect(page.getByRole('dialog')).toBeVisible();
      problems.push(...(await seriousViolations(page, 'start dialog')));
      await page.keyboard.press('Escape');
    }

    // A finalised or shared evaluation (locked) and a draft, each with its trend charts drawn.
    const links = page.getByRole('link', { name: w.open });
    const count = await links.count();
    for (const index of [0, count - 1]) {
      await links.nth(index).click();
      await expect(page.getByRole('region', { name: w.scores })).toBeVisible();
      await expect(page.getByRole('region', { name: w.trend }).locator('canvas').first()).toBeVisible();
      problems.push(...(await seriousViolations(page, `evaluation ${index}`)));
      await page.goBack();
    }

    await page.goto('/#/settings');
    const editor = page.getByRole('region', { name: w.framework });
    await editor.getByRole('spinbutton', { name: w.weight }).first().fill('30');
    await expect(editor.getByRole('status').filter({ hasText: w.wrong })).toBeVisible();
    await editor.getByRole('button', { expanded: false }).first().click();
    problems.push(...(await seriousViolations(page, 'framework editor')));
    expect(problems).toEqual([]);
  });
}
