// Creative brief (创意简报): header, body sections, status, approvals against versions, and its immutable versions.
import { z } from 'zod';
import { amountSchema, baseRecordShape, currencySchema, dateSchema, idSchema, longText, optionalDate, shortText, timestampSchema } from './common';

export const briefStatuses = ['draft', 'internal-review', 'approved', 'client-approved', 'superseded', 'archived'] as const;

/** Body sections in the order of a classic full agency brief; templates choose, rename and reorder them. */
export const briefSectionKeys = [
  'background',
  'businessObjective',
  'communicationObjective',
  'competitiveFrame',
  'targetAudience',
  'insight',
  'desiredResponse',
  'proposition',
  'reasonsToBelieve',
  'tone',
  'mandatories',
  'deliverables',
  'timeline',
  'successCriteria',
] as const;
export type BriefSectionKey = (typeof briefSectionKeys)[number];

export const deliverableSchema = z.object({
  id: idSchema,
  media: shortText.default(''),
  format: shortText.default(''),
  quantity: shortText.default(''),
  spec: shortText.default(''),
  dueOn: optionalDate,
});

export const milestoneSchema = z.object({
  id: idSchema,
  label: shortText.default(''),
  date: optionalDate,
  owner: shortText.default(''),
});

/** The content of a brief that versions capture: everything a reader of the brief sees. */
export const briefContentSchema = z.object({
  title: shortText.trim().min(1),
  project: shortText.default(''),
  jobNumber: shortText.default(''),
  briefDate: optionalDate,
  presentationDate: optionalDate,
  budget: amountSchema.nullable().default(null),
  currency: currencySchema.default('CNY'),
  background: longText.default(''),
  businessObjective: longText.default(''),
  communicationObjective: longText.default(''),
  competitiveFrame: longText.default(''),
  audienceWho: longText.default(''),
  audienceNow: longText.default(''),
  insight: longText.default(''),
  responseThink: longText.default(''),
  responseFeel: longText.default(''),
  responseDo: longText.default(''),
  proposition: longText.default(''),
  reasonsToBelieve: z.array(longText).max(20).default([]),
  tone: longText.default(''),
  mandatories: longText.default(''),
  deliverables: z.array(deliverableSchema).max(500).default([]),
  timeline: z.array(milestoneSchema).max(500).default([]),
  successCriteria: longText.default(''),
});
export type BriefContent = z.infer<typeof briefContentSchema>;

export const approverRoles = ['strategy-director', 'creative-director', 'account-director', 'client', 'other'] as const;

export const approvalSchema = z.object({
  id: idSchema,
  versionNumber: z.number().int().min(1),
  name: shortText.trim().min(1),
  role: z.enum(approverRoles),
  approvedOn: dateSchema,
  comment: longText.default(''),
});
export type Approval = z.infer<typeof approvalSchema>;

export const briefSchema = z.object({
  ...baseRecordShape,
  ...briefContentSchema.shape,
  accountId: idSchema,
  ownerId: idSchema.nullable().default(null),
  strategistId: idSchema.nullable().default(null),
  creativeLeadId: idSchema.nullable().default(null),
  status: z.enum(briefStatuses).default('draft'),
  templateId: idSchema.nullable().default(null),
  /** Number of the latest saved version; 0 until the first milestone is saved. */
  currentVersion: z.number().int().min(0).default(0),
  /** The version internal or client approval was given to, if any. */
  approvedVersion: z.number().int().min(1).nullable().default(null),
  approvals: z.array(approvalSchema).max(200).default([]),
});
export type Brief = z.infer<typeof briefSchema>;
export type BriefStatus = Brief['status'];

/** An immutable snapshot of a brief's content: created once, never edited or deleted by normal use. */
export const briefVersionSchema = z.object({
  ...baseRecordShape,
  briefId: idSchema,
  number: z.number().int().min(1),
  author: shortText.default(''),
  note: longText.default(''),
  savedAt: timestampSchema,
  content: briefContentSchema,
});
export type BriefVersion = z.infer<typeof briefVersionSchema>;

export const briefTemplateSectionSchema = z.object({
  key: z.enum(briefSectionKeys),
  /** A renamed heading; empty means the standard heading in the document's language. */
  heading: shortText.default(''),
});

export const briefTemplateSchema = z.object({
  ...baseRecordShape,
  name: shortText.trim().min(1),
  description: shortText.default(''),
  /** Presets ship with the app and cannot be edited; users copy them into their own. */
  preset: z.boolean().default(false),
  jobType: shortText.default(''),
  /** The template a new brief of this job type starts from (one per job type; presets may carry it too). */
  defaultForJobType: z.boolean().default(false),
  sections: z.array(briefTemplateSectionSchema).min(1).max(briefSectionKeys.length),
});
export type BriefTemplate = z.infer<typeof briefTemplateSchema>;
