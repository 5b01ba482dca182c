// The development report (评估报告与发展建议) as a Word document: cover, contents, summary, key figures against the
// previous period, charts, achievements, issues and risks, development suggestions, next period's plan, appendix.
import type { Document } from 'docx';
import type { Currency, Language } from '../model/common';
import type { Report } from '../model/report';
import type { Settings } from '../model/settings';
import type { ChartSpec } from '../charts/chart-spec';
import { reportCharts } from '../charts/report-charts';
import { EMPTY_VALUE, formatDate, formatMoney, formatPercent } from '../i18n/format';
import { lostReasonLabel } from '../metrics/pitch-figures';
import { compileReport, dimensionChanges, headlines, readSnapshot, type ReportFigures } from '../metrics/report-figures';
import { formatChange, formatFigure, formatScoreChange } from '../metrics/report-format';
import { periodLabel, periodOf } from '../metrics/report-lifecycle';
import { headlineGroups, reportStrings, type ReportStrings } from '../metrics/report-strings';
import { dataTable, emptyLine, heading, note, pageBreak, para, paras, type Block } from './blocks';
import { documentFileName } from './file-name';
import { figure } from './figure';
import type { DocumentKind } from './registry';
import { isBlankText } from './sanitize';
import { createDocument } from './styles';

/** Chart images by chart key (`money`, `pitches`, `health`, `dimensions`); a missing one is left out. */
export type ReportChartImages = Readonly<Record<string, Uint8Array | null | undefined>>;

/** `label（detail）` in Chinese, `label (detail)` in English. */
const paren = (label: string, detail: string, lang: Language) => (lang === 'zh-CN' ? `${label}（${detail}）` : `${label} (${detail})`);
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

type Section = { title: string; blocks: Block[] };

/** The report's charts as specs, in document order: what the caller renders to PNG. */
export function reportChartSpecs(figures: ReportFigures, lang: Language): { key: string; title: string; spec: ChartSpec }[] {
  return reportCharts(figures, lang);
}

function figuresSection(figures: ReportFigures, s: ReportStrings, lang: Language): Block[] {
  const rows = new Map(headlines(figures).map((h) => [h.key, h]));
  const currency = figures.current.money.currency;
  const columns = [
    { header: s.columns.figure, weight: 28 },
    { header: s.columns.current, weight: 20, align: 'right' as const },
    { header: s.columns.previous, weight: 20, align: 'right' as const },
    { header: s.columns.change, weight: 32, align: 'right' as const },
  ];
  const blocks: Block[] = [note(fill(s.doc.compared, { current: periodLabel(figures.current.period, lang), previous: periodLabel(figures.previous.period, lang) }))];
  for (const [group, keys] of Object.entries(headlineGroups)) {
    blocks.push(heading(s.group[group as keyof typeof headlineGroups], 2));
    blocks.push(dataTable(columns, keys.flatMap((key) => {
      const row = rows.get(key);
      return row ? [[{ text: s.figure[key], bold: true }, formatFigure(key, row.current, currency, lang), formatFigure(key, row.previous, currency, lang), formatChange(key, row, currency, lang)]] : [];
    })));
  }
  const dims = dimensionChanges(figures);
  if (dims.length > 0) {
    blocks.push(heading(s.detail.dimensions, 2));
    blocks.push(dataTable(columns.map((c, i) => (i === 0 ? { ...c, header: s.detail.dimension } : c)), dims.map((d) => [
      { text: lang === 'zh-CN' ? d.nameZh : d.nameEn, bold: true }, d.current?.toFixed(2) ?? EMPTY_VALUE, d.previous?.toFixed(2) ?? EMPTY_VALUE, formatScoreChange(d.delta),
    ])));
  }
  return blocks;
}

function chartsSection(figures: ReportFigures, images: ReportChartImages, lang: Language): Block[] {
  const blocks: Block[] = [];
  for (const chart of reportChartSpecs(figures, lang)) {
    const image = figure(images[chart.key], { description: chart.spec.description });
    if (!image) continue;
    blocks.push(heading(chart.title, 3), image);
  }
  return blocks;
}

function proseSection(text: string, s: ReportStrings): Block[] {
  return isBlankText(text) ? [emptyLine(s.doc.emptySection)] : paras(text);
}

function suggestionsSection(report: Report, s: ReportStrings): Block[] {
  const kept = report.suggestions.filter((x) => x.kept);
  if (kept.length === 0) return [emptyLine(s.doc.noSuggestions)];
  return kept.flatMap((x, i) => [
    para([{ text: `${i + 1}. `, bold: true }, x.text], { spaceAfter: isBlankText(x.figure) ? 160 : 20 }),
    ...(isBlankText(x.figure) ? [] : [note(`${s.doc.basedOn}${x.figure}`)]),
  ]);
}

function planSection(report: Report, s: ReportStrings, lang: Language): Block[] {
  if (report.plan.length === 0) return [emptyLine(s.doc.noPlan)];
  return [dataTable(
    [{ header: s.plan.action, weight: 60 }, { header: s.plan.owner, weight: 20 }, { header: s.plan.dueOn, weight: 20 }],
    report.plan.map((p) => [p.action, p.owner || EMPTY_VALUE, formatDate(p.dueOn, lang)]),
  )];
}

function appendixSection(figures: ReportFigures, s: ReportStrings, lang: Language): Block[] {
  const c = figures.current;
  const currency = c.money.currency as Currency;
  const blocks: Block[] = [heading(s.detail.accounts, 2)];
  blocks.push(c.accountRows.length === 0 ? emptyLine(s.detail.none) : dataTable(
    [{ header: s.detail.brand, weight: 28 }, { header: s.detail.health, weight: 14 }, { header: s.detail.billed, weight: 20, align: 'right' }, { header: s.detail.collected, weight: 20, align: 'right' }, { header: s.detail.rate, weight: 18, align: 'right' }],
    c.accountRows.map((r) => [{ text: r.brand, bold: true }, s.health[r.health], formatMoney(r.billed, currency, lang), formatMoney(r.collected, currency, lang), formatPercent(r.collectionRate, lang)]),
  ));
  blocks.push(heading(s.detail.lostReasons, 2));
  blocks.push(c.pitches.lostReasons.length === 0 ? emptyLine(s.detail.none) : dataTable(
    [{ header: s.detail.reason, weight: 70 }, { header: s.detail.count, weight: 30, align: 'right' }],
    c.pitches.lostReasons.map((r) => [r.reason ? lostReasonLabel(r.reason, lang) : s.noReason, String(r.count)]),
  ));
  blocks.push(heading(s.detail.top, 2));
  const name = (m: { name: string; nameEn: string }) => (lang === 'en' && m.nameEn ? m.nameEn : m.name);
  blocks.push(c.team.topPerformers.length === 0 ? emptyLine(s.detail.none) : dataTable(
    [{ header: s.detail.member, weight: 70 }, { header: s.detail.score, weight: 30, align: 'right' }],
    c.team.topPerformers.map((m) => [name(m), m.score.toFixed(2)]),
  ));
  blocks.push(heading(s.detail.noGoals, 2));
  blocks.push(c.team.withoutGoals.length === 0 ? emptyLine(s.detail.none) : para(c.team.withoutGoals.map(name).join(lang === 'zh-CN' ? '、' : ', ')));
  return blocks;
}

/** The report as a Word document. `figures` are the snapshot of a final report or the live figures of a draft. */
export function buildDevelopmentReport(report: Report, figures: ReportFigures, settings: Settings, lang: Language, charts: ReportChartImages, today?: string): Document {
  const s = reportStrings(lang);
  const scopeText = report.scope.type === 'department' ? s.scope.department : fill(s.scope.accounts, { count: report.scope.accountIds.length });
  const period = periodLabel(periodOf(report), lang);
  const sections: Section[] = [
    { title: s.sections.summary, blocks: [...(report.status === 'draft' ? [note(s.doc.draftNote)] : []), ...proseSection(report.summary, s)] },
    { title: s.sections.figures, blocks: figuresSection(figures, s, lang) },
    { title: s.sections.charts, blocks: chartsSection(figures, charts, lang) },
    { title: s.sections.achievements, blocks: proseSection(report.achievements, s) },
    { title: s.sections.issues, blocks: proseSection(report.issues, s) },
    { title: s.sections.suggestions, blocks: suggestionsSection(report, s) },
    { title: s.sections.plan, blocks: planSection(report, s, lang) },
    { title: s.sections.appendix, blocks: appendixSection(figures, s, lang) },
  ].filter((x) => x.blocks.length > 0);
  const numbered = sections.map((x, i) => ({ ...x, title: `${i + 1}${lang === 'zh-CN' ? '　' : '  '}${x.title}` }));
  // The contents are written out from the section list, so they read the same in every viewer without a field update.
  const contents: Block[] = [pageBreak(), para(s.doc.contents, { style: 'Title' }), ...numbered.map((x) => para(x.title, { spaceAfter: 80 }))];
  return createDocument({
    settings,
    lang,
    kind: s.doc.kind,
    title: report.title,
    subtitle: `${period} · ${scopeText}`,
    preparedOn: today ?? null,
    facts: [
      [{ label: s.doc.period, value: paren(period, `${formatDate(report.periodStart, lang)} – ${formatDate(report.periodEnd, lang)}`, lang) }, { label: s.doc.scope, value: scopeText }],
      [{ label: s.doc.status, value: report.status === 'final' ? s.doc.status_final : s.doc.status_draft }, { label: report.status === 'final' ? s.doc.finalisedAt : s.doc.compiledAt, value: formatDate((report.finalisedAt ?? figures.compiledAt).slice(0, 10), lang) }],
    ],
    body: [...contents, ...numbered.flatMap((x, i) => [...(i === 0 ? [pageBreak()] : []), heading(x.title, 1), ...x.blocks])],
  });
}

/** Batch export: every live report; a final one from its snapshot, a draft from the records as they are today. */
export const developmentReportKind: DocumentKind = {
  key: 'development-report',
  jobs(tables, { settings, lang, today, renderChart }) {
    const s = reportStrings(lang);
    return tables.reports.filter((r) => r.deletedAt === null).map((report) => ({
      kind: 'development-report',
      recordId: report.id,
      fileName: documentFileName([s.doc.fileLabel, report.title, report.id.replace(/-/g, '').slice(0, 8)]),
      build: () => {
        const frozen = report.status === 'final' ? readSnapshot(report.snapshot) : null;
        const figures = frozen ?? compileReport(tables, periodOf(report), report.scope, today, `${today}T00:00:00.000Z`);
        const images: Record<string, Uint8Array | null> = {};
        if (renderChart) for (const c of reportChartSpecs(figures, lang)) images[c.key] = renderChart(c.spec);
        return buildDevelopmentReport(report, figures, settings, lang, images, today);
      },
    }));
  },
};
