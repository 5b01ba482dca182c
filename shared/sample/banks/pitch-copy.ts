// Phrase banks for pitches: client briefs by pitch type, strategies and big ideas by kind of business, rivals' strengths and weaknesses, preparation tasks and post-mortems.
import type { PitchType } from '../../model/pitch';
import type { Category } from './brands';

export const pitchTitles: Readonly<Record<PitchType, readonly string[]>> = {
  'new-business': ['{brand}年度创意代理比稿', '{brand}整合传播代理比稿', '{brand}「{product}」上市传播比稿', '{brand}社交媒体代理比稿'],
  'single-agency': ['{brand}「{product}」传播方案提案', '{brand} · {festival}节点传播提案', '{brand} · {planYear}年度传播规划提案'],
  'organic-growth': ['{brand}电商内容业务扩展', '{brand}新产品线服务提案', '{brand}年度服务范围扩展提案'],
  're-pitch': ['{brand}年度代理复审比稿', '{brand}合同续约复审'],
};

export const clientBriefs: Readonly<Record<PitchType, readonly string[]>> = {
  'new-business': [
    '{brand}启动年度创意代理比稿，服务范围包括品牌策略、年度 Campaign 创意与社交内容；客户希望找到能长期陪伴品牌成长的伙伴。流程：资质审核 → 化学反应会 → 两轮提案，最终提案须包含策略、创意与全年传播规划。',
    '{brand}计划推出「{product}」，寻找整合传播代理。简报重点：清晰的产品定位、年轻人群沟通与电商转化；总预算约 {budget} 万元（含制作），比稿费 {fee} 万元。',
    '{brand}希望重新梳理品牌定位，并以一个可延展三年的创意平台统一各产品线传播。客户明确不看执行细节，重点看策略与大创意。',
  ],
  'single-agency': [
    '客户直接委托我们完成「{product}」传播方案，不比稿；须在两周内提交策略与创意方向，并附媒介建议与预算拆分。',
    '{brand}{festival}项目，客户指定由我们提案：需要一个节日主题创意与全渠道落地方案，预算 {budget} 万元。',
  ],
  'organic-growth': [
    '在现有服务基础上，客户希望我们扩展至电商内容与达人营销；须提交服务方案、团队配置与年度报价。',
    '客户新成立一条产品线，询问我们能否承接该线的品牌与上市传播；需要在月底前提交能力介绍与初步思路。',
  ],
  're-pitch': [
    '合同到期，客户按采购流程启动复审比稿，邀请现有代理（我们）与三家新代理参加；客户对过去一年的执行满意，但希望看到更有突破性的创意。',
    '客户新任 CMO 上任，要求对所有代理进行复审；重点评估策略能力、团队稳定性与性价比。',
  ],
};

export const pitchStrategies: Readonly<Record<Category, readonly string[]>> = {
  fnb: [
    '从“卖新品”转向“卖生活方式”：以「{product}」为入口，把{brand}的原料故事翻译成年轻人的日常情绪场景；社交平台做深内容，门店做强体验，外卖做高转化。',
    '抓住“下午茶时刻”这一高频场景，建立品牌专属的时间仪式；用会员体系承接声量，把一次尝鲜变成每周习惯。',
  ],
  auto: [
    '避开参数战，把「{product}」放进真实的家庭周末场景，以“出发”为核心行为建立情感连接；线上内容引流、线下试驾转化，全程数据闭环。',
    '以车主口碑作为最可信的媒介：邀请真实车主共创内容，用真实用车故事回应消费者最关心的问题。',
  ],
  tech: [
    '把技术语言翻译成时间语言：用“每天省下的时间”量化「{product}」的价值，并在大促前完成场景种草。',
    '以真实用户测评为核心内容资产，借助 KOL 与用户共创建立可信度，再以品牌内容提升溢价。',
  ],
  fmcg: [
    '成分可信 + 场景可感：以“配料表干净”为核心信任点，用家庭日常场景建立情感联结，电商内容承接转化。',
    '以“老朋友”角色重建品牌与年轻人的关系，借助怀旧与新鲜的反差制造话题，再用私域沉淀复购。',
  ],
  finance: [
    '用“陪伴”替代“推销”：以人生阶段为线索，讲述{brand}如何在关键时刻帮客户把事情想清楚；内容与服务双线驱动 App 增长。',
    '以透明为核心差异：把复杂条款变成一页看得懂的承诺，降低用户的决策门槛。',
  ],
  luxury: [
    '以工艺为锚、以东方美学为表达：用纪录片式内容呈现工艺故事，配合精品店私享体验，建立稀缺感与圈层认同。',
    '以私域为核心、公域为引子：少而精的公域曝光制造话题，私域与精品店完成深度转化。',
  ],
};

export const bigIdeas: Readonly<Record<Category, readonly string[]>> = {
  fnb: ['「慢一口」：在城市的快节奏里，邀请每个人慢下来一口——从产品、门店到社交内容的统一创意平台。', '「请你尝一口」：把产品变成社交货币，让每一份都能被分享、被赠送。', '「三点钟」：每天下午三点，在城市里打开一扇通往自然的小窗。'],
  auto: ['「一百个周末」：一百个真实家庭，一百段出发的故事。', '「好路在前」：每一段路，都是生活发出的邀请。', '「开得更远」：从通勤到远方，陪你把日子开得更宽。'],
  tech: ['「把时间还给你」：记录用户用省下来的时间做了什么。', '「不打扰的聪明」：好科技就在身边，却从不喧宾夺主。', '「一天多出来的 47 分钟」：用数据与故事讲清产品价值。'],
  fmcg: ['「配料表会说话」：让每一种原料讲出自己的故事。', '「一直在」：那些陪我们长大的好东西，一直都在。', '「认真生活的小事」：把产品放进每个家庭最真实的日常。'],
  finance: ['「看得懂的安心」：把每一项条款翻译成一句人话。', '「陪你走稳每一步」：从第一份工资到第一个家。', '「关于钱，好好说话」：一档陪用户把钱的事想清楚的内容栏目。'],
  luxury: ['「时间的手艺」：一部关于等待与专注的品牌影片。', '「东方之间」：当百年工艺遇见东方美学。', '「为懂得的人」：只讲给懂的人听的故事。'],
};

export const rivalStrengths = [
  '与客户 CMO 私交深厚，服务多年',
  '创意奖项多，作品在行业内有口碑',
  '报价激进，可投入团队规模大',
  '国际网络资源，全球同类案例丰富',
  '社交与电商内容能力强，有自有达人资源',
  '媒介与创意一体化，可打包报价',
  '同品类服务经验丰富',
  '新锐创意热店，话题制造能力强',
];

export const rivalWeaknesses = [
  '团队流动大，执行稳定性一般',
  '策略偏弱，方案重执行',
  '报价偏高，客户采购有顾虑',
  '对本土市场和年轻人群理解不足',
  '创意风格单一，缺乏品牌长期规划',
  '规模小，难以支撑全国落地',
  '近期流失多个大客户，团队士气受影响',
  '过度依赖头部达人，内容同质化',
];

/** Preparation tasks in the order a pitch needs them, with the open stage they belong to and days before the pitch they are due. */
export const prepTasks: readonly { task: string; before: number }[] = [
  { task: '确认客户简报并整理疑问清单', before: 40 },
  { task: '提交资质文件与案例（Credentials）', before: 35 },
  { task: '化学反应会材料与团队介绍', before: 30 },
  { task: '竞品传播审计', before: 26 },
  { task: '消费者访谈与社交聆听报告', before: 22 },
  { task: '策略方向内部评审', before: 18 },
  { task: 'Tissue session 创意方向（3 个）', before: 14 },
  { task: '红队评审', before: 8 },
  { task: '媒介与预算建议', before: 7 },
  { task: '报价单与团队架构', before: 5 },
  { task: '最终提案 PPT 定稿', before: 3 },
  { task: '全员彩排', before: 2 },
  { task: '打印提案册与样品准备', before: 1 },
];

export const assessmentCriteria = ['预算与生意规模', '赢面（决策人关系）', '战略契合度', '团队档期', '比稿费覆盖成本', '创意发挥空间'];

export const teamRoles = ['比稿负责人', '客户总监', '策略负责人', '创意负责人', '客户经理', '项目统筹'];

export const roundNotes: Readonly<Record<string, readonly string[]>> = {
  lead: ['猎头顾问来电介绍机会', '客户市场总监主动联系', '行业活动上接触到客户'],
  rfi: ['提交资质问卷与 3 个同品类案例', '完成 RFI 问卷'],
  chemistry: ['化学反应会 90 分钟，客户 4 人出席', '客户到访公司，参观创意部'],
  briefing: ['客户简报会，获得完整 brief 与历史数据', '客户简报会，现场答疑 40 分钟'],
  tissue: ['Tissue session：3 个方向，客户倾向方向二', '创意方向初步沟通，客户希望更大胆'],
  final: ['最终提案 120 分钟', '最终提案，客户 CMO 与采购出席'],
  decision: ['等待客户内部决策', '客户进入商务谈判阶段'],
};

export type PostMortem = { feedback: string; worked: string; didNot: string; lessons: string };

export const wonPostMortems: readonly PostMortem[] = [
  { feedback: '客户认为我们对生意问题的理解最透彻，创意方向既有话题性又能落地。', worked: '前期消费者访谈带来了真实洞察；策略与创意一条线，逻辑清晰。', didNot: '前期资料准备时间紧，团队连续加班。', lessons: '把洞察挖掘方法沉淀为比稿标准流程；提前锁定核心资源。' },
  { feedback: '客户 CMO 对大创意印象深刻，认为可以延展三年。', worked: '提案前与关键决策人做了充分预沟通；彩排两次，讲述节奏好。', didNot: '制作预算估算偏低，签约后需要与客户重新澄清。', lessons: '报价阶段请制作部参与估算，避免签约后返工。' },
  { feedback: '团队的专业度与投入度打动了客户，尤其是 Tissue session 的共创。', worked: '报价结构清晰，给采购准备了两档可选方案。', didNot: 'Tissue 阶段方向太多，聚焦较晚。', lessons: 'Tissue 阶段控制在两个方向以内，尽早聚焦。' },
];

/** Post-mortems of lost pitches by lost reason (keys match the default lost-reason list in settings). */
export const lostPostMortems: Readonly<Record<string, PostMortem>> = {
  '价格/预算': { feedback: '客户认可我们的创意，但报价高于预算上限约 15%，采购最终选择了更低报价的方案。', worked: '创意方向获得客户市场部一致好评。', didNot: '对采购的预算底线判断失误，报价缺少弹性。', lessons: '报价前与采购做更充分的预沟通，准备分级方案。' },
  '创意方案': { feedback: '客户认为我们的创意稳妥但不够惊喜，胜出方案在社交话题性上更突出。', worked: '策略部分逻辑扎实，客户认可对生意问题的分析。', didNot: '创意过于保守，没有给客户“心跳”的方向。', lessons: '提案中至少保留一个更大胆的方向；Tissue 阶段多做测试。' },
  '策略方向': { feedback: '客户觉得我们的策略对生意问题的回应不够直接，过于偏品牌。', worked: '创意执行质感好，视觉呈现专业。', didNot: '没有先回答客户最关心的销售问题。', lessons: '先回答生意问题，再讲品牌；用数据支撑每一个判断。' },
  '团队与化学反应': { feedback: '客户更认可对方团队的资深度与沟通风格，担心我方团队档期。', worked: '方案完整度高。', didNot: '化学反应会上主要由管理层发言，执行团队存在感弱。', lessons: '让核心执行团队多发言，明确专职团队与档期承诺。' },
  '既有代理商关系': { feedback: '现有代理与客户合作多年，客户最终选择保持稳定。', worked: '我们的方案被客户评为“最有启发的一份”。', didNot: '前期对赢面评估过于乐观，投入偏大。', lessons: '复审比稿若无明确的不满信号，需更早评估赢面，控制投入。' },
  '客户内部调整': { feedback: '客户市场部负责人更换，项目方向调整，比稿结果暂缓，后由新负责人指定合作方。', worked: '与原负责人建立了良好关系。', didNot: '决策人单点依赖，没有覆盖到更高层。', lessons: '在客户组织变动期加强与多层级决策人的沟通。' },
  其他: { feedback: '客户最终决定将这部分工作转为内部团队完成。', worked: '策略洞察获得客户认可，可复用到其他客户。', didNot: '对客户 in-house 趋势判断不足。', lessons: '关注客户 in-house 趋势，强化我方不可替代的策略与创意价值。' },
};

export const withdrawnNotes = ['客户预算大幅缩减且要求免费提案，评估后主动退出。', '与现有客户存在品类冲突，主动退出。', '客户将比稿延期半年，团队资源无法长期锁定，主动退出。'];
export const declinedNotes = ['客户邀请 6 家代理且无比稿费，赢面与投入不匹配，决定不参加。', '时间窗口与现有重点项目冲突，团队档期不足，婉拒邀请。', '客户预算与服务范围不匹配，婉拒。'];
