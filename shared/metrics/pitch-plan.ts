// The pitch preparation plan: due dates worked back from the pitch date over a template (weekends moved to Friday),
// merged into a plan the user has already adjusted by hand, and which items are overdue.
import { format, isSaturday, isSunday, previousFriday, subDays } from 'date-fns';
import type { Language } from '../model/common';
import type { Pitch } from '../model/pitch';
import type { PitchPlanStep } from '../model/settings';
import { parseDay } from '../i18n/format';

type PrepItem = Pitch['prepItems'][number];
type TeamRow = Pitch['team'][number];
export type KeyDateField = 'reviewOn' | 'redTeamOn' | 'rehearsalOn' | 'printPackOn';

/** The pitch field each template key date sets. */
export const keyDateFields = { review: 'reviewOn', redTeam: 'redTeamOn', rehearsal: 'rehearsalOn', printPack: 'printPackOn' } as const satisfies Record<NonNullable<PitchPlanStep['keyDate']>, KeyDateField>;

/**
 * The day `daysBefore` calendar days before `pitchDate` (`YYYY-MM-DD`). Nobody is in the office on a weekend, so a
 * due date on Saturday or Sunday moves back to the Friday before it, never forward towards the pitch.
 */
export function dueDateBefore(pitchDate: string, daysBefore: number): string {
  const pitch = parseDay(pitchDate);
  if (!pitch) throw new RangeError(`not a calendar day: ${pitchDate}`);
  let due = subDays(pitch, daysBefore);
  if (isSaturday(due) || isSunday(due)) due = previousFriday(due);
  return format(due, 'yyyy-MM-dd');
}

/** Suggested roles on a pitch team, in the UI language; plan steps name their owner by one of them. */
export function pitchTeamRoles(lang: Language): string[] {
  return lang === 'zh-CN'
    ? ['比稿负责人', '客户总监', '策略负责人', '创意负责人', '客户经理', '项目统筹']
    : ['Pitch lead', 'Account director', 'Strategy lead', 'Creative lead', 'Account manager', 'Producer'];
}

/** The built-in plan of a new-business pitch, in the UI language, until the user writes their own in settings. */
export function defaultPitchPlan(lang: Language): PitchPlanStep[] {
  const [lead, director, strategy, creative, manager, producer] = pitchTeamRoles(lang) as [string, string, string, string, string, string];
  const steps: [string, string, number, string, PitchPlanStep['keyDate']][] = [
    ['确认客户简报，整理疑问清单', 'Confirm the client brief and list our questions', 35, director, null],
    ['提交资质文件与案例', 'Send credentials and case studies', 30, lead, null],
    ['化学反应会材料与团队介绍', 'Chemistry meeting deck and team introduction', 28, director, null],
    ['竞品传播审计', 'Competitor communications audit', 24, strategy, null],
    ['消费者洞察与社交聆听', 'Consumer insight and social listening', 21, strategy, null],
    ['策略方向内部评审', 'Internal review of the strategy', 14, strategy, 'review'],
    ['Tissue session 创意方向', 'Creative routes for the tissue session', 12, creative, null],
    ['红队评审', 'Red-team review', 7, lead, 'redTeam'],
    ['媒介与预算建议', 'Media and budget recommendation', 6, manager, null],
    ['报价单与团队架构', 'Fee proposal and team structure', 5, director, null],
    ['提案 PPT 定稿', 'Final presentation deck signed off', 3, creative, null],
    ['全员彩排', 'Full rehearsal', 2, lead, 'rehearsal'],
    ['印刷与提案物料打包', 'Print and pack the leave-behinds', 1, producer, 'printPack'],
  ];
  return steps.map(([zh, en, daysBefore, ownerRole, keyDate]) => ({ task: lang === 'zh-CN' ? zh : en, daysBefore, ownerRole, keyDate }));
}

const normalise = (s: string) => s.normalize('NFKC').trim().toLocaleLowerCase();

/**
 * Who owns a step: the team member whose role is the step's owner role (exactly, else one containing the other, so
 * "策略" finds "策略负责人"); without a match, or without an owner role, the pitch owner.
 */
export function ownerForRole(ownerRole: string, team: readonly TeamRow[], pitchOwnerId: string | null): string | null {
  const wanted = normalise(ownerRole);
  if (wanted === '') return pitchOwnerId;
  const roles = team.map((row) => ({ memberId: row.memberId, role: normalise(row.role) })).filter((row) => row.role !== '');
  const exact = roles.find((row) => row.role === wanted);
  if (exact) return exact.memberId;
  const near = roles.find((row) => row.role.includes(wanted) || wanted.includes(row.role));
  return near?.memberId ?? pitchOwnerId;
}

export type GeneratedPlan = {
  items: { task: string; ownerId: string | null; dueOn: string }[];
  keyDates: Partial<Record<KeyDateField, string>>;
};

/** The plan the template gives for a pitch on `pitchDate`: tasks with owners and due dates (earliest first), and key dates. */
export function generatePrepPlan(input: { pitchDate: string; template: readonly PitchPlanStep[]; team: readonly TeamRow[]; ownerId: string | null }): GeneratedPlan {
  const items: GeneratedPlan['items'] = [];
  const keyDates: GeneratedPlan['keyDates'] = {};
  for (const step of input.template) {
    const dueOn = dueDateBefore(input.pitchDate, step.daysBefore);
    items.push({ task: step.task.trim(), ownerId: ownerForRole(step.ownerRole, input.team, input.ownerId), dueOn });
    if (step.keyDate) keyDates[keyDateFields[step.keyDate]] = dueOn;
  }
  // A stable sort: steps due the same day keep the template's order.
  items.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  return { items, keyDates };
}

export type MergedPlan = { items: PrepItem[]; added: number; rescheduled: number };

/**
 * Applies a generated plan to the items a pitch already has, keeping the user's hand work: items of the same task
 * that are not done take the new due date (and an owner if they had none); done items and the user's own tasks stay
 * as they are; template tasks the plan lacks are added. Running it twice changes nothing the second time.
 */
export function mergePrepPlan(existing: readonly PrepItem[], generated: GeneratedPlan, newId: () => string): MergedPlan {
  const byTask = new Map(generated.items.map((item) => [normalise(item.task), item]));
  const seen = new Set<string>();
  let rescheduled = 0;
  const items: PrepItem[] = existing.map((item) => {
    const key = normalise(item.task);
    const planned = byTask.get(key);
    if (!planned || seen.has(key)) return item;
    seen.add(key);
    if (item.done) return item;
    const ownerId = item.ownerId ?? planned.ownerId;
    if (item.dueOn === planned.dueOn && ownerId === item.ownerId) return item;
    if (item.dueOn !== planned.dueOn) rescheduled++;
    return { ...item, dueOn: planned.dueOn, ownerId };
  });
  let added = 0;
  for (const planned of generated.items) {
    const key = normalise(planned.task);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({ id: newId(), task: planned.task, ownerId: planned.ownerId, dueOn: planned.dueOn, done: false });
    added++;
  }
  return { items: sortPrepItems(items), added, rescheduled };
}

/** Items by due date, undated ones last; items due the same day keep their order. */
export function sortPrepItems<T extends { dueOn: string | null }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.dueOn === b.dueOn ? 0 : a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1));
}

/** Not done and due before `today` (`YYYY-MM-DD`). An item due today is not overdue yet. */
export function isPrepItemOverdue(item: Pick<PrepItem, 'done' | 'dueOn'>, today: string): boolean {
  return !item.done && item.dueOn !== null && item.dueOn < today;
}

export type PrepProgress = { total: number; done: number; overdue: number };

export function prepProgress(items: readonly PrepItem[], today: string): PrepProgress {
  return {
    total: items.length,
    done: items.filter((item) => item.done).length,
    overdue: items.filter((item) => isPrepItemOverdue(item, today)).length,
  };
}
