// IPC handlers answer only our window's main frame, refuse malformed arguments, and return failures as values.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC, backupListValueSchema, ipcResultSchema, type IpcMethod } from '@shared/ipc';
import { createIpcHandlers, isTrustedSender, registerIpcHandlers, type IpcDeps, type SenderFrame } from '../../../electron/ipc';
import { APP_ORIGIN } from '../../../electron/security';

const ORIGINS = [APP_ORIGIN];

function frame(overrides: Partial<SenderFrame> = {}): SenderFrame {
  return { url: 'app://account-desk/index.html', parent: null, frameTreeNodeId: 1, detached: false, ...overrides };
}

function contents(mainFrame: SenderFrame = frame(), destroyed = false) {
  return { mainFrame, isDestroyed: () => destroyed };
}

describe('isTrustedSender', () => {
  it('trusts the main frame of our window on app://account-desk', () => {
    expect(isTrustedSender(frame(), contents(), ORIGINS)).toBe(true);
    expect(isTrustedSender(frame({ url: 'app://account-desk/index.html#/briefs/42' }), contents(), ORIGINS)).toBe(true);
  });

  it('refuses a frame from another origin', () => {
    for (const url of ['https://evil.example/', 'app://other/index.html', 'file:///index.html', 'http://127.0.0.1:5173/', 'about:blank', '']) {
      expect(isTrustedSender(frame({ url }), contents(), ORIGINS), url).toBe(false);
    }
  });

  it('refuses a subframe, even on our origin', () => {
    expect(isTrustedSender(frame({ parent: frame(), frameTreeNodeId: 2 }), contents(), ORIGINS)).toBe(false);
    expect(isTrustedSender(frame({ parent: frame() }), contents(), ORIGINS)).toBe(false);
  });

  it('refuses the main frame of another webContents', () => {
    expect(isTrustedSender(frame({ frameTreeNodeId: 7 }), contents(frame({ frameTreeNodeId: 1 })), ORIGINS)).toBe(false);
  });

  it('refuses when the frame is missing or detached, or the window is gone', () => {
    expect(isTrustedSender(null, contents(), ORIGINS)).toBe(false);
    expect(isTrustedSender(frame(), null, ORIGINS)).toBe(false);
    expect(isTrustedSender(frame(), contents(frame(), true), ORIGINS)).toBe(false);
    expect(isTrustedSender(frame({ detached: true }), contents(), ORIGINS)).toBe(false);
  });

  it('refuses a frame that throws because it was disposed', () => {
    const disposed = {
      parent: null,
      frameTreeNodeId: 1,
      get url(): string {
        throw new Error('Render frame was disposed');
      },
    };
    expect(isTrustedSender(disposed, contents(), ORIGINS)).toBe(false);
  });

  it('trusts the dev server only when it is an allowed origin', () => {
    const dev = frame({ url: 'http://127.0.0.1:5173/' });
    expect(isTrustedSender(dev, contents(), ORIGINS)).toBe(false);
    expect(isTrustedSender(dev, contents(), [...ORIGINS, 'http://127.0.0.1:5173'])).toBe(true);
  });
});

describe('IPC handlers', () => {
  let dir: string;
  let deps: IpcDeps;
  const trusted = { senderFrame: frame() };

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'account-desk-ipc-'));
    deps = {
      getMainWebContents: () => contents(),
      allowedOrigins: ORIGINS,
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: path.join(dir, 'saved.docx') })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showItemInFolder: vi.fn(),
      appInfo: () => ({ name: 'Account Desk', version: '0.1.0', electron: '45.5.0', chrome: '140', platform: 'linux', userDataPath: dir }),
      setLanguage: vi.fn(),
      defaultSaveDir: () => dir,
      backupDir: path.join(dir, 'backups'),
      now: () => new Date('2025-03-01T08:00:00.000Z'),
      log: () => undefined,
    };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses every channel to an untrusted sender without doing anything', async () => {
    const handlers = createIpcHandlers(deps);
    const untrusted = { senderFrame: frame({ url: 'https://evil.example/' }) };
    for (const method of Object.keys(IPC) as IpcMethod[]) {
      const result = await handlers[method](untrusted, undefined);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.setLanguage).not.toHaveBeenCalled();
  });

  it('refuses extra arguments', async () => {
    const handlers = createIpcHandlers(deps);
    expect(await handlers.appSetLanguage(trusted, 'en', 'extra')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it.each<[IpcMethod, unknown]>([
    ['fileSave', undefined],
    ['fileSave', { defaultName: 'a.docx', filters: [], data: 'not bytes' }],
    ['fileSave', { defaultName: '../../etc/passwd', filters: [], data: new Uint8Array(1) }],
    ['fileSave', { defaultName: 'a.docx', filters: [], data: new Uint8Array(1), extra: true }],
    ['fileOpen', { filters: [], maxBytes: -1 }],
    ['fileOpen', { filters: [{ name: 'x', extensions: ['.json'] }] }],
    ['fileReveal', 42],
    ['fileReveal', ''],
    ['appInfo', { anything: 1 }],
    ['appSetLanguage', 'fr'],
    ['appSetLanguage', undefined],
    ['backupWrite', { data: new Uint8Array(1), reason: 'daily', keep: 0 }],
    ['backupWrite', { data: new Uint8Array(1), reason: 'hourly', keep: 3 }],
    ['backupList', 'x'],
    ['backupRead', { name: '../secret.json' }],
  ])('%s refuses %j as invalid-argument', async (method, argument) => {
    const handlers = createIpcHandlers(deps);
    const result = await handlers[method](trusted, argument);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('saves bytes to the chosen path and reports it', async () => {
    const handlers = createIpcHandlers(deps);
    const data = new TextEncoder().encode('docx bytes');
    const result = await handlers.fileSave(trusted, { defaultName: '客户简报.docx', filters: [{ name: 'Word', extensions: ['docx'] }], data });
    expect(result).toEqual({ ok: true, value: { saved: true, path: path.join(dir, 'saved.docx') } });
    expect(readFileSync(path.join(dir, 'saved.docx'), 'utf8')).toBe('docx bytes');
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: path.join(dir, '客户简报.docx'), filters: [{ name: 'Word', extensions: ['docx'] }] }),
    );
    expect(ipcResultSchema(IPC.fileSave.value).safeParse(result).success).toBe(true);
  });

  it('reports a cancelled save dialog as a value', async () => {
    deps.showSaveDialog = async () => ({ canceled: true, filePath: '' });
    const result = await createIpcHandlers(deps).fileSave(trusted, { defaultName: 'a.docx', filters: [], data: new Uint8Array(1) });
    expect(result).toEqual({ ok: true, value: { saved: false } });
  });

  it('reports a cancelled open dialog as a value', async () => {
    expect(await createIpcHandlers(deps).fileOpen(trusted, { filters: [] })).toEqual({ ok: true, value: { opened: false } });
  });

  it('opens a file within the limit and refuses one above it', async () => {
    const file = path.join(dir, 'backup.json');
    writeFileSync(file, '{"format":"account-desk-backup"}');
    deps.showOpenDialog = async () => ({ canceled: false, filePaths: [file] });
    const handlers = createIpcHandlers(deps);
    const opened = await handlers.fileOpen(trusted, { filters: [{ name: 'Backup', extensions: ['json'] }] });
    expect(opened).toMatchObject({ ok: true, value: { opened: true, name: 'backup.json' } });
    const tooLarge = await handlers.fileOpen(trusted, { filters: [], maxBytes: 5 });
    expect(tooLarge).toMatchObject({ ok: false, error: { code: 'too-large', details: { maxBytes: 5 } } });
  });

  it('reveals files it saved and backups, nothing else', async () => {
    const handlers = createIpcHandlers(deps);
    expect(await handlers.fileReveal(trusted, path.join(dir, 'saved.docx'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await handlers.fileSave(trusted, { defaultName: 'a.docx', filters: [], data: new Uint8Array(1) });
    expect(await handlers.fileReveal(trusted, path.join(dir, 'saved.docx'))).toEqual({ ok: true, value: null });
    const backup = await handlers.backupWrite(trusted, { data: new Uint8Array(1), reason: 'manual', keep: 3 });
    if (!backup.ok) throw new Error('backup failed');
    expect(await handlers.fileReveal(trusted, backup.value.path)).toEqual({ ok: true, value: null });
    expect(await handlers.fileReveal(trusted, '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handlers.fileReveal(trusted, 'relative/path')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(deps.showItemInFolder).toHaveBeenCalledTimes(2);
  });

  it('passes the language on so the menu is rebuilt', async () => {
    expect(await createIpcHandlers(deps).appSetLanguage(trusted, 'zh-CN')).toEqual({ ok: true, value: null });
    expect(deps.setLanguage).toHaveBeenCalledWith('zh-CN');
  });

  it('returns app info', async () => {
    const result = await createIpcHandlers(deps).appInfo(trusted);
    expect(ipcResultSchema(IPC.appInfo.value).parse(result)).toMatchObject({ ok: true, value: { name: 'Account Desk' } });
  });

  it('writes, lists and reads backups, rotating by reason', async () => {
    let clock = Date.parse('2025-03-01T08:00:00.000Z');
    deps.now = () => new Date((clock += 60_000));
    const handlers = createIpcHandlers(deps);
    const bytes = (text: string) => new TextEncoder().encode(text);
    for (const day of ['one', 'two', 'three']) {
      expect((await handlers.backupWrite(trusted, { data: bytes(day), reason: 'daily', keep: 2 })).ok).toBe(true);
    }
    await handlers.backupWrite(trusted, { data: bytes('before'), reason: 'before-restore', keep: 2 });
    const listed = await handlers.backupList(trusted);
    if (!listed.ok) throw new Error('list failed');
    expect(backupListValueSchema.parse(listed.value).map((entry) => entry.reason)).toEqual(['before-restore', 'daily', 'daily']);
    const newestDaily = listed.value.find((entry) => entry.reason === 'daily');
    const read = await handlers.backupRead(trusted, { name: newestDaily?.name });
    expect(read.ok && new TextDecoder().decode(read.value.data)).toBe('three');
  });

  it('answers a missing backup with not-found', async () => {
    const result = await createIpcHandlers(deps).backupRead(trusted, { name: 'account-desk-backup-2025-01-01T00-00-00-000Z-daily.json' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('turns a handler that throws into an internal error', async () => {
    deps.appInfo = () => {
      throw new Error('boom');
    };
    expect(await createIpcHandlers(deps).appInfo(trusted)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('registers exactly one handler per contract channel', () => {
    const handled: string[] = [];
    const removed: string[] = [];
    const remove = registerIpcHandlers({ handle: (channel) => void handled.push(channel), removeHandler: (channel) => void removed.push(channel) }, createIpcHandlers(deps));
    const channels = Object.values(IPC).map((spec) => spec.channel);
    expect(handled.sort()).toEqual([...channels].sort());
    expect(channels).toEqual(['file:save', 'file:open', 'file:reveal', 'app:info', 'app:setLanguage', 'backup:write', 'backup:list', 'backup:read']);
    remove();
    expect(removed.sort()).toEqual([...channels].sort());
  });
});
