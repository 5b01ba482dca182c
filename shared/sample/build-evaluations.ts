// Quarterly evaluations of the account team: scores against the framework of their day, KPIs, the directors' input, goals and the review of last quarter's goals.
import type { Evaluation } from '../model/evaluation';
import { defaultFramework, type Framework } from '../model/framework';
import {
  creativeInputLines, developmentLines, dimensionComments, goalLines, goalReviewNotes, kpiLines, memberCommentLines, strategyInputLines,
  strengthLines, trainingLines,
} from './banks/team-copy';
import { accountLevels, stamp, type MemberInfo, type World } from './context';
import { quarterEnd, quarterIndex, quarterKey, quarterOfDay, quarterStart, shiftQuarter, type Quarter } from './days';
import type { Random } from './random';

/** The framework the department used before the current one: same dimensions, different weights, so old evaluations keep theirs. */
export const earlierFramework: Framework = {
  name: '客户服务团队能力模型（2021 版）/ Account team competencies (2021)',
  dimensions: defaultFramework.dimensions.map((d) => ({
    ...d,
    weight: ({ client: 25, delivery: 20, business: 15, proposal: 15, strategy: 10, teamwork: 10, growth: 5 } as Record<string, number>)[d.key] ?? d.weight,
  })),
};

const revenueTarget: Readonly<Record<string, number>> = { AM: 600, SAM: 900, AD: 2000, SAD: 3000, GAD: 5000 };

function eligible(member: MemberInfo, quarter: Quarter): boolean {
  const end = quarterEnd(quarter);
  return member.start <= end - 45 && (member.end === null || member.end >= end - 10);
}

export function buildEvaluations(world: World): Evaluation[] {
  const rng = world.rng.fork('evaluations');
  const current = quarterOfDay(world.today);
  const lastDone = shiftQuarter(current, -1);
  const firstQuarter = world.scale === 'small' ? shiftQuarter(current, -4) : quarterOfDay(world.today - world.plan.historyDays);
  const quarters: Quarter[] = [];
  for (let q = firstQuarter; quarterIndex(q) <= quarterIndex(lastDone); q = shiftQuarter(q, 1)) quarters.push(q);

  const people = world.members.filter((m) => accountLevels.includes(m.level) && m.record.id !== world.headId);
  widenTenures(world, people, quarters);

  const strategists = world.members.filter((m) => m.level === 'SD');
  const creatives = world.members.filter((m) => m.level === 'CD' || m.level === 'ECD');
  const frameworkCutoff = quarterIndex(current) - 12;
  const nearQuarterEnd = quarterEnd(current) - world.today <= 21;
  const evaluations: Evaluation[] = [];

  for (const member of people) {
    const base = rng.around(3.35, 0.75);
    const growth = rng.next() * 0.06;
    const offsets = new Map(defaultFramework.dimensions.map((d) => [d.key, rng.around(0, 0.5)] as const));
    let previous: Evaluation | null = null;
    let step = 0;
    for (const quarter of quarters) {
      if (!eligible(member, quarter)) {
        previous = null;
        continue;
      }
      const isLast = quarterIndex(quarter) === quarterIndex(lastDone);
      const sinceEnd = world.today - quarterEnd(quarter);
      const status = isLast
        ? rng.weighted<Evaluation['status'] | 'missing'>(sinceEnd <= 30 ? [['draft', 45], ['final', 35], ['missing', 20]] : [['draft', 10], ['final', 40], ['shared', 45], ['missing', 5]])
        : rng.weighted<Evaluation['status']>([['shared', 85], ['final', 15]]);
      if (status === 'missing') continue;
      const evaluation = evaluate(world, rng, {
        member, quarter, status, previous, framework: quarterIndex(quarter) < frameworkCutoff ? earlierFramework : defaultFramework,
        ability: (key: string) => base + growth * step + (offsets.get(key) ?? 0), strategists, creatives,
      });
      evaluations.push(evaluation);
      previous = evaluation;
      step++;
    }
    // In the last weeks of a quarter, managers start drafting this quarter's evaluations.
    if (nearQuarterEnd && member.end === null && eligible(member, current) && rng.chance(0.35)) {
      evaluations.push(evaluate(world, rng, {
        member, quarter: current, status: 'draft', previous, framework: defaultFramework,
        ability: (key: string) => base + growth * step + (offsets.get(key) ?? 0), strategists, creatives,
      }));
    }
  }
  ensureDueThisQuarter(world, rng, evaluations, quarterKey(lastDone));
  return evaluations;
}

/** The large sample promises a number of evaluations: if the drawn careers fall short, some people joined a little earlier. */
function widenTenures(world: World, people: MemberInfo[], quarters: Quarter[]): void {
  const target = world.plan.evaluationsAtLeast;
  const first = quarters[0];
  if (target === 0 || !first) return;
  const countOf = (m: MemberInfo) => quarters.reduce((n, q) => n + (eligible(m, q) ? 1 : 0), 0);
  // Some evaluations of the last quarter are still missing on purpose; leave room for them.
  let total = people.reduce((n, m) => n + countOf(m), 0);
  const wanted = Math.ceil(target * 1.03) + 10;
  const earliest = quarterStart(first) - 60;
  for (let i = 0, guard = 0; total < wanted && guard < people.length * quarters.length; i++, guard++) {
    const m = people[i % people.length];
    if (!m || m.start - 91 < earliest) continue;
    const before = countOf(m);
    m.start -= 91;
    m.record.joinedOn = new Date(m.start * 86_400_000).toISOString().slice(0, 10);
    m.record.createdAt = stamp(world, m.start);
    total += countOf(m) - before;
  }
}

type EvalInput = {
  member: MemberInfo;
  quarter: Quarter;
  status: Evaluation['status'];
  previous: Evaluation | null;
  framework: Framework;
  ability: (key: string) => number;
  strategists: MemberInfo[];
  creatives: MemberInfo[];
};

function someoneOn(rng: Random, pool: MemberInfo[], day: number): string {
  const now = pool.filter((m) => m.start <= day && (m.end === null || m.end >= day));
  return (now.length > 0 ? rng.pick(now) : pool.length > 0 ? rng.pick(pool) : null)?.record.name ?? '';
}

function evaluate(world: World, rng: Random, input: EvalInput): Evaluation {
  const { member, quarter, status, previous, framework } = input;
  const rich = world.plan.richText;
  const end = quarterEnd(quarter);
  const clamp = (x: number) => Math.max(1, Math.min(5, Math.round(x)));
  const scores = framework.dimensions.map((d) => {
    const score = clamp(input.ability(d.key) + rng.around(0, 0.6));
    const band = score <= 2 ? 0 : score === 3 ? 1 : 2;
    return { key: d.key, score, comment: rich || rng.chance(0.5) ? (dimensionComments[d.key]?.[band] ?? '') : '' };
  });

  const group = member.level === 'AE' || member.level === 'SAE' ? kpiLines.junior : member.level === 'AM' || member.level === 'SAM' ? kpiLines.middle : kpiLines.senior;
  const kpis = group.map(([name, unit, typical]) => {
    const target = name === '负责客户收入' ? (revenueTarget[member.level] ?? typical) : typical;
    let actual = target * rng.around(0.98, 0.2);
    if (unit === '%') actual = Math.min(100, actual);
    if (unit === '分') actual = Math.min(5, actual);
    const round = unit === '分' ? 10 : 1;
    return { id: world.ids.next(), name, unit, target, actual: Math.round(actual * round) / round };
  });

  const goals = rng.sample(goalLines, rng.int(2, 3)).map((text) => ({ id: world.ids.next(), text }));
  const previousGoalsReview = previous
    ? previous.goals.map((g) => {
      const result = rng.weighted<'achieved' | 'partly' | 'not'>([['achieved', 55], ['partly', 35], ['not', 10]]);
      return { goalId: g.id, text: g.text, result, note: rng.pick(goalReviewNotes[result]) };
    })
    : [];

  const managerId = member.record.managerId;
  const manager = managerId ? world.membersById.get(managerId) : undefined;
  const evaluatorId = manager && manager.start <= end && (manager.end === null || manager.end >= end) ? manager.record.id : world.headId;
  const createdDay = end + rng.int(3, 12);
  const finalDay = end + rng.int(12, 28);
  const finalised = status === 'final' || status === 'shared';
  const strategyScore = clamp(input.ability('strategy') + rng.around(0, 0.5));
  const creativeScore = clamp(input.ability('teamwork') + rng.around(0, 0.5));

  return {
    id: world.ids.next(),
    createdAt: stamp(world, createdDay, rng),
    updatedAt: stamp(world, finalised ? finalDay + (status === 'shared' ? rng.int(1, 5) : 0) : createdDay + rng.int(0, 3), rng),
    deletedAt: null,
    memberId: member.record.id,
    quarter: quarterKey(quarter),
    evaluatorId: evaluatorId === member.record.id ? null : evaluatorId,
    status,
    framework,
    scores,
    kpis,
    strategyInput: { name: someoneOn(rng, input.strategists, end), score: strategyScore, comment: rng.pick(strategyInputLines) },
    creativeInput: { name: someoneOn(rng, input.creatives, end), score: creativeScore, comment: rng.pick(creativeInputLines) },
    strengths: rng.sample(strengthLines, rich ? 2 : 1).join('\n'),
    developmentAreas: rng.sample(developmentLines, rich ? 2 : 1).join('\n'),
    goals,
    previousGoalsReview,
    trainingPlan: rng.sample(trainingLines, rich ? 2 : 1).join('\n'),
    memberComment: status === 'shared' ? rng.pick(memberCommentLines) : '',
    finalisedAt: finalised ? stamp(world, finalDay, rng) : null,
  };
}

/** The dashboard lists evaluations still to do: at least one person's last quarter is unfinished, whatever the seed. */
function ensureDueThisQuarter(world: World, rng: Random, evaluations: Evaluation[], lastQuarter: string): void {
  const last = evaluations.filter((e) => e.quarter === lastQuarter);
  if (last.some((e) => e.status === 'draft') || last.length === 0) return;
  const pick = rng.pick(last);
  pick.status = 'draft';
  pick.finalisedAt = null;
  pick.memberComment = '';
}
