// The search index: Chinese substrings through bigrams, Latin words and prefixes, ranking, grouping, updates, hostile text.
import { describe, expect, it } from 'vitest';
import { SearchIndex, markMatches, normalize, queryTerms, searchKinds, type SearchDoc, type SearchKind } from '@shared/search/search-index';
import { generateSampleTables } from '@shared/sample/generate';
import { briefDoc, searchDocs } from '@shared/search/search-docs';
import { makeAccount, makeBrief, makeContact, makeMember, makePitch } from '../../fixtures/factories';
import { hostileList } from '../../fixtures/hostile';

const doc = (over: Partial<SearchDoc> & Pick<SearchDoc, 'id'>): SearchDoc => ({ kind: 'brief', title: '', subtitle: '', body: '', href: `/briefs/${over.id}`, ...over });
const ids = (index: SearchIndex, query: string) => index.search(query).flatMap((g) => g.hits.map((h) => h.doc.id));

describe('search index', () => {
  const index = SearchIndex.build([
    doc({ id: 'b1', title: '春节焕新季整合传播简报', body: '背景：年轻消费者在春节期间更愿意尝试新的茶饮口味。' }),
    doc({ id: 'b2', title: 'Summer launch brief', body: 'Background: Gen Z drinkers want brand experiences. 目标受众为一线城市白领。' }),
    doc({ id: 'b3', title: '新品上市', body: '消费者洞察：喝茶是一种社交方式。' }),
    doc({ id: 'a1', kind: 'account', title: '青岚茶饮', subtitle: '青岚食品有限公司', href: '/accounts/a1' }),
  ]);

  it('finds a Chinese word inside body text with no spaces around it', () => {
    expect(ids(index, '消费者')).toEqual(expect.arrayContaining(['b1', 'b3']));
    expect(ids(index, '茶饮口味')).toEqual(['b1']);
    expect(ids(index, '白领')).toEqual(['b2']);
  });

  it('finds a single Chinese character by scanning', () => {
    expect(ids(index, '喝')).toEqual(['b3']);
  });

  it('does not match characters that only appear apart', () => {
    expect(ids(index, '春茶')).toEqual([]);
    // Every pair of 品牌建 is in this record, but not the word.
    const apart = SearchIndex.build([doc({ id: 'p', title: '品牌', body: '牌建 品' })]);
    expect(ids(apart, '品牌建')).toEqual([]);
    expect(ids(apart, '牌建')).toEqual(['p']);
  });

  it('matches Latin words case-insensitively and by prefix, full-width letters too', () => {
    expect(ids(index, 'BRAND')).toEqual(['b2']);
    expect(ids(index, 'laun')).toEqual(['b2']);
    expect(ids(index, 'ｓｕｍｍｅｒ')).toEqual(['b2']);
  });

  it('needs every term of a mixed query', () => {
    expect(ids(index, 'gen z 白领')).toEqual(['b2']);
    expect(ids(index, 'summer 春节')).toEqual([]);
  });

  it('ranks a title match above a body match and groups by kind', () => {
    const groups = index.search('青岚');
    expect(groups.map((g) => g.kind)).toEqual(['account']);
    const tea = new SearchIndex();
    tea.upsert(doc({ id: 'x', title: '其他', body: '新品上市的计划' }));
    tea.upsert(doc({ id: 'y', title: '新品上市计划' }));
    const hits = tea.search('新品上市')[0]?.hits ?? [];
    expect(hits.map((h) => [h.doc.id, h.field])).toEqual([['y', 'title'], ['x', 'body']]);
  });

  it('keeps fresh: replaced text is found, old text is not, removed records are gone', () => {
    const live = SearchIndex.build([doc({ id: 'r', title: '旧标题' })]);
    live.upsert(doc({ id: 'r', title: '新标题' }));
    expect(ids(live, '旧标题')).toEqual([]);
    expect(ids(live, '新标题')).toEqual(['r']);
    live.remove('brief', 'r');
    expect(ids(live, '标题')).toEqual([]);
    expect(live.size).toBe(0);
  });

  it('takes hostile strings as records and as queries without throwing', () => {
    const hostile = SearchIndex.build(hostileList.map((text, i) => doc({ id: `h${i}`, title: text, body: text })));
    for (const text of hostileList) {
      expect(() => hostile.search(text)).not.toThrow();
      expect(() => index.search(text)).not.toThrow();
    }
    expect(ids(hostile, '<script>').length).toBeGreaterThanOrEqual(0);
    expect(index.search('   ')).toEqual([]);
    expect(queryTerms('.*+?()[]')).toEqual([]);
  });

  it('indexes every section of a brief and every kind of record', () => {
    const account = makeAccount({ brand: '澜岸咖啡' });
    const brief = makeBrief(account.id, { title: '秋季简报', insight: '打工人需要一杯不将就的咖啡', reasonsToBelieve: ['云南小粒种'] });
    expect(briefDoc(brief, () => account.brand).body).toContain('不将就');
    const all = SearchIndex.build(searchDocs({
      accounts: [account], contacts: [makeContact(account.id, { name: '周婉清' })], briefs: [brief], pitches: [makePitch(account.id, { title: '年度比稿' })],
      members: [makeMember({ name: '陈一鸣' })], evaluations: [], reports: [],
    }));
    expect(ids(all, '小粒种')).toEqual([brief.id]);
    expect(all.search('澜岸').map((g) => g.kind).sort()).toEqual(['account', 'brief', 'contact', 'pitch'].sort());
    expect(all.search('陈一鸣')[0]?.kind).toBe('member');
  });
});

/** The excerpt a body match shows, for a record whose body is `body`. */
const excerptFor = (body: string, query: string) => SearchIndex.build([doc({ id: 'e', title: '标题', body })]).search(query)[0]?.hits[0]?.excerpt;

describe('excerpt', () => {
  it('cuts the body around the matched word', () => {
    const cut = excerptFor(`${'前'.repeat(50)}关键洞察${'后'.repeat(100)}`, '洞察') ?? '';
    expect(cut).toContain('关键洞察');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(90);
  });

  it('is shown for body matches only', () => {
    const index = SearchIndex.build([doc({ id: 't', title: '关键洞察', body: '关键洞察' })]);
    expect(index.search('洞察')[0]?.hits[0]).toMatchObject({ field: 'title', excerpt: '' });
  });

  it('keeps the original text: case, full-width punctuation, and a long body past the matched word', () => {
    expect(excerptFor('Gen Z，更愿意尝试 BRAND 新品', 'brand')).toBe('Gen Z，更愿意尝试 BRAND 新品');
    expect(excerptFor(`${'甲'.repeat(30)}ＡＢＣ新品${'乙'.repeat(30)}`, 'abc')).toContain('ＡＢＣ新品');
  });
});

describe('markMatches', () => {
  it('marks every occurrence of every term, case-insensitively', () => {
    expect(markMatches('新品 Brand 新品', '新品 brand')).toEqual([
      { text: '新品', hit: true }, { text: ' ', hit: false }, { text: 'Brand', hit: true }, { text: ' ', hit: false }, { text: '新品', hit: true },
    ]);
    expect(markMatches('无关', '新品')).toEqual([{ text: '无关', hit: false }]);
  });
});

describe('highlighting next to characters that normalise longer', () => {
  it('keeps offsets right after an ellipsis', () => {
    expect(markMatches('…门店扩张', '门店')).toEqual([{ text: '…', hit: false }, { text: '门店', hit: true }, { text: '扩张', hit: false }]);
    expect(excerptFor('…前文 门店扩张快于品牌建设', '品牌')).toContain('品牌建设');
  });
});

describe('search gives what a plain scan of every record would', () => {
  const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
  const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
  const collator = new Intl.Collator('zh-CN');

  /** The index's contract written as a scan: every term in the text (a Latin term as the start of a word), ranked, capped. */
  function scan(docs: readonly SearchDoc[], query: string, limit = 8): { kind: string; ids: string[] }[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const hits: { doc: SearchDoc; score: number }[] = [];
    for (const d of docs) {
      const [title, subtitle, body] = [d.title, d.subtitle, d.body].map(normalize) as [string, string, string];
      const text = `${title}\n${subtitle}\n${body}`;
      const words = [...text.replace(CJK_RUN, ' ').matchAll(WORD)].map((m) => m[0]);
      let score = 0;
      const found = terms.every((term) => {
        const present = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(term) ? text.includes(term) : words.some((w) => w.startsWith(term));
        if (!present) return false;
        score += title.includes(term) ? (title === term ? 120 : title.startsWith(term) ? 100 : 80) : subtitle.includes(term) ? 30 : 10;
        return true;
      });
      if (found) hits.push({ doc: d, score });
    }
    hits.sort((a, b) => b.score - a.score || a.doc.title.length - b.doc.title.length || collator.compare(a.doc.title, b.doc.title));
    const groups = new Map<string, { score: number; ids: string[] }>();
    for (const hit of hits) {
      const group = groups.get(hit.doc.kind) ?? { score: hit.score, ids: [] };
      if (group.ids.length < limit) group.ids.push(hit.doc.id);
      groups.set(hit.doc.kind, group);
    }
    return [...groups].sort((a, b) => b[1].score - a[1].score || searchKinds.indexOf(a[0] as SearchKind) - searchKinds.indexOf(b[0] as SearchKind)).map(([kind, g]) => ({ kind, ids: g.ids }));
  }

  it('for Chinese words, single characters, Latin prefixes and mixed queries on the sample agency', () => {
    const t = generateSampleTables({ scale: 'small', seed: 3, today: '2026-06-15' });
    const docs = [
      ...searchDocs({ accounts: t.accounts, contacts: t.contacts, briefs: t.briefs, pitches: t.pitches, members: t.members, evaluations: t.evaluations, reports: t.reports }),
      ...hostileList.map((text, i) => doc({ id: `h${i}`, title: text.slice(0, 40), body: text })),
      // Pairs of a word without the word, and titles that rank the same.
      ...['品牌 牌建', '消费 费者', '客户 户品 品牌'].map((body, i) => doc({ id: `p${i}`, title: '品牌建设', body })),
    ];
    const index = SearchIndex.build(docs);
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return Math.floor(seed / 65_536) % n;
    };
    const pick = <T,>(list: readonly T[]) => list[random(list.length)] as T;
    const queries = ['品牌', '消费者', '品牌建', '客户品牌', '品', 'brand', 'b', 'gen z', '品牌 campaign', 'ＢＲＡＮＤ', '🎉', '<script>', "o'neil", '客户 品牌'];
    for (let i = 0; i < 80; i++) {
      const d = pick(docs);
      const text = `${d.title} ${d.subtitle} ${d.body}`;
      const run = pick(text.match(/\p{Script=Han}{2,}/gu) ?? ['']);
      const at = random(Math.max(1, run.length - 1));
      queries.push(run.slice(at, at + 1 + random(5)));
      const word = pick(text.match(/[A-Za-z]{2,}/g) ?? ['']);
      queries.push(word.slice(0, 1 + random(word.length)));
      queries.push(`${word.slice(0, 3)} ${run.slice(at, at + 2)}`);
    }
    for (const query of queries) {
      expect(index.search(query).map((g) => ({ kind: g.kind, ids: g.hits.map((h) => h.doc.id) })), query).toEqual(scan(docs, query));
    }
  });
});
