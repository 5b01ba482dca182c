// Settings: the agency profile the documents use is saved and still there after a reload.
import { expect, test } from '@playwright/test';
import { goTo, openApp } from './support/app';

test('the agency name survives a reload', async ({ page }) => {
  await openApp(page);
  await goTo(page, 'settings');
  await page.getByLabel('代理公司名称').fill('远山广告 Yuanshan Advertising');
  await page.getByLabel('保密声明').fill('机密文件，仅供客户内部使用');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('设置已保存')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('代理公司名称')).toHaveValue('远山广告 Yuanshan Advertising');
  await expect(page.getByLabel('保密声明')).toHaveValue('机密文件，仅供客户内部使用');
});
