// Checks every sample must pass beyond its schemas: versions, approvals, money, reporting lines and times that make sense together.
import type { BackupTables } from '@shared/backup/format';
import { briefContentSchema } from '@shared/model/brief';

/** Everything wrong with the sample's internal logic, as readable lines; empty when all is well. */
export function inconsistencies(tables: BackupTables, today: string): string[] {
  const problems: string[] = [];
  const note = (line: string) => {
    if (problems.length < 30) problems.push(line);
  };
  const latestStamp = `${today}T00:00:00.000Z`;

  for (const [name, rows] of Object.entries(tables) as [string, { id: string; createdAt?: string; updatedAt: string }[]][]) {
    for (const row of rows) {
      if (row.createdAt !== undefined && row.updatedAt < row.createdAt) note(`${name} ${row.id}: updated before created`);
      if (row.updatedAt >= latestStamp || (row.createdAt ?? '') >= latestStamp) note(`${name} ${row.id}: a time on or after today`);
    }
  }

  const versionsByBrief = new Map<string, BackupTables['briefVersions']>();
  for (const v of tables.briefVersions) versionsByBrief.set(v.briefId, [...(versionsByBrief.get(v.briefId) ?? []), v]);
  const contentKeys = Object.keys(briefContentSchema.shape) as (keyof typeof briefContentSchema.shape)[];
  for (const brief of tables.briefs) {
    const versions = (versionsByBrief.get(brief.id) ?? []).sort((a, b) => a.number - b.number);
    if (versions.length !== brief.currentVersion) note(`brief ${brief.id}: ${versions.length} versions but currentVersion ${brief.currentVersion}`);
    versions.forEach((v, i) => {
      if (v.number !== i + 1) note(`brief ${brief.id}: version numbers not 1..n`);
      const prev = versions[i - 1];
      if (prev && v.savedAt <= prev.savedAt) note(`brief ${brief.id}: version ${v.number} saved before version ${prev.number}`);
      if (prev && JSON.stringify(prev.content) === JSON.stringify(v.content)) note(`brief ${brief.id}: version ${v.number} changes nothing`);
    });
    const latest = versions[versions.length - 1];
    if (latest) {
      for (const key of contentKeys) {
        if (JSON.stringify(latest.content[key]) !== JSON.stringify(brief[key])) note(`brief ${brief.id}: ${key} differs from its latest version`);
      }
    }
    for (const a of brief.approvals) if (a.versionNumber > brief.currentVersion) note(`brief ${brief.id}: approval of a version that does not exist`);
    if (brief.approvedVersion !== null && !brief.approvals.some((a) => a.versionNumber === brief.approvedVersion)) note(`brief ${brief.id}: approved version without an approval`);
    if (['approved', 'client-approved'].includes(brief.status) && brief.approvedVersion !== brief.currentVersion) note(`brief ${brief.id}: ${brief.status} but not the current version`);
    if (brief.status === 'client-approved' && !brief.approvals.some((a) => a.role === 'client' && a.versionNumber === brief.currentVersion)) note(`brief ${brief.id}: client-approved without a client approval`);
  }

  for (const invoice of tables.invoices) {
    const received = invoice.receipts.reduce((sum, r) => sum + r.amount, 0);
    if (received > invoice.amount) note(`invoice ${invoice.number}: more received than billed`);
    if (invoice.dueOn < invoice.issuedOn) note(`invoice ${invoice.number}: due before issued`);
    for (const r of invoice.receipts) if (r.receivedOn < invoice.issuedOn || r.receivedOn >= today) note(`invoice ${invoice.number}: receipt dated ${r.receivedOn}`);
  }
  if (new Set(tables.invoices.map((i) => i.number)).size !== tables.invoices.length) note('invoice numbers repeat');

  const managerOf = new Map(tables.members.map((m) => [m.id, m.managerId]));
  for (const member of tables.members) {
    const seen = new Set<string>();
    for (let id: string | null | undefined = member.id; id; id = managerOf.get(id)) {
      if (seen.has(id)) {
        note(`member ${member.name}: reporting line loops`);
        break;
      }
      seen.add(id);
    }
  }

  const evalKeys = new Set<string>();
  const goalIds = new Set(tables.evaluations.flatMap((e) => e.goals.map((g) => g.id)));
  for (const e of tables.evaluations) {
    const key = `${e.memberId} ${e.quarter}`;
    if (evalKeys.has(key)) note(`two evaluations for ${key}`);
    evalKeys.add(key);
    if (e.scores.map((s) => s.key).join() !== e.framework.dimensions.map((d) => d.key).join()) note(`evaluation ${e.id}: scores do not follow its framework`);
    for (const review of e.previousGoalsReview) if (!goalIds.has(review.goalId)) note(`evaluation ${e.id}: reviews a goal nobody set`);
    if ((e.status === 'draft') !== (e.finalisedAt === null)) note(`evaluation ${e.id}: status ${e.status} with finalisedAt ${e.finalisedAt}`);
  }

  for (const pitch of tables.pitches) {
    const closed = ['won', 'lost', 'withdrawn', 'declined'].includes(pitch.stage);
    if (closed !== (pitch.outcome !== null)) note(`pitch ${pitch.title}: stage ${pitch.stage} with outcome ${pitch.outcome?.result}`);
    if (pitch.outcome && pitch.outcome.result !== pitch.stage) note(`pitch ${pitch.title}: outcome differs from stage`);
    if (pitch.outcome?.result === 'lost' && !tables.settings[0]?.lostReasons.includes(pitch.outcome.lostReason)) note(`pitch ${pitch.title}: lost reason not in the list`);
    if (new Set(pitch.team.map((t) => t.memberId)).size !== pitch.team.length) note(`pitch ${pitch.title}: someone twice in the team`);
    if (pitch.outcome?.decidedOn && pitch.outcome.decidedOn >= today) note(`pitch ${pitch.title}: decided in the future`);
    if (closed && pitch.stage !== 'declined' && pitch.stage !== 'withdrawn' && (pitch.pitchDate ?? '') >= today) note(`pitch ${pitch.title}: closed before it was presented`);
    const lead = pitch.rounds.find((r) => r.stage === 'lead');
    if (!lead?.date || lead.date >= today) note(`pitch ${pitch.title}: lead not in the past`);
  }
  for (const b of tables.briefs) if ((b.briefDate ?? '') >= today) note(`brief ${b.title}: written in the future`);
  for (const i of tables.interactions) if (i.date >= today) note(`interaction ${i.id}: logged in the future`);
  for (const i of tables.invoices) if (i.issuedOn >= today) note(`invoice ${i.number}: issued in the future`);

  for (const a of tables.assignments) if (a.until !== null && a.since !== null && a.until < a.since) note(`assignment ${a.id}: ends before it starts`);
  return problems;
}

const CJK = /[\u4e00-\u9fff]/;
export const hasChinese = (text: string) => CJK.test(text);

/** Any `{slot}` left unfilled in the phrase banks' templates. */
export function leftoverSlots(json: string): string[] {
  return [...new Set(json.match(/\{[a-zA-Z]+\}/g) ?? [])];
}
