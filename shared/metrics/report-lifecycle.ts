// A development report's life: naming its period, drafting it with rule-made suggestions, finalising (freezing the
// figures into `snapshot`) and revising (a new draft that points at the final report). Pure.
import type { Language } from '../model/common';
import type { Report } from '../model/report';
import { periodContaining, readSnapshot, shiftPeriod, type Period, type ReportFigures } from './report-figures';
import { draftSuggestions } from './report-suggestions';

/** A period for people: `2026年第3季度` / `Q3 2026`, `2026年上半年` / `H1 2026`. */
export function periodLabel(period: Period, lang: Language): string {
  const year = Number(period.start.slice(0, 4));
  const month = Number(period.start.slice(5, 7));
  const zh = lang === 'zh-CN';
  switch (period.type) {
    case 'month':
      return zh ? `${year}年${month}月` : new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    case 'quarter': {
      const q = Math.floor((month - 1) / 3) + 1;
      return zh ? `${year}年第${q}季度` : `Q${q} ${year}`;
    }
    case 'half':
      return zh ? `${year}年${month === 1 ? '上' : '下'}半年` : `H${month === 1 ? 1 : 2} ${year}`;
    case 'year':
      return zh ? `${year}年度` : `${year}`;
  }
}

/** The periods a new report can cover, the latest (still running) first. */
export function recentPeriods(type: Period['type'], today: string, count: number): Period[] {
  const out: Period[] = [periodContaining(type, today)];
  for (let i = 1; i < count; i++) {
    const last = out[out.length - 1];
    if (last) out.push(shiftPeriod(last, -1));
  }
  return out;
}

/** The default title: period and scope, as a director would name the file. */
export function defaultReportTitle(period: Period, scopeName: string, lang: Language): string {
  return lang === 'zh-CN' ? `${periodLabel(period, lang)}${scopeName}评估报告与发展建议` : `${scopeName} development report, ${periodLabel(period, lang)}`;
}

export type NewReport = Pick<Report, 'title' | 'periodType' | 'periodStart' | 'periodEnd' | 'scope' | 'status' | 'snapshot' | 'summary' | 'achievements' | 'issues' | 'suggestions' | 'plan' | 'finalisedAt' | 'revisionOf'>;

/** A new draft: the rules' suggestions come in as proposals (not kept) for the user to keep, edit or drop. */
export function newReportDraft(input: { title: string; period: Period; scope: Report['scope']; figures: ReportFigures; lang: Language; newId: () => string }): NewReport {
  return {
    title: input.title,
    periodType: input.period.type,
    periodStart: input.period.start,
    periodEnd: input.period.end,
    scope: input.scope,
    status: 'draft',
    snapshot: null,
    summary: '',
    achievements: '',
    issues: '',
    suggestions: draftSuggestions(input.figures, input.lang).map((s) => ({ id: input.newId(), rule: s.rule, figure: s.figure, text: s.text, kept: false })),
    plan: [],
    finalisedAt: null,
    revisionOf: null,
  };
}

export function periodOf(report: Pick<Report, 'periodType' | 'periodStart' | 'periodEnd'>): Period {
  return { type: report.periodType, start: report.periodStart, end: report.periodEnd };
}

/**
 * The figures a report shows: a final report's frozen snapshot, never recomputed; a draft's live figures. A final
 * report whose snapshot cannot be read shows none rather than today's numbers.
 */
export function reportFigures(report: Pick<Report, 'status' | 'snapshot'>, live: () => ReportFigures): ReportFigures | null {
  if (report.status === 'final') return readSnapshot(report.snapshot);
  return live();
}

/** Finalising: the figures as they are now become the report's, and proposals nobody kept are dropped. */
export function finaliseReport<R extends Pick<Report, 'status' | 'snapshot' | 'finalisedAt' | 'suggestions'>>(report: R, figures: ReportFigures, now: string): R {
  return { ...report, status: 'final', snapshot: { ...figures }, finalisedAt: now, suggestions: report.suggestions.filter((s) => s.kept) };
}

/** Revising a final report: a new draft with the same text, live figures again, pointing back at the original. */
export function revisionOf(report: Report, newId: () => string, lang: Language): NewReport {
  return {
    title: `${report.title}${lang === 'zh-CN' ? '（修订）' : ' (revised)'}`,
    periodType: report.periodType,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    scope: report.scope,
    status: 'draft',
    snapshot: null,
    summary: report.summary,
    achievements: report.achievements,
    issues: report.issues,
    suggestions: report.suggestions.map((s) => ({ ...s, id: newId() })),
    plan: report.plan.map((p) => ({ ...p, id: newId() })),
    finalisedAt: null,
    revisionOf: report.id,
  };
}
