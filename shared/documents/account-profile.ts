// The account profile (客户档案) for client meetings: key facts, health with its reasons, contacts by role, team,
// recent log, open briefs and pitches, and money.
import type { Document } from 'docx';
import type { Account, HealthLevel } from '../model/account';
import type { Language } from '../model/common';
import { decisionRoles, type Contact } from '../model/contact';
import type { Interaction } from '../model/interaction';
import type { Invoice } from '../model/invoice';
import { assignmentRoles, memberLevels, type Assignment, type Member } from '../model/member';
import type { Brief, BriefVersion } from '../model/brief';
import { openPitchStages, type Pitch } from '../model/pitch';
import type { Settings } from '../model/settings';
import { documentStrings, fill, type DocumentStrings } from '../i18n/documents';
import { EMPTY_VALUE, formatDate, formatMoney, formatPercent, formatShortDate } from '../i18n/format';
import { accountMoney } from '../metrics/money';
import { briefRevisionCounts, isCurrentAssignment, revisionWindowStart, weightedValue } from '../metrics/account-figures';
import { overdueInvoices } from '../metrics/account-follow-ups';
import { computeHealth, type AccountHealth, type HealthReason } from '../metrics/health';
import { dataTable, emptyLine, heading, note, para, paras, type Block, type Content, type Field, type Span } from './blocks';
import { cleanText, isBlankText } from './sanitize';
import { createDocument } from './styles';
import { COLOR } from './theme';

export type AccountProfileData = {
  account: Account;
  contacts: readonly Contact[];
  interactions: readonly Interaction[];
  invoices: readonly Invoice[];
  assignments: readonly Assignment[];
  members: readonly Member[];
  briefs: readonly Brief[];
  pitches: readonly Pitch[];
  /** The account's brief versions (those of the last 90 days suffice): feed the health rule on rewritten briefs. */
  briefVersions?: readonly BriefVersion[];
  /** The day the profile speaks for, `YYYY-MM-DD`: decides what is overdue and which assignments still run. */
  today: string;
};

/** How many relationship-log entries the profile shows: enough for the meeting, short enough to read. */
export const LOG_ENTRIES_SHOWN = 10;

/** Brief statuses that still count as work in progress for the client. */
const OPEN_BRIEF_STATUSES: ReadonlySet<Brief['status']> = new Set(['draft', 'internal-review', 'approved', 'client-approved']);
const OPEN_PITCH_STAGES: ReadonlySet<Pitch['stage']> = new Set(openPitchStages);

type Live = { deletedAt: string | null };
const live = <T extends Live>(rows: readonly T[]): T[] => rows.filter((r) => r.deletedAt === null);

/** User text for a cell, or `—` when blank. */
const orDash = (value: string | null | undefined): string => (isBlankText(value) ? EMPTY_VALUE : cleanText(value).trim());

/** Dates sort as text (`YYYY-MM-DD`); missing dates go last. */
const byDateAsc = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

function warmth(value: number): Span[] {
  const filled = Math.max(0, Math.min(5, Math.round(value)));
  return [
    { text: '●'.repeat(filled), color: COLOR.teal },
    { text: '○'.repeat(5 - filled), color: COLOR.faint },
  ];
}

/** Health colours as the app shows them: the level word carries the colour, the text says the same. */
const HEALTH_COLOR: Record<HealthLevel, string> = { green: '17643A', amber: '9A6700', red: COLOR.alert };

const levelSpan = (level: HealthLevel, t: DocumentStrings): Span => ({ text: t.health[level], bold: true, color: HEALTH_COLOR[level] });

/** One health reason as a sentence with its figure, e.g. 「2 张发票逾期未付，共 ¥180,000，最久逾期 35 天」. */
export function healthReasonText(reason: HealthReason, t: DocumentStrings, lang: Language): string {
  const r = t.accountProfile.healthReasons;
  switch (reason.code) {
    case 'overdue-invoices':
      return fill(r.overdueInvoices, { count: reason.count, amount: formatMoney(reason.amount, reason.currency as Account['currency'], lang), days: reason.oldestDays });
    case 'low-collection-rate':
      return fill(r.lowCollectionRate, { rate: formatPercent(reason.rate, lang), currency: reason.currency });
    case 'no-decision-maker-contact':
      return reason.days === null ? r.neverMetDecisionMaker : fill(r.noDecisionMakerContact, { days: reason.days });
    case 'no-decision-maker':
      return r.noDecisionMaker;
    case 'lost-pitch': {
      const date = reason.decidedOn ? fill(r.dateSuffix, { date: formatDate(reason.decidedOn, lang) }) : '';
      return fill(reason.rePitch ? r.lostRePitch : r.lostPitch, { title: orDash(reason.title), date });
    }
    case 'brief-revisions':
      return fill(r.briefRevisions, { title: orDash(reason.title), versions: reason.versions });
    case 'manual':
      return fill(r.manual, { reason: orDash(reason.reason) });
  }
}

function facts(account: Account, health: AccountHealth, data: AccountProfileData, t: DocumentStrings, lang: Language): (readonly [Field] | readonly [Field, Field])[] {
  const f = t.accountProfile.fields;
  const scope = account.scope.filter((s) => !isBlankText(s)).map((s) => cleanText(s).trim());
  const [main] = accountMoney(data.invoices.filter((i) => i.accountId === account.id), data.today);
  const healthValue: Span[] = [levelSpan(health.level, t)];
  if (health.overridden) healthValue.push({ text: ` ${t.accountProfile.healthSetByHand}`, color: COLOR.muted });
  return [
    [{ label: f.company, value: orDash(account.company) }, { label: f.industry, value: orDash(account.industry) }],
    [{ label: f.status, value: t.accountStatus[account.status] }, { label: f.tier, value: t.tier[account.tier] }],
    [{ label: f.clientSince, value: formatDate(account.clientSince, lang) }, { label: f.annualFee, value: formatMoney(account.annualFee, account.currency, lang) }],
    [{ label: f.health, value: healthValue }, { label: f.collectionRate, value: main ? `${formatPercent(main.collectionRate, lang)}${main.currency === account.currency ? '' : ` (${main.currency})`}` : EMPTY_VALUE }],
    [{ label: f.scope, value: scope.length > 0 ? scope.join(t.common.listSeparator) : EMPTY_VALUE }],
  ];
}

function healthSection(health: AccountHealth, t: DocumentStrings, lang: Language): Block[] {
  const s = t.accountProfile;
  const summary: Span[] = [levelSpan(health.level, t), ' — '];
  summary.push(health.overridden ? fill(s.healthOverridden, { computed: t.health[health.computedLevel] }) : s.healthComputed);
  const blocks: Block[] = [heading(s.sections.health, 1), para(summary)];
  const reasons = health.reasons;
  if (reasons.length === 0) return [...blocks, emptyLine(s.empty.health)];
  blocks.push(
    dataTable(
      [
        { header: s.healthColumns.level, weight: 20 },
        { header: s.healthColumns.reason, weight: 80 },
      ],
      reasons.map((reason) => [levelSpan(reason.level, t), healthReasonText(reason, t, lang)]),
    ),
  );
  return blocks;
}

function contactsSection(contacts: readonly Contact[], t: DocumentStrings, lang: Language): Block[] {
  const s = t.accountProfile;
  const blocks: Block[] = [heading(s.sections.contacts, 1)];
  if (contacts.length === 0) return [...blocks, emptyLine(s.empty.contacts)];
  const c = s.contactColumns;
  for (const role of decisionRoles) {
    const group = contacts
      .filter((contact) => contact.decisionRole === role)
      .sort((a, b) => b.warmth - a.warmth || a.name.localeCompare(b.name, lang));
    if (group.length === 0) continue;
    blocks.push(heading(`${t.decisionRole[role]}${lang === 'zh-CN' ? `（${group.length}）` : ` (${group.length})`}`, 2));
    blocks.push(
      dataTable(
        [
          { header: c.name, weight: 16 },
          { header: c.title, weight: 22 },
          { header: c.warmth, weight: 12 },
          { header: c.reach, weight: 34 },
          { header: c.lastContact, weight: 16 },
        ],
        group.map((contact) => [
          { text: orDash(contact.name), bold: true },
          orDash(contact.title),
          warmth(contact.warmth),
          [contact.phone, contact.email].filter((v) => !isBlankText(v)).map((v) => cleanText(v).trim()).join('\n') || EMPTY_VALUE,
          formatShortDate(contact.lastContactOn, lang),
        ]),
      ),
    );
  }
  return blocks;
}

function teamSection(data: AccountProfileData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.accountProfile;
  const members = new Map(data.members.filter((m) => m.deletedAt === null && m.active).map((m) => [m.id, m]));
  const rows = live(data.assignments)
    .filter((a) => a.accountId === data.account.id && isCurrentAssignment(a, data.today) && members.has(a.memberId))
    .map((a) => ({ assignment: a, member: members.get(a.memberId) as Member }))
    .sort(
      (x, y) =>
        assignmentRoles.indexOf(x.assignment.role) - assignmentRoles.indexOf(y.assignment.role) ||
        memberLevels.indexOf(y.member.level) - memberLevels.indexOf(x.member.level) ||
        x.member.name.localeCompare(y.member.name, lang),
    );
  const blocks: Block[] = [heading(s.sections.team, 1)];
  if (rows.length === 0) return [...blocks, emptyLine(s.empty.team)];
  const c = s.teamColumns;
  blocks.push(
    dataTable(
      [
        { header: c.member, weight: 26 },
        { header: c.level, weight: 32 },
        { header: c.role, weight: 26 },
        { header: c.since, weight: 16 },
      ],
      rows.map(({ assignment, member }): Content[] => {
        const english = isBlankText(member.nameEn) ? '' : cleanText(member.nameEn).trim();
        const name: Span[] = [{ text: orDash(member.name), bold: true }];
        if (english && english !== member.name.trim()) name.push({ text: `  ${english}`, color: COLOR.muted });
        // The level's title in the document's language, not the member's own (often Chinese-only) title field.
        return [name, [{ text: member.level, bold: true, color: COLOR.navy }, ` · ${t.memberLevel[member.level]}`], t.assignmentRole[assignment.role], formatShortDate(assignment.since, lang)];
      }),
    ),
  );
  return blocks;
}

/** Who took part in a log entry, both sides: 「客户：林晓岚、周宁；我方：陈思远」; empty when nobody is recorded. */
function attendees(entry: Interaction, people: { contacts: ReadonlyMap<string, string>; members: ReadonlyMap<string, string> }, t: DocumentStrings): string {
  const names = (ids: readonly string[], from: ReadonlyMap<string, string>) =>
    ids.map((id) => from.get(id)).filter((n): n is string => n !== undefined && !isBlankText(n)).map((n) => cleanText(n).trim()).join(t.common.listSeparator);
  const theirs = names(entry.contactIds, people.contacts);
  const ours = names(entry.memberIds, people.members);
  const s = t.accountProfile;
  return [theirs ? fill(s.attendeesClient, { names: theirs }) : '', ours ? fill(s.attendeesOurs, { names: ours }) : ''].filter(Boolean).join(s.attendeesSeparator);
}

function logSection(data: AccountProfileData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.accountProfile;
  const entries = live(data.interactions)
    .filter((i) => i.accountId === data.account.id)
    .sort((a, b) => (a.date === b.date ? (a.createdAt < b.createdAt ? 1 : -1) : a.date < b.date ? 1 : -1));
  const blocks: Block[] = [heading(s.sections.log, 1)];
  if (entries.length === 0) return [...blocks, emptyLine(s.empty.log)];
  const shown = entries.slice(0, LOG_ENTRIES_SHOWN);
  const people = {
    contacts: new Map(data.contacts.filter((c) => c.deletedAt === null).map((c) => [c.id, c.name])),
    members: new Map(data.members.filter((m) => m.deletedAt === null).map((m) => [m.id, m.name])),
  };
  blocks.push(note(fill(s.logNote, { shown: shown.length, total: entries.length })));
  const c = s.logColumns;
  blocks.push(
    dataTable(
      [
        { header: c.date, weight: 16 },
        { header: c.type, weight: 11 },
        { header: c.summary, weight: 34 },
        { header: c.nextStep, weight: 23 },
        { header: c.followUp, weight: 16 },
      ],
      shown.map((entry): Content[] => {
        const followUp: Span[] = entry.followUpOn ? [formatShortDate(entry.followUpOn, lang)] : [EMPTY_VALUE];
        if (entry.followUpOn && entry.followUpDone) followUp.push({ text: `\n✓ ${t.common.done}`, color: COLOR.teal });
        else if (entry.followUpOn && entry.followUpOn < data.today) followUp.push({ text: `\n${s.followUpOverdue}`, color: COLOR.alert, bold: true });
        const summary: Span[] = [orDash(entry.summary)];
        const attended = attendees(entry, people, t);
        if (attended) summary.push({ text: `\n${attended}`, color: COLOR.muted });
        return [formatShortDate(entry.date, lang), t.interactionType[entry.type], summary, orDash(entry.nextStep), followUp];
      }),
    ),
  );
  return blocks;
}

function workSection(data: AccountProfileData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.accountProfile;
  const briefs = live(data.briefs)
    .filter((b) => b.accountId === data.account.id && OPEN_BRIEF_STATUSES.has(b.status))
    .sort((a, b) => byDateAsc(a.presentationDate, b.presentationDate) || byDateAsc(a.briefDate, b.briefDate));
  const pitches = live(data.pitches)
    .filter((p) => p.accountId === data.account.id && OPEN_PITCH_STAGES.has(p.stage))
    .sort((a, b) => byDateAsc(a.pitchDate, b.pitchDate));
  const blocks: Block[] = [heading(s.sections.work, 1)];
  if (briefs.length === 0 && pitches.length === 0) return [...blocks, emptyLine(s.empty.work)];
  if (briefs.length > 0) {
    const c = s.briefColumns;
    blocks.push(
      heading(s.sections.briefs, 2),
      dataTable(
        [
          { header: c.title, weight: 40 },
          { header: c.status, weight: 16 },
          { header: c.briefDate, weight: 16 },
          { header: c.presentationDate, weight: 16 },
          { header: c.version, weight: 12, align: 'center' },
        ],
        briefs.map((b) => [
          [{ text: orDash(b.title), bold: true }, ...(isBlankText(b.project) ? [] : [{ text: `\n${cleanText(b.project).trim()}`, color: COLOR.muted }])],
          t.briefStatus[b.status],
          formatShortDate(b.briefDate, lang),
          formatShortDate(b.presentationDate, lang),
          b.currentVersion > 0 ? fill(s.versionLabel, { number: b.currentVersion }) : EMPTY_VALUE,
        ]),
      ),
    );
  }
  if (pitches.length > 0) {
    const c = s.pitchColumns;
    blocks.push(
      heading(s.sections.pitches, 2),
      dataTable(
        [
          { header: c.title, weight: 24 },
          { header: c.stage, weight: 14 },
          { header: c.pitchDate, weight: 13 },
          { header: c.fee, weight: 18, align: 'right' },
          { header: c.probability, weight: 12, align: 'right' },
          { header: c.weighted, weight: 19, align: 'right' },
        ],
        pitches.map((p) => [
          [{ text: orDash(p.title), bold: true }, { text: `\n${t.pitchType[p.type]}`, color: COLOR.muted }],
          t.pitchStage[p.stage],
          formatShortDate(p.pitchDate, lang),
          formatMoney(p.estimatedAnnualFee, p.currency, lang),
          formatPercent(p.probability / 100, lang),
          { text: formatMoney(weightedValue(p), p.currency, lang), bold: true },
        ]),
      ),
    );
  }
  return blocks;
}

function moneySection(data: AccountProfileData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.accountProfile;
  const money = accountMoney(data.invoices.filter((i) => i.accountId === data.account.id), data.today);
  const blocks: Block[] = [heading(s.sections.money, 1)];
  if (money.length === 0) return [...blocks, emptyLine(s.empty.money)];
  const c = s.moneyColumns;
  blocks.push(
    note(fill(s.moneyNote, { date: formatDate(data.today, lang) })),
    dataTable(
      [
        { header: c.billed, weight: 21, align: 'right' },
        { header: c.collected, weight: 21, align: 'right' },
        { header: c.outstanding, weight: 21, align: 'right' },
        { header: c.overdue, weight: 21, align: 'right' },
        { header: c.rate, weight: 16, align: 'right' },
      ],
      // One row per currency; every amount carries its currency, so no separate currency column is needed.
      money.map((m) => [
        formatMoney(m.billed, m.currency, lang),
        formatMoney(m.collected, m.currency, lang),
        formatMoney(m.outstanding, m.currency, lang),
        m.overdue > 0 ? { text: formatMoney(m.overdue, m.currency, lang), bold: true, color: COLOR.alert } : formatMoney(m.overdue, m.currency, lang),
        { text: formatPercent(m.collectionRate, lang), bold: true },
      ]),
    ),
  );
  const overdue = overdueInvoices(data.invoices.filter((i) => i.accountId === data.account.id), data.today);
  if (overdue.length > 0) {
    const c = s.overdueColumns;
    blocks.push(
      heading(s.sections.overdue, 2),
      dataTable(
        [
          { header: c.number, weight: 22 },
          { header: c.amount, weight: 20, align: 'right' },
          { header: c.dueOn, weight: 18 },
          { header: c.outstanding, weight: 22, align: 'right' },
          { header: c.days, weight: 18, align: 'right' },
        ],
        overdue.map(({ invoice, outstanding, daysOverdue }) => [
          { text: orDash(invoice.number), bold: true },
          formatMoney(invoice.amount, invoice.currency, lang),
          formatShortDate(invoice.dueOn, lang),
          { text: formatMoney(outstanding, invoice.currency, lang), bold: true, color: COLOR.alert },
          fill(s.daysLate, { days: daysOverdue }),
        ]),
      ),
    );
  }
  return blocks;
}

/** The account's health as the app computes it (same rules, same inputs), for the profile's day. */
export function profileHealth(data: AccountProfileData): AccountHealth {
  const mine = <T extends { accountId: string }>(rows: readonly T[]) => rows.filter((r) => r.accountId === data.account.id);
  const briefs = live(mine(data.briefs));
  return computeHealth({
    account: data.account,
    contacts: mine(data.contacts),
    interactions: mine(data.interactions),
    invoices: mine(data.invoices),
    pitches: mine(data.pitches),
    briefRevisions: briefRevisionCounts(briefs, data.briefVersions ?? [], data.today),
    today: data.today,
  });
}

/** The account profile as a Word document, in the given language. Records in the trash or of other accounts are ignored. */
export function buildAccountProfile(data: AccountProfileData, settings: Settings, lang: Language): Document {
  const t = documentStrings(lang);
  const { account } = data;
  const overview = paras(account.notes);
  const contacts = live(data.contacts).filter((c) => c.accountId === account.id);
  const health = profileHealth(data);
  return createDocument({
    settings,
    lang,
    kind: t.accountProfile.kind,
    title: account.brand,
    subtitle: account.company,
    preparedOn: data.today,
    facts: facts(account, health, data, t, lang),
    body: [
      heading(t.accountProfile.sections.overview, 1),
      ...(overview.length > 0 ? overview : [emptyLine(t.accountProfile.empty.overview)]),
      ...healthSection(health, t, lang),
      ...contactsSection(contacts, t, lang),
      ...teamSection(data, t, lang),
      ...logSection(data, t, lang),
      ...workSection(data, t, lang),
      ...moneySection(data, t, lang),
    ],
  });
}

/** The tables an account profile reads, as a backup or a database snapshot holds them. */
export type AccountProfileTables = {
  accounts: readonly Account[];
  contacts: readonly Contact[];
  interactions: readonly Interaction[];
  invoices: readonly Invoice[];
  assignments: readonly Assignment[];
  members: readonly Member[];
  briefs: readonly Brief[];
  pitches: readonly Pitch[];
  briefVersions?: readonly BriefVersion[];
};

const groupByAccount = <T extends { accountId: string }>(rows: readonly T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.accountId);
    if (list) list.push(row);
    else map.set(row.accountId, [row]);
  }
  return map;
};

/**
 * Collects each live account's profile data from whole tables in one pass per table (not one scan per account), so a
 * batch export of hundreds of accounts stays linear.
 */
export function accountProfiles(tables: AccountProfileTables, today: string): AccountProfileData[] {
  const contacts = groupByAccount(tables.contacts);
  const interactions = groupByAccount(tables.interactions);
  const invoices = groupByAccount(tables.invoices);
  const assignments = groupByAccount(tables.assignments);
  const briefs = groupByAccount(tables.briefs);
  const pitches = groupByAccount(tables.pitches);
  // Versions reach their account through their brief; only recent ones matter to health.
  const accountOfBrief = new Map(tables.briefs.map((b) => [b.id, b.accountId]));
  const windowStart = revisionWindowStart(today);
  const versions = new Map<string, BriefVersion[]>();
  for (const version of tables.briefVersions ?? []) {
    const accountId = accountOfBrief.get(version.briefId);
    if (accountId === undefined || version.savedAt.slice(0, 10) < windowStart) continue;
    const list = versions.get(accountId);
    if (list) list.push(version);
    else versions.set(accountId, [version]);
  }
  return live(tables.accounts).map((account) => ({
    account,
    contacts: contacts.get(account.id) ?? [],
    interactions: interactions.get(account.id) ?? [],
    invoices: invoices.get(account.id) ?? [],
    assignments: assignments.get(account.id) ?? [],
    members: tables.members,
    briefs: briefs.get(account.id) ?? [],
    pitches: pitches.get(account.id) ?? [],
    briefVersions: versions.get(account.id) ?? [],
    today,
  }));
}
