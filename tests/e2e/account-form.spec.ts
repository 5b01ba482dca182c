// Creating an account: a missing brand gets a translated message and keeps what was typed; then it saves.
import { expect, test } from '@playwright/test';
import { goTo, openApp, tableRowCount } from './support/app';

test('creating an account without a brand explains what is missing and loses nothing typed', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '新建品牌客户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建品牌客户' });
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('客户公司').fill('山泉食品集团有限公司');
  await dialog.getByLabel('行业').fill('饮料');
  await dialog.getByLabel('年服务费').fill('1,200,000');
  await dialog.getByRole('button', { name: '创建客户' }).click();

  const brand = dialog.getByRole('textbox', { name: /品牌/ });
  await expect(brand).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('此项必填')).toBeVisible();
  await expect(brand).toHaveAccessibleDescription(/此项必填/);
  await expect(dialog.getByLabel('客户公司')).toHaveValue('山泉食品集团有限公司');
  await expect(dialog.getByLabel('年服务费')).toHaveValue('1,200,000');

  await brand.fill('山泉时光 <&> 🍵');
  await dialog.getByRole('button', { name: '创建客户' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: '山泉时光 <&> 🍵' })).toBeVisible();
  await expect(page.getByText('¥1,200,000')).toBeVisible();

  await goTo(page, 'accounts');
  expect(await tableRowCount(page)).toBe(1);
  await expect(page.getByRole('row', { name: /山泉时光/ })).toBeVisible();
});
