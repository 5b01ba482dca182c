// window.api carries exactly one method per contract channel, each invoking its own channel, and nothing generic.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC } from '@shared/ipc';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke },
}));

beforeAll(async () => {
  await import('../../../electron/preload');
});

describe('preload', () => {
  it('exposes only window.api', () => {
    expect(Object.keys(exposed)).toEqual(['api']);
  });

  it('has exactly one function per channel and no generic invoke, send or on', () => {
    const api = exposed.api as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    for (const generic of ['invoke', 'send', 'on', 'ipcRenderer']) expect(api).not.toHaveProperty(generic);
  });

  it('sends each method to its own channel with its one argument', async () => {
    const api = exposed.api as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const cases: [string, unknown[]][] = [
      ['fileSave', [{ defaultName: 'a.docx', filters: [], data: new Uint8Array(1) }]],
      ['fileOpen', [{ filters: [] }]],
      ['fileReveal', ['/tmp/a.docx']],
      ['appInfo', []],
      ['appSetLanguage', ['zh-CN']],
      ['backupWrite', [{ data: new Uint8Array(1), reason: 'manual', keep: 3 }]],
      ['backupList', []],
      ['backupRead', [{ name: 'account-desk-backup-2025-01-31T09-30-00-123Z-daily.json' }]],
    ];
    for (const [method, args] of cases) {
      invoke.mockClear();
      await api[method]?.(...args);
      expect(invoke).toHaveBeenCalledWith(IPC[method as keyof typeof IPC].channel, ...args);
    }
  });
});
