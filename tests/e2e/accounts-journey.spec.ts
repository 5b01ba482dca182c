// An account director's week on one account, in Chinese and in English: create the account with three contacts, log a
// meeting with a decision-maker and a follow-up, bill and collect (回款率 and health change), staff the team, correct
// the account (a validation error first), export the profile (read back with python-docx), and delete a contact and
// restore it from the trash.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { addDays, format } from 'date-fns';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadSampleAgency, openApp, switchLanguage, text as appText, type Lang } from './support/app';

const PYTHON = '/usr/bin/python3';

/** All paragraph and table-cell text of a .docx, read by python-docx (not by our own code). */
function docxText(path: string): string {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: install Debian's python3-docx to run this test`);
  const script = [
    'import docx, sys',
    'd = docx.Document(sys.argv[1])',
    'parts = [p.text for p in d.paragraphs]',
    'parts += [c.text for t in d.tables for r in t.rows for c in r.cells]',
    'sys.stdout.write("\\n".join(parts))',
  ].join('\n');
  return execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
}

const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');

/** What a user reads on screen, per language (from the spec, so a missing translation fails here). */
const words = {
  'zh-CN': {
    newAccount: '新建品牌客户', newDialog: '新建品牌客户', createAccount: '创建客户',
    brand: '品牌', company: '客户公司', industry: '行业', status: '状态', active: '服务中', tier: '客户级别', tierA: 'A 级',
    annualFee: '年服务费', scope: '服务范围',
    tabs: { contacts: '联系人', log: '沟通记录', team: '团队', money: '账款', health: '健康度' },
    health: { green: '良好', amber: '关注', red: '预警' },
    keyHealth: '健康度', keyRate: '回款率', keyLead: '团队负责人',
    noDecisionMaker: '尚未登记客户方决策者', neverMet: '没有与决策者联系的记录',
    addContact: '新增联系人', contactDialog: '新增联系人', contactName: '姓名', contactTitle: '职务', role: '决策角色',
    roles: { 'decision-maker': '决策者', 'day-to-day': '日常对接', procurement: '采购' }, warmth4: '4 密切', email: '邮箱', submitContact: '添加联系人',
    logContact: '记录沟通', logDialog: '记录沟通', theirSide: '客户方参与人', ourSide: '我方参与人', summary: '纪要', nextStep: '下一步', in7: '7 天后', saveLog: '保存记录',
    openFollowUps: '待跟进 1 项，其中逾期 0 项',
    issue: '开发票', invoiceDialog: '开发票', amount: '金额', issuedOn: '开票日期', dueOn: '到期日', submitInvoice: '开出发票', overdue30: '逾期 30 天',
    receive: '记录发票', receiptDialog: '记录收款', receiptAmount: '收款金额', submitReceipt: '记录收款',
    assign: '添加成员', assignDialog: '添加团队成员', member: '成员', teamRole: '在本客户的角色', lead: '负责人', manager: '客户经理', addToTeam: '添加到团队', currentTeam: '当前团队',
    edit: '编辑', editDialog: '编辑品牌客户', saveChanges: '保存修改', required: '此项必填', notANumber: '请输入数字', fixErrors: /请先修正标出的 2 处问题/,
    export: '导出客户档案（Word）', exported: '客户档案已保存',
    docHealth: '客户健康度', docReason: '回款率仅 66.7%（CNY），且有款项逾期',
    deleteContact: '删除联系人“王采购”', moveToTrash: '移入回收站', trash: '回收站', restore: '恢复“王采购”',
    reason: /1 张发票逾期未付，共 ¥100,000，最久逾期 30 天/,
  },
  en: {
    newAccount: 'New account', newDialog: 'New brand account', createAccount: 'Create account',
    brand: 'Brand', company: 'Client company', industry: 'Industry', status: 'Status', active: 'Active', tier: 'Tier', tierA: 'Tier A',
    annualFee: 'Annual fee', scope: 'Scope of services',
    tabs: { contacts: 'Contacts', log: 'Relationship log', team: 'Team', money: 'Money', health: 'Health' },
    health: { green: 'Green', amber: 'Amber', red: 'Red' },
    keyHealth: 'Health', keyRate: 'Collection rate', keyLead: 'Team lead',
    noDecisionMaker: 'No decision-maker on the client side recorded', neverMet: 'No contact with a decision-maker on record',
    addContact: 'Add contact', contactDialog: 'Add contact', contactName: 'Name', contactTitle: 'Title', role: 'Decision role',
    roles: { 'decision-maker': 'Decision-maker', 'day-to-day': 'Day-to-day', procurement: 'Procurement' }, warmth4: '4 Close', email: 'Email', submitContact: 'Add contact',
    logContact: 'Log a contact', logDialog: 'Log a contact', theirSide: 'Client attendees', ourSide: 'Our attendees', summary: 'Summary', nextStep: 'Next step', in7: 'In 7 days', saveLog: 'Save entry',
    openFollowUps: 'Open follow-ups: 1 (overdue: 0)',
    issue: 'Issue invoice', invoiceDialog: 'Issue invoice', amount: 'Amount', issuedOn: 'Issued on', dueOn: 'Due on', submitInvoice: 'Issue invoice', overdue30: '30 days overdue',
    receive: 'Record a payment for invoice', receiptDialog: 'Record payment', receiptAmount: 'Amount received', submitReceipt: 'Record payment',
    assign: 'Assign member', assignDialog: 'Assign a member', member: 'Member', teamRole: 'Role on this account', lead: 'Team lead', manager: 'Account manager', addToTeam: 'Add to team', currentTeam: 'Current team',
    edit: 'Edit', editDialog: 'Edit brand account', saveChanges: 'Save changes', required: 'This field is required', notANumber: 'Enter a number', fixErrors: /correct the 2 marked problem/,
    export: 'Export profile (Word)', exported: 'Account profile saved',
    docHealth: 'Account health', docReason: 'Collection rate only 66.7% (CNY), with payments overdue',
    deleteContact: 'Delete contact “王采购”', moveToTrash: 'Move to trash', trash: 'Trash', restore: 'Restore “王采购”',
    reason: /Overdue invoices: 1, CN¥100,000 in total; the oldest is 30 days late/,
  },
} as const;

function keyFigure(page: Page, label: string): Locator {
  return page.getByRole('region', { name: /关键指标|Key figures/ }).getByRole('button', { name: new RegExp(`^${label}`) });
}

async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Lang[]) {
  test(`an account director builds up an account, bills and collects, and exports its profile (${lang})`, async ({ page }, testInfo) => {
    const w = words[lang];
    const brand = lang === 'zh-CN' ? '云岭咖啡 <&> ☕' : 'Yunling Coffee <&> ☕';
    await openApp(page);
    if (lang === 'en') await switchLanguage(page, 'en');
    // The sample agency brings team members to staff the account with.
    await loadSampleAgency(page, lang);

    // Create the account.
    await page.getByRole('navigation', { name: appText[lang].mainNav }).getByRole('link', { name: appText[lang].nav.accounts, exact: true }).click();
    await page.getByRole('button', { name: w.newAccount }).click();
    const create = page.getByRole('dialog', { name: w.newDialog });
    await create.getByRole('textbox', { name: w.brand }).fill(brand);
    await create.getByLabel(w.company, { exact: true }).fill(lang === 'zh-CN' ? '云岭食品（昆明）有限公司' : 'Yunling Foods Ltd');
    await create.getByLabel(w.industry, { exact: true }).fill(lang === 'zh-CN' ? '咖啡' : 'Coffee');
    await create.getByLabel(w.status, { exact: true }).selectOption({ label: w.active });
    await create.getByLabel(w.tier, { exact: true }).selectOption({ label: w.tierA });
    await create.getByLabel(w.annualFee).fill('1,200,000');
    const scope = create.getByLabel(w.scope);
    await scope.fill(lang === 'zh-CN' ? '品牌策略' : 'Brand strategy');
    await scope.press('Enter');
    await create.getByRole('button', { name: w.createAccount }).click();
    await expect(create).toBeHidden();
    await expect(page.getByRole('heading', { name: brand })).toBeVisible();
    await expect(keyFigure(page, w.keyHealth)).toContainText(w.noDecisionMaker);

    // Three contacts, one of them the decision-maker.
    await openTab(page, w.tabs.contacts);
    const contacts = [
      { name: '周总', role: 'decision-maker', title: 'CMO' },
      { name: '李经理', role: 'day-to-day', title: lang === 'zh-CN' ? '品牌经理' : 'Brand manager' },
      { name: '王采购', role: 'procurement', title: lang === 'zh-CN' ? '采购经理' : 'Procurement manager' },
    ] as const;
    for (const contact of contacts) {
      await page.getByRole('button', { name: w.addContact }).first().click();
      const dialog = page.getByRole('dialog', { name: w.contactDialog });
      await dialog.getByRole('textbox', { name: w.contactName }).fill(contact.name);
      await dialog.getByLabel(w.contactTitle, { exact: true }).fill(contact.title);
      await dialog.getByLabel(w.role).selectOption({ label: w.roles[contact.role] });
      await dialog.getByRole('radio', { name: w.warmth4 }).check();
      await dialog.getByRole('button', { name: w.submitContact }).click();
      await expect(dialog).toBeHidden();
    }
    const makers = page.getByRole('list', { name: new RegExp(`^${w.roles['decision-maker']}`) });
    await expect(makers.getByRole('listitem')).toHaveCount(1);
    await expect(makers).toContainText('周总');
    await expect(keyFigure(page, w.keyHealth)).toContainText(w.health.red);
    await expect(keyFigure(page, w.keyHealth)).toContainText(w.neverMet);

    // A meeting with the decision-maker, with a follow-up: health turns green.
    await openTab(page, w.tabs.log);
    await page.getByRole('button', { name: w.logContact }).click();
    const log = page.getByRole('dialog', { name: w.logDialog });
    await log.getByRole('group', { name: w.theirSide }).getByRole('checkbox', { name: /周总/ }).check();
    await log.getByRole('group', { name: w.theirSide }).getByRole('checkbox', { name: /李经理/ }).check();
    await log.getByRole('group', { name: w.ourSide }).getByRole('checkbox').first().check();
    await log.getByLabel(w.summary).fill(lang === 'zh-CN' ? '年度沟通会：确认 2027 年品牌方向。' : 'Annual review: agreed the brand direction for 2027.');
    await log.getByLabel(w.nextStep).fill(lang === 'zh-CN' ? '提交年度传播规划' : 'Send the annual communications plan');
    await log.getByRole('button', { name: w.in7 }).click();
    await log.getByRole('button', { name: w.saveLog }).click();
    await expect(log).toBeHidden();
    await expect(page.getByText(w.openFollowUps)).toBeVisible();
    await expect(keyFigure(page, w.keyHealth)).toContainText(w.health.green);

    // An overdue invoice, then a partial payment: 回款率 and health move.
    await openTab(page, w.tabs.money);
    await page.getByRole('button', { name: w.issue }).click();
    const invoice = page.getByRole('dialog', { name: w.invoiceDialog });
    await invoice.getByRole('textbox', { name: w.amount }).fill('300,000');
    await invoice.getByLabel(w.issuedOn).fill(day(-60));
    await invoice.getByLabel(w.dueOn).fill(day(-30));
    await invoice.getByRole('button', { name: w.submitInvoice }).click();
    await expect(invoice).toBeHidden();
    await expect(page.getByRole('row', { name: /INV-/ }).first()).toContainText(w.overdue30);
    await expect(keyFigure(page, w.keyRate)).toContainText('0%');
    await expect(keyFigure(page, w.keyHealth)).toContainText(w.health.red);

    await page.getByRole('button', { name: new RegExp(`^${w.receive}`) }).click();
    const receipt = page.getByRole('dialog', { name: new RegExp(`^${w.receiptDialog}`) });
    await receipt.getByLabel(new RegExp(`^${w.receiptAmount}`)).fill('200000');
    await receipt.getByRole('button', { name: w.submitReceipt }).click();
    await expect(receipt).toBeHidden();
    await expect(keyFigure(page, w.keyRate)).toContainText('66.7%');
    await expect(keyFigure(page, w.keyHealth)).toContainText(w.health.amber);
    await expect(keyFigure(page, w.keyHealth)).toContainText(w.reason);

    // Two members on the team: a lead and an account manager.
    await openTab(page, w.tabs.team);
    const assigned: string[] = [];
    for (const role of [w.lead, w.manager]) {
      await page.getByRole('button', { name: w.assign }).click();
      const dialog = page.getByRole('dialog', { name: new RegExp(w.assignDialog) });
      const picker = dialog.getByLabel(w.member);
      await picker.selectOption({ index: assigned.length + 1 });
      assigned.push(((await picker.locator('option:checked').textContent()) ?? '').split(' ')[0] ?? '');
      await dialog.getByLabel(w.teamRole).selectOption({ label: role });
      await dialog.getByRole('button', { name: w.addToTeam }).click();
      await expect(dialog).toBeHidden();
    }
    const team = page.getByRole('region', { name: w.currentTeam }).getByRole('table');
    await expect(team.getByRole('row')).toHaveCount(3);
    await expect(keyFigure(page, w.keyLead)).toContainText(assigned[0] ?? '—');

    // Edit: a blank brand and a fee that is not a number are explained; nothing typed is lost; then it saves.
    await page.getByRole('button', { name: w.edit, exact: true }).click();
    const edit = page.getByRole('dialog', { name: w.editDialog });
    await edit.getByRole('textbox', { name: w.brand }).fill('');
    await edit.getByLabel(w.annualFee).fill('about a million');
    await edit.getByRole('button', { name: w.saveChanges }).click();
    await expect(edit.getByText(w.required)).toBeVisible();
    await expect(edit.getByText(w.notANumber)).toBeVisible();
    await expect(edit.getByText(w.fixErrors)).toBeVisible();
    await expect(edit.getByLabel(w.annualFee)).toHaveValue('about a million');
    const renamed = `${brand} 2027`;
    await edit.getByRole('textbox', { name: w.brand }).fill(renamed);
    await edit.getByLabel(w.annualFee).fill('1,500,000');
    await edit.getByRole('button', { name: w.saveChanges }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole('heading', { name: renamed })).toBeVisible();

    // The profile for the client meeting carries what was just recorded.
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: w.export }).click();
    const download = await downloadPromise;
    const path = testInfo.outputPath(`profile-${lang}.docx`);
    await download.saveAs(path);
    await expect(page.getByText(w.exported)).toBeVisible();
    const doc = docxText(path);
    for (const expected of [renamed, '周总', '李经理', '王采购', w.docHealth, w.docReason, 'INV-', assigned[0] ?? '', assigned[1] ?? '']) expect(doc).toContain(expected);

    // A contact deleted by mistake comes back from the trash.
    await openTab(page, w.tabs.contacts);
    await page.getByRole('button', { name: w.deleteContact }).click();
    const confirm = page.getByRole('dialog', { name: /王采购/ });
    await confirm.getByRole('button', { name: w.moveToTrash }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole('list', { name: new RegExp(`^${w.roles.procurement}`) })).toHaveCount(0);
    await page.getByRole('navigation', { name: appText[lang].mainNav }).getByRole('link', { name: w.trash, exact: true }).click();
    await page.getByRole('button', { name: w.restore }).click();
    await page.goBack();
    await openTab(page, w.tabs.contacts);
    await expect(page.getByRole('list', { name: new RegExp(`^${w.roles.procurement}`) })).toContainText('王采购');
  });
}
