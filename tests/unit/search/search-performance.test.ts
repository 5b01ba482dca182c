// How long the index takes on the large sample (~20,000 briefs): printed for the record, never asserted on time.
import { describe, expect, it } from 'vitest';
import { generateSampleTables } from '@shared/sample/generate';
import { SearchIndex } from '@shared/search/search-index';
import { searchDocs } from '@shared/search/search-docs';

describe('search on the large sample', () => {
  it('builds the index and answers queries', { timeout: 300_000 }, () => {
    const t = generateSampleTables({ scale: 'large', seed: 7, today: '2026-06-15' });
    const started = performance.now();
    const index = SearchIndex.build(searchDocs({ accounts: t.accounts, contacts: t.contacts, briefs: t.briefs, pitches: t.pitches, members: t.members, evaluations: t.evaluations, reports: t.reports }));
    const built = performance.now() - started;
    const brief = t.briefs[Math.floor(t.briefs.length / 2)];
    const run = /\p{Script=Han}{4,}/u.exec(brief?.background ?? '')?.[0] ?? '';
    const word = run.slice(0, 4);
    const queries = [word, '消费者', '品牌', 'brief', '上海', '年轻', 'q'];
    const times: string[] = [];
    for (const q of queries) {
      const s = performance.now();
      const groups = index.search(q);
      times.push(`${q || '∅'}: ${(performance.now() - s).toFixed(1)} ms, ${groups.reduce((n, g) => n + g.hits.length, 0)} shown`);
    }
    console.log(`search index: ${index.size} records (${t.briefs.length} briefs) built in ${built.toFixed(0)} ms; ${times.join('; ')}`);
    expect(index.size).toBeGreaterThan(t.briefs.length);
    if (word.length >= 2) expect(index.search(word).some((g) => g.hits.length > 0)).toBe(true);
  });
});
