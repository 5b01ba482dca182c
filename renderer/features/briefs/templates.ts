// Brief templates in the UI: the presets seeded once (fixed ids, never duplicated), names in the UI language, defaults per job type.
import type { BriefTemplate } from '@shared/model/brief';
import { isPresetTemplateId, presetBriefTemplates, presetCopy, PRESET_TEMPLATE_IDS } from '@shared/model/brief-presets';
import type { Language } from '@shared/model/common';
import type { Repositories } from '../../db';

let seeding: Promise<void> | null = null;

/**
 * Puts the preset templates into the database if any is missing. Their ids are fixed, so a sample, a restored backup
 * or a second call finds them and adds nothing; one the user deleted is brought back as a preset, never as a copy.
 */
export function ensurePresetTemplates(r: Repositories): Promise<void> {
  seeding ??= (async () => {
    const presets = presetBriefTemplates(new Date().toISOString());
    const existing = await r.briefTemplates.getMany(presets.map((p) => p.id));
    const have = new Set(existing.map((t) => t.id));
    const missing = presets.filter((p) => !have.has(p.id));
    if (missing.length > 0) await r.briefTemplates.saveMany(missing);
  })().finally(() => {
    seeding = null;
  });
  return seeding;
}

/** What the UI shows for a template: presets in the UI language, the user's own as typed. */
export function templateLabel(template: Pick<BriefTemplate, 'id' | 'name' | 'description' | 'jobType'>, lang: Language): { name: string; description: string; jobType: string } {
  return presetCopy(template.id, lang) ?? { name: template.name, description: template.description, jobType: template.jobType };
}

/** Presets first (in their fixed order), then the user's templates by name. */
export function sortTemplates<T extends Pick<BriefTemplate, 'id' | 'name'>>(templates: readonly T[]): T[] {
  const presetOrder: string[] = Object.values(PRESET_TEMPLATE_IDS);
  return [...templates].sort((a, b) => {
    const pa = presetOrder.indexOf(a.id);
    const pb = presetOrder.indexOf(b.id);
    if (pa !== -1 || pb !== -1) return (pa === -1 ? 99 : pa) - (pb === -1 ? 99 : pb);
    return a.name.localeCompare(b.name, 'zh-CN');
  });
}

const jobKey = (jobType: string) => jobType.trim().toLocaleLowerCase();

/** The distinct job types of the templates, as the UI shows them, each with the stored value that identifies it. */
export function jobTypesOf(templates: readonly BriefTemplate[], lang: Language): { value: string; label: string }[] {
  const seen = new Map<string, { value: string; label: string }>();
  for (const template of sortTemplates(templates)) {
    if (template.jobType.trim() === '') continue;
    const key = jobKey(template.jobType);
    if (!seen.has(key)) seen.set(key, { value: template.jobType, label: templateLabel(template, lang).jobType });
  }
  return [...seen.values()];
}

/** The template a new brief of a job type starts from: the one marked default, else the first of that type. */
export function defaultTemplateFor(templates: readonly BriefTemplate[], jobType: string): BriefTemplate | undefined {
  const same = sortTemplates(templates).filter((t) => jobKey(t.jobType) === jobKey(jobType));
  return same.find((t) => t.defaultForJobType) ?? same[0];
}

/**
 * The writes that make `template` the one default of its job type (or stop it being one): every other template of the
 * same job type loses the mark, so a job type never has two defaults.
 */
export function defaultChanges(templates: readonly BriefTemplate[], template: BriefTemplate, makeDefault: boolean): BriefTemplate[] {
  if (!makeDefault) return template.defaultForJobType ? [{ ...template, defaultForJobType: false }] : [];
  const changes = templates.filter((t) => t.id !== template.id && t.defaultForJobType && jobKey(t.jobType) === jobKey(template.jobType)).map((t) => ({ ...t, defaultForJobType: false }));
  return template.defaultForJobType ? changes : [...changes, { ...template, defaultForJobType: true }];
}

export { isPresetTemplateId };
