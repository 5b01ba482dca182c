// Settings: one record; reading falls back to the defaults, saving merges a patch and validates the whole.
import type { Table } from 'dexie';
import type { DeskDatabase } from './database';
import type { z } from 'zod';
import { nowIso } from '@shared/model/common';
import { defaultSettings, SETTINGS_ID, settingsSchema, type Settings } from '@shared/model/settings';
import { issuesOf, storageIssue, type SaveResult } from './repository';

/** Fields to change. Nested groups (`agency`, `fonts`) merge with what is stored, so a patch may name one field of them. */
export type SettingsPatch = {
  [K in keyof Omit<z.input<typeof settingsSchema>, 'id' | 'updatedAt'>]?: z.input<typeof settingsSchema>[K] extends infer V
    ? V extends readonly unknown[] ? V : V extends object ? Partial<V> : V
    : never;
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class SettingsRepository {
  readonly tableName = 'settings';

  constructor(private readonly db: DeskDatabase) {}

  private get table(): Table<Settings, string> {
    return this.db.table('settings') as Table<Settings, string>;
  }

  /** The stored settings, or the defaults before the user has saved any. */
  async get(): Promise<Settings> {
    const stored = await this.table.get(SETTINGS_ID);
    if (!stored) return defaultSettings();
    // Parsing fills defaults for fields added after the record was written.
    const parsed = settingsSchema.safeParse(stored);
    return parsed.success ? parsed.data : defaultSettings();
  }

  async save(patch: SettingsPatch): Promise<SaveResult<Settings>> {
    try {
      return await this.db.transaction('rw', this.table, async (): Promise<SaveResult<Settings>> => {
        const current: Record<string, unknown> = (await this.table.get(SETTINGS_ID)) ?? defaultSettings();
        const merged: Record<string, unknown> = { ...current };
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined) continue;
          const before = current[key];
          merged[key] = isPlainObject(value) && isPlainObject(before) && key !== 'framework' ? { ...before, ...value } : value;
        }
        const parsed = settingsSchema.safeParse({ ...merged, id: SETTINGS_ID, updatedAt: nowIso() });
        if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
        await this.table.put(parsed.data);
        return { ok: true, record: parsed.data };
      });
    } catch (error) {
      return { ok: false, issues: [storageIssue(error)] };
    }
  }
}
