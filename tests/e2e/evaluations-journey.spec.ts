// A quarter of evaluations as an account director runs it, in Chinese and in English: adjust the framework's weights
// (the total must be 100 %), start a quarter, evaluate two people with KPIs and the directors' input (drafts save
// themselves), finalise, share with the member's comment, reopen and finalise again, open the next quarter and review
// the goals carried over, see the trend, and export both Word documents (read back with python-docx, charts embedded).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadSampleAgency, openApp, switchLanguage, type Lang } from './support/app';
import { hostileStrings } from '../fixtures/hostile';

const PYTHON = '/usr/bin/python3';

/** Paragraph, table-cell and header text of a .docx as python-docx reads it (an independent reader). */
function docxText(path: string): string {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: install Debian's python3-docx to run this test`);
  const script = [
    'import docx, sys',
    'd = docx.Document(sys.argv[1])',
    'parts = [p.text for p in d.paragraphs]',
    'parts += [c.text for t in d.tables for r in t.rows for c in r.cells]',
    'parts += [p.text for s in d.sections for p in s.header.paragraphs]',
    'sys.stdout.write("\\n".join(parts))',
  ].join('\n');
  return execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8' });
}

/** PNG images packed in the .docx (the charts). */
function embeddedPngs(path: string): string[] {
  return Object.keys(unzipSync(new Uint8Array(readFileSync(path)))).filter((name) => /^word\/media\/.+\.png$/.test(name));
}

/** The quarter `by` quarters from today's, as the app labels it in its picker. */
function quarterFromNow(by: number): { key: string; year: number; q: number } {
  const now = new Date();
  const index = now.getFullYear() * 4 + Math.floor(now.getMonth() / 3) + by;
  const year = Math.floor(index / 4);
  const q = (index % 4) + 1;
  return { key: `${year}-Q${q}`, year, q };
}

const words = {
  'zh-CN': {
    nav: { settings: '设置', evaluations: '考评' },
    framework: '能力模型',
    dimension: (n: number, name: string) => `维度 ${n}：${name}`,
    client: '客户满意与关系',
    delivery: '交付质量',
    weight: '权重（%）',
    over: '权重合计为 105%，须为 100%（多出 5%）',
    cannotSave: '未保存：各维度权重合计为 105%，须正好为 100%。',
    right: '权重合计 100%',
    saveFramework: '保存能力模型',
    saved: '能力模型已保存',
    quarter: '考评季度',
    start: '开始本季度考评',
    create: /^创建 \d+ 份草稿$/,
    created: /已创建 \d+ 份考评草稿/,
    openLink: /^打开(.+)的考评$/,
    scores: '能力评分',
    score: (n: number) => new RegExp(`^${n} 分`),
    weightBadge: '权重 25%',
    addKpi: '添加 KPI',
    kpi: { name: '第 1 项指标名称', target: '第 1 项指标目标', actual: '第 1 项指标实际', unit: '第 1 项指标单位' },
    kpiName: '负责客户收入',
    unit: '万元',
    achievement: '115%',
    strategy: '策略总监',
    creative: '创意总监',
    name: '姓名',
    directorScore: '评分',
    comment: '意见',
    strategyComment: '简报洞察清晰，策略配合主动。',
    addGoal: '添加目标',
    goal1: '目标 1',
    goalText: '独立主导一次年度比稿提案',
    strengths: '主要优势',
    strengthsText: '客户信任度高，提案表达有说服力。',
    developmentAreas: '待发展领域',
    autosaved: /已保存（/,
    finalise: '定稿',
    finaliseConfirm: '定稿并锁定',
    markShared: '标记为已沟通',
    reopen: '重新打开',
    memberComment: '员工本人意见',
    memberCommentText: '认同评价，下季度重点提升提案能力。',
    lockedShared: /并与员工沟通，内容已锁定/,
    finalBadge: '定稿',
    locked: /已于 .+ 定稿，内容已锁定/,
    weighted: '加权综合得分',
    next: '下一季度',
    review: '上季度目标回顾',
    achieved: '已达成',
    trend: '历史趋势',
    exportForm: '导出考评表（Word）',
    formSaved: '考评表已保存',
    exportSummary: '导出团队汇总（Word）',
    summarySaved: '团队汇总已保存',
    back: '返回季度考评',
    matrix: '成员能力评分',
    docKpiHeading: 'KPI 达成情况',
  },
  en: {
    nav: { settings: 'Settings', evaluations: 'Evaluations' },
    framework: 'Competency framework',
    dimension: (n: number, name: string) => `Dimension ${n}: ${name}`,
    client: 'Client satisfaction & relationship',
    delivery: 'Delivery quality',
    weight: 'Weight (%)',
    over: 'Weights total 105%; they must total 100% (5% too much)',
    cannotSave: 'Not saved: the weights total 105% and must total exactly 100%.',
    right: 'Weights total 100%',
    saveFramework: 'Save framework',
    saved: 'Framework saved',
    quarter: 'Quarter',
    start: 'Start this quarter’s evaluations',
    create: /^Create \d+ drafts?$/,
    created: /\d+ draft evaluations? created/,
    openLink: /^Open the evaluation of (.+)$/,
    scores: 'Competency scores',
    score: (n: number) => new RegExp(`^Score ${n}`),
    weightBadge: 'Weight 25%',
    addKpi: 'Add a KPI',
    kpi: { name: 'KPI 1 name', target: 'KPI 1 target', actual: 'KPI 1 actual', unit: 'KPI 1 unit' },
    kpiName: 'Revenue of own accounts',
    unit: 'k CNY',
    achievement: '115%',
    strategy: 'Strategy director',
    creative: 'Creative director',
    name: 'Name',
    directorScore: 'Score',
    comment: 'Comment',
    strategyComment: 'Sharp insight in briefs; works closely with strategy.',
    addGoal: 'Add a goal',
    goal1: 'Goal 1',
    goalText: 'Lead an annual pitch presentation on their own',
    strengths: 'Strengths',
    strengthsText: 'Trusted by the client; persuasive in presentations.',
    developmentAreas: 'Development areas',
    autosaved: /Saved at /,
    finalise: 'Finalise',
    finaliseConfirm: 'Finalise and lock',
    markShared: 'Mark as shared',
    reopen: 'Reopen',
    memberComment: 'Member’s comment',
    memberCommentText: 'I agree; next quarter I will work on my presentations.',
    lockedShared: /shared with the member; it is locked/,
    finalBadge: 'Final',
    locked: /finalised on .+ and is locked/,
    weighted: 'Weighted score',
    next: 'Next quarter',
    review: 'Review of last quarter’s goals',
    achieved: 'Achieved',
    trend: 'Trend',
    exportForm: 'Export evaluation (Word)',
    formSaved: 'Evaluation saved',
    exportSummary: 'Export team summary (Word)',
    summarySaved: 'Team summary saved',
    back: 'Back to quarterly evaluations',
    matrix: 'Scores by member',
    docKpiHeading: 'KPIs',
  },
} as const;

type Words = (typeof words)[Lang];

async function goToArea(page: Page, w: Words, area: 'settings' | 'evaluations'): Promise<void> {
  await page.getByRole('navigation').first().getByRole('link', { name: w.nav[area], exact: true }).click();
}

async function adjustFramework(page: Page, w: Words): Promise<void> {
  await goToArea(page, w, 'settings');
  const editor = page.getByRole('region', { name: w.framework });
  const client = editor.getByRole('group', { name: w.dimension(1, w.client) });
  const delivery = editor.getByRole('group', { name: w.dimension(2, w.delivery) });
  await client.getByRole('spinbutton', { name: w.weight }).fill('25');
  await expect(editor.getByRole('status').filter({ hasText: w.over })).toBeVisible();
  await editor.getByRole('button', { name: w.saveFramework }).click();
  await expect(editor.getByText(w.cannotSave)).toBeVisible();
  await delivery.getByRole('spinbutton', { name: w.weight }).fill('10');
  await expect(editor.getByRole('status').filter({ hasText: w.right })).toBeVisible();
  await editor.getByRole('button', { name: w.saveFramework }).click();
  await expect(editor.getByText(w.saved)).toBeVisible();
}

async function scoreAll(page: Page, w: Words, score: number): Promise<void> {
  const dimensions = page.getByRole('region', { name: w.scores }).getByRole('group');
  const count = await dimensions.count();
  expect(count).toBe(7);
  for (let i = 0; i < count; i++) await dimensions.nth(i).getByRole('radio', { name: w.score(score) }).check();
}

async function fillDirector(group: Locator, w: Words, name: string, score: string, comment: string): Promise<void> {
  await group.getByLabel(w.name).fill(name);
  await group.getByLabel(w.directorScore).selectOption(score);
  await group.getByLabel(w.comment).fill(comment);
}

/** Opens the evaluation of the nth person listed, returning their name. */
async function openNth(page: Page, w: Words, n: number): Promise<string> {
  const link = page.getByRole('link', { name: w.openLink }).nth(n);
  const label = (await link.getAttribute('aria-label')) ?? '';
  const name = w.openLink.exec(label)?.[1] ?? '';
  expect(name).not.toBe('');
  await link.click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  return name;
}

async function finalise(page: Page, w: Words): Promise<void> {
  await page.getByRole('button', { name: w.finalise, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: w.finaliseConfirm }).click();
  await expect(page.getByText(w.locked)).toBeVisible();
  await expect(page.getByRole('region', { name: w.scores }).getByRole('radio').first()).toBeDisabled();
}

/** What a user might paste into a text field: markup, emoji, right-to-left text, CJK punctuation, line breaks. */
const pasted = [hostileStrings.markup, hostileStrings.emoji, hostileStrings.rtl, hostileStrings.quotesAndDashes].join('\n');

async function evaluate(page: Page, w: Words, options: { score: number; kpi: boolean; developmentAreas?: string }): Promise<void> {
  await expect(page.getByRole('region', { name: w.scores }).getByText(w.weightBadge)).toBeVisible();
  await scoreAll(page, w, options.score);
  await expect(page.getByTestId('weighted-score')).toHaveText(`${options.score}.00`);
  if (options.kpi) {
    await page.getByRole('button', { name: w.addKpi }).click();
    await page.getByRole('textbox', { name: w.kpi.name }).fill(w.kpiName);
    await page.getByRole('textbox', { name: w.kpi.target }).fill('600');
    await page.getByRole('textbox', { name: w.kpi.actual }).fill('690');
    await page.getByRole('textbox', { name: w.kpi.unit }).fill(w.unit);
    await expect(page.getByText(w.achievement, { exact: true })).toBeVisible();
  }
  await fillDirector(page.getByRole('group', { name: w.strategy }), w, '沈清扬', '4', w.strategyComment);
  await fillDirector(page.getByRole('group', { name: w.creative }), w, '唐悦', '3', '—');
  await page.getByRole('button', { name: w.addGoal }).click();
  await page.getByRole('textbox', { name: w.goal1, exact: true }).fill(w.goalText);
  await page.getByLabel(w.strengths).fill(w.strengthsText);
  if (options.developmentAreas) await page.getByLabel(w.developmentAreas).fill(options.developmentAreas);
  // Drafts save themselves shortly after typing stops.
  await expect(page.getByRole('status').filter({ hasText: w.autosaved })).toBeVisible();
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`an account director runs a quarter of evaluations and exports them (${lang})`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const w = words[lang];
    await openApp(page);
    if (lang === 'en') await switchLanguage(page, 'en');
    await loadSampleAgency(page, lang);

    await adjustFramework(page, w);

    // A quarter nobody has started: next quarter.
    const first = quarterFromNow(1);
    await goToArea(page, w, 'evaluations');
    await page.getByRole('combobox', { name: w.quarter }).selectOption(first.key);
    await page.getByRole('button', { name: w.start }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.create }).click();
    await expect(page.getByText(w.created)).toBeVisible();

    const first1 = await openNth(page, w, 0);
    await evaluate(page, w, { score: 4, kpi: true });
    await finalise(page, w);
    await page.getByRole('link', { name: w.back }).click();

    const second = await openNth(page, w, 1);
    expect(second).not.toBe(first1);
    await evaluate(page, w, { score: 3, kpi: false, developmentAreas: pasted });
    await finalise(page, w);
    // Talked through with the member, who adds their own comment: the evaluation is shared.
    await page.getByRole('button', { name: w.markShared }).click();
    await page.getByRole('dialog').getByLabel(w.memberComment).fill(w.memberCommentText);
    await page.getByRole('dialog').getByRole('button', { name: w.markShared }).click();
    await expect(page.getByText(w.lockedShared)).toBeVisible();

    // The finalised form exports with its content and its charts.
    let download = page.waitForEvent('download');
    await page.getByRole('button', { name: w.exportForm }).click();
    const formPath = testInfo.outputPath(`form-${lang}.docx`);
    await (await download).saveAs(formPath);
    await expect(page.getByText(w.formSaved)).toBeVisible();
    const formText = docxText(formPath);
    for (const expected of [second, w.strategyComment, w.goalText, w.strengthsText, w.memberCommentText, '3.00', hostileStrings.markup, hostileStrings.emoji, hostileStrings.rtl, hostileStrings.quotesAndDashes]) expect(formText).toContain(expected);
    expect(embeddedPngs(formPath).length).toBeGreaterThanOrEqual(1);

    // Reopening is an explicit, confirmed step; the evaluation is editable again, then final again.
    await page.getByRole('button', { name: w.reopen, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.reopen, exact: true }).click();
    await expect(page.getByRole('region', { name: w.scores }).getByRole('radio').first()).toBeEnabled();
    await finalise(page, w);

    // The team summary of the quarter lists both.
    await page.getByRole('link', { name: w.back }).click();
    download = page.waitForEvent('download');
    await page.getByRole('button', { name: w.exportSummary }).click();
    const summaryPath = testInfo.outputPath(`summary-${lang}.docx`);
    await (await download).saveAs(summaryPath);
    await expect(page.getByText(w.summarySaved)).toBeVisible();
    const summaryText = docxText(summaryPath);
    for (const expected of [first1, second, w.matrix, '4.00', '3.00']) expect(summaryText).toContain(expected);
    expect(embeddedPngs(summaryPath).length).toBe(1);

    // Next quarter: the goals set are carried over for review, and the trend shows the quarter just finished.
    await page.getByRole('button', { name: w.next }).click();
    await page.getByRole('button', { name: w.start }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.create }).click();
    await expect(page.getByText(w.created)).toBeVisible();
    await page.getByRole('link', { name: new RegExp(w.openLink.source.replace('(.+)', first1)) }).click();
    const review = page.getByRole('region', { name: w.review });
    const carried = review.getByRole('group', { name: new RegExp(w.goalText) });
    await expect(carried).toBeVisible();
    await carried.getByRole('radio', { name: w.achieved, exact: true }).check();
    await expect(carried.getByRole('radio', { name: w.achieved, exact: true })).toBeChecked();

    const trend = page.getByRole('region', { name: w.trend });
    await expect(trend.getByRole('img').first()).toBeVisible();
    await expect(trend.locator('canvas').first()).toBeVisible();
    // The finished quarter: 4.00 against a team average of 3.50 (the two people evaluated).
    const finished = trend.getByRole('row').filter({ hasText: String(first.year) }).filter({ hasText: '4.00' });
    await expect(finished).toContainText('3.50');
    await page.screenshot({ path: testInfo.outputPath(`trend-${lang}.png`) });

    // The review is saved as typed: the exported form of the new quarter shows it.
    download = page.waitForEvent('download');
    await page.getByRole('button', { name: w.exportForm }).click();
    const nextPath = testInfo.outputPath(`next-${lang}.docx`);
    await (await download).saveAs(nextPath);
    const nextText = docxText(nextPath);
    expect(nextText).toContain(w.goalText);
    expect(nextText).toContain(w.achieved);
  });
}
