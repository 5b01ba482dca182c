// The pitch post-mortem (比稿复盘): how it ended and why, the client's feedback, what worked, what did not and the
// lessons, then how it went — rounds, rivals, team — and what it cost us against what it could bring.
import type { Document } from 'docx';
import type { Language } from '../model/common';
import { openPitchStages, type Pitch } from '../model/pitch';
import type { Settings } from '../model/settings';
import { documentStrings, fill, type DocumentStrings } from '../i18n/documents';
import { EMPTY_VALUE, formatDate, formatMoney, formatNumber, formatShortDate } from '../i18n/format';
import { lostReasonLabel } from '../metrics/pitch-figures';
import { dataTable, emptyLine, heading, para, paras, type Block, type Span } from './blocks';
import { cleanText, isBlankText } from './sanitize';
import { createDocument } from './styles';
import { COLOR } from './theme';
import { documentFileName } from './file-name';
import { memberName, orDash, pitchDocuments, pitchFacts, shortId, type PitchDocumentData } from './pitch-pack';
import type { DocumentKind } from './registry';

const RESULT_COLOR: Record<NonNullable<Pitch['outcome']>['result'], string> = { won: '17643A', lost: COLOR.alert, withdrawn: COLOR.muted, declined: COLOR.muted };

function outcomeSection(pitch: Pitch, t: DocumentStrings, lang: Language): Block[] {
  const s = t.pitchPostMortem;
  const blocks: Block[] = [heading(s.sections.outcome, 1)];
  const o = pitch.outcome;
  if (!o) return [...blocks, emptyLine(s.notDecided)];
  const agency = isBlankText(o.winningAgency) ? '' : cleanText(o.winningAgency).trim();
  const text =
    o.result === 'won' ? s.summaryWon
      : o.result === 'lost' ? (agency ? fill(s.summaryLost, { agency }) : s.summaryLostNoAgency)
        : o.result === 'withdrawn' ? s.summaryWithdrawn
          : s.summaryDeclined;
  const date: Span[] = o.decidedOn ? [{ text: `  ${formatDate(o.decidedOn, lang)}`, color: COLOR.muted }] : [];
  blocks.push(para([{ text: t.pitchStage[o.result], bold: true, color: RESULT_COLOR[o.result] }, ' — ', text, ...date]));
  if (o.result === 'lost' && !isBlankText(o.lostReason)) blocks.push(para({ text: fill(s.reasonLine, { reason: lostReasonLabel(cleanText(o.lostReason).trim(), lang) }), bold: true }));
  return blocks;
}

function prose(title: string, text: string | undefined, empty: string): Block[] {
  const body = paras(text ?? '');
  return [heading(title, 1), ...(body.length > 0 ? body : [emptyLine(empty)])];
}

function processSection(data: PitchDocumentData, t: DocumentStrings, lang: Language): Block[] {
  const s = t.pitchPostMortem;
  const { pitch } = data;
  const blocks: Block[] = [heading(s.sections.process, 1), heading(s.sections.rounds, 2)];
  const rounds = [...pitch.rounds].sort((a, b) => openPitchStages.indexOf(a.stage) - openPitchStages.indexOf(b.stage));
  if (rounds.length === 0) blocks.push(emptyLine(s.empty.rounds));
  else {
    const c = s.roundColumns;
    blocks.push(dataTable(
      [{ header: c.stage, weight: 24 }, { header: c.date, weight: 20 }, { header: c.note, weight: 56 }],
      rounds.map((r) => [{ text: t.pitchStage[r.stage], bold: true }, formatShortDate(r.date, lang), orDash(r.note)]),
    ));
  }
  blocks.push(heading(s.sections.competitors, 2));
  if (pitch.competitors.length === 0) blocks.push(emptyLine(s.empty.competitors));
  else {
    const c = t.pitchPack.competitorColumns;
    blocks.push(dataTable(
      [{ header: c.agency, weight: 24 }, { header: c.strengths, weight: 38 }, { header: c.weaknesses, weight: 38 }],
      pitch.competitors.map((r) => {
        const winner = pitch.outcome !== null && !isBlankText(pitch.outcome.winningAgency) && cleanText(pitch.outcome.winningAgency).trim() === cleanText(r.agency).trim();
        const name: Span[] = [{ text: orDash(r.agency), bold: true }];
        if (r.incumbent) name.push({ text: `\n${t.pitch.incumbent}`, color: COLOR.teal });
        if (winner) name.push({ text: `\n${t.pitch.fields.winningAgency}`, color: COLOR.alert, bold: true });
        return [name, orDash(r.strengths), orDash(r.weaknesses)];
      }),
    ));
  }
  blocks.push(heading(s.sections.team, 2));
  const team = pitch.team.filter((row) => data.members.some((m) => m.id === row.memberId));
  if (team.length === 0) blocks.push(emptyLine(s.empty.team));
  else {
    const c = t.pitchPack.teamColumns;
    blocks.push(dataTable(
      [{ header: c.member, weight: 40 }, { header: c.role, weight: 60 }],
      team.map((row) => [{ text: memberName(data.members, row.memberId, lang), bold: true }, orDash(row.role)]),
    ));
  }
  const c = s.investmentColumns;
  blocks.push(
    heading(s.sections.investment, 2),
    dataTable(
      [{ header: c.hours, weight: 22, align: 'right' }, { header: c.expenses, weight: 26, align: 'right' }, { header: c.pitchFee, weight: 24, align: 'right' }, { header: c.fee, weight: 28, align: 'right' }],
      [[
        formatNumber(pitch.costHours, lang),
        formatMoney(pitch.costExpenses, pitch.currency, lang),
        formatMoney(pitch.pitchFee, pitch.currency, lang),
        pitch.outcome?.result === 'won' ? { text: formatMoney(pitch.estimatedAnnualFee, pitch.currency, lang), bold: true, color: RESULT_COLOR.won } : formatMoney(pitch.estimatedAnnualFee, pitch.currency, lang),
      ]],
    ),
  );
  return blocks;
}

/** The post-mortem as a Word document, in the given language. A pitch without an outcome says so instead of guessing. */
export function buildPitchPostMortem(data: PitchDocumentData, settings: Settings, lang: Language): Document {
  const t = documentStrings(lang);
  const s = t.pitchPostMortem;
  const { pitch, account } = data;
  const o = pitch.outcome;
  const f = t.pitch.fields;
  const [clientAndType, , dateAndOwner, feeAndProbability, feeAndCost] = pitchFacts(data, t, lang);
  // A decided pitch: the result replaces the stage and probability rows, which no longer say anything.
  const facts = o && clientAndType && dateAndOwner && feeAndProbability && feeAndCost
    ? [
        clientAndType,
        [
          { label: f.result, value: { text: t.pitchStage[o.result], bold: true, color: RESULT_COLOR[o.result] } },
          { label: f.decidedOn, value: formatDate(o.decidedOn, lang) },
        ] as const,
        [
          { label: f.winningAgency, value: orDash(o.winningAgency) },
          { label: f.lostReason, value: isBlankText(o.lostReason) ? EMPTY_VALUE : lostReasonLabel(cleanText(o.lostReason).trim(), lang) },
        ] as const,
        dateAndOwner,
        [{ label: f.source, value: t.pitch.source[pitch.source] }, feeAndProbability[0]] as const,
        feeAndCost,
      ]
    : pitchFacts(data, t, lang);
  const subtitle = account ? [account.brand, account.company].filter((v) => !isBlankText(v)).map((v) => cleanText(v).trim()).join(' · ') : '';
  return createDocument({
    settings,
    lang,
    kind: s.kind,
    title: pitch.title,
    subtitle,
    preparedOn: data.today,
    facts,
    body: [
      ...outcomeSection(pitch, t, lang),
      ...prose(s.sections.feedback, o?.clientFeedback, s.empty.text),
      ...prose(s.sections.worked, o?.whatWorked, s.empty.text),
      ...prose(s.sections.didNot, o?.whatDidNot, s.empty.text),
      ...prose(s.sections.lessons, o?.lessons, s.empty.text),
      ...processSection(data, t, lang),
    ],
  });
}

/** A post-mortem for every live pitch that has an outcome. */
export const pitchPostMortemKind: DocumentKind = {
  key: 'pitch-post-mortem',
  jobs(tables, { settings, lang, today }) {
    const label = documentStrings(lang).exportFile.pitchPostMortem;
    return pitchDocuments(tables, today)
      .filter((data) => data.pitch.outcome !== null)
      .map((data) => ({
        kind: 'pitch-post-mortem',
        recordId: data.pitch.id,
        fileName: documentFileName([label, data.account?.brand ?? '', data.pitch.title, shortId(data.pitch.id)]),
        build: () => buildPitchPostMortem(data, settings, lang),
      }));
  },
};
