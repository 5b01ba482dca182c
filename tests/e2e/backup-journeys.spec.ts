// Backup and restore as a user relies on it: export the sample agency, wipe, restore, and every record is as before;
// damaged, tampered, invalid, dangling and too-new files are each refused with a clear message and nothing changes;
// a brief deleted from its editor comes back from the trash with its version history; the page and its confirm
// dialog have no serious accessibility problems — in zh-CN and en.
import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { loadSampleAgency, openApp, switchLanguage, type Lang } from './support/app';

const words = {
  'zh-CN': {
    title: '备份与恢复',
    export: '导出备份…',
    restore: '从文件恢复…',
    exported: '备份已保存',
    confirmTitle: '用备份替换当前数据？',
    replace: '替换当前数据',
    restored: '已从',
    refused: '没有恢复',
    unchanged: '当前数据没有任何改动',
    notJson: '不是有效的 JSON',
    checksum: '校验值不符',
    record: /表“品牌客户”，记录 .+，字段 annualFee/,
    reference: /表“联系人”，记录 .+，字段 accountId：指向的记录不在备份中/,
    newer: '由更新版本的客户总监工作台创建，请先更新应用',
    fileHolds: '备份文件包含',
    accountsKind: '品牌客户',
    webOnly: '自动备份只在桌面版中提供',
    reminder: '还没有下载过备份',
    storage: '存储空间',
    deleteAccount: '删除客户',
    moreActions: '更多操作',
    deleteBrief: '删除简报…',
    moveToTrash: '移入回收站',
    trashTable: '回收站中的记录',
    restoreRow: (name: string) => `恢复“${name}”`,
    versionsTab: /版本与审批/,
    versionsTable: '版本历史',
  },
  en: {
    title: 'Backup and restore',
    export: 'Export a backup…',
    restore: 'Restore from a file…',
    exported: 'Backup saved',
    confirmTitle: 'Replace your data with this backup?',
    replace: 'Replace my data',
    restored: 'All data restored from',
    refused: 'Not restored',
    unchanged: 'Your data has not changed',
    notJson: 'not valid JSON',
    checksum: 'checksum does not match',
    record: /Table “Account”, record .+, field annualFee/i,
    reference: /Table “Contact”, record .+, field accountId: points to a record that is not in the backup/i,
    newer: 'made by a newer version of Account Desk: update the app',
    fileHolds: 'The backup holds',
    accountsKind: 'Account',
    webOnly: 'Automatic backups are a feature of the desktop app',
    reminder: 'You have not downloaded a backup yet',
    storage: 'Storage',
    deleteAccount: 'Delete account',
    moreActions: 'More actions',
    deleteBrief: 'Delete brief…',
    moveToTrash: 'Move to trash',
    trashTable: 'Records in the trash',
    restoreRow: (name: string) => `Restore “${name}”`,
    versionsTab: /Versions and approvals/,
    versionsTable: 'Version history',
  },
} as const;

type Tables = Record<string, { id: string }[]>;
type BackupJson = { schemaVersion: number; tables: Tables; checksum: { algorithm: string; value: string } };

/** Every record store of the app's database (not the trash log), each sorted by id, read straight from IndexedDB. */
async function dumpDatabase(page: Page): Promise<Tables> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('account-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames].filter((name) => name !== 'trashLog');
    const tx = db.transaction(names, 'readonly');
    const out: Record<string, { id: string }[]> = {};
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              out[name] = (request.result as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
              resolve();
            };
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return out;
  });
}

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  expect(serious).toEqual([]);
}

function withoutUpdatedAt(tables: Tables): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.map((row) => ({ ...row, updatedAt: null }))]));
}

async function openBackupPage(page: Page, lang: Lang): Promise<void> {
  await page.goto('/#/settings/backup');
  await expect(page.getByRole('heading', { level: 2, name: words[lang].title })).toBeVisible();
}

async function start(page: Page, lang: Lang): Promise<void> {
  await openApp(page);
  if (lang === 'en') await switchLanguage(page, 'en');
  await loadSampleAgency(page, lang);
  await openBackupPage(page, lang);
}

async function exportBackupFile(page: Page, lang: Lang): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: words[lang].export }).click();
  const file = await download;
  await expect(page.getByRole('status').filter({ hasText: words[lang].exported })).toBeVisible();
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function chooseFile(page: Page, lang: Lang, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: words[lang].restore }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

/** A changed backup whose checksum is made right again, so the check under test is the one that refuses it. */
function resealed(original: string, change: (backup: BackupJson) => void): string {
  const backup = JSON.parse(original) as BackupJson;
  change(backup);
  backup.checksum.value = createHash('sha256').update(JSON.stringify(backup.tables), 'utf8').digest('hex');
  return JSON.stringify(backup);
}

for (const lang of ['zh-CN', 'en'] as const) {
  const w = words[lang];

  test(`export a backup, wipe everything, restore it and every record is as before (${lang})`, async ({ page }, testInfo) => {
    await start(page, lang);
    await expect(page.getByText(w.webOnly)).toBeVisible();
    await expect(page.getByText(w.reminder)).toBeVisible();
    await expect(page.getByRole('heading', { name: w.storage })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`backup-page-${lang}.png`) });
    await expectNoSeriousAxeViolations(page);
    const before = await dumpDatabase(page);
    expect(before.briefs?.length).toBeGreaterThan(0);

    const file = await exportBackupFile(page, lang);
    expect(file.name).toMatch(/^account-desk-backup-\d{4}-\d{2}-\d{2}\.json$/);
    // The reminder goes once a backup was downloaded.
    await expect(page.getByText(w.reminder)).toHaveCount(0);

    // Wipe: delete the whole database and start again from nothing.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('account-desk');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await page.reload();
    // The language lived in the wiped settings record, so the fresh app starts in Chinese.
    await expect(page.getByRole('navigation').first()).toBeVisible();
    if (lang === 'en') await switchLanguage(page, 'en');
    await openBackupPage(page, lang);
    expect((await dumpDatabase(page)).accounts ?? []).toHaveLength(0);

    await chooseFile(page, lang, file.name, file.text);
    const dialog = page.getByRole('dialog', { name: w.confirmTitle });
    await expect(dialog).toBeVisible();
    const counts = dialog.getByRole('table', { name: w.fileHolds });
    await expect(counts.getByRole('row', { name: new RegExp(`^${w.accountsKind} \\d`) })).toContainText(String(before.accounts?.length));
    await page.screenshot({ path: testInfo.outputPath(`backup-confirm-${lang}.png`) });
    await expectNoSeriousAxeViolations(page);
    await dialog.getByRole('button', { name: w.replace }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: w.restored })).toBeVisible();

    expect(await dumpDatabase(page)).toEqual(before);
  });

  test(`damaged, tampered, invalid, dangling and too-new backups are refused and nothing changes (${lang})`, async ({ page }, testInfo) => {
    await start(page, lang);
    const file = await exportBackupFile(page, lang);
    const before = await dumpDatabase(page);

    const cases: { label: string; text: string; expected: string | RegExp }[] = [
      { label: 'truncated', text: file.text.slice(0, Math.floor(file.text.length / 2)), expected: w.notJson },
      {
        label: 'wrong-checksum',
        text: (() => {
          const backup = JSON.parse(file.text) as BackupJson;
          (backup.tables.accounts?.[0] as { brand?: string }).brand = '被改过的品牌';
          return JSON.stringify(backup);
        })(),
        expected: w.checksum,
      },
      {
        label: 'wrong-type',
        text: resealed(file.text, (backup) => {
          (backup.tables.accounts?.[0] as unknown as { annualFee: unknown }).annualFee = 'a lot';
        }),
        expected: w.record,
      },
      {
        label: 'dangling-reference',
        text: resealed(file.text, (backup) => {
          (backup.tables.contacts?.[0] as unknown as { accountId: string }).accountId = 'no-such-account';
        }),
        expected: w.reference,
      },
      {
        label: 'newer-schema',
        text: (() => {
          const backup = JSON.parse(file.text) as BackupJson;
          backup.schemaVersion += 1;
          return JSON.stringify(backup);
        })(),
        expected: w.newer,
      },
    ];

    for (const { label, text, expected } of cases) {
      await chooseFile(page, lang, `${label}.json`, text);
      const alert = page.getByRole('alert').filter({ hasText: w.refused });
      await expect(alert, label).toBeVisible();
      await expect(alert, label).toContainText(expected);
      await expect(alert, label).toContainText(w.unchanged);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      if (label === 'dangling-reference') await page.screenshot({ path: testInfo.outputPath(`backup-refused-${lang}.png`) });
      expect(await dumpDatabase(page), label).toEqual(before);
    }
  });

  test(`a deleted brief comes back from the trash with its versions (${lang})`, async ({ page }) => {
    await start(page, lang);
    const before = await dumpDatabase(page);
    // A sample brief with a version history, deleted from its own editor.
    const versions = (before.briefVersions ?? []) as unknown as { briefId: string; deletedAt: string | null }[];
    const briefs = (before.briefs ?? []) as unknown as { id: string; title: string; accountId: string; deletedAt: string | null }[];
    const brief = briefs
      .filter((b) => !b.deletedAt)
      .map((b) => ({ ...b, versions: versions.filter((v) => v.briefId === b.id && !v.deletedAt).length }))
      .sort((a, b) => b.versions - a.versions)[0];
    if (!brief) throw new Error('the sample has no briefs');
    expect(brief.versions).toBeGreaterThan(1);

    await page.goto(`/#/briefs/${brief.id}`);
    await page.getByRole('button', { name: w.moreActions }).click();
    await page.getByRole('button', { name: w.deleteBrief }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: w.moveToTrash }).click();
    await expect(dialog).toBeHidden();

    const deleted = await dumpDatabase(page);
    const trashedBrief = deleted.briefs?.find((b) => b.id === brief.id) as unknown as { deletedAt: string | null };
    expect(trashedBrief.deletedAt).not.toBeNull();
    // Its versions went to the trash with it, and its account stayed.
    const trashedVersions = (deleted.briefVersions ?? []) as unknown as { briefId: string; deletedAt: string | null }[];
    expect(trashedVersions.filter((v) => v.briefId === brief.id && !v.deletedAt)).toHaveLength(0);
    expect((deleted.accounts ?? []).find((a) => a.id === brief.accountId)).toMatchObject({ deletedAt: null });

    await page.goto('/#/trash');
    const table = page.getByRole('table', { name: w.trashTable });
    const restore = table.getByRole('button', { name: w.restoreRow(brief.title), exact: true });
    await restore.click();
    await expect(restore).toHaveCount(0);

    await page.goto(`/#/briefs/${brief.id}`);
    await page.getByRole('tab', { name: w.versionsTab }).click();
    const list = page.getByRole('table', { name: w.versionsTable });
    await expect(list.getByRole('row')).toHaveCount(brief.versions + 1);
    // Everything that went to the trash is back as it was; only the time of the last change moved on.
    expect(withoutUpdatedAt(await dumpDatabase(page))).toEqual(withoutUpdatedAt(before));
  });
}
