// The one text sanitiser for Word documents: removes what XML 1.0 forbids and splits user text into paragraphs and lines.

/**
 * True for a UTF-16 code unit that may never appear in an XML 1.0 document on its own: C0 controls other than tab,
 * line feed and carriage return, and the non-characters U+FFFE and U+FFFF. Surrogates are judged in pairs elsewhere.
 */
function isForbiddenUnit(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  return code === 0xfffe || code === 0xffff;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Removes every character XML 1.0 forbids — U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF and lone
 * surrogates — keeping tabs, line breaks and valid surrogate pairs (emoji, rare CJK). Word refuses a file with any of
 * them; docx itself strips most C0 controls but not U+FFFE/U+FFFF or lone surrogates.
 */
export function sanitizeText(input: string): string {
  let out: string[] | null = null;
  let start = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    let drop = false;
    if (isHigh(code)) {
      if (i + 1 < input.length && isLow(input.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      drop = true;
    } else if (isLow(code) || isForbiddenUnit(code)) {
      drop = true;
    }
    if (drop) {
      out ??= [];
      out.push(input.slice(start, i));
      start = i + 1;
    }
  }
  if (out === null) return input;
  out.push(input.slice(start));
  return out.join('');
}

/** True when the text holds a character `sanitizeText` would remove. */
export function hasForbiddenXmlChars(input: string): boolean {
  return sanitizeText(input) !== input;
}

/** Sanitised text, or '' for null/undefined: the form every optional field takes on its way into a document. */
export function cleanText(input: string | null | undefined): string {
  return input == null ? '' : sanitizeText(input);
}

/** True when nothing visible would be left: empty, whitespace only, or only forbidden characters. */
export function isBlankText(input: string | null | undefined): boolean {
  return cleanText(input).trim().length === 0;
}

/**
 * Sanitised lines of a text for display: CR LF, CR, NEL, U+2028 and U+2029 all count as line ends, and DEL and the
 * C1 controls — legal in XML but invisible, drawn as boxes by some viewers — are dropped.
 */
export function textLines(input: string | null | undefined): string[] {
  return cleanText(input)
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/[\u007f-\u009f]/g, '')
    .split('\n');
}

/**
 * Splits multi-line user text into paragraphs (separated by blank lines) made of lines (single line breaks), with
 * trailing blank lines dropped: `"a\nb\n\nc"` → `[["a", "b"], ["c"]]`. Whitespace-only text gives `[]`.
 */
export function textParagraphs(input: string | null | undefined): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of textLines(input)) {
    if (line.trim().length === 0) {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
const IntlWithSegmenter = Intl as unknown as { Segmenter?: new (locale?: string, options?: { granularity: 'grapheme' }) => Segmenter };
const graphemes: Segmenter | null = IntlWithSegmenter.Segmenter ? new IntlWithSegmenter.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/**
 * Sanitised text cut to at most `max` user-perceived characters, with `…` when cut: for running heads and file
 * names. It cuts between grapheme clusters, so a flag or a family emoji is never split into halves.
 */
export function clipText(input: string | null | undefined, max: number): string {
  const clean = cleanText(input).replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const parts = graphemes ? Array.from(graphemes.segment(clean), (s) => s.segment) : Array.from(clean);
  if (parts.length <= max) return clean;
  return `${parts.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}
