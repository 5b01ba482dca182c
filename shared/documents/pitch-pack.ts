// The pitch preparation pack (提案准备包) to carry into the room: summary with the pitch-or-pass scorecard, the client
// panel, competing agencies, our team and roles, the timeline with key dates, the checklist with owners, and the
// client's brief with our strategy and big idea.
import type { Document } from 'docx';
import type { BackupTables } from '../backup/format';
import { differenceInCalendarDays } from 'date-fns';
import type { Account } from '../model/account';
import type { Language } from '../model/common';
import type { Member } from '../model/member';
import { openPitchStages, type Pitch } from '../model/pitch';
import type { Settings } from '../model/settings';
import { documentStrings, fill, type DocumentStrings } from '../i18n/documents';
import { EMPTY_VALUE, formatDate, formatMoney, formatNumber, formatPercent, formatShortDate, parseDay } from '../i18n/format';
import { isPrepItemOverdue, prepProgress } from '../metrics/pitch-plan';
import { isOpenStage, pitchWeightedValue } from '../metrics/pitch-pipeline';
import { isStandardCriterion, scorecardResult } from '../metrics/pitch-scorecard';
import { dataTable, emptyLine, heading, para, paras, type Block, type Content, type Field, type Span } from './blocks';
import { cleanText, isBlankText } from './sanitize';
import { documentFileName } from './file-name';
import type { DocumentKind } from './registry';
import { createDocument } from './styles';
import { COLOR } from './theme';

/** What a pitch document reads: the pitch, its account (null if it is gone), every member (for names), and the day. */
export type PitchDocumentData = { pitch: Pitch; account: Account | null; members: readonly Member[]; today: string };

/** User text for a cell, or `—` when blank. */
export const orDash = (value: string | null | undefined): string => (isBlankText(value) ? EMPTY_VALUE : cleanText(value).trim());

/** A member's name as a document shows it: the Chinese name, with the English one after it in English documents. */
export function memberName(members: readonly Member[], id: string | null, lang: Language): string {
  if (id === null) return EMPTY_VALUE;
  const member = members.find((m) => m.id === id);
  if (!member) return EMPTY_VALUE;
  const english = isBlankText(member.nameEn) ? '' : cleanText(member.nameEn).trim();
  const name = orDash(member.name);
  return lang === 'en' && english && english !== name ? `${name} (${english})` : name;
}

/** The key facts at the head of both pitch documents. */
export function pitchFacts(data: PitchDocumentData, t: DocumentStrings, lang: Language): (readonly [Field] | readonly [Field, Field])[] {
  const { pitch, account } = data;
  const f = t.pitch.fields;
  const client: Span[] = [{ text: account ? orDash(account.brand) : EMPTY_VALUE, bold: true }];
  if (account?.status === 'prospect') client.push({ text: t.pitch.prospectSuffix, color: COLOR.muted });
  const probability = fill(t.pitch.probabilityValue, {
    probability: formatPercent(pitch.probability / 100, lang),
    weighted: formatMoney(pitchWeightedValue(pitch), pitch.currency, lang),
  });
  return [
    [{ label: f.client, value: client }, { label: f.type, value: t.pitchType[pitch.type] }],
    [{ label: f.stage, value: t.pitchStage[pitch.stage] }, { label: f.source, value: t.pitch.source[pitch.source] }],
    [{ label: f.pitchDate, value: formatDate(pitch.pitchDate, lang) }, { label: f.owner, value: memberName(data.members, pitch.ownerId, lang) }],
    [{ label: f.fee, value: formatMoney(pitch.estimatedAnnualFee, pitch.currency, lang) }, { label: f.probability, value: pitch.estimatedAnnualFee === null ? formatPercent(pitch.probability / 100, lang) : probability }],
    [
      { label: f.pitchFee, value: formatMoney(pitch.pitchFee, pitch.currency, lang) },
      { label: f.cost, value: fill(t.pitch.costValue, { hours: formatNumber(pitch.costHours, lang), expenses: formatMoney(pitch.costExpenses, pitch.currency, lang) }) },
    ],
  ];
}

/** ●●●○○ for a 1–5 score, the number after it so the dots are never the only carrier. */
function scoreDots(score: number): Span[] {
  const filled = Math.max(0, Math.min(5, Math.round(score)));
  return [{ text: '●'.repeat(filled), color: COLOR.teal }, { text: '○'.repeat(5 - filled), color: COLOR.faint }, { text: `  ${filled}`, bold: true }];
}

export function criterionLabel(criterion: string, t: DocumentStrings): string {
  return isStandardCriterion(criterion) ? t.pitch.criteria[criterion] : orDash(criterion);
}

function summarySection(data: PitchDocumentData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.pitchPack;
  const { pitch, today } = data;
  const blocks: Block[] = [heading(s.sections.summary, 1)];
  const lines: Content[] = [];
  const pitchDay = pitch.pitchDate ? parseDay(pitch.pitchDate) : null;
  const todayDay = parseDay(today);
  if (pitchDay && todayDay && isOpenStage(pitch.stage)) {
    const days = differenceInCalendarDays(pitchDay, todayDay);
    lines.push({ text: days > 0 ? fill(s.daysToPitch, { days }) : days === 0 ? s.pitchToday : fill(s.pitchPast, { days: -days }), bold: true, color: COLOR.navy });
  }
  const progress = prepProgress(pitch.prepItems, today);
  if (progress.total > 0) {
    const overdue = progress.overdue > 0 ? [{ text: fill(s.readinessOverdue, { overdue: progress.overdue }), bold: true, color: COLOR.alert }] : [];
    lines.push([fill(s.readiness, { done: progress.done, total: progress.total }), ...overdue]);
  }
  const next = keyDates(pitch, t).filter((k) => k.date >= today)[0];
  if (next) lines.push(fill(s.nextDate, { date: formatDate(next.date, lang), what: next.what }));
  for (const line of lines) blocks.push(para(line));

  blocks.push(heading(s.sections.scorecard, 2));
  const result = scorecardResult(pitch.assessment);
  if (result.scored === 0) {
    blocks.push(emptyLine(s.empty.scorecard));
    if (pitch.assessmentDecision !== 'undecided') blocks.push(para(fill(s.scoreSummary, { average: EMPTY_VALUE, recommendation: t.pitch.recommendation.incomplete, decision: t.pitch.decision[pitch.assessmentDecision] })));
    return blocks;
  }
  blocks.push(
    para([{
      text: fill(s.scoreSummary, {
        average: formatNumber(Math.round((result.average ?? 0) * 10) / 10, lang),
        recommendation: t.pitch.recommendation[result.recommendation],
        decision: t.pitch.decision[pitch.assessmentDecision],
      }),
      bold: true,
    }]),
    dataTable(
      [{ header: s.scorecardColumns.criterion, weight: 60 }, { header: s.scorecardColumns.score, weight: 40 }],
      pitch.assessment.map((row) => [criterionLabel(row.criterion, t), scoreDots(row.score)]),
    ),
  );
  return blocks;
}

function panelSection(data: PitchDocumentData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.pitchPack;
  const blocks: Block[] = [heading(s.sections.panel, 1)];
  if (data.pitch.panel.length === 0) return [...blocks, emptyLine(s.empty.panel)];
  const order = ['decision-maker', 'influencer', 'procurement', 'day-to-day'] as const;
  const panel = [...data.pitch.panel].sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
  const c = s.panelColumns;
  blocks.push(dataTable(
    [{ header: c.name, weight: 17 }, { header: c.title, weight: 22 }, { header: c.role, weight: 15 }, { header: c.coveredBy, weight: 16 }, { header: c.notes, weight: 30 }],
    panel.map((p) => [
      { text: orDash(p.name), bold: true },
      orDash(p.title),
      p.role === 'decision-maker' ? { text: t.decisionRole[p.role], bold: true, color: COLOR.navy } : t.decisionRole[p.role],
      p.coveredByMemberId ? memberName(data.members, p.coveredByMemberId, lang) : { text: t.pitch.unassigned, color: COLOR.alert },
      orDash(p.notes),
    ]),
  ));
  return blocks;
}

function competitorsSection(pitch: Pitch, t: DocumentStrings): Block[] {
  const s = t.pitchPack;
  const blocks: Block[] = [heading(s.sections.competitors, 1)];
  if (pitch.competitors.length === 0) return [...blocks, emptyLine(s.empty.competitors)];
  const c = s.competitorColumns;
  const rivals = [...pitch.competitors].sort((a, b) => Number(b.incumbent) - Number(a.incumbent));
  blocks.push(dataTable(
    [{ header: c.agency, weight: 24 }, { header: c.strengths, weight: 38 }, { header: c.weaknesses, weight: 38 }],
    rivals.map((r) => [
      [{ text: orDash(r.agency), bold: true }, ...(r.incumbent ? [{ text: `\n${t.pitch.incumbent}`, color: COLOR.teal, bold: true }] : [])],
      orDash(r.strengths),
      orDash(r.weaknesses),
    ]),
  ));
  return blocks;
}

function teamSection(data: PitchDocumentData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.pitchPack;
  const blocks: Block[] = [heading(s.sections.team, 1)];
  const rows = data.pitch.team.map((row) => ({ row, member: data.members.find((m) => m.id === row.memberId) })).filter((x) => x.member !== undefined);
  if (rows.length === 0) return [...blocks, emptyLine(s.empty.team)];
  const c = s.teamColumns;
  blocks.push(dataTable(
    [{ header: c.member, weight: 30 }, { header: c.level, weight: 34 }, { header: c.role, weight: 36 }],
    rows.map(({ row, member }) => [
      { text: memberName(data.members, row.memberId, lang), bold: true },
      member ? [{ text: member.level, bold: true, color: COLOR.navy }, ` · ${t.memberLevel[member.level]}`] : EMPTY_VALUE,
      orDash(row.role),
    ]),
  ));
  return blocks;
}

type Dated = { date: string; what: string; note: string; key: boolean };

/** The key dates (review, red team, rehearsal, print and pack, the pitch itself) in date order. */
function keyDates(pitch: Pitch, t: DocumentStrings): Dated[] {
  const k = t.pitch.keyDate;
  const dates: Dated[] = [];
  const add = (date: string | null, what: string) => {
    if (date) dates.push({ date, what, note: '', key: true });
  };
  add(pitch.reviewOn, k.reviewOn);
  add(pitch.redTeamOn, k.redTeamOn);
  add(pitch.rehearsalOn, k.rehearsalOn);
  add(pitch.printPackOn, k.printPackOn);
  if (pitch.pitchDate && !pitch.rounds.some((r) => r.stage === 'final' && r.date === pitch.pitchDate)) add(pitch.pitchDate, k.pitchDate);
  return dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function timelineSection(data: PitchDocumentData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.pitchPack;
  const { pitch, today } = data;
  const blocks: Block[] = [heading(s.sections.timeline, 1)];
  const rounds = [...pitch.rounds].sort((a, b) => openPitchStages.indexOf(a.stage) - openPitchStages.indexOf(b.stage));
  const entries: (Dated & { undated?: boolean })[] = [
    ...rounds.map((r, i) => ({ date: r.date ?? '', what: fill(s.round, { n: i + 1, stage: t.pitchStage[r.stage] }), note: r.note, key: false, undated: r.date === null })),
    ...keyDates(pitch, t),
  ];
  if (entries.length === 0) return [...blocks, emptyLine(s.empty.timeline)];
  // Undated rounds go last; the rest by date, a round before a key date on the same day.
  const undated = (e: (typeof entries)[number]) => e.undated === true;
  entries.sort((a, b) => (undated(a) !== undated(b) ? (undated(a) ? 1 : -1) : a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.key) - Number(b.key)));
  const c = s.timelineColumns;
  blocks.push(dataTable(
    [{ header: c.date, weight: 20 }, { header: c.what, weight: 38 }, { header: c.note, weight: 42 }],
    entries.map((e) => {
      const past = e.date !== '' && e.date < today;
      return [
        { text: e.date === '' ? EMPTY_VALUE : formatShortDate(e.date, lang), color: past ? COLOR.muted : undefined },
        e.key ? { text: e.what, bold: true, color: COLOR.teal } : { text: e.what, bold: !past },
        orDash(e.note),
      ];
    }),
  ));
  return blocks;
}

function checklistSection(data: PitchDocumentData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.pitchPack;
  const { pitch, today } = data;
  const blocks: Block[] = [heading(s.sections.checklist, 1)];
  if (pitch.prepItems.length === 0) return [...blocks, emptyLine(s.empty.checklist)];
  const c = s.checklistColumns;
  blocks.push(dataTable(
    [{ header: c.done, weight: 10, align: 'center' }, { header: c.task, weight: 46 }, { header: c.owner, weight: 20 }, { header: c.dueOn, weight: 24 }],
    pitch.prepItems.map((item) => {
      const overdue = isPrepItemOverdue(item, today);
      const due: Span[] = [formatShortDate(item.dueOn, lang)];
      if (overdue) due.push({ text: `\n${t.pitch.overdue}`, bold: true, color: COLOR.alert });
      return [
        item.done ? { text: '☑', color: COLOR.teal, bold: true } : { text: '☐', color: overdue ? COLOR.alert : COLOR.muted },
        item.done ? { text: orDash(item.task), color: COLOR.muted } : { text: orDash(item.task), bold: overdue },
        item.ownerId ? memberName(data.members, item.ownerId, lang) : { text: t.pitch.unassigned, color: COLOR.muted },
        due,
      ];
    }),
  ));
  return blocks;
}

function prose(title: string, text: string, empty: string): Block[] {
  const body = paras(text);
  return [heading(title, 2), ...(body.length > 0 ? body : [emptyLine(empty)])];
}

function strategySection(pitch: Pitch, t: DocumentStrings): Block[] {
  const s = t.pitchPack;
  return [
    heading(s.sections.strategy, 1),
    ...prose(s.sections.clientBrief, pitch.clientBrief, s.empty.text),
    ...prose(s.sections.ourStrategy, pitch.strategy, s.empty.text),
    ...prose(s.sections.bigIdea, pitch.bigIdea, s.empty.text),
  ];
}

/** The preparation pack as a Word document, in the given language. */
export function buildPitchPack(data: PitchDocumentData, settings: Settings, lang: Language): Document {
  const t = documentStrings(lang);
  const { pitch, account } = data;
  const subtitle = account ? [account.brand, account.company].filter((v) => !isBlankText(v)).map((v) => cleanText(v).trim()).join(' · ') : '';
  return createDocument({
    settings,
    lang,
    kind: t.pitchPack.kind,
    title: pitch.title,
    subtitle,
    preparedOn: data.today,
    facts: pitchFacts(data, t, lang),
    body: [
      ...summarySection(data, t, lang),
      ...panelSection(data, t, lang),
      ...competitorsSection(pitch, t),
      ...teamSection(data, t, lang),
      ...timelineSection(data, t, lang),
      ...checklistSection(data, t, lang),
      ...strategySection(pitch, t),
    ],
  });
}

/** Each live pitch of a live account with what its documents read; whole tables in, one pass over members. */
export function pitchDocuments(tables: Pick<BackupTables, 'pitches' | 'accounts' | 'members'>, today: string): PitchDocumentData[] {
  const accounts = new Map(tables.accounts.filter((a) => a.deletedAt === null).map((a) => [a.id, a]));
  return tables.pitches
    .filter((p) => p.deletedAt === null && accounts.has(p.accountId))
    .map((pitch) => ({ pitch, account: accounts.get(pitch.accountId) ?? null, members: tables.members, today }));
}

/** The first eight characters of a record id tell two same-named records' files apart. */
export const shortId = (id: string) => id.replace(/-/g, '').slice(0, 8);

export const pitchPackKind: DocumentKind = {
  key: 'pitch-pack',
  jobs(tables, { settings, lang, today }) {
    const label = documentStrings(lang).exportFile.pitchPack;
    return pitchDocuments(tables, today).map((data) => ({
      kind: 'pitch-pack',
      recordId: data.pitch.id,
      fileName: documentFileName([label, data.account?.brand ?? '', data.pitch.title, shortId(data.pitch.id)]),
      build: () => buildPitchPack(data, settings, lang),
    }));
  },
};
