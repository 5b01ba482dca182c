// Competency framework (能力模型): the dimensions, weights and 1–5 behaviour descriptors evaluations score against.
import { z } from 'zod';
import { shortText } from './common';

export const dimensionSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/),
  nameZh: shortText.trim().min(1),
  nameEn: shortText.trim().min(1),
  description: shortText.default(''),
  /** Weight in percent; a framework's weights total 100. */
  weight: z.number().finite().min(0).max(100),
  /** Behaviour descriptors for levels 1..5. */
  descriptors: z.array(shortText).length(5),
});

export const frameworkSchema = z
  .object({
    name: shortText.default(''),
    dimensions: z.array(dimensionSchema).min(1).max(20),
  })
  .refine((f) => Math.abs(f.dimensions.reduce((sum, d) => sum + d.weight, 0) - 100) < 0.01, {
    message: 'weights-must-total-100',
    path: ['dimensions'],
  })
  .refine((f) => new Set(f.dimensions.map((d) => d.key)).size === f.dimensions.length, {
    message: 'dimension-keys-must-be-unique',
    path: ['dimensions'],
  });

export type Dimension = z.infer<typeof dimensionSchema>;
export type Framework = z.infer<typeof frameworkSchema>;

const d = (key: string, nameZh: string, nameEn: string, weight: number, description: string, descriptors: [string, string, string, string, string]): Dimension => ({
  key, nameZh, nameEn, weight, description, descriptors,
});

/** A sensible default for account people; users edit it in settings. */
export const defaultFramework: Framework = {
  name: '客户服务团队能力模型 / Account team competencies',
  dimensions: [
    d('client', '客户满意与关系', 'Client satisfaction & relationship', 20, 'Trusted by the client’s senior people; satisfaction and retention.', [
      '客户多次投诉，关系紧张', '维持基本沟通，被动响应', '客户满意，日常关系顺畅', '获得客户高层信任，主动影响决策', '成为客户首选的战略伙伴',
    ]),
    d('delivery', '交付质量', 'Delivery quality', 15, 'On time, on brief, on budget; few revisions.', [
      '经常延误或返工', '偶有延误，需要督促', '按时按质交付', '交付超出预期，流程高效', '树立团队交付标杆',
    ]),
    d('business', '业务成果', 'Business results', 20, 'Revenue, new clients, organic growth and collections (回款).', [
      '未达成业绩与回款目标', '部分达成目标', '达成目标', '超额完成并带来新增业务', '显著拓展客户与收入',
    ]),
    d('proposal', '提案与表达', 'Proposal & presentation', 15, 'Sells ideas convincingly in proposals and pitches.', [
      '表达不清，难以说服', '能讲清方案，说服力有限', '提案清晰有力', '提案打动客户，赢得比稿', '业内认可的提案高手',
    ]),
    d('strategy', '策略思维', 'Strategic thinking', 10, 'Understands the client’s business; writes sharp briefs.', [
      '只执行不思考', '理解基本需求', '能提出有依据的建议', '洞察深刻，简报精准', '引领客户的品牌与业务方向',
    ]),
    d('teamwork', '团队协作', 'Teamwork', 10, 'Works across strategy, creative and production; coaches others.', [
      '协作困难', '配合一般', '协作顺畅', '主动补位，带动他人', '打造高效团队文化',
    ]),
    d('growth', '学习成长', 'Growth', 10, 'Learns, takes feedback and grows in the role.', [
      '缺乏成长意愿', '成长较慢', '稳步成长', '快速成长，能承担更大职责', '持续突破，可晋升',
    ]),
  ],
};
