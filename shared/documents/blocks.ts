// The only way text enters a document: paragraph, heading and table builders that sanitise every string they are given.
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { textLines, textParagraphs } from './sanitize';
import { CELL_MARGIN, COLOR, CONTENT_WIDTH, KEEP_ROW_TOGETHER_CHARS, KEEP_TABLE_TOGETHER_ROWS, STYLE } from './theme';

/** A piece of text with optional emphasis. Strings may hold user text of any kind: it is sanitised here. */
export type Span = string | { text: string; bold?: boolean; color?: string; size?: number };
/** What a paragraph or table cell shows: one span or several side by side. */
export type Content = Span | readonly Span[];
/** What a document body is made of. */
export type Block = Paragraph | Table;

type RunStyle = { bold?: boolean; color?: string; size?: number };

/** docx writes a run's child that is exactly one of these words ("CURRENT", "SECTION"…) as a page-number field. */
const FIELD_WORDS: ReadonlySet<string> = new Set(Object.values(PageNumber));

const spansOf = (content: Content): readonly Span[] => (typeof content === 'string' || !Array.isArray(content) ? [content as Span] : content);

const charCount = (content: Content): number => spansOf(content).reduce((n, s) => n + (typeof s === 'string' ? s : s.text).length, 0);

/**
 * Runs for a text: sanitised, each line break a `w:br`, each tab a `w:tab` — Word ignores raw line feeds and tabs
 * inside `w:t`, so pasted text would otherwise lose its shape.
 */
export function text(span: Span, base: RunStyle = {}): TextRun[] {
  const s = typeof span === 'string' ? { text: span } : span;
  const style: RunStyle = { bold: s.bold ?? base.bold, color: s.color ?? base.color, size: s.size ?? base.size };
  return textLines(s.text).flatMap((line, index) => {
    const parts = line.split('\t');
    const lineBreak = index > 0 ? 1 : undefined;
    if (parts.some((part) => FIELD_WORDS.has(part))) {
      // Given as `text`, docx writes the words as words: one run per part, tabs in runs of their own.
      return parts.flatMap((part, i) => [
        ...(i > 0 ? [new TextRun({ children: [new Tab()], ...style })] : []),
        new TextRun({ text: part, break: i === 0 ? lineBreak : undefined, ...style }),
      ]);
    }
    const children = parts.flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part]));
    return [new TextRun({ children, break: lineBreak, ...style })];
  });
}

function runsOf(content: Content, base: RunStyle = {}): TextRun[] {
  return spansOf(content).flatMap((span) => text(span, base));
}

export type ParaOptions = {
  style?: string;
  align?: 'left' | 'center' | 'right' | 'justify';
  keepNext?: boolean;
  spaceBefore?: number;
  spaceAfter?: number;
  run?: RunStyle;
};

const alignment = (align: ParaOptions['align']) =>
  align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : align === 'justify' ? AlignmentType.JUSTIFIED : align === 'left' ? AlignmentType.LEFT : undefined;

/** One paragraph; line breaks in the text become line breaks inside it. */
export function para(content: Content, options: ParaOptions = {}): Paragraph {
  const spacing = options.spaceBefore !== undefined || options.spaceAfter !== undefined ? { before: options.spaceBefore, after: options.spaceAfter } : undefined;
  return new Paragraph({
    style: options.style,
    alignment: alignment(options.align),
    keepNext: options.keepNext,
    spacing,
    children: runsOf(content, options.run),
  });
}

/**
 * User prose as paragraphs, one per line: in Chinese writing a line break starts a new paragraph, and a justified
 * line ending in a manual break would be stretched across the page. Blank lines are dropped; blank text gives none.
 */
export function paras(userText: string, options: ParaOptions = {}): Paragraph[] {
  return textParagraphs(userText).flatMap((lines) => lines.map((line) => para(line, options)));
}

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A heading of the document's outline (Word's Heading 1–3 styles, so the navigation pane and a TOC find it). */
export function heading(content: Content, level: 1 | 2 | 3): Paragraph {
  return new Paragraph({ heading: headingLevels[level], keepNext: true, children: runsOf(content) });
}

/** A short secondary line, such as "Latest 10 of 42" under a heading. */
export function note(content: Content): Paragraph {
  return para(content, { style: STYLE.note });
}

/** The line an empty section shows instead of an empty table. */
export function emptyLine(content: Content): Paragraph {
  return para(content, { style: STYLE.empty });
}

const line = (color: string, size = 4) => ({ style: BorderStyle.SINGLE, size, color });
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };

function widthsOf(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0) || 1;
  const widths = weights.map((w) => Math.floor((CONTENT_WIDTH * w) / total));
  const rest = CONTENT_WIDTH - widths.reduce((sum, w) => sum + w, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

export type Column = { header: string; weight: number; align?: 'left' | 'center' | 'right' };

/**
 * A data table in the house look: full text width, fixed column widths (so a long word can't push a column off the
 * page), a navy header row that repeats on every page, hairlines between rows, light banding, and short rows kept
 * on one page.
 */
export function dataTable(columns: readonly Column[], rows: readonly (readonly Content[])[]): Table {
  const widths = widthsOf(columns.map((c) => c.weight));
  const cell = (content: Content, index: number, options: { header: boolean; fill?: string }) =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      verticalAlign: options.header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
      children: [para(content, { style: options.header ? STYLE.tableHeader : STYLE.tableText, align: columns[index]?.align })],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.header, i, { header: true, fill: COLOR.headerFill })),
  });
  const rowChars = rows.map((row) => row.reduce((n, c) => n + charCount(c), 0));
  // A small table stays on one page with its heading (each row kept with the next), rather than leaving one row behind.
  const keepWhole = rows.length <= KEEP_TABLE_TOGETHER_ROWS && rowChars.every((n) => n < KEEP_ROW_TOGETHER_CHARS / 2);
  const body = rows.map((row, r) =>
    new TableRow({
      cantSplit: (rowChars[r] ?? 0) < KEEP_ROW_TOGETHER_CHARS,
      keepNext: keepWhole && r < rows.length - 1,
      children: columns.map((_, i) => cell(row[i] ?? '', i, { header: false, fill: r % 2 === 1 ? COLOR.zebraFill : undefined })),
    }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGIN,
    borders: {
      top: line(COLOR.navy, 8),
      bottom: line(COLOR.navy, 8),
      left: none,
      right: none,
      insideHorizontal: line(COLOR.hairline),
      insideVertical: none,
    },
  });
}

/** One label/value pair of a field table. */
export type Field = { label: string; value: Content };

/**
 * The label/value table of a document's header block: two pairs a row, or one pair across the full width when a row
 * holds a single field (for long values such as a scope of services).
 */
export function fieldTable(rows: readonly (readonly [Field] | readonly [Field, Field])[]): Table {
  const widths = widthsOf([16, 34, 16, 34]);
  const labelCell = (label: string, index: number) =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.labelFill },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [para(label, { style: STYLE.fieldLabel })],
    });
  const valueCell = (value: Content, index: number, span: number) =>
    new TableCell({
      width: { size: widths.slice(index, index + span).reduce((s, w) => s + w, 0), type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      verticalAlign: VerticalAlignTable.CENTER,
      children: [para(value, { style: STYLE.tableText })],
    });
  const tableRows = rows.map((fields) => {
    const [first, second] = fields;
    const children = second
      ? [labelCell(first.label, 0), valueCell(first.value, 1, 1), labelCell(second.label, 2), valueCell(second.value, 3, 1)]
      : [labelCell(first.label, 0), valueCell(first.value, 1, 3)];
    return new TableRow({ cantSplit: fields.reduce((n, f) => n + charCount(f.value), 0) < KEEP_ROW_TOGETHER_CHARS, children });
  });
  return new Table({
    rows: tableRows,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGIN,
    borders: {
      top: line(COLOR.rule),
      bottom: line(COLOR.rule),
      left: line(COLOR.rule),
      right: line(COLOR.rule),
      insideHorizontal: line(COLOR.rule),
      insideVertical: line(COLOR.rule),
    },
  });
}

/** A small vertical gap, e.g. between a table and the heading after it. */
export function gap(twips = 120): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: Math.max(twips, 20), lineRule: 'exact' }, children: [] });
}

/** Starts the next block on a new page (cover → contents → body). */
export function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}
