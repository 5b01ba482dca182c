// Words of the development report shared by the page, the charts and the Word document, in zh-CN and en.
import type { Language } from '../model/common';
import type { HeadlineKey } from './report-figures';

const zhCN = {
  figure: {
    'accounts.active': '服务中客户', 'accounts.new': '新增客户', 'accounts.lost': '流失客户', 'accounts.red': '红灯客户', 'accounts.amber': '黄灯客户',
    'money.billed': '开票金额', 'money.collected': '已回款', 'money.overdue': '逾期未回款', 'money.collectionRate': '回款率',
    'pitches.decided': '已定比稿', 'pitches.won': '赢得', 'pitches.lost': '失利', 'pitches.winRate': '胜率', 'pitches.valueWon': '赢得年度服务费',
    'briefs.issued': '发出简报', 'briefs.approved': '获批简报', 'briefs.averageVersionsToApproval': '平均获批版本数',
    'team.headcount': '团队人数', 'team.evaluationsDone': '完成考评',
  } satisfies Record<HeadlineKey, string>,
  group: { accounts: '客户', money: '开票与回款', pitches: '比稿与提案', briefs: '创意简报', team: '团队' },
  columns: { figure: '指标', current: '本期', previous: '上期', change: '变化' },
  health: { green: '绿灯', amber: '黄灯', red: '红灯' },
  chart: {
    money: '开票、回款与逾期（本期与上期）', moneyAlt: '柱状图：本期与上期的开票金额、已回款和逾期未回款',
    pitches: '比稿结果（本期与上期）', pitchesAlt: '柱状图：本期与上期赢得与失利的比稿数',
    health: '客户健康度（本期与上期）', healthAlt: '柱状图：本期与上期绿灯、黄灯、红灯客户数',
    dimensions: '团队各维度平均分（本期与上期）', dimensionsAlt: '条形图：团队各考评维度本期与上期的平均分',
    current: '本期', previous: '上期', won: '赢得', lost: '失利',
  },
  sections: { summary: '总结', achievements: '主要成绩', issues: '问题与风险', suggestions: '发展建议', plan: '下期计划', figures: '关键指标', charts: '图表', appendix: '附录：明细表' },
  plan: { action: '行动', owner: '负责人', dueOn: '完成日期' },
  detail: { accounts: '客户回款明细', brand: '客户', health: '健康度', billed: '开票', collected: '回款', rate: '回款率', lostReasons: '比稿失利原因', reason: '原因', count: '次数', top: '优秀成员', member: '成员', score: '加权得分', dimensions: '团队维度平均分', dimension: '维度', noGoals: '未设定目标的成员', none: '无' },
  scope: { department: '全部门', accounts: '所选客户（{{count}} 个）' },
  noReason: '未注明',
  doc: {
    kind: '评估报告与发展建议', fileLabel: '评估报告', contents: '目录', period: '报告周期', scope: '范围', status: '状态', finalisedAt: '定稿时间',
    compiledAt: '数据编制时间', basedOn: '依据：', draftNote: '本报告为草稿，数据随记录更新；定稿后数据将冻结。', emptySection: '（未填写）', noSuggestions: '没有保留的发展建议。', noPlan: '尚未制定下期计划。',
    status_draft: '草稿', status_final: '已定稿', compared: '本期（{{current}}）与上期（{{previous}}）对比。',
  },
};

export type ReportStrings = typeof zhCN;

const en: ReportStrings = {
  figure: {
    'accounts.active': 'Accounts served', 'accounts.new': 'New accounts', 'accounts.lost': 'Accounts lost', 'accounts.red': 'Red accounts', 'accounts.amber': 'Amber accounts',
    'money.billed': 'Billed', 'money.collected': 'Collected', 'money.overdue': 'Overdue', 'money.collectionRate': 'Collection rate',
    'pitches.decided': 'Pitches decided', 'pitches.won': 'Won', 'pitches.lost': 'Lost', 'pitches.winRate': 'Win rate', 'pitches.valueWon': 'Annual fees won',
    'briefs.issued': 'Briefs issued', 'briefs.approved': 'Briefs approved', 'briefs.averageVersionsToApproval': 'Average versions to approval',
    'team.headcount': 'Headcount', 'team.evaluationsDone': 'Evaluations done',
  },
  group: { accounts: 'Accounts', money: 'Billing and collection', pitches: 'Pitches', briefs: 'Creative briefs', team: 'Team' },
  columns: { figure: 'Figure', current: 'This period', previous: 'Previous', change: 'Change' },
  health: { green: 'Green', amber: 'Amber', red: 'Red' },
  chart: {
    money: 'Billed, collected and overdue (this period and previous)', moneyAlt: 'Bar chart: billed, collected and overdue, this period against the previous one',
    pitches: 'Pitch results (this period and previous)', pitchesAlt: 'Bar chart: pitches won and lost, this period against the previous one',
    health: 'Account health (this period and previous)', healthAlt: 'Bar chart: green, amber and red accounts, this period against the previous one',
    dimensions: 'Team average per dimension (this period and previous)', dimensionsAlt: 'Bar chart: the team’s average score per evaluation dimension, this period against the previous one',
    current: 'This period', previous: 'Previous', won: 'Won', lost: 'Lost',
  },
  sections: { summary: 'Summary', achievements: 'Achievements', issues: 'Issues and risks', suggestions: 'Development suggestions', plan: 'Plan for the next period', figures: 'Key figures', charts: 'Charts', appendix: 'Appendix: detail tables' },
  plan: { action: 'Action', owner: 'Owner', dueOn: 'Due' },
  detail: { accounts: 'Billing and collection by account', brand: 'Account', health: 'Health', billed: 'Billed', collected: 'Collected', rate: 'Rate', lostReasons: 'Why pitches were lost', reason: 'Reason', count: 'Count', top: 'Top performers', member: 'Member', score: 'Weighted score', dimensions: 'Team average per dimension', dimension: 'Dimension', noGoals: 'Members without goals', none: 'None' },
  scope: { department: 'Whole department', accounts: 'Chosen accounts ({{count}})' },
  noReason: 'Not given',
  doc: {
    kind: 'Development report', fileLabel: 'Development report', contents: 'Contents', period: 'Period', scope: 'Scope', status: 'Status', finalisedAt: 'Finalised',
    compiledAt: 'Figures compiled', basedOn: 'Based on: ', draftNote: 'This report is a draft: its figures follow the records until it is finalised.', emptySection: '(not written)', noSuggestions: 'No development suggestions kept.', noPlan: 'No plan for the next period yet.',
    status_draft: 'Draft', status_final: 'Final', compared: 'This period ({{current}}) against the previous one ({{previous}}).',
  },
};

export function reportStrings(lang: Language): ReportStrings {
  return lang === 'zh-CN' ? zhCN : en;
}

/** Headline keys grouped as the report presents them. */
export const headlineGroups = {
  accounts: ['accounts.active', 'accounts.new', 'accounts.lost', 'accounts.red', 'accounts.amber'],
  money: ['money.billed', 'money.collected', 'money.overdue', 'money.collectionRate'],
  pitches: ['pitches.decided', 'pitches.won', 'pitches.lost', 'pitches.winRate', 'pitches.valueWon'],
  briefs: ['briefs.issued', 'briefs.approved', 'briefs.averageVersionsToApproval'],
  team: ['team.headcount', 'team.evaluationsDone'],
} as const satisfies Record<string, readonly HeadlineKey[]>;

/** Which headlines are money, which ratios; the rest are counts. */
export const moneyKeys: ReadonlySet<HeadlineKey> = new Set(['money.billed', 'money.collected', 'money.overdue', 'pitches.valueWon']);
export const ratioKeys: ReadonlySet<HeadlineKey> = new Set(['money.collectionRate', 'pitches.winRate']);

/** Figures where a rise is bad news: the page colours their change the other way round. */
export const lowerIsBetter: ReadonlySet<HeadlineKey> = new Set(['accounts.lost', 'accounts.red', 'accounts.amber', 'money.overdue', 'briefs.averageVersionsToApproval']);
