// Relationship log entry (客户沟通记录): a meeting, call, dinner, email or event, with its next step and follow-up.
import { z } from 'zod';
import { baseRecordShape, dateSchema, idSchema, longText, optionalDate } from './common';

export const interactionTypes = ['meeting', 'call', 'dinner', 'email', 'event'] as const;

export const interactionSchema = z.object({
  ...baseRecordShape,
  accountId: idSchema,
  date: dateSchema,
  type: z.enum(interactionTypes).default('meeting'),
  /** Our people present (member ids) and the client's (contact ids). */
  memberIds: z.array(idSchema).max(100).default([]),
  contactIds: z.array(idSchema).max(100).default([]),
  summary: longText.default(''),
  nextStep: longText.default(''),
  followUpOn: optionalDate,
  followUpDone: z.boolean().default(false),
});

export type Interaction = z.infer<typeof interactionSchema>;
export type InteractionType = Interaction['type'];
