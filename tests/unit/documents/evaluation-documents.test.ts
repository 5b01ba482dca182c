// The evaluation documents as data: what the form and the summary hold, charts left out without a renderer, and the
// export-docs registry entries (one form per live evaluation, one summary per quarter, safe file names).
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { emptyTables } from '@shared/backup/format';
import { buildEvaluationForm, evaluationFormData, evaluationFormKind, indexEvaluationRecords, trendQuarters } from '@shared/documents/evaluation-form';
import { buildTeamQuarterSummary, teamQuarterData, teamQuarterSummaryKind } from '@shared/documents/team-quarter-summary';
import { documentKinds } from '@shared/documents/registry';
import { packToBuffer } from '@shared/documents/pack';
import { defaultFramework } from '@shared/model/framework';
import { defaultSettings } from '@shared/model/settings';
import { shiftQuarter } from '@shared/metrics/quarters';
import { makeAccount, makeBrief, makeEvaluation, makeMember, makePitch } from '../../fixtures/factories';

function department() {
  const lead = makeMember({ name: '王一帆', level: 'AD' });
  const am = makeMember({ name: '陈晓', level: 'AM', managerId: lead.id });
  const account = makeAccount({ brand: '青岚茶饮' });
  const previous = makeEvaluation(am.id, { quarter: '2026-Q2', status: 'shared', goals: [{ id: 'g1', text: '独立负责一次提案' }] });
  const current = makeEvaluation(am.id, {
    quarter: '2026-Q3',
    evaluatorId: lead.id,
    status: 'final',
    kpis: [{ id: 'k1', name: '负责客户收入', unit: '万元', target: 600, actual: 690 }],
    previousGoalsReview: [{ goalId: 'g1', text: '独立负责一次提案', result: 'achieved', note: '按时完成' }],
    goals: [{ id: 'g2', text: '带教一名新人' }],
  });
  const deleted = makeEvaluation(lead.id, { quarter: '2026-Q1', deletedAt: '2026-05-01T00:00:00.000Z' });
  const tables = emptyTables();
  tables.members = [lead, am];
  tables.accounts = [account];
  tables.evaluations = [previous, current, deleted];
  tables.briefs = [makeBrief(account.id, { title: '秋季新品简报', ownerId: am.id, briefDate: '2026-08-01' })];
  tables.pitches = [makePitch(account.id, { title: '年度比稿', ownerId: lead.id, team: [{ memberId: am.id, role: '执行' }], pitchDate: '2026-09-10', stage: 'won' })];
  tables.settings = [defaultSettings('2026-01-01T00:00:00.000Z')];
  return { tables, lead, am, current };
}

const documentXml = async (doc: Parameters<typeof packToBuffer>[0]) => {
  const files = unzipSync(await packToBuffer(doc));
  return { xml: strFromU8(files['word/document.xml'] ?? new Uint8Array()), media: Object.keys(files).filter((n) => n.startsWith('word/media/')) };
};

describe('evaluation form data', () => {
  it("needs the team's evaluations of the trend's eight quarters only, not of the member's whole history", () => {
    const { tables, lead, am } = department();
    // Fourteen quarters of history for both, scored differently each quarter, and a later quarter past the form's.
    const scored = (memberId: string, quarter: string, score: number) => makeEvaluation(memberId, { quarter, status: 'final', scores: defaultFramework.dimensions.map((d) => ({ key: d.key, score, comment: '' })) });
    const history = Array.from({ length: 15 }, (_, i) => shiftQuarter('2023-Q1', i));
    const evaluations = history.flatMap((quarter, i) => [scored(am.id, quarter, 1 + (i % 5)), scored(lead.id, quarter, 5 - (i % 3))]);
    const form = evaluations.find((e) => e.memberId === am.id && e.quarter === '2026-Q2');
    if (!form) throw new Error('no form');
    const quarters = trendQuarters(evaluations.filter((e) => e.memberId === am.id), form);
    expect(quarters).toEqual(Array.from({ length: 8 }, (_, i) => shiftQuarter('2024-Q3', i)));
    const all = evaluationFormData(indexEvaluationRecords({ ...tables, evaluations }), form);
    const few = evaluationFormData(indexEvaluationRecords({ ...tables, evaluations: evaluations.filter((e) => quarters.includes(e.quarter)) }), form);
    expect(few.trend).toEqual(all.trend);
    expect(few.trend.points.map((p) => p.quarter)).toEqual(quarters);
  });

  it('takes the evidence the page already shows instead of working it out again', () => {
    const { tables, current } = department();
    const shown = evaluationFormData(indexEvaluationRecords(tables), current).evidence;
    const data = evaluationFormData(indexEvaluationRecords({ ...tables, briefs: [], pitches: [] }), current, shown);
    expect(data.evidence).toBe(shown);
  });

  it('gathers the member, evaluator, evidence and trend of an evaluation', () => {
    const { tables, lead, am, current } = department();
    const data = evaluationFormData(indexEvaluationRecords(tables), current);
    expect(data.member?.id).toBe(am.id);
    expect(data.evaluator?.id).toBe(lead.id);
    expect(data.evidence.briefs.map((b) => b.title)).toEqual(['秋季新品简报']);
    expect(data.evidence.pitches.map((p) => [p.title, p.role])).toEqual([['年度比稿', { kind: 'team', role: '执行' }]]);
    expect(data.trend.points.map((p) => p.quarter)).toEqual(['2026-Q2', '2026-Q3']);
  });

  it('writes the KPI achievement, goals reviewed and set, and leaves charts out when none are given', async () => {
    const { tables, current } = department();
    const data = evaluationFormData(indexEvaluationRecords(tables), current);
    const { xml, media } = await documentXml(buildEvaluationForm(data, defaultSettings(), 'zh-CN', { trend: null, dimensions: null }));
    for (const text of ['负责客户收入', '600万元', '690万元', '115%', '已达成', '按时完成', '带教一名新人', '秋季新品简报', '年度比稿']) expect(xml).toContain(text);
    expect(media).toEqual([]);
  });
});

describe('team quarter summary data', () => {
  it('covers the quarter asked for only', async () => {
    const { tables } = department();
    const data = teamQuarterData('2026-Q3', tables.members, tables.evaluations);
    expect(data.summary.counts).toMatchObject({ final: 1, 'not-started': 1 });
    const { xml } = await documentXml(buildTeamQuarterSummary(data, defaultSettings(), 'en', { bands: null }));
    expect(xml).toContain('Scores by member');
    expect(xml).toContain('陈晓');
  });
});

describe('export-docs registry', () => {
  it('lists the evaluation form and the team summary after the other kinds', () => {
    expect(documentKinds.map((k) => k.key)).toEqual(expect.arrayContaining(['evaluation-form', 'team-quarter-summary']));
  });

  it('makes one form per live evaluation and one summary per quarter, drawing charts only through the renderer given', async () => {
    const { tables } = department();
    const context = { settings: defaultSettings(), lang: 'zh-CN' as const, today: '2026-11-27' };
    const forms = evaluationFormKind.jobs(tables, context);
    expect(forms.map((j) => j.fileName)).toEqual([expect.stringMatching(/^季度考评表-陈晓-2026-Q2-[0-9a-f]{8}\.docx$/), expect.stringMatching(/^季度考评表-陈晓-2026-Q3-[0-9a-f]{8}\.docx$/)]);
    const summaries = teamQuarterSummaryKind.jobs(tables, { ...context, lang: 'en' });
    expect(summaries.map((j) => j.fileName)).toEqual(['Team evaluation summary-2026-Q3.docx', 'Team evaluation summary-2026-Q2.docx']);

    const drawn: string[] = [];
    // A 1×1 PNG stands in for a chart.
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    const withCharts = evaluationFormKind.jobs(tables, { ...context, renderChart: (spec) => (drawn.push(spec.description), png) });
    const { xml, media } = await documentXml(withCharts[1]?.build() ?? buildTeamQuarterSummary(teamQuarterData('2026-Q3', [], []), defaultSettings(), 'en', { bands: null }));
    expect(drawn).toHaveLength(2);
    // Both charts are placed; docx stores identical image bytes once.
    expect(xml.match(/<w:drawing>/g)).toHaveLength(2);
    expect(media).toHaveLength(1);
  });
});
