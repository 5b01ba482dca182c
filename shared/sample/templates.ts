// The three well-known brief formats as preset templates (classic full agency brief, one-page 'do brief', response to a client brief), with fixed ids.
import type { BriefSectionKey, BriefTemplate } from '../model/brief';

/** Fixed ids, so the presets are the same records in every sample and whatever seeds presets can recognise them. */
export const PRESET_TEMPLATE_IDS = {
  classic: '7f3c2a10-5d1e-4b6a-9c2f-0a1b2c3d4e01',
  doBrief: '7f3c2a10-5d1e-4b6a-9c2f-0a1b2c3d4e02',
  clientResponse: '7f3c2a10-5d1e-4b6a-9c2f-0a1b2c3d4e03',
} as const;

type Section = { key: BriefSectionKey; heading: string };
const s = (key: BriefSectionKey, heading = ''): Section => ({ key, heading });

export function presetBriefTemplates(at: string): BriefTemplate[] {
  const base = { createdAt: at, updatedAt: at, deletedAt: null, preset: true };
  return [
    {
      ...base,
      id: PRESET_TEMPLATE_IDS.classic,
      name: '经典完整版创意简报',
      description: '4A 代理商通用的完整简报：从生意背景到成功标准，适合年度 Campaign 与新品上市。',
      jobType: '整合传播 / Campaign',
      sections: [
        s('background'), s('businessObjective'), s('communicationObjective'), s('competitiveFrame'), s('targetAudience'),
        s('insight'), s('desiredResponse'), s('proposition'), s('reasonsToBelieve'), s('tone'), s('mandatories'),
        s('deliverables'), s('timeline'), s('successCriteria'),
      ],
    },
    {
      ...base,
      id: PRESET_TEMPLATE_IDS.doBrief,
      name: '一页纸 Do Brief',
      description: '一页纸简报：只回答我们要人们做什么、为什么会做，适合社媒与短周期项目。',
      jobType: '社交内容 / 快速项目',
      sections: [
        s('background', '要解决的问题'), s('targetAudience', '我们在和谁说话'), s('insight', '他们的真实想法'),
        s('desiredResponse', '我们希望他们做什么'), s('proposition', '一句话'), s('reasonsToBelieve', '凭什么相信'),
        s('deliverables', '要交付什么'), s('timeline', '什么时候要'),
      ],
    },
    {
      ...base,
      id: PRESET_TEMPLATE_IDS.clientResponse,
      name: '客户简报回应（Reverse Brief）',
      description: '收到客户简报后的回应：复述任务、提出我们的理解与待澄清问题，比稿与新项目启动时使用。',
      jobType: '比稿 / 新项目',
      sections: [
        s('background', '客户简报要点'), s('businessObjective', '客户的生意目标'), s('communicationObjective', '我们对任务的理解'),
        s('competitiveFrame'), s('targetAudience'), s('insight', '我们的初步洞察'), s('proposition', '建议的单一诉求'),
        s('reasonsToBelieve'), s('mandatories', '限制条件与待澄清问题'), s('deliverables'), s('timeline'), s('successCriteria'),
      ],
    },
  ];
}
