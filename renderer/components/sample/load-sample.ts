// Loads the sample agency: the generator and its data banks are imported lazily, so the app's first paint stays small.
import { getDatabase, loadSampleTables } from '../../db';
import { currentLanguage } from '../../i18n';

export type LoadSampleResult = { ok: true } | { ok: false; reason: string };

export async function loadSampleAgency(): Promise<LoadSampleResult> {
  try {
    const { generateSampleTables } = await import('@shared/sample/generate');
    const tables = generateSampleTables({ scale: 'small' });
    // The sample brings its own settings (agency profile, framework); the language stays the one the user chose.
    const language = currentLanguage();
    tables.settings = tables.settings.map((settings) => ({ ...settings, language }));
    const result = await loadSampleTables(getDatabase(), tables);
    if (result.ok) return { ok: true };
    const first = result.issues[0];
    return { ok: false, reason: first ? [first.table, first.field, first.detail].filter(Boolean).join(' · ') : 'unknown' };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
