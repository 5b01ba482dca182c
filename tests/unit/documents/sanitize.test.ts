// The one sanitiser: whatever users type, what reaches a document is valid XML 1.0 and keeps every visible character.
import { describe, expect, it } from 'vitest';
import { clipText, hasForbiddenXmlChars, isBlankText, sanitizeText, textLines, textParagraphs } from '@shared/documents/sanitize';
import { XML_FORBIDDEN, hostileList, hostileStrings } from '../../fixtures/hostile';

describe('sanitizeText', () => {
  it.each(Object.entries(hostileStrings))('leaves no character XML 1.0 forbids in the %s string', (_name, value) => {
    const clean = sanitizeText(value);
    expect(clean).not.toMatch(XML_FORBIDDEN);
    expect(hasForbiddenXmlChars(clean)).toBe(false);
    // Idempotent: sanitising twice changes nothing.
    expect(sanitizeText(clean)).toBe(clean);
  });

  it('removes every forbidden C0 control but keeps tab, line feed and carriage return', () => {
    expect(sanitizeText(hostileStrings.controlChars)).toBe('C0[\t\n\r]end');
  });

  it('removes U+FFFE and U+FFFF, which docx itself lets through', () => {
    expect(sanitizeText(hostileStrings.nonCharacters)).toBe('beforemiddleafter');
  });

  it('removes lone and reversed surrogates but keeps every valid pair', () => {
    expect(sanitizeText(hostileStrings.loneHighSurrogate)).toBe('highalone');
    expect(sanitizeText(hostileStrings.loneLowSurrogate)).toBe('lowalone');
    expect(sanitizeText(hostileStrings.reversedSurrogates)).toBe('reversed');
    expect(sanitizeText('\uD83D\uD83D\uDE00\uDE00')).toBe('😀');
    expect(sanitizeText('end\uD83D')).toBe('end');
  });

  it('keeps emoji, ZWJ families, skin tones, flags, CJK, RTL text and markup exactly as typed', () => {
    for (const name of ['emoji', 'zwjSequences', 'flags', 'longChinese', 'rtl', 'markup', 'combining', 'quotesAndDashes', 'longWord', 'windowsPath', 'invisible'] as const) {
      expect(sanitizeText(hostileStrings[name])).toBe(hostileStrings[name]);
    }
  });

  it('keeps a 10,000-character Chinese text whole', () => {
    expect(sanitizeText(hostileStrings.longChinese)).toHaveLength(10_000);
  });

  it('returns the very same string when nothing needs removing (no copy for the common case)', () => {
    const text = '青岚茶饮 2026 年度规划 🎉';
    expect(sanitizeText(text)).toBe(text);
  });

  it('treats text made only of spaces or forbidden characters as blank', () => {
    expect(isBlankText(hostileStrings.whitespaceOnly)).toBe(true);
    expect(isBlankText('\u0000\uFFFE\uD800')).toBe(true);
    expect(isBlankText(null)).toBe(true);
    expect(isBlankText('a')).toBe(false);
  });
});

describe('multi-line user text', () => {
  it('splits paragraphs at blank lines and lines at every kind of line end', () => {
    expect(textParagraphs('a\nb\n\n\nc\r\nd\re')).toEqual([['a', 'b'], ['c', 'd', 'e']]);
    expect(textLines(hostileStrings.lineSeparators)).toEqual(['one', 'two', 'three', 'four', 'five', '', '', 'six']);
  });

  it('drops DEL and C1 controls from displayed lines and treats NEL as a line end', () => {
    expect(textLines(hostileStrings.c1AndDel)).toEqual(['delnext', 'lineend']);
  });

  it('gives no paragraphs for whitespace-only text', () => {
    expect(textParagraphs(hostileStrings.whitespaceOnly)).toEqual([]);
    expect(textParagraphs('')).toEqual([]);
  });

  it('sanitises every line of every hostile string', () => {
    for (const value of hostileList) {
      for (const line of textLines(value)) expect(line).not.toMatch(XML_FORBIDDEN);
    }
  });
});

describe('clipText', () => {
  it('cuts between grapheme clusters, never inside a ZWJ family or a flag', () => {
    const clipped = clipText('👨‍👩‍👧‍👦🇨🇳🇺🇸abc', 3);
    expect(clipped).toBe('👨‍👩‍👧‍👦🇨🇳…');
    expect(clipped).not.toMatch(XML_FORBIDDEN);
  });

  it('folds line breaks and runs of spaces into one line', () => {
    expect(clipText(' a \n\t b ', 10)).toBe('a b');
  });

  it('leaves short text alone', () => {
    expect(clipText('青岚茶饮', 40)).toBe('青岚茶饮');
  });
});
