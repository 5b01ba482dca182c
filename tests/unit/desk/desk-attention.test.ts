// What the dashboard lists, on fixed data with `today` injected: each group's rule, order, and the 14-day agenda.
import { describe, expect, it } from 'vitest';
import { deskAgenda, deskAttention, dueToday, weekEnd, type DeskInput } from '@shared/metrics/desk-attention';
import { makeAccount, makeBrief, makeEvaluation, makeInteraction, makeInvoice, makeMember, makePitch } from '../../fixtures/factories';

const TODAY = '2026-11-25'; // a Wednesday
const account = makeAccount({ brand: '青岚茶饮' });
const gone = makeAccount({ brand: '已删除', deletedAt: '2026-11-01T00:00:00.000Z' });

function input(over: Partial<DeskInput> = {}): DeskInput {
  return { today: TODAY, accounts: [account, gone], interactions: [], invoices: [], briefs: [], pitches: [], members: [], evaluations: [], ...over };
}

describe('desk attention', () => {
  it('ends the week on Sunday', () => {
    expect(weekEnd(TODAY)).toBe('2026-11-29');
    expect(weekEnd('2026-11-29')).toBe('2026-11-29');
  });

  it('lists overdue follow-ups only, longest late first, linking to the account', () => {
    const late = makeInteraction(account.id, { followUpOn: '2026-11-20', nextStep: '寄送提案修改稿' });
    const later = makeInteraction(account.id, { followUpOn: '2026-11-10' });
    const onTheDay = makeInteraction(account.id, { followUpOn: TODAY });
    const done = makeInteraction(account.id, { followUpOn: '2026-11-01', followUpDone: true });
    const ofDeleted = makeInteraction(gone.id, { followUpOn: '2026-11-01' });
    const { overdueFollowUps } = deskAttention(input({ interactions: [late, later, onTheDay, done, ofDeleted] }));
    expect(overdueFollowUps.map((i) => i.key)).toEqual([`follow-up:${later.id}`, `follow-up:${late.id}`]);
    expect(overdueFollowUps[1]).toMatchObject({ href: `/accounts/${account.id}`, brand: '青岚茶饮', daysLate: 5 });
  });

  it('lists rounds this week and open prep items due by Sunday, late ones included', () => {
    const pitch = makePitch(account.id, {
      stage: 'tissue',
      rounds: [{ id: 'r1', stage: 'tissue', date: '2026-11-27', note: '' }, { id: 'r2', stage: 'final', date: '2026-12-03', note: '' }],
      prepItems: [
        { id: 'p1', task: '策略初稿', ownerId: null, dueOn: '2026-11-24', done: false },
        { id: 'p2', task: '彩排', ownerId: null, dueOn: '2026-11-29', done: false },
        { id: 'p3', task: '已完成', ownerId: null, dueOn: '2026-11-26', done: true },
        { id: 'p4', task: '下周', ownerId: null, dueOn: '2026-11-30', done: false },
      ],
    });
    const lost = makePitch(account.id, { stage: 'lost', prepItems: [{ id: 'q', task: 'x', ownerId: null, dueOn: TODAY, done: false }] });
    const { thisWeek } = deskAttention(input({ pitches: [pitch, lost] }));
    expect(thisWeek.map((i) => i.key)).toEqual([`prep:${pitch.id}:p1`, `round:${pitch.id}:r1`, `prep:${pitch.id}:p2`]);
    expect(thisWeek[0]).toMatchObject({ overdue: true, days: -1, href: `/pitches/${pitch.id}` });
  });

  it('lists briefs in internal review, overdue invoices and stalled pitches', () => {
    const review = makeBrief(account.id, { status: 'internal-review' });
    const draft = makeBrief(account.id, { status: 'draft' });
    const unpaid = makeInvoice(account.id, { number: 'INV-1', amount: 1000, issuedOn: '2026-09-01', dueOn: '2026-10-01', receipts: [] });
    const paid = makeInvoice(account.id, { number: 'INV-2', amount: 1000, issuedOn: '2026-09-01', dueOn: '2026-10-01', receipts: [{ id: 'r', amount: 1000, receivedOn: '2026-10-01', note: '' }] });
    const idle = makePitch(account.id, { stage: 'briefing', lastActivityAt: '2026-10-01T09:00:00.000Z' });
    const busy = makePitch(account.id, { stage: 'briefing', lastActivityAt: '2026-11-24T09:00:00.000Z' });
    const a = deskAttention(input({ briefs: [review, draft], invoices: [unpaid, paid], pitches: [idle, busy] }));
    expect(a.briefsAwaitingApproval.map((i) => i.href)).toEqual([`/briefs/${review.id}`]);
    expect(a.overdueInvoices).toEqual([expect.objectContaining({ key: `invoice:${unpaid.id}`, outstanding: 1000, daysOverdue: 55 })]);
    expect(a.stalledPitches.map((i) => i.href)).toEqual([`/pitches/${idle.id}`]);
    expect(deskAttention(input({ pitches: [idle], staleDays: 90 })).stalledPitches).toEqual([]);
  });

  it('lists members without a final evaluation this quarter, linking to a draft when there is one', () => {
    const withDraft = makeMember({ name: '王小明', level: 'AE', joinedOn: '2024-01-01' });
    const finished = makeMember({ name: '李华', level: 'AM', joinedOn: '2024-01-01' });
    const none = makeMember({ name: '陈一', level: 'AE', joinedOn: '2024-01-01' });
    const director = makeMember({ name: '创意总监', level: 'CD', joinedOn: '2024-01-01' });
    const draft = makeEvaluation(withDraft.id, { quarter: '2026-Q4', status: 'draft' });
    const final = makeEvaluation(finished.id, { quarter: '2026-Q4', status: 'final' });
    const lastQuarter = makeEvaluation(none.id, { quarter: '2026-Q3', status: 'final' });
    const { evaluationsDue } = deskAttention(input({ members: [withDraft, finished, none, director], evaluations: [draft, final, lastQuarter] }));
    expect(evaluationsDue.map((i) => [i.type === 'evaluation-due' ? i.member.name : '', i.href])).toEqual([
      ['陈一', '/evaluations'],
      ['王小明', `/evaluations/${draft.id}`],
    ]);
  });

  it('puts the next 14 days in date order and nothing beyond', () => {
    const pitch = makePitch(account.id, {
      stage: 'final', title: '年度比稿', pitchDate: '2026-12-08', rehearsalOn: '2026-12-07',
      prepItems: [{ id: 'p', task: '打印', ownerId: null, dueOn: TODAY, done: false }],
    });
    const f = makeInteraction(account.id, { followUpOn: '2026-11-26', nextStep: '回电' });
    const far = makeInteraction(account.id, { followUpOn: '2026-12-09' });
    const brief = makeBrief(account.id, { status: 'approved', presentationDate: '2026-12-01', title: '春节简报' });
    const inv = makeInvoice(account.id, { number: 'INV-9', amount: 10, issuedOn: '2026-11-01', dueOn: '2026-11-30', receipts: [] });
    const agenda = deskAgenda(input({ pitches: [pitch], interactions: [f, far], briefs: [brief], invoices: [inv] }));
    expect(agenda.map((e) => [e.date, e.type])).toEqual([
      [TODAY, 'prep-item'],
      ['2026-11-26', 'follow-up'],
      ['2026-11-30', 'invoice-due'],
      ['2026-12-01', 'brief-presentation'],
      ['2026-12-07', 'pitch-key-date'],
      ['2026-12-08', 'pitch-date'],
    ]);
    expect(dueToday(input({ pitches: [pitch], interactions: [f] })).map((e) => e.what)).toEqual(['打印']);
  });
});
