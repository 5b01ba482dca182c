// Pitch document test data: a realistic new-business pitch (兰亭香氛) mid-preparation and a lost one with a full
// post-mortem, and hostile pitches whose every text field comes from the shared hostile corpus.
import { accountSchema, memberSchema, pitchSchema, settingsSchema, type Account, type Member, type Pitch, type Settings } from '@shared/model';
import type { PitchDocumentData } from '@shared/documents/pitch-pack';
import { hostileList, hostileStrings } from '../fixtures/hostile';
import { logoDataUrl } from './account-bundle';

const at = '2026-11-02T08:30:00.000Z';
const base = (id: string) => ({ id, createdAt: at, updatedAt: at, deletedAt: null });

export type PitchBundle = { settings: Settings; account: Account; members: Member[]; open: Pitch; lost: Pitch; today: string };

export const PITCH_ID = '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

export function realisticPitchBundle(): PitchBundle {
  const settings = settingsSchema.parse({
    id: 'app',
    updatedAt: at,
    agency: { name: '远景广告（上海）有限公司', logo: logoDataUrl(), address: '上海市静安区南京西路 1266 号', confidentiality: '' },
  });
  const account = accountSchema.parse({ ...base('acc-lt'), brand: '兰亭香氛', company: '兰亭香氛（上海）化妆品有限公司', industry: '香氛个护', status: 'prospect', tier: 'A' });
  const members = [
    memberSchema.parse({ ...base('m1'), name: '张蕾', nameEn: 'Lei Zhang', level: 'GAD' }),
    memberSchema.parse({ ...base('m2'), name: '何静', nameEn: 'Jing He', level: 'SD' }),
    memberSchema.parse({ ...base('m3'), name: '吴凡', nameEn: 'Fan Wu', level: 'ECD' }),
    memberSchema.parse({ ...base('m4'), name: '赵婷', nameEn: 'Tina Zhao', level: 'AM' }),
  ];
  const item = (id: string, task: string, ownerId: string | null, dueOn: string, done: boolean) => ({ id, task, ownerId, dueOn, done });
  const open = pitchSchema.parse({
    ...base(PITCH_ID),
    accountId: account.id,
    title: '兰亭香氛 2027 年度整合传播代理比稿',
    type: 'new-business',
    source: 'search-consultant',
    stage: 'briefing',
    ownerId: 'm1',
    pitchDate: '2026-12-15',
    rounds: [
      { id: 'r1', stage: 'lead', date: '2026-10-12', note: '比稿顾问来电介绍机会' },
      { id: 'r2', stage: 'rfi', date: '2026-10-22', note: '提交资质问卷与 3 个香氛案例' },
      { id: 'r3', stage: 'chemistry', date: '2026-11-03', note: '化学反应会 90 分钟，CMO 出席' },
      { id: 'r4', stage: 'briefing', date: '2026-11-12', note: '客户简报会，获得完整 brief' },
      { id: 'r5', stage: 'final', date: '2026-12-15', note: '' },
    ],
    estimatedAnnualFee: 3_600_000,
    probability: 35,
    pitchFee: 80_000,
    costHours: 420,
    costExpenses: 38_500,
    competitors: [
      { id: 'c1', agency: '逗号广告', incumbent: true, strengths: '服务三年，熟悉品牌与渠道；与市场部关系稳固', weaknesses: '创意疲态明显，客户希望换新思路' },
      { id: 'c2', agency: '长桥整合营销', incumbent: false, strengths: '社交与电商内容能力强', weaknesses: '报价偏高，香氛品类经验少' },
    ],
    panel: [
      { id: 'p1', name: '林晓岚', title: '首席营销官 CMO', role: 'decision-maker', coveredByMemberId: 'm1', notes: '看重品牌调性与长期资产' },
      { id: 'p2', name: '陈思远', title: '品牌总监', role: 'influencer', coveredByMemberId: 'm2', notes: '关注消费者洞察' },
      { id: 'p3', name: 'Grace Liu', title: 'Procurement Manager', role: 'procurement', coveredByMemberId: null, notes: '流程把关人，重视报价透明' },
    ],
    team: [{ memberId: 'm1', role: '比稿负责人' }, { memberId: 'm2', role: '策略负责人' }, { memberId: 'm3', role: '创意负责人' }, { memberId: 'm4', role: '客户经理' }],
    clientBrief: '兰亭香氛计划在 2027 年把“东方香”系列做成年轻人的日常香氛。\n预算约 1,800 万元（含制作与媒介）；KPI：品牌搜索量 +40%，天猫旗舰店新客 +25%。',
    strategy: '不讲“香”，讲“时刻”：把东方香调放进年轻人一天里的五个小时刻。',
    bigIdea: '「闻见此刻」：每一支香，都是一个值得停下来的时刻。',
    prepItems: [
      item('i1', '确认客户简报，整理疑问清单', 'm1', '2026-11-10', true),
      item('i2', '竞品传播审计', 'm2', '2026-11-20', true),
      item('i3', '消费者洞察与社交聆听', 'm2', '2026-11-24', false),
      item('i4', '策略方向内部评审', 'm2', '2026-12-01', false),
      item('i5', '红队评审', 'm1', '2026-12-08', false),
      item('i6', '全员彩排', null, '2026-12-11', false),
    ],
    reviewOn: '2026-12-01',
    redTeamOn: '2026-12-08',
    rehearsalOn: '2026-12-11',
    printPackOn: '2026-12-14',
    assessment: [
      { criterion: 'fit', score: 4 }, { criterion: 'winnability', score: 3 }, { criterion: 'budget', score: 5 },
      { criterion: 'relationship', score: 3 }, { criterion: 'strategic-value', score: 5 }, { criterion: 'cost', score: 3 },
    ],
    assessmentDecision: 'pitch',
    lastActivityAt: at,
  });
  const lost = pitchSchema.parse({
    ...open,
    id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
    title: '兰亭香氛 2026 春节礼盒传播比稿',
    stage: 'lost',
    pitchDate: '2026-02-06',
    rounds: [
      { id: 'lr1', stage: 'lead', date: '2025-12-08', note: '客户市场部主动联系' },
      { id: 'lr2', stage: 'briefing', date: '2025-12-22', note: '礼盒传播简报会' },
      { id: 'lr3', stage: 'final', date: '2026-02-06', note: '终提 90 分钟，采购出席' },
    ],
    costHours: 260,
    costExpenses: 21_000,
    probability: 0,
    outcome: {
      result: 'lost',
      decidedOn: '2026-02-20',
      winningAgency: '逗号广告',
      lostReason: '价格/预算',
      clientFeedback: '创意方向最受认可，但总报价高出预算 18%。',
      whatWorked: '洞察扎实；化学反应会气氛好；提案节奏紧凑。',
      whatDidNot: '报价没有提前与采购对齐；媒介方案偏重。',
      lessons: '终提前两周与采购沟通报价框架。\n准备两档预算方案。',
    },
  });
  return { settings, account, members, open, lost, today: '2026-11-27' };
}

/** Pitches whose text fields cycle through the hostile corpus; one with everything empty but its title. */
export function hostilePitchBundle(): PitchBundle {
  const pick = (i: number) => hostileList[i % hostileList.length] ?? '';
  const short = (s: string) => s.slice(0, 500);
  const nonBlank = (s: string) => (s.trim().length > 0 ? short(s) : `x${short(s)}`);
  const settings = settingsSchema.parse({
    id: 'app',
    updatedAt: at,
    agency: { name: short(`${hostileStrings.markup} ${hostileStrings.emoji}`), logo: 'data:image/png;base64,AAAA', address: '', confidentiality: short(hostileStrings.controlChars + hostileStrings.rtl) },
  });
  const account = accountSchema.parse({ ...base('acc-h'), brand: nonBlank(hostileStrings.zwjSequences), company: short(hostileStrings.longWord), status: 'prospect' });
  const members = [memberSchema.parse({ ...base('mh'), name: nonBlank(hostileStrings.rtl), nameEn: short(hostileStrings.markup), level: 'AD' })];
  const open = pitchSchema.parse({
    ...base('ph-1'),
    accountId: account.id,
    title: nonBlank(hostileStrings.markup + hostileStrings.emoji),
    ownerId: 'mh',
    pitchDate: '2026-12-15',
    rounds: hostileList.slice(0, 7).map((s, i) => ({ id: `r${i}`, stage: (['lead', 'rfi', 'chemistry', 'briefing', 'tissue', 'final', 'decision'] as const)[i], date: i % 2 ? null : '2026-11-01', note: short(s) })),
    estimatedAnnualFee: 1e13,
    competitors: hostileList.map((s, i) => ({ id: `c${i}`, agency: nonBlank(s), incumbent: i === 0, strengths: pick(i + 1), weaknesses: pick(i + 2) })),
    panel: hostileList.map((s, i) => ({ id: `p${i}`, name: nonBlank(s), title: short(pick(i + 3)), role: (['decision-maker', 'influencer', 'day-to-day', 'procurement'] as const)[i % 4], coveredByMemberId: i % 2 ? 'mh' : null, notes: short(pick(i + 4)) })),
    team: [{ memberId: 'mh', role: short(hostileStrings.quotesAndDashes) }],
    clientBrief: [hostileStrings.longChinese, ...hostileList].join('\n'),
    strategy: hostileStrings.lineSeparators + hostileStrings.tabsAndNewlines,
    bigIdea: hostileStrings.combining + hostileStrings.invisible,
    prepItems: hostileList.map((s, i) => ({ id: `i${i}`, task: nonBlank(s), ownerId: i % 2 ? 'mh' : null, dueOn: i % 3 ? '2026-11-20' : null, done: i % 4 === 0 })),
    assessment: [{ criterion: short(hostileStrings.windowsPath), score: 1 }, { criterion: 'fit', score: 5 }],
    outcome: {
      result: 'lost',
      decidedOn: null,
      winningAgency: short(hostileStrings.markup),
      lostReason: short(hostileStrings.nonCharacters),
      clientFeedback: hostileStrings.longChinese,
      whatWorked: hostileStrings.controlChars,
      whatDidNot: hostileStrings.flags,
      lessons: hostileStrings.longUrl,
    },
    stage: 'lost',
  });
  const lost = pitchSchema.parse({ ...base('ph-2'), accountId: account.id, title: nonBlank(hostileStrings.whitespaceOnly) });
  return { settings, account, members, open, lost, today: '2026-11-27' };
}

export function documentData(bundle: PitchBundle, which: 'open' | 'lost'): PitchDocumentData {
  return { pitch: bundle[which], account: bundle.account, members: bundle.members, today: bundle.today };
}
