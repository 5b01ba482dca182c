// Refused backups reach the user as translated sentences naming the table, record and field, in zh-CN and English.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import type { BackupIssue } from '@shared/backup/format';
import { zhCN } from '../../../renderer/i18n/zh-CN';
import { en } from '../../../renderer/i18n/en';
import { backupIssueText } from '../../../renderer/features/backup/backup-issues';
import { backupFileName, downloadReminderDue } from '../../../renderer/features/backup/backup-actions';

const codes: BackupIssue['code'][] = ['not-json', 'not-utf8', 'format', 'format-version', 'newer-schema', 'older-schema', 'checksum', 'unknown-table', 'record', 'duplicate-id', 'reference', 'quota', 'storage'];

async function translator(lng: 'zh-CN' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng, interpolation: { escapeValue: false } });
  return instance.t;
}

describe.each(['zh-CN', 'en'] as const)('backup issue messages in %s', (lng) => {
  it('every issue code has its own translated sentence, never a raw key', async () => {
    const t = await translator(lng);
    const texts = codes.map((code) => backupIssueText(t, { code, table: 'briefs', recordId: 'b-1', field: 'title', detail: 'x' }));
    for (const text of texts) expect(text).not.toMatch(/backup\.issue|\{\{/);
    expect(new Set(texts).size).toBe(codes.length);
  });

  it('a bad record names its table (in words), record id and field', async () => {
    const t = await translator(lng);
    const text = backupIssueText(t, { code: 'record', table: 'briefVersions', recordId: 'v-42', field: 'number', detail: 'Expected number' });
    expect(text).toContain(lng === 'en' ? 'Brief version' : '简报版本');
    expect(text).toContain('v-42');
    expect(text).toContain('number');
  });

  it('a newer schema tells the user to update the app', async () => {
    const t = await translator(lng);
    expect(backupIssueText(t, { code: 'newer-schema', detail: '' })).toMatch(lng === 'en' ? /newer version of Account Desk: update the app/ : /更新版本.*更新应用/);
  });
});

describe('backup file name and the web reminder', () => {
  it('names the file by the local day', () => {
    expect(backupFileName(new Date(2026, 5, 3, 23, 59))).toBe('account-desk-backup-2026-06-03.json');
  });

  it('reminds when no backup was ever downloaded or the last is older than a week', () => {
    const now = new Date('2026-06-30T12:00:00Z');
    expect(downloadReminderDue(null, now)).toBe(true);
    expect(downloadReminderDue(new Date('2026-06-25T12:00:00Z'), now)).toBe(false);
    expect(downloadReminderDue(new Date('2026-06-22T12:00:00Z'), now)).toBe(true);
  });
});
