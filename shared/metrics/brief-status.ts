// The rules of a brief's life: its content, unsaved changes, the status flow, approvals against versions, restore and duplicate.
import {
  briefContentSchema,
  type Approval,
  type Brief,
  type BriefContent,
  type BriefStatus,
  type BriefVersion,
} from '../model/brief';

export type BriefContentKey = keyof BriefContent;
/** Every field a version captures, in the order a reader meets them (header, then the body sections). */
export const briefContentKeys = Object.keys(briefContentSchema.shape) as BriefContentKey[];

/** The content of a brief (what a version captures), without its bookkeeping, people or status. */
export function contentOf(record: BriefContent): BriefContent {
  const content = {} as Record<BriefContentKey, unknown>;
  for (const key of briefContentKeys) content[key] = record[key];
  return content as BriefContent;
}

/** Canonical text of a value, for equality: object keys sorted so that two equal contents compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export function sameContent(a: BriefContent, b: BriefContent): boolean {
  return canonical(contentOf(a)) === canonical(contentOf(b));
}

/**
 * True when the brief holds changes that no version has captured yet: it has never been saved as a version, or its
 * content differs from the latest version's.
 */
export function hasUnsavedChanges(brief: Pick<Brief, 'currentVersion'> & BriefContent, latest: BriefVersion | null | undefined): boolean {
  if (brief.currentVersion === 0 || !latest) return true;
  return !sameContent(brief, latest.content);
}

/** Statuses whose content was reviewed or approved as a version: an edit means that version no longer speaks for the brief. */
const settledStatuses: ReadonlySet<BriefStatus> = new Set(['internal-review', 'approved', 'client-approved']);

/** Closed briefs are kept as they are: reopen one to change it. */
export function isClosed(status: BriefStatus): boolean {
  return status === 'archived' || status === 'superseded';
}

/**
 * The status after the content changes. Editing a brief under review or approved starts a new version that needs
 * approval again, so it goes back to draft; the approvals and `approvedVersion` stay as history.
 */
export function statusAfterEdit(status: BriefStatus): BriefStatus {
  return settledStatuses.has(status) ? 'draft' : status;
}

/** True when the edit is the one that takes a reviewed or approved brief back to draft (the editor says so once). */
export function editReopensApproval(status: BriefStatus): boolean {
  return settledStatuses.has(status);
}

export const briefActions = ['submit-for-review', 'withdraw-from-review', 'supersede', 'archive', 'reopen'] as const;
export type BriefAction = (typeof briefActions)[number];

/** What a user may do to the status now. Submitting for review needs a saved version that holds every change. */
export function availableActions(brief: Pick<Brief, 'status' | 'currentVersion'>, unsaved: boolean): BriefAction[] {
  switch (brief.status) {
    case 'draft':
      return [...(brief.currentVersion > 0 && !unsaved ? (['submit-for-review'] as const) : []), 'supersede', 'archive'];
    case 'internal-review':
      return ['withdraw-from-review', 'supersede', 'archive'];
    case 'approved':
    case 'client-approved':
      return ['supersede', 'archive'];
    case 'superseded':
    case 'archived':
      return ['reopen'];
  }
}

/** Why an action cannot be taken, or null when it can. */
export type ActionRefusal = 'needs-version' | 'unsaved-changes' | 'not-allowed';

export function refusalOf(brief: Pick<Brief, 'status' | 'currentVersion'>, unsaved: boolean, action: BriefAction): ActionRefusal | null {
  if (availableActions(brief, unsaved).includes(action)) return null;
  if (action === 'submit-for-review' && brief.status === 'draft') return brief.currentVersion === 0 ? 'needs-version' : 'unsaved-changes';
  return 'not-allowed';
}

const actionTarget: Record<BriefAction, BriefStatus> = {
  'submit-for-review': 'internal-review',
  'withdraw-from-review': 'draft',
  supersede: 'superseded',
  archive: 'archived',
  reopen: 'draft',
};

/** The status an action leads to, or null when the action is not open to this brief now. */
export function statusAfterAction(brief: Pick<Brief, 'status' | 'currentVersion'>, unsaved: boolean, action: BriefAction): BriefStatus | null {
  return availableActions(brief, unsaved).includes(action) ? actionTarget[action] : null;
}

/** Approvals may be recorded once a version exists, on any brief that is not closed. */
export function canRecordApproval(brief: Pick<Brief, 'status' | 'currentVersion'>): boolean {
  return brief.currentVersion > 0 && !isClosed(brief.status);
}

export type ApprovalOutcome =
  | { ok: true; patch: Pick<Brief, 'approvals' | 'status' | 'approvedVersion'> }
  | { ok: false; reason: 'no-such-version' | 'closed' };

/**
 * Records an approval given to a version. An approval of the latest version, with no changes since, approves the
 * brief: the client's makes it client-approved, an internal one approved (a client-approved brief stays so). An
 * approval of an older version, or while unsaved changes wait, is kept as history and moves `approvedVersion` at
 * most forward; the status stays.
 */
export function applyApproval(brief: Pick<Brief, 'status' | 'currentVersion' | 'approvedVersion' | 'approvals'>, approval: Approval, unsaved: boolean): ApprovalOutcome {
  if (isClosed(brief.status)) return { ok: false, reason: 'closed' };
  if (approval.versionNumber < 1 || approval.versionNumber > brief.currentVersion) return { ok: false, reason: 'no-such-version' };
  const approvals = [...brief.approvals, approval];
  const current = approval.versionNumber === brief.currentVersion && !unsaved;
  const approvedVersion = Math.max(brief.approvedVersion ?? 0, approval.versionNumber);
  if (!current) return { ok: true, patch: { approvals, status: brief.status, approvedVersion } };
  const status: BriefStatus = approval.role === 'client' || (brief.status === 'client-approved' && brief.approvedVersion === approval.versionNumber) ? 'client-approved' : 'approved';
  return { ok: true, patch: { approvals, status, approvedVersion } };
}

/** Where the brief stands on approval, for the list and the editor's header. */
export type ApprovalState =
  /** No version has been approved. */
  | { kind: 'none' }
  /** The approved version is the brief as it stands. */
  | { kind: 'current'; version: number }
  /** An earlier version was approved; what the brief says now needs approval again. */
  | { kind: 'needs-reapproval'; version: number };

export function approvalState(brief: Pick<Brief, 'status' | 'approvedVersion'>): ApprovalState {
  if (brief.approvedVersion === null) return { kind: 'none' };
  if (brief.status === 'approved' || brief.status === 'client-approved') return { kind: 'current', version: brief.approvedVersion };
  if (brief.status === 'draft' || brief.status === 'internal-review') return { kind: 'needs-reapproval', version: brief.approvedVersion };
  return { kind: 'current', version: brief.approvedVersion };
}

/** Approvals of one version, in the order they were given. */
export function approvalsOf(brief: Pick<Brief, 'approvals'>, versionNumber: number): Approval[] {
  return brief.approvals.filter((a) => a.versionNumber === versionNumber);
}

/**
 * An old version's content brought back as the working draft. It does not rewrite history: the next milestone saves
 * it as a new version, and a reviewed or approved brief goes back to draft.
 */
export function restoreVersionPatch(brief: Pick<Brief, 'status'>, version: BriefVersion): BriefContent & Pick<Brief, 'status'> {
  return { ...contentOf(version.content), status: statusAfterEdit(brief.status) };
}

/** The fields of a new brief duplicated from an earlier one: same content and people, a fresh history, new row ids. */
export function duplicateFields(
  source: Brief,
  title: string,
  newId: () => string,
): BriefContent & Pick<Brief, 'accountId' | 'ownerId' | 'strategistId' | 'creativeLeadId' | 'templateId' | 'status' | 'currentVersion' | 'approvedVersion' | 'approvals'> {
  const content = contentOf(source);
  return {
    ...content,
    title,
    deliverables: content.deliverables.map((row) => ({ ...row, id: newId() })),
    timeline: content.timeline.map((row) => ({ ...row, id: newId() })),
    accountId: source.accountId,
    ownerId: source.ownerId,
    strategistId: source.strategistId,
    creativeLeadId: source.creativeLeadId,
    templateId: source.templateId,
    status: 'draft',
    currentVersion: 0,
    approvedVersion: null,
    approvals: [],
  };
}
