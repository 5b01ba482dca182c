// The one style definition of every document: fonts and language, headings, page, header with logo, footer with page numbers.
import {
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IStylesOptions,
} from 'docx';
import type { Language } from '../model/common';
import type { Settings } from '../model/settings';
import { documentStrings } from '../i18n/documents';
import { formatDate, languageTag } from '../i18n/format';
import { fieldTable, gap, para, text, type Block, type Field } from './blocks';
import { rememberCoreProperties } from './core-properties';
import { fitInto, readLogo } from './image';
import { clipText, cleanText, isBlankText } from './sanitize';
import { COLOR, CONTENT_WIDTH, PAGE, SIZE, SPACING, STYLE } from './theme';

const DEFAULT_FONTS = { eastAsia: 'Microsoft YaHei', latin: 'Calibri' };

/** Font names come from settings (user text): sanitised, and never empty, since Word reads an empty name as a font. */
function fontOf(name: string, fallback: string): string {
  const clean = clipText(name, 100);
  return clean.length > 0 ? clean : fallback;
}

/**
 * The run fonts of every style: the Latin font for ASCII and high-ANSI text, the East-Asian font for CJK. In Chinese
 * documents the `eastAsia` hint also sends shared punctuation (“” · —) to the CJK font, as Word does for Chinese text.
 */
export function documentFonts(settings: Settings, lang: Language) {
  const latin = fontOf(settings.fonts.latin, DEFAULT_FONTS.latin);
  const eastAsia = fontOf(settings.fonts.eastAsia, DEFAULT_FONTS.eastAsia);
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, ...(lang === 'zh-CN' ? { hint: 'eastAsia' } : {}) };
}

/** The language of Latin-script text in a document (`w:lang w:val`). */
export function latinLanguage(lang: Language): 'en-US' | 'en-GB' {
  return lang === 'zh-CN' ? 'en-US' : 'en-GB';
}

/** The styles part shared by every document: defaults, Title, Heading 1–3 and the house paragraph styles. */
export function documentStyles(settings: Settings, lang: Language): IStylesOptions {
  const font = documentFonts(settings, lang);
  const base = { basedOn: 'Normal', next: 'Normal', quickFormat: true };
  const tight = { before: 0, after: 0, line: SPACING.tableLine };
  return {
    default: {
      document: {
        // `w:lang`: Chinese text is tagged zh-CN through `eastAsia`; `val` tags Latin-script text (brand names, figures,
        // English words). Word itself writes en-US there in Chinese documents, and a zh-CN `val` makes LibreOffice
        // break lines inside numbers ("20|27"), so Chinese documents get en-US and English ones en-GB.
        run: { font, size: SIZE.body, color: COLOR.ink, language: { value: latinLanguage(lang), eastAsia: 'zh-CN' } },
        // Chinese body text is set justified (两端对齐); English reads better ragged right.
        paragraph: { spacing: { after: SPACING.after, line: SPACING.line }, alignment: lang === 'zh-CN' ? 'both' : 'left' },
      },
      title: {
        run: { font, size: SIZE.title, bold: true, color: COLOR.navy },
        // "At least" rather than single: where the CJK font is substituted (LibreOffice without 微软雅黑), single
        // spacing takes the Latin fallback's shorter line height and the big title would overlap the line above.
        paragraph: { spacing: { before: 60, after: 80, line: Math.round(SIZE.title * 10 * 1.3), lineRule: 'atLeast' }, alignment: 'left', keepNext: true },
      },
      heading1: {
        run: { font, size: SIZE.heading1, bold: true, color: COLOR.navy },
        paragraph: {
          spacing: { before: 420, after: 160, line: 240 },
          alignment: 'left',
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.rule, space: 4 } },
        },
      },
      heading2: {
        run: { font, size: SIZE.heading2, bold: true, color: COLOR.navy },
        paragraph: { spacing: { before: 280, after: 100, line: 240 }, alignment: 'left', keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font, size: SIZE.heading3, bold: true, color: COLOR.teal },
        paragraph: { spacing: { before: 200, after: 80, line: 240 }, alignment: 'left', keepNext: true, keepLines: true, outlineLevel: 2 },
      },
    },
    paragraphStyles: [
      { id: STYLE.kicker, name: 'Desk Kicker', ...base, run: { font, size: SIZE.kicker, bold: true, color: COLOR.teal, allCaps: true, characterSpacing: 20 }, paragraph: { spacing: { before: 0, after: 60 }, alignment: 'left', keepNext: true } },
      { id: STYLE.subtitle, name: 'Desk Subtitle', ...base, run: { font, size: SIZE.subtitle, color: COLOR.muted }, paragraph: { spacing: { before: 0, after: 80, line: 280 }, alignment: 'left', keepNext: true } },
      {
        id: STYLE.meta, name: 'Desk Meta', ...base,
        run: { font, size: SIZE.small, color: COLOR.muted },
        paragraph: { spacing: { before: 40, after: 240 }, alignment: 'left', border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLOR.navy, space: 8 } } },
      },
      { id: STYLE.note, name: 'Desk Note', ...base, run: { font, size: SIZE.small, color: COLOR.muted }, paragraph: { spacing: { before: 0, after: 100 }, alignment: 'left', keepNext: true } },
      { id: STYLE.empty, name: 'Desk Empty', ...base, run: { font, size: SIZE.body, color: COLOR.muted }, paragraph: { spacing: { before: 40, after: 120 }, alignment: 'left' } },
      { id: STYLE.tableText, name: 'Desk Table Text', ...base, run: { font, size: SIZE.table }, paragraph: { spacing: tight, alignment: 'left' } },
      { id: STYLE.tableHeader, name: 'Desk Table Header', ...base, run: { font, size: SIZE.table, bold: true, color: COLOR.headerText }, paragraph: { spacing: tight, alignment: 'left', keepNext: true } },
      { id: STYLE.fieldLabel, name: 'Desk Field Label', ...base, run: { font, size: SIZE.table, bold: true, color: COLOR.muted }, paragraph: { spacing: tight, alignment: 'left' } },
      { id: STYLE.headerText, name: 'Desk Header', ...base, run: { font, size: SIZE.headerFooter, color: COLOR.muted }, paragraph: { spacing: { before: 0, after: 0, line: 240 }, alignment: 'left' } },
      { id: STYLE.footerText, name: 'Desk Footer', ...base, run: { font, size: SIZE.headerFooter, color: COLOR.muted }, paragraph: { spacing: { before: 0, after: 0, line: 240 }, alignment: 'left' } },
    ],
  };
}

/** The running head: logo and agency name on the left, the document and its subject on the right, over a rule. */
function pageHeader(settings: Settings, runningTitle: string): Header {
  const logo = readLogo(settings.agency.logo);
  const agency = clipText(settings.agency.name, 60);
  const children: (TextRun | ImageRun)[] = [];
  if (logo) {
    children.push(new ImageRun({ type: logo.type, data: logo.data, transformation: fitInto(logo, 140, 26), altText: { name: 'logo', description: agency, title: agency } }));
    if (agency) children.push(new TextRun({ text: '  ' }));
  }
  if (agency) children.push(...text({ text: agency, bold: true, color: COLOR.navy }));
  children.push(new TextRun({ children: [new Tab()] }), ...text(runningTitle));
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.headerText,
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 6 } },
        children,
      }),
    ],
  });
}

/** The footer: confidentiality line on the left, "第 X 页 / 共 Y 页" or "Page X of Y" (PAGE and NUMPAGES fields) on the right. */
function pageFooter(settings: Settings, lang: Language): Footer {
  const t = documentStrings(lang);
  // One line whatever was typed: a footer that grows with pasted line breaks would eat into every page.
  const confidentiality = isBlankText(settings.agency.confidentiality) ? t.common.confidentialDefault : clipText(settings.agency.confidentiality, 160);
  const pageRuns = t.common.pageTemplate
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part.length > 0)
    .flatMap((part) =>
      part === '{page}' ? [new TextRun({ children: [PageNumber.CURRENT] })] : part === '{pages}' ? [new TextRun({ children: [PageNumber.TOTAL_PAGES] })] : text(part),
    );
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footerText,
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 6 } },
        children: [...text(confidentiality), new TextRun({ children: [new Tab()] }), ...pageRuns],
      }),
    ],
  });
}

export type DocumentOptions = {
  settings: Settings;
  lang: Language;
  /** What the document is, in the document's language (e.g. 客户档案): the kicker, running head and file title. */
  kind: string;
  /** What it is about (user text, e.g. the brand): the big title. */
  title: string;
  /** A second line under the title (user text), left out when blank. */
  subtitle?: string;
  /** The day the document speaks for, `YYYY-MM-DD`. */
  preparedOn?: string | null;
  /** Key facts shown in a label/value table under the title. */
  facts?: readonly (readonly [Field] | readonly [Field, Field])[];
  body: readonly Block[];
};

/**
 * Every document starts here, so they all look alike: styles and language, A4 page, header and footer, the title
 * block (kicker, title, subtitle, prepared date, key facts) and core properties.
 */
export function createDocument(options: DocumentOptions): Document {
  const { settings, lang } = options;
  const t = documentStrings(lang);
  const title = isBlankText(options.title) ? t.common.none : cleanText(options.title).trim();
  const agency = clipText(settings.agency.name, 120);
  const titleBlock: Block[] = [
    para(options.kind, { style: STYLE.kicker }),
    para(title, { style: 'Title' }),
  ];
  if (!isBlankText(options.subtitle)) titleBlock.push(para(cleanText(options.subtitle).trim(), { style: STYLE.subtitle }));
  const meta = [options.preparedOn ? `${t.common.preparedOn}${lang === 'zh-CN' ? '：' : ': '}${formatDate(options.preparedOn, lang)}` : '', agency]
    .filter((part) => part.length > 0)
    .join('　·　');
  titleBlock.push(para(meta, { style: STYLE.meta }));
  if (options.facts && options.facts.length > 0) titleBlock.push(fieldTable(options.facts), gap(60));

  const runningTitle = `${options.kind}${t.common.titleSeparator}${clipText(title, 40)}`;
  const fileTitle = clipText(`${options.kind}${t.common.titleSeparator}${title}`, 200);
  const subject = clipText(options.kind, 200);
  const doc = new Document({
    title: fileTitle,
    subject,
    creator: agency || 'Account Desk',
    lastModifiedBy: agency || 'Account Desk',
    styles: documentStyles(settings, lang),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: PAGE.margin,
          },
        },
        headers: { default: pageHeader(settings, runningTitle) },
        footers: { default: pageFooter(settings, lang) },
        children: [...titleBlock, ...options.body],
      },
    ],
  });
  rememberCoreProperties(doc, {
    title: fileTitle,
    subject,
    creator: agency || 'Account Desk',
    language: languageTag(lang),
  });
  return doc;
}
