// A quarterly development report as an account director makes it, in Chinese and in English: create it on the sample
// agency, keep two drafted suggestions and reword one, finalise, change a record and see the final report unchanged
// (a revision shows the new figures), and export it to Word (read back with python-docx: figures and suggestions).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { goTo, loadSampleAgency, openApp, switchLanguage } from './support/app';

const PYTHON = '/usr/bin/python3';

function docxText(path: string): string {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: install Debian's python3-docx to run this test`);
  const script = [
    'import docx, sys',
    'd = docx.Document(sys.argv[1])',
    'parts = [p.text for p in d.paragraphs]',
    'parts += [" | ".join(c.text for c in r.cells) for t in d.tables for r in t.rows]',
    'sys.stdout.write("\\n".join(parts))',
  ].join('\n');
  return execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8' });
}

const words = {
  'zh-CN': {
    newReport: '新建评估报告', create: '生成报告', figures: '关键指标', served: '服务中客户', billed: '开票金额',
    keep: (n: number) => `保留建议 ${n}`, text: (n: number) => `建议 ${n} 内容`, kept: '已保留', saved: '已保存。',
    edited: '由客户总监亲自与重点客户财务沟通付款节点，每周复盘逾期款项。',
    finalise: '定稿', finalised: '报告已定稿，数据已冻结。', frozen: /已于 .+ 定稿：数据已冻结/,
    deleteAccount: '删除客户', moveToTrash: '移入回收站', activeStatus: '服务中',
    revise: '修订（新建草稿）', revisionOf: '查看原定稿报告',
    chartName: '柱状图：本期与上期的开票金额、已回款和逾期未回款',
    export: '导出 Word 报告', exported: 'Word 报告已保存。', contents: '目录', suggestionsHeading: '6　发展建议', basedOn: '依据：',
  },
  en: {
    newReport: 'New report', create: 'Create report', figures: 'Key figures', served: 'Accounts served', billed: 'Billed',
    keep: (n: number) => `Keep suggestion ${n}`, text: (n: number) => `Suggestion ${n} text`, kept: 'Kept', saved: 'Saved.',
    edited: 'The account director agrees payment dates with key clients’ finance teams and reviews overdue invoices weekly.',
    finalise: 'Finalise', finalised: 'The report is final; its figures are frozen.', frozen: /Finalised on .+: the figures are frozen/,
    deleteAccount: 'Delete account', moveToTrash: 'Move to trash', activeStatus: 'Active',
    revise: 'Revise (new draft)', revisionOf: 'See the final report it revises',
    chartName: 'Bar chart: billed, collected and overdue, this period against the previous one',
    export: 'Export Word report', exported: 'Word report saved.', contents: 'Contents', suggestionsHeading: '6  Development suggestions', basedOn: 'Based on: ',
  },
} as const;

/** The "this period" value of a figure in the report's figures table. */
async function figure(page: Page, label: string): Promise<string> {
  const row = page.getByRole('table').first().getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  return ((await row.getByRole('cell').first().textContent()) ?? '').trim();
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`an account director writes, finalises and exports a quarterly development report (${lang})`, async ({ page }, testInfo) => {
    test.setTimeout(150_000);
    const w = words[lang];
    await openApp(page);
    if (lang === 'en') await switchLanguage(page, 'en');
    await loadSampleAgency(page, lang);
    await goTo(page, 'reports', lang);

    // Last quarter, the whole department: the defaults.
    await page.getByRole('button', { name: w.newReport }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: w.create }).click();
    await expect(page.getByRole('heading', { level: 2, name: w.figures })).toBeVisible({ timeout: 20_000 });
    const reportUrl = page.url();
    const served = await figure(page, w.served);
    const billed = await figure(page, w.billed);
    expect(served).toMatch(/\d/);

    // Keep the first two drafted suggestions and reword the first.
    const figureBehind = ((await page.locator('.report-figure-behind').first().textContent()) ?? '').trim();
    await page.getByRole('button', { name: w.keep(1), exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: w.saved })).toBeVisible();
    await page.getByRole('button', { name: w.keep(2), exact: true }).click();
    await page.getByRole('textbox', { name: w.text(1) }).fill(w.edited);
    await page.getByRole('textbox', { name: w.text(1) }).press('Tab');
    await expect(page.getByText(w.kept, { exact: true })).toHaveCount(2);
    await page.screenshot({ path: testInfo.outputPath(`report-draft-${lang}.png`), fullPage: false });

    await page.getByRole('button', { name: w.finalise, exact: true }).click();
    await expect(page.getByText(w.finalised)).toBeVisible();
    await expect(page.getByText(w.frozen)).toBeVisible();
    await expect(page.getByRole('textbox', { name: w.text(1) })).toHaveCount(0);
    await expect(page.getByText(w.edited)).toBeVisible();

    // A client served last quarter goes to the trash: the final report does not move.
    await page.goto('/#/accounts');
    // The body's rows only: the filter row's status list also says 服务中 / Active.
    await page.getByRole('table').getByRole('rowgroup').last().getByRole('row').filter({ hasText: w.activeStatus }).first().click();
    await page.getByRole('button', { name: w.deleteAccount }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.moveToTrash }).click();
    // The app returns to the accounts list once the account is in the trash.
    await expect(page).toHaveURL(/#\/accounts$/);
    await page.goto(reportUrl);
    await expect(page.getByText(w.frozen)).toBeVisible();
    expect(await figure(page, w.served)).toBe(served);
    expect(await figure(page, w.billed)).toBe(billed);
    await page.screenshot({ path: testInfo.outputPath(`report-final-${lang}.png`) });
    const charts = page.getByRole('img', { name: w.chartName });
    await expect(charts).toHaveAttribute('data-chart', 'ready');
    await charts.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`report-charts-${lang}.png`) });

    // Export: the file carries the figures, the reworded and the kept suggestion with the figure behind it.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: w.export }).click();
    const path = testInfo.outputPath(`report-${lang}.docx`);
    await (await download).saveAs(path);
    await expect(page.getByText(w.exported)).toBeVisible();
    const docText = docxText(path).replace(/\u00a0/g, ' ');
    for (const expected of [w.contents, w.suggestionsHeading, w.edited, `${w.basedOn}${figureBehind.replace(/^[^:：]+[:：]\s*/, '')}`, `${w.served} | ${served}`, `${w.billed} | ${billed.replace(/\u00a0/g, ' ')}`]) expect(docText).toContain(expected);
    const pngs = Object.keys(unzipSync(new Uint8Array(readFileSync(path)))).filter((name) => /^word\/media\/.+\.png$/.test(name));
    expect(pngs.length).toBeGreaterThanOrEqual(3);

    // Revising makes a new draft whose figures follow the records again: one account fewer.
    await page.getByRole('button', { name: w.revise }).click();
    await expect(page.getByRole('link', { name: w.revisionOf })).toBeVisible();
    await expect.poll(() => figure(page, w.served)).toBe(String(Number(served) - 1));
  });
}
