// The search index: Chinese substrings through bigrams, Latin words and prefixes, ranking, grouping, updates, hostile text.
import { describe, expect, it } from 'vitest';
import { SearchIndex, markMatches, queryTerms, snippet, type SearchDoc } from '@shared/search/search-index';
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

describe('snippet', () => {
  it('cuts the text around the matched word', () => {
    const text = `${'前'.repeat(50)}关键洞察${'后'.repeat(100)}`;
    const cut = snippet(text, '洞察');
    expect(cut).toContain('关键洞察');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(90);
    expect(snippet('nothing here', '洞察')).toBe('');
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
    expect(snippet('…前文 门店扩张快于品牌建设', '品牌')).toContain('品牌建设');
  });
});
