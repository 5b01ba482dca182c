// The preparation plan worked back from the pitch date: weekends move to Friday, owners follow roles, hand edits survive.
import { describe, expect, it } from 'vitest';
import { defaultPitchPlan, dueDateBefore, generatePrepPlan, isPrepItemOverdue, mergePrepPlan, ownerForRole, prepProgress, sortPrepItems } from '@shared/metrics/pitch-plan';
import { pitchPlanStepSchema, settingsSchema, type PitchPlanStep } from '@shared/model/settings';

const step = (task: string, daysBefore: number, ownerRole = '', keyDate: PitchPlanStep['keyDate'] = null): PitchPlanStep => ({ task, daysBefore, ownerRole, keyDate });
let ids = 0;
const newId = () => `new-${++ids}`;

describe('dueDateBefore', () => {
  it('counts calendar days back from the pitch date', () => {
    // 2026-12-15 is a Tuesday.
    expect(dueDateBefore('2026-12-15', 0)).toBe('2026-12-15');
    expect(dueDateBefore('2026-12-15', 1)).toBe('2026-12-14');
    expect(dueDateBefore('2026-12-15', 14)).toBe('2026-12-01');
  });

  it('moves a due date on Saturday or Sunday back to the Friday before', () => {
    expect(dueDateBefore('2026-12-15', 3)).toBe('2026-12-11'); // Sat 12 → Fri 11
    expect(dueDateBefore('2026-12-15', 2)).toBe('2026-12-11'); // Sun 13 → Fri 11
    expect(dueDateBefore('2026-12-15', 30)).toBe('2026-11-13'); // Sun 15 Nov → Fri 13 Nov
  });

  it('crosses month and year ends, and leap days', () => {
    expect(dueDateBefore('2027-01-04', 4)).toBe('2026-12-31'); // Mon 4 Jan 2027 → Thu 31 Dec
    expect(dueDateBefore('2027-01-05', 3)).toBe('2027-01-01'); // Sat 2 Jan → Fri 1 Jan
    expect(dueDateBefore('2028-03-01', 1)).toBe('2028-02-29');
  });

  it('refuses a date that is not a calendar day', () => {
    expect(() => dueDateBefore('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('ownerForRole', () => {
  const team = [
    { memberId: 'm-lead', role: '比稿负责人' },
    { memberId: 'm-sd', role: ' 策略负责人 ' },
    { memberId: 'm-cd', role: 'Creative Lead' },
  ];

  it('finds the team member with that role, ignoring case and spaces', () => {
    expect(ownerForRole('策略负责人', team, 'owner')).toBe('m-sd');
    expect(ownerForRole('creative lead', team, 'owner')).toBe('m-cd');
  });

  it('accepts a role that contains, or is contained in, the member\'s role', () => {
    expect(ownerForRole('策略', team, 'owner')).toBe('m-sd');
    expect(ownerForRole('Creative Lead (ECD)', team, 'owner')).toBe('m-cd');
  });

  it('falls back to the pitch owner when no one has the role or the step names none', () => {
    expect(ownerForRole('项目统筹', team, 'owner')).toBe('owner');
    expect(ownerForRole('', team, 'owner')).toBe('owner');
    expect(ownerForRole('项目统筹', team, null)).toBeNull();
  });
});

describe('generatePrepPlan', () => {
  it('dates every step back from the pitch, earliest first, and sets the key dates', () => {
    const plan = generatePrepPlan({
      pitchDate: '2026-12-15',
      template: [step('全员彩排', 2, '比稿负责人', 'rehearsal'), step('红队评审', 7, '', 'redTeam'), step('策略评审', 14, '策略', 'review'), step('打包', 1, '', 'printPack')],
      team: [{ memberId: 'm-sd', role: '策略负责人' }],
      ownerId: 'owner',
    });
    expect(plan.items).toEqual([
      { task: '策略评审', ownerId: 'm-sd', dueOn: '2026-12-01' },
      { task: '红队评审', ownerId: 'owner', dueOn: '2026-12-08' },
      { task: '全员彩排', ownerId: 'owner', dueOn: '2026-12-11' },
      { task: '打包', ownerId: 'owner', dueOn: '2026-12-14' },
    ]);
    expect(plan.keyDates).toEqual({ reviewOn: '2026-12-01', redTeamOn: '2026-12-08', rehearsalOn: '2026-12-11', printPackOn: '2026-12-14' });
  });

  it('gives the built-in plan in both languages with valid steps, every key date covered', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const template = defaultPitchPlan(lang);
      expect(template.length).toBeGreaterThanOrEqual(10);
      for (const s of template) expect(pitchPlanStepSchema.safeParse(s).success).toBe(true);
      const plan = generatePrepPlan({ pitchDate: '2026-12-15', template, team: [], ownerId: null });
      expect(Object.keys(plan.keyDates).sort()).toEqual(['printPackOn', 'redTeamOn', 'rehearsalOn', 'reviewOn']);
      for (const item of plan.items) expect(['Sat', 'Sun']).not.toContain(new Date(`${item.dueOn}T12:00:00`).toLocaleDateString('en-GB', { weekday: 'short' }));
    }
    expect(defaultPitchPlan('zh-CN')[0]?.task).toMatch(/客户简报/);
    expect(defaultPitchPlan('en')[0]?.task).toMatch(/client brief/);
  });
});

describe('mergePrepPlan', () => {
  const generated = generatePrepPlan({ pitchDate: '2026-12-15', template: [step('竞品审计', 24), step('红队评审', 7), step('彩排', 2)], team: [], ownerId: 'owner' });

  it('adds the whole plan to an empty checklist', () => {
    const merged = mergePrepPlan([], generated, newId);
    expect(merged.items.map((i) => [i.task, i.dueOn, i.ownerId, i.done])).toEqual([
      ['竞品审计', '2026-11-20', 'owner', false],
      ['红队评审', '2026-12-08', 'owner', false],
      ['彩排', '2026-12-11', 'owner', false],
    ]);
    expect(merged).toMatchObject({ added: 3, rescheduled: 0 });
  });

  it('keeps done items and the user\'s own tasks, and re-dates open items of the plan', () => {
    const existing = [
      { id: 'a', task: '竞品审计', ownerId: 'm1', dueOn: '2026-11-01', done: true },
      { id: 'b', task: ' 红队评审', ownerId: null, dueOn: '2026-11-30', done: false },
      { id: 'c', task: '客户晚宴', ownerId: 'm2', dueOn: null, done: false },
    ];
    const merged = mergePrepPlan(existing, generated, newId);
    expect(merged.items.map((i) => [i.id, i.task, i.dueOn, i.ownerId, i.done])).toEqual([
      ['a', '竞品审计', '2026-11-01', 'm1', true],
      ['b', ' 红队评审', '2026-12-08', 'owner', false],
      [expect.stringMatching(/^new-/), '彩排', '2026-12-11', 'owner', false],
      ['c', '客户晚宴', null, 'm2', false],
    ]);
    expect(merged).toMatchObject({ added: 1, rescheduled: 1 });
  });

  it('changes nothing when run again', () => {
    const once = mergePrepPlan([], generated, newId);
    const twice = mergePrepPlan(once.items, generated, newId);
    expect(twice.items).toEqual(once.items);
    expect(twice).toMatchObject({ added: 0, rescheduled: 0 });
  });
});

describe('overdue items', () => {
  it('are open items due before today; due today is not overdue, done is never overdue', () => {
    expect(isPrepItemOverdue({ done: false, dueOn: '2026-11-26' }, '2026-11-27')).toBe(true);
    expect(isPrepItemOverdue({ done: false, dueOn: '2026-11-27' }, '2026-11-27')).toBe(false);
    expect(isPrepItemOverdue({ done: true, dueOn: '2026-11-01' }, '2026-11-27')).toBe(false);
    expect(isPrepItemOverdue({ done: false, dueOn: null }, '2026-11-27')).toBe(false);
  });

  it('are counted in the progress with the done ones', () => {
    const items = [
      { id: '1', task: 'a', ownerId: null, dueOn: '2026-11-01', done: true },
      { id: '2', task: 'b', ownerId: null, dueOn: '2026-11-20', done: false },
      { id: '3', task: 'c', ownerId: null, dueOn: '2026-12-20', done: false },
    ];
    expect(prepProgress(items, '2026-11-27')).toEqual({ total: 3, done: 1, overdue: 1 });
  });

  it('sort by due date with undated items last', () => {
    expect(sortPrepItems([{ dueOn: null }, { dueOn: '2026-12-01' }, { dueOn: '2026-11-01' }]).map((i) => i.dueOn)).toEqual(['2026-11-01', '2026-12-01', null]);
  });
});

describe('pitch settings', () => {
  it('reads settings stored before the plan template existed: the built-in plan and 21 quiet days', () => {
    const stored = { id: 'app', updatedAt: '2026-01-01T00:00:00.000Z', lostReasons: ['价格/预算'] };
    expect(settingsSchema.parse(stored)).toMatchObject({ pitchPlanTemplate: null, pitchStaleDays: 21, lostReasons: ['价格/预算'] });
  });

  it('refuses a step without a task or with days before the pitch that are not a whole number from 0 to 365', () => {
    expect(pitchPlanStepSchema.safeParse({ task: '  ', daysBefore: 3 }).success).toBe(false);
    expect(pitchPlanStepSchema.safeParse({ task: '彩排', daysBefore: 2.5 }).success).toBe(false);
    expect(pitchPlanStepSchema.safeParse({ task: '彩排', daysBefore: 400 }).success).toBe(false);
    expect(pitchPlanStepSchema.parse({ task: '彩排', daysBefore: 2 })).toEqual({ task: '彩排', daysBefore: 2, ownerRole: '', keyDate: null });
  });
});
