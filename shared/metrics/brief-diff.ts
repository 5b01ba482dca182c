// Field-by-field differences between two brief contents, with changed words marked (Chinese segmented into words, not whole runs).
import { diffArrays, type ArrayChange } from 'diff';
import type { BriefContent } from '../model/brief';
import type { Language } from '../model/common';
import { briefContentKeys, type BriefContentKey } from './brief-status';

export type DiffPart = { text: string; change: 'same' | 'added' | 'removed' };

/**
 * Past these, a field is shown as replaced rather than diffed word by word: a pasted report rewritten from scratch must
 * neither freeze the window nor exhaust memory (the diff's work grows with the number of edits).
 */
const DIFF_TIMEOUT_MS = 400;
const DIFF_MAX_EDITS = 2_000;

const segmenters = new Map<Language, Intl.Segmenter>();

/**
 * Chinese has no spaces, so a plain word diff would see a whole paragraph as one word. `Intl.Segmenter` splits it
 * into words (ICU's dictionary), and Latin text into words as usual; without it, Chinese is compared by character.
 */
function segmenterFor(lang: Language): Intl.Segmenter | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Lines (with their break), then pieces of at most this many characters: the unit handed to the segmenter. */
const CHUNK = 240;

/**
 * Text in pieces small enough for the segmenter. V8 copies the whole input into every segment it returns, so
 * segmenting a 20,000-character field at once costs gigabytes; cutting at line breaks, then at a space or a
 * punctuation mark, keeps each copy small and rarely splits a word.
 */
function chunks(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    let rest = line;
    while (rest.length > CHUNK) {
      const window = rest.slice(0, CHUNK);
      const cut = Math.max(window.lastIndexOf(' '), ...['，', '。', '、', '；', ',', '.', ';'].map((mark) => window.lastIndexOf(mark)));
      const at = cut > CHUNK / 2 ? cut + 1 : CHUNK;
      out.push(rest.slice(0, at));
      rest = rest.slice(at);
    }
    if (rest.length > 0) out.push(rest);
  }
  return out;
}

/** Words, spaces and punctuation as separate tokens; Chinese split into words, or into characters without a segmenter. */
export function tokenize(text: string, lang: Language): string[] {
  const segmenter = segmenterFor(lang);
  const tokens: string[] = [];
  for (const chunk of chunks(text)) {
    if (segmenter) for (const piece of segmenter.segment(chunk)) tokens.push(piece.segment);
    else tokens.push(...(chunk.match(/[\u3400-\u9fff]|[^\s\p{P}\p{S}\u3400-\u9fff]+|\s+|[\s\S]/gu) ?? []));
  }
  return tokens;
}

const toParts = (changes: readonly ArrayChange<string>[]): DiffPart[] =>
  changes.filter((c) => c.value.length > 0).map((c) => ({ text: c.value.join(''), change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));

/** Neighbouring parts of the same kind merged, so the UI draws one highlight per run of change. */
function merged(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && last.change === part.change) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** The words of `before` and `after` as kept, removed and added runs. */
export function diffText(before: string, after: string, lang: Language = 'zh-CN'): DiffPart[] {
  if (before === after) return before.length > 0 ? [{ text: before, change: 'same' }] : [];
  if (before.length === 0) return [{ text: after, change: 'added' }];
  if (after.length === 0) return [{ text: before, change: 'removed' }];
  const changes = diffArrays(tokenize(before, lang), tokenize(after, lang), { timeout: DIFF_TIMEOUT_MS, maxEditLength: DIFF_MAX_EDITS });
  if (!changes) return [{ text: before, change: 'removed' }, { text: after, change: 'added' }];
  return merged(toParts(changes));
}

type Row = BriefContent['deliverables'][number] | BriefContent['timeline'][number];
export type RowStatus = 'same' | 'changed' | 'added' | 'removed';
export type RowChange<T extends Row> = { id: string; status: RowStatus; before: T | null; after: T | null; cells: Partial<Record<Exclude<keyof T, 'id'>, DiffPart[]>> };
export type ListItemChange = { index: number; status: RowStatus; parts: DiffPart[] };

export type FieldChange =
  | { field: Exclude<BriefContentKey, 'reasonsToBelieve' | 'deliverables' | 'timeline' | 'budget'>; kind: 'text'; before: string; after: string; parts: DiffPart[] }
  | { field: 'budget'; kind: 'value'; before: number | null; after: number | null }
  | { field: 'reasonsToBelieve'; kind: 'list'; items: ListItemChange[] }
  | { field: 'deliverables'; kind: 'rows'; rows: RowChange<BriefContent['deliverables'][number]>[]; reordered: boolean }
  | { field: 'timeline'; kind: 'rows'; rows: RowChange<BriefContent['timeline'][number]>[]; reordered: boolean };

const cellText = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

function diffRows<T extends Row>(before: readonly T[], after: readonly T[], lang: Language): { rows: RowChange<T>[]; reordered: boolean } {
  const beforeById = new Map(before.map((row) => [row.id, row]));
  const afterIds = new Set(after.map((row) => row.id));
  const cellsOf = (a: T | null, b: T | null) => {
    const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})].filter((k) => k !== 'id'));
    const cells: Partial<Record<string, DiffPart[]>> = {};
    let changed = false;
    for (const key of keys) {
      const x = cellText(a ? (a as Record<string, unknown>)[key] : '');
      const y = cellText(b ? (b as Record<string, unknown>)[key] : '');
      if (x !== y) changed = true;
      cells[key] = diffText(x, y, lang);
    }
    return { cells: cells as RowChange<T>['cells'], changed };
  };
  const rows: RowChange<T>[] = [];
  for (const row of after) {
    const old = beforeById.get(row.id) ?? null;
    const { cells, changed } = cellsOf(old, row);
    rows.push({ id: row.id, status: old ? (changed ? 'changed' : 'same') : 'added', before: old, after: row, cells });
  }
  // Removed rows are shown where they used to be, relative to the rows that stayed.
  before.forEach((row, index) => {
    if (afterIds.has(row.id)) return;
    const { cells } = cellsOf(row, null);
    const anchor = before.slice(0, index).reverse().find((r) => afterIds.has(r.id));
    const at = anchor ? rows.findIndex((r) => r.id === anchor.id) + 1 : 0;
    rows.splice(at, 0, { id: row.id, status: 'removed', before: row, after: null, cells });
  });
  const keptBefore = before.filter((r) => afterIds.has(r.id)).map((r) => r.id);
  const keptAfter = after.filter((r) => beforeById.has(r.id)).map((r) => r.id);
  const reordered = keptBefore.join('\u0000') !== keptAfter.join('\u0000');
  return { rows, reordered };
}

function diffList(before: readonly string[], after: readonly string[], lang: Language): ListItemChange[] {
  const items: ListItemChange[] = [];
  for (let index = 0; index < Math.max(before.length, after.length); index++) {
    const x = before[index];
    const y = after[index];
    if (x !== undefined && y !== undefined) items.push({ index, status: x === y ? 'same' : 'changed', parts: diffText(x, y, lang) });
    else if (y !== undefined) items.push({ index, status: 'added', parts: diffText('', y, lang) });
    else if (x !== undefined) items.push({ index, status: 'removed', parts: diffText(x, '', lang) });
  }
  return items;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every field that differs between two contents, in the brief's reading order; an empty list when they are the same. */
export function diffBriefContent(before: BriefContent, after: BriefContent, lang: Language = 'zh-CN'): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of briefContentKeys) {
    const x = before[field];
    const y = after[field];
    if (sameJson(x, y)) continue;
    switch (field) {
      case 'budget':
        changes.push({ field, kind: 'value', before: before.budget, after: after.budget });
        break;
      case 'reasonsToBelieve':
        changes.push({ field, kind: 'list', items: diffList(before.reasonsToBelieve, after.reasonsToBelieve, lang) });
        break;
      case 'deliverables':
        changes.push({ field, kind: 'rows', ...diffRows(before.deliverables, after.deliverables, lang) });
        break;
      case 'timeline':
        changes.push({ field, kind: 'rows', ...diffRows(before.timeline, after.timeline, lang) });
        break;
      default: {
        const a = cellText(x);
        const b = cellText(y);
        changes.push({ field, kind: 'text', before: a, after: b, parts: diffText(a, b, lang) });
      }
    }
  }
  return changes;
}
