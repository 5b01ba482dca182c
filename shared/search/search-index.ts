// A pure full-text index over every kind of record: character bigrams for Chinese (no spaces between words), whole
// words for Latin text, ranked results (title above body) grouped by kind.

export const searchKinds = ['account', 'contact', 'brief', 'pitch', 'member', 'evaluation', 'report'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** One searchable record: what is shown and where it leads, plus its text by weight. */
export type SearchDoc = {
  kind: SearchKind;
  id: string;
  /** Shown as the result's name; matches here rank highest. */
  title: string;
  /** Shown under the title (account, status…); ranks between title and body. */
  subtitle: string;
  /** Everything else the record says (section texts, notes). */
  body: string;
  /** Hash route that opens the record, e.g. `/briefs/abc`. */
  href: string;
};

/** A result as the palette shows it: the record without its body, and for a body match an excerpt around it. */
export type SearchHit = { doc: Omit<SearchDoc, 'body'>; score: number; field: 'title' | 'subtitle' | 'body'; excerpt: string };
export type SearchGroup = { kind: SearchKind; hits: SearchHit[] };

/** A record as indexed: its document (body cut to `MAX_TEXT`) and its normalised texts, which matching reads. */
type Entry = { doc: SearchDoc; title: string; subtitle: string; body: string };

/** Han, kana and hangul: scripts written without spaces, indexed by overlapping pairs of characters. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
/** Very long body texts are indexed up to this length: enough for any brief section, bounded for hostile input. */
const MAX_TEXT = 20_000;

/**
 * Letters and digits, joined by an apostrophe, dot or hyphen inside a word ("o'neil", "h5", "b2b"). A Unicode-aware
 * pattern rather than `Intl.Segmenter`: on the large sample the segmenter took 14 s where this takes well under one,
 * and for spaced scripts both find the same words. Indexing scans with the character classes below instead, which
 * find the same words in one pass with the bigrams.
 */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Full-width letters and digits fold to ASCII, case folds, so "ＡＢＣ" finds "abc". */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Words of a text outside its CJK runs. */
function latinWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.replace(CJK_RUN, ' ').matchAll(WORD)) out.push(m[0]);
  return out;
}

/** A query's terms: each CJK run and each word, matched as substrings of the record's text (all must match). */
export function queryTerms(query: string): string[] {
  const normalized = normalize(query).slice(0, 200);
  const terms: string[] = [];
  for (const m of normalized.matchAll(CJK_RUN)) terms.push(m[0]);
  terms.push(...latinWords(normalized));
  return [...new Set(terms)];
}

// What a character is to the indexing scan: the same classes as CJK_RUN and WORD, looked up instead of matched.
const OTHER = 0;
const CJK_CHAR = 1;
const WORD_CHAR = 2;
const JOINER = 3;

const ONE_CJK = new RegExp(`^${CJK.source}$`, 'u');
const ONE_WORD_CHAR = /^[\p{L}\p{N}]$/u;

function classOf(char: string): number {
  if (ONE_CJK.test(char)) return CJK_CHAR;
  if (ONE_WORD_CHAR.test(char)) return WORD_CHAR;
  return "'’.-".includes(char) ? JOINER : OTHER;
}

let basicPlane: Uint8Array | null = null;
const supplementary = new Map<number, number>();

/** Classes of the basic plane, built on first use (a lone surrogate is OTHER, as the regexes see it). */
function basicPlaneClasses(): Uint8Array {
  if (basicPlane) return basicPlane;
  const table = new Uint8Array(65_536);
  for (let code = 0; code < 65_536; code++) table[code] = classOf(String.fromCharCode(code));
  basicPlane = table;
  return table;
}

/** The class of the character starting at `i`; a surrogate pair is one character (rare: looked up and cached). */
function classAt(text: string, i: number, table: Uint8Array): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return table[code] ?? OTHER;
  const point = text.codePointAt(i) ?? code;
  if (point === code) return OTHER;
  let cls = supplementary.get(point);
  if (cls === undefined) {
    cls = classOf(String.fromCodePoint(point));
    supplementary.set(point, cls);
  }
  return cls;
}

const widthAt = (text: string, i: number) => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/** The sort order of results that score the same: shorter titles first, then Chinese collation. */
let collator: Intl.Collator | null = null;
const compareTitles = (a: string, b: string) => (collator ??= new Intl.Collator('zh-CN')).compare(a, b);

type Ranked = { at: number; score: number; field: SearchHit['field']; title: string };

/** Whether a record scoring `score` titled `title` ranks above `other`: higher score, then shorter title, then title order. */
function outranks(score: number, title: string, other: Ranked): boolean {
  if (score !== other.score) return score > other.score;
  if (title.length !== other.title.length) return title.length < other.title.length;
  return compareTitles(title, other.title) < 0;
}

/** Entries of `list` (ascending) that are also in `other` (ascending). */
function intersect(list: readonly number[], other: readonly number[]): number[] {
  const out: number[] = [];
  let lo = 0;
  for (const at of list) {
    let hi = other.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((other[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    if (lo === other.length) break;
    if (other[lo] === at) out.push(at);
  }
  return out;
}

export class SearchIndex {
  /** Dead entries (replaced or removed records) are null: their postings stay, pointing at nothing. */
  private entries: (Entry | null)[] = [];
  /** Each entry's kind, as its place in `searchKinds`: read without reaching for the entry. */
  private kinds: number[] = [];
  private byKey = new Map<string, number>();
  /**
   * CJK character pair → records holding it, ascending. A pair is one small integer: each UTF-16 code unit that
   * occurs in a run gets a number of its own (`units`), and the pair is first × 65,536 + second.
   */
  private pairs = new Map<number, number[]>();
  /** The same for titles and subtitles alone: a record missing from these has a Chinese term in its body only. */
  private headPairs = new Map<number, number[]>();
  private units = new Uint16Array(65_536);
  private unitCount = 0;
  /** Latin word → records holding it, ascending. */
  private postings = new Map<string, number[]>();
  /** Sorted word vocabulary for prefix matches of Latin words ("bran" → "brand"), and words not yet sorted in. */
  private words: string[] = [];
  private newWords: string[] = [];

  static build(docs: Iterable<SearchDoc>): SearchIndex {
    const index = new SearchIndex();
    for (const doc of docs) index.upsert(doc);
    index.prepare();
    return index;
  }

  /** Sorts what many upserts gathered (the vocabulary), so that the next query does not wait for it. */
  prepare(): void {
    this.vocabulary();
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Adds or replaces a record. A replaced record's old entry dies (its postings are skipped). */
  upsert(doc: SearchDoc): void {
    const key = `${doc.kind}:${doc.id}`;
    const body = doc.body.length > MAX_TEXT ? doc.body.slice(0, MAX_TEXT) : doc.body;
    const old = this.byKey.get(key);
    if (old !== undefined) {
      const was = this.entries[old]?.doc;
      if (was && was.title === doc.title && was.subtitle === doc.subtitle && was.body === body && was.href === doc.href) return;
      this.entries[old] = null;
    }
    const entry: Entry = {
      doc: body === doc.body ? doc : { ...doc, body },
      title: normalize(doc.title.slice(0, MAX_TEXT)),
      subtitle: normalize(doc.subtitle.slice(0, MAX_TEXT)),
      body: sameOr(body, normalize(body)),
    };
    const at = this.entries.length;
    this.entries.push(entry);
    this.kinds.push(searchKinds.indexOf(doc.kind));
    this.byKey.set(key, at);
    this.addPostings(`${entry.title}\n${entry.subtitle}\n${entry.body}`, entry.title.length + 1 + entry.subtitle.length, at);
  }

  remove(kind: SearchKind, id: string): void {
    const key = `${kind}:${id}`;
    const at = this.byKey.get(key);
    if (at === undefined) return;
    this.entries[at] = null;
    this.byKey.delete(key);
  }

  /** Ids of the live records of a kind, to find the ones gone since the last refresh. */
  ids(kind: SearchKind): string[] {
    const prefix = `${kind}:`;
    const out: string[] = [];
    for (const key of this.byKey.keys()) if (key.startsWith(prefix)) out.push(key.slice(prefix.length));
    return out;
  }

  /**
   * One scan of the text for both token kinds: each CJK run gives its pairs, the rest its words. Records are
   * appended in order, so a list whose last entry is this record already holds it: no per-record set.
   */
  private addPostings(text: string, headEnd: number, at: number): void {
    const table = basicPlaneClasses();
    const add = <K>(map: Map<K, number[]>, key: K) => {
      const list = map.get(key);
      if (!list) {
        map.set(key, [at]);
        return true;
      }
      if (list[list.length - 1] !== at) list.push(at);
      return false;
    };
    let i = 0;
    while (i < text.length) {
      const cls = classAt(text, i, table);
      if (cls === CJK_CHAR) {
        let end = i + widthAt(text, i);
        while (end < text.length && classAt(text, end, table) === CJK_CHAR) end += widthAt(text, end);
        let previous = this.unitOf(text.charCodeAt(i));
        for (let j = i + 1; j < end; j++) {
          const unit = this.unitOf(text.charCodeAt(j));
          add(this.pairs, previous * 65_536 + unit);
          if (j < headEnd) add(this.headPairs, previous * 65_536 + unit);
          previous = unit;
        }
        i = end;
      } else if (cls === WORD_CHAR) {
        const start = i;
        i = skipWordChars(text, i, table);
        while (i < text.length && classAt(text, i, table) === JOINER && i + 1 < text.length && classAt(text, i + 1, table) === WORD_CHAR) {
          i = skipWordChars(text, i + 1, table);
        }
        const word = text.slice(start, i);
        if (add(this.postings, word)) this.newWords.push(word);
      } else i += widthAt(text, i);
    }
  }

  private unitOf(code: number): number {
    let unit = this.units[code] ?? 0;
    if (unit === 0) {
      unit = ++this.unitCount;
      this.units[code] = unit;
    }
    return unit;
  }

  /**
   * Records whose text (in `pairs`) holds every pair of a CJK term of two or more characters: exactly those holding a
   * two-character term, and for a longer one also the rare record holding its pairs apart.
   */
  private pairCandidates(term: string, pairs = this.pairs): number[] {
    const lists: number[][] = [];
    for (let i = 0; i + 1 < term.length; i++) {
      const first = this.units[term.charCodeAt(i)] ?? 0;
      const second = this.units[term.charCodeAt(i + 1)] ?? 0;
      const list = first && second ? pairs.get(first * 65_536 + second) : undefined;
      if (!list) return [];
      lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    let out = lists[0] ?? [];
    for (const list of lists.slice(1)) {
      if (out.length === 0) break;
      out = intersect(out, list);
    }
    return out;
  }

  /** The sorted vocabulary: a few new words are placed one by one, many (the first build) sorted in at once. */
  private vocabulary(): string[] {
    if (this.newWords.length > 256) this.words = [...this.words, ...this.newWords].sort();
    else for (const word of this.newWords) this.words.splice(firstAtOrAfter(this.words, word), 0, word);
    this.newWords = [];
    return this.words;
  }

  /** Records holding a word that starts with `prefix`, ascending. */
  private wordCandidates(prefix: string): number[] {
    const words = this.vocabulary();
    const lists: number[][] = [];
    for (let i = firstAtOrAfter(words, prefix); i < words.length; i++) {
      const word = words[i] ?? '';
      if (!word.startsWith(prefix)) break;
      lists.push(this.postings.get(word) ?? []);
    }
    if (lists.length <= 1) return lists[0] ?? [];
    const marked = new Uint8Array(this.entries.length);
    for (const list of lists) for (const at of list) marked[at] = 1;
    const out: number[] = [];
    for (let at = 0; at < marked.length; at++) if (marked[at]) out.push(at);
    return out;
  }

  /**
   * Records holding every term of the query (as a substring), best first: a title match outranks a subtitle match,
   * which outranks a body match; an exact or leading title match ranks higher still. `limit` caps each kind.
   *
   * Candidates come from the postings. A two-character CJK term or a Latin word is then known to be in the record
   * (its pair or word is), so when it is not in the title or subtitle it is in the body without looking; only longer
   * CJK terms and single characters read the body, and only for a record that would make its kind's shortlist.
   */
  search(query: string, options: { limitPerKind?: number } = {}): SearchGroup[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const limit = options.limitPerKind ?? 8;
    const verify: boolean[] = [];
    let pool: number[] | null = null;
    for (const term of terms) {
      // A lone CJK character may sit inside any run: single characters scan (rare queries, verified by substring).
      const lone = CJK.test(term) && term.length === 1;
      verify.push(lone || (CJK.test(term) && term.length > 2));
      if (lone) continue;
      const found = CJK.test(term) ? this.pairCandidates(term) : this.wordCandidates(term);
      pool = pool ? (found.length < pool.length ? intersect(found, pool) : intersect(pool, found)) : found;
      if (pool.length === 0) return [];
    }

    const shortlists: Ranked[][] = searchKinds.map(() => []);
    const unchecked: number[] = [];
    const consider = (at: number) => {
      const entry = this.entries[at];
      if (!entry) return;
      let score = 0;
      let bestField = 0;
      unchecked.length = 0;
      for (let t = 0; t < terms.length; t++) {
        const term = terms[t] ?? '';
        if (entry.title.includes(term)) {
          score += entry.title === term ? 120 : entry.title.startsWith(term) ? 100 : 80;
          bestField = 3;
        } else if (entry.subtitle.includes(term)) {
          score += 30;
          if (bestField < 2) bestField = 2;
        } else {
          score += 10;
          if (bestField < 1) bestField = 1;
          if (verify[t]) unchecked.push(t);
        }
      }
      const list = shortlists[this.kinds[at] ?? 0] as Ranked[];
      const title = entry.doc.title;
      const last = list[limit - 1];
      if (last && !outranks(score, title, last)) return;
      for (const t of unchecked) if (!entry.body.includes(terms[t] ?? '')) return;
      let place = list.length;
      while (place > 0 && outranks(score, title, list[place - 1] as Ranked)) place--;
      list.splice(place, 0, { at, score, field: bestField === 3 ? 'title' : bestField === 2 ? 'subtitle' : 'body', title });
      if (list.length > limit) list.pop();
    };
    if (!pool) for (let at = 0; at < this.entries.length; at++) consider(at);
    else if (!terms.every((term) => CJK.test(term) && term.length > 1)) for (const at of pool) consider(at);
    else {
      // Chinese words only: a record with none of them in its title or subtitle scores a body match of each, the
      // least there is. Records with one go first; then the rest, skipping unread a kind already full of better hits.
      const inHead = new Uint8Array(this.entries.length);
      for (const term of terms) for (const at of this.pairCandidates(term, this.headPairs)) inHead[at] = 1;
      for (const at of pool) if (inHead[at]) consider(at);
      const bodyScore = 10 * terms.length;
      for (const at of pool) {
        if (inHead[at]) continue;
        const last = shortlists[this.kinds[at] ?? 0]?.[limit - 1];
        if (!last || last.score <= bodyScore) consider(at);
      }
    }

    const groups: SearchGroup[] = [];
    shortlists.forEach((list, kind) => {
      if (list.length > 0) groups.push({ kind: searchKinds[kind] as SearchKind, hits: list.map((ranked) => this.hitOf(ranked, terms)) });
    });
    // Groups follow the best hit in each, so the most likely record is first whatever its kind.
    return groups.sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0) || searchKinds.indexOf(a.kind) - searchKinds.indexOf(b.kind));
  }

  private hitOf(ranked: Ranked, terms: readonly string[]): SearchHit {
    const entry = this.entries[ranked.at] as Entry;
    const { body, ...shown } = entry.doc;
    // Normalising keeps every offset for CJK and ASCII text (the usual case); otherwise the body is lowered in place.
    const excerpt = ranked.field !== 'body' ? '' : excerptOf(body, entry.body.length === body.length ? entry.body : normalizeInPlace(body), terms);
    return { doc: shown, score: ranked.score, field: ranked.field, excerpt };
  }
}

/** The normalised text, or the original when they are equal, so an unchanged text is held once. */
const sameOr = (original: string, normalized: string) => (normalized === original ? original : normalized);

/** A short excerpt of `text` around the first place a term occurs in `lower` (`text` lowered, offsets kept). */
function excerptOf(text: string, lower: string, terms: readonly string[], radius = 24): string {
  let at = -1;
  let length = 0;
  for (const term of terms) {
    const found = lower.indexOf(term);
    if (found >= 0 && (at < 0 || found < at)) {
      at = found;
      length = term.length;
    }
  }
  if (at < 0) return '';
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + length + radius * 2);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

/** Where `word` is or would go in the sorted `words`. */
function firstAtOrAfter(words: readonly string[], word: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] ?? '') < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function skipWordChars(text: string, i: number, table: Uint8Array): number {
  let at = i;
  while (at < text.length && classAt(text, at, table) === WORD_CHAR) at += widthAt(text, at);
  return at;
}

/**
 * `normalize` that keeps every character's position: a character whose normal form is longer ("…" → "...") stays
 * as it is (lower-cased), so offsets found in the result are offsets in `text`.
 */
function normalizeInPlace(text: string): string {
  const whole = normalize(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const n = normalize(ch);
    out += n.length === 1 ? n : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
  return out;
}

/** `text` cut into runs, each marked when it is an occurrence of a query term, for highlighting a result. */
export function markMatches(text: string, query: string): { text: string; hit: boolean }[] {
  const terms = queryTerms(query).filter((t) => t.length > 0);
  const lower = normalizeInPlace(text);
  if (terms.length === 0) return [{ text, hit: false }];
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) marked.fill(true, at, at + term.length);
  }
  const parts: { text: string; hit: boolean }[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      parts.push({ text: text.slice(start, i), hit: marked[start] === true });
      start = i;
    }
  }
  return parts;
}
