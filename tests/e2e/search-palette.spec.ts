// E2E: the search palette finds a sample brief by a Chinese phrase inside its background text and opens it from the keyboard.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadSampleAgency, openApp, switchLanguage, type Lang } from './support/app';

const t = {
  'zh-CN': { open: '搜索（Ctrl+K）', input: /搜索品牌客户/, results: '搜索结果', briefs: '创意简报' },
  en: { open: 'Search (Ctrl+K)', input: /Search accounts, contacts/, results: 'Search results', briefs: 'Briefs' },
} as const;

/** A phrase from the background section of a sample brief, not from its title. */
const PHRASE = '门店扩张快于品牌建设';
const BRIEF_TITLE = /2026年品牌焕新 Campaign/;

for (const lang of ['zh-CN', 'en'] as Lang[]) {
  test(`search finds a brief by a Chinese word inside its text and opens it with the keyboard (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    await openApp(page);
    if (lang === 'en') await switchLanguage(page, 'en');
    await loadSampleAgency(page, lang);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    const input = dialog.getByRole('combobox', { name: t[lang].input });
    await expect(input).toBeFocused();
    await input.fill(PHRASE);
    const results = dialog.getByRole('listbox', { name: t[lang].results });
    const option = results.getByRole('option', { name: BRIEF_TITLE });
    await expect(option).toBeVisible({ timeout: 20_000 });
    await expect(results.getByRole('group', { name: t[lang].briefs })).toBeVisible();
    await expect(option).toHaveAttribute('aria-selected', 'true');

    const axe = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`search-palette-${lang}.png`) });

    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/#\/briefs\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('main')).toContainText(PHRASE.slice(0, 4));
  });
}

test('the top-bar search box opens the palette, arrows move the choice and Esc closes it', async ({ page }) => {
  await openApp(page);
  await loadSampleAgency(page);
  await page.getByRole('button', { name: t['zh-CN'].open }).click();
  const input = page.getByRole('combobox', { name: t['zh-CN'].input });
  await expect(input).toBeFocused();
  await input.fill('青岚');
  const options = page.getByRole('option');
  await expect(options.nth(1)).toBeVisible({ timeout: 20_000 });
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: t['zh-CN'].open })).toBeFocused();
});

test('search keeps up with new records: an account created after the first search is found and opened', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: t['zh-CN'].input });
  await input.fill('山泉');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('没有找到与“山泉”匹配的记录。');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '新建品牌客户' }).first().click();
  const dialog = page.getByRole('dialog', { name: '新建品牌客户' });
  await dialog.getByRole('textbox', { name: /品牌/ }).fill('山泉时光 <&> 🍵');
  await dialog.getByRole('button', { name: '创建客户' }).click();
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+k');
  await input.fill('泉时');
  const option = page.getByRole('option', { name: /山泉时光 <&> 🍵/ });
  await expect(option).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/accounts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: '山泉时光 <&> 🍵' })).toBeVisible();
});
