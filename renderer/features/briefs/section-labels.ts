// Headings and field names of a brief in the UI language: a template's renamed headings, else the standard ones.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefSectionKey } from '@shared/model/brief';
import { customSectionHeading, type TemplateOutline } from '@shared/model/brief-presets';
import type { BriefContentKey } from '@shared/metrics/brief-status';
import { useLanguage } from '../../components/use-language';

/** Which section each content field belongs to (header fields belong to none). */
export const sectionOfField: Partial<Record<BriefContentKey, BriefSectionKey>> = {
  background: 'background',
  businessObjective: 'businessObjective',
  communicationObjective: 'communicationObjective',
  competitiveFrame: 'competitiveFrame',
  audienceWho: 'targetAudience',
  audienceNow: 'targetAudience',
  insight: 'insight',
  responseThink: 'desiredResponse',
  responseFeel: 'desiredResponse',
  responseDo: 'desiredResponse',
  proposition: 'proposition',
  reasonsToBelieve: 'reasonsToBelieve',
  tone: 'tone',
  mandatories: 'mandatories',
  deliverables: 'deliverables',
  timeline: 'timeline',
  successCriteria: 'successCriteria',
};

const subFields = ['audienceWho', 'audienceNow', 'responseThink', 'responseFeel', 'responseDo'] as const;
type SubField = (typeof subFields)[number];
const isSubField = (field: string): field is SubField => (subFields as readonly string[]).includes(field);

export function useSectionLabels(template: TemplateOutline | null | undefined) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = useCallback(
    (key: BriefSectionKey) => customSectionHeading(template, key, language) ?? t(`briefs.editor.sectionTitle.${key}`),
    [template, language, t],
  );
  /** A content field's name: its section's heading, with the part for audience and response fields. */
  const fieldLabel = useCallback(
    (field: BriefContentKey) => {
      const section = sectionOfField[field];
      if (!section) return t(`briefs.compare.fieldLabel.${field as 'title' | 'project' | 'jobNumber' | 'briefDate' | 'presentationDate' | 'budget' | 'currency'}`);
      return isSubField(field) ? `${heading(section)} · ${t(`briefs.editor.sub.${field}`)}` : heading(section);
    },
    [heading, t],
  );
  return { heading, fieldLabel };
}
