// Turns records into search documents: what each kind is called, what it says, and the route that opens it.
import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import type { Brief } from '../model/brief';
import type { Pitch } from '../model/pitch';
import type { Member } from '../model/member';
import type { Evaluation } from '../model/evaluation';
import type { Report } from '../model/report';
import type { SearchDoc } from './search-index';

export type SearchRecords = {
  accounts: readonly Account[];
  contacts: readonly Contact[];
  briefs: readonly Brief[];
  pitches: readonly Pitch[];
  members: readonly Member[];
  evaluations: readonly Evaluation[];
  reports: readonly Report[];
};

const join = (parts: readonly (string | null | undefined)[]) => parts.filter((p) => p !== null && p !== undefined && p !== '').join('\n');

export function accountDoc(a: Account): SearchDoc {
  return { kind: 'account', id: a.id, title: a.brand, subtitle: join([a.company, a.industry]), body: join([...a.scope, a.notes]), href: `/accounts/${a.id}` };
}

export function contactDoc(c: Contact, brandOf: (id: string) => string): SearchDoc {
  return { kind: 'contact', id: c.id, title: c.name, subtitle: join([c.title, brandOf(c.accountId)]), body: join([c.email, c.phone, c.notes]), href: `/accounts/${c.accountId}` };
}

/** A brief's every section, deliverables and timeline included, so a word anywhere in it finds it. */
export function briefDoc(b: Brief, brandOf: (id: string) => string): SearchDoc {
  return {
    kind: 'brief',
    id: b.id,
    title: b.title,
    subtitle: join([brandOf(b.accountId), b.project, b.jobNumber]),
    body: join([
      b.background, b.businessObjective, b.communicationObjective, b.competitiveFrame, b.audienceWho, b.audienceNow, b.insight,
      b.responseThink, b.responseFeel, b.responseDo, b.proposition, ...b.reasonsToBelieve, b.tone, b.mandatories, b.successCriteria,
      ...b.deliverables.map((d) => join([d.media, d.format, d.spec])),
      ...b.timeline.map((m) => join([m.label, m.owner])),
    ]),
    href: `/briefs/${b.id}`,
  };
}

export function pitchDoc(p: Pitch, brandOf: (id: string) => string): SearchDoc {
  return {
    kind: 'pitch',
    id: p.id,
    title: p.title,
    subtitle: brandOf(p.accountId),
    body: join([p.clientBrief, p.strategy, p.bigIdea, ...p.competitors.map((c) => c.agency), ...p.panel.map((m) => join([m.name, m.title])), ...p.prepItems.map((i) => i.task), p.outcome?.winningAgency, p.outcome?.lessons]),
    href: `/pitches/${p.id}`,
  };
}

export function memberDoc(m: Member): SearchDoc {
  return { kind: 'member', id: m.id, title: m.name, subtitle: join([m.nameEn, m.level, m.title]), body: join([m.email, m.phone]), href: `/team/${m.id}` };
}

export function evaluationDoc(e: Evaluation, memberName: (id: string) => string): SearchDoc {
  return {
    kind: 'evaluation',
    id: e.id,
    title: `${memberName(e.memberId)} · ${e.quarter}`,
    subtitle: e.quarter,
    body: join([e.strengths, e.developmentAreas, e.trainingPlan, e.memberComment, ...e.goals.map((g) => g.text), ...e.scores.map((s) => s.comment)]),
    href: `/evaluations/${e.id}`,
  };
}

export function reportDoc(r: Report): SearchDoc {
  return {
    kind: 'report',
    id: r.id,
    title: r.title,
    subtitle: `${r.periodStart} – ${r.periodEnd}`,
    body: join([r.summary, r.achievements, r.issues, ...r.suggestions.map((s) => s.text), ...r.plan.map((p) => p.action)]),
    href: `/reports/${r.id}`,
  };
}

/** Every live record as a search document. */
export function* searchDocs(records: SearchRecords): Generator<SearchDoc> {
  const brands = new Map(records.accounts.map((a) => [a.id, a.brand]));
  const names = new Map(records.members.map((m) => [m.id, m.name]));
  const brandOf = (id: string) => brands.get(id) ?? '';
  const memberName = (id: string) => names.get(id) ?? '';
  const live = <T extends { deletedAt: string | null }>(list: readonly T[]) => list.filter((r) => r.deletedAt === null);
  for (const a of live(records.accounts)) yield accountDoc(a);
  for (const c of live(records.contacts)) yield contactDoc(c, brandOf);
  for (const b of live(records.briefs)) yield briefDoc(b, brandOf);
  for (const p of live(records.pitches)) yield pitchDoc(p, brandOf);
  for (const m of live(records.members)) yield memberDoc(m);
  for (const e of live(records.evaluations)) yield evaluationDoc(e, memberName);
  for (const r of live(records.reports)) yield reportDoc(r);
}
