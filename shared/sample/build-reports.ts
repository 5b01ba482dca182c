// Development reports (评估报告与发展建议): periods and scopes, a metrics snapshot compiled from the sample's own records, and the written sections.
import type { BackupTables } from '../backup/format';
import { compileReport, type PeriodFigures, type ReportFigures, type ReportTables } from '../metrics/report-figures';
import { draftSuggestions } from '../metrics/report-suggestions';
import type { Report } from '../model/report';
import { dimensionSuggestions, generalAchievements, generalIssues, healthPlanAction, overduePlanAction, planActions, suggestionTexts } from './banks/report-copy';
import { stamp, type AccountInfo, type World } from './context';
import { addMonths, dayOfYmd, isoDate, monthOf, quarterEnd, quarterOfDay, quarterStart, shiftQuarter, yearOf, zhMonthDay, type Day } from './days';
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
const pct = (ratio: number | null) => (ratio === null ? 0 : Math.round(ratio * 1000) / 10);

function writeSections(world: World, rng: Random, period: Period, subject: string, figures: ReportFigures, wonBrands: string[], final: boolean) {
  const f = figures.current;
  const s = {
    accounts: f.accounts,
    money: { billed: f.money.billed, collected: f.money.collected, overdue: f.money.overdue, collectionRate: pct(f.money.collectionRate) },
    pitches: { total: f.pitches.decided, won: f.pitches.won, winRate: pct(f.pitches.winRate), valueWon: f.pitches.valueWon },
    briefs: f.briefs,
    team: f.team,
  };
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

  // The same rules as the app draft the suggestions; a director kept most, reworded a few and wrote one of their own.
  const weakestKey = s.team.developmentNeeds[0];
  const weakest = weakestKey ? s.team.dimensions.find((d) => d.key === weakestKey) : undefined;
  const drafted: Report['suggestions'] = draftSuggestions(figures, 'zh-CN').slice(0, 6).map((d) => ({
    id: world.ids.next(),
    rule: d.rule,
    figure: d.figure,
    text: d.rule === 'collection-rate' && rng.chance(0.5) ? rng.pick(suggestionTexts.collection) : d.rule === 'win-rate' ? rng.pick(suggestionTexts.winRate) : d.rule === 'red-accounts' ? rng.pick(suggestionTexts.health) : d.text,
    kept: final || rng.chance(0.6),
  }));
  const suggestions: Report['suggestions'] = [...drafted];
  if (weakest) suggestions.push({ id: world.ids.next(), rule: '', figure: `${weakest.nameZh}平均 ${weakest.average.toFixed(2)} 分`, text: dimensionSuggestions[weakest.key] ?? rng.pick(suggestionTexts.briefs), kept: true });
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
  const reportTables: ReportTables = tables;
  const todayIso = isoDate(world.today);
  const cache = new Map<string, PeriodFigures>();
  const pitchIndex = tables.pitches.flatMap((p) => (p.outcome?.decidedOn ? [{ accountId: p.accountId, decidedOn: p.outcome.decidedOn, result: p.outcome.result }] : []));
  for (const spec of chosen) {
    const { period } = spec;
    const final = period.end < world.today - 10;
    const finalDay = Math.min(world.today - 1, period.end + rng.int(8, 25));
    const compiledAt = stamp(world, final ? finalDay : world.today - 1, rng);
    const scope: Report['scope'] = spec.accounts ? { type: 'accounts', accountIds: spec.accounts.slice(0, 1000).map((a) => a.record.id) } : { type: 'department' };
    const figures = compileReport(reportTables, { type: period.type, start: isoDate(period.start), end: isoDate(period.end) }, scope, todayIso, compiledAt, cache);
    const startIso = isoDate(period.start);
    const endIso = isoDate(period.end);
    const inScope = spec.accounts ? new Set(spec.accounts.map((a) => a.record.id)) : null;
    const wonBrands = [...new Set(pitchIndex
      .filter((p) => p.result === 'won' && p.decidedOn >= startIso && p.decidedOn <= endIso && (inScope === null || inScope.has(p.accountId)))
      .map((p) => brandOf.get(p.accountId) ?? ''))].filter(Boolean);
    const sections = writeSections(world, rng, period, spec.groupLabel || '客户服务部', figures, wonBrands, final);
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
      scope,
      status: final ? 'final' : 'draft',
      snapshot: final ? { ...figures } : null,
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
