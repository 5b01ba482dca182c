// Phrase banks for development reports (评估报告与发展建议): lines that claim no figure, suggestion texts keyed by the rule that drafts them, plan actions.

/** Achievements that hold in any period; lines with figures are written from the snapshot itself. */
export const generalAchievements = [
  '多个 Campaign 结案数据超出目标，获得客户书面表扬。',
  '团队季度考评按时完成，AE 与 AM 梯队成长明显。',
  '简报模板与审批流程统一，内部评审效率提升。',
  '与核心客户高层保持定期沟通，客户满意度保持高位。',
];

export const generalIssues = [
  '比稿投入偏高：人均比稿工时较上期增加，部分低赢面比稿应更早放弃。',
  '团队中层（AM/SAM）流动，个别客户的服务连续性受到影响。',
  '简报从初稿到客户确认平均需要 3 个版本，前期与客户对齐不足。',
];

/** Suggestion texts keyed by the rule that would draft them. */
export const suggestionTexts = {
  collection: ['建立月度回款例会，对 60 天以上逾期账款逐笔跟进，并在合同中明确逾期条款。', '与重点客户采购提前对齐年底关账时间，避免账单跨年。'],
  winRate: ['比稿前严格执行“比或不比”评估，赢面低于 30% 的比稿原则上放弃。', '为每个比稿指定红队评审，提案前一周完成。'],
  health: ['对黄灯、红灯客户制定一对一挽回计划，客户群总监每月面见客户高层。', '建立客户健康度月报，提前识别风险信号。'],
  briefs: ['在简报初稿前增加 30 分钟的客户对齐会，减少版本往返。', '推广统一的简报模板，要求每份简报写明单一诉求与成功标准。'],
} as const;

/** What to do about the weakest competency of the period, by dimension key of the framework. */
export const dimensionSuggestions: Readonly<Record<string, string>> = {
  client: '客户群总监每月面见核心客户高层，AM 以上每季度完成一次客户满意度访谈。',
  delivery: '推行交付前内部复核清单，重要物料提前两天完成内审。',
  business: '将回款与新增业务纳入 AM/AD 季度 KPI，按月追踪。',
  proposal: '每月组织一次提案演练，由执行创意总监与策略总监点评。',
  strategy: '组织简报写作工作坊，要求每份简报写明单一诉求与成功标准。',
  teamwork: '每季度安排一次跨部门工作坊，明确客户部与创意、策略的协作节点。',
  growth: '为 AE/AM 制定个人发展计划，配对资深导师，每两周一对一。',
};

export const planActions = [
  '完成重点客户的年度续约谈判',
  '完成新业务 pipeline 评估，确定下期重点比稿',
  '组织两场简报写作工作坊',
  '完成 AM 梯队晋升评审',
  '上线客户健康度月报',
];
export const overduePlanAction = '启动逾期账款专项清收';
export const healthPlanAction = '与黄灯、红灯客户高层完成面谈';
