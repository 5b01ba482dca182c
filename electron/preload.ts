// The bridge the sandboxed renderer sees as window.api: one named method per IPC channel, and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi, IPC, IpcChannel, IpcMethod } from '@shared/ipc';

// Only types come from the contract, so the preload bundle stays a few kilobytes (no zod). The compiler still holds
// this table to the contract: a missing, extra or misspelt channel fails type-checking.
const CHANNELS = {
  fileSave: 'file:save',
  fileOpen: 'file:open',
  fileReveal: 'file:reveal',
  appInfo: 'app:info',
  appSetLanguage: 'app:setLanguage',
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
} as const satisfies { readonly [M in IpcMethod]: (typeof IPC)[M]['channel'] };

// Internal only: the page never gets a way to name a channel itself.
const invoke = (channel: IpcChannel, ...args: unknown[]) => ipcRenderer.invoke(channel, ...args);

const api: DesktopApi = {
  fileSave: (args) => invoke(CHANNELS.fileSave, args),
  fileOpen: (args) => invoke(CHANNELS.fileOpen, args),
  fileReveal: (path) => invoke(CHANNELS.fileReveal, path),
  appInfo: () => invoke(CHANNELS.appInfo),
  appSetLanguage: (lang) => invoke(CHANNELS.appSetLanguage, lang),
  backupWrite: (args) => invoke(CHANNELS.backupWrite, args),
  backupList: () => invoke(CHANNELS.backupList),
  backupRead: (args) => invoke(CHANNELS.backupRead, args),
};

contextBridge.exposeInMainWorld('api', api);
