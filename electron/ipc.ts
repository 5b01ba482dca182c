// The main-process side of the IPC contract: each handler checks its sender and arguments, then answers with a typed result.
import path from 'node:path';
import type { IpcMain } from 'electron';
import type { z } from 'zod';
import { IPC, fail, ok, type AppInfo, type IpcMethod, type IpcResult, type IpcValue, type Language } from '@shared/ipc';
import { ioFailure, listBackups, openWithDialog, readBackup, saveWithDialog, writeBackup, type ShowOpenDialog, type ShowSaveDialog } from './files';
import { originOf } from './security';

/** What the sender check needs of a frame; Electron's WebFrameMain has these. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
  readonly frameTreeNodeId: number;
  readonly detached?: boolean;
}

/** What the sender check needs of our window's webContents. */
export interface MainWebContents {
  readonly mainFrame: SenderFrame;
  isDestroyed(): boolean;
}

/**
 * True only for the main frame of our window showing one of our origins: not a subframe, not another window, not a
 * page that navigated elsewhere. Electron Fiddle and Signal drop IPC from anyone else; so do we.
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  mainWindowWebContents: MainWebContents | null | undefined,
  allowedOrigins: readonly string[],
): boolean {
  if (!frame || !mainWindowWebContents) return false;
  try {
    if (mainWindowWebContents.isDestroyed() || frame.detached === true) return false;
    if (frame.parent !== null) return false;
    if (frame.frameTreeNodeId !== mainWindowWebContents.mainFrame.frameTreeNodeId) return false;
    const origin = originOf(frame.url);
    return origin !== null && allowedOrigins.includes(origin);
  } catch {
    // A frame disposed mid-call throws on property access.
    return false;
  }
}

export interface IpcDeps {
  getMainWebContents(): MainWebContents | null;
  allowedOrigins: readonly string[];
  showSaveDialog: ShowSaveDialog;
  showOpenDialog: ShowOpenDialog;
  showItemInFolder(fullPath: string): void;
  appInfo(): AppInfo;
  setLanguage(lang: Language): void;
  /** Where save dialogs start (the user's Documents folder). */
  defaultSaveDir(): string;
  backupDir: string;
  now?: () => Date;
  log?: (message: string) => void;
}

/** What a handler reads of Electron's IpcMainInvokeEvent. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}
type Handler<M extends IpcMethod> = (event: InvokeEvent, ...args: unknown[]) => Promise<IpcResult<IpcValue<M>>>;
export type IpcHandlers = { readonly [M in IpcMethod]: Handler<M> };

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'argument'}: ${issue.message}`)
    .join('; ');
}

/** Builds one handler per channel. Electron objects come in through `deps`, so tests run them without Electron. */
export function createIpcHandlers(deps: IpcDeps): IpcHandlers {
  const log = deps.log ?? ((message: string) => console.warn(`[ipc] ${message}`));
  const now = deps.now ?? (() => new Date());
  // Only files this app wrote may be revealed: a compromised page cannot make us open arbitrary folders.
  const revealable = new Set<string>();
  const backupDir = path.resolve(deps.backupDir);

  function guarded<M extends IpcMethod>(
    method: M,
    run: (args: z.output<(typeof IPC)[M]['args']>) => Promise<IpcResult<IpcValue<M>>>,
  ): Handler<M> {
    const { channel, args: schema } = IPC[method];
    return async (event, ...rawArgs) => {
      if (!isTrustedSender(event.senderFrame, deps.getMainWebContents(), deps.allowedOrigins)) {
        log(`refused ${channel} from ${safeUrl(event.senderFrame)}`);
        return fail('forbidden', `${channel} is only answered for the app's own window`);
      }
      if (rawArgs.length > 1) return fail('invalid-argument', `${channel} takes at most one argument`);
      const parsed = (schema as z.ZodType).safeParse(rawArgs[0]);
      if (!parsed.success) return fail('invalid-argument', `${channel}: ${describeIssues(parsed.error)}`);
      try {
        return await run(parsed.data as z.output<(typeof IPC)[M]['args']>);
      } catch (error) {
        log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fail('internal', `${channel} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
  }

  return {
    fileSave: guarded('fileSave', async (args) => {
      const result = await saveWithDialog(deps.showSaveDialog, args, deps.defaultSaveDir());
      if (result.ok && result.value.saved) revealable.add(path.resolve(result.value.path));
      return result;
    }),
    fileOpen: guarded('fileOpen', (args) => openWithDialog(deps.showOpenDialog, args)),
    fileReveal: guarded('fileReveal', async (target) => {
      if (!path.isAbsolute(target)) return fail('invalid-argument', 'file:reveal needs an absolute path');
      const resolved = path.resolve(target);
      const inBackups = path.dirname(resolved) === backupDir;
      if (!revealable.has(resolved) && !inBackups) return fail('forbidden', 'only files this app saved can be revealed');
      deps.showItemInFolder(resolved);
      return ok(null);
    }),
    appInfo: guarded('appInfo', async () => ok(deps.appInfo())),
    appSetLanguage: guarded('appSetLanguage', async (lang) => {
      deps.setLanguage(lang);
      return ok(null);
    }),
    backupWrite: guarded('backupWrite', async ({ data, reason, keep }) => {
      try {
        const written = await writeBackup(backupDir, data, now(), keep, reason);
        return ok({ path: written.path, name: written.name });
      } catch (error) {
        return ioFailure(error, 'could not write the backup');
      }
    }),
    backupList: guarded('backupList', async () => ok(await listBackups(backupDir))),
    backupRead: guarded('backupRead', async ({ name }) => {
      const read = await readBackup(backupDir, name);
      return read.ok ? ok({ data: read.value }) : read;
    }),
  };
}

function safeUrl(frame: SenderFrame | null | undefined): string {
  try {
    return frame ? JSON.stringify(frame.url.slice(0, 200)) : 'no frame';
  } catch {
    return 'a disposed frame';
  }
}

/** Registers every handler; returns a function that removes them again (tests, and a clean shutdown). */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handlers: IpcHandlers): () => void {
  const methods = Object.keys(IPC) as IpcMethod[];
  for (const method of methods) ipcMain.handle(IPC[method].channel, handlers[method]);
  return () => {
    for (const method of methods) ipcMain.removeHandler(IPC[method].channel);
  };
}
