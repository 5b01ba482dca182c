// Account health: each signal raises the level it should, with its reason, and a manual override wins but keeps the reasons.
import { describe, expect, it } from 'vitest';
import { computeHealth, lastDecisionMakerContact, type HealthInput } from '@shared/metrics/health';
import { makeAccount, makeContact, makeInteraction, makeInvoice, makePitch } from '../../fixtures/factories';

const today = '2026-06-30';

function healthyInput(): HealthInput {
  const account = makeAccount({ status: 'active' });
  const boss = makeContact(account.id, { decisionRole: 'decision-maker', lastContactOn: '2026-06-20' });
  return {
    account,
    contacts: [boss],
    interactions: [],
    invoices: [makeInvoice(account.id, { amount: 100_000, issuedOn: '2026-05-01', dueOn: '2026-05-31', receipts: [{ id: 'r1', amount: 100_000, receivedOn: '2026-05-30', note: '' }] })],
    pitches: [],
    today,
  };
}

describe('account health', () => {
  it('is green when money is collected and a decision-maker was seen recently', () => {
    const health = computeHealth(healthyInput());
    expect(health).toMatchObject({ level: 'green', overridden: false, reasons: [] });
  });

  it('turns amber for an invoice a few weeks overdue and red once it is over 90 days late', () => {
    const input = healthyInput();
    const late = makeInvoice(input.account.id, { amount: 50_000, issuedOn: '2026-05-01', dueOn: '2026-06-01' });
    const amber = computeHealth({ ...input, invoices: [...input.invoices, late] });
    expect(amber.level).toBe('amber');
    expect(amber.reasons).toContainEqual(expect.objectContaining({ code: 'overdue-invoices', count: 1, amount: 50_000, oldestDays: 29 }));

    const veryLate = makeInvoice(input.account.id, { amount: 50_000, issuedOn: '2026-01-01', dueOn: '2026-03-01' });
    expect(computeHealth({ ...input, invoices: [...input.invoices, veryLate] }).level).toBe('red');
  });

  it('flags a low collection rate only when something is actually overdue', () => {
    const input = healthyInput();
    const notYetDue = makeInvoice(input.account.id, { amount: 900_000, issuedOn: '2026-06-15', dueOn: '2026-07-15' });
    expect(computeHealth({ ...input, invoices: [...input.invoices, notYetDue] }).level).toBe('green');

    const overdue = makeInvoice(input.account.id, { amount: 900_000, issuedOn: '2026-05-15', dueOn: '2026-06-15' });
    const health = computeHealth({ ...input, invoices: [...input.invoices, overdue] });
    expect(health.reasons).toContainEqual(expect.objectContaining({ code: 'low-collection-rate', level: 'red', rate: 0.1 }));
    expect(health.level).toBe('red');
  });

  it('cools to amber after 60 days without a decision-maker and red after 120', () => {
    const input = healthyInput();
    const [boss] = input.contacts;
    const at = (lastContactOn: string) => computeHealth({ ...input, contacts: [{ ...boss!, lastContactOn }] });
    expect(at('2026-05-01').level).toBe('green'); // 60 days exactly
    expect(at('2026-04-30').reasons).toContainEqual({ code: 'no-decision-maker-contact', level: 'amber', days: 61 });
    expect(at('2026-02-28').level).toBe('red');
  });

  it('counts a logged meeting with a decision-maker as contact', () => {
    const input = healthyInput();
    const [boss] = input.contacts;
    const stale = { ...boss!, lastContactOn: '2025-12-01' };
    const meeting = makeInteraction(input.account.id, { date: '2026-06-10', contactIds: [stale.id] });
    expect(lastDecisionMakerContact([stale], [meeting], today)).toBe('2026-06-10');
    expect(computeHealth({ ...input, contacts: [stale], interactions: [meeting] }).level).toBe('green');
  });

  it('asks for a decision-maker on an active account that has none', () => {
    const input = healthyInput();
    const influencer = { ...input.contacts[0]!, decisionRole: 'influencer' as const };
    expect(computeHealth({ ...input, contacts: [influencer] }).reasons).toContainEqual({ code: 'no-decision-maker', level: 'amber' });
  });

  it('does not judge the relationship of a prospect', () => {
    const input = healthyInput();
    expect(computeHealth({ ...input, account: { ...input.account, status: 'prospect' }, contacts: [] }).level).toBe('green');
  });

  it('treats a recently lost re-pitch as red and another lost pitch as amber', () => {
    const input = healthyInput();
    const lostRepitch = makePitch(input.account.id, { title: '年度续约比稿', type: 're-pitch', stage: 'lost', outcome: { result: 'lost', decidedOn: '2026-06-01', winningAgency: 'X', lostReason: '', clientFeedback: '', whatWorked: '', whatDidNot: '', lessons: '' } });
    expect(computeHealth({ ...input, pitches: [lostRepitch] }).level).toBe('red');
    const lostProject = { ...lostRepitch, type: 'single-agency' as const };
    expect(computeHealth({ ...input, pitches: [lostProject] }).level).toBe('amber');
    const longAgo = { ...lostProject, outcome: { ...lostProject.outcome!, decidedOn: '2025-06-01' } };
    expect(computeHealth({ ...input, pitches: [longAgo] }).level).toBe('green');
  });

  it('notices a brief that keeps being rewritten', () => {
    const health = computeHealth({ ...healthyInput(), briefRevisions: [{ title: '春节战役', versions: 6 }, { title: '日常', versions: 2 }] });
    expect(health.reasons).toEqual([{ code: 'brief-revisions', level: 'amber', title: '春节战役', versions: 6 }]);
  });

  it('lets a manual override win, with its reason first and the computed level kept', () => {
    const input = healthyInput();
    const account = { ...input.account, healthOverride: { level: 'red' as const, reason: '客户CMO即将离职', setAt: '2026-06-01T00:00:00.000Z' } };
    const health = computeHealth({ ...input, account });
    expect(health).toMatchObject({ level: 'red', computedLevel: 'green', overridden: true });
    expect(health.reasons[0]).toEqual({ code: 'manual', level: 'red', reason: '客户CMO即将离职' });
  });
});
