// E2E: the dashboard lists what needs attention (an overdue follow-up of the sample agency) and opens its account.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadSampleAgency, openApp, switchLanguage, type Lang } from './support/app';

const t = {
  'zh-CN': { attention: '需要关注', followUps: '逾期的跟进', agenda: '未来 14 天', late: /已逾期 \d+ 天/ },
  en: { attention: 'Needs attention', followUps: 'Overdue follow-ups', agenda: 'Next 14 days', late: /\d+ d late/ },
} as const;

for (const lang of ['zh-CN', 'en'] as Lang[]) {
  test(`the dashboard lists an overdue follow-up and opens its account (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    await openApp(page);
    if (lang === 'en') await switchLanguage(page, 'en');
    await loadSampleAgency(page, lang);

    await expect(page.getByRole('heading', { level: 2, name: t[lang].attention })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: t[lang].agenda })).toBeVisible();
    const group = page.getByRole('region', { name: t[lang].followUps });
    const first = group.getByRole('link').filter({ hasText: t[lang].late }).first();
    await expect(first).toBeVisible();

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`desk-dashboard-${lang}.png`) });
    await page.getByRole('region', { name: lang === 'en' ? 'Pitches with no recent activity' : '长期没有进展的比稿' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`desk-dashboard-${lang}-lower.png`) });

    await first.click();
    await expect(page).toHaveURL(/#\/accounts\/[0-9a-f-]{36}$/);
  });
}

test('reminders can be switched off in settings and stay off after a reload', async ({ page }) => {
  await openApp(page, '/#/settings');
  const toggle = page.getByRole('switch', { name: '为今天到期的跟进和比稿准备发送系统通知' });
  await expect(toggle).toBeChecked();
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await page.reload();
  await expect(page.getByRole('switch', { name: '为今天到期的跟进和比稿准备发送系统通知' })).not.toBeChecked();
  await page.getByRole('region', { name: '到期提醒' }).screenshot({ path: test.info().outputPath('reminders-settings-zh-CN.png') });
});
