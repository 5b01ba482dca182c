// The preset brief templates (classic full agency brief, one-page 'do brief', response to a client's brief) in zh-CN and en, and heading lookups.
import type { Language } from './common';
import type { BriefSectionKey, BriefTemplate } from './brief';
import { briefSectionKeys } from './brief';

/** Fixed ids, so the presets are the same records in every sample, backup and install, and seeding never duplicates them. */
export const PRESET_TEMPLATE_IDS = {
  classic: '7f3c2a10-5d1e-4b6a-9c2f-0a1b2c3d4e01',
  doBrief: '7f3c2a10-5d1e-4b6a-9c2f-0a1b2c3d4e02',
  clientResponse: '7f3c2a10-5d1e-4b6a-9c2f-0a1b2c3d4e03',
} as const;
export type PresetKey = keyof typeof PRESET_TEMPLATE_IDS;

type Localised = Record<Language, string>;
type PresetSection = { key: BriefSectionKey; heading?: Localised };
type PresetDefinition = { id: string; name: Localised; description: Localised; jobType: Localised; sections: readonly PresetSection[] };

const s = (key: BriefSectionKey, zh?: string, en?: string): PresetSection => (zh && en ? { key, heading: { 'zh-CN': zh, en } } : { key });

export const presetDefinitions: Record<PresetKey, PresetDefinition> = {
  classic: {
    id: PRESET_TEMPLATE_IDS.classic,
    name: { 'zh-CN': '经典完整版创意简报', en: 'Classic agency creative brief' },
    description: {
      'zh-CN': '4A 代理商通用的完整简报：从生意背景到成功标准，适合年度 Campaign 与新品上市。',
      en: 'The full agency brief, from business background to success criteria: for annual campaigns and launches.',
    },
    jobType: { 'zh-CN': '整合传播 / Campaign', en: 'Integrated campaign' },
    sections: briefSectionKeys.map((key) => s(key)),
  },
  doBrief: {
    id: PRESET_TEMPLATE_IDS.doBrief,
    name: { 'zh-CN': '一页纸 Do Brief', en: 'One-page "Do" brief' },
    description: {
      'zh-CN': '一页纸简报：只回答我们要人们做什么、为什么会做，适合社媒与短周期项目。',
      en: 'One page that answers what we want people to do and why they will: for social and short-turnaround work.',
    },
    jobType: { 'zh-CN': '社交内容 / 快速项目', en: 'Social content / quick turnaround' },
    sections: [
      s('background', '要解决的问题', 'The problem to solve'),
      s('targetAudience', '我们在和谁说话', 'Who we are talking to'),
      s('insight', '他们的真实想法', 'What they really think'),
      s('desiredResponse', '我们希望他们做什么', 'What we want them to do'),
      s('proposition', '一句话', 'The one thing to say'),
      s('reasonsToBelieve', '凭什么相信', 'Why they will believe it'),
      s('deliverables', '要交付什么', 'What we need'),
      s('timeline', '什么时候要', 'When we need it'),
    ],
  },
  clientResponse: {
    id: PRESET_TEMPLATE_IDS.clientResponse,
    name: { 'zh-CN': '客户简报回应（Reverse Brief）', en: 'Response to the client brief (reverse brief)' },
    description: {
      'zh-CN': '收到客户简报后的回应：复述任务、提出我们的理解与待澄清问题，比稿与新项目启动时使用。',
      en: "Our answer to the client's brief: the task restated, our reading of it and the questions to clear up. For pitches and new projects.",
    },
    jobType: { 'zh-CN': '比稿 / 新项目', en: 'Pitch / new project' },
    sections: [
      s('background', '客户简报要点', 'The client brief in short'),
      s('businessObjective', '客户的生意目标', "The client's business objective"),
      s('communicationObjective', '我们对任务的理解', 'Our reading of the task'),
      s('competitiveFrame'),
      s('targetAudience'),
      s('insight', '我们的初步洞察', 'Our first insight'),
      s('proposition', '建议的单一诉求', 'Proposed single-minded proposition'),
      s('reasonsToBelieve'),
      s('mandatories', '限制条件与待澄清问题', 'Constraints and open questions'),
      s('deliverables'),
      s('timeline'),
      s('successCriteria'),
    ],
  },
};

const presetById = new Map<string, PresetDefinition>(Object.values(presetDefinitions).map((p) => [p.id, p]));

export function isPresetTemplateId(id: string | null | undefined): boolean {
  return typeof id === 'string' && presetById.has(id);
}

/**
 * The preset templates as records, with names and headings in `lang` (the app stores them in Chinese, its first
 * language; the UI and documents show them in the reader's language through `presetCopy`).
 */
export function presetBriefTemplates(at: string, lang: Language = 'zh-CN'): BriefTemplate[] {
  return Object.values(presetDefinitions).map((p) => ({
    id: p.id,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    preset: true,
    defaultForJobType: false,
    name: p.name[lang],
    description: p.description[lang],
    jobType: p.jobType[lang],
    sections: p.sections.map((section) => ({ key: section.key, heading: section.heading?.[lang] ?? '' })),
  }));
}

/** A preset's name, description and job type in a language; null for a user's own template. */
export function presetCopy(id: string, lang: Language): { name: string; description: string; jobType: string } | null {
  const preset = presetById.get(id);
  return preset ? { name: preset.name[lang], description: preset.description[lang], jobType: preset.jobType[lang] } : null;
}

/** Shape of a template as far as headings and order are concerned. */
export type TemplateOutline = Pick<BriefTemplate, 'id' | 'sections'>;

/**
 * The heading a template gives a section in a language, or null for the standard heading. A preset's renamed headings
 * follow the language; a user's template keeps the words its author typed.
 */
export function customSectionHeading(template: TemplateOutline | null | undefined, key: BriefSectionKey, lang: Language): string | null {
  if (!template) return null;
  const preset = presetById.get(template.id);
  if (preset) return preset.sections.find((section) => section.key === key)?.heading?.[lang] ?? null;
  const heading = template.sections.find((section) => section.key === key)?.heading.trim() ?? '';
  return heading.length > 0 ? heading : null;
}

/** The sections a template lists, in its order; without a template, every section in the classic order. */
export function templateSectionKeys(template: TemplateOutline | null | undefined): BriefSectionKey[] {
  if (!template || template.sections.length === 0) return [...briefSectionKeys];
  const seen = new Set<BriefSectionKey>();
  return template.sections.map((section) => section.key).filter((key) => (seen.has(key) ? false : (seen.add(key), true)));
}

/** Sections the template leaves out, in the classic order: the editor keeps them reachable, so nothing typed is hidden for good. */
export function sectionsOutsideTemplate(template: TemplateOutline | null | undefined): BriefSectionKey[] {
  const inside = new Set(templateSectionKeys(template));
  return briefSectionKeys.filter((key) => !inside.has(key));
}
