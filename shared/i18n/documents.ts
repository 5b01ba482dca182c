// Text of the Word documents in zh-CN and en: headings, labels, enum values and the lines shown for empty sections.
import type { AccountStatus, HealthLevel } from '../model/account';
import type { BriefStatus } from '../model/brief';
import type { Language } from '../model/common';
import type { DecisionRole } from '../model/contact';
import type { InteractionType } from '../model/interaction';
import type { AssignmentRole, MemberLevel } from '../model/member';
import type { PitchStage, PitchType } from '../model/pitch';

const zhCN = {
  common: {
    /** Footer page numbers; `{page}` and `{pages}` become Word's PAGE and NUMPAGES fields. */
    pageTemplate: '第 {page} 页 / 共 {pages} 页',
    confidentialDefault: '机密 · 仅供内部使用',
    preparedOn: '编制日期',
    none: '暂无',
    done: '已完成',
    listSeparator: '、',
    titleSeparator: ' · ',
  },
  accountStatus: { prospect: '潜在客户', active: '服务中', paused: '暂停合作', lost: '已流失' } satisfies Record<AccountStatus, string>,
  tier: { A: 'A 级', B: 'B 级', C: 'C 级' },
  health: { green: '健康', amber: '需关注', red: '有风险' } satisfies Record<HealthLevel, string>,
  decisionRole: { 'decision-maker': '决策者', influencer: '影响者', 'day-to-day': '日常对接', procurement: '采购' } satisfies Record<DecisionRole, string>,
  interactionType: { meeting: '会议', call: '电话', dinner: '餐叙', email: '邮件', event: '活动' } satisfies Record<InteractionType, string>,
  memberLevel: {
    AE: '客户主任', SAE: '高级客户主任', AM: '客户经理', SAM: '高级客户经理', AD: '客户总监', SAD: '高级客户总监',
    GAD: '客户群总监', BD: '业务总监', SD: '策略总监', CD: '创意总监', ECD: '执行创意总监', Other: '其他',
  } satisfies Record<MemberLevel, string>,
  assignmentRole: {
    lead: '客户负责人', 'account-director': '客户总监', 'account-manager': '客户经理', 'account-executive': '客户主任',
    strategy: '策略', creative: '创意', other: '其他',
  } satisfies Record<AssignmentRole, string>,
  briefStatus: {
    draft: '草稿', 'internal-review': '内部审核中', approved: '内部已批准', 'client-approved': '客户已确认',
    superseded: '已被取代', archived: '已归档',
  } satisfies Record<BriefStatus, string>,
  pitchStage: {
    lead: '线索', rfi: '资质征询', chemistry: '化学反应会', briefing: '简报会', tissue: '初步方案沟通', final: '终提',
    decision: '等待决定', won: '赢得', lost: '失利', withdrawn: '已退出', declined: '已婉拒',
  } satisfies Record<PitchStage, string>,
  pitchType: { 'new-business': '比稿', 'single-agency': '提案', 'organic-growth': '存量增长', 're-pitch': '守标比稿' } satisfies Record<PitchType, string>,
  accountProfile: {
    kind: '客户档案',
    fields: {
      company: '客户公司', industry: '行业', status: '客户状态', tier: '客户级别', clientSince: '合作起始',
      annualFee: '年度服务费', scope: '服务范围', health: '客户健康度',
    },
    sections: {
      overview: '客户概况', contacts: '客户联系人', team: '我方团队', log: '沟通记录', work: '进行中的简报与比稿',
      briefs: '创意简报', pitches: '比稿与提案', money: '账款与回款',
    },
    contactColumns: { name: '姓名', title: '职务', warmth: '关系温度', reach: '电话 / 邮箱', lastContact: '最近联系' },
    teamColumns: { member: '成员', level: '职级', role: '项目角色', since: '加入日期' },
    logColumns: { date: '日期', type: '类型', summary: '纪要', nextStep: '下一步', followUp: '跟进' },
    briefColumns: { title: '简报', status: '状态', briefDate: '简报日期', presentationDate: '提案日期' },
    pitchColumns: { title: '项目', type: '类型', stage: '阶段', pitchDate: '提案日期', fee: '预估年费' },
    moneyColumns: { billed: '已开票', collected: '已回款', outstanding: '未回款', overdue: '其中逾期', rate: '回款率' },
    logNote: '最近 {shown} 条，共 {total} 条',
    moneyNote: '截至 {date}，按开票与实际到账统计。',
    empty: {
      overview: '暂无概况备注。', contacts: '暂无联系人。', team: '尚未指派团队成员。', log: '暂无沟通记录。',
      work: '目前没有进行中的简报或比稿。', money: '暂无账单。',
    },
  },
  exportFile: { accountProfile: '客户档案' },
};

/** Every document string; English must have exactly the same keys as Chinese. */
export type DocumentStrings = typeof zhCN;

const en: DocumentStrings = {
  common: {
    pageTemplate: 'Page {page} of {pages}',
    confidentialDefault: 'Confidential · Internal use only',
    preparedOn: 'Prepared',
    none: 'None',
    done: 'Done',
    listSeparator: ', ',
    titleSeparator: ' · ',
  },
  accountStatus: { prospect: 'Prospect', active: 'Active', paused: 'Paused', lost: 'Lost' },
  tier: { A: 'Tier A', B: 'Tier B', C: 'Tier C' },
  health: { green: 'Healthy', amber: 'Needs attention', red: 'At risk' },
  decisionRole: { 'decision-maker': 'Decision-makers', influencer: 'Influencers', 'day-to-day': 'Day-to-day', procurement: 'Procurement' },
  interactionType: { meeting: 'Meeting', call: 'Call', dinner: 'Dinner', email: 'Email', event: 'Event' },
  memberLevel: {
    AE: 'Account Executive', SAE: 'Senior Account Executive', AM: 'Account Manager', SAM: 'Senior Account Manager',
    AD: 'Account Director', SAD: 'Senior Account Director', GAD: 'Group Account Director', BD: 'Business Director',
    SD: 'Strategy Director', CD: 'Creative Director', ECD: 'Executive Creative Director', Other: 'Other',
  },
  assignmentRole: {
    lead: 'Account lead', 'account-director': 'Account director', 'account-manager': 'Account manager',
    'account-executive': 'Account executive', strategy: 'Strategy', creative: 'Creative', other: 'Other',
  },
  briefStatus: {
    draft: 'Draft', 'internal-review': 'Internal review', approved: 'Approved', 'client-approved': 'Client approved',
    superseded: 'Superseded', archived: 'Archived',
  },
  pitchStage: {
    lead: 'Lead', rfi: 'RFI / credentials', chemistry: 'Chemistry meeting', briefing: 'Briefing', tissue: 'Tissue session',
    final: 'Final pitch', decision: 'Awaiting decision', won: 'Won', lost: 'Lost', withdrawn: 'Withdrawn', declined: 'Declined',
  },
  pitchType: { 'new-business': 'New-business pitch', 'single-agency': 'Single-agency proposal', 'organic-growth': 'Organic growth', 're-pitch': 'Re-pitch' },
  accountProfile: {
    kind: 'Account Profile',
    fields: {
      company: 'Company', industry: 'Industry', status: 'Status', tier: 'Tier', clientSince: 'Client since',
      annualFee: 'Annual fee', scope: 'Scope of services', health: 'Health',
    },
    sections: {
      overview: 'Overview', contacts: 'Client contacts', team: 'Our team', log: 'Relationship log',
      work: 'Briefs and pitches in progress', briefs: 'Creative briefs', pitches: 'Pitches and proposals', money: 'Billing and collections',
    },
    contactColumns: { name: 'Name', title: 'Title', warmth: 'Warmth', reach: 'Phone / email', lastContact: 'Last contact' },
    teamColumns: { member: 'Member', level: 'Level', role: 'Role on account', since: 'Since' },
    logColumns: { date: 'Date', type: 'Type', summary: 'Summary', nextStep: 'Next step', followUp: 'Follow-up' },
    briefColumns: { title: 'Brief', status: 'Status', briefDate: 'Brief date', presentationDate: 'Presentation' },
    pitchColumns: { title: 'Pitch', type: 'Type', stage: 'Stage', pitchDate: 'Pitch date', fee: 'Est. annual fee' },
    moneyColumns: { billed: 'Billed', collected: 'Collected', outstanding: 'Outstanding', overdue: 'Overdue', rate: 'Collection rate' },
    logNote: 'Latest {shown} of {total}',
    moneyNote: 'As of {date}, from invoices issued and payments received.',
    empty: {
      overview: 'No notes yet.', contacts: 'No contacts yet.', team: 'No team members assigned yet.', log: 'No meetings or calls logged yet.',
      work: 'No briefs or pitches in progress.', money: 'No invoices yet.',
    },
  },
  exportFile: { accountProfile: 'Account profile' },
};

const strings: Record<Language, DocumentStrings> = { 'zh-CN': zhCN, en };

/** The document strings of a language. */
export function documentStrings(lang: Language): DocumentStrings {
  return strings[lang];
}

/** Fills `{name}` placeholders; unknown placeholders stay as written so a missing value is visible, not silent. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
