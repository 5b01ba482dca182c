// The brief journey an account director relies on, in Chinese and English: start from a preset, fill every section,
// survive a reload mid-typing, save version 1, approve it, edit into version 2 that needs approval again, compare 1 and 2,
// restore 1 as the draft, and export a Word brief whose sections and approvals an independent reader (python-docx) finds.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, switchLanguage, type Lang } from './support/app';

const PYTHON = '/usr/bin/python3';
const ACCOUNT_ID = 'e2e-account-qinglan';
const STRATEGIST_ID = 'e2e-member-hejing';

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
  return execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8' });
}

/** One brand account and three team members, written straight into the app's database (then the page reloads). */
async function seedAccountAndTeam(page: Page): Promise<void> {
  await page.evaluate(async ({ accountId, strategistId }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('account-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const at = new Date().toISOString();
    const base = { createdAt: at, updatedAt: at, deletedAt: null };
    const member = (id: string, name: string, nameEn: string, level: string) => ({ ...base, id, name, nameEn, level, title: '', managerId: null, joinedOn: null, email: '', phone: '', active: true });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['accounts', 'members'], 'readwrite');
      tx.objectStore('accounts').put({ ...base, id: accountId, brand: '青岚茶饮', company: '青岚餐饮管理（杭州）有限公司', industry: '新式茶饮', status: 'active', tier: 'A', clientSince: '2023-03-01', scope: [], annualFee: 1_200_000, currency: 'CNY', healthOverride: null, notes: '' });
      tx.objectStore('members').put(member('e2e-member-liming', '李明', 'Ming Li', 'AD'));
      tx.objectStore('members').put(member(strategistId, '何静', 'Jing He', 'SD'));
      tx.objectStore('members').put(member('e2e-member-wufan', '吴凡', 'Fan Wu', 'ECD'));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { accountId: ACCOUNT_ID, strategistId: STRATEGIST_ID });
  await page.reload();
}

const T = {
  'zh-CN': {
    newBrief: '新建简报',
    dialog: '新建创意简报',
    account: '品牌客户',
    briefTitle: '简报标题',
    template: '模板',
    classic: '经典完整版创意简报',
    create: '创建并开始撰写',
    strategist: '策略',
    project: '项目 / Campaign',
    sections: {
      background: '项目背景', businessObjective: '生意目标', communicationObjective: '传播目的', competitiveFrame: '竞争范畴',
      audienceWho: '他们是谁', audienceNow: '他们现在怎么想、怎么感受、怎么做', insight: '消费者洞察', think: '想到', feel: '感受到', do: '去做',
      proposition: '单一诉求', tone: '品牌个性与调性', mandatories: '必备要素与限制', successCriteria: '成功标准',
    },
    reason: (n: number) => `支持点 ${n}`,
    addReason: '添加支持点',
    tooMany: /已有 4 条支持点/,
    removeReason: (n: number) => `删除支持点 ${n}`,
    deliverables: '交付物',
    timeline: '时间表',
    addRow: '添加一行',
    cell: (column: string, n: number) => `${column} · 第 ${n} 行`,
    media: '媒介', format: '形式', quantity: '数量', milestone: '里程碑', date: '日期',
    autosaved: /已自动保存/,
    savedNow: /^已保存 \d/,
    milestoneButton: '保存为版本',
    milestoneDialog: '保存为版本',
    note: '版本说明',
    saveVersion: (n: number) => `保存为第 ${n} 版`,
    savedVersion: (n: number) => `已保存第 ${n} 版。`,
    approve: '记录审批',
    approverName: '审批人',
    approveSubmit: '记录审批',
    approvedStatus: '内部批准',
    approvedMark: '批准 v1',
    draftStatus: '草稿',
    reapproval: /第 1 版曾获批准/,
    compareTab: '版本对比',
    versionsTab: /版本与审批/,
    restore: '把第 1 版恢复为草稿',
    restored: /已把第 1 版的内容恢复为草稿/,
    export: '导出 Word',
    exported: '简报已导出',
    docHeadings: ['项目背景', '目标受众', '单一诉求', '支持点', '交付物', '时间表', '成功标准', '审批记录'],
    strategyDirector: '策略总监',
    listVersion: /v2/,
  },
  en: {
    newBrief: 'New brief',
    dialog: 'New creative brief',
    account: 'Account',
    briefTitle: 'Brief title',
    template: 'Template',
    classic: 'Classic agency creative brief',
    create: 'Create and start writing',
    strategist: 'Strategist',
    project: 'Project / campaign',
    sections: {
      background: 'Background', businessObjective: 'Business objective', communicationObjective: 'Role of communication', competitiveFrame: 'Competitive frame',
      audienceWho: 'Who they are', audienceNow: 'What they think, feel and do now', insight: 'Consumer insight', think: 'Think', feel: 'Feel', do: 'Do',
      proposition: 'Single-minded proposition', tone: 'Brand personality and tone', mandatories: 'Mandatories and constraints', successCriteria: 'Success criteria',
    },
    reason: (n: number) => `Reason ${n}`,
    addReason: 'Add a reason',
    tooMany: /There are 4 reasons/,
    removeReason: (n: number) => `Remove reason ${n}`,
    deliverables: 'Deliverables',
    timeline: 'Timeline',
    addRow: 'Add a row',
    cell: (column: string, n: number) => `${column} · Row ${n}`,
    media: 'Media', format: 'Format', quantity: 'Quantity', milestone: 'Milestone', date: 'Date',
    autosaved: /Saved automatically/,
    savedNow: /^Saved at \d/,
    milestoneButton: 'Save as a version',
    milestoneDialog: 'Save as a version',
    note: 'What changed',
    saveVersion: (n: number) => `Save as version ${n}`,
    savedVersion: (n: number) => `Version ${n} saved.`,
    approve: 'Record an approval',
    approverName: 'Approved by',
    approveSubmit: 'Record approval',
    approvedStatus: 'Approved',
    approvedMark: 'approved v1',
    draftStatus: 'Draft',
    reapproval: /Version 1 was approved/,
    compareTab: 'Compare versions',
    versionsTab: /Versions and approvals/,
    restore: 'Restore version 1 as a draft',
    restored: /Version 1 is now the draft/,
    export: 'Export Word',
    exported: 'Brief exported',
    docHeadings: ['Background', 'Target audience', 'Single-minded proposition', 'Reasons to believe', 'Deliverables', 'Timeline', 'Success criteria', 'Approvals'],
    strategyDirector: 'Strategy director',
    listVersion: /v2/,
  },
} as const;

const box = (page: Page, name: string): Locator => page.getByRole('textbox', { name, exact: true });
/** A label as it begins: required fields add a visually hidden "(required)" to their accessible name. */
const startsWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Lang[]) {
  test(`an account director drafts, versions, approves, compares, restores and exports a brief (${lang})`, async ({ page }, testInfo) => {
    const t = T[lang];
    page.on('pageerror', (error) => testInfo.annotations.push({ type: 'pageerror', description: error.message }));
    await openApp(page);
    if (lang === 'en') await switchLanguage(page, 'en');
    await seedAccountAndTeam(page);

    // Start a brief from the classic preset.
    await page.goto('/#/briefs');
    await page.getByRole('link', { name: t.newBrief }).first().click();
    const dialog = page.getByRole('dialog', { name: t.dialog });
    await dialog.getByLabel(startsWith(t.account)).selectOption(ACCOUNT_ID);
    await dialog.getByLabel(startsWith(t.briefTitle)).fill(lang === 'en' ? 'Summer 2026 launch | creative brief' : '2026 夏季新品上市｜创意简报');
    await dialog.getByLabel(startsWith(t.template)).selectOption({ label: t.classic });
    await dialog.getByRole('button', { name: t.create }).click();
    await expect(page).toHaveURL(/#\/briefs\/[0-9a-f-]{36}$/);
    const briefUrl = page.url();

    // Fill the header and every section.
    await page.getByLabel(startsWith(t.project)).fill(lang === 'en' ? 'Wild Green Grape launch' : '「山野青提」上市');
    await page.getByLabel(startsWith(t.strategist)).selectOption(STRATEGIST_ID);
    const s = t.sections;
    const texts: Record<keyof typeof s, string> = {
      background: '青岚茶饮计划于 2026 年夏季推出「山野青提」，全国门店同步上市。',
      businessObjective: '上市 90 天内累计销量突破 300 万杯。',
      communicationObjective: '让目标人群在上市首月愿意尝第一口，并自发分享。',
      competitiveFrame: '同价位的新式茶饮头部品牌与便利店现制饮品。',
      audienceWho: '一二线城市 20–30 岁的年轻白领。',
      audienceNow: '觉得各家新品都差不多，怕甜怕胖。',
      insight: '下午三点的那一杯，是打工人给自己的小奖励。',
      think: '青岚的新品真材实料。',
      feel: '轻松、不纠结。',
      do: '到店点一杯并分享。',
      proposition: '夏天的第一口清爽。',
      tone: '真诚、轻松、有温度。',
      mandatories: '不得使用绝对化用语。',
      successCriteria: '上市首月相关笔记超过 2 万篇。',
    };
    for (const key of Object.keys(texts) as (keyof typeof s)[]) await box(page, s[key]).fill(texts[key]);
    for (let n = 1; n <= 4; n++) {
      await page.getByRole('button', { name: t.addReason }).click();
      await box(page, t.reason(n)).fill(['青提来自云南高原合作果园', '全系可选三分糖', '自有茶园的高山绿茶', '门店现切现做'][n - 1] ?? '');
    }
    await expect(page.getByText(t.tooMany)).toBeVisible();
    await page.getByRole('button', { name: t.removeReason(4) }).click();
    await expect(page.getByText(t.tooMany)).toHaveCount(0);
    const deliverables = page.getByRole('region', { name: t.deliverables });
    await deliverables.getByRole('button', { name: t.addRow }).click();
    await deliverables.getByLabel(startsWith(t.cell(t.media, 1))).fill('TVC');
    await deliverables.getByLabel(startsWith(t.cell(t.format, 1))).fill('15 秒 + 6 秒竖版');
    await deliverables.getByLabel(startsWith(t.cell(t.quantity, 1))).fill('各 1 条');
    const timeline = page.getByRole('region', { name: t.timeline });
    await timeline.getByRole('button', { name: t.addRow }).click();
    await timeline.getByLabel(startsWith(t.cell(t.milestone, 1))).fill('向客户提案');
    await timeline.getByLabel(startsWith(t.cell(t.date, 1))).fill('2026-03-20');
    await expect(page.getByRole('status').filter({ hasText: t.autosaved })).toBeVisible();

    // Typing interrupted by a reload before the automatic save ran: nothing is lost.
    await box(page, s.successCriteria).fill('上市首月相关笔记超过 3 万篇，搜索指数提升 40%。');
    await page.reload();
    await expect(box(page, s.successCriteria)).toHaveValue('上市首月相关笔记超过 3 万篇，搜索指数提升 40%。');
    await expect(box(page, s.proposition)).toHaveValue('夏天的第一口清爽。');
    await expect(page.getByRole('region', { name: t.deliverables }).getByLabel(startsWith(t.cell(t.media, 1)))).toHaveValue('TVC');
    // Ctrl+S saves at once, without waiting for the pause.
    await box(page, s.tone).fill('真诚、轻松、有温度，不叫卖。');
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status').filter({ hasText: t.savedNow })).toBeVisible();

    // Version 1, approved by the strategy director (the brief's strategist is suggested).
    await page.getByRole('button', { name: t.milestoneButton }).click();
    const milestone = page.getByRole('dialog', { name: t.milestoneDialog });
    await milestone.getByLabel(startsWith(t.note)).fill(lang === 'en' ? 'First draft' : '初稿');
    await milestone.getByRole('button', { name: t.saveVersion(1) }).click();
    await expect(page.getByText(t.savedVersion(1))).toBeVisible();
    await page.getByRole('button', { name: t.approve }).click();
    const approval = page.getByRole('dialog', { name: t.approve });
    await expect(approval.getByLabel(startsWith(t.approverName))).toHaveValue('何静');
    await approval.getByRole('button', { name: t.approveSubmit }).click();
    await expect(page.getByText(t.approvedStatus, { exact: true }).first()).toBeVisible();
    await expect(page.getByText(t.approvedMark)).toBeVisible();

    // An edit to the approved brief: back to draft, version 2 needs approval again.
    await box(page, s.proposition).fill('山野里摘来的清爽，一口喝得到真。');
    await expect(page.getByText(t.reapproval)).toBeVisible();
    await expect(page.getByText(t.draftStatus, { exact: true }).first()).toBeVisible();
    await page.getByRole('button', { name: t.milestoneButton }).click();
    await page.getByRole('dialog', { name: t.milestoneDialog }).getByRole('button', { name: t.saveVersion(2) }).click();
    await expect(page.getByText(t.savedVersion(2))).toBeVisible();
    await expect(page.getByText(t.reapproval)).toBeVisible();

    // Compare 1 and 2: the changed words of the proposition are highlighted, nothing else.
    await page.getByRole('tab', { name: t.compareTab }).click();
    const added = page.locator('ins.diff-add');
    await expect(added.first()).toBeVisible();
    expect((await page.locator('del.diff-del').allTextContents()).join('')).toContain('夏天');
    expect((await added.allTextContents()).join('')).toContain('山野里摘来');
    expect((await added.allTextContents()).join('')).not.toContain('清爽');
    await expect(page.locator('.change')).toHaveCount(1);

    // Restore version 1 as the draft.
    await page.getByRole('tab', { name: t.versionsTab }).click();
    await page.getByRole('button', { name: t.restore }).click();
    await expect(page.getByText(t.restored)).toBeVisible();
    await expect(box(page, s.proposition)).toHaveValue('夏天的第一口清爽。');

    // Export the Word brief and read it with python-docx.
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: t.export }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const path = testInfo.outputPath(`brief-${lang}.docx`);
    await download.saveAs(path);
    await expect(page.getByText(t.exported)).toBeVisible();
    const text = docxText(path);
    for (const heading of t.docHeadings) expect(text, heading).toContain(heading);
    for (const expected of ['青岚茶饮', '夏天的第一口清爽。', '青提来自云南高原合作果园', '何静', t.strategyDirector, 'TVC', '向客户提案']) expect(text, expected).toContain(expected);
    expect(text).not.toContain('门店现切现做');

    // The list shows the brief at version 2 with version 1 marked as the approved one.
    await page.goto('/#/briefs');
    const row = page.getByRole('row').filter({ hasText: lang === 'en' ? 'Summer 2026 launch' : '2026 夏季新品上市' });
    await expect(row).toContainText(t.listVersion);
    await expect(row).toContainText(lang === 'en' ? 'approved v1' : '批准 v1');
    await page.goto(briefUrl);
    await expect(box(page, s.proposition)).toHaveValue('夏天的第一口清爽。');
  });
}

test('a draft typed just before the window crashes is there when the brief is opened again', async ({ page, context }) => {
  await openApp(page);
  await seedAccountAndTeam(page);
  await page.goto('/#/briefs/new');
  const dialog = page.getByRole('dialog', { name: T['zh-CN'].dialog });
  await dialog.getByLabel(startsWith('品牌客户')).selectOption(ACCOUNT_ID);
  await dialog.getByLabel(startsWith('简报标题')).fill('崩溃前的草稿');
  await dialog.getByRole('button', { name: T['zh-CN'].create }).click();
  await expect(page).toHaveURL(/#\/briefs\/[0-9a-f-]{36}$/);
  const url = page.url();
  await expect(page.getByRole('status').filter({ hasText: /Ctrl\+S/ })).toBeVisible();

  // Typed, and the renderer dies before the debounced save runs: no pagehide, no flush, only the journal.
  await box(page, '单一诉求').fill('崩溃前最后一句单一诉求。');
  await page.waitForTimeout(150);
  const crashed = page.waitForEvent('crash');
  await page.goto('chrome://crash').catch(() => undefined);
  await crashed;

  const reopened = await context.newPage();
  await reopened.goto(url);
  await expect(box(reopened, '单一诉求')).toHaveValue('崩溃前最后一句单一诉求。');
  await expect(reopened.getByText('已恢复上次关闭前尚未保存的修改。')).toBeVisible();
  await expect(reopened.getByRole('status').filter({ hasText: /已自动保存/ })).toBeVisible();
  await reopened.reload();
  await expect(box(reopened, '单一诉求')).toHaveValue('崩溃前最后一句单一诉求。');
});
