// Applies a language choice everywhere it lives: i18next (and so <html lang>), localStorage for first paint,
// the settings record (the source of truth) and the desktop menu.
import i18next from 'i18next';
import { repos } from '../db';
import { platform } from '../platform/platform';
import { currentLanguage, rememberLanguage, type UiLanguage } from './index';

/**
 * Language changes run one after another, and each only if it is still the latest asked for. A change takes a moment
 * (i18next switches asynchronously), so a stored value read at start and applied just as the user picks another
 * language could otherwise finish last and undo the user's choice.
 */
let queue: Promise<void> = Promise.resolve();
let wanted: UiLanguage | null = null;

function show(language: UiLanguage): Promise<void> {
  wanted = language;
  queue = queue.then(async () => {
    if (wanted === language && currentLanguage() !== language) await i18next.changeLanguage(language);
  });
  return queue;
}

/** Shows the UI in `language` without saving it: used when the stored settings are read at start. */
export async function adoptLanguage(language: UiLanguage): Promise<void> {
  rememberLanguage(language);
  await show(language);
  await platform.setLanguage(language);
}

/** The user chose a language: show it, remember it and tell the desktop shell. */
export async function chooseLanguage(language: UiLanguage): Promise<void> {
  rememberLanguage(language);
  await show(language);
  await repos().settings.save({ language });
  await platform.setLanguage(language);
}
