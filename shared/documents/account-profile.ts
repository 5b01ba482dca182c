// The account profile (客户档案) for client meetings: key facts, contacts by role, team, recent log, open work and money.
import type { Document } from 'docx';
import type { Account } from '../model/account';
import type { Language } from '../model/common';
import { decisionRoles, type Contact } from '../model/contact';
import type { Interaction } from '../model/interaction';
import type { Invoice } from '../model/invoice';
import { assignmentRoles, memberLevels, type Assignment, type Member } from '../model/member';
import type { Brief } from '../model/brief';
import { openPitchStages, type Pitch } from '../model/pitch';
import type { Settings } from '../model/settings';
import { documentStrings, fill, type DocumentStrings } from '../i18n/documents';
import { EMPTY_VALUE, formatDate, formatMoney, formatPercent, formatShortDate } from '../i18n/format';
import { accountMoney } from '../metrics/money';
import { dataTable, emptyLine, heading, note, paras, type Block, type Content, type Field, type Span } from './blocks';
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

function facts(account: Account, t: DocumentStrings, lang: Language): (readonly [Field] | readonly [Field, Field])[] {
  const f = t.accountProfile.fields;
  const scope = account.scope.filter((s) => !isBlankText(s)).map((s) => cleanText(s).trim());
  const rows: (readonly [Field] | readonly [Field, Field])[] = [
    [{ label: f.company, value: orDash(account.company) }, { label: f.industry, value: orDash(account.industry) }],
    [{ label: f.status, value: t.accountStatus[account.status] }, { label: f.tier, value: t.tier[account.tier] }],
    [{ label: f.clientSince, value: formatDate(account.clientSince, lang) }, { label: f.annualFee, value: formatMoney(account.annualFee, account.currency, lang) }],
    [{ label: f.scope, value: scope.length > 0 ? scope.join(t.common.listSeparator) : EMPTY_VALUE }],
  ];
  if (account.healthOverride) {
    const reason = cleanText(account.healthOverride.reason).trim();
    rows.push([{ label: f.health, value: reason ? [{ text: t.health[account.healthOverride.level], bold: true }, ` — ${reason}`] : t.health[account.healthOverride.level] }]);
  }
  return rows;
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
    .filter((a) => a.accountId === data.account.id && (a.until === null || a.until >= data.today) && members.has(a.memberId))
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

function logSection(data: AccountProfileData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.accountProfile;
  const entries = live(data.interactions)
    .filter((i) => i.accountId === data.account.id)
    .sort((a, b) => (a.date === b.date ? (a.createdAt < b.createdAt ? 1 : -1) : a.date < b.date ? 1 : -1));
  const blocks: Block[] = [heading(s.sections.log, 1)];
  if (entries.length === 0) return [...blocks, emptyLine(s.empty.log)];
  const shown = entries.slice(0, LOG_ENTRIES_SHOWN);
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
        return [formatShortDate(entry.date, lang), t.interactionType[entry.type], orDash(entry.summary), orDash(entry.nextStep), followUp];
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
          { header: c.title, weight: 46 },
          { header: c.status, weight: 18 },
          { header: c.briefDate, weight: 18 },
          { header: c.presentationDate, weight: 18 },
        ],
        briefs.map((b) => [
          [{ text: orDash(b.title), bold: true }, ...(isBlankText(b.project) ? [] : [{ text: `\n${cleanText(b.project).trim()}`, color: COLOR.muted }])],
          t.briefStatus[b.status],
          formatShortDate(b.briefDate, lang),
          formatShortDate(b.presentationDate, lang),
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
          { header: c.title, weight: 32 },
          { header: c.type, weight: 18 },
          { header: c.stage, weight: 17 },
          { header: c.pitchDate, weight: 16 },
          { header: c.fee, weight: 17, align: 'right' },
        ],
        pitches.map((p) => [
          { text: orDash(p.title), bold: true },
          t.pitchType[p.type],
          t.pitchStage[p.stage],
          formatShortDate(p.pitchDate, lang),
          formatMoney(p.estimatedAnnualFee, p.currency, lang),
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
  return blocks;
}

/** The account profile as a Word document, in the given language. Records in the trash or of other accounts are ignored. */
export function buildAccountProfile(data: AccountProfileData, settings: Settings, lang: Language): Document {
  const t = documentStrings(lang);
  const { account } = data;
  const overview = paras(account.notes);
  const contacts = live(data.contacts).filter((c) => c.accountId === account.id);
  return createDocument({
    settings,
    lang,
    kind: t.accountProfile.kind,
    title: account.brand,
    subtitle: account.company,
    preparedOn: data.today,
    facts: facts(account, t, lang),
    body: [
      heading(t.accountProfile.sections.overview, 1),
      ...(overview.length > 0 ? overview : [emptyLine(t.accountProfile.empty.overview)]),
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
  return live(tables.accounts).map((account) => ({
    account,
    contacts: contacts.get(account.id) ?? [],
    interactions: interactions.get(account.id) ?? [],
    invoices: invoices.get(account.id) ?? [],
    assignments: assignments.get(account.id) ?? [],
    members: tables.members,
    briefs: briefs.get(account.id) ?? [],
    pitches: pitches.get(account.id) ?? [],
    today,
  }));
}
