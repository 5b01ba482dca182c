// Seeds the app's IndexedDB directly with many records, for tests about large data (the UI reads them after a reload).
import type { Page } from '@playwright/test';

/** Puts `count` valid accounts into the `accounts` store of the app's database, in one transaction. */
export async function seedAccounts(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('account-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const at = new Date().toISOString();
    const statuses = ['prospect', 'active', 'paused', 'lost'];
    const tiers = ['A', 'B', 'C'];
    const industries = ['快消', '汽车', '金融', '零售', '科技'];
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('accounts', 'readwrite');
      const store = tx.objectStore('accounts');
      for (let i = 0; i < n; i++) {
        store.put({
          id: `seed-${String(i).padStart(6, '0')}`,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
          brand: `品牌${String(i).padStart(5, '0')}`,
          company: `客户公司 ${i}`,
          industry: industries[i % industries.length],
          status: statuses[i % statuses.length],
          tier: tiers[i % tiers.length],
          clientSince: null,
          scope: [],
          annualFee: (i % 97) * 10000,
          currency: 'CNY',
          healthOverride: null,
          notes: '',
        });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}
