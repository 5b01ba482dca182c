// Drafted development suggestions: which rules fire on the fixed agency's Q3, and the figure each shows.
import { describe, expect, it } from 'vitest';
import { compileReport } from '@shared/metrics/report-figures';
import { draftSuggestions } from '@shared/metrics/report-suggestions';
import { Q3, TODAY, reportDataset } from './report-dataset';

describe('draftSuggestions', () => {
  const { tables } = reportDataset();
  const figures = compileReport(tables, Q3, { type: 'department' }, TODAY, '2026-11-27T08:00:00.000Z');

  it('drafts one suggestion per rule that the figures trip, each with the figure behind it (zh-CN)', () => {
    // 乙品牌 collected nothing yet, but its invoice is not due: no collection suggestion for it.
    const drafted = draftSuggestions(figures, 'zh-CN');
    expect(drafted.map((s) => s.rule)).toEqual(['collection-rate', 'lost-reason', 'dimension-drop', 'dimension-drop', 'members-without-goals', 'win-rate', 'red-accounts', 'overdue']);
    expect(drafted[0]?.figure).toBe('甲品牌 本期回款率 70%（上期 100%）');
    expect(drafted[1]?.figure).toBe('因“价格/预算”失利 2 次');
    expect(drafted[2]?.figure).toBe('团队“客户满意与关系”平均分 3.00（上期 4.00）');
    expect(drafted[3]?.figure).toBe('团队“交付质量”平均分 3.50（上期 4.00）');
    expect(drafted[4]?.figure).toBe('2 名成员没有设定目标：Alice、Carol');
    expect(drafted[6]?.figure).toBe('红灯客户 1 个（上期 0 个）');
  });

  it('writes the same suggestions in English, with built-in lost reasons translated', () => {
    const drafted = draftSuggestions(figures, 'en');
    expect(drafted[1]?.figure).toBe('Lost 2 times for "Price / budget"');
    expect(drafted[2]?.figure).toBe('Team average for "Client satisfaction & relationship": 3.00 (previous 4.00)');
    expect(drafted.every((s) => s.text.length > 20)).toBe(true);
  });

  it('names the first eight members without goals and counts the rest, so the figure stays one valid line', () => {
    const many = Array.from({ length: 188 }, (_, i) => ({ ...figures.current.team.withoutGoals[0]!, memberId: `m${i}`, name: `成员${i + 1}`, nameEn: `Member ${i + 1}` }));
    const crowded = { ...figures, current: { ...figures.current, team: { ...figures.current.team, withoutGoals: many } } };
    const zh = draftSuggestions(crowded, 'zh-CN').find((s) => s.rule === 'members-without-goals');
    expect(zh?.figure).toBe('188 名成员没有设定目标：成员1、成员2、成员3、成员4、成员5、成员6、成员7、成员8等');
    const en = draftSuggestions(crowded, 'en').find((s) => s.rule === 'members-without-goals');
    expect(en?.figure).toBe('188 members have no goals: Member 1, Member 2, Member 3, Member 4, Member 5, Member 6, Member 7, Member 8 and 180 more');
  });

  it('drafts nothing when the period is as good as the one before', () => {
    const same = { ...figures, current: figures.previous };
    expect(draftSuggestions(same, 'zh-CN').map((s) => s.rule)).toEqual(['members-without-goals']);
  });
});
