// Form and save errors become translated messages: zod issues by their code, a full disk and a refused write by theirs.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { messageForIssue } from '../../../../renderer/i18n/validation';
import { zhCN } from '../../../../renderer/i18n/zh-CN';
import { en } from '../../../../renderer/i18n/en';

describe('validation messages', () => {
  it('explains an empty required text as required', () => {
    const result = z.object({ brand: z.string().min(1) }).safeParse({ brand: '' });
    expect(result.success).toBe(false);
    expect(messageForIssue(result.error!.issues[0]!)).toEqual({ key: 'required' });
  });

  it('names the limit of a number that is too large', () => {
    const result = z.number().max(5).safeParse(9);
    expect(messageForIssue(result.error!.issues[0]!)).toEqual({ key: 'numberTooBig', params: { maximum: 5 } });
  });

  it('tells the user the disk is full, or that the database refused the write, in both languages', () => {
    expect(messageForIssue({ code: 'quota' })).toEqual({ key: 'diskFull' });
    expect(messageForIssue({ code: 'storage' })).toEqual({ key: 'storageFailed' });
    for (const catalogue of [zhCN, en]) {
      expect(catalogue.validation.diskFull.length).toBeGreaterThan(10);
      expect(catalogue.validation.storageFailed.length).toBeGreaterThan(10);
    }
  });
});
