// A fixed agency for the report tests: Q3 2026 against Q2 2026, every figure small enough to count by hand.
import { defaultFramework } from '@shared/model/framework';
import type { ReportTables } from '@shared/metrics/report-figures';
import { makeAccount, makeBrief, makeContact, makeEvaluation, makeInteraction, makeInvoice, makeMember, makePitch } from '../../fixtures/factories';

export const TODAY = '2026-11-27';
export const Q3 = { type: 'quarter' as const, start: '2026-07-01', end: '2026-09-30' };

const paid = (id: string, amount: number, receivedOn: string) => ({ id, amount, receivedOn, note: '' });
const scores = (first: number, rest: number) => defaultFramework.dimensions.map((d, i) => ({ key: d.key, score: i === 0 ? first : rest, comment: '' }));

export function reportDataset() {
  // A: served for years; amber in Q3 (an invoice 10 days overdue on 30 Sep), green in Q2.
  const a = makeAccount({ brand: '甲品牌', clientSince: '2023-03-01' });
  // B: won in August (new in Q3), its one invoice not yet due at the end of Q3.
  const b = makeAccount({ brand: '乙品牌', clientSince: '2026-08-01' });
  // C: lost in August; its unpaid Q2 invoice still counts in Q2's money.
  const c = makeAccount({ brand: '丙品牌', status: 'lost', clientSince: '2022-01-01', updatedAt: '2026-08-15T02:00:00.000Z' });
  // D: a prospect we pitched to.
  const d = makeAccount({ brand: '丁品牌', status: 'prospect', clientSince: null });
  const contactA = makeContact(a.id, { lastContactOn: '2026-09-20' });
  const contactB = makeContact(b.id, { lastContactOn: '2026-09-01' });
  const interactionA = makeInteraction(a.id, { date: '2026-06-10', contactIds: [contactA.id], followUpOn: null });

  const invoices = [
    makeInvoice(a.id, { amount: 400_000, issuedOn: '2026-04-15', dueOn: '2026-05-15', receipts: [paid('r0', 400_000, '2026-05-10')] }),
    makeInvoice(c.id, { amount: 100_000, issuedOn: '2026-05-01', dueOn: '2026-06-01' }),
    makeInvoice(a.id, { amount: 300_000, issuedOn: '2026-07-10', dueOn: '2026-08-10', receipts: [paid('r1', 300_000, '2026-08-05')] }),
    makeInvoice(a.id, { amount: 200_000, issuedOn: '2026-08-20', dueOn: '2026-09-20', receipts: [paid('r2', 50_000, '2026-09-25')] }),
    makeInvoice(b.id, { amount: 100_000, issuedOn: '2026-09-01', dueOn: '2026-10-01' }),
  ];

  const outcome = (result: 'won' | 'lost', decidedOn: string, lostReason = '') => ({ result, decidedOn, lostReason, winningAgency: '', clientFeedback: '', whatWorked: '', whatDidNot: '', lessons: '' });
  const pitches = [
    makePitch(d.id, { stage: 'won', estimatedAnnualFee: 2_000_000, outcome: outcome('won', '2026-08-10') }),
    makePitch(d.id, { stage: 'lost', outcome: outcome('lost', '2026-09-05', '价格/预算') }),
    makePitch(a.id, { stage: 'lost', type: 're-pitch', outcome: outcome('lost', '2026-07-20', '价格/预算') }),
    makePitch(d.id, { stage: 'lost', outcome: outcome('lost', '2026-05-10', '创意方案') }),
    makePitch(d.id, { stage: 'won', estimatedAnnualFee: 1_000_000, outcome: outcome('won', '2026-06-01') }),
    makePitch(d.id, { stage: 'briefing' }),
  ];

  const approval = (id: string, versionNumber: number, approvedOn: string) => ({ id, versionNumber, name: '客户', role: 'client' as const, approvedOn, comment: '' });
  const briefs = [
    makeBrief(a.id, { briefDate: '2026-07-05', status: 'client-approved', currentVersion: 2, approvedVersion: 2, approvals: [approval('ap1', 2, '2026-08-01')] }),
    makeBrief(a.id, { briefDate: '2026-08-10', status: 'client-approved', currentVersion: 4, approvedVersion: 4, approvals: [approval('ap2', 4, '2026-09-10')] }),
    makeBrief(a.id, { briefDate: '2026-09-01', currentVersion: 1 }),
    makeBrief(a.id, { briefDate: '2026-05-01', status: 'client-approved', currentVersion: 1, approvedVersion: 1, approvals: [approval('ap3', 1, '2026-05-20')] }),
  ];

  const director = makeMember({ name: 'Alice', nameEn: 'Alice', level: 'AD', joinedOn: '2020-01-01' });
  const manager = makeMember({ name: 'Bob', nameEn: 'Bob', level: 'AM', joinedOn: '2022-07-01' });
  const junior = makeMember({ name: 'Carol', nameEn: 'Carol', level: 'AE', joinedOn: '2026-08-01' });
  const goal = [{ id: 'g1', text: '提升提案能力' }];
  const evaluations = [
    makeEvaluation(manager.id, { quarter: '2026-Q3', status: 'final', scores: scores(3, 4), goals: goal }),
    makeEvaluation(junior.id, { quarter: '2026-Q3', status: 'final', scores: scores(3, 3), goals: [] }),
    makeEvaluation(manager.id, { quarter: '2026-Q2', status: 'final', scores: scores(4, 4), goals: goal }),
    makeEvaluation(director.id, { quarter: '2026-Q3', status: 'draft', scores: scores(1, 1) }),
  ];

  const tables: ReportTables = {
    accounts: [a, b, c, d],
    contacts: [contactA, contactB],
    interactions: [interactionA],
    invoices,
    pitches,
    briefs,
    members: [director, manager, junior],
    assignments: [],
    evaluations,
  };
  return { tables, a, b, c, d, director, manager, junior };
}
