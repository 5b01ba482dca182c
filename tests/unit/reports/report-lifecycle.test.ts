// A report's life: drafted with proposals, finalised with frozen figures that later record changes never alter, revised.
import { describe, expect, it } from 'vitest';
import { reportSchema } from '@shared/model/report';
import { compileReport } from '@shared/metrics/report-figures';
import { defaultReportTitle, finaliseReport, newReportDraft, periodLabel, recentPeriods, reportFigures, revisionOf } from '@shared/metrics/report-lifecycle';
import { makeInvoice } from '../../fixtures/factories';
import { Q3, TODAY, reportDataset } from './report-dataset';

let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const at = '2026-11-27T08:00:00.000Z';

describe('report lifecycle', () => {
  it('names periods in both languages and lists the recent ones, latest first', () => {
    expect(periodLabel(Q3, 'zh-CN')).toBe('2026年第3季度');
    expect(periodLabel(Q3, 'en')).toBe('Q3 2026');
    expect(periodLabel({ type: 'half', start: '2026-01-01', end: '2026-06-30' }, 'zh-CN')).toBe('2026年上半年');
    expect(periodLabel({ type: 'month', start: '2026-02-01', end: '2026-02-28' }, 'en')).toBe('February 2026');
    expect(recentPeriods('quarter', TODAY, 3).map((p) => p.start)).toEqual(['2026-10-01', '2026-07-01', '2026-04-01']);
    expect(defaultReportTitle(Q3, '客户服务部', 'zh-CN')).toBe('2026年第3季度客户服务部评估报告与发展建议');
  });

  it('keeps a final report\'s figures when records change afterwards, and a revision reads live figures again', () => {
    const { tables, a } = reportDataset();
    const live = () => compileReport(tables, Q3, { type: 'department' }, TODAY, at);
    const draft = newReportDraft({ title: 't', period: Q3, scope: { type: 'department' }, figures: live(), lang: 'zh-CN', newId });
    expect(draft.suggestions.every((s) => !s.kept)).toBe(true);
    draft.suggestions[0] = { ...draft.suggestions[0]!, kept: true, text: '改过的建议' };
    const record = reportSchema.parse({ id: newId(), createdAt: at, updatedAt: at, deletedAt: null, ...draft });
    const final = reportSchema.parse(JSON.parse(JSON.stringify(finaliseReport(record, live(), at))));
    expect(final.status).toBe('final');
    expect(final.suggestions.map((s) => s.text)).toEqual(['改过的建议']);

    // A big invoice lands in Q3 after finalising: the draft figures would move, the final report's do not.
    const changed = { ...tables, invoices: [...tables.invoices, makeInvoice(a.id, { amount: 1_000_000, issuedOn: '2026-09-15', dueOn: '2026-10-15' })] };
    const liveAfter = () => compileReport(changed, Q3, { type: 'department' }, TODAY, at);
    expect(reportFigures(final, liveAfter)?.current.money.billed).toBe(600_000);
    const revision = reportSchema.parse({ id: newId(), createdAt: at, updatedAt: at, deletedAt: null, ...revisionOf(final, newId, 'zh-CN') });
    expect(revision.revisionOf).toBe(final.id);
    expect(revision.status).toBe('draft');
    expect(reportFigures(revision, liveAfter)?.current.money.billed).toBe(1_600_000);
  });
});
