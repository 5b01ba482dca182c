// Choosing a language while a stored one is being applied: the last one asked for is the one shown.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import type * as Language from '../../../renderer/i18n/language';
import type * as Db from '../../../renderer/db';

// The little of a window these modules touch: <html lang> and localStorage.
const stored = new Map<string, string>();
vi.stubGlobal('document', { documentElement: { lang: '' } });
vi.stubGlobal('window', { localStorage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v) } });

let adoptLanguage: typeof Language.adoptLanguage;
let chooseLanguage: typeof Language.chooseLanguage;
let repos: typeof Db.repos;

beforeAll(async () => {
  (await import('../../../renderer/i18n')).initI18n();
  ({ adoptLanguage, chooseLanguage } = await import('../../../renderer/i18n/language'));
  ({ repos } = await import('../../../renderer/db'));
  await i18next.changeLanguage('zh-CN');
  // Switching to Chinese takes longer than to English, as a change may when the window is busy.
  const change = i18next.changeLanguage.bind(i18next);
  vi.spyOn(i18next, 'changeLanguage').mockImplementation(async (lng, callback) => {
    if (lng === 'zh-CN') await new Promise((resolve) => setTimeout(resolve, 40));
    return change(lng, callback);
  });
});

describe('language changes', () => {
  it('a stale stored language applied just after the user chose another does not undo the choice', async () => {
    await chooseLanguage('en');
    // The settings read at start (still Chinese) arrive after the choice, then the saved choice arrives.
    const stale = adoptLanguage('zh-CN');
    const saved = adoptLanguage((await repos().settings.get()).language);
    await Promise.all([stale, saved]);
    expect(i18next.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('applies changes in the order asked, whatever each takes', async () => {
    await Promise.all([adoptLanguage('en'), adoptLanguage('zh-CN'), adoptLanguage('en')]);
    expect(i18next.language).toBe('en');
    await Promise.all([adoptLanguage('zh-CN'), adoptLanguage('en'), adoptLanguage('zh-CN')]);
    expect(i18next.language).toBe('zh-CN');
  });
});
