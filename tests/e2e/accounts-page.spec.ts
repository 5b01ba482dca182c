// The account page's guard rails and keyboard use: tabs by arrow keys, a health override that needs a reason, dates
// and amounts that cannot contradict each other, one-click follow-ups, and the list's health filter.
import { addDays, format } from 'date-fns';
import { expect, test, type Page } from '@playwright/test';
import { goTo, loadSampleAgency, openApp, switchLanguage, tableRowCount } from './support/app';

const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');

/** A new active account, opened on its page. */
async function newAccount(page: Page, brand: string): Promise<void> {
  await openApp(page, '/#/accounts/new');
  const dialog = page.getByRole('dialog', { name: '新建品牌客户' });
  await dialog.getByRole('textbox', { name: '品牌' }).fill(brand);
  await dialog.getByLabel('状态', { exact: true }).selectOption({ label: '服务中' });
  await dialog.getByRole('button', { name: '创建客户' }).click();
  await expect(page.getByRole('heading', { name: brand })).toBeVisible();
}

const healthFigure = (page: Page) => page.getByRole('region', { name: '关键指标' }).getByRole('button', { name: /^健康度/ });

test('tabs follow the arrow keys, Home and End, and only the chosen panel shows', async ({ page }) => {
  await newAccount(page, '键盘测试品牌');
  const overview = page.getByRole('tab', { name: '概况' });
  await overview.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^健康度/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /^健康度/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('客户健康度');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: /^账款/ })).toBeFocused();
  await expect(page.getByRole('tabpanel')).toContainText('还没有发票');
  await page.keyboard.press('ArrowRight');
  await expect(overview).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toHaveCount(1);

  await switchLanguage(page, 'en');
  await expect(page.getByRole('tablist', { name: /键盘测试品牌/ }).getByRole('tab')).toHaveText([/Overview/, /Health/, /Contacts/, /Relationship log/, /Team/, /Briefs/, /Pitches/, /Money/]);
});

test('a manual health override needs a reason, shows as set by hand, and can be cleared', async ({ page }) => {
  await newAccount(page, '健康度测试');
  await expect(healthFigure(page)).toContainText('关注');
  await page.getByRole('tab', { name: /^健康度/ }).click();
  await page.getByRole('button', { name: '手动设定健康度' }).click();
  const dialog = page.getByRole('dialog', { name: '手动设定健康度' });
  await dialog.getByRole('radio', { name: '预警' }).check();
  await dialog.getByRole('button', { name: '保存设定' }).click();
  await expect(dialog.getByText('请写明手动设定的原因')).toBeVisible();
  await dialog.getByLabel('原因').fill('客户 CMO 下月离职，新负责人尚未接触');
  await dialog.getByRole('button', { name: '保存设定' }).click();
  await expect(dialog).toBeHidden();
  await expect(healthFigure(page)).toContainText('预警');
  await expect(healthFigure(page)).toContainText('手动设定：客户 CMO 下月离职');
  await expect(page.getByRole('tabpanel')).toContainText('当前为手动设定；系统评估为“关注”。');

  await page.getByRole('button', { name: '清除手动设定' }).click();
  await expect(page.getByText('已清除手动设定，恢复自动评估（关注）。')).toBeVisible();
  await expect(healthFigure(page)).not.toContainText('手动设定');
});

test('dates and amounts that contradict each other are refused with a reason, and nothing typed is lost', async ({ page }) => {
  await newAccount(page, '校验测试');

  // A follow-up before the meeting itself.
  await page.getByRole('tab', { name: /^沟通记录/ }).click();
  await page.getByRole('button', { name: '记录沟通' }).click();
  const log = page.getByRole('dialog', { name: '记录沟通' });
  await log.getByLabel('纪要').fill('季度沟通');
  await log.getByLabel('跟进日期', { exact: true }).fill(day(-3));
  await log.getByRole('button', { name: '保存记录' }).click();
  await expect(log.getByText('跟进日期不能早于沟通日期')).toBeVisible();
  await expect(log.getByLabel('纪要')).toHaveValue('季度沟通');
  await log.getByLabel('跟进日期', { exact: true }).fill(day(-1));
  await log.getByLabel(/^日期/).fill(day(-5));
  await log.getByRole('button', { name: '保存记录' }).click();
  await expect(log).toBeHidden();
  // Its follow-up is already overdue; ticking it done clears the alert.
  await expect(page.getByText('待跟进 1 项，其中逾期 1 项')).toBeVisible();
  await page.getByRole('checkbox', { name: /已完成跟进/ }).check();
  await expect(page.getByText('没有待跟进的事项')).toBeVisible();

  // An invoice due before it was issued, then a number used twice, then a payment larger than what is owed.
  await page.getByRole('tab', { name: /^账款/ }).click();
  await page.getByRole('button', { name: '开发票' }).click();
  const invoice = page.getByRole('dialog', { name: '开发票' });
  await invoice.getByRole('textbox', { name: '发票号' }).fill('INV-A');
  await invoice.getByRole('textbox', { name: '金额' }).fill('0');
  await invoice.getByLabel('到期日').fill(day(-10));
  await invoice.getByRole('button', { name: '开出发票' }).click();
  await expect(invoice.getByText('到期日不能早于开票日期')).toBeVisible();
  await expect(invoice.getByText('金额必须大于 0')).toBeVisible();
  await invoice.getByRole('textbox', { name: '金额' }).fill('50,000');
  await invoice.getByLabel('到期日').fill(day(20));
  await invoice.getByRole('button', { name: '开出发票' }).click();
  await expect(invoice).toBeHidden();

  await page.getByRole('button', { name: '开发票' }).click();
  await invoice.getByRole('textbox', { name: '发票号' }).fill('inv-a');
  await invoice.getByRole('textbox', { name: '金额' }).fill('1000');
  await invoice.getByRole('button', { name: '开出发票' }).click();
  await expect(invoice.getByText('这个客户已有同号发票')).toBeVisible();
  await invoice.getByRole('button', { name: '取消' }).click();

  await page.getByRole('button', { name: '记录发票 INV-A 的收款' }).click();
  const receipt = page.getByRole('dialog', { name: /记录收款/ });
  await receipt.getByRole('textbox', { name: /收款金额/ }).fill('60000');
  await receipt.getByRole('button', { name: '记录收款' }).click();
  await expect(receipt.getByText('超过了尚未回款的金额（¥50,000）')).toBeVisible();
  await receipt.getByRole('textbox', { name: /收款金额/ }).fill('50000');
  await receipt.getByRole('button', { name: '记录收款' }).click();
  await expect(receipt).toBeHidden();
  await expect(page.getByRole('row', { name: /INV-A/ }).first()).toContainText('已结清');

  // Removing a payment by mistake is one click to undo.
  await page.getByRole('button', { name: /移除 .* 的收款 ¥50,000/ }).click();
  await expect(page.getByRole('row', { name: /INV-A/ }).first()).toContainText('未到期');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('row', { name: /INV-A/ }).first()).toContainText('已结清');
});

test('the accounts list filters by health and shows 回款率 beside each account', async ({ page }) => {
  await openApp(page);
  await loadSampleAgency(page);
  await goTo(page, 'accounts');
  const all = await tableRowCount(page);
  await page.getByRole('combobox', { name: '按“健康度”筛选' }).selectOption({ label: '预警' });
  const red = await tableRowCount(page);
  expect(red).toBeGreaterThan(0);
  expect(red).toBeLessThan(all);
  const rows = page.getByRole('table').getByRole('rowgroup').last().getByRole('row');
  for (const row of await rows.all()) await expect(row).toContainText('预警');
  await expect(page.getByRole('columnheader', { name: /回款率/ })).toBeVisible();
  await expect(rows.first()).toContainText(/\d+(\.\d)?%/);
});
