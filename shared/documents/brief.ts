// The creative brief (创意简报) as a Word document for the client and the creative team: header block, the template's sections, approvals.
import type { Document } from 'docx';
import type { Account } from '../model/account';
import type { Brief, BriefContent, BriefSectionKey, BriefStatus, BriefTemplate, BriefVersion } from '../model/brief';
import { customSectionHeading, templateSectionKeys } from '../model/brief-presets';
import { briefSectionKeys } from '../model/brief';
import type { Language } from '../model/common';
import type { Member } from '../model/member';
import type { Settings } from '../model/settings';
import { documentStrings, fill, type DocumentStrings } from '../i18n/documents';
import { EMPTY_VALUE, formatDate, formatMoney, formatShortDate } from '../i18n/format';
import { diffBriefContent, type FieldChange } from '../metrics/brief-diff';
import { sameContent } from '../metrics/brief-status';
import { dataTable, emptyLine, fieldTable, heading, note, para, paras, type Block, type Content, type Field, type Span } from './blocks';
import { cleanText, isBlankText } from './sanitize';
import { createDocument } from './styles';
import { COLOR, SIZE } from './theme';

export type BriefDocumentData = {
  /** The brief: its people, status, approvals and template. */
  brief: Brief;
  /** What the document prints: the brief's working content, or one version's. */
  content: BriefContent;
  /** The version printed, or null when the content is a draft after the latest version (or before the first). */
  version: Pick<BriefVersion, 'number' | 'savedAt'> | null;
  account: Pick<Account, 'brand'> | null;
  members: readonly Member[];
  template: Pick<BriefTemplate, 'id' | 'sections'> | null;
  /** The approved version's content, when it differs from what is printed: its changes go into an appendix. */
  approved?: Pick<BriefVersion, 'number' | 'content'> | null;
  /** The day the document is made, `YYYY-MM-DD`: the date under the title of a draft. */
  today: string;
};

const orDash = (value: string | null | undefined): string => (isBlankText(value) ? EMPTY_VALUE : cleanText(value).trim());
const filled = (value: string | null | undefined): boolean => !isBlankText(value);

function memberName(members: readonly Member[], id: string | null, lang: Language): string {
  const member = id ? members.find((m) => m.id === id) : undefined;
  if (!member) return EMPTY_VALUE;
  const english = cleanText(member.nameEn ?? '').trim();
  // English readers get the name they use at work; the Chinese one follows, so the client can match it to emails.
  if (lang === 'en' && english && english !== member.name.trim()) return `${english} (${orDash(member.name)})`;
  return orDash(member.name);
}

/** The standard or the template's heading of a section. */
export function sectionHeading(template: BriefDocumentData['template'], key: BriefSectionKey, lang: Language): string {
  return customSectionHeading(template, key, lang) ?? documentStrings(lang).brief.sections[key];
}

/** True when a section has anything to print. */
export function sectionHasContent(content: BriefContent, key: BriefSectionKey): boolean {
  switch (key) {
    case 'targetAudience':
      return filled(content.audienceWho) || filled(content.audienceNow);
    case 'desiredResponse':
      return filled(content.responseThink) || filled(content.responseFeel) || filled(content.responseDo);
    case 'reasonsToBelieve':
      return content.reasonsToBelieve.some(filled);
    case 'deliverables':
      return content.deliverables.some((row) => [row.media, row.format, row.quantity, row.spec].some(filled) || row.dueOn !== null);
    case 'timeline':
      return content.timeline.some((row) => filled(row.label) || filled(row.owner) || row.date !== null);
    default:
      return filled(content[key]);
  }
}

/**
 * The sections the document prints, in order: the template's, then any others that hold text (a brief may have been
 * filled before its template changed — what was written is never silently dropped). Empty sections are left out.
 */
export function printedSections(content: BriefContent, template: BriefDocumentData['template']): BriefSectionKey[] {
  const ordered = templateSectionKeys(template);
  const rest = briefSectionKeys.filter((key) => !ordered.includes(key));
  return [...ordered, ...rest].filter((key) => sectionHasContent(content, key));
}

function sectionBody(key: BriefSectionKey, content: BriefContent, t: DocumentStrings, lang: Language): Block[] {
  const b = t.brief;
  switch (key) {
    case 'targetAudience': {
      const blocks: Block[] = [];
      if (filled(content.audienceWho)) blocks.push(heading(b.audienceWho, 2), ...paras(content.audienceWho));
      if (filled(content.audienceNow)) blocks.push(heading(b.audienceNow, 2), ...paras(content.audienceNow));
      return blocks;
    }
    case 'desiredResponse': {
      const rows = (
        [
          [b.response.think, content.responseThink],
          [b.response.feel, content.responseFeel],
          [b.response.do, content.responseDo],
        ] as const
      ).filter(([, value]) => filled(value));
      return [fieldTable(rows.map(([label, value]) => [{ label, value: cleanText(value).trim() }] as const))];
    }
    case 'proposition':
      // The line the whole brief exists for: set apart, larger, in the house navy.
      return paras(content.proposition, { run: { bold: true, color: COLOR.navy, size: SIZE.subtitle }, spaceBefore: 60, spaceAfter: 160 });
    case 'reasonsToBelieve':
      return content.reasonsToBelieve
        .filter(filled)
        .map((reason, index) => para([{ text: `${index + 1}${lang === 'zh-CN' ? '．' : '.'}  `, bold: true, color: COLOR.teal }, cleanText(reason).trim()]));
    case 'deliverables': {
      const c = b.deliverableColumns;
      return [
        dataTable(
          [
            { header: c.media, weight: 20 },
            { header: c.format, weight: 22 },
            { header: c.quantity, weight: 14 },
            { header: c.spec, weight: 26 },
            { header: c.due, weight: 18 },
          ],
          content.deliverables.map((row) => [{ text: orDash(row.media), bold: true }, orDash(row.format), orDash(row.quantity), orDash(row.spec), formatShortDate(row.dueOn, lang)]),
        ),
      ];
    }
    case 'timeline': {
      const c = b.timelineColumns;
      return [
        dataTable(
          [
            { header: c.label, weight: 50 },
            { header: c.date, weight: 20 },
            { header: c.owner, weight: 30 },
          ],
          content.timeline.map((row) => [{ text: orDash(row.label), bold: true }, formatShortDate(row.date, lang), orDash(row.owner)]),
        ),
      ];
    }
    default:
      return paras(content[key]);
  }
}

function headerFacts(data: BriefDocumentData, t: DocumentStrings, lang: Language): (readonly [Field] | readonly [Field, Field])[] {
  const f = t.brief.fields;
  const { content, brief, members } = data;
  return [
    [{ label: f.brand, value: orDash(data.account?.brand) }, { label: f.project, value: orDash(content.project) }],
    [{ label: f.jobNumber, value: orDash(content.jobNumber) }, { label: f.budget, value: formatMoney(content.budget, content.currency, lang) }],
    [{ label: f.briefDate, value: formatDate(content.briefDate, lang) }, { label: f.presentationDate, value: formatDate(content.presentationDate, lang) }],
    [{ label: f.owner, value: memberName(members, brief.ownerId, lang) }, { label: f.strategist, value: memberName(members, brief.strategistId, lang) }],
    [{ label: f.creativeLead, value: memberName(members, brief.creativeLeadId, lang) }, { label: f.status, value: t.briefStatus[printedStatus(data)] }],
  ];
}

/**
 * The status of what is printed: the brief's own when it prints the brief as it stands; for an earlier version, what
 * that version received (approved by the client, approved internally, or still a draft), not what the brief is now.
 */
function printedStatus(data: BriefDocumentData): BriefStatus {
  const { brief, version } = data;
  if (!version || (version.number === brief.currentVersion && sameContent(brief, data.content))) return brief.status;
  const given = brief.approvals.filter((a) => a.versionNumber === version.number);
  if (given.some((a) => a.role === 'client')) return 'client-approved';
  return given.length > 0 ? 'approved' : 'draft';
}

function versionLine(data: BriefDocumentData, t: DocumentStrings, lang: Language): string {
  if (data.version) return fill(t.brief.versionLine, { n: data.version.number, date: formatDate(data.version.savedAt.slice(0, 10), lang) });
  return data.brief.currentVersion > 0 ? fill(t.brief.draftAfter, { n: data.brief.currentVersion }) : t.brief.draftNew;
}

function approvalsBlock(brief: Brief, t: DocumentStrings, lang: Language): Block[] {
  const b = t.brief;
  const blocks: Block[] = [heading(b.approvals, 1)];
  if (brief.approvals.length === 0) return [...blocks, emptyLine(b.noApprovals)];
  const rows = [...brief.approvals].sort((x, y) => x.versionNumber - y.versionNumber || (x.approvedOn < y.approvedOn ? -1 : x.approvedOn > y.approvedOn ? 1 : 0));
  const c = b.approvalColumns;
  blocks.push(
    dataTable(
      [
        { header: c.name, weight: 16 },
        { header: c.role, weight: 20 },
        { header: c.version, weight: 12 },
        { header: c.date, weight: 15 },
        { header: c.comment, weight: 37 },
      ],
      rows.map((a) => [{ text: orDash(a.name), bold: true }, b.approverRole[a.role], fill(b.versionNumber, { n: a.versionNumber }), formatShortDate(a.approvedOn, lang), orDash(a.comment)]),
    ),
  );
  return blocks;
}

/** A short plain-text account of one field's value, for the appendix table. */
function valueText(change: FieldChange, side: 'before' | 'after', content: BriefContent, t: DocumentStrings, lang: Language): Content {
  const clip = (s: string) => {
    const clean = cleanText(s).trim();
    return clean.length > 400 ? `${clean.slice(0, 400)}…` : clean || EMPTY_VALUE;
  };
  switch (change.kind) {
    case 'value':
      return formatMoney(change[side], content.currency, lang);
    case 'text': {
      if (change.field === 'briefDate' || change.field === 'presentationDate') return formatDate(change[side] || null, lang);
      // Short texts show the changed words in colour: removed ones on the left, added ones on the right.
      if (change.before.length + change.after.length > 800) return clip(change[side]);
      const hidden = side === 'before' ? 'added' : 'removed';
      const spans: Span[] = change.parts
        .filter((part) => part.change !== hidden)
        .map((part) => (part.change === 'same' ? part.text : { text: part.text, bold: true, color: side === 'before' ? COLOR.alert : COLOR.teal }));
      return spans.length > 0 ? spans : EMPTY_VALUE;
    }
    case 'list':
      return clip(content.reasonsToBelieve.filter(filled).map((r, i) => `${i + 1}. ${r.trim()}`).join('\n'));
    case 'rows': {
      const rows = change.field === 'deliverables' ? content.deliverables.map((r) => [r.media, r.format, r.quantity].filter(filled).join(' · ')) : content.timeline.map((r) => [r.label, formatShortDate(r.date, lang)].join(' · '));
      return clip([fill(t.brief.rowsSummary, { count: rows.length }), ...rows].join('\n'));
    }
  }
}

const fieldLabel = (field: FieldChange['field'], t: DocumentStrings): string => {
  const b = t.brief;
  const labels: Record<FieldChange['field'], string> = {
    title: t.brief.kind, project: b.fields.project, jobNumber: b.fields.jobNumber, briefDate: b.fields.briefDate,
    presentationDate: b.fields.presentationDate, budget: b.fields.budget, currency: b.fields.budget,
    background: b.sections.background, businessObjective: b.sections.businessObjective,
    communicationObjective: b.sections.communicationObjective, competitiveFrame: b.sections.competitiveFrame,
    audienceWho: `${b.sections.targetAudience} · ${b.audienceWho}`, audienceNow: `${b.sections.targetAudience} · ${b.audienceNow}`,
    insight: b.sections.insight, responseThink: `${b.sections.desiredResponse} · ${b.response.think}`,
    responseFeel: `${b.sections.desiredResponse} · ${b.response.feel}`, responseDo: `${b.sections.desiredResponse} · ${b.response.do}`,
    proposition: b.sections.proposition, reasonsToBelieve: b.sections.reasonsToBelieve, tone: b.sections.tone,
    mandatories: b.sections.mandatories, deliverables: b.sections.deliverables, timeline: b.sections.timeline,
    successCriteria: b.sections.successCriteria,
  };
  return labels[field];
};

function changesAppendix(data: BriefDocumentData, t: DocumentStrings, lang: Language): Block[] {
  const approved = data.approved;
  if (!approved || (data.version && data.version.number === approved.number) || sameContent(approved.content, data.content)) return [];
  const changes = diffBriefContent(approved.content, data.content, lang);
  if (changes.length === 0) return [];
  const c = t.brief.changeColumns;
  return [
    heading(fill(t.brief.changesHeading, { n: approved.number }), 1),
    note(fill(t.brief.changesNote, { n: approved.number })),
    dataTable(
      [
        { header: c.field, weight: 20 },
        { header: fill(c.before, { n: approved.number }), weight: 40 },
        { header: c.after, weight: 40 },
      ],
      changes.map((change): Content[] => [
        { text: fieldLabel(change.field, t), bold: true },
        valueText(change, 'before', approved.content, t, lang),
        valueText(change, 'after', data.content, t, lang),
      ]),
    ),
  ];
}

/** The brief as a Word document in the given language: header block, sections in the template's order, approvals. */
export function buildBriefDocument(data: BriefDocumentData, settings: Settings, lang: Language): Document {
  const t = documentStrings(lang);
  const { content } = data;
  const body: Block[] = [];
  for (const key of printedSections(content, data.template)) {
    body.push(heading(sectionHeading(data.template, key, lang), 1), ...sectionBody(key, content, t, lang));
  }
  body.push(...approvalsBlock(data.brief, t, lang), ...changesAppendix(data, t, lang));
  const brand = isBlankText(data.account?.brand) ? '' : cleanText(data.account?.brand).trim();
  return createDocument({
    settings,
    lang,
    kind: t.brief.kind,
    title: content.title,
    subtitle: [brand, versionLine(data, t, lang)].filter((part) => part.length > 0).join('　·　'),
    preparedOn: data.version ? data.version.savedAt.slice(0, 10) : data.today,
    facts: headerFacts(data, t, lang),
    body,
  });
}

/** The tables a brief document reads, as a backup or a database snapshot holds them. */
export type BriefTables = {
  accounts: readonly Account[];
  members: readonly Member[];
  briefs: readonly Brief[];
  briefVersions: readonly BriefVersion[];
  briefTemplates: readonly BriefTemplate[];
};

/**
 * Each live brief's document data from whole tables in one pass per table: the brief as it stands, labelled with its
 * latest version when nothing changed since, and the approved version for the appendix when the brief moved on.
 */
export function briefDocuments(tables: BriefTables, today: string): BriefDocumentData[] {
  const accounts = new Map(tables.accounts.map((a) => [a.id, a]));
  const templates = new Map(tables.briefTemplates.filter((x) => x.deletedAt === null).map((x) => [x.id, x]));
  const versions = new Map<string, Map<number, BriefVersion>>();
  for (const version of tables.briefVersions) {
    if (version.deletedAt !== null) continue;
    let byNumber = versions.get(version.briefId);
    if (!byNumber) versions.set(version.briefId, (byNumber = new Map()));
    byNumber.set(version.number, version);
  }
  return tables.briefs
    .filter((brief) => brief.deletedAt === null)
    .map((brief) => {
      const own = versions.get(brief.id);
      const latest = own?.get(brief.currentVersion) ?? null;
      const approvedVersion = brief.approvedVersion !== null ? (own?.get(brief.approvedVersion) ?? null) : null;
      return {
        brief,
        content: brief,
        version: latest && sameContent(latest.content, brief) ? latest : null,
        account: accounts.get(brief.accountId) ?? null,
        members: tables.members,
        template: brief.templateId ? (templates.get(brief.templateId) ?? null) : null,
        approved: approvedVersion,
        today,
      };
    });
}
