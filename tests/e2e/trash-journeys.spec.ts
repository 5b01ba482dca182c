// The trash as a user relies on it: a deleted contact comes back; a deleted account takes its contacts along and
// they come back together (a contact alone is refused with a plain reason); emptying asks first; retention is
// editable; the page has no serious accessibility problems — in zh-CN and en.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { goTo, loadSampleAgency, openApp, switchLanguage, tableRowCount, type Lang } from './support/app';

const words = {
  'zh-CN': {
    mainNav: '主导航',
    trash: '回收站',
    trashTable: '回收站中的记录',
    contactsTab: /^联系人/,
    deleteContact: /^删除联系人“(.+)”$/,
    deleteAccount: '删除客户',
    moveToTrash: '移入回收站',
    alsoMoves: '将同时移入回收站',
    contactsCount: /(\d+) 位联系人/,
    restore: (name: string) => `恢复“${name}”`,
    restored: (name: string) => `已恢复“${name}”`,
    restoredWith: (name: string) => `已恢复“${name}”及随它删除的`,
    parentDeleted: '不能单独恢复',
    kindFilter: '按“类型”筛选',
    originFilter: '按“来源”筛选',
    contactKind: '联系人',
    accountOrigin: (brand: string) => `品牌客户：${brand}`,
    deletedWith: (brand: string) => `随品牌客户“${brand}”一起删除`,
    emptyTrash: '清空回收站',
    emptyConfirm: '永久删除',
    emptied: '已永久删除',
    emptyTitle: '回收站是空的',
    retention: '保留天数',
    save: '保存',
    saved: '已保存：保留 7 天',
    retentionInvalid: '请输入 1 到 3650 之间的整数天数',
    accountsTable: '品牌客户列表',
  },
  en: {
    mainNav: 'Main navigation',
    trash: 'Trash',
    trashTable: 'Records in the trash',
    contactsTab: /^Contacts/,
    deleteContact: /^Delete contact “(.+)”$/,
    deleteAccount: 'Delete account',
    moveToTrash: 'Move to trash',
    alsoMoves: 'also moves to the trash',
    contactsCount: /(\d+) contacts?\b/,
    restore: (name: string) => `Restore “${name}”`,
    restored: (name: string) => `Restored “${name}”`,
    restoredWith: (name: string) => `Restored “${name}” and`,
    parentDeleted: 'cannot be restored on its own',
    kindFilter: 'Filter by Kind',
    originFilter: 'Filter by Where from',
    contactKind: 'Contact',
    accountOrigin: (brand: string) => `Account: ${brand}`,
    deletedWith: (brand: string) => `Deleted with account “${brand}”`,
    emptyTrash: 'Empty the trash',
    emptyConfirm: 'Delete for good',
    emptied: 'for good',
    emptyTitle: 'The trash is empty',
    retention: 'Keep for',
    save: 'Save',
    saved: 'Saved: kept for 7 days',
    retentionInvalid: 'Enter a whole number of days from 1 to 3650',
    accountsTable: 'Accounts',
  },
} as const;

async function openTrash(page: Page, lang: Lang) {
  await page.getByRole('navigation', { name: words[lang].mainNav }).getByRole('link', { name: words[lang].trash }).click();
  await expect(page.getByRole('heading', { level: 1, name: words[lang].trash })).toBeVisible();
}

/** Opens the account on the given row of the accounts list and returns its brand. */
async function openAccount(page: Page, lang: Lang, row = 2): Promise<string> {
  await goTo(page, 'accounts', lang);
  const target = page.getByRole('table', { name: words[lang].accountsTable }).getByRole('row').nth(row);
  const brand = ((await target.getByRole('cell').first().textContent()) ?? '').trim();
  await target.click();
  await expect(page.getByRole('heading', { level: 2, name: brand })).toBeVisible();
  return brand;
}

async function start(page: Page, lang: Lang) {
  await openApp(page);
  if (lang === 'en') await switchLanguage(page, 'en');
  await loadSampleAgency(page, lang);
}

for (const lang of ['zh-CN', 'en'] as Lang[]) {
  const w = words[lang];

  test(`a deleted contact comes back from the trash to its account (${lang})`, async ({ page }) => {
    await start(page, lang);
    const brand = await openAccount(page, lang);
    await page.getByRole('tab', { name: w.contactsTab }).click();
    const deleteButton = page.getByRole('button', { name: w.deleteContact }).first();
    const label = (await deleteButton.getAttribute('aria-label')) ?? '';
    const contact = w.deleteContact.exec(label)?.[1] ?? '';
    expect(contact).not.toBe('');
    await deleteButton.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: w.moveToTrash }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel(label, { exact: true })).toHaveCount(0);

    await openTrash(page, lang);
    const table = page.getByRole('table', { name: w.trashTable });
    const row = table.getByRole('row').filter({ hasText: contact });
    await expect(row).toContainText(w.accountOrigin(brand));
    await row.getByRole('button', { name: w.restore(contact) }).click();
    await expect(page.getByRole('status').filter({ hasText: w.restored(contact) })).toBeVisible();
    await expect(table.getByRole('row').filter({ hasText: contact })).toHaveCount(0);

    await openAccount(page, lang);
    await page.getByRole('tab', { name: w.contactsTab }).click();
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  });

  test(`a deleted account takes its contacts to the trash and they come back together (${lang})`, async ({ page }) => {
    await start(page, lang);
    const brand = await openAccount(page, lang, 3);
    await page.getByRole('button', { name: w.deleteAccount }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(w.alsoMoves);
    const contacts = Number(w.contactsCount.exec((await dialog.textContent()) ?? '')?.[1] ?? '0');
    expect(contacts).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: w.moveToTrash }).click();
    await expect(page.getByRole('table', { name: w.accountsTable })).toBeVisible();
    await expect(page.getByRole('table', { name: w.accountsTable }).getByRole('row').filter({ hasText: brand })).toHaveCount(0);

    await openTrash(page, lang);
    const table = page.getByRole('table', { name: w.trashTable });
    await table.getByLabel(w.kindFilter).selectOption({ label: w.contactKind });
    await table.getByLabel(w.originFilter).fill(brand);
    expect(await tableRowCount(page)).toBe(contacts);
    await expect(table.getByRole('row').nth(2)).toContainText(w.deletedWith(brand));
    await page.screenshot({ path: test.info().outputPath(`trash-${lang}.png`) });

    // A contact alone cannot come back while its account is in the trash; the page says why and offers the account.
    await table.getByRole('row').nth(2).getByRole('button').click();
    const refusal = page.getByRole('alert').filter({ hasText: w.parentDeleted });
    await expect(refusal).toContainText(brand);
    await page.screenshot({ path: test.info().outputPath(`trash-refused-${lang}.png`) });
    await refusal.getByRole('button', { name: w.restore(brand) }).click();
    await expect(page.getByRole('status').filter({ hasText: w.restoredWith(brand) })).toBeVisible();
    // Nothing of the account is left in the trash (here the trash is empty again).
    await expect(page.getByRole('row').filter({ hasText: brand })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: w.emptyTitle })).toBeVisible();

    await goTo(page, 'accounts', lang);
    await page.getByRole('table', { name: w.accountsTable }).getByRole('row').filter({ hasText: brand }).first().click();
    await page.getByRole('tab', { name: w.contactsTab }).click();
    await expect(page.getByRole('button', { name: w.deleteContact })).toHaveCount(contacts);
  });

  test(`emptying the trash asks first, retention is editable, and the page is accessible (${lang})`, async ({ page }) => {
    await start(page, lang);
    await openAccount(page, lang);
    await page.getByRole('button', { name: w.deleteAccount }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.moveToTrash }).click();
    await expect(page.getByRole('table', { name: w.accountsTable })).toBeVisible();

    await openTrash(page, lang);
    await expect(page.getByRole('table', { name: w.trashTable }).getByRole('row').nth(2)).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
    expect(serious).toEqual([]);

    // Retention: a bad value is refused with a message and kept in the box; a good one is saved.
    const days = page.getByLabel(w.retention);
    await days.fill('0');
    await page.getByRole('button', { name: w.save, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: w.retentionInvalid })).toBeVisible();
    await expect(days).toHaveValue('0');
    await days.fill('7');
    await page.getByRole('button', { name: w.save, exact: true }).click();
    await expect(page.getByText(w.saved)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel(w.retention)).toHaveValue('7');

    // Emptying: cancel keeps everything; confirming deletes for good.
    const before = await tableRowCount(page);
    await page.getByRole('button', { name: w.emptyTrash }).click();
    await page.keyboard.press('Escape');
    expect(await tableRowCount(page)).toBe(before);
    await page.getByRole('button', { name: w.emptyTrash }).click();
    await expect(page.getByRole('dialog')).toContainText(String(before));
    await page.getByRole('dialog').getByRole('button', { name: w.emptyConfirm }).click();
    await expect(page.getByRole('status').filter({ hasText: w.emptied })).toBeVisible();
    await expect(page.getByRole('heading', { name: w.emptyTitle })).toBeVisible();
  });
}

test('records kept in the trash longer than the retention are deleted for good when the app starts', async ({ page }) => {
  const w = words['zh-CN'];
  await start(page, 'zh-CN');
  const brand = await openAccount(page, 'zh-CN');
  await page.getByRole('tab', { name: w.contactsTab }).click();
  await page.getByRole('button', { name: w.deleteContact }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: w.moveToTrash }).click();
  await openTrash(page, 'zh-CN');
  await expect(page.getByRole('table', { name: w.trashTable }).getByRole('row').filter({ hasText: w.accountOrigin(brand) })).toHaveCount(1);

  // Age the deletion past the default 30 days, as if the app had not been opened for six weeks.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('account-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const old = new Date(Date.now() - 42 * 86_400_000).toISOString();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('contacts', 'readwrite');
      const store = tx.objectStore('contacts');
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const current = cursor.result;
        if (!current) return;
        const record = current.value as { deletedAt: string | null };
        if (record.deletedAt) current.update({ ...record, deletedAt: old, updatedAt: old });
        current.continue();
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: w.emptyTitle })).toBeVisible();
});
