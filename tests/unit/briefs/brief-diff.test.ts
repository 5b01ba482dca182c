// Comparing two versions field by field: changed words marked, Chinese split into words (not whole runs), rows matched by id.
import { describe, expect, it } from 'vitest';
import { briefContentSchema, type BriefContent } from '@shared/model/brief';
import { diffBriefContent, diffText, type DiffPart } from '@shared/metrics/brief-diff';
import { hostileStrings } from '../../fixtures/hostile';

const content = (overrides: Partial<BriefContent> = {}): BriefContent => briefContentSchema.parse({ title: '夏季新品上市', ...overrides });
const added = (parts: DiffPart[]) => parts.filter((p) => p.change === 'added').map((p) => p.text);
const removed = (parts: DiffPart[]) => parts.filter((p) => p.change === 'removed').map((p) => p.text);
const rebuild = (parts: DiffPart[], side: 'before' | 'after') => parts.filter((p) => p.change !== (side === 'before' ? 'added' : 'removed')).map((p) => p.text).join('');

describe('word diff', () => {
  it('marks the changed Chinese words, not the whole sentence', () => {
    const parts = diffText('年轻妈妈在早餐时间没有时间照顾自己', '职场新手妈妈在早晨没有时间照顾自己和孩子', 'zh-CN');
    expect(removed(parts).join('')).toContain('年轻');
    expect(added(parts).join('')).toContain('职场新手');
    expect(added(parts).join('')).toContain('和孩子');
    // The unchanged middle stays unmarked.
    expect(parts.some((p) => p.change === 'same' && p.text.includes('没有时间照顾自己'))).toBe(true);
    expect(added(parts).join('').length).toBeLessThan(10);
  });

  it('marks changed English words and keeps the spaces', () => {
    const parts = diffText('The first sip of summer.', 'The first real sip of summer.', 'en');
    expect(added(parts).map((s) => s.trim())).toEqual(['real']);
    expect(removed(parts)).toEqual([]);
  });

  it('rebuilds both texts exactly from its parts, hostile text included', () => {
    const pairs: [string, string][] = [
      ['山野里摘来的清爽，喝得到真。', '山野里摘来的清爽，一口喝得到真。'],
      [hostileStrings.markup, `${hostileStrings.markup} 新增`],
      [hostileStrings.zwjSequences, hostileStrings.flags],
      [hostileStrings.lineSeparators, hostileStrings.tabsAndNewlines],
      ['', '全新内容'],
      ['被删掉的内容', ''],
    ];
    for (const [a, b] of pairs) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const parts = diffText(a, b, lang);
        expect(rebuild(parts, 'before'), `${a} → ${b}`).toBe(a);
        expect(rebuild(parts, 'after'), `${a} → ${b}`).toBe(b);
      }
    }
  });

  it('still finds one changed word in a 10,000-character pasted report, quickly and without exhausting memory', () => {
    const long = hostileStrings.longChinese;
    const at = long.indexOf('。', 5_000) + 1;
    const edited = `${long.slice(0, at)}（已与客户确认）${long.slice(at)}`;
    const started = performance.now();
    const parts = diffText(long, edited, 'zh-CN');
    expect(performance.now() - started).toBeLessThan(3_000);
    // Only the inserted words are marked (the diff may align them against a neighbouring 客户, which is as minimal).
    expect(added(parts).join('')).toHaveLength('（已与客户确认）'.length);
    expect(removed(parts)).toEqual([]);
    expect(rebuild(parts, 'after')).toBe(edited);
  });

  it('gives up word by word on huge, wholly different texts instead of freezing, and says "replaced"', () => {
    const a = hostileStrings.longChinese.repeat(5);
    const b = [...a].reverse().join('');
    const started = performance.now();
    const parts = diffText(a, b, 'zh-CN');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(rebuild(parts, 'before')).toBe(a);
    expect(rebuild(parts, 'after')).toBe(b);
  });
});

describe('brief diff', () => {
  it('lists only the fields that changed, in reading order', () => {
    const before = content({ proposition: '夏天的第一口清爽。', budget: 1_800_000, background: '背景' });
    const after = { ...before, proposition: '山野里摘来的清爽。', budget: 1_500_000 };
    const changes = diffBriefContent(before, after, 'zh-CN');
    expect(changes.map((c) => c.field)).toEqual(['budget', 'proposition']);
    expect(changes[0]).toEqual({ field: 'budget', kind: 'value', before: 1_800_000, after: 1_500_000 });
  });

  it('is empty for equal contents', () => {
    expect(diffBriefContent(content({ insight: '洞察' }), content({ insight: '洞察' }))).toEqual([]);
  });

  it('compares reasons to believe item by item', () => {
    const before = content({ reasonsToBelieve: ['云南高原果园', '三分糖', '门店现做'] });
    const after = content({ reasonsToBelieve: ['云南高原合作果园', '三分糖'] });
    const [change] = diffBriefContent(before, after);
    expect(change?.kind).toBe('list');
    if (change?.kind !== 'list') return;
    expect(change.items.map((i) => i.status)).toEqual(['changed', 'same', 'removed']);
    expect(added(change.items[0]?.parts ?? []).join('')).toContain('合作');
  });

  it('matches deliverable rows by id: a row changed, one added, one removed where it was, and a reorder noticed', () => {
    const row = (id: string, media: string) => ({ id, media, format: '', quantity: '1 套', spec: '', dueOn: null });
    const before = content({ deliverables: [row('a', 'TVC'), row('b', '主视觉 KV'), row('c', '小红书')] });
    const after = content({ deliverables: [row('c', '小红书笔记'), row('a', 'TVC'), row('d', '门店物料')] });
    const [change] = diffBriefContent(before, after);
    expect(change?.kind).toBe('rows');
    if (change?.kind !== 'rows') return;
    expect(change.rows.map((r) => [r.id, r.status])).toEqual([['c', 'changed'], ['a', 'same'], ['b', 'removed'], ['d', 'added']]);
    expect(change.reordered).toBe(true);
    const media = (change.rows[0]?.cells as Record<string, DiffPart[]>).media ?? [];
    expect(added(media).join('')).toBe('笔记');
  });
});
