// Reminders go out once per item per day: what was sent today is skipped, a new day starts afresh, junk is ignored.
import { describe, expect, it } from 'vitest';
import type { AgendaEntry } from '@shared/metrics/desk-attention';
import { remindersToSend } from '@shared/metrics/desk-reminders';

const entry = (key: string): AgendaEntry => ({ key, date: '2026-11-27', type: 'follow-up', what: '回电', brand: '青岚茶饮', href: '/accounts/a', detail: '' });

describe('reminders to send', () => {
  it('sends everything due on the first check of the day and remembers it', () => {
    const { send, remember } = remindersToSend([entry('a'), entry('b')], null, '2026-11-27');
    expect(send.map((e) => e.key)).toEqual(['a', 'b']);
    expect(remember).toEqual({ day: '2026-11-27', keys: ['a', 'b'] });
  });

  it('skips what was already sent today and adds what is new', () => {
    const stored = JSON.stringify({ day: '2026-11-27', keys: ['a'] });
    const { send, remember } = remindersToSend([entry('a'), entry('c')], stored, '2026-11-27');
    expect(send.map((e) => e.key)).toEqual(['c']);
    expect(remember.keys).toEqual(['a', 'c']);
  });

  it('starts afresh on a new day and on unreadable storage', () => {
    const yesterday = JSON.stringify({ day: '2026-11-26', keys: ['a'] });
    expect(remindersToSend([entry('a')], yesterday, '2026-11-27').send).toHaveLength(1);
    for (const junk of ['{', '"x"', '[1,2]', JSON.stringify({ day: '2026-11-27', keys: [1, null] })]) {
      expect(remindersToSend([entry('a')], junk, '2026-11-27').send).toHaveLength(1);
    }
  });
});
