// Settings (设置): the agency profile used in documents, language, fonts, framework, lists and safety options.
import { z } from 'zod';
import { languageSchema, shortText } from './common';
import { defaultFramework, frameworkSchema } from './framework';

export const SETTINGS_ID = 'app';

/** A logo as a data URL of a PNG or JPEG, at most ~1.5 MB of base64. */
export const logoSchema = z.string().regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/).max(2_000_000);

export const defaultLostReasons = ['价格/预算', '创意方案', '策略方向', '团队与化学反应', '既有代理商关系', '客户内部调整', '其他'];

/** Pitch key dates a plan step can set (the pitch's reviewOn, redTeamOn, rehearsalOn, printPackOn). */
export const pitchKeyDates = ['review', 'redTeam', 'rehearsal', 'printPack'] as const;

/**
 * One step of the pitch preparation plan template: a task due `daysBefore` calendar days before the pitch (moved
 * back to the Friday when that falls on a weekend), owned by the pitch team member whose role matches `ownerRole`
 * (else the pitch owner); a step may also set one of the pitch's key dates.
 */
export const pitchPlanStepSchema = z.object({
  task: shortText.trim().min(1),
  daysBefore: z.number().int().min(0).max(365),
  ownerRole: shortText.default(''),
  keyDate: z.enum(pitchKeyDates).nullable().default(null),
});
export type PitchPlanStep = z.infer<typeof pitchPlanStepSchema>;

export const settingsSchema = z.object({
  id: z.literal(SETTINGS_ID),
  updatedAt: z.iso.datetime({ offset: true }),
  agency: z.object({
    name: shortText.default(''),
    logo: logoSchema.nullable().default(null),
    address: shortText.default(''),
    confidentiality: shortText.default(''),
  }).default({ name: '', logo: null, address: '', confidentiality: '' }),
  language: languageSchema.default('zh-CN'),
  fonts: z.object({
    eastAsia: shortText.min(1).default('Microsoft YaHei'),
    latin: shortText.min(1).default('Calibri'),
  }).default({ eastAsia: 'Microsoft YaHei', latin: 'Calibri' }),
  framework: frameworkSchema.default(defaultFramework),
  lostReasons: z.array(shortText.min(1)).max(100).default(defaultLostReasons),
  /** The user's pitch preparation plan; null until they edit it, meaning the built-in plan in the UI's language. */
  pitchPlanTemplate: z.array(pitchPlanStepSchema).max(100).nullable().default(null),
  /** An open pitch with no activity for this many days is flagged as stalled. */
  pitchStaleDays: z.number().int().min(1).max(365).default(21),
  reminders: z.boolean().default(true),
  backupsToKeep: z.number().int().min(1).max(100).default(10),
  trashRetentionDays: z.number().int().min(1).max(3650).default(30),
  sampleLoadedAt: z.iso.datetime({ offset: true }).nullable().default(null),
});

export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(at: string = new Date().toISOString()): Settings {
  return settingsSchema.parse({ id: SETTINGS_ID, updatedAt: at });
}
