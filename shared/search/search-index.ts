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

export type SearchHit = { doc: SearchDoc; score: number; field: 'title' | 'subtitle' | 'body' };
export type SearchGroup = { kind: SearchKind; hits: SearchHit[] };

type Entry = { doc: SearchDoc; title: string; subtitle: string; body: string; alive: boolean };

/** Han, kana and hangul: scripts written without spaces, indexed by overlapping pairs of characters. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
/** Very long body texts are indexed up to this length: enough for any brief section, bounded for hostile input. */
const MAX_TEXT = 20_000;

/**
 * Letters and digits, joined by an apostrophe, dot or hyphen inside a word ("o'neil", "h5", "b2b"). A Unicode-aware
 * pattern rather than `Intl.Segmenter`: on the large sample the segmenter took 14 s where this takes well under one,
 * and for spaced scripts both find the same words.
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

/**
 * A pair of characters as one number (UTF-16 code units), so the hot loop of indexing hashes integers rather than
 * slicing strings. Pairs hold CJK characters only, which all lie in or next to the basic plane.
 */
const pairKey = (text: string, i: number) => text.charCodeAt(i) * 65_536 + text.charCodeAt(i + 1);

/** A query's terms: each CJK run and each word, matched as substrings of the record's text (all must match). */
export function queryTerms(query: string): string[] {
  const normalized = normalize(query).slice(0, 200);
  const terms: string[] = [];
  for (const m of normalized.matchAll(CJK_RUN)) terms.push(m[0]);
  terms.push(...latinWords(normalized));
  return [...new Set(terms)];
}

function intersect(a: Set<number> | null, b: Set<number>): Set<number> {
  if (!a) return b;
  const out = new Set<number>();
  for (const at of a) if (b.has(at)) out.add(at);
  return out;
}

export class SearchIndex {
  private entries: Entry[] = [];
  private byKey = new Map<string, number>();
  /** CJK character pair → records holding it. */
  private pairs = new Map<number, number[]>();
  /** Latin word → records holding it. */
  private postings = new Map<string, number[]>();
  /** Sorted word vocabulary, rebuilt lazily, for prefix matches of Latin words ("bran" → "brand"). */
  private words: string[] | null = null;

  static build(docs: Iterable<SearchDoc>): SearchIndex {
    const index = new SearchIndex();
    for (const doc of docs) index.upsert(doc);
    return index;
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Adds or replaces a record. A replaced record's old entry is marked dead (its postings are skipped). */
  upsert(doc: SearchDoc): void {
    const key = `${doc.kind}:${doc.id}`;
    const old = this.byKey.get(key);
    if (old !== undefined) {
      const entry = this.entries[old];
      if (entry && entry.doc.title === doc.title && entry.doc.subtitle === doc.subtitle && entry.doc.body === doc.body && entry.doc.href === doc.href) return;
      if (entry) entry.alive = false;
    }
    const entry: Entry = {
      doc,
      title: normalize(doc.title.slice(0, MAX_TEXT)),
      subtitle: normalize(doc.subtitle.slice(0, MAX_TEXT)),
      body: normalize(doc.body.slice(0, MAX_TEXT)),
      alive: true,
    };
    const at = this.entries.length;
    this.entries.push(entry);
    this.byKey.set(key, at);
    const text = `${entry.title}\n${entry.subtitle}\n${entry.body}`;
    // Records are appended in order, so a list whose last entry is this record already holds it: no per-record set.
    for (const m of text.matchAll(CJK_RUN)) {
      const run = m[0];
      for (let i = 0; i + 1 < run.length; i++) {
        const key = pairKey(run, i);
        const list = this.pairs.get(key);
        if (!list) this.pairs.set(key, [at]);
        else if (list[list.length - 1] !== at) list.push(at);
      }
    }
    for (const word of latinWords(text)) {
      const list = this.postings.get(word);
      if (!list) {
        this.postings.set(word, [at]);
        this.words = null;
      } else if (list[list.length - 1] !== at) list.push(at);
    }
  }

  remove(kind: SearchKind, id: string): void {
    const key = `${kind}:${id}`;
    const at = this.byKey.get(key);
    if (at === undefined) return;
    const entry = this.entries[at];
    if (entry) entry.alive = false;
    this.byKey.delete(key);
  }

  /** Keys of the live records, to find the ones gone since the last refresh. */
  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }

  /** Candidate entries for one term, from the postings (null: no token narrows it, scan everything). */
  private candidates(term: string): Set<number> | null {
    if (CJK.test(term)) {
      if (term.length === 1) {
        // A lone character may sit inside any run: the union of its own and every bigram holding it is too costly,
        // so single characters scan (they are rare queries and the scan verifies by substring anyway).
        return null;
      }
      let best: number[] | null = null;
      for (let i = 0; i + 1 < term.length; i++) {
        const list = this.pairs.get(pairKey(term, i));
        if (!list) return new Set();
        if (!best || list.length < best.length) best = list;
      }
      return new Set(best ?? []);
    }
    if (!this.words) this.words = [...this.postings.keys()].sort();
    const prefix = term;
    const out = new Set<number>();
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.words[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.words.length; i++) {
      const word = this.words[i] ?? '';
      if (!word.startsWith(prefix)) break;
      for (const at of this.postings.get(word) ?? []) out.add(at);
    }
    return out;
  }

  /**
   * Records holding every term of the query (as a substring), best first: a title match outranks a subtitle match,
   * which outranks a body match; an exact or leading title match ranks higher still. `limit` caps each kind.
   */
  search(query: string, options: { limitPerKind?: number } = {}): SearchGroup[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const limit = options.limitPerKind ?? 8;
    let pool: Set<number> | null = null;
    for (const term of [...terms].sort((a, b) => b.length - a.length)) {
      const found = this.candidates(term);
      if (!found) continue;
      pool = intersect(pool, found);
      if (pool.size === 0) return [];
    }
    const hits: SearchHit[] = [];
    // Pass 1 scores on titles and subtitles only; a record needing its body for some term waits for pass 2.
    const needBody: number[] = [];
    const strong = new Map<SearchKind, number>();
    // The best a body-involving match can score; a kind with `limit` hits above it can skip its bodies.
    const bodyCeiling = 120 * (terms.length - 1) + 10;
    const consider = (at: number, withBody: boolean) => {
      const entry = this.entries[at];
      if (!entry || !entry.alive) return;
      let score = 0;
      let bestField = 0;
      for (const term of terms) {
        if (entry.title.includes(term)) {
          score += entry.title === term ? 120 : entry.title.startsWith(term) ? 100 : 80;
          bestField = 3;
        } else if (entry.subtitle.includes(term)) {
          score += 30;
          if (bestField < 2) bestField = 2;
        } else if (!withBody) {
          needBody.push(at);
          return;
        } else if (entry.body.includes(term)) {
          score += 10;
          if (bestField < 1) bestField = 1;
        } else return;
      }
      const field: SearchHit['field'] = bestField === 3 ? 'title' : bestField === 2 ? 'subtitle' : 'body';
      hits.push({ doc: entry.doc, score, field });
      if (!withBody && score > bodyCeiling) strong.set(entry.doc.kind, (strong.get(entry.doc.kind) ?? 0) + 1);
    };
    if (pool) for (const at of pool) consider(at, false);
    else for (let at = 0; at < this.entries.length; at++) consider(at, false);
    for (const at of needBody) {
      const kind = this.entries[at]?.doc.kind;
      if (kind && (strong.get(kind) ?? 0) < limit) consider(at, true);
    }

    hits.sort((a, b) => b.score - a.score || a.doc.title.length - b.doc.title.length || a.doc.title.localeCompare(b.doc.title, 'zh-CN'));
    const groups = new Map<SearchKind, SearchHit[]>();
    for (const hit of hits) {
      const list = groups.get(hit.doc.kind) ?? [];
      if (list.length < limit) list.push(hit);
      groups.set(hit.doc.kind, list);
    }
    // Groups follow the best hit in each, so the most likely record is first whatever its kind.
    return [...groups.entries()]
      .map(([kind, list]) => ({ kind, hits: list }))
      .sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0) || searchKinds.indexOf(a.kind) - searchKinds.indexOf(b.kind));
  }
}

/**
 * A short excerpt of `text` around the first place a query term occurs, for showing why a record matched; the
 * excerpt's offsets are in the original text (normalising keeps lengths for CJK and ASCII, the usual case).
 */
export function snippet(text: string, query: string, radius = 24): string {
  const terms = queryTerms(query);
  const lower = normalizeInPlace(text);
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
