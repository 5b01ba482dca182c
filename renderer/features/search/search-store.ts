// The palette's side of search: one index, built, kept fresh and queried in a worker (in this thread only where there
// are no workers, as in unit tests). Only the latest query's answer is shown; an older one arriving late is dropped.
import type { SearchGroup } from '@shared/search/search-index';
import { getDatabase } from '../../db/database';
import { SearchIndexer, type SearchReply, type SearchRequest } from './search-indexer';

type Listener = () => void;
type Channel = { post: (request: SearchRequest) => void; close: () => void };

/** A new object whenever something shown changes. */
export type SearchState = {
  status: 'idle' | 'building' | 'ready';
  /** The query `groups` answer: the latest one answered, a moment behind what was typed. */
  query: string;
  groups: SearchGroup[];
};

let state: SearchState = { status: 'idle', query: '', groups: [] };
const listeners = new Set<Listener>();
let channel: Channel | null = null;
/** The number of the latest query asked; answers to any other are stale. */
let seq = 0;
let latest = '';

function publish(next: Partial<SearchState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export function subscribeSearch(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const searchState = (): SearchState => state;

function ask(query: string): void {
  seq += 1;
  channel?.post({ type: 'search', seq, query });
}

function receive(reply: SearchReply): void {
  if (reply.type === 'results') {
    if (reply.seq === seq) publish({ query: reply.query, groups: reply.groups });
    return;
  }
  if (reply.status !== state.status) publish({ status: reply.status });
  // The index changed (it filled further, or records changed): what is shown is asked again.
  if (latest.trim()) ask(latest);
}

function inThread(): Channel {
  // Replies go out after the current task, as a worker's would, so a reply never lands inside a request.
  const indexer = new SearchIndexer(getDatabase(), (reply) => queueMicrotask(() => receive(reply)));
  indexer.start();
  return {
    post: (request) => {
      if (request.type === 'search') indexer.answer(request.seq, request.query);
    },
    close: () => indexer.stop(),
  };
}

function openChannel(): Channel {
  if (typeof Worker === 'undefined') return inThread();
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  let heard = false;
  worker.addEventListener('message', (event: MessageEvent<SearchReply>) => {
    heard = true;
    receive(event.data);
  });
  worker.addEventListener('error', () => {
    // A worker that cannot start at all leaves search to this thread rather than without an answer.
    if (heard) return;
    worker.terminate();
    channel = inThread();
    if (latest.trim()) ask(latest);
  });
  worker.postMessage({ type: 'open', database: getDatabase().name } satisfies SearchRequest);
  return { post: (request) => worker.postMessage(request), close: () => worker.terminate() };
}

/** Starts the index (once); it reports "building" until every table has been read. */
export function ensureSearchIndex(): void {
  if (channel) return;
  publish({ status: 'building' });
  channel = openChannel();
}

/** Asks for `query`'s results; a blank query clears them at once. */
export function searchFor(query: string): void {
  latest = query;
  if (query.trim()) {
    ask(query);
    return;
  }
  seq += 1;
  publish({ query, groups: [] });
}

/** For tests and a wiped database: forget everything. */
export function resetSearchIndex(): void {
  channel?.close();
  channel = null;
  seq += 1;
  latest = '';
  state = { status: 'idle', query: '', groups: [] };
}
