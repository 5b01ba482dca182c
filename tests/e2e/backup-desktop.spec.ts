// Automatic backups as a desktop user sees them (the Electron bridge replaced by an in-page fake that keeps files in
// memory): the daily backup is written after start, the page lists it with its reason, time and size, restoring from
// it writes a "before restore" backup first and asks before replacing, and the number to keep is editable.
import { expect, test, type Page } from '@playwright/test';
import { loadSampleAgency, openApp, switchLanguage } from './support/app';

const words = {
  'zh-CN': {
    title: '备份与恢复',
    list: '自动备份列表',
    daily: '每日',
    beforeRestore: '恢复前',
    restoreFrom: (name: string) => `从 ${name} 恢复`,
    reveal: (name: string) => `在文件夹中显示 ${name}`,
    confirmTitle: '用备份替换当前数据？',
    confirmDesktop: '替换前会先自动备份当前数据',
    replace: '替换当前数据',
    restored: '已从',
    keep: '每种自动备份保留份数',
    keepSave: '保存',
    keepSaved: '已保存：保留 5 份',
  },
  en: {
    title: 'Backup and restore',
    list: 'Automatic backups',
    daily: 'Daily',
    beforeRestore: 'Before restore',
    restoreFrom: (name: string) => `Restore from ${name}`,
    reveal: (name: string) => `Show ${name} in its folder`,
    confirmTitle: 'Replace your data with this backup?',
    confirmDesktop: 'Your current data is backed up automatically first',
    replace: 'Replace my data',
    restored: 'All data restored from',
    keep: 'Automatic backups to keep (per kind)',
    keepSave: 'Save',
    keepSaved: 'Saved: keeping 5',
  },
} as const;

type FakeWrite = { name: string; reason: string; keep: number };

/** A stand-in for the preload's window.api: backups live in memory; every call is answered like the real bridge. */
async function installFakeDesktop(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Entry = { name: string; path: string; size: number; createdAt: string; reason: string; data: Uint8Array };
    const files: Entry[] = [];
    const writes: { name: string; reason: string; keep: number }[] = [];
    const revealed: string[] = [];
    const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
    Object.assign(window, {
      __fakeDesktop: { writes, revealed },
      api: {
        appSetLanguage: () => ok(null),
        appInfo: () => ok({ name: 'Account Desk', version: '0.1.0', electron: '0', chrome: '0', platform: 'linux', userData: '/fake' }),
        fileSave: () => ok({ saved: true, path: '/fake/saved.json' }),
        fileOpen: () => ok({ opened: false }),
        fileReveal: (path: string) => {
          revealed.push(path);
          return ok(null);
        },
        backupWrite: ({ data, reason, keep }: { data: Uint8Array; reason: string; keep: number }) => {
          const at = new Date();
          const name = `account-desk-backup-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.json`;
          files.unshift({ name, path: `/fake/backups/${name}`, size: data.byteLength, createdAt: at.toISOString(), reason, data });
          writes.push({ name, reason, keep });
          return ok({ path: `/fake/backups/${name}`, name });
        },
        backupList: () => ok(files.map(({ data: _data, ...entry }) => entry)),
        backupRead: ({ name }: { name: string }) => {
          const file = files.find((entry) => entry.name === name);
          return file ? ok({ data: file.data }) : Promise.resolve({ ok: false, error: { code: 'not-found', message: name } });
        },
      },
    });
  });
}

async function writes(page: Page): Promise<FakeWrite[]> {
  return page.evaluate(() => (window as unknown as { __fakeDesktop: { writes: FakeWrite[] } }).__fakeDesktop.writes);
}

for (const lang of ['zh-CN', 'en'] as const) {
  const w = words[lang];

  test(`the desktop lists its automatic backups and restores from one after a "before restore" backup (${lang})`, async ({ page }, testInfo) => {
    await installFakeDesktop(page);
    await openApp(page);
    if (lang === 'en') await switchLanguage(page, 'en');
    await loadSampleAgency(page, lang);

    // The daily backup is written a few seconds after start.
    await expect.poll(async () => (await writes(page)).map((write) => write.reason), { timeout: 20_000 }).toContain('daily');
    const daily = (await writes(page)).find((write) => write.reason === 'daily');
    if (!daily) throw new Error('no daily backup');

    await page.goto('/#/settings/backup');
    await expect(page.getByRole('heading', { level: 2, name: w.title })).toBeVisible();
    const list = page.getByRole('table', { name: w.list });
    const row = list.getByRole('row').filter({ hasText: daily.name });
    await expect(row).toContainText(w.daily);
    await expect(row).toContainText(/\d+(\.\d+)? (KB|MB)/);

    await row.getByRole('button', { name: w.reveal(daily.name) }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __fakeDesktop: { revealed: string[] } }).__fakeDesktop.revealed)).toEqual([`/fake/backups/${daily.name}`]);

    // Keep-N is a setting the next backups use.
    const keep = page.getByLabel(w.keep);
    await keep.fill('5');
    await page.getByRole('button', { name: w.keepSave, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: w.keepSaved })).toBeVisible();

    await row.getByRole('button', { name: w.restoreFrom(daily.name) }).click();
    const dialog = page.getByRole('dialog', { name: w.confirmTitle });
    await expect(dialog).toContainText(w.confirmDesktop);
    await page.screenshot({ path: testInfo.outputPath(`backup-desktop-confirm-${lang}.png`) });
    await dialog.getByRole('button', { name: w.replace }).click();
    await expect(page.getByRole('status').filter({ hasText: w.restored })).toBeVisible();

    const after = await writes(page);
    expect(after.at(-1)).toMatchObject({ reason: 'before-restore', keep: 5 });
    await expect(list.getByRole('row').filter({ hasText: w.beforeRestore })).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath(`backup-desktop-${lang}.png`) });
  });
}
