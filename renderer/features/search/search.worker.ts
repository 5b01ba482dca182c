// The search index's own thread: it reads the records itself, keeps the index fresh, and answers each query with
// only the hits the palette shows, so neither the records nor the index live in the window's thread.
import { DeskDatabase } from '../../db/database';
import { SearchIndexer, type SearchRequest } from './search-indexer';

let indexer: SearchIndexer | null = null;

addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'open') {
    if (indexer) return;
    indexer = new SearchIndexer(new DeskDatabase(request.database), (reply) => postMessage(reply));
    indexer.start();
  } else indexer?.answer(request.seq, request.query);
});
