// Development suggestions (发展建议) drafted from a report's figures by explicit rules, each carrying the figure behind it.
// The user keeps, edits or drops them; the rules only draft.
import type { Currency, Language } from '../model/common';
import { formatMoney, formatPercent } from '../i18n/format';
import { lostReasonLabel } from './pitch-figures';
import { dimensionChanges, type ReportFigures } from './report-figures';

/** Thresholds of the rules, named so a director can read why a suggestion appeared. */
export const suggestionRules = {
  /** An account's 回款率 for the period below this, with an invoice overdue, is drafted. */
  collectionRateBelow: 0.8,
  /** A lost reason given this many times in the period is recurring. */
  recurringLostReason: 2,
  /** A team dimension average this much lower than last period has dropped. */
  dimensionDrop: 0.3,
  /** At most this many dimension drops are drafted, the largest first. */
  dimensionDropsShown: 2,
  /** A win rate this many points (as a ratio) lower than last period has dropped. */
  winRateDrop: 0.1,
  /** Members without goals named in the figure; the rest are counted. */
  namesShown: 8,
} as const;

/** The longest figure a suggestion may hold (the report schema's short text). */
const FIGURE_MAX = 500;

export const suggestionRuleKeys = ['collection-rate', 'lost-reason', 'dimension-drop', 'members-without-goals', 'win-rate', 'red-accounts', 'overdue'] as const;
export type SuggestionRule = (typeof suggestionRuleKeys)[number];

export type DraftSuggestion = { rule: SuggestionRule; figure: string; text: string };

const copy = {
  'zh-CN': {
    collectionFigure: (brand: string, rate: string, previous: string) => `${brand} 本期回款率 ${rate}（上期 ${previous}）`,
    collectionText: (brand: string) => `与${brand}的财务和采购对齐开票与付款节点，逾期款项每周跟进，必要时由客户总监出面沟通。`,
    lostReasonFigure: (reason: string, count: number) => `因“${reason}”失利 ${count} 次`,
    lostReasonText: (reason: string) => `针对“${reason}”复盘本期失利的比稿，在下次比稿前准备应对方案并在内部评审时专项检查。`,
    dimensionFigure: (name: string, now: string, before: string) => `团队“${name}”平均分 ${now}（上期 ${before}）`,
    dimensionText: (name: string) => `围绕“${name}”安排专项培训与带教，并在下季度考评中设定可衡量的目标。`,
    goalsFigure: (count: number, names: string, others: number) => `${count} 名成员没有设定目标：${names}${others > 0 ? '等' : ''}`,
    goalsText: () => '在下次一对一沟通中与这些成员共同设定本季度目标，并记录在考评中。',
    winRateFigure: (now: string, before: string) => `比稿胜率 ${now}（上期 ${before}）`,
    winRateText: () => '提高比稿筛选标准，集中资源投入胜算更高的机会，并在提案前安排红队评审。',
    redFigure: (now: number, before: number) => `红灯客户 ${now} 个（上期 ${before} 个）`,
    redText: () => '为每个红灯客户制定挽回计划，明确负责人与时间点，每两周在部门例会上跟进。',
    overdueFigure: (now: string, before: string) => `逾期未回款 ${now}（上期 ${before}）`,
    overdueText: () => '建立逾期款项清单，按账龄分级跟进，超过 60 天的由客户总监与客户高层沟通。',
    separator: '、',
  },
  en: {
    collectionFigure: (brand: string, rate: string, previous: string) => `${brand}: collection rate ${rate} this period (previous ${previous})`,
    collectionText: (brand: string) => `Agree invoicing and payment milestones with ${brand}'s finance and procurement, chase overdue amounts weekly and escalate through the account director when needed.`,
    lostReasonFigure: (reason: string, count: number) => `Lost ${count} times for "${reason}"`,
    lostReasonText: (reason: string) => `Review this period's losses for "${reason}", prepare an answer to it before the next pitch and check it at the internal review.`,
    dimensionFigure: (name: string, now: string, before: string) => `Team average for "${name}": ${now} (previous ${before})`,
    dimensionText: (name: string) => `Plan training and coaching on "${name}" and set measurable goals for it in next quarter's evaluations.`,
    goalsFigure: (count: number, names: string, others: number) => `${count} members have no goals: ${names}${others > 0 ? ` and ${others} more` : ''}`,
    goalsText: () => 'Set this quarter’s goals with these members at the next one-to-one and record them in their evaluations.',
    winRateFigure: (now: string, before: string) => `Pitch win rate ${now} (previous ${before})`,
    winRateText: () => 'Be stricter about which pitches to enter, put the team behind the likeliest wins and hold a red-team review before presenting.',
    redFigure: (now: number, before: number) => `${now} red accounts (previous ${before})`,
    redText: () => 'Give every red account a recovery plan with an owner and dates, reviewed every two weeks at the department meeting.',
    overdueFigure: (now: string, before: string) => `Overdue ${now} (previous ${before})`,
    overdueText: () => 'Keep a list of overdue invoices by age; anything over 60 days is raised by the account director with the client’s senior team.',
    separator: ', ',
  },
} as const;

/** The suggestions the rules draft from the figures, in the order of `suggestionRuleKeys`. */
export function draftSuggestions(figures: ReportFigures, lang: Language): DraftSuggestion[] {
  const c = copy[lang];
  const { current, previous } = figures;
  const out: DraftSuggestion[] = [];
  const pct = (v: number | null) => formatPercent(v, lang);
  const money = (v: number) => formatMoney(v, current.money.currency as Currency, lang);

  const before = new Map(previous.accountRows.map((r) => [r.accountId, r.collectionRate]));
  for (const row of current.accountRows) {
    // Like the health rule, a low rate only matters when something is actually late, not when invoices are not yet due.
    if (row.billed > 0 && row.overdue > 0 && row.collectionRate !== null && row.collectionRate < suggestionRules.collectionRateBelow) {
      out.push({ rule: 'collection-rate', figure: c.collectionFigure(row.brand, pct(row.collectionRate), pct(before.get(row.accountId) ?? null)), text: c.collectionText(row.brand) });
    }
  }
  for (const reason of current.pitches.lostReasons) {
    if (reason.reason === '' || reason.count < suggestionRules.recurringLostReason) continue;
    const label = lostReasonLabel(reason.reason, lang);
    out.push({ rule: 'lost-reason', figure: c.lostReasonFigure(label, reason.count), text: c.lostReasonText(label) });
  }
  // The largest drops only: a team that slipped everywhere needs two priorities, not seven.
  const drops = dimensionChanges(figures).filter((d) => d.delta !== null && d.delta <= -suggestionRules.dimensionDrop);
  for (const d of drops.sort((x, y) => (x.delta ?? 0) - (y.delta ?? 0)).slice(0, suggestionRules.dimensionDropsShown)) {
    const name = lang === 'zh-CN' ? d.nameZh : d.nameEn;
    out.push({ rule: 'dimension-drop', figure: c.dimensionFigure(name, (d.current ?? 0).toFixed(2), (d.previous ?? 0).toFixed(2)), text: c.dimensionText(name) });
  }
  const missing = current.team.withoutGoals;
  if (missing.length > 0) {
    // A figure is one line a reader takes in at a glance: a department of hundreds is named by its first few.
    const shown = missing.slice(0, suggestionRules.namesShown);
    const names = shown.map((m) => (lang === 'en' && m.nameEn ? m.nameEn : m.name)).join(c.separator);
    out.push({ rule: 'members-without-goals', figure: c.goalsFigure(missing.length, names, missing.length - shown.length), text: c.goalsText() });
  }
  const { winRate } = current.pitches;
  const winBefore = previous.pitches.winRate;
  if (winRate !== null && winBefore !== null && winBefore - winRate >= suggestionRules.winRateDrop) {
    out.push({ rule: 'win-rate', figure: c.winRateFigure(pct(winRate), pct(winBefore)), text: c.winRateText() });
  }
  if (current.accounts.health.red > previous.accounts.health.red) {
    out.push({ rule: 'red-accounts', figure: c.redFigure(current.accounts.health.red, previous.accounts.health.red), text: c.redText() });
  }
  if (current.money.overdue > previous.money.overdue) {
    out.push({ rule: 'overdue', figure: c.overdueFigure(money(current.money.overdue), money(previous.money.overdue)), text: c.overdueText() });
  }
  // Names and reasons are the user's text: keep every figure within what a suggestion may hold.
  return out.map((s) => (s.figure.length > FIGURE_MAX ? { ...s, figure: `${s.figure.slice(0, FIGURE_MAX - 1)}…` } : s));
}
