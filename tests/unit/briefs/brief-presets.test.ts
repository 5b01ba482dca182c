// The preset brief templates: the three formats a professional recognises, fixed ids shared with the sample, headings per language.
import { describe, expect, it } from 'vitest';
import { briefSectionKeys, briefTemplateSchema } from '@shared/model/brief';
import { PRESET_TEMPLATE_IDS, customSectionHeading, isPresetTemplateId, presetBriefTemplates, presetCopy, sectionsOutsideTemplate, templateSectionKeys } from '@shared/model/brief-presets';
import { PRESET_TEMPLATE_IDS as SAMPLE_IDS, presetBriefTemplates as samplePresets } from '@shared/sample/templates';
import { makeBriefTemplate } from '../../fixtures/factories';

const at = '2026-01-01T00:00:00.000Z';

describe('preset templates', () => {
  it('are valid records with the fixed ids the sample agency uses (one definition)', () => {
    const presets = presetBriefTemplates(at);
    expect(presets.map((p) => p.id)).toEqual(Object.values(PRESET_TEMPLATE_IDS));
    expect(SAMPLE_IDS).toBe(PRESET_TEMPLATE_IDS);
    expect(samplePresets(at)).toEqual(presets);
    for (const preset of presets) expect(briefTemplateSchema.parse(preset)).toEqual(preset);
    expect(presets.every((p) => p.preset && !p.defaultForJobType)).toBe(true);
  });

  it('are the classic full brief, the one-page do brief and the response to a client brief', () => {
    const [classic, doBrief, response] = presetBriefTemplates(at, 'en');
    expect(classic?.sections.map((s) => s.key)).toEqual([...briefSectionKeys]);
    expect(doBrief?.name).toMatch(/One-page/);
    expect(doBrief?.sections.map((s) => s.key)).toEqual(['background', 'targetAudience', 'insight', 'desiredResponse', 'proposition', 'reasonsToBelieve', 'deliverables', 'timeline']);
    expect(response?.name).toMatch(/reverse brief/i);
    expect(response?.sections.find((s) => s.key === 'mandatories')?.heading).toBe('Constraints and open questions');
  });

  it("show a preset's renamed headings in the reader's language, whatever language was stored", () => {
    const stored = presetBriefTemplates(at, 'zh-CN')[1];
    expect(customSectionHeading(stored, 'proposition', 'zh-CN')).toBe('一句话');
    expect(customSectionHeading(stored, 'proposition', 'en')).toBe('The one thing to say');
    const classic = presetBriefTemplates(at)[0];
    expect(customSectionHeading(classic, 'insight', 'en')).toBeNull();
    expect(presetCopy(PRESET_TEMPLATE_IDS.classic, 'en')?.name).toBe('Classic agency creative brief');
    expect(isPresetTemplateId(PRESET_TEMPLATE_IDS.doBrief)).toBe(true);
    expect(isPresetTemplateId('mine')).toBe(false);
  });

  it("keep a user's own headings as typed, and fall back to the standard heading when blank", () => {
    const mine = makeBriefTemplate({ sections: [{ key: 'proposition', heading: '核心信息' }, { key: 'insight', heading: '  ' }] });
    expect(customSectionHeading(mine, 'proposition', 'en')).toBe('核心信息');
    expect(customSectionHeading(mine, 'insight', 'zh-CN')).toBeNull();
    expect(customSectionHeading(null, 'insight', 'zh-CN')).toBeNull();
  });

  it('give the section order of a template, every section without one, and what a template leaves out', () => {
    const mine = makeBriefTemplate({ sections: [{ key: 'proposition', heading: '' }, { key: 'background', heading: '' }] });
    expect(templateSectionKeys(mine)).toEqual(['proposition', 'background']);
    expect(templateSectionKeys(null)).toEqual([...briefSectionKeys]);
    expect(sectionsOutsideTemplate(mine)).toHaveLength(briefSectionKeys.length - 2);
    expect(sectionsOutsideTemplate(mine)[0]).toBe('businessObjective');
  });
});
