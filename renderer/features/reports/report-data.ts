// The reports' reads and writes: the records a report compiles from (live), creating a draft, saving edits,
// finalising (freezing the figures) and revising.
import { useLiveQuery } from 'dexie-react-hooks';
import { format } from 'date-fns';
import type { Language } from '@shared/model/common';
import { newId } from '@shared/model/common';
import type { Report } from '@shared/model/report';
import { compileReport, type Period, type ReportFigures, type ReportTables } from '@shared/metrics/report-figures';
import { finaliseReport, newReportDraft, periodOf, revisionOf } from '@shared/metrics/report-lifecycle';
import { repos } from '../../db';

export const todayIso = () => format(new Date(), 'yyyy-MM-dd');

export async function loadReportTables(): Promise<ReportTables> {
  const r = repos();
  const [accounts, contacts, interactions, invoices, pitches, briefs, members, assignments, evaluations] = await Promise.all([
    r.accounts.list(), r.contacts.list(), r.interactions.list(), r.invoices.list(), r.pitches.list(), r.briefs.list(), r.members.list(), r.assignments.list(), r.evaluations.list(),
  ]);
  return { accounts, contacts, interactions, invoices, pitches, briefs, members, assignments, evaluations };
}

/**
 * A draft report's figures, compiled from every table it reads and compiled again when any of them changes;
 * `undefined` while loading and for a final report. Only the figures are kept: holding the tables while the report is
 * open would keep years of records (hundreds of MB) in memory.
 */
export function useDraftFigures(report: Report | null | undefined): ReportFigures | undefined {
  const draft = report && report.status === 'draft' ? report : null;
  const key = draft ? JSON.stringify([draft.periodType, draft.periodStart, draft.periodEnd, draft.scope]) : null;
  return useLiveQuery(async () => (draft ? compileFor(await loadReportTables(), draft) : undefined), [key]);
}

export function compileFor(tables: ReportTables, report: Pick<Report, 'periodType' | 'periodStart' | 'periodEnd' | 'scope'>): ReportFigures {
  return compileReport(tables, periodOf(report), report.scope, todayIso(), new Date().toISOString());
}

export type SaveOutcome = { ok: true; id: string } | { ok: false; reason: string };

const failure = (issues: { message: string }[]): SaveOutcome => ({ ok: false, reason: issues.map((i) => i.message).join('; ') });

export async function createReport(input: { title: string; period: Period; scope: Report['scope']; lang: Language }): Promise<SaveOutcome> {
  const tables = await loadReportTables();
  const figures = compileReport(tables, input.period, input.scope, todayIso(), new Date().toISOString());
  const result = await repos().reports.save(newReportDraft({ ...input, figures, newId }));
  return result.ok ? { ok: true, id: result.record.id } : failure(result.issues);
}

export async function saveReport(report: Report): Promise<SaveOutcome> {
  const result = await repos().reports.save(report);
  return result.ok ? { ok: true, id: result.record.id } : failure(result.issues);
}

/** Finalising compiles the figures once more from the records as they stand and freezes them into the report. */
export async function finalise(report: Report): Promise<SaveOutcome> {
  const figures = compileFor(await loadReportTables(), report);
  return saveReport(finaliseReport(report, figures, new Date().toISOString()));
}

export async function revise(report: Report, lang: Language): Promise<SaveOutcome> {
  const result = await repos().reports.save(revisionOf(report, newId, lang));
  return result.ok ? { ok: true, id: result.record.id } : failure(result.issues);
}
