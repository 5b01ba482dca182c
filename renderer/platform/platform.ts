// The renderer's only door to the desktop: window.api in Electron, with a browser fallback (download link, file input).
import {
  DEFAULT_OPEN_MAX_BYTES,
  fail,
  ok,
  toSafeFileName,
  type AppInfo,
  type BackupEntry,
  type BackupReadValue,
  type BackupReason,
  type BackupWriteValue,
  type DesktopApi,
  type FileFilter,
  type FileOpenValue,
  type IpcResult,
  type Language,
} from '@shared/ipc';
import { isDailyBackupDue } from './backup-schedule';

export type { AppInfo, BackupEntry, BackupReason, FileFilter, IpcResult as PlatformResult, Language } from '@shared/ipc';
export { isDailyBackupDue } from './backup-schedule';

export interface SaveFileRequest {
  /** Suggested file name, e.g. `客户简报 春节 2025.docx`; made safe for every file system before use. */
  defaultName: string;
  /** Used for the browser download (e.g. application/vnd.openxmlformats-officedocument.wordprocessingml.document). */
  mimeType: string;
  /** Offered in the desktop save dialog, e.g. `[{ name: 'Word', extensions: ['docx'] }]`. */
  filters: FileFilter[];
  data: Uint8Array | Blob;
}

/** `path` is where the file went on the desktop; null in the browser, which does not tell. */
export type SaveFileOutcome = { saved: true; path: string | null } | { saved: false };

export interface OpenFileRequest {
  /** Which files to offer, e.g. `[{ name: 'Account Desk backup', extensions: ['json'] }]`. */
  accept: FileFilter[];
  /** Larger files are refused with `too-large`; 200 MB when not given. */
  maxBytes?: number;
}

export type OpenFileOutcome = FileOpenValue;

export interface WriteBackupRequest {
  data: Uint8Array | Blob;
  reason: BackupReason;
  /** How many backups of this reason to keep (1–100); older ones are deleted after the new one is safely written. */
  keep: number;
}

export interface DailyBackupRequest {
  /** Produces the backup file's bytes; only called when a backup is due. */
  createBackup: () => Promise<Uint8Array | Blob>;
  keep: number;
  now?: Date;
}

export type DailyBackupOutcome = { written: false } | ({ written: true } & BackupWriteValue);

export interface Platform {
  /** True inside the Electron app; false in a plain browser (vite preview, E2E tests). */
  readonly isDesktop: boolean;
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileOutcome>>;
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenFileOutcome>>;
  /** Shows a file this app saved (or a backup) in Explorer/Finder. Desktop only. */
  revealFile(path: string): Promise<IpcResult<null>>;
  /** Desktop only: name, version, Electron/Chrome versions, platform, data folder. */
  appInfo(): Promise<IpcResult<AppInfo>>;
  /** Tells the main process the UI language so the application menu follows it. A no-op in the browser. */
  setLanguage(lang: Language): Promise<IpcResult<null>>;
  writeBackup(request: WriteBackupRequest): Promise<IpcResult<BackupWriteValue>>;
  /** Newest first. */
  listBackups(): Promise<IpcResult<BackupEntry[]>>;
  readBackup(name: string): Promise<IpcResult<BackupReadValue>>;
  /** Writes today's automatic backup unless one exists already. */
  writeDailyBackupIfDue(request: DailyBackupRequest): Promise<IpcResult<DailyBackupOutcome>>;
}

async function toBytes(data: Uint8Array | Blob): Promise<Uint8Array> {
  return data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
}

const unsupported = <T>(what: string): IpcResult<T> => fail('unsupported', `${what} needs the desktop app`);

/** A failed IPC round trip (the main process threw, or the bridge broke) becomes a value like any other failure. */
async function viaBridge<T>(call: () => Promise<IpcResult<T>>): Promise<IpcResult<T>> {
  try {
    return await call();
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}

function browserDownload(data: Uint8Array | Blob, fileName: string, mimeType: string): void {
  const blob =
    data instanceof Blob
      ? data
      : new Blob([data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data)], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob after click() returns; revoke later rather than cut it off.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function acceptAttribute(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  return extensions.includes('*') ? '' : extensions.map((extension) => `.${extension}`).join(',');
}

function browserPickFile(request: OpenFileRequest): Promise<IpcResult<OpenFileOutcome>> {
  const maxBytes = request.maxBytes ?? DEFAULT_OPEN_MAX_BYTES;
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(request.accept);
    input.style.display = 'none';
    const finish = (result: IpcResult<OpenFileOutcome>): void => {
      input.remove();
      resolve(result);
    };
    input.addEventListener('cancel', () => finish(ok({ opened: false })), { once: true });
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        if (!file) return finish(ok({ opened: false }));
        // Checked before reading, so a huge file never reaches memory.
        if (file.size > maxBytes) {
          return finish(fail('too-large', `${file.name} is ${file.size} bytes; the limit is ${maxBytes}`, { size: file.size, maxBytes }));
        }
        file.arrayBuffer().then(
          (buffer) => finish(ok({ opened: true, name: file.name, data: new Uint8Array(buffer) })),
          (error: unknown) => finish(fail('io-error', `could not read ${file.name}: ${String(error)}`)),
        );
      },
      { once: true },
    );
    document.body.append(input);
    input.click();
  });
}

/** Builds the platform over a bridge getter, so tests can hand in a fake window.api. */
export function createPlatform(getApi: () => DesktopApi | undefined): Platform {
  const platform: Platform = {
    get isDesktop() {
      return getApi() !== undefined;
    },

    async saveFile({ defaultName, mimeType, filters, data }) {
      const fileName = toSafeFileName(defaultName);
      const api = getApi();
      if (!api) {
        browserDownload(data, fileName, mimeType);
        return ok({ saved: true, path: null });
      }
      const bytes = await toBytes(data);
      return viaBridge(() => api.fileSave({ defaultName: fileName, filters, data: bytes }));
    },

    async openFile(request) {
      const api = getApi();
      if (!api) return browserPickFile(request);
      return viaBridge(() => api.fileOpen({ filters: request.accept, maxBytes: request.maxBytes ?? DEFAULT_OPEN_MAX_BYTES }));
    },

    async revealFile(path) {
      const api = getApi();
      return api ? viaBridge(() => api.fileReveal(path)) : unsupported('Showing a file in its folder');
    },

    async appInfo() {
      const api = getApi();
      return api ? viaBridge(() => api.appInfo()) : unsupported('App information');
    },

    async setLanguage(lang) {
      const api = getApi();
      return api ? viaBridge(() => api.appSetLanguage(lang)) : ok(null);
    },

    async writeBackup({ data, reason, keep }) {
      const api = getApi();
      if (!api) return unsupported('Automatic backups');
      const bytes = await toBytes(data);
      return viaBridge(() => api.backupWrite({ data: bytes, reason, keep }));
    },

    async listBackups() {
      const api = getApi();
      return api ? viaBridge(() => api.backupList()) : unsupported('Automatic backups');
    },

    async readBackup(name) {
      const api = getApi();
      return api ? viaBridge(() => api.backupRead({ name })) : unsupported('Automatic backups');
    },

    async writeDailyBackupIfDue({ createBackup, keep, now = new Date() }) {
      const listed = await platform.listBackups();
      if (!listed.ok) return listed;
      if (!isDailyBackupDue(listed.value, now)) return ok({ written: false });
      const written = await platform.writeBackup({ data: await createBackup(), reason: 'daily', keep });
      return written.ok ? ok({ written: true, ...written.value }) : written;
    },
  };
  return platform;
}

/** The app's platform: desktop when the preload exposed window.api, browser otherwise. */
export const platform: Platform = createPlatform(() => (typeof window === 'undefined' ? undefined : window.api));
