// Preparing and closing pitches, as an account director does it, in Chinese and English: a 比稿 for a new prospect,
// its plan worked back from the pitch date, items ticked, moved on the board by keyboard, lost with a reason (the
// figures follow), another won (the prospect becomes a client), and the preparation pack exported and read back.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { addDays, format } from 'date-fns';
import { expect, test, type Page } from '@playwright/test';
import { openApp, switchLanguage, text as appText, type Lang } from './support/app';

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
  return execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8' });
}

const ui = {
  'zh-CN': {
    newPitch: '新建比稿/提案', dialog: '新建比稿/提案', title: '项目名称', brand: '潜在客户品牌', pitchDate: '提案日期', fee: '预估年费',
    probability: '赢率（%）', create: '创建比稿', prospect: '潜在', active: '服务中',
    generate: '按提案日期生成计划', generated: /计划已更新：新增 13 项/, progress: '完成 2/13',
    tasks: ['竞品传播审计', '消费者洞察与社交聆听'], redTeam: '红队评审', overdue: /逾期 \d+ 天/,
    doneOf: (task: string) => `完成：${task}`,
    board: '阶段看板', table: '列表', figures: '数据', drag: (title: string) => `拖动“${title}”（当前阶段：线索）`,
    over: /现在位于“资质\/RFI”上方/, overChemistry: /现在位于“化学反应会”上方/, chemistry: '化学反应会', briefing: '客户简报',
    moved: (title: string, stage: string) => `“${title}”已移到“${stage}”。`, menu: (title: string) => `“${title}”的操作`, moveTo: (stage: string) => `移到：${stage}`,
    recordOutcome: '记录结果…', outcomeDialog: '记录比稿结果', lost: '落选', won: '赢得', reason: '落选原因', reasonLabel: '价格/预算', save: '保存结果',
    lostReasons: '落选原因', noLosses: '没有落选记录。', totals: '管道合计', winRate: '赢率（已决）',
    willActivate: /将转为服务中客户/, activated: /“兰亭香氛”已成为服务中客户/,
    export: '导出提案准备包（Word）', exported: '文档已保存', packHeading: '准备清单',
    pitch1: '山野咖啡 2027 年度品牌代理比稿', brand1: '山野咖啡', pitch2: '兰亭香氛春季新品上市提案', brand2: '兰亭香氛',
  },
  en: {
    newPitch: 'New pitch', dialog: 'New pitch', title: 'Pitch name', brand: 'Prospect’s brand', pitchDate: 'Pitch date', fee: 'Est. annual fee',
    probability: 'Probability (%)', create: 'Create pitch', prospect: 'Prospect', active: 'Active',
    generate: 'Generate plan from the pitch date', generated: /Plan updated: 13 added/, progress: '2/13 done',
    tasks: ['Competitor communications audit', 'Consumer insight and social listening'], redTeam: 'Red-team review', overdue: /\d+ d overdue/,
    doneOf: (task: string) => `Done: ${task}`,
    board: 'Stage board', table: 'Table', figures: 'Figures', drag: (title: string) => `Drag “${title}” (stage: Lead)`,
    over: /is over “RFI \/ credentials”/, overChemistry: /is over “Chemistry meeting”/, chemistry: 'Chemistry meeting', briefing: 'Briefing',
    moved: (title: string, stage: string) => `“${title}” moved to “${stage}”.`, menu: (title: string) => `Actions for “${title}”`, moveTo: (stage: string) => `Move to: ${stage}`,
    recordOutcome: 'Record outcome…', outcomeDialog: 'Record the outcome', lost: 'Lost', won: 'Won', reason: 'Lost reason', reasonLabel: 'Price / budget', save: 'Save outcome',
    lostReasons: 'Why we lost', noLosses: 'No losses recorded.', totals: 'Pipeline totals', winRate: 'Win rate (decided)',
    willActivate: /an active client/, activated: /“Sunrise Fragrance” is now an active client/,
    export: 'Export preparation pack (Word)', exported: 'Document saved', packHeading: 'Preparation checklist',
    pitch1: 'Mountain Coffee 2027 agency review', brand1: 'Mountain Coffee', pitch2: 'Sunrise Fragrance spring launch', brand2: 'Sunrise Fragrance',
  },
} as const;

async function createPitch(page: Page, t: (typeof ui)[Lang], title: string, brand: string, pitchDate: string) {
  await page.getByRole('button', { name: t.newPitch }).first().click();
  const dialog = page.getByRole('dialog', { name: t.dialog });
  await dialog.getByRole('textbox', { name: t.title }).fill(title);
  await dialog.getByRole('textbox', { name: t.brand }).fill(brand);
  await dialog.getByLabel(t.pitchDate).fill(pitchDate);
  await dialog.getByRole('textbox', { name: t.fee }).fill('2,000,000');
  await dialog.getByRole('textbox', { name: t.probability }).fill('40');
  await dialog.getByRole('button', { name: t.create }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

async function openFigures(page: Page, t: (typeof ui)[Lang]) {
  await page.getByRole('tab', { name: t.figures }).click();
  return page.getByRole('region', { name: t.lostReasons });
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`an account director prepares, moves, loses and wins pitches, and exports the pack (${lang})`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const t = ui[lang];
    const pitchDate = format(addDays(new Date(), 30), 'yyyy-MM-dd');
    await openApp(page);
    if (lang === 'en') await switchLanguage(page, 'en');
    await page.getByRole('navigation', { name: appText[lang].mainNav }).getByRole('link', { name: appText[lang].nav.pitches, exact: true }).click();

    // A 比稿 for a prospect nobody has recorded yet: the account is created with the pitch.
    await createPitch(page, t, t.pitch1, t.brand1, pitchDate);
    await expect(page.getByRole('link', { name: t.brand1 })).toBeVisible();
    await expect(page.locator('.pitch-subtitle').getByText(t.prospect, { exact: true })).toBeVisible();

    // The plan, worked back from the pitch date; ticking saves at once and survives a reload.
    await page.getByRole('button', { name: t.generate }).click();
    await expect(page.getByText(t.generated)).toBeVisible();
    for (const task of t.tasks) await page.getByRole('checkbox', { name: t.doneOf(task) }).check();
    await expect(page.getByText(t.progress, { exact: true })).toBeVisible();
    await expect(page.getByText(t.overdue).first()).toBeVisible();
    await page.reload();
    for (const task of t.tasks) await expect(page.getByRole('checkbox', { name: t.doneOf(task) })).toBeChecked();

    // On the stage board, by keyboard: pick up, two stages to the right, drop. Then one more by the card's menu.
    await page.goto('/#/pitches');
    await page.getByRole('tab', { name: t.board }).click();
    const handle = page.getByRole('button', { name: t.drag(t.pitch1) });
    await handle.focus();
    await page.keyboard.press('Space');
    // dnd-kit marks the handle pressed while the pitch is held.
    await expect(handle).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(t.over)).toBeAttached();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(t.overChemistry)).toBeAttached();
    await page.keyboard.press('Space');
    await expect(page.getByText(t.moved(t.pitch1, t.chemistry))).toBeVisible();
    await expect(page.getByRole('region', { name: t.chemistry }).getByRole('article', { name: t.pitch1 })).toBeVisible();
    await page.getByRole('button', { name: t.menu(t.pitch1) }).click();
    await page.getByRole('menuitem', { name: t.moveTo(t.briefing) }).click();
    await expect(page.getByRole('region', { name: t.briefing }).getByRole('article', { name: t.pitch1 })).toBeVisible();

    // Before the loss the figures know of none.
    const reasons = await openFigures(page, t);
    await expect(reasons.getByText(t.noLosses)).toBeVisible();

    // Lost, with a reason from the list: the figures change.
    await page.getByRole('tab', { name: t.board }).click();
    await page.getByRole('button', { name: t.menu(t.pitch1) }).click();
    await page.getByRole('menuitem', { name: t.recordOutcome }).click();
    const outcome = page.getByRole('dialog', { name: t.outcomeDialog });
    await outcome.getByRole('radio', { name: t.lost }).check();
    await outcome.getByRole('combobox', { name: t.reason }).selectOption({ label: t.reasonLabel });
    await outcome.getByRole('button', { name: t.save }).click();
    await expect(outcome).toBeHidden();
    await openFigures(page, t);
    await expect(reasons.getByRole('row', { name: new RegExp(t.reasonLabel.replace('/', '\\/')) })).toContainText('100%');
    await expect(page.getByLabel(t.totals).getByText('0%', { exact: true })).toBeVisible();

    // Another pitch, won: its prospect becomes an active client.
    await createPitch(page, t, t.pitch2, t.brand2, pitchDate);
    await page.locator('.stage-stepper').getByRole('button', { name: t.recordOutcome }).click();
    const win = page.getByRole('dialog', { name: t.outcomeDialog });
    await expect(win.getByRole('radio', { name: t.won })).toBeChecked();
    await expect(win.getByText(t.willActivate)).toBeVisible();
    await win.getByRole('button', { name: t.save }).click();
    await expect(page.getByText(t.activated)).toBeVisible();
    await expect(page.locator('.pitch-subtitle').getByText(t.active, { exact: true })).toBeVisible();
    await page.getByRole('link', { name: t.brand2 }).click();
    await expect(page.getByRole('heading', { name: t.brand2 }).first()).toBeVisible();
    await expect(page.getByText(t.active, { exact: true }).first()).toBeVisible();
    await page.goto('/#/pitches');
    await openFigures(page, t);
    await expect(page.getByLabel(t.totals).getByText('50%', { exact: true })).toBeVisible();

    // The preparation pack of the first pitch, read back by python-docx.
    await page.getByRole('tab', { name: t.table }).click();
    await page.getByRole('row', { name: new RegExp(t.pitch1) }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: t.export }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const path = testInfo.outputPath('pack.docx');
    await download.saveAs(path);
    const content = docxText(path);
    for (const expected of [t.pitch1, t.brand1, t.packHeading, t.redTeam, ...t.tasks]) expect(content).toContain(expected);
    await expect(page.getByText(t.exported)).toBeVisible();
  });
}
