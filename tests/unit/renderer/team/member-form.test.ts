// The reporting-line rules of the member form: no self-management, no loops, active managers only (but an old
// manager stays allowed on an unchanged record), and the form's email check and draft conversion.
import { describe, expect, it } from 'vitest';
import {
  decodeTeamError,
  managerChoices,
  managerProblem,
  memberFormSchema,
  reportsOf,
  toMemberDraft,
  toMemberForm,
  emptyMemberForm,
} from '../../../../renderer/features/team/member-form';
import { isCurrent } from '../../../../renderer/features/team/member-data';
import { makeMember } from '../../../fixtures/factories';
import { hostileList } from '../../../fixtures/hostile';

// A small team: gad ← ad ← am ← ae, plus an inactive old boss and a loop someone stored by hand.
const gad = makeMember({ name: '陈思远', level: 'GAD' });
const ad = makeMember({ name: '周子墨', level: 'AD', managerId: gad.id });
const am = makeMember({ name: '赵雨桐', level: 'AM', managerId: ad.id });
const ae = makeMember({ name: '郑晓雯', level: 'AE', managerId: am.id });
const former = makeMember({ name: '老领导', level: 'SAD', active: false });
const loopA = makeMember({ name: '甲', managerId: 'loop-b' });
const loopB = makeMember({ id: 'loop-b', name: '乙', managerId: loopA.id });
const team = [gad, ad, am, ae, former, loopA, loopB];

describe('the reporting line', () => {
  it('finds everyone who reports to a member, directly or through others', () => {
    expect(reportsOf(ad.id, team)).toEqual(new Set([am.id, ae.id]));
    expect(reportsOf(ae.id, team).size).toBe(0);
  });

  it('does not hang on a loop already in the data', () => {
    expect(reportsOf(loopA.id, team)).toEqual(new Set([loopB.id]));
  });

  it('refuses a member as their own manager', () => {
    expect(managerProblem(ad.id, ad.id, team)).toBe('managerSelf');
  });

  it('refuses a manager who reports to the member, directly or indirectly', () => {
    expect(managerProblem(ad.id, am.id, team)).toBe('managerLoop');
    expect(managerProblem(ad.id, ae.id, team)).toBe('managerLoop');
  });

  it('refuses an inactive manager unless the member already had them', () => {
    expect(managerProblem(ae.id, former.id, team)).toBe('managerInactive');
    expect(managerProblem(ae.id, former.id, team, former.id)).toBeNull();
  });

  it('refuses a manager who is not in the team list', () => {
    expect(managerProblem(undefined, 'gone', team)).toBe('managerMissing');
  });

  it('accepts no manager, and any active member above for a new member', () => {
    expect(managerProblem(ad.id, '', team)).toBeNull();
    expect(managerProblem(undefined, ae.id, team)).toBeNull();
    expect(managerProblem(ae.id, gad.id, team)).toBeNull();
  });

  it('offers only active members outside the member’s own reporting line, by name', () => {
    const offered = managerChoices(ad.id, team, ad.managerId).map((m) => m.id);
    expect(offered).not.toContain(ad.id);
    expect(offered).not.toContain(am.id);
    expect(offered).not.toContain(ae.id);
    expect(offered).not.toContain(former.id);
    expect(offered).toContain(gad.id);
    expect(managerChoices(ae.id, team, former.id).map((m) => m.id)).toContain(former.id);
  });
});

describe('the member form', () => {
  it('needs a name and reads a bad email as a team error', () => {
    const result = memberFormSchema.safeParse({ ...emptyMemberForm, email: 'not-an-email' });
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['name', 'email']));
    expect(decodeTeamError(issues.find((i) => i.path[0] === 'email')?.message)).toBe('invalidEmail');
  });

  it('accepts any characters and passes them on (only the ends trimmed); over-long text is refused, not cut', () => {
    for (const text of hostileList.filter((s) => s.length <= 500)) {
      const values = { ...toMemberForm(ad), name: `${text}x`, title: text, phone: text };
      expect(memberFormSchema.safeParse(values).success).toBe(true);
      const draft = toMemberDraft(values, ad);
      expect(draft).toMatchObject({ id: ad.id, title: text.trim(), phone: text.trim(), managerId: gad.id, active: true });
    }
    const long = hostileList.find((s) => s.length > 500) ?? 'x'.repeat(10_000);
    const result = memberFormSchema.safeParse({ ...toMemberForm(ad), title: long });
    expect(result.error?.issues[0]).toMatchObject({ path: ['title'], code: 'too_big' });
  });

  it('turns blank fields into no value and keeps a deactivated member inactive when edited', () => {
    const draft = toMemberDraft({ ...toMemberForm(former), joinedOn: '', managerId: '' }, former);
    expect(draft).toMatchObject({ joinedOn: null, managerId: null, active: false });
  });
});

describe('current assignments', () => {
  it('counts an open or future-ended assignment as current and one ended today as history', () => {
    expect(isCurrent({ until: null }, '2026-06-01')).toBe(true);
    expect(isCurrent({ until: '2026-06-02' }, '2026-06-01')).toBe(true);
    expect(isCurrent({ until: '2026-06-01' }, '2026-06-01')).toBe(false);
  });
});
