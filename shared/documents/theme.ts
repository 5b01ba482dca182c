// The look every Word document shares: page size and margins, colours, type sizes and spacing, in Word's units.

/** Twips (1/20 pt) per centimetre. */
const CM = 567;

/** A4 portrait with 2 cm side margins: a 17 cm text block, the common measure for Chinese business documents. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: Math.round(2.4 * CM), bottom: Math.round(2.2 * CM), left: 2 * CM, right: 2 * CM, header: Math.round(1.1 * CM), footer: Math.round(1.0 * CM) },
} as const;

/** Width of the text block in twips: tables are laid out to exactly this. */
export const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Deep navy for structure, teal for small accents, greys for secondary text and rules. Hex without '#', as Word takes it. */
export const COLOR = {
  ink: '1F2933',
  navy: '1F3A5F',
  teal: '0E7C86',
  muted: '5F6B7A',
  faint: 'A7B1BE',
  rule: 'CBD5E1',
  hairline: 'E2E8F0',
  headerFill: '1F3A5F',
  headerText: 'FFFFFF',
  labelFill: 'EEF2F7',
  zebraFill: 'F7F9FB',
  /** Overdue money: the one warm colour, used sparingly. */
  alert: 'B42318',
} as const;

/** Type sizes in half-points (Word's unit): 10.5 pt body is 五号, the standard Chinese body size. */
export const SIZE = {
  body: 21,
  small: 18,
  table: 18,
  headerFooter: 16,
  kicker: 20,
  title: 48,
  subtitle: 26,
  heading1: 30,
  heading2: 24,
  heading3: 21,
} as const;

/** Paragraph spacing in twips; `line` 300 is 1.25 lines, which Chinese text needs to breathe. */
export const SPACING = {
  line: 300,
  after: 120,
  tableLine: 260,
} as const;

/** Cell padding in twips. */
export const CELL_MARGIN = { top: 70, bottom: 70, left: 110, right: 110 } as const;

/** Ids of the paragraph styles documents use besides Word's built-in Title and Heading1–3. */
export const STYLE = {
  kicker: 'DeskKicker',
  subtitle: 'DeskSubtitle',
  meta: 'DeskMeta',
  note: 'DeskNote',
  empty: 'DeskEmpty',
  tableText: 'DeskTableText',
  tableHeader: 'DeskTableHeader',
  fieldLabel: 'DeskFieldLabel',
  headerText: 'DeskHeader',
  footerText: 'DeskFooter',
} as const;

/** A row shorter than this (in characters) is kept on one page; longer ones may break, or they'd be cut off. */
export const KEEP_ROW_TOGETHER_CHARS = 600;

/** A table of at most this many short rows is kept on one page. */
export const KEEP_TABLE_TOGETHER_ROWS = 8;
