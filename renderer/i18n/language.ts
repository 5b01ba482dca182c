// Applies a language choice everywhere it lives: i18next (and so <html lang>), localStorage for first paint,
// the settings record (the source of truth) and the desktop menu.
import i18next from 'i18next';
import { repos } from '../db';
import { platform } from '../platform/platform';
import { currentLanguage, rememberLanguage, type UiLanguage } from './index';

/** Shows the UI in `language` without saving it: used when the stored settings are read at start. */
export async function adoptLanguage(language: UiLanguage): Promise<void> {
  rememberLanguage(language);
  if (currentLanguage() !== language) await i18next.changeLanguage(language);
  await platform.setLanguage(language);
}

/** The user chose a language: show it, remember it and tell the desktop shell. */
export async function chooseLanguage(language: UiLanguage): Promise<void> {
  rememberLanguage(language);
  await i18next.changeLanguage(language);
  await repos().settings.save({ language });
  await platform.setLanguage(language);
}
