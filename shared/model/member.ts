// Team member (团队成员) and their assignment to accounts with a role.
import { z } from 'zod';
import { baseRecordShape, dateSchema, idSchema, optionalDate, shortText } from './common';

export const memberLevels = ['AE', 'SAE', 'AM', 'SAM', 'AD', 'SAD', 'GAD', 'BD', 'SD', 'CD', 'ECD', 'Other'] as const;

export const memberSchema = z.object({
  ...baseRecordShape,
  name: shortText.trim().min(1),
  nameEn: shortText.default(''),
  level: z.enum(memberLevels).default('AE'),
  title: shortText.default(''),
  managerId: idSchema.nullable().default(null),
  joinedOn: optionalDate,
  email: shortText.default(''),
  phone: shortText.default(''),
  /** Leaving members are deactivated, never deleted, so their history stays. */
  active: z.boolean().default(true),
});

export type Member = z.infer<typeof memberSchema>;
export type MemberLevel = Member['level'];

export const assignmentRoles = ['lead', 'account-director', 'account-manager', 'account-executive', 'strategy', 'creative', 'other'] as const;

export const assignmentSchema = z.object({
  ...baseRecordShape,
  accountId: idSchema,
  memberId: idSchema,
  role: z.enum(assignmentRoles).default('other'),
  since: optionalDate,
  until: dateSchema.nullable().default(null),
});

export type Assignment = z.infer<typeof assignmentSchema>;
export type AssignmentRole = Assignment['role'];
