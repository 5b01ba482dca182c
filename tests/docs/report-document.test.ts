// The development report read back by independent readers: python-docx finds the contents, sections, figures with
// their change, the kept suggestions and the charts; LibreOffice renders it; hostile text survives. zh-CN and en.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDevelopmentReport, reportChartSpecs } from '@shared/documents/development-report';
import { packToBuffer } from '@shared/documents/pack';
import { compileReport } from '@shared/metrics/report-figures';
import { finaliseReport, newReportDraft } from '@shared/metrics/report-lifecycle';
import { defaultSettings } from '@shared/model/settings';
import { reportSchema, type Language, type Report } from '@shared/model';
import { chartToPng } from '../../scripts/lib/chart-image';
import { Q3, TODAY, reportDataset } from '../unit/reports/report-dataset';
import { hostileList, hostileStrings, XML_FORBIDDEN } from '../fixtures/hostile';
import { allText, convertToPdf, guardedSetup, isRealPdf, pdfText, readWithPythonDocx, requireTools, type DocxReading } from './tools';

const dir = mkdtempSync(join(tmpdir(), 'report-docs-'));
const at = '2026-11-27T08:00:00.000Z';
let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const files = new Map<string, string>();
let readings = new Map<string, DocxReading>();
let pdfs = new Map<string, string>();

function finalReport(lang: Language, hostile: boolean): { report: Report; figures: ReturnType<typeof compileReport> } {
  const { tables, manager } = reportDataset();
  const figures = compileReport(tables, Q3, { type: 'department' }, TODAY, at);
  const draft = newReportDraft({ title: hostile ? hostileStrings.markup : lang === 'zh-CN' ? '2026年第3季度客户服务部评估报告与发展建议' : 'Client Service development report, Q3 2026', period: Q3, scope: { type: 'department' }, figures, lang, newId });
  const suggestions = draft.suggestions.map((s, i) => ({ ...s, kept: i < 2, text: i === 0 ? (hostile ? hostileStrings.zwjSequences : lang === 'zh-CN' ? '每周跟进甲品牌的逾期款项' : 'Chase Brand A’s overdue invoices weekly') : s.text }));
  const text = (zh: string, en: string) => (hostile ? hostileList.join('\n') : lang === 'zh-CN' ? zh : en);
  const record = reportSchema.parse({
    id: newId(), createdAt: at, updatedAt: at, deletedAt: null, ...draft, suggestions,
    summary: text('本季度开票 60 万元，回款率有所下降。', 'We billed ¥600,000 this quarter; collection slowed.'),
    achievements: text('赢得丁品牌年度代理。', 'Won Brand D’s annual retainer.'),
    issues: text('甲品牌回款延迟。', 'Brand A pays late.'),
    plan: [{ id: newId(), action: hostile ? hostileStrings.controlChars : lang === 'zh-CN' ? '与甲品牌财务对齐付款节点' : 'Agree payment dates with Brand A', ownerId: manager.id, owner: hostile ? hostileStrings.rtl : 'Bob', dueOn: '2026-12-31' }],
  });
  return { report: reportSchema.parse(JSON.parse(JSON.stringify(finaliseReport(record, figures, at)))), figures };
}

const cases = [
  { name: 'zh', lang: 'zh-CN' as const, hostile: false },
  { name: 'en', lang: 'en' as const, hostile: false },
  { name: 'hostile', lang: 'zh-CN' as const, hostile: true },
];

const setup = guardedSetup(async () => {
  requireTools();
  for (const c of cases) {
    const { report, figures } = finalReport(c.lang, c.hostile);
    const images = Object.fromEntries(reportChartSpecs(figures, c.lang).map((x) => [x.key, chartToPng(x.spec)]));
    const bytes = await packToBuffer(buildDevelopmentReport(report, figures, defaultSettings(), c.lang, images, TODAY));
    const file = join(dir, `report-${c.name}.docx`);
    writeFileSync(file, bytes);
    files.set(c.name, file);
  }
  readings = readWithPythonDocx([...files.values()]);
  pdfs = convertToPdf([...files.values()], join(dir, 'pdf')).pdfs;
});

beforeAll(setup.run, 240_000);
afterAll(() => { if (process.env.KEEP_REPORT_DOCS) console.log('KEPT', dir); else rmSync(dir, { recursive: true, force: true }); });

const reading = (name: string) => {
  const r = readings.get(files.get(name) ?? '');
  if (!r || !r.ok) throw new Error(`python-docx could not open ${name}`);
  return r;
};

describe('development report document', () => {
  it('has a cover, a written table of contents and numbered Heading 1 sections in Chinese', () => {
    setup.ready();
    const r = reading('zh');
    const h1 = r.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text);
    expect(h1).toEqual(['1　总结', '2　关键指标', '3　图表', '4　主要成绩', '5　问题与风险', '6　发展建议', '7　下期计划', '8　附录：明细表']);
    const texts = r.paragraphs.map((p) => p.text);
    const contents = texts.indexOf('目录');
    expect(contents).toBeGreaterThan(0);
    expect(texts.slice(contents + 1, contents + 9)).toEqual(h1);
    expect(r.paragraphs[0]?.text).toBe('评估报告与发展建议');
  });

  it('shows each figure with the previous period and the change, the kept suggestions with their figures, and the plan', () => {
    setup.ready();
    const text = allText(reading('zh'));
    const table = reading('zh').tables.flat().map((row) => row.join(' | '));
    expect(table).toContain('开票金额 | ¥600,000 | ¥500,000 | +¥100,000 (+20%)');
    expect(table).toContain('回款率 | 58.3% | 80% | −21.7 个百分点');
    expect(table).toContain('胜率 | 33.3% | 50% | −16.7 个百分点');
    expect(text).toContain('1. 每周跟进甲品牌的逾期款项');
    expect(text).toContain('依据：甲品牌 本期回款率 70%（上期 100%）');
    expect(text).toContain('本期（2026年第3季度）与上期（2026年第2季度）对比。');
    expect(text).toContain('依据：因“价格/预算”失利 2 次');
    // Proposals nobody kept are not in the final report.
    expect(text).not.toContain('团队“客户满意与关系”平均分 3.00（上期 4.00）');
    expect(text).toContain('与甲品牌财务对齐付款节点');
    expect(reading('zh').images).toBe(4);
  });

  it('reads in English throughout', () => {
    setup.ready();
    const r = reading('en');
    // Intl joins the currency code and the amount with a no-break space.
    const table = r.tables.flat().map((row) => row.join(' | ').replace(/\u00a0/g, ' '));
    expect(table).toContain('Billed | CNY 600,000 | CNY 500,000 | +CNY 100,000 (+20%)');
    expect(table).toContain('Collection rate | 58.3% | 80% | −21.7 pts');
    expect(r.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toContain('6  Development suggestions');
    expect(allText(r)).toContain('Chase Brand A’s overdue invoices weekly');
    expect(r.images).toBe(4);
  });

  it('renders in LibreOffice with its contents and charts', () => {
    setup.ready();
    for (const name of ['zh', 'en', 'hostile']) expect(isRealPdf(pdfs.get(files.get(name) ?? '') ?? '')).toBe(true);
    const pdf = pdfText(pdfs.get(files.get('zh') ?? '') ?? '');
    expect(pdf).toContain('目录');
    expect(pdf).toContain('发展建议');
  });

  it('keeps hostile text readable and the file valid', () => {
    setup.ready();
    const r = reading('hostile');
    expect(r.malformedParts).toEqual([]);
    const text = allText(r);
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain('👨‍👩‍👧‍👦');
    expect(XML_FORBIDDEN.test(text)).toBe(false);
  });
});
