// Account health (客户健康度): red / amber / green computed from explicit signals, each with its reason, plus a manual override.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Account, HealthLevel } from '../model/account';
import type { Contact } from '../model/contact';
import type { Interaction } from '../model/interaction';
import type { Invoice } from '../model/invoice';
import type { Pitch } from '../model/pitch';
import { accountMoney } from './money';

/** Thresholds of the rules; named so the rules read as a professional would say them. */
export const healthRules = {
  /** Days since the last contact with any decision-maker before the relationship counts as cooling / cold. */
  decisionMakerSilenceAmberDays: 60,
  decisionMakerSilenceRedDays: 120,
  /** Days an unpaid invoice may be overdue before it is serious. */
  overdueRedDays: 90,
  /** Collection rate (回款率) below which money is a concern / a problem. */
  collectionRateAmber: 0.8,
  collectionRateRed: 0.5,
  /** A lost pitch on this account within this many days. */
  lostPitchWindowDays: 180,
  /** Versions saved on one brief within the window that suggest the client keeps changing direction. */
  briefRevisionsAmber: 5,
  briefRevisionsWindowDays: 90,
} as const;

export type HealthReason =
  | { code: 'overdue-invoices'; level: HealthLevel; count: number; amount: number; currency: string; oldestDays: number }
  | { code: 'low-collection-rate'; level: HealthLevel; rate: number; currency: string }
  | { code: 'no-decision-maker-contact'; level: HealthLevel; days: number | null }
  | { code: 'no-decision-maker'; level: HealthLevel }
  | { code: 'lost-pitch'; level: HealthLevel; title: string; decidedOn: string | null; rePitch: boolean }
  | { code: 'brief-revisions'; level: HealthLevel; title: string; versions: number }
  | { code: 'manual'; level: HealthLevel; reason: string };

export type AccountHealth = {
  level: HealthLevel;
  /** The computed level, before any manual override. */
  computedLevel: HealthLevel;
  overridden: boolean;
  reasons: HealthReason[];
};

export type HealthInput = {
  account: Account;
  contacts: readonly Contact[];
  interactions: readonly Interaction[];
  invoices: readonly Invoice[];
  pitches: readonly Pitch[];
  /** Versions saved per brief within the revision window: brief title and count. */
  briefRevisions?: readonly { title: string; versions: number }[];
  today: string;
};

const rank: Record<HealthLevel, number> = { green: 0, amber: 1, red: 2 };
export const worstLevel = (levels: readonly HealthLevel[]): HealthLevel =>
  levels.reduce<HealthLevel>((worst, level) => (rank[level] > rank[worst] ? level : worst), 'green');

const daysBetween = (from: string, to: string) => differenceInCalendarDays(parseISO(to), parseISO(from));

/** The last day we spoke with any of the account's decision-makers: from the log, or the contact's own last-contact date. */
export function lastDecisionMakerContact(contacts: readonly Contact[], interactions: readonly Interaction[], today: string): string | null {
  const makers = contacts.filter((c) => !c.deletedAt && c.decisionRole === 'decision-maker');
  const makerIds = new Set(makers.map((c) => c.id));
  let last: string | null = null;
  for (const c of makers) if (c.lastContactOn && c.lastContactOn <= today && (!last || c.lastContactOn > last)) last = c.lastContactOn;
  for (const i of interactions) {
    if (i.deletedAt || i.date > today || !i.contactIds.some((id) => makerIds.has(id))) continue;
    if (!last || i.date > last) last = i.date;
  }
  return last;
}

export function computeHealth(input: HealthInput): AccountHealth {
  const { account, today } = input;
  const reasons: HealthReason[] = [];
  const servedStatuses: Account['status'][] = ['active', 'paused'];
  const served = servedStatuses.includes(account.status);

  for (const money of accountMoney(input.invoices, today)) {
    if (money.overdue > 0) {
      const oldestDue = input.invoices
        .filter((i) => !i.deletedAt && i.currency === money.currency && i.dueOn < today && i.receipts.reduce((s, r) => s + r.amount, 0) < i.amount)
        .map((i) => i.dueOn)
        .sort()[0];
      const oldestDays = oldestDue ? daysBetween(oldestDue, today) : 0;
      reasons.push({
        code: 'overdue-invoices',
        level: oldestDays > healthRules.overdueRedDays ? 'red' : 'amber',
        count: money.overdueCount,
        amount: money.overdue,
        currency: money.currency,
        oldestDays,
      });
    }
    if (money.collectionRate !== null && money.billed > 0 && money.overdue > 0) {
      // The rate only signals trouble when something is actually late; invoices not yet due are not a concern.
      if (money.collectionRate < healthRules.collectionRateRed) reasons.push({ code: 'low-collection-rate', level: 'red', rate: money.collectionRate, currency: money.currency });
      else if (money.collectionRate < healthRules.collectionRateAmber) reasons.push({ code: 'low-collection-rate', level: 'amber', rate: money.collectionRate, currency: money.currency });
    }
  }

  if (served) {
    const makers = input.contacts.filter((c) => !c.deletedAt && c.decisionRole === 'decision-maker');
    if (makers.length === 0) reasons.push({ code: 'no-decision-maker', level: 'amber' });
    else {
      const last = lastDecisionMakerContact(input.contacts, input.interactions, today);
      const days = last ? daysBetween(last, today) : null;
      if (days === null || days > healthRules.decisionMakerSilenceRedDays) reasons.push({ code: 'no-decision-maker-contact', level: 'red', days });
      else if (days > healthRules.decisionMakerSilenceAmberDays) reasons.push({ code: 'no-decision-maker-contact', level: 'amber', days });
    }
  }

  for (const pitch of input.pitches) {
    if (pitch.deletedAt || pitch.stage !== 'lost') continue;
    const decidedOn = pitch.outcome?.decidedOn ?? pitch.pitchDate;
    if (decidedOn && daysBetween(decidedOn, today) > healthRules.lostPitchWindowDays) continue;
    const rePitch = pitch.type === 're-pitch';
    reasons.push({ code: 'lost-pitch', level: rePitch ? 'red' : 'amber', title: pitch.title, decidedOn, rePitch });
  }

  for (const brief of input.briefRevisions ?? []) {
    if (brief.versions >= healthRules.briefRevisionsAmber) reasons.push({ code: 'brief-revisions', level: 'amber', title: brief.title, versions: brief.versions });
  }

  const computedLevel = worstLevel(reasons.map((r) => r.level));
  const override = account.healthOverride;
  if (override) {
    return {
      level: override.level,
      computedLevel,
      overridden: true,
      reasons: [{ code: 'manual', level: override.level, reason: override.reason }, ...reasons],
    };
  }
  return { level: computedLevel, computedLevel, overridden: false, reasons };
}
