// Development reports (评估报告与发展建议): periods and scopes, a metrics snapshot compiled from the sample's own records, and the written sections.
import type { BackupTables } from '../backup/format';
import { defaultFramework, type Framework } from '../model/framework';
import type { Report } from '../model/report';
import { dimensionSuggestions, generalAchievements, generalIssues, healthPlanAction, overduePlanAction, planActions, suggestionTexts } from './banks/report-copy';
import { accountLevels, stamp, type AccountInfo, type World } from './context';
import { addMonths, dayOf, dayOfYmd, isoDate, monthOf, quarterEnd, quarterOfDay, quarterStart, shiftQuarter, yearOf, zhMonthDay, type Day } from './days';
import type { Random } from './random';

type Period = { type: Report['periodType']; start: Day; end: Day; label: string };

function monthPeriod(year: number, month: number): Period {
  const start = dayOfYmd(year, month, 1);
  return { type: 'month', start, end: addMonths(start, 1) - 1, label: `${year}年${month}月` };
}

function quarterPeriod(day: Day): Period {
  const q = quarterOfDay(day);
  return { type: 'quarter', start: quarterStart(q), end: quarterEnd(q), label: `${q.year}年第${q.q}季度` };
}

function halfPeriod(year: number, second: boolean): Period {
  return { type: 'half', start: dayOfYmd(year, second ? 7 : 1, 1), end: second ? dayOfYmd(year, 12, 31) : dayOfYmd(year, 6, 30), label: `${year}年${second ? '下' : '上'}半年` };
}

function yearPeriod(year: number): Period {
  return { type: 'year', start: dayOfYmd(year, 1, 1), end: dayOfYmd(year, 12, 31), label: `${year}年度` };
}

const wan = (yuan: number) => Math.round(yuan / 10_000).toLocaleString('en-US');
const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

type Snapshot = ReturnType<typeof compileSnapshot>;

const quarterEnds = new Map<string, Day>();
function quarterEndOf(key: string): Day {
  let end = quarterEnds.get(key);
  if (end === undefined) {
    end = quarterEnd({ year: Number(key.slice(0, 4)), q: Number(key.slice(6)) as 1 | 2 | 3 | 4 });
    quarterEnds.set(key, end);
  }
  return end;
}

/** Evaluations share their framework object, so its weights are looked up once per framework, not once per score. */
const frameworkWeights = new WeakMap<object, Map<string, number>>();
function weightsOf(framework: Framework): Map<string, number> {
  let weights = frameworkWeights.get(framework);
  if (!weights) {
    weights = new Map(framework.dimensions.map((d) => [d.key, d.weight]));
    frameworkWeights.set(framework, weights);
  }
  return weights;
}

/** The few fields a snapshot reads, copied once into small flat rows: scanning 20,000 full briefs 200 times is slow. */
type SnapshotIndex = {
  invoices: { accountId: string; issuedOn: string; dueOn: string; amount: number; receipts: { on: string; amount: number }[] }[];
  pitches: { accountId: string; decidedOn: string; result: string; fee: number; reason: string }[];
  briefs: { accountId: string; briefDate: string; approved: boolean }[];
  evaluations: { quarterEnd: Day; memberId: string; scores: { key: string; score: number; weight: number }[] }[];
};

function indexTables(tables: BackupTables): SnapshotIndex {
  return {
    invoices: tables.invoices.map((i) => ({ accountId: i.accountId, issuedOn: i.issuedOn, dueOn: i.dueOn, amount: i.amount, receipts: i.receipts.map((r) => ({ on: r.receivedOn, amount: r.amount })) })),
    pitches: tables.pitches.flatMap((p) => (p.outcome?.decidedOn ? [{ accountId: p.accountId, decidedOn: p.outcome.decidedOn, result: p.outcome.result, fee: p.estimatedAnnualFee ?? 0, reason: p.outcome.lostReason }] : [])),
    briefs: tables.briefs.flatMap((b) => (b.briefDate ? [{ accountId: b.accountId, briefDate: b.briefDate, approved: b.approvedVersion !== null }] : [])),
    evaluations: tables.evaluations.flatMap((e) => {
      if (e.status === 'draft') return [];
      const weights = weightsOf(e.framework);
      return [{ quarterEnd: quarterEndOf(e.quarter), memberId: e.memberId, scores: e.scores.flatMap((s) => (s.score === null ? [] : [{ key: s.key, score: s.score, weight: weights.get(s.key) ?? 0 }])) }];
    }),
  };
}

/** Figures of one period, compiled the plain way from the records; frozen into a final report. */
function compileSnapshot(world: World, index: SnapshotIndex, period: Period, accounts: readonly AccountInfo[] | null, compiledAt: string) {
  const inScope = accounts ? new Set(accounts.map((a) => a.record.id)) : null;
  const has = (id: string) => inScope === null || inScope.has(id);
  const startIso = isoDate(period.start);
  const endIso = isoDate(period.end);
  // A period still running is judged as of yesterday: nothing is overdue in the future.
  const asOf = Math.min(period.end, world.today - 1);
  const asOfIso = isoDate(asOf);
  const within = (iso: string) => iso >= startIso && iso <= endIso;
  const scoped = (accounts ?? world.accounts);

  const activeAtEnd = scoped.filter((a) => a.wonOn !== null && a.wonOn <= period.end && (a.stoppedOn === null || a.stoppedOn > period.end));
  const newAccounts = scoped.filter((a) => a.wonOn !== null && a.wonOn >= period.start && a.wonOn <= period.end).length;
  const lostAccounts = scoped.filter((a) => a.record.status === 'lost' && a.stoppedOn !== null && a.stoppedOn >= period.start && a.stoppedOn <= period.end).length;

  let billed = 0;
  let collected = 0;
  let overdue = 0;
  const overdueDays = new Map<string, number>();
  for (const inv of index.invoices) {
    if (inv.issuedOn > endIso || !has(inv.accountId)) continue;
    if (within(inv.issuedOn)) billed += inv.amount;
    let paidByEnd = 0;
    for (const r of inv.receipts) {
      if (within(r.on)) collected += r.amount;
      if (r.on <= asOfIso) paidByEnd += r.amount;
    }
    if (inv.dueOn < asOfIso && paidByEnd < inv.amount) {
      overdue += inv.amount - paidByEnd;
      const days = asOf - dayOf(inv.dueOn);
      overdueDays.set(inv.accountId, Math.max(overdueDays.get(inv.accountId) ?? 0, days));
    }
  }
  const health = { green: 0, amber: 0, red: 0 };
  for (const a of activeAtEnd) {
    const days = overdueDays.get(a.record.id) ?? 0;
    const level = a.record.healthOverride && period.end >= world.today - 60 ? a.record.healthOverride.level : days > 120 ? 'red' : days > 60 ? 'amber' : 'green';
    health[level]++;
  }

  let pitchesTotal = 0;
  let won = 0;
  let lost = 0;
  let valueWon = 0;
  const lostReasons: Record<string, number> = {};
  for (const p of index.pitches) {
    if (!within(p.decidedOn) || !has(p.accountId)) continue;
    pitchesTotal++;
    if (p.result === 'won') {
      won++;
      valueWon += p.fee;
    } else if (p.result === 'lost') {
      lost++;
      const reason = p.reason || '其他';
      lostReasons[reason] = (lostReasons[reason] ?? 0) + 1;
    }
  }

  let issued = 0;
  let approved = 0;
  for (const b of index.briefs) {
    if (!within(b.briefDate) || !has(b.accountId)) continue;
    issued++;
    if (b.approved) approved++;
  }

  const headcount = world.members.filter((m) => accountLevels.includes(m.level) && m.start <= period.end && (m.end === null || m.end >= period.end)).length;
  const sums = new Map<string, { total: number; count: number }>();
  const perMember = new Map<string, { total: number; count: number }>();
  let evaluationsDone = 0;
  for (const e of index.evaluations) {
    if (e.quarterEnd < period.start || e.quarterEnd > period.end) continue;
    evaluationsDone++;
    let weighted = 0;
    for (const s of e.scores) {
      const entry = sums.get(s.key) ?? { total: 0, count: 0 };
      entry.total += s.score;
      entry.count++;
      sums.set(s.key, entry);
      weighted += s.score * s.weight;
    }
    const m = perMember.get(e.memberId) ?? { total: 0, count: 0 };
    m.total += weighted / 100;
    m.count++;
    perMember.set(e.memberId, m);
  }
  const averageScores: Record<string, number> = {};
  for (const [key, { total, count }] of sums) averageScores[key] = Math.round((total / count) * 100) / 100;
  const topPerformers = [...perMember]
    .map(([memberId, { total, count }]) => ({ memberId, name: world.membersById.get(memberId)?.record.name ?? '', score: Math.round((total / count) * 100) / 100 }))
    .sort((a, b) => b.score - a.score || (a.memberId < b.memberId ? -1 : 1))
    .slice(0, 3);
  const developmentNeeds = Object.entries(averageScores)
    .sort((a, b) => a[1] - b[1])
    .slice(0, 2)
    .map(([key, average]) => ({ key, nameZh: defaultFramework.dimensions.find((d) => d.key === key)?.nameZh ?? key, average }));

  return {
    compiledAt,
    period: { type: period.type, start: isoDate(period.start), end: endIso },
    accounts: { active: activeAtEnd.length, new: newAccounts, lost: lostAccounts, health },
    money: { currency: 'CNY', billed, collected, collectionRate: pct(collected, billed), overdue },
    pitches: { total: pitchesTotal, won, lost, winRate: pct(won, won + lost), valueWon, lostReasons },
    briefs: { issued, approved },
    team: { headcount, evaluationsDone, averageScores, topPerformers, developmentNeeds },
  };
}

function writeSections(world: World, rng: Random, period: Period, subject: string, s: Snapshot, wonBrands: string[]) {
  const inProgress = period.end >= world.today;
  const label = inProgress ? `${period.label}（截至${zhMonthDay(world.today - 1)}）` : period.label;
  const { health } = s.accounts;
  const summary = `${label}，${subject}共服务 ${s.accounts.active} 个品牌客户（新增 ${s.accounts.new} 个，流失 ${s.accounts.lost} 个），`
    + `健康度绿灯 ${health.green} 个、黄灯 ${health.amber} 个、红灯 ${health.red} 个。`
    + `开票 ${wan(s.money.billed)} 万元，回款 ${wan(s.money.collected)} 万元，回款率 ${s.money.collectionRate}%。`
    + `完成比稿与提案 ${s.pitches.total} 个，赢得 ${s.pitches.won} 个，胜率 ${s.pitches.winRate}%，赢得年度服务费约 ${wan(s.pitches.valueWon)} 万元。`
    + `发出创意简报 ${s.briefs.issued} 份，获批 ${s.briefs.approved} 份；完成季度考评 ${s.team.evaluationsDone} 份。`;

  const achievements: string[] = [];
  if (wonBrands.length > 0) achievements.push(`赢得${wonBrands.slice(0, 3).join('、')}${wonBrands.length > 3 ? '等' : ''}的比稿与提案，新增年度服务费约 ${wan(s.pitches.valueWon)} 万元。`);
  if (s.accounts.new > 0) achievements.push(`新增 ${s.accounts.new} 个品牌客户。`);
  if (s.money.billed > 0 && s.money.collectionRate >= 95) achievements.push(`回款率 ${s.money.collectionRate}%，回款情况良好。`);
  achievements.push(...rng.sample(generalAchievements, world.plan.richText ? 2 : 1));

  const issues: string[] = [];
  if (s.money.overdue > 0) issues.push(`截至期末逾期未回款 ${wan(s.money.overdue)} 万元，需要与客户财务和采购更早沟通。`);
  if (health.red + health.amber > 0) issues.push(`${health.red + health.amber} 个客户健康度为黄灯或红灯，主要原因是客户组织调整、预算收紧与回款延迟。`);
  if (s.accounts.lost > 0) issues.push(`流失 ${s.accounts.lost} 个客户，需复盘服务过程中的预警信号。`);
  issues.push(rng.pick(generalIssues));

  const weakest = s.team.developmentNeeds[0];
  const suggestions: Report['suggestions'] = [
    { id: world.ids.next(), rule: 'collection-rate', figure: `回款率 ${s.money.collectionRate}%`, text: rng.pick(suggestionTexts.collection), kept: s.money.collectionRate < 95 },
    { id: world.ids.next(), rule: 'win-rate', figure: `比稿胜率 ${s.pitches.winRate}%`, text: rng.pick(suggestionTexts.winRate), kept: s.pitches.winRate < 50 },
    { id: world.ids.next(), rule: 'account-health', figure: `红灯客户 ${health.red} 个，黄灯 ${health.amber} 个`, text: rng.pick(suggestionTexts.health), kept: health.red + health.amber > 0 },
  ];
  if (weakest) suggestions.push({ id: world.ids.next(), rule: 'weakest-dimension', figure: `${weakest.nameZh}平均 ${weakest.average} 分`, text: dimensionSuggestions[weakest.key] ?? rng.pick(suggestionTexts.briefs), kept: true });
  suggestions.push({ id: world.ids.next(), rule: '', figure: '', text: rng.pick(suggestionTexts.briefs), kept: true });

  const seniors = world.members.filter((m) => ['AD', 'SAD', 'GAD'].includes(m.level) && m.start <= period.end && (m.end === null || m.end >= period.end));
  const actions = [...(s.money.overdue > 0 ? [overduePlanAction] : []), ...(health.red + health.amber > 0 ? [healthPlanAction] : []), ...rng.sample(planActions, 2)];
  const plan: Report['plan'] = actions.map((action) => {
    const owner = seniors.length > 0 ? rng.pick(seniors) : undefined;
    return { id: world.ids.next(), action, ownerId: owner?.record.id ?? null, owner: owner?.record.name ?? '', dueOn: isoDate(Math.max(period.end, world.today) + rng.int(30, 90)) };
  });
  const bullet = (lines: string[]) => lines.map((line) => `· ${line}`).join('\n');
  return { summary, achievements: bullet(achievements), issues: bullet(issues), suggestions, plan };
}

type ReportSpec = { period: Period; accounts: AccountInfo[] | null; groupLabel: string };

function reportSpecs(world: World): ReportSpec[] {
  const today = world.today;
  const lastQuarter = quarterPeriod(quarterStart(shiftQuarter(quarterOfDay(today), -1)));
  if (world.scale === 'small') {
    const year = yearOf(today);
    const second = monthOf(today) > 6;
    const groupA = world.accounts.filter((a) => a.record.tier === 'A' && a.record.status === 'active');
    return [
      { period: lastQuarter, accounts: null, groupLabel: '' },
      { period: halfPeriod(year, second), accounts: groupA, groupLabel: 'A 级客户' },
    ];
  }
  const specs: ReportSpec[] = [];
  const historyStart = today - world.plan.historyDays;
  const groups: readonly (readonly [string, readonly string[]])[] = [['快消与餐饮客户群', ['fmcg', 'fnb']], ['汽车与科技客户群', ['auto', 'tech']], ['金融与奢侈品客户群', ['finance', 'luxury']]];
  for (let y = yearOf(today); y >= yearOf(historyStart); y--) {
    for (let m = 12; m >= 1; m--) {
      const p = monthPeriod(y, m);
      if (p.start <= today && p.end >= historyStart) specs.push({ period: p, accounts: null, groupLabel: '' });
      if ((m - 1) % 3 === 0 && p.start <= today && p.end >= historyStart) specs.push({ period: quarterPeriod(p.start), accounts: null, groupLabel: '' });
    }
    for (const second of [true, false]) {
      const p = halfPeriod(y, second);
      if (p.start > today || p.end < historyStart) continue;
      specs.push({ period: p, accounts: null, groupLabel: '' });
      for (const [label, categories] of groups) {
        const accounts = world.accounts.filter((a) => categories.includes(a.category) && a.wonOn !== null && a.wonOn <= p.end && (a.stoppedOn === null || a.stoppedOn >= p.start));
        if (accounts.length > 0) specs.push({ period: p, accounts, groupLabel: label });
      }
    }
    const yp = yearPeriod(y);
    if (yp.start <= today) specs.push({ period: yp, accounts: null, groupLabel: '' });
  }
  return specs;
}

export function buildReports(world: World, tables: BackupTables): Report[] {
  const rng = world.rng.fork('reports');
  const specs = reportSpecs(world);
  const revisions = world.scale === 'small' ? 0 : 6;
  const chosen = specs.slice(0, Math.max(0, world.plan.reports - revisions));
  const reports: Report[] = [];
  const brandOf = new Map(world.accounts.map((a) => [a.record.id, a.record.brand]));
  const index = indexTables(tables);
  for (const spec of chosen) {
    const { period } = spec;
    const final = period.end < world.today - 10;
    const finalDay = Math.min(world.today - 1, period.end + rng.int(8, 25));
    const compiledAt = stamp(world, final ? finalDay : world.today - 1, rng);
    const snapshot = compileSnapshot(world, index, period, spec.accounts, compiledAt);
    const startIso = isoDate(period.start);
    const endIso = isoDate(period.end);
    const scope = spec.accounts ? new Set(spec.accounts.map((a) => a.record.id)) : null;
    const wonBrands = [...new Set(index.pitches
      .filter((p) => p.result === 'won' && p.decidedOn >= startIso && p.decidedOn <= endIso && (scope === null || scope.has(p.accountId)))
      .map((p) => brandOf.get(p.accountId) ?? ''))].filter(Boolean);
    const sections = writeSections(world, rng, period, spec.groupLabel || '客户服务部', snapshot, wonBrands);
    const title = `${period.label}${spec.groupLabel ? ` ${spec.groupLabel}` : '客户服务部'}评估报告与发展建议`;
    reports.push({
      id: world.ids.next(),
      createdAt: stamp(world, Math.min(world.today - 1, final ? period.end + rng.int(1, 7) : world.today - rng.int(2, 8)), rng),
      updatedAt: final ? compiledAt : stamp(world, world.today - 1, rng),
      deletedAt: null,
      title,
      periodType: period.type,
      periodStart: isoDate(period.start),
      periodEnd: isoDate(period.end),
      scope: spec.accounts ? { type: 'accounts', accountIds: spec.accounts.slice(0, 1000).map((a) => a.record.id) } : { type: 'department' },
      status: final ? 'final' : 'draft',
      snapshot: final ? snapshot : null,
      ...sections,
      finalisedAt: final ? compiledAt : null,
      revisionOf: null,
    });
  }
  // A few final reports were reopened: the revision is a draft that points at the report it revises.
  const finals = reports.filter((r) => r.status === 'final' && r.periodType !== 'month');
  for (let i = 0; i < revisions && i < finals.length; i++) {
    const original = finals[i * 2] ?? finals[i];
    if (!original) break;
    reports.push({
      ...original,
      id: world.ids.next(),
      createdAt: stamp(world, world.today - rng.int(1, 20), rng),
      updatedAt: stamp(world, world.today - 1, rng),
      title: `${original.title}（修订）`,
      status: 'draft',
      snapshot: null,
      finalisedAt: null,
      suggestions: original.suggestions.map((s) => ({ ...s, id: world.ids.next() })),
      plan: original.plan.map((p) => ({ ...p, id: world.ids.next() })),
      revisionOf: original.id,
    });
  }
  return reports;
}
