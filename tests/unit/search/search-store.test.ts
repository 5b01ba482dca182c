// The palette's search store: only the latest query's answer is shown, a blank query clears at once, and what is
// shown refreshes as records change (here in this thread: unit tests have no workers).
import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { getDatabase } from '../../../renderer/db/database';
import { ensureSearchIndex, resetSearchIndex, searchFor, searchState, subscribeSearch } from '../../../renderer/features/search/search-store';
import { seed } from '../db/fresh-database';
import { makeAccount } from '../../fixtures/factories';

afterEach(() => resetSearchIndex());

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 15_000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const titles = () => searchState().groups.flatMap((g) => g.hits.map((h) => h.doc.title));

it('shows the latest query’s answer only, clears at once for a blank query, and keeps up with new records', async () => {
  await seed(getDatabase(), { accounts: [makeAccount({ brand: '青岚茶饮' }), makeAccount({ brand: '青山咖啡' })] });
  ensureSearchIndex();
  expect(searchState().status).toBe('building');
  await until(() => searchState().status === 'ready');

  const shown: string[] = [];
  const unsubscribe = subscribeSearch(() => shown.push(searchState().query));
  searchFor('青岚');
  searchFor('青山');
  await until(() => searchState().query === '青山');
  expect(titles()).toEqual(['青山咖啡']);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(shown).not.toContain('青岚');
  unsubscribe();

  searchFor('  ');
  expect(searchState()).toMatchObject({ query: '  ', groups: [] });

  searchFor('泉时');
  await until(() => searchState().query === '泉时');
  expect(titles()).toEqual([]);
  await getDatabase().table('accounts').put(makeAccount({ brand: '山泉时光' }));
  await until(() => titles().includes('山泉时光'));
});
