// What the pitch screens do to the stored records: a pitch for a new prospect, moves, plans, losses and wins.
import { beforeEach, describe, expect, it } from 'vitest';
import { createPitch, generatePlan, movePitch, recordOutcome, reopenPitch, setPrepItemDone } from '../../../renderer/features/pitches/pitch-actions';
import type { Repositories } from '../../../renderer/db/index';
import { freshDatabase } from '../db/fresh-database';
import { hostileStrings } from '../../fixtures/hostile';

let r: Repositories;
beforeEach(() => {
  r = freshDatabase().repos;
});

const outcome = (result: 'won' | 'lost' | 'withdrawn' | 'declined', extra: Partial<{ lostReason: string; decidedOn: string | null }> = {}) => ({
  result, decidedOn: '2026-11-20', winningAgency: '', lostReason: '', clientFeedback: '', whatWorked: '', whatDidNot: '', lessons: '', ...extra,
});

describe('creating a pitch', () => {
  it('saves a new prospect account and the pitch pointing at it, with the lead round dated today', async () => {
    const created = await createPitch({ kind: 'new', brand: ' 山野咖啡 ', company: '山野咖啡有限公司', industry: '咖啡' }, { title: '2027 年度品牌代理比稿', type: 'new-business' }, '2026-11-27', r);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const account = await r.accounts.get(created.pitch.accountId);
    expect(account).toMatchObject({ brand: '山野咖啡', status: 'prospect', clientSince: null });
    expect(created.pitch.rounds.map((round) => [round.stage, round.date])).toEqual([['lead', '2026-11-27']]);
    expect(created.pitch.lastActivityAt).not.toBeNull();
  });

  it('refuses a new prospect without a brand and saves nothing', async () => {
    const created = await createPitch({ kind: 'new', brand: '  ', company: '', industry: '' }, { title: 'x' }, '2026-11-27', r);
    expect(created).toMatchObject({ ok: false, where: 'account', accountId: null });
    expect(await r.accounts.list()).toEqual([]);
    expect(await r.pitches.list()).toEqual([]);
  });

  it('keeps hostile text exactly as typed', async () => {
    const created = await createPitch({ kind: 'new', brand: hostileStrings.emoji, company: hostileStrings.markup, industry: '' }, { title: hostileStrings.markup, clientBrief: hostileStrings.longChinese }, '2026-11-27', r);
    expect(created.ok && created.pitch.title).toBe(hostileStrings.markup.trim());
    expect(created.ok && created.pitch.clientBrief).toBe(hostileStrings.longChinese);
  });
});

describe('working a pitch', () => {
  async function aPitch(extra: Record<string, unknown> = {}) {
    const account = await r.accounts.save({ brand: '兰亭香氛', status: 'prospect' });
    if (!account.ok) throw new Error('account');
    const owner = await r.members.save({ name: '张蕾', level: 'GAD' });
    const strategist = await r.members.save({ name: '何静', level: 'SD' });
    if (!owner.ok || !strategist.ok) throw new Error('members');
    const created = await createPitch({ kind: 'existing', accountId: account.record.id }, {
      title: '兰亭香氛比稿', ownerId: owner.record.id, pitchDate: '2026-12-15', team: [{ memberId: owner.record.id, role: '比稿负责人' }, { memberId: strategist.record.id, role: '策略负责人' }], ...extra,
    }, '2026-11-01', r);
    if (!created.ok) throw new Error(JSON.stringify(created.issues));
    return { pitch: created.pitch, account: account.record, owner: owner.record, strategist: strategist.record };
  }

  it('moves through stages, recording the day each was reached', async () => {
    const { pitch } = await aPitch();
    await movePitch(pitch.id, 'rfi', '2026-11-05', r);
    const moved = await movePitch(pitch.id, 'chemistry', '2026-11-12', r);
    expect(moved.ok && moved.record.stage).toBe('chemistry');
    expect(moved.ok && moved.record.rounds.map((round) => [round.stage, round.date])).toEqual([['lead', '2026-11-01'], ['rfi', '2026-11-05'], ['chemistry', '2026-11-12']]);
  });

  it('generates the plan from the pitch date with owners by role, and ticking an item keeps the rest', async () => {
    const { pitch, owner, strategist } = await aPitch();
    const template = [
      { task: '策略评审', daysBefore: 14, ownerRole: '策略负责人', keyDate: 'review' as const },
      { task: '彩排', daysBefore: 2, ownerRole: '', keyDate: 'rehearsal' as const },
    ];
    const planned = await generatePlan(pitch.id, template, r);
    expect(planned).toMatchObject({ ok: true, merged: { added: 2 } });
    const stored = await r.pitches.get(pitch.id);
    expect(stored?.prepItems.map((i) => [i.task, i.dueOn, i.ownerId])).toEqual([['策略评审', '2026-12-01', strategist.id], ['彩排', '2026-12-11', owner.id]]);
    expect(stored).toMatchObject({ reviewOn: '2026-12-01', rehearsalOn: '2026-12-11', redTeamOn: null });
    const first = stored?.prepItems[0];
    if (!first) throw new Error('no item');
    await setPrepItemDone(pitch.id, first.id, true, r);
    const ticked = await r.pitches.get(pitch.id);
    expect(ticked?.prepItems.map((i) => i.done)).toEqual([true, false]);
  });

  it('asks for a pitch date before generating a plan', async () => {
    const { pitch } = await aPitch({ pitchDate: null });
    expect(await generatePlan(pitch.id, [{ task: 'x', daysBefore: 1, ownerRole: '', keyDate: null }], r)).toMatchObject({ ok: false, reason: 'no-pitch-date' });
  });

  it('records a loss with a new reason, which joins the settings list', async () => {
    const { pitch, account } = await aPitch();
    const lost = await recordOutcome(pitch.id, outcome('lost', { lostReason: '采购压价' }), '2026-11-27', r);
    expect(lost).toMatchObject({ ok: true, accountActivated: false, pitch: { stage: 'lost', probability: 0, outcome: { lostReason: '采购压价' } } });
    expect((await r.settings.get()).lostReasons).toContain('采购压价');
    expect((await r.accounts.get(account.id))?.status).toBe('prospect');
  });

  it('winning makes the prospect an active client from the decision day, keeping its history', async () => {
    const { pitch, account } = await aPitch();
    await r.accounts.save({ ...account, notes: '2025 年首次接触' });
    const won = await recordOutcome(pitch.id, outcome('won'), '2026-11-27', r);
    expect(won).toMatchObject({ ok: true, accountActivated: true, pitch: { stage: 'won', probability: 100 } });
    expect(await r.accounts.get(account.id)).toMatchObject({ status: 'active', clientSince: '2026-11-20', notes: '2025 年首次接触', brand: '兰亭香氛' });
    expect(await r.pitches.listByAccount(account.id)).toHaveLength(1);
  });

  it('a win whose account cannot be activated is not recorded either: the pitch stays open and the account a prospect', async () => {
    const { pitch, account } = await aPitch();
    // The account's save is refused (as a full disk or a broken record would be): the pitch must not stay won.
    const refusing = { ...r, accounts: Object.assign(Object.create(Object.getPrototypeOf(r.accounts) as object) as typeof r.accounts, r.accounts, {
      save: async () => ({ ok: false as const, issues: [{ field: '', code: 'quota', message: 'The disk is full.' }] }),
    }) };
    const won = await recordOutcome(pitch.id, outcome('won'), '2026-11-27', refusing);
    expect(won).toMatchObject({ ok: false, where: 'account', issues: [{ code: 'quota' }] });
    expect(await r.pitches.get(pitch.id)).toMatchObject({ stage: pitch.stage, outcome: null });
    expect((await r.accounts.get(account.id))?.status).toBe('prospect');
  });

  it('a loss whose pitch cannot be saved leaves the settings list as it was', async () => {
    const { pitch } = await aPitch();
    const before = (await r.settings.get()).lostReasons;
    const refusing = { ...r, pitches: Object.assign(Object.create(Object.getPrototypeOf(r.pitches) as object) as typeof r.pitches, r.pitches, {
      save: async () => ({ ok: false as const, issues: [{ field: 'title', code: 'too_big', message: 'Too long.' }] }),
    }) };
    const lost = await recordOutcome(pitch.id, outcome('lost', { lostReason: '新的失利原因' }), '2026-11-27', refusing);
    expect(lost).toMatchObject({ ok: false, where: 'pitch' });
    expect((await r.settings.get()).lostReasons).toEqual(before);
  });

  it('reopening takes the pitch back to the decision stage without its outcome', async () => {
    const { pitch } = await aPitch();
    await recordOutcome(pitch.id, outcome('withdrawn'), '2026-11-27', r);
    const reopened = await reopenPitch(pitch.id, r);
    expect(reopened.ok && [reopened.record.stage, reopened.record.outcome]).toEqual(['decision', null]);
  });
});
