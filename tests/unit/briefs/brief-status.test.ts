// The rules of a brief's life: unsaved changes, the status flow, approvals against versions, restore and duplicate.
import { describe, expect, it } from 'vitest';
import type { Approval, Brief } from '@shared/model/brief';
import {
  applyApproval,
  approvalState,
  availableActions,
  canRecordApproval,
  contentOf,
  duplicateFields,
  editReopensApproval,
  hasUnsavedChanges,
  refusalOf,
  restoreVersionPatch,
  sameContent,
  statusAfterAction,
  statusAfterEdit,
} from '@shared/metrics/brief-status';
import { makeBrief, makeBriefVersion } from '../../fixtures/factories';

const approval = (versionNumber: number, role: Approval['role'] = 'strategy-director'): Approval => ({ id: `a-${versionNumber}-${role}`, versionNumber, name: '何静', role, approvedOn: '2026-03-05', comment: '' });

function briefAt(overrides: Partial<Brief> = {}): Brief {
  return makeBrief('acc-1', { currentVersion: 2, ...overrides });
}

describe('unsaved changes', () => {
  it('a brief never saved as a version always has unsaved changes', () => {
    const brief = briefAt({ currentVersion: 0 });
    expect(hasUnsavedChanges(brief, undefined)).toBe(true);
  });

  it('a brief equal to its latest version has none; any content edit makes some', () => {
    const brief = briefAt();
    const latest = makeBriefVersion(brief, { number: 2 });
    expect(hasUnsavedChanges(brief, latest)).toBe(false);
    expect(hasUnsavedChanges({ ...brief, proposition: `${brief.proposition}！` }, latest)).toBe(true);
    expect(hasUnsavedChanges({ ...brief, deliverables: [{ id: 'd', media: '抖音', format: '', quantity: '', spec: '', dueOn: null }] }, latest)).toBe(true);
  });

  it('people, status and approvals are not content: changing them leaves the version current', () => {
    const brief = briefAt();
    const latest = makeBriefVersion(brief, { number: 2 });
    const changed: Brief = { ...brief, ownerId: 'm9', status: 'approved', approvals: [approval(2)] };
    expect(hasUnsavedChanges(changed, latest)).toBe(false);
  });

  it('compares contents whatever the order of their keys', () => {
    const brief = briefAt();
    const reversed = Object.fromEntries(Object.entries(contentOf(brief)).reverse()) as unknown as typeof brief;
    expect(sameContent(brief, reversed)).toBe(true);
  });
});

describe('status flow', () => {
  it('editing an approved, client-approved or reviewed brief takes it back to draft; drafts and closed briefs keep their status', () => {
    expect(statusAfterEdit('approved')).toBe('draft');
    expect(statusAfterEdit('client-approved')).toBe('draft');
    expect(statusAfterEdit('internal-review')).toBe('draft');
    expect(statusAfterEdit('draft')).toBe('draft');
    expect(statusAfterEdit('archived')).toBe('archived');
    expect(editReopensApproval('approved')).toBe(true);
    expect(editReopensApproval('draft')).toBe(false);
  });

  it('a draft goes to internal review only once a version holds every change', () => {
    expect(statusAfterAction({ status: 'draft', currentVersion: 0 }, true, 'submit-for-review')).toBeNull();
    expect(refusalOf({ status: 'draft', currentVersion: 0 }, true, 'submit-for-review')).toBe('needs-version');
    expect(statusAfterAction({ status: 'draft', currentVersion: 1 }, true, 'submit-for-review')).toBeNull();
    expect(refusalOf({ status: 'draft', currentVersion: 1 }, true, 'submit-for-review')).toBe('unsaved-changes');
    expect(statusAfterAction({ status: 'draft', currentVersion: 1 }, false, 'submit-for-review')).toBe('internal-review');
  });

  it('review can be withdrawn; any open brief can be superseded or archived; closed briefs can only be reopened as drafts', () => {
    expect(statusAfterAction({ status: 'internal-review', currentVersion: 1 }, false, 'withdraw-from-review')).toBe('draft');
    for (const status of ['draft', 'internal-review', 'approved', 'client-approved'] as const) {
      expect(statusAfterAction({ status, currentVersion: 1 }, false, 'archive')).toBe('archived');
      expect(statusAfterAction({ status, currentVersion: 1 }, false, 'supersede')).toBe('superseded');
      expect(statusAfterAction({ status, currentVersion: 1 }, false, 'reopen')).toBeNull();
    }
    expect(availableActions({ status: 'archived', currentVersion: 3 }, false)).toEqual(['reopen']);
    expect(statusAfterAction({ status: 'superseded', currentVersion: 3 }, false, 'reopen')).toBe('draft');
    expect(refusalOf({ status: 'archived', currentVersion: 3 }, false, 'archive')).toBe('not-allowed');
  });
});

describe('approvals against versions', () => {
  it('an internal approval of the latest, unchanged version approves the brief and records which version', () => {
    const outcome = applyApproval(briefAt({ status: 'internal-review' }), approval(2), false);
    expect(outcome).toEqual({ ok: true, patch: { status: 'approved', approvedVersion: 2, approvals: [approval(2)] } });
  });

  it("the client's approval makes it client-approved; a later internal sign-off of the same version keeps it so", () => {
    const client = applyApproval(briefAt({ status: 'approved', approvedVersion: 2, approvals: [approval(2)] }), approval(2, 'client'), false);
    expect(client.ok && client.patch.status).toBe('client-approved');
    const after = applyApproval(briefAt({ status: 'client-approved', approvedVersion: 2 }), approval(2, 'creative-director'), false);
    expect(after.ok && after.patch.status).toBe('client-approved');
  });

  it('approving an older version, or while changes wait unsaved, is history: the status stays and the approved version only moves forward', () => {
    const older = applyApproval(briefAt({ status: 'draft', currentVersion: 3, approvedVersion: null }), approval(2), false);
    expect(older).toMatchObject({ ok: true, patch: { status: 'draft', approvedVersion: 2 } });
    const pending = applyApproval(briefAt({ status: 'draft', currentVersion: 3, approvedVersion: 2 }), approval(3), true);
    expect(pending).toMatchObject({ ok: true, patch: { status: 'draft', approvedVersion: 3 } });
    const backwards = applyApproval(briefAt({ status: 'draft', currentVersion: 3, approvedVersion: 3 }), approval(1), false);
    expect(backwards.ok && backwards.patch.approvedVersion).toBe(3);
  });

  it('refuses a version that does not exist and a closed brief', () => {
    expect(applyApproval(briefAt({ currentVersion: 2 }), approval(3), false)).toEqual({ ok: false, reason: 'no-such-version' });
    expect(applyApproval(briefAt({ currentVersion: 0 }), approval(1), false)).toEqual({ ok: false, reason: 'no-such-version' });
    expect(applyApproval(briefAt({ status: 'archived' }), approval(2), false)).toEqual({ ok: false, reason: 'closed' });
    expect(canRecordApproval({ status: 'draft', currentVersion: 0 })).toBe(false);
    expect(canRecordApproval({ status: 'draft', currentVersion: 1 })).toBe(true);
  });

  it('says when an approved brief was edited and needs approval again', () => {
    expect(approvalState({ status: 'draft', approvedVersion: null })).toEqual({ kind: 'none' });
    expect(approvalState({ status: 'approved', approvedVersion: 2 })).toEqual({ kind: 'current', version: 2 });
    expect(approvalState({ status: 'client-approved', approvedVersion: 2 })).toEqual({ kind: 'current', version: 2 });
    expect(approvalState({ status: statusAfterEdit('approved'), approvedVersion: 2 })).toEqual({ kind: 'needs-reapproval', version: 2 });
    expect(approvalState({ status: 'archived', approvedVersion: 2 })).toEqual({ kind: 'current', version: 2 });
  });
});

describe('restore and duplicate', () => {
  it('restoring an old version brings its content back as the draft, keeps history, and reopens an approved brief', () => {
    const brief = briefAt({ status: 'client-approved', approvedVersion: 2, proposition: '新的诉求' });
    const v1 = makeBriefVersion({ ...brief, proposition: '最早的诉求' }, { number: 1 });
    const patch = restoreVersionPatch(brief, v1);
    expect(patch.proposition).toBe('最早的诉求');
    expect(patch.status).toBe('draft');
    expect(patch).not.toHaveProperty('currentVersion');
    expect(patch).not.toHaveProperty('approvals');
  });

  it('a duplicate keeps content and people but starts a fresh history with new row ids', () => {
    const source = briefAt({
      status: 'client-approved',
      approvedVersion: 2,
      approvals: [approval(2)],
      ownerId: 'm1',
      deliverables: [{ id: 'd1', media: 'TVC', format: '15 秒', quantity: '1', spec: '', dueOn: null }],
      timeline: [{ id: 't1', label: '提案', date: '2026-03-20', owner: '张蕾' }],
    });
    let n = 0;
    const copy = duplicateFields(source, '复制的简报', () => `new-${++n}`);
    expect(copy).toMatchObject({ title: '复制的简报', status: 'draft', currentVersion: 0, approvedVersion: null, approvals: [], ownerId: 'm1', accountId: source.accountId, proposition: source.proposition });
    expect(copy.deliverables[0]).toEqual({ ...source.deliverables[0], id: 'new-1' });
    expect(copy.timeline[0]?.id).toBe('new-2');
    expect(copy).not.toHaveProperty('id');
  });
});
