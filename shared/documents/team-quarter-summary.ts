// The team's quarterly evaluation summary (团队季度考评汇总): members × dimensions, weighted scores and bands, the rating
// distribution (with its chart), team averages per dimension, development needs and top performers.
import type { Document } from 'docx';
import type { Language } from '../model/common';
import type { Evaluation } from '../model/evaluation';
import type { Member } from '../model/member';
import type { Settings } from '../model/settings';
import { documentStrings, fill, type DocumentStrings } from '../i18n/documents';
import { EMPTY_VALUE, formatPercent } from '../i18n/format';
import { quarterOverview, quarterSummary, type OverviewRow, type QuarterSummary } from '../metrics/evaluation-round';
import { ratingBands, scoresByKey } from '../metrics/evaluation-score';
import { quarterLabel } from '../metrics/quarters';
import { bandDistributionChart } from '../charts/evaluation-charts';
import type { ChartSpec } from '../charts/chart-spec';
import { dataTable, emptyLine, heading, note, para, type Block, type Column, type Content, type Field, type Span } from './blocks';
import { documentFileName } from './file-name';
import { figure } from './figure';
import type { DocumentKind } from './registry';
import { cleanText, clipText, isBlankText } from './sanitize';
import { createDocument } from './styles';
import { COLOR } from './theme';

export type TeamQuarterData = { quarter: string; summary: QuarterSummary };

/** The chart images of the summary as PNG bytes (rendered at twice their CSS size); null leaves the chart out. */
export type TeamQuarterCharts = { bands: Uint8Array | null };

/** The summary's figures from the members and the evaluations (of any quarters: only `quarter`'s are read). */
export function teamQuarterData(quarter: string, members: readonly Member[], evaluations: readonly Evaluation[]): TeamQuarterData {
  return { quarter, summary: quarterSummary(quarter, quarterOverview(quarter, members, evaluations)) };
}

export function teamQuarterChartSpecs(data: TeamQuarterData, lang: Language): { bands: ChartSpec } {
  return { bands: bandDistributionChart(data.summary.bands, lang) };
}

const orDash = (value: string | null | undefined): string => (isBlankText(value) ? EMPTY_VALUE : cleanText(value).trim());
/** Scores to two decimals, with one formatter per language: making one costs more than a table cell's whole build. */
const scoreFormats: Record<Language, Intl.NumberFormat> = {
  'zh-CN': new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};
const score2 = (value: number | null | undefined, lang: Language) => (value == null ? EMPTY_VALUE : scoreFormats[lang].format(value));

const dimensionName = (d: { nameZh: string; nameEn: string }, lang: Language) => (lang === 'zh-CN' ? d.nameZh : d.nameEn);

function memberCell(row: OverviewRow, t: DocumentStrings): Content {
  const spans: Span[] = [{ text: orDash(row.member.name), bold: true }, { text: `\n${row.member.level}`, color: COLOR.muted }];
  if (row.status === 'draft') spans.push({ text: t.evaluation.summary.draftMark, color: COLOR.muted });
  return spans;
}

function facts(data: TeamQuarterData, t: DocumentStrings, lang: Language): (readonly [Field] | readonly [Field, Field])[] {
  const f = t.evaluation.summary.fields;
  const s = data.summary;
  const frameworks = [...new Set(s.rows.map((r) => r.evaluation?.framework.name).filter((n): n is string => !isBlankText(n)).map((n) => cleanText(n).trim()))];
  const average: Span[] = s.averageScore === null ? [{ text: EMPTY_VALUE }] : [{ text: score2(s.averageScore, lang), bold: true }];
  return [
    [{ label: f.quarter, value: quarterLabel(data.quarter, lang) }, { label: f.members, value: String(s.rows.length) }],
    [{ label: f.completed, value: String(s.counts.final + s.counts.shared) }, { label: f.drafts, value: String(s.counts.draft) }],
    [{ label: f.notStarted, value: String(s.counts['not-started']) }, { label: f.average, value: average }],
    [{ label: f.framework, value: frameworks.length > 0 ? frameworks.join(t.common.listSeparator) : EMPTY_VALUE }],
  ];
}

function matrixSection(data: TeamQuarterData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.evaluation.summary;
  const blocks: Block[] = [heading(s.sections.matrix, 1)];
  const rows = data.summary.rows
    .filter((r) => r.evaluation)
    .sort((a, b) => (b.score?.score ?? -1) - (a.score?.score ?? -1) || a.member.name.localeCompare(b.member.name, 'zh-CN'));
  if (rows.length === 0) return [...blocks, emptyLine(s.empty.rows)];
  const dims = data.summary.dimensions;
  // Member and score columns keep their width; the dimensions share what is left.
  const dimWeight = dims.length > 0 ? Math.max(5, Math.floor(58 / dims.length)) : 0;
  // Names too long for a narrow column would break mid-word: then the columns are numbered, with a key above.
  const longest = Math.max(0, ...dims.map((d) => cleanText(dimensionName(d, lang)).trim().length));
  const numbered = longest > (lang === 'zh-CN' ? 8 : 12) || dims.length > 8;
  if (numbered) blocks.push(note(dims.map((d, i) => `${i + 1} = ${clipText(dimensionName(d, lang), 60)}`).join(t.evaluation.summary.keySeparator)));
  const columns: Column[] = [
    { header: s.memberColumn, weight: 16 },
    ...dims.map((d, i): Column => ({ header: numbered ? String(i + 1) : clipText(dimensionName(d, lang), 40), weight: dimWeight, align: 'center' })),
    { header: s.scoreColumn, weight: 10, align: 'center' },
    { header: s.bandColumn, weight: 13, align: 'center' },
  ];
  const body: Content[][] = rows.map((row) => {
    const given = row.evaluation ? scoresByKey(row.evaluation.framework, row.evaluation.scores) : new Map<string, number>();
    return [
      memberCell(row, t),
      ...dims.map((d): Content => {
        const v = given.get(d.key);
        return v === undefined ? EMPTY_VALUE : { text: String(v), color: v <= 2 ? COLOR.alert : v >= 5 ? COLOR.teal : COLOR.ink, bold: v <= 2 || v >= 5 };
      }),
      { text: score2(row.score?.score, lang), bold: true },
      row.score?.band ? { text: t.evaluation.bandShort[row.score.band], color: COLOR.navy } : EMPTY_VALUE,
    ];
  });
  // The team's averages close the table, under the column they belong to.
  body.push([
    { text: s.averageColumn, bold: true, color: COLOR.navy },
    ...dims.map((d): Content => ({ text: score2(d.average, lang), bold: true, color: COLOR.navy })),
    { text: score2(data.summary.averageScore, lang), bold: true, color: COLOR.navy },
    '',
  ]);
  blocks.push(dataTable(columns, body));
  return blocks;
}

/** The two dimensions with the lowest team average, as text. */
function weakest(data: TeamQuarterData, lang: Language, t: DocumentStrings): string {
  const ranked = data.summary.dimensions.filter((d) => d.average !== null).sort((a, b) => (a.average ?? 0) - (b.average ?? 0)).slice(0, 2);
  return ranked.length > 0 ? ranked.map((d) => `${clipText(dimensionName(d, lang), 40)} ${score2(d.average, lang)}`).join(t.common.listSeparator) : EMPTY_VALUE;
}

function bandsSection(data: TeamQuarterData, charts: TeamQuarterCharts, spec: ChartSpec | null, t: DocumentStrings, lang: Language): Block[] {
  const s = t.evaluation.summary;
  const total = ratingBands.reduce((n, b) => n + data.summary.bands[b], 0);
  const blocks: Block[] = [heading(s.sections.bands, 1)];
  if (total === 0) return [...blocks, emptyLine(s.empty.rows)];
  const chart = figure(charts.bands, { description: spec?.description ?? s.sections.bands });
  if (chart) blocks.push(chart);
  blocks.push(
    dataTable(
      [
        { header: s.bandColumn, weight: 50 },
        { header: s.countColumn, weight: 25, align: 'right' },
        { header: s.shareColumn, weight: 25, align: 'right' },
      ],
      ratingBands.map((b) => [{ text: t.evaluation.band[b], bold: true }, String(data.summary.bands[b]), formatPercent(data.summary.bands[b] / total, lang)]),
    ),
  );
  return blocks;
}

function dimensionsSection(data: TeamQuarterData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.evaluation.summary;
  const blocks: Block[] = [heading(s.sections.dimensions, 1)];
  if (data.summary.dimensions.length === 0 || data.summary.scoredCount === 0) return [...blocks, emptyLine(s.empty.rows)];
  blocks.push(
    dataTable(
      [
        { header: s.dimensionColumn, weight: 52 },
        { header: s.averageColumn, weight: 24, align: 'right' },
        { header: s.lowColumn, weight: 24, align: 'right' },
      ],
      data.summary.dimensions.map((d) => [
        [{ text: orDash(dimensionName(d, lang)), bold: true }, { text: `\n${orDash(lang === 'zh-CN' ? d.nameEn : d.nameZh)}`, color: COLOR.muted }],
        { text: score2(d.average, lang), bold: true },
        d.lowCount > 0 ? { text: String(d.lowCount), bold: true, color: COLOR.alert } : '0',
      ]),
    ),
    note(fill(s.weakestNote, { dimensions: weakest(data, lang, t) })),
  );
  return blocks;
}

function needsSection(data: TeamQuarterData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.evaluation.summary;
  const blocks: Block[] = [heading(s.sections.needs, 1)];
  const names = new Map(data.summary.dimensions.map((d) => [d.key, dimensionName(d, lang)]));
  const low = data.summary.lowScores;
  const written = data.summary.rows.filter((r) => r.evaluation && !isBlankText(r.evaluation.developmentAreas));
  if (low.length === 0 && written.length === 0) return [...blocks, emptyLine(s.empty.needs)];
  if (low.length > 0) {
    blocks.push(heading(s.lowScoresHeading, 3));
    blocks.push(...low.map((l) => para(fill(s.lowScoreLine, { member: orDash(l.row.member.name), dimension: orDash(names.get(l.key)), score: l.score }))));
  }
  if (written.length > 0) {
    blocks.push(
      dataTable(
        [
          { header: s.memberColumn, weight: 20 },
          { header: s.areasColumn, weight: 80 },
        ],
        written.map((r) => [memberCell(r, t), orDash(r.evaluation?.developmentAreas)]),
      ),
    );
  }
  return blocks;
}

function topSection(data: TeamQuarterData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.evaluation.summary;
  const blocks: Block[] = [heading(s.sections.top, 1)];
  if (data.summary.topPerformers.length === 0) return [...blocks, emptyLine(s.empty.top)];
  blocks.push(
    dataTable(
      [
        { header: s.memberColumn, weight: 20 },
        { header: s.scoreColumn, weight: 12, align: 'center' },
        { header: s.bandColumn, weight: 16 },
        { header: s.strengthsColumn, weight: 52 },
      ],
      data.summary.topPerformers.map((r) => [
        memberCell(r, t),
        { text: score2(r.score?.score, lang), bold: true },
        r.score?.band ? t.evaluation.band[r.score.band] : EMPTY_VALUE,
        orDash(r.evaluation?.strengths),
      ]),
    ),
  );
  return blocks;
}

function pendingSection(data: TeamQuarterData, t: DocumentStrings): Block[] {
  const s = t.evaluation.summary;
  const blocks: Block[] = [heading(s.sections.pending, 1)];
  const open = data.summary.rows.filter((r) => r.status === 'not-started' || r.status === 'draft');
  if (open.length === 0) return [...blocks, emptyLine(s.empty.pending)];
  blocks.push(
    dataTable(
      [
        { header: s.memberColumn, weight: 40 },
        { header: s.statusColumn, weight: 30 },
        { header: s.progressColumn, weight: 30, align: 'right' },
      ],
      open.map((r) => [
        { text: orDash(r.member.name), bold: true },
        t.evaluation.status[r.status],
        r.progress ? `${r.progress.done} / ${r.progress.total}` : EMPTY_VALUE,
      ]),
    ),
  );
  return blocks;
}

/** The team's quarter summary as a Word document in the language asked for; `today` is the prepared date. */
export function buildTeamQuarterSummary(data: TeamQuarterData, settings: Settings, lang: Language, charts: TeamQuarterCharts, today?: string): Document {
  const t = documentStrings(lang);
  const spec = charts.bands ? teamQuarterChartSpecs(data, lang).bands : null;
  return createDocument({
    settings,
    lang,
    kind: t.evaluation.summaryKind,
    title: quarterLabel(data.quarter, lang),
    preparedOn: today ?? null,
    facts: facts(data, t, lang),
    body: [
      ...matrixSection(data, t, lang),
      ...bandsSection(data, charts, spec, t, lang),
      ...dimensionsSection(data, t, lang),
      ...topSection(data, t, lang),
      ...needsSection(data, t, lang),
      ...pendingSection(data, t),
    ],
  });
}

/** Batch export: one summary per quarter that has evaluations, newest quarter first. */
export const teamQuarterSummaryKind: DocumentKind = {
  key: 'team-quarter-summary',
  jobs(tables, { settings, lang, today, renderChart }) {
    const label = documentStrings(lang).evaluation.fileLabel.summary;
    const quarters = [...new Set(tables.evaluations.filter((e) => e.deletedAt === null).map((e) => e.quarter))].sort().reverse();
    return quarters.map((quarter) => ({
      kind: 'team-quarter-summary',
      recordId: quarter,
      fileName: documentFileName([label, quarter]),
      build: () => {
        const data = teamQuarterData(quarter, tables.members, tables.evaluations);
        const charts = { bands: renderChart && data.summary.scoredCount > 0 ? renderChart(teamQuarterChartSpecs(data, lang).bands) : null };
        return buildTeamQuarterSummary(data, settings, lang, charts, today);
      },
    }));
  },
};
