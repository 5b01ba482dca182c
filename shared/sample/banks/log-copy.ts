// Phrase banks for the relationship log (meetings, calls, dinners, e-mails, events with next steps) and for invoice notes.
import type { InteractionType } from '../../model/interaction';

export type LogLine = { summary: string; next: string };

/** Slots: {brand} {product} {contact} {project} {noun} {yr}. */
export const logLines: Readonly<Record<InteractionType, readonly LogLine[]>> = {
  meeting: [
    { summary: '与{contact}召开{project}周例会，确认 KV 终稿与社媒排期；客户认可小红书内容方向，希望增加门店物料的延展。', next: '周五前提交物料延展清单与报价。' },
    { summary: '季度业务回顾（QBR）：回顾上季度传播数据与回款情况，客户对执行效率满意，提到下半年预算可能上调。', next: '两周内提交下半年传播规划初稿。' },
    { summary: '{project}创意提案：客户选中方向二，希望强化产品露出，并在两周内看到分镜。', next: '整理客户反馈，下周三前提交修改版分镜。' },
    { summary: '与客户市场部对齐{yr}年度规划与预算，确认四个重点节点与新品节奏。', next: '提交年度传播日历与团队配置建议。' },
    { summary: '拍摄前 PPM 会议：确认演员、场景、服装与拍摄日程，客户要求补充一版竖屏镜头。', next: '更新拍摄脚本与 PPM 文件，周二发客户确认。' },
    { summary: 'Campaign 结案复盘：整体曝光超目标 18%，电商转化略低于预期；双方同意下期增加站内内容投入。', next: '一周内提交结案报告与优化建议。' },
    { summary: '与{contact}讨论「{product}」的传播简报，客户补充了渠道数据与竞品动态。', next: '与策略总监一起完成简报初稿。' },
    { summary: '新任{contact}到岗后的首次见面，介绍团队与过往案例，对方关注数据化结案。', next: '发送过去一年的结案报告合集。' },
  ],
  call: [
    { summary: '与{contact}电话沟通{project}预算拆分，客户希望制作费控制在总预算 40% 以内。', next: '调整预算表后重新报价。' },
    { summary: '{contact}来电反馈 TVC 粗剪意见：节奏偏慢，品牌露出偏晚。', next: '后期公司周一前出第二版粗剪。' },
    { summary: '与客户采购确认合同续签条款，付款账期由 90 天调整为 60 天。', next: '法务审核合同后盖章寄回。' },
    { summary: '电话跟进上月账单回款，客户财务称已进入付款流程。', next: '月底前再次确认到账。' },
    { summary: '与{contact}沟通达人名单，客户否掉两位近期有舆情的达人。', next: '补充 5 位备选达人并附数据。' },
    { summary: '{contact}临时来电：总部要求「{product}」上市提前两周，需评估排期。', next: '当天内与创意、制作确认可行排期并回复客户。' },
  ],
  dinner: [
    { summary: '与{contact}晚餐，聊到客户内部组织调整与明年预算方向，对方透露将加大{noun}新品投入。', next: '整理信息，提前准备新品传播思路。' },
    { summary: '与客户高层晚餐，对方肯定团队过去一年的表现，也提醒创意需要更大胆。', next: '安排创意总监下月与客户做一次创意工作坊。' },
    { summary: '与{contact}及其团队年终答谢晚宴，气氛融洽，客户提到下季度可能有新的比稿机会。', next: '持续跟进，关注比稿信息。' },
    { summary: '与{contact}小范围午餐，了解到客户对另一家代理的社媒执行不满意。', next: '准备社媒内容能力介绍，伺机提出扩展服务。' },
  ],
  email: [
    { summary: '邮件发送{project}会议纪要与待办清单，抄送客户市场部全员。', next: '跟进各项待办的确认。' },
    { summary: '客户邮件确认 KV 终稿，同意进入制作。', next: '启动印刷与数字物料延展。' },
    { summary: '发送季度服务报告与下季度计划，请{contact}确认。', next: '等待客户反馈后安排面谈。' },
    { summary: '客户邮件提出社媒文案的合规修改意见，共 12 处。', next: '修改后 48 小时内回传。' },
    { summary: '向{contact}发送「{product}」传播简报初稿，请客户补充销售目标与预算。', next: '收到回复后安排简报确认会。' },
  ],
  event: [
    { summary: '陪同客户出席{project}线下发布活动，现场执行顺利，到场媒体 60 家。', next: '整理媒体报道与现场照片，出具活动简报。' },
    { summary: '邀请{contact}参加行业营销峰会，会后交流了{yr}年的品牌挑战。', next: '会后发送相关案例与观点文章。' },
    { summary: '参加客户经销商 / 渠道大会，介绍年度传播规划，获得区域伙伴积极反馈。', next: '根据区域需求整理本地化物料清单。' },
    { summary: '陪同{contact}参观拍摄现场，客户对画面质感满意。', next: '跟进后期制作进度。' },
  ],
};

/** Log lines for prospects, in the order a courtship goes: the first steps of a relationship. */
export const prospectLines: readonly (LogLine & { type: InteractionType })[] = [
  { type: 'event', summary: '在行业颁奖礼上与{contact}交流，对方提到正在寻找新的创意伙伴。', next: '会后发送获奖案例。' },
  { type: 'dinner', summary: '经朋友引荐与{contact}晚餐，了解到品牌明年有代理调整计划。', next: '保持联系，关注比稿时间表。' },
  { type: 'meeting', summary: '与{contact}初次见面，介绍公司与同品类案例，对方对我们的策略能力感兴趣。', next: '一周内发送定制化的能力介绍。' },
  { type: 'email', summary: '向{contact}发送公司资质与三个同品类案例。', next: '下周电话跟进反馈。' },
  { type: 'call', summary: '与{contact}电话沟通比稿流程与时间表，确认化学反应会日期。', next: '准备化学反应会材料与团队介绍。' },
];

export const retainerNote = '{period} 月度服务费（retainer）';
export const projectNotes = ['{project} · 创意与策略费', '{project} · 制作费第一期（50%）', '{project} · 制作费尾款', '{project} · 活动执行费', '{project} · 达人内容费', '{project} · 拍摄制作费'];
export const receiptNotes = ['银行转账', '电汇到账', '客户分两笔支付', ''];
