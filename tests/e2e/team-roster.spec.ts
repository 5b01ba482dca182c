// The team roster as an account director uses it: add members (one managing the other), assign one to a client
// from their page, and deactivate a leaver who stays in the history marked inactive — in zh-CN and en.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { goTo, loadSampleAgency, openApp, switchLanguage, type Lang } from './support/app';

const words = {
  'zh-CN': {
    newMember: '新建成员',
    createTitle: '新建团队成员',
    name: '姓名',
    nameEn: '英文名',
    level: '职级',
    title: '职位',
    manager: '直属上级',
    email: '邮箱',
    create: '创建成员',
    required: '此项必填',
    badEmail: '请输入有效的邮箱地址',
    assign: '分配到客户',
    account: '品牌客户',
    role: '在该客户的角色',
    assignSubmit: '分配',
    accountsSection: '服务的客户',
    past: '以往分工',
    deactivate: '停用',
    deactivateSubmit: '停用成员',
    inactive: '已离开',
    inactiveNotice: '该成员已停用',
    edit: '编辑资料',
    status: '按“状态”筛选',
    table: '团队成员列表',
    backToTeam: '返回团队',
    delete: '删除',
    deactivateInstead: '停用成员（推荐）',
    deleteAnyway: '仍然删除',
    memberInUse: '成员离开团队时建议停用',
    cleared: '直属上级',
    roleLabel: '客户经理',
  },
  en: {
    newMember: 'New member',
    createTitle: 'New team member',
    name: 'Name',
    nameEn: 'English name',
    level: 'Level',
    title: 'Title',
    manager: 'Manager',
    email: 'Email',
    create: 'Create member',
    required: 'This field is required',
    badEmail: 'Enter a valid email address',
    assign: 'Assign to an account',
    account: 'Account',
    role: 'Role on the account',
    assignSubmit: 'Assign',
    accountsSection: 'Accounts served',
    past: 'Earlier assignments',
    deactivate: 'Deactivate',
    deactivateSubmit: 'Deactivate member',
    inactive: 'Left',
    inactiveNotice: 'This member is inactive',
    edit: 'Edit profile',
    status: 'Filter by Status',
    table: 'Team members',
    backToTeam: 'Back to Team',
    delete: 'Delete',
    deactivateInstead: 'Deactivate (recommended)',
    deleteAnyway: 'Delete anyway',
    memberInUse: 'When someone leaves the team, deactivate them instead',
    cleared: 'manager',
    roleLabel: 'Account manager',
  },
} as const;

async function createMember(page: Page, lang: Lang, fields: { name: string; nameEn: string; level: string; title: string; manager?: string }) {
  const w = words[lang];
  await page.getByRole('button', { name: w.newMember }).first().click();
  const dialog = page.getByRole('dialog', { name: w.createTitle });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(w.name, { exact: false }).first().fill(fields.name);
  await dialog.getByLabel(w.nameEn).fill(fields.nameEn);
  await dialog.getByLabel(w.level).selectOption(fields.level);
  await dialog.getByLabel(w.title).fill(fields.title);
  if (fields.manager) await dialog.getByLabel(w.manager).selectOption({ label: fields.manager });
  await dialog.getByRole('button', { name: w.create }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: fields.name })).toBeVisible();
}

for (const lang of ['zh-CN', 'en'] as Lang[]) {
  test(`a director adds a manager and a report, assigns one to a client, and a leaver keeps their history (${lang})`, async ({ page }) => {
    const w = words[lang];
    const suffix = lang === 'en' ? 'E' : 'Z';
    const boss = `测试总监${suffix}`;
    const report = `测试经理${suffix}`;
    await openApp(page);
    if (lang === 'en') await switchLanguage(page, 'en');
    await loadSampleAgency(page, lang);
    await goTo(page, 'team', lang);

    // Bad input gets a clear message and keeps what was typed.
    await page.getByRole('button', { name: w.newMember }).first().click();
    const dialog = page.getByRole('dialog', { name: w.createTitle });
    await dialog.getByLabel(w.email).fill('not-an-email');
    await dialog.getByRole('button', { name: w.create }).click();
    await expect(dialog.getByRole('alert').filter({ hasText: w.required })).toBeVisible();
    await expect(dialog.getByRole('alert').filter({ hasText: w.badEmail })).toBeVisible();
    await expect(dialog.getByLabel(w.email)).toHaveValue('not-an-email');
    await dialog.getByLabel(w.email).fill('');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await createMember(page, lang, { name: boss, nameEn: `Director ${suffix}`, level: 'SAD', title: lang === 'en' ? 'Senior Account Director' : '高级客户总监' });
    await page.getByRole('link', { name: w.backToTeam }).click();
    await createMember(page, lang, { name: report, nameEn: `Manager ${suffix}`, level: 'AM', title: lang === 'en' ? 'Account Manager' : '客户经理', manager: `${boss} · Director ${suffix}` });

    // The manager is shown, and a member cannot be made to manage their own manager.
    await expect(page.getByRole('link', { name: boss })).toBeVisible();

    // Assign the report to a sample account from their page.
    await page.getByRole('button', { name: w.assign }).click();
    const assign = page.getByRole('dialog');
    const accountSelect = assign.getByRole('combobox', { name: new RegExp(`^${w.account}`) });
    const firstAccount = (await accountSelect.locator('option').nth(1).textContent()) ?? '';
    const brand = firstAccount.split(' · ')[0] ?? '';
    await accountSelect.selectOption({ index: 1 });
    await assign.getByLabel(w.role).selectOption({ label: w.roleLabel });
    await assign.getByRole('button', { name: w.assignSubmit }).click();
    await expect(assign).toBeHidden();
    const accounts = page.getByRole('region', { name: w.accountsSection });
    await expect(accounts.getByRole('link', { name: brand })).toBeVisible();
    await expect(accounts.getByText(w.roleLabel)).toBeVisible();
    // The link leads to the account's page.
    await accounts.getByRole('link', { name: brand }).click();
    await expect(page).toHaveURL(/#\/accounts\/[^/]+$/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: report })).toBeVisible();

    // The boss's page lists the report; editing the boss never offers the report (or the boss) as manager.
    await page.getByRole('link', { name: boss }).click();
    await expect(page.getByRole('heading', { level: 2, name: boss })).toBeVisible();
    await expect(page.getByRole('link', { name: report })).toBeVisible();
    await page.getByRole('button', { name: w.edit }).click();
    const edit = page.getByRole('dialog');
    const managerOptions = await edit.getByLabel(w.manager).locator('option').allTextContents();
    expect(managerOptions.some((o) => o.includes(report))).toBe(false);
    expect(managerOptions.some((o) => o.includes(boss))).toBe(false);
    await page.keyboard.press('Escape');
    await expect(edit).toBeHidden();

    // The report leaves: deactivated, assignment ended today, still listed everywhere, marked inactive.
    await page.getByRole('link', { name: report }).click();
    await page.getByRole('button', { name: w.deactivate, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.deactivateSubmit }).click();
    await expect(page.getByText(w.inactiveNotice)).toBeVisible();
    await expect(page.getByRole('heading', { level: 4, name: w.past })).toBeVisible();
    await expect(accounts.getByRole('link', { name: brand })).toBeVisible();

    await page.getByRole('link', { name: boss }).click();
    const reportLink = page.getByRole('link', { name: report });
    await expect(reportLink).toBeVisible();
    await expect(reportLink.locator('xpath=..').getByText(w.inactive)).toBeVisible();

    await goTo(page, 'team', lang);
    const table = page.getByRole('table', { name: w.table });
    await table.getByLabel(w.status).selectOption({ label: w.inactive });
    const row = table.getByRole('row').filter({ hasText: report });
    await expect(row).toBeVisible();
    await expect(row.getByText(w.inactive)).toBeVisible();
    // The boss is active: not among the leavers (the report's row names them only as manager).
    await expect(table.getByRole('row').filter({ has: page.locator('td:first-child', { hasText: boss }) })).toHaveCount(0);

    // Deleting the boss, whom others point to, recommends deactivating; the dialog says which field is emptied.
    await table.getByLabel(w.status).selectOption({ index: 0 });
    await table.getByRole('row').filter({ has: page.locator('td:first-child', { hasText: boss }) }).click();
    await page.getByRole('button', { name: w.delete, exact: true }).click();
    const del = page.getByRole('dialog');
    await expect(del.getByText(w.memberInUse)).toBeVisible();
    await expect(del.getByText(w.cleared)).toBeVisible();
    await expect(del.getByRole('button', { name: w.deactivateInstead })).toBeVisible();
    await expect(del.getByRole('button', { name: w.deleteAnyway })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`team-delete-member-${lang}.png`) });
    await del.getByRole('button', { name: w.deactivateInstead }).click();
    await expect(del).toBeHidden();
    await expect(page.getByText(w.inactiveNotice)).toBeVisible();
  });

  test(`the team page and a member page have no serious accessibility problems (${lang})`, async ({ page }) => {
    await openApp(page);
    if (lang === 'en') await switchLanguage(page, 'en');
    await loadSampleAgency(page, lang);
    await goTo(page, 'team', lang);
    const table = page.getByRole('table', { name: words[lang].table });
    await expect(table.getByRole('row').nth(3)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`team-${lang}.png`) });
    const problems = await seriousViolations(page, 'team');
    await table.getByRole('row').nth(3).click();
    await expect(page.getByRole('region', { name: words[lang].accountsSection })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`member-${lang}.png`), fullPage: true });
    problems.push(...(await seriousViolations(page, 'member page')));
    expect(problems).toEqual([]);
  });
}

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
