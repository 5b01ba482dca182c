// The member form's values and rules: the model's member fields as inputs hold them, the email check, and the
// reporting-line rules (a manager is an active member, not the member themselves, and never one of their reports).
import { z } from 'zod';
import { memberLevels, memberSchema, type Member } from '@shared/model/member';
import { dateSchema, shortText } from '@shared/model/common';
import type { Draft } from '../../db';
import { encodeMessage } from '../../i18n/validation';

export type MemberFormValues = {
  name: string;
  nameEn: string;
  level: Member['level'];
  title: string;
  /** '' for no manager. */
  managerId: string;
  joinedOn: string;
  email: string;
  phone: string;
};

export const emptyMemberForm: MemberFormValues = {
  name: '',
  nameEn: '',
  level: 'AE',
  title: '',
  managerId: '',
  joinedOn: '',
  email: '',
  phone: '',
};

/** Errors specific to this form, keyed under `team.form.errors` (the shared validation messages cover the rest). */
export type MemberFormError = 'invalidEmail' | 'managerSelf' | 'managerLoop' | 'managerMissing' | 'managerInactive';
const TEAM_ERROR = 'team-error:';

export function encodeTeamError(error: MemberFormError): string {
  return TEAM_ERROR + error;
}

/** The team error an encoded form message names, or null for a shared validation message. */
export function decodeTeamError(message: string | undefined): MemberFormError | null {
  return message?.startsWith(TEAM_ERROR) ? (message.slice(TEAM_ERROR.length) as MemberFormError) : null;
}

// Deliberately loose: one @, something either side, a dot in the domain. Real checking is the mail server's job.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const memberFormSchema = z.object({
  name: memberSchema.shape.name,
  nameEn: shortText,
  level: z.enum(memberLevels),
  title: shortText,
  managerId: z.string(),
  joinedOn: z.string().refine((v) => v === '' || dateSchema.safeParse(v).success, { message: encodeMessage({ key: 'invalidDate' }) }),
  email: shortText.refine((v) => v.trim() === '' || EMAIL.test(v.trim()), { message: encodeTeamError('invalidEmail') }),
  phone: shortText,
});

export function toMemberForm(member: Member): MemberFormValues {
  return {
    name: member.name,
    nameEn: member.nameEn,
    level: member.level,
    title: member.title,
    managerId: member.managerId ?? '',
    joinedOn: member.joinedOn ?? '',
    email: member.email,
    phone: member.phone,
  };
}

export function toMemberDraft(values: MemberFormValues, existing?: Member): Draft<'members'> {
  return {
    ...(existing ?? {}),
    name: values.name.trim(),
    nameEn: values.nameEn.trim(),
    level: values.level,
    title: values.title.trim(),
    managerId: values.managerId === '' ? null : values.managerId,
    joinedOn: values.joinedOn === '' ? null : values.joinedOn,
    email: values.email.trim(),
    phone: values.phone.trim(),
    active: existing?.active ?? true,
  };
}

type Line = Pick<Member, 'id' | 'managerId'>;

/** Everyone who reports to `memberId`, directly or through others (cycles in stored data are tolerated). */
export function reportsOf(memberId: string, members: readonly Line[]): Set<string> {
  const byManager = new Map<string, string[]>();
  for (const member of members) {
    if (!member.managerId) continue;
    const list = byManager.get(member.managerId) ?? [];
    list.push(member.id);
    byManager.set(member.managerId, list);
  }
  const found = new Set<string>();
  const queue = [memberId];
  while (queue.length > 0) {
    const current = queue.pop() as string;
    for (const report of byManager.get(current) ?? []) {
      if (report === memberId || found.has(report)) continue;
      found.add(report);
      queue.push(report);
    }
  }
  return found;
}

/**
 * Why `managerId` cannot manage the member `selfId` (undefined for a new member), or null when it can.
 * `previousManagerId` stays allowed even if inactive, so editing an old member's phone number does not force a
 * new manager on them.
 */
export function managerProblem(
  selfId: string | undefined,
  managerId: string,
  members: readonly Pick<Member, 'id' | 'managerId' | 'active'>[],
  previousManagerId: string | null = null,
): MemberFormError | null {
  if (managerId === '') return null;
  if (selfId !== undefined && managerId === selfId) return 'managerSelf';
  const manager = members.find((m) => m.id === managerId);
  if (!manager) return 'managerMissing';
  if (!manager.active && managerId !== previousManagerId) return 'managerInactive';
  if (selfId !== undefined && reportsOf(selfId, members).has(managerId)) return 'managerLoop';
  return null;
}

/** The members offered as manager: active ones that would not make a loop, plus the current manager if inactive. */
export function managerChoices<M extends Pick<Member, 'id' | 'managerId' | 'active' | 'name'>>(selfId: string | undefined, members: readonly M[], previousManagerId: string | null): M[] {
  const excluded = selfId === undefined ? new Set<string>() : reportsOf(selfId, members);
  return members
    .filter((m) => m.id !== selfId && !excluded.has(m.id) && (m.active || m.id === previousManagerId))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
