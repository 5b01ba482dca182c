// The individual quarterly evaluation form (季度考评表): scores with their behaviour descriptors, weighted score and band,
// KPIs, evidence from briefs and pitches, the directors' input, goals reviewed and set, comments, the trend chart, and
// signature lines. Charts arrive as PNG bytes, so this module stays free of any drawing code.
import type { Document } from 'docx';
import type { Account } from '../model/account';
import type { Brief } from '../model/brief';
import type { Language } from '../model/common';
import type { Evaluation } from '../model/evaluation';
import type { Member } from '../model/member';
import type { Pitch } from '../model/pitch';
import type { Settings } from '../model/settings';
import { documentStrings, fill, type DocumentStrings } from '../i18n/documents';
import { EMPTY_VALUE, formatDate, formatNumber, formatPercent, formatShortDate } from '../i18n/format';
import { evaluationEvidence, type EvaluationEvidence } from '../metrics/evaluation-evidence';
import { evaluationScore, kpiAchievement, scoresByKey, type EvaluationScore } from '../metrics/evaluation-score';
import { memberTrend, TREND_QUARTERS, type MemberTrend } from '../metrics/evaluation-trend';
import { compareQuarters, quarterLabel } from '../metrics/quarters';
import { dimensionScoresChart, scoreTrendChart } from '../charts/evaluation-charts';
import type { ChartSpec } from '../charts/chart-spec';
import { dataTable, emptyLine, fieldTable, gap, heading, note, para, paras, type Block, type Content, type Field, type Span } from './blocks';
import { documentFileName } from './file-name';
import { figure } from './figure';
import type { DocumentKind } from './registry';
import { cleanText, isBlankText } from './sanitize';
import { createDocument } from './styles';
import { COLOR } from './theme';

export type EvaluationFormData = {
  evaluation: Evaluation;
  /** The member evaluated; null only if their record is gone. */
  member: Member | null;
  evaluator: Member | null;
  evidence: EvaluationEvidence;
  /** The member's trend up to this evaluation's quarter. */
  trend: MemberTrend;
};

/** The chart images of the form, as PNG bytes rendered at twice their CSS size; null leaves the chart out. */
export type EvaluationFormCharts = { trend: Uint8Array | null; dimensions: Uint8Array | null };

/** Records an evaluation form is assembled from, grouped once so many forms can be built quickly. */
export type EvaluationRecords = {
  members: readonly Member[];
  evaluations: readonly Evaluation[];
  briefs: readonly Brief[];
  pitches: readonly Pitch[];
  accounts: readonly Account[];
};

export type EvaluationIndex = {
  members: Map<string, Member>;
  accounts: readonly Account[];
  briefsByOwner: Map<string, Brief[]>;
  pitchesByMember: Map<string, Pitch[]>;
  evaluationsByMember: Map<string, Evaluation[]>;
  evaluationsByQuarter: Map<string, Evaluation[]>;
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups the records by member and quarter (live records only). */
export function indexEvaluationRecords(records: EvaluationRecords): EvaluationIndex {
  const index: EvaluationIndex = {
    members: new Map(records.members.filter((m) => m.deletedAt === null).map((m) => [m.id, m])),
    accounts: records.accounts.filter((a) => a.deletedAt === null),
    briefsByOwner: new Map(),
    pitchesByMember: new Map(),
    evaluationsByMember: new Map(),
    evaluationsByQuarter: new Map(),
  };
  for (const b of records.briefs) if (b.deletedAt === null && b.ownerId) push(index.briefsByOwner, b.ownerId, b);
  for (const p of records.pitches) {
    if (p.deletedAt !== null) continue;
    const ids = new Set([p.ownerId, ...p.team.map((t) => t.memberId)].filter((id): id is string => id !== null));
    for (const id of ids) push(index.pitchesByMember, id, p);
  }
  for (const e of records.evaluations) {
    if (e.deletedAt !== null) continue;
    push(index.evaluationsByMember, e.memberId, e);
    push(index.evaluationsByQuarter, e.quarter, e);
  }
  return index;
}

/**
 * The quarters a form's trend can show: the member's latest `TREND_QUARTERS` up to the form's own, which `memberTrend`
 * keeps. Only the team's evaluations of these quarters are needed, not those of the member's whole history.
 */
export function trendQuarters(history: readonly Evaluation[], evaluation: Evaluation): string[] {
  const quarters = new Set([evaluation.quarter]);
  for (const e of history) if (e.deletedAt === null && e.memberId === evaluation.memberId && compareQuarters(e.quarter, evaluation.quarter) <= 0) quarters.add(e.quarter);
  return [...quarters].sort(compareQuarters).slice(-TREND_QUARTERS);
}

/**
 * Everything one form shows, from the grouped records. `evidence` may come worked out already (the form's page shows
 * the same), so the briefs and pitches need not be read again.
 */
export function evaluationFormData(index: EvaluationIndex, evaluation: Evaluation, evidence?: EvaluationEvidence): EvaluationFormData {
  const own = index.evaluationsByMember.get(evaluation.memberId) ?? [evaluation];
  const quarters = new Set(own.map((e) => e.quarter));
  const pool = [...quarters].flatMap((q) => index.evaluationsByQuarter.get(q) ?? []);
  // The evaluation itself may be unsaved changes on screen: it replaces its stored copy.
  const withCurrent = [...pool.filter((e) => e.id !== evaluation.id), evaluation];
  return {
    evaluation,
    member: index.members.get(evaluation.memberId) ?? null,
    evaluator: evaluation.evaluatorId ? (index.members.get(evaluation.evaluatorId) ?? null) : null,
    evidence:
      evidence ??
      evaluationEvidence(evaluation.memberId, evaluation.quarter, {
        briefs: index.briefsByOwner.get(evaluation.memberId) ?? [],
        pitches: index.pitchesByMember.get(evaluation.memberId) ?? [],
        accounts: index.accounts,
      }),
    trend: memberTrend(evaluation.memberId, withCurrent, { upTo: evaluation.quarter }),
  };
}

/** The charts of a form, as specs: the app draws them on a canvas, the Node commands through SVG. */
export function evaluationFormChartSpecs(data: EvaluationFormData, lang: Language): { trend: ChartSpec; dimensions: ChartSpec } {
  const name = data.member?.name ?? '';
  return { trend: scoreTrendChart(data.trend, name, lang), dimensions: dimensionScoresChart(data.trend, name, lang) };
}

/** User text for a cell, or `—` when blank. */
const orDash = (value: string | null | undefined): string => (isBlankText(value) ? EMPTY_VALUE : cleanText(value).trim());

/** Scores to two decimals, with one formatter per language: making one costs more than a table cell's whole build. */
const scoreFormats: Record<Language, Intl.NumberFormat> = {
  'zh-CN': new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};
const score2 = (value: number | null, lang: Language) => (value === null ? EMPTY_VALUE : scoreFormats[lang].format(value));

/** A figure with its unit: `600万元`, `95%`, `12 briefs`. */
function withUnit(value: number | null, unit: string, lang: Language): string {
  if (value === null) return EMPTY_VALUE;
  const number = formatNumber(value, lang);
  const u = cleanText(unit).trim();
  if (!u) return number;
  return lang === 'zh-CN' || u === '%' ? `${number}${u}` : `${number} ${u}`;
}

function bandSpan(result: EvaluationScore, t: DocumentStrings): Span {
  return result.band ? { text: t.evaluation.band[result.band], bold: true, color: COLOR.teal } : { text: EMPTY_VALUE, color: COLOR.muted };
}

function facts(data: EvaluationFormData, result: EvaluationScore, t: DocumentStrings, lang: Language): (readonly [Field] | readonly [Field, Field])[] {
  const f = t.evaluation.fields;
  const e = data.evaluation;
  const member = data.member;
  const level = member ? `${member.level} · ${t.memberLevel[member.level]}` : EMPTY_VALUE;
  const scoreValue: Span[] = result.score === null
    ? [{ text: EMPTY_VALUE }]
    : [{ text: score2(result.score, lang), bold: true }, '  ', bandSpan(result, t)];
  return [
    [{ label: f.member, value: orDash(member?.name) }, { label: f.level, value: level }],
    [{ label: f.quarter, value: quarterLabel(e.quarter, lang) }, { label: f.status, value: t.evaluation.status[e.status] }],
    [{ label: f.evaluator, value: orDash(data.evaluator?.name) }, { label: f.finalisedOn, value: formatDate(e.finalisedAt, lang) }],
    [{ label: f.score, value: scoreValue }, { label: f.framework, value: orDash(e.framework.name) }],
  ];
}

function scoresSection(data: EvaluationFormData, result: EvaluationScore, t: DocumentStrings, lang: Language): Block[] {
  const s = t.evaluation;
  const e = data.evaluation;
  const given = scoresByKey(e.framework, e.scores);
  const comments = new Map<string, string>();
  for (const entry of e.scores) if (!comments.has(entry.key)) comments.set(entry.key, entry.comment);
  const rows: Content[][] = e.framework.dimensions.map((d) => {
    const score = given.get(d.key);
    const name = lang === 'zh-CN' ? d.nameZh : d.nameEn;
    const other = lang === 'zh-CN' ? d.nameEn : d.nameZh;
    return [
      [{ text: orDash(name), bold: true }, { text: `\n${orDash(other)}`, color: COLOR.muted }, { text: `\n${s.scoreColumns.weight} ${formatNumber(d.weight, lang)}%`, color: COLOR.muted }],
      score === undefined ? { text: s.notScored, color: COLOR.muted } : { text: fill(s.scoreOutOf, { score }), bold: true },
      score === undefined ? EMPTY_VALUE : orDash(d.descriptors[score - 1]),
      orDash(comments.get(d.key)),
    ];
  });
  const blocks: Block[] = [
    heading(s.sections.scores, 1),
    dataTable(
      [
        { header: s.scoreColumns.dimension, weight: 24 },
        { header: s.scoreColumns.score, weight: 11, align: 'center' },
        { header: s.scoreColumns.descriptor, weight: 27 },
        { header: s.scoreColumns.comment, weight: 38 },
      ],
      rows,
    ),
    gap(80),
  ];
  if (result.score === null) blocks.push(para(s.noScore, { run: { bold: true } }));
  else blocks.push(para([{ text: fill(s.weightedLine, { score: score2(result.score, lang), band: result.band ? s.band[result.band] : EMPTY_VALUE }), bold: true, color: COLOR.navy }]));
  if (!result.complete && result.score !== null) blocks.push(note(fill(s.incompleteNote, { count: result.missing.length })));
  blocks.push(note(s.scoreRule));
  return blocks;
}

function kpiSection(e: Evaluation, t: DocumentStrings, lang: Language): Block[] {
  const s = t.evaluation;
  const blocks: Block[] = [heading(s.sections.kpis, 1)];
  if (e.kpis.length === 0) return [...blocks, emptyLine(s.empty.kpis)];
  blocks.push(
    dataTable(
      [
        { header: s.kpiColumns.name, weight: 40 },
        { header: s.kpiColumns.target, weight: 20, align: 'right' },
        { header: s.kpiColumns.actual, weight: 20, align: 'right' },
        { header: s.kpiColumns.achievement, weight: 20, align: 'right' },
      ],
      e.kpis.map((k) => {
        const achievement = kpiAchievement(k);
        return [
          orDash(k.name),
          withUnit(k.target, k.unit, lang),
          withUnit(k.actual, k.unit, lang),
          achievement === null ? EMPTY_VALUE : { text: formatPercent(achievement, lang), bold: true, color: achievement >= 1 ? COLOR.teal : achievement < 0.8 ? COLOR.alert : COLOR.ink },
        ];
      }),
    ),
  );
  return blocks;
}

function evidenceSection(evidence: EvaluationEvidence, t: DocumentStrings, lang: Language): Block[] {
  const s = t.evaluation;
  const blocks: Block[] = [heading(s.sections.evidence, 1), heading(s.sections.briefs, 2)];
  if (evidence.briefs.length === 0) blocks.push(emptyLine(s.empty.briefs));
  else {
    blocks.push(
      dataTable(
        [
          { header: s.briefColumns.title, weight: 38 },
          { header: s.briefColumns.brand, weight: 20 },
          { header: s.briefColumns.status, weight: 16 },
          { header: s.briefColumns.dates, weight: 26 },
        ],
        evidence.briefs.map((b) => [
          { text: orDash(b.title), bold: true },
          orDash(b.brand),
          t.briefStatus[b.status],
          `${formatShortDate(b.briefDate, lang)} / ${formatShortDate(b.presentationDate, lang)}`,
        ]),
      ),
    );
  }
  blocks.push(heading(s.sections.pitches, 2));
  if (evidence.pitches.length === 0) blocks.push(emptyLine(s.empty.pitches));
  else {
    blocks.push(
      dataTable(
        [
          { header: s.pitchColumns.title, weight: 32 },
          { header: s.pitchColumns.brand, weight: 17 },
          { header: s.pitchColumns.role, weight: 17 },
          { header: s.pitchColumns.outcome, weight: 20 },
          { header: s.pitchColumns.date, weight: 14 },
        ],
        evidence.pitches.map((p) => {
          const role = p.role.kind === 'owner' ? s.owner : isBlankText(p.role.role) ? s.teamMember : fill(s.teamMemberAs, { role: cleanText(p.role.role).trim() });
          const outcome: Span[] = [{ text: t.pitchStage[p.stage], bold: p.decided, color: p.stage === 'won' ? COLOR.teal : p.stage === 'lost' ? COLOR.alert : COLOR.ink }];
          if (p.stage === 'lost' && !isBlankText(p.winningAgency)) outcome.push({ text: fill(s.winner, { agency: cleanText(p.winningAgency).trim() }), color: COLOR.muted });
          return [[{ text: orDash(p.title), bold: true }, { text: `\n${t.pitchType[p.type]}`, color: COLOR.muted }], orDash(p.brand), role, outcome, formatShortDate(p.date, lang)];
        }),
      ),
    );
  }
  return blocks;
}

function directorsSection(e: Evaluation, t: DocumentStrings): Block[] {
  const s = t.evaluation;
  const row = (role: string, input: Evaluation['strategyInput']): Content[] => [
    { text: role, bold: true },
    orDash(input.name),
    input.score === null ? EMPTY_VALUE : fill(s.scoreOutOf, { score: input.score }),
    orDash(input.comment),
  ];
  return [
    heading(s.sections.directors, 1),
    dataTable(
      [
        { header: s.directorColumns.role, weight: 18 },
        { header: s.directorColumns.name, weight: 16 },
        { header: s.directorColumns.score, weight: 12, align: 'center' },
        { header: s.directorColumns.comment, weight: 54 },
      ],
      [row(s.directorRoles.strategy, e.strategyInput), row(s.directorRoles.creative, e.creativeInput)],
    ),
  ];
}

const RESULT_COLOR = { achieved: COLOR.teal, partly: '9A6700', not: COLOR.alert, unreviewed: COLOR.muted } as const;

function goalsReviewSection(e: Evaluation, t: DocumentStrings): Block[] {
  const s = t.evaluation;
  const blocks: Block[] = [heading(s.sections.goalsReview, 1)];
  if (e.previousGoalsReview.length === 0) return [...blocks, emptyLine(s.empty.goalsReview)];
  blocks.push(
    dataTable(
      [
        { header: s.goalColumns.goal, weight: 46 },
        { header: s.goalColumns.result, weight: 16 },
        { header: s.goalColumns.note, weight: 38 },
      ],
      e.previousGoalsReview.map((g) => [orDash(g.text), { text: s.goalResult[g.result], bold: true, color: RESULT_COLOR[g.result] }, orDash(g.note)]),
    ),
  );
  return blocks;
}

function textSection(title: string, value: string, empty: string): Block[] {
  const body = paras(value);
  return [heading(title, 1), ...(body.length > 0 ? body : [emptyLine(empty)])];
}

function goalsSection(e: Evaluation, t: DocumentStrings): Block[] {
  const s = t.evaluation;
  const goals = e.goals.filter((g) => !isBlankText(g.text));
  if (goals.length === 0) return [heading(s.sections.goals, 1), emptyLine(s.empty.goals)];
  return [heading(s.sections.goals, 1), ...goals.map((g, i) => para([{ text: `${i + 1}. `, bold: true, color: COLOR.navy }, cleanText(g.text).trim()]))];
}

function trendSection(data: EvaluationFormData, charts: EvaluationFormCharts, specs: { trend: ChartSpec; dimensions: ChartSpec } | null, t: DocumentStrings, lang: Language): Block[] {
  const s = t.evaluation;
  const blocks: Block[] = [heading(s.sections.trend, 1)];
  if (data.trend.points.length === 0) return [...blocks, emptyLine(s.empty.trend)];
  const trendFigure = figure(charts.trend, { description: specs?.trend.description ?? s.sections.trend });
  if (trendFigure) blocks.push(trendFigure);
  blocks.push(
    dataTable(
      [
        { header: s.trendColumns.quarter, weight: 20 },
        { header: s.trendColumns.score, weight: 17, align: 'right' },
        { header: s.trendColumns.band, weight: 29 },
        { header: s.trendColumns.team, weight: 17, align: 'right' },
        { header: s.trendColumns.status, weight: 17 },
      ],
      data.trend.points.map((p) => [
        { text: quarterLabel(p.quarter, lang), bold: p.evaluationId === data.evaluation.id },
        score2(p.score, lang),
        p.band ? s.band[p.band] : EMPTY_VALUE,
        score2(p.teamAverage, lang),
        s.status[p.status],
      ]),
    ),
    note(s.trendNote),
  );
  const dimensionFigure = figure(charts.dimensions, { description: specs?.dimensions.description ?? s.sections.trend });
  if (dimensionFigure) blocks.push(dimensionFigure);
  return blocks;
}

function signatureSection(t: DocumentStrings): Block[] {
  const s = t.evaluation.signature;
  // Empty lines give room to sign by hand.
  const space = '\n\n';
  return [
    heading(t.evaluation.sections.signatures, 1),
    fieldTable([
      [{ label: s.evaluator, value: space }, { label: s.date, value: space }],
      [{ label: s.member, value: space }, { label: s.date, value: space }],
    ]),
  ];
}

/** The evaluation form as a Word document in the language asked for; `today` is the prepared date. */
export function buildEvaluationForm(data: EvaluationFormData, settings: Settings, lang: Language, charts: EvaluationFormCharts, today?: string): Document {
  const t = documentStrings(lang);
  const s = t.evaluation;
  const e = data.evaluation;
  const result = evaluationScore(e);
  const specs = charts.trend || charts.dimensions ? evaluationFormChartSpecs(data, lang) : null;
  const member = data.member;
  const level = member ? t.memberLevel[member.level] : '';
  const title = cleanText(member?.title).trim();
  // Titles often repeat the level's name; say it once.
  const subtitle = [quarterLabel(e.quarter, lang), level, title === level ? '' : title].filter((p) => p.length > 0).join(' · ');
  return createDocument({
    settings,
    lang,
    kind: s.formKind,
    title: member?.name ?? EMPTY_VALUE,
    subtitle,
    preparedOn: today ?? null,
    facts: facts(data, result, t, lang),
    body: [
      ...scoresSection(data, result, t, lang),
      ...kpiSection(e, t, lang),
      ...evidenceSection(data.evidence, t, lang),
      ...directorsSection(e, t),
      ...goalsReviewSection(e, t),
      ...textSection(s.sections.strengths, e.strengths, s.empty.text),
      ...textSection(s.sections.development, e.developmentAreas, s.empty.text),
      ...goalsSection(e, t),
      ...textSection(s.sections.training, e.trainingPlan, s.empty.text),
      ...textSection(s.sections.memberComment, e.memberComment, s.empty.text),
      ...trendSection(data, charts, specs, t, lang),
      ...signatureSection(t),
    ],
  });
}

/** The first eight characters of a record id tell two same-named files apart. */
const shortId = (id: string) => id.replace(/-/g, '').slice(0, 8);

/** Batch export: one form per live evaluation, with its charts when the caller can draw them. */
export const evaluationFormKind: DocumentKind = {
  key: 'evaluation-form',
  jobs(tables, { settings, lang, today, renderChart }) {
    const label = documentStrings(lang).evaluation.fileLabel.form;
    const index = indexEvaluationRecords(tables);
    return tables.evaluations
      .filter((e) => e.deletedAt === null)
      .map((evaluation) => ({
        kind: 'evaluation-form',
        recordId: evaluation.id,
        fileName: documentFileName([label, index.members.get(evaluation.memberId)?.name ?? '', evaluation.quarter, shortId(evaluation.id)]),
        build: () => {
          const data = evaluationFormData(index, evaluation);
          const specs = evaluationFormChartSpecs(data, lang);
          const charts = renderChart && data.trend.points.length > 0 ? { trend: renderChart(specs.trend), dimensions: renderChart(specs.dimensions) } : { trend: null, dimensions: null };
          return buildEvaluationForm(data, settings, lang, charts, today);
        },
      }));
  },
};
