// The evaluation form and the team's quarter summary read back by independent readers: LibreOffice renders them,
// python-docx opens them and finds their content, the charts are embedded as PNG images, hostile text survives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it as vitestIt } from 'vitest';
import { buildEvaluationForm, evaluationFormChartSpecs, evaluationFormData, indexEvaluationRecords } from '@shared/documents/evaluation-form';
import { buildTeamQuarterSummary, teamQuarterChartSpecs, teamQuarterData } from '@shared/documents/team-quarter-summary';
import { packToBuffer } from '@shared/documents/pack';
import { defaultSettings } from '@shared/model/settings';
import type { BackupTables } from '@shared/backup/format';
import type { Evaluation, Language } from '@shared/model';
import { chartToPng } from '../../scripts/lib/chart-image';
import { docxFileNames, docxParts } from './docx-parts';
import { allText, convertToPdf, guardedSetup, isRealPdf, pdfText, readWithPythonDocx, requireTools, type DocxReading } from './tools';
import { HOSTILE_EVALUATION_ID, SAMPLE_TODAY, hostileEvaluationTables, realisticEvaluationTables, richestEvaluation } from './evaluation-bundle';
import { XML_FORBIDDEN, hostileStrings } from '../fixtures/hostile';

type Kind = 'form' | 'summary';
type Case = { name: string; kind: Kind; lang: Language; data: 'realistic' | 'hostile'; file: string; bytes: Uint8Array };

const dir = mkdtempSync(join(tmpdir(), 'evaluation-docs-'));
const cases: Case[] = [];
let pdfs = new Map<string, string>();
let conversionLog = '';
let readings = new Map<string, DocxReading>();
let realistic: { tables: BackupTables; evaluation: Evaluation; memberName: string } | null = null;

const strip = (s: string) => s.replace(new RegExp(XML_FORBIDDEN.source, 'g'), '');
const byName = (name: string) => {
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`no case ${name}`);
  return found;
};
const reading = (name: string) => {
  const r = readings.get(byName(name).file);
  if (!r || !r.ok) throw new Error(`python-docx could not open ${name}: ${r && !r.ok ? r.error : 'no result'}`);
  return r;
};
const headings = (r: Extract<DocxReading, { ok: true }>) => r.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text);

async function buildForm(tables: BackupTables, evaluation: Evaluation, lang: Language): Promise<Uint8Array> {
  const data = evaluationFormData(indexEvaluationRecords(tables), evaluation);
  const specs = evaluationFormChartSpecs(data, lang);
  const settings = tables.settings[0] ?? defaultSettings();
  return packToBuffer(buildEvaluationForm(data, settings, lang, { trend: chartToPng(specs.trend), dimensions: chartToPng(specs.dimensions) }, SAMPLE_TODAY));
}

async function buildSummary(tables: BackupTables, quarter: string, lang: Language): Promise<Uint8Array> {
  const data = teamQuarterData(quarter, tables.members, tables.evaluations);
  const settings = tables.settings[0] ?? defaultSettings();
  return packToBuffer(buildTeamQuarterSummary(data, settings, lang, { bands: chartToPng(teamQuarterChartSpecs(data, lang).bands) }, SAMPLE_TODAY));
}

const setup = guardedSetup(async () => {
  requireTools();
  const started = performance.now();
  const sample = realisticEvaluationTables();
  const evaluation = richestEvaluation(sample);
  realistic = { tables: sample, evaluation, memberName: sample.members.find((m) => m.id === evaluation.memberId)?.name ?? '' };
  const hostile = hostileEvaluationTables();
  const hostileEvaluation = hostile.evaluations.find((e) => e.id === HOSTILE_EVALUATION_ID);
  if (!hostileEvaluation) throw new Error('no hostile evaluation');
  for (const lang of ['zh-CN', 'en'] as const) {
    const jobs: [string, Kind, 'realistic' | 'hostile', () => Promise<Uint8Array>][] = [
      [`form-realistic-${lang}`, 'form', 'realistic', () => buildForm(sample, evaluation, lang)],
      [`summary-realistic-${lang}`, 'summary', 'realistic', () => buildSummary(sample, evaluation.quarter, lang)],
      [`form-hostile-${lang}`, 'form', 'hostile', () => buildForm(hostile, hostileEvaluation, lang)],
      [`summary-hostile-${lang}`, 'summary', 'hostile', () => buildSummary(hostile, '2026-Q3', lang)],
    ];
    for (const [name, kind, data, build] of jobs) {
      const bytes = await build();
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, bytes);
      cases.push({ name, kind, lang, data, file, bytes });
    }
  }
  const built = performance.now();
  ({ pdfs, log: conversionLog } = convertToPdf(cases.map((c) => c.file), join(dir, 'pdf')));
  const converted = performance.now();
  readings = readWithPythonDocx(cases.map((c) => c.file));
  console.info(`evaluation docs: build ${Math.round(built - started)} ms (charts included), LibreOffice ${Math.round(converted - built)} ms for ${cases.length} files, python-docx ${Math.round(performance.now() - converted)} ms`);
});
beforeAll(setup.run);

/** Every test fails, never skips, when the tools or the setup are missing. */
const it = (name: string, test: () => unknown) => vitestIt(name, async () => {
  setup.ready();
  await test();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('evaluation documents in LibreOffice', () => {
  it('convert to non-empty PDFs for realistic and hostile data, in Chinese and English', () => {
    for (const c of cases) expect(isRealPdf(pdfs.get(c.file) ?? ''), `${c.name}: ${conversionLog}`).toBe(true);
  });

  it('print the member, the weighted score line and page numbers', () => {
    const zh = pdfText(pdfs.get(byName('form-realistic-zh-CN').file) ?? '');
    expect(zh).toContain(realistic?.memberName ?? '?');
    expect(zh).toMatch(/加权综合得分\s*\d\.\d\d/);
    expect(zh).toMatch(/第\s*1\s*页\s*\/\s*共\s*[2-9]\s*页/);
    const en = pdfText(pdfs.get(byName('form-realistic-en').file) ?? '');
    expect(en).toMatch(/Weighted score \d\.\d\d, rated/);
  });
});

describe('the evaluation form in python-docx', () => {
  it('opens every file without a malformed part', () => {
    for (const c of cases) expect(readings.get(c.file), c.name).toMatchObject({ ok: true, malformedParts: [] });
  });

  it('has the member as title, every section in order, scores with their descriptors, KPIs, evidence and input (Chinese)', () => {
    const r = reading('form-realistic-zh-CN');
    const e = realistic?.evaluation;
    if (!e) throw new Error('no realistic evaluation');
    expect(r.paragraphs.find((p) => p.style === 'Title')?.text).toBe(realistic?.memberName);
    expect(headings(r)).toEqual(['能力评分', 'KPI 达成情况', '工作佐证', '策略与创意总监意见', '上季度目标回顾', '主要优势', '待发展领域', '下季度目标', '培训与发展计划', '员工本人意见', '历史趋势', '签字确认']);
    const text = allText(r);
    for (const d of e.framework.dimensions) expect(text).toContain(d.nameZh);
    const first = e.scores.find((s) => s.score !== null);
    const dimension = e.framework.dimensions.find((d) => d.key === first?.key);
    expect(text).toContain(dimension?.descriptors[(first?.score ?? 1) - 1] ?? '?');
    for (const kpi of e.kpis) expect(text).toContain(kpi.name);
    expect(text).toContain(e.strategyInput.comment);
    expect(text).toContain('考评人签字');
    expect(r.header).toContain('灵犀广告');
    expect(r.core.language).toBe('zh-CN');
  });

  it('uses English headings, band names and dates in the English form', () => {
    const r = reading('form-realistic-en');
    expect(headings(r)).toEqual([
      'Competency scores', 'KPIs', 'Evidence from the work', 'Strategy and creative directors’ input', 'Review of last quarter’s goals', 'Strengths',
      'Development areas', 'Goals for next quarter', 'Training and development plan', 'Member’s comment', 'Trend', 'Signatures',
    ]);
    const text = allText(r);
    expect(text).toMatch(/Outstanding|Exceeds expectations|Meets expectations|Partly meets|Below expectations/);
    expect(text).toMatch(/Q[1-4] 20\d\d/);
    expect(r.core.language).toBe('en-GB');
  });

  it('embeds the trend and dimension charts as PNG images', () => {
    for (const c of cases.filter((x) => x.kind === 'form')) {
      const media = docxFileNames(c.bytes).filter((n) => /^word\/media\/.+\.png$/.test(n));
      // The hostile agency's logo is unreadable and left out, so both files hold exactly the two charts.
      expect(media, c.name).toHaveLength(2);
      expect(reading(c.name).images, c.name).toBe(2);
      const xml = docxParts(c.bytes).get('word/document.xml') ?? '';
      expect(xml, c.name).toMatch(/<wp:docPr [^>]*descr="[^"]+"/);
    }
  });

  it('shows the hostile text sanitised, every visible character kept, the provisional score explained', () => {
    for (const name of ['form-hostile-zh-CN', 'form-hostile-en']) {
      const r = reading(name);
      expect(r.paragraphs.find((p) => p.style === 'Title')?.text).toBe(hostileStrings.zwjSequences);
      const text = allText(r);
      for (const key of ['markup', 'emoji', 'flags', 'rtl', 'longWord', 'quotesAndDashes'] as const) expect(text, key).toContain(hostileStrings[key]);
      expect(text).toContain(hostileStrings.longChinese);
      expect(text).toContain(strip(hostileStrings.nonCharacters));
      expect(text).not.toMatch(XML_FORBIDDEN);
    }
    expect(allText(reading('form-hostile-zh-CN'))).toContain('尚有 1 个维度未评分');
    expect(allText(reading('form-hostile-en'))).toContain('1 dimension(s) not scored yet');
  });

  it('has no character XML 1.0 forbids in any part and sets the East-Asian font', () => {
    for (const c of cases) {
      const parts = docxParts(c.bytes);
      for (const [part, xml] of parts) expect(xml, `${c.name} ${part}`).not.toMatch(XML_FORBIDDEN);
      const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(parts.get('word/styles.xml') ?? '')?.[0] ?? '';
      expect(defaults, c.name).toMatch(/w:eastAsia="Microsoft YaHei"/);
    }
  });
});

describe('the team quarter summary in python-docx', () => {
  it('lists every evaluated member against every dimension with score and band, plus distribution, needs and top performers', () => {
    const r = reading('summary-realistic-zh-CN');
    const e = realistic?.evaluation;
    if (!e || !realistic) throw new Error('no realistic evaluation');
    expect(headings(r)).toEqual(['成员能力评分', '评级分布', '各维度团队平均', '优秀表现者', '发展需求', '尚未完成的考评']);
    const matrix = r.tables.find((table) => table[0]?.[0] === '成员');
    expect(matrix?.[0]).toEqual(['成员', ...e.framework.dimensions.map((d) => d.nameZh), '综合得分', '评级']);
    const evaluated = realistic.tables.evaluations.filter((x) => x.quarter === e.quarter && x.deletedAt === null);
    // One row per evaluation, a header and the team average row.
    expect(matrix).toHaveLength(evaluated.length + 2);
    const text = allText(r);
    for (const x of evaluated) expect(text).toContain(realistic.tables.members.find((m) => m.id === x.memberId)?.name ?? '?');
    expect(text).toContain('团队平均');
  });

  it('embeds the rating distribution chart and reads in English', () => {
    for (const c of cases.filter((x) => x.kind === 'summary')) {
      expect(docxFileNames(c.bytes).filter((n) => /^word\/media\/.+\.png$/.test(n)), c.name).toHaveLength(1);
    }
    const r = reading('summary-realistic-en');
    expect(headings(r)).toEqual(['Scores by member', 'Rating distribution', 'Team average per dimension', 'Top performers', 'Development needs', 'Evaluations still open']);
  });

  it('keeps hostile names and development areas readable', () => {
    const text = allText(reading('summary-hostile-en'));
    expect(text).toContain(hostileStrings.zwjSequences);
    expect(text).toContain('six');
    expect(text).not.toMatch(XML_FORBIDDEN);
  });
});
