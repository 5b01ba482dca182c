// The renderer's one search index: built lazily on first use, in small slices so the window stays responsive, and
// kept fresh by live queries on each searched table (a change reloads that table only and updates its documents).
import { liveQuery, type Subscription } from 'dexie';
import { SearchIndex, type SearchDoc, type SearchKind } from '@shared/search/search-index';
import { accountDoc, briefDoc, contactDoc, evaluationDoc, memberDoc, pitchDoc, reportDoc, type SearchRecords } from '@shared/search/search-docs';
import { repos } from '../../db';

type Listener = () => void;
/** A new object whenever the index changes, so React re-renders and re-runs the query. */
export type SearchState = { status: 'idle' | 'building' | 'ready'; version: number; index: SearchIndex };

const tables = ['accounts', 'contacts', 'briefs', 'pitches', 'members', 'evaluations', 'reports'] as const;
type TableKey = (typeof tables)[number];

const kindOf: Record<TableKey, SearchKind> = {
  accounts: 'account', contacts: 'contact', briefs: 'brief', pitches: 'pitch', members: 'member', evaluations: 'evaluation', reports: 'report',
};

/** Which kinds' documents show another table's text: a renamed account renames its briefs' subtitles. */
const dependents: Record<TableKey, readonly TableKey[]> = {
  accounts: ['accounts', 'contacts', 'briefs', 'pitches'],
  contacts: ['contacts'],
  briefs: ['briefs'],
  pitches: ['pitches'],
  members: ['members', 'evaluations'],
  evaluations: ['evaluations'],
  reports: ['reports'],
};

/** Records indexed per slice before yielding to the event loop. */
const SLICE = 300;
const DEBOUNCE_MS = 400;

let index = new SearchIndex();
let state: SearchState = { status: 'idle', version: 0, index };
const listeners = new Set<Listener>();
const records: { [K in TableKey]?: SearchRecords[K] } = {};
const pending = new Set<TableKey>();
let timer: ReturnType<typeof setTimeout> | null = null;
let running: Promise<void> | null = null;
const subscriptions: Subscription[] = [];

function publish(next: Partial<SearchState>) {
  state = { ...state, ...next, version: state.version + 1, index };
  for (const listener of listeners) listener();
}

export function subscribeSearch(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const searchState = (): SearchState => state;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function docsFor(table: TableKey): SearchDoc[] {
  const brands = new Map((records.accounts ?? []).map((a) => [a.id, a.brand]));
  const names = new Map((records.members ?? []).map((m) => [m.id, m.name]));
  const brandOf = (id: string) => brands.get(id) ?? '';
  const nameOf = (id: string) => names.get(id) ?? '';
  switch (table) {
    case 'accounts': return (records.accounts ?? []).map(accountDoc);
    case 'contacts': return (records.contacts ?? []).map((c) => contactDoc(c, brandOf));
    case 'briefs': return (records.briefs ?? []).map((b) => briefDoc(b, brandOf));
    case 'pitches': return (records.pitches ?? []).map((p) => pitchDoc(p, brandOf));
    case 'members': return (records.members ?? []).map(memberDoc);
    case 'evaluations': return (records.evaluations ?? []).map((e) => evaluationDoc(e, nameOf));
    case 'reports': return (records.reports ?? []).map(reportDoc);
  }
}

/** Brings the documents of the pending tables up to date: upsert what is there, remove what is gone. */
async function refresh(): Promise<void> {
  while (pending.size > 0) {
    const affected = new Set<TableKey>();
    for (const t of pending) for (const d of dependents[t]) affected.add(d);
    pending.clear();
    for (const table of affected) {
      const docs = docsFor(table);
      const kind = kindOf[table];
      const present = new Set(docs.map((d) => d.id));
      for (const key of [...index.keys()]) {
        const [k, ...rest] = key.split(':');
        const id = rest.join(':');
        if (k === kind && !present.has(id)) index.remove(kind, id);
      }
      for (let i = 0; i < docs.length; i += SLICE) {
        for (const doc of docs.slice(i, i + SLICE)) index.upsert(doc);
        await pause();
      }
    }
  }
  publish({ status: 'ready' });
}

function schedule(table: TableKey) {
  pending.add(table);
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    running = (running ?? Promise.resolve()).then(refresh).catch(() => publish({ status: 'ready' }));
  }, state.status === 'idle' ? 0 : DEBOUNCE_MS);
}

/** Starts the index (once): the first emission of every table fills it, later ones keep it fresh. */
export function ensureSearchIndex(): void {
  if (state.status !== 'idle' || subscriptions.length > 0) return;
  publish({ status: 'building' });
  for (const table of tables) {
    const observable = liveQuery<unknown[]>(() => repos()[table].list() as Promise<unknown[]>);
    subscriptions.push(
      observable.subscribe({
        next: (rows) => {
          (records as Record<TableKey, unknown>)[table] = rows;
          // Wait until every table has arrived once, so the first build is a single pass.
          if (tables.every((t) => records[t] !== undefined)) schedule(table);
          else pending.add(table);
        },
        error: () => undefined,
      }),
    );
  }
}

/** For tests and a wiped database: forget everything. */
export function resetSearchIndex(): void {
  for (const s of subscriptions.splice(0)) s.unsubscribe();
  index = new SearchIndex();
  for (const t of tables) delete records[t];
  pending.clear();
  state = { status: 'idle', version: state.version + 1, index };
}
