// A list of 20,000 accounts stays light and usable from the keyboard: only the visible rows are in the page.
import { expect, test } from '@playwright/test';
import { goTo, openApp, tableRowCount } from './support/app';
import { seedAccounts } from './support/seed';

test('20,000 accounts: few rows in the DOM, sorting, filtering and keyboard opening still work', async ({ page }) => {
  await openApp(page);
  await seedAccounts(page, 20_000);
  await page.reload();
  await goTo(page, 'accounts');
  expect(await tableRowCount(page)).toBe(20_000);

  const table = page.getByRole('table', { name: '品牌客户列表' });
  await expect(table).toHaveAttribute('aria-rowcount', String(20_000 + 2));
  const bodyRows = table.locator('tbody tr');
  expect(await bodyRows.count()).toBeLessThan(60);

  // Sort by brand, descending, from the keyboard.
  const brandHeader = table.getByRole('columnheader', { name: /品牌/ }).first();
  await expect(brandHeader).toHaveAttribute('aria-sort', 'ascending');
  const started = Date.now();
  await brandHeader.getByRole('button').press('Enter');
  await expect(brandHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(bodyRows.first()).toContainText('品牌19999');
  expect(Date.now() - started).toBeLessThan(3000);

  // Filter by status with the column's select; the count follows.
  await table.getByRole('combobox', { name: '按“状态”筛选' }).selectOption('active');
  await expect.poll(() => tableRowCount(page)).toBe(5_000);
  await page.getByRole('searchbox', { name: /筛选表格/ }).fill('品牌1999');
  // 品牌19990–品牌19999, of which 19993 and 19997 are active.
  await expect.poll(() => tableRowCount(page)).toBe(2);

  // Tab into the rows, move with the arrow keys, jump to the end, open with Enter.
  await page.getByRole('button', { name: '清除筛选' }).first().click();
  await expect.poll(() => tableRowCount(page)).toBe(20_000);
  await bodyRows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(table.locator('tbody tr:focus')).toHaveAttribute('aria-rowindex', '4');
  await page.keyboard.press('End');
  await expect(table.locator('tbody tr:focus')).toHaveAttribute('aria-rowindex', String(20_000 + 2));
  await expect(table.locator('tbody tr:focus')).toContainText('品牌00000');
  expect(await bodyRows.count()).toBeLessThan(60);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '品牌00000' })).toBeVisible();
});

test('the column menu hides and shows columns from the keyboard', async ({ page }) => {
  await openApp(page);
  await seedAccounts(page, 3);
  await page.reload();
  await goTo(page, 'accounts');
  const table = page.getByRole('table', { name: '品牌客户列表' });
  await expect(table.getByRole('columnheader', { name: /客户公司/ })).toBeVisible();

  const menuButton = page.getByRole('button', { name: '显示列' });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  const companyBox = page.getByRole('checkbox', { name: '客户公司' });
  await companyBox.focus();
  await page.keyboard.press('Space');
  await expect(companyBox).not.toBeChecked();
  await expect(table.getByRole('columnheader', { name: /客户公司/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(menuButton).toBeFocused();
});
