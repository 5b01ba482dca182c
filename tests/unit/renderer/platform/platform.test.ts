// The renderer's platform: desktop calls go through window.api with safe arguments; the browser build says what it cannot do.
import { describe, expect, it, vi } from 'vitest';
import type { BackupEntry, DesktopApi } from '@shared/ipc';
import { createPlatform, isDailyBackupDue } from '../../../../renderer/platform/platform';

function fakeApi(overrides: Partial<DesktopApi> = {}): DesktopApi {
  return {
    fileSave: vi.fn(async () => ({ ok: true as const, value: { saved: true as const, path: '/docs/a.docx' } })),
    fileOpen: vi.fn(async () => ({ ok: true as const, value: { opened: false as const } })),
    fileReveal: vi.fn(async () => ({ ok: true as const, value: null })),
    appInfo: vi.fn(async () => ({ ok: true as const, value: { name: 'Account Desk', version: '0.1.0', electron: '45', chrome: '140', platform: 'win32', userDataPath: 'C:\\x' } })),
    appSetLanguage: vi.fn(async () => ({ ok: true as const, value: null })),
    backupWrite: vi.fn(async () => ({ ok: true as const, value: { path: '/b/x.json', name: 'account-desk-backup-2025-03-01T08-00-00-000Z-daily.json' } })),
    backupList: vi.fn(async () => ({ ok: true as const, value: [] as BackupEntry[] })),
    backupRead: vi.fn(async () => ({ ok: true as const, value: { data: new Uint8Array(1) } })),
    ...overrides,
  };
}

function daily(createdAt: string): BackupEntry {
  return { name: 'account-desk-backup-2025-01-01T00-00-00-000Z-daily.json', path: '/b', size: 1, createdAt, reason: 'daily' };
}

describe('platform on the desktop', () => {
  it('is desktop when window.api exists', () => {
    expect(createPlatform(() => fakeApi()).isDesktop).toBe(true);
    expect(createPlatform(() => undefined).isDesktop).toBe(false);
  });

  it('saves through window.api with a safe file name and Blob data turned into bytes', async () => {
    const api = fakeApi();
    const platform = createPlatform(() => api);
    const result = await platform.saveFile({ defaultName: 'Brief: 春节/Q1.docx', mimeType: 'application/octet-stream', filters: [{ name: 'Word', extensions: ['docx'] }], data: new Blob(['PK']) });
    expect(result).toEqual({ ok: true, value: { saved: true, path: '/docs/a.docx' } });
    expect(api.fileSave).toHaveBeenCalledWith({ defaultName: 'Brief_ 春节_Q1.docx', filters: [{ name: 'Word', extensions: ['docx'] }], data: new Uint8Array([80, 75]) });
  });

  it('opens with the 200 MB default limit unless told otherwise', async () => {
    const api = fakeApi();
    const platform = createPlatform(() => api);
    await platform.openFile({ accept: [{ name: 'Backup', extensions: ['json'] }] });
    expect(api.fileOpen).toHaveBeenCalledWith({ filters: [{ name: 'Backup', extensions: ['json'] }], maxBytes: 200 * 1024 * 1024 });
    await platform.openFile({ accept: [], maxBytes: 10 });
    expect(api.fileOpen).toHaveBeenLastCalledWith({ filters: [], maxBytes: 10 });
  });

  it('tells the main process the language', async () => {
    const api = fakeApi();
    await createPlatform(() => api).setLanguage('zh-CN');
    expect(api.appSetLanguage).toHaveBeenCalledWith('zh-CN');
  });

  it('turns a broken bridge into an internal-error value', async () => {
    const api = fakeApi({ appInfo: async () => Promise.reject(new Error('bridge down')) });
    expect(await createPlatform(() => api).appInfo()).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('writes the daily backup only when none was taken today', async () => {
    const now = new Date(2025, 2, 1, 18, 0, 0);
    const createBackup = vi.fn(async () => new Uint8Array([1]));
    const due = fakeApi({ backupList: async () => ({ ok: true, value: [daily(new Date(2025, 1, 28, 9).toISOString())] }) });
    const written = await createPlatform(() => due).writeDailyBackupIfDue({ createBackup, keep: 7, now });
    expect(written).toMatchObject({ ok: true, value: { written: true } });
    expect(due.backupWrite).toHaveBeenCalledWith({ data: new Uint8Array([1]), reason: 'daily', keep: 7 });

    const done = fakeApi({ backupList: async () => ({ ok: true, value: [daily(new Date(2025, 2, 1, 9).toISOString())] }) });
    createBackup.mockClear();
    expect(await createPlatform(() => done).writeDailyBackupIfDue({ createBackup, keep: 7, now })).toEqual({ ok: true, value: { written: false } });
    expect(createBackup).not.toHaveBeenCalled();
  });
});

describe('platform in the browser', () => {
  const browser = createPlatform(() => undefined);

  it('reports automatic backups and app info as unsupported', async () => {
    expect(await browser.listBackups()).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(await browser.writeBackup({ data: new Uint8Array(1), reason: 'daily', keep: 3 })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(await browser.readBackup('x')).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(await browser.appInfo()).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(await browser.writeDailyBackupIfDue({ createBackup: async () => new Uint8Array(1), keep: 3 })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('accepts a language without a menu to change', async () => {
    expect(await browser.setLanguage('en')).toEqual({ ok: true, value: null });
  });
});

describe('isDailyBackupDue', () => {
  const now = new Date(2025, 2, 1, 0, 30);

  it('is due with no backups, or only other kinds today', () => {
    expect(isDailyBackupDue([], now)).toBe(true);
    expect(isDailyBackupDue([{ ...daily(new Date(2025, 2, 1, 0, 10).toISOString()), reason: 'manual' }], now)).toBe(true);
  });

  it('goes by the local calendar day', () => {
    expect(isDailyBackupDue([daily(new Date(2025, 1, 28, 23, 59).toISOString())], now)).toBe(true);
    expect(isDailyBackupDue([daily(new Date(2025, 2, 1, 0, 1).toISOString())], now)).toBe(false);
  });

  it('is not due when a backup is dated in the future (the clock went back)', () => {
    expect(isDailyBackupDue([daily(new Date(2025, 5, 1).toISOString())], now)).toBe(false);
  });
});
