// Per-account figures for the accounts list: one pass over whole tables gives each account its own money, health,
// last contact, lead and follow-ups — and nothing of another account's.
import { describe, expect, it } from 'vitest';
import { accountFigures, briefRevisionCounts, isCurrentAssignment, lastContactOf, mainHealthReason, revisionCandidates, weightedValue } from '@shared/metrics/account-figures';
import { computeHealth } from '@shared/metrics/health';
import { makeAccount, makeAssignment, makeBrief, makeBriefVersion, makeContact, makeInteraction, makeInvoice, makeMember, makePitch } from '../../fixtures/factories';

const today = '2026-06-30';
const trashed = '2026-06-01T00:00:00.000Z';

function twoAccounts() {
  const healthy = makeAccount({ status: 'active' });
  const troubled = makeAccount({ status: 'active' });
  const lead = makeMember({ name: '陈思远', level: 'AD' });
  const former = makeMember({ name: '离职同事' });
  const boss = makeContact(healthy.id, { decisionRole: 'decision-maker', lastContactOn: '2026-06-20' });
  const other = makeContact(troubled.id, { decisionRole: 'decision-maker', lastContactOn: '2026-01-05' });
  return {
    healthy,
    troubled,
    lead,
    tables: {
      accounts: [healthy, troubled, { ...makeAccount(), deletedAt: trashed }],
      contacts: [boss, other],
      interactions: [
        makeInteraction(healthy.id, { date: '2026-06-25', followUpOn: '2026-06-28' }),
        makeInteraction(healthy.id, { date: '2026-07-02', followUpOn: null }), // planned, not yet held
        makeInteraction(troubled.id, { date: '2026-02-01', followUpOn: '2026-08-01' }),
      ],
      invoices: [
        makeInvoice(healthy.id, { amount: 100_000, issuedOn: '2026-05-01', dueOn: '2026-05-31', receipts: [{ id: 'r', amount: 100_000, receivedOn: '2026-05-30', note: '' }] }),
        makeInvoice(troubled.id, { amount: 200_000, issuedOn: '2026-03-01', dueOn: '2026-04-01', receipts: [{ id: 'r', amount: 50_000, receivedOn: '2026-04-10', note: '' }] }),
        makeInvoice(troubled.id, { amount: 10_000, currency: 'USD', issuedOn: '2026-06-01', dueOn: '2026-07-01' }),
      ],
      pitches: [],
      assignments: [
        makeAssignment(healthy.id, lead.id, { role: 'lead' }),
        makeAssignment(troubled.id, former.id, { role: 'lead', until: '2026-03-31' }),
      ],
      members: [lead, former],
    },
  };
}

describe('account figures', () => {
  it('gives each live account its own money, health, last contact, lead and follow-ups', () => {
    const { tables, healthy, troubled, lead } = twoAccounts();
    const figures = accountFigures(tables, today);
    expect([...figures.keys()].sort()).toEqual([healthy.id, troubled.id].sort());

    const good = figures.get(healthy.id);
    expect(good).toMatchObject({ lastContact: '2026-06-25', openFollowUps: 1, overdueFollowUps: 1 });
    expect(good?.lead?.id).toBe(lead.id);
    expect(good?.health.level).toBe('green');
    expect(good?.mainMoney).toMatchObject({ currency: 'CNY', billed: 100_000, collectionRate: 1 });

    const bad = figures.get(troubled.id);
    expect(bad?.lead).toBeNull(); // the lead's assignment ended
    expect(bad?.lastContact).toBe('2026-02-01');
    expect(bad?.money.map((m) => m.currency)).toEqual(['CNY', 'USD']);
    expect(bad?.mainMoney).toMatchObject({ currency: 'CNY', collectionRate: 0.25, overdue: 150_000 });
    expect(bad?.health.level).toBe('red');
    expect(bad?.health.reasons.map((r) => r.code)).toEqual(['overdue-invoices', 'low-collection-rate', 'no-decision-maker-contact']);
  });

  it('computes the same health as computeHealth does for one account', () => {
    const { tables, troubled } = twoAccounts();
    const direct = computeHealth({
      account: troubled,
      contacts: tables.contacts.filter((c) => c.accountId === troubled.id),
      interactions: tables.interactions.filter((i) => i.accountId === troubled.id),
      invoices: tables.invoices.filter((i) => i.accountId === troubled.id),
      pitches: [],
      today,
    });
    expect(accountFigures(tables, today).get(troubled.id)?.health).toEqual(direct);
  });

  it('leaves records in the trash out of every figure', () => {
    const { tables, healthy } = twoAccounts();
    const lateTrashed = { ...makeInvoice(healthy.id, { amount: 9_999, issuedOn: '2026-01-01', dueOn: '2026-02-01' }), deletedAt: trashed };
    const figures = accountFigures({ ...tables, invoices: [...tables.invoices, lateTrashed] }, today);
    expect(figures.get(healthy.id)?.health.level).toBe('green');
    expect(figures.get(healthy.id)?.mainMoney?.billed).toBe(100_000);
  });

  it('counts brief versions saved in the last 90 days towards the revision signal', () => {
    const account = makeAccount({ status: 'prospect' });
    const brief = makeBrief(account.id, { title: '春节战役' });
    const recent = Array.from({ length: 5 }, (_, i) => makeBriefVersion(brief, { number: i + 2, savedAt: `2026-06-0${i + 1}T10:00:00.000Z` }));
    const old = makeBriefVersion(brief, { number: 1, savedAt: '2026-01-01T10:00:00.000Z' });
    expect(briefRevisionCounts([brief], [old, ...recent], today)).toEqual([{ briefId: brief.id, title: '春节战役', versions: 5 }]);
    expect(briefRevisionCounts([{ ...brief, status: 'archived' }], recent, today)).toEqual([]);
    const figures = accountFigures({ accounts: [account], contacts: [], interactions: [], invoices: [], pitches: [], assignments: [], members: [], briefs: [brief], briefVersions: [old, ...recent] }, today);
    expect(figures.get(account.id)?.health.reasons).toEqual([{ code: 'brief-revisions', level: 'amber', title: '春节战役', versions: 5 }]);
  });

  it('stays linear: a thousand accounts with ten records each take well under a second', () => {
    const accounts = Array.from({ length: 1000 }, () => makeAccount());
    const contacts = accounts.flatMap((a) => Array.from({ length: 3 }, () => makeContact(a.id)));
    const interactions = accounts.flatMap((a) => Array.from({ length: 4 }, () => makeInteraction(a.id)));
    const invoices = accounts.flatMap((a) => Array.from({ length: 3 }, () => makeInvoice(a.id)));
    const started = performance.now();
    const figures = accountFigures({ accounts, contacts, interactions, invoices, pitches: [], assignments: [], members: [] }, today);
    expect(figures.size).toBe(1000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('helpers', () => {
  it('narrows the briefs whose versions are worth reading to those that could trip the revision rule', () => {
    const busy = makeBrief('a1', { currentVersion: 6, updatedAt: '2026-06-20T08:00:00.000Z' });
    const few = makeBrief('a1', { currentVersion: 4, updatedAt: '2026-06-20T08:00:00.000Z' });
    const quiet = makeBrief('a1', { currentVersion: 9, updatedAt: '2026-02-01T08:00:00.000Z' });
    const archived = makeBrief('a1', { currentVersion: 9, status: 'archived', updatedAt: '2026-06-20T08:00:00.000Z' });
    expect(revisionCandidates([busy, few, quiet, archived], today).map((b) => b.id)).toEqual([busy.id]);
  });

  it('takes the latest past day of contact from the log and the contacts', () => {
    const contact = makeContact('a1', { lastContactOn: '2026-06-10' });
    expect(lastContactOf([contact], [makeInteraction('a1', { date: '2026-06-01' })], today)).toBe('2026-06-10');
    expect(lastContactOf([], [makeInteraction('a1', { date: '2026-07-01' })], today)).toBeNull();
  });

  it('treats an assignment as current from its start until its end day', () => {
    const a = makeAssignment('a1', 'm1', { since: '2026-01-01', until: today });
    expect(isCurrentAssignment(a, today)).toBe(true);
    expect(isCurrentAssignment({ ...a, until: '2026-06-29' }, today)).toBe(false);
    expect(isCurrentAssignment({ ...a, since: '2026-07-01', until: null }, today)).toBe(false);
  });

  it('weights a pitch by its probability', () => {
    expect(weightedValue(makePitch('a1', { estimatedAnnualFee: 2_000_000, probability: 35 }))).toBe(700_000);
    expect(weightedValue(makePitch('a1', { estimatedAnnualFee: null }))).toBeNull();
  });

  it('names the reason that decides the level first', () => {
    const { tables, troubled } = twoAccounts();
    const health = accountFigures(tables, today).get(troubled.id)?.health;
    expect(health && mainHealthReason(health)).toMatchObject({ code: 'low-collection-rate', level: 'red' });
  });
});
