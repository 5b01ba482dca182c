// The main process: app lifecycle, the app:// protocol that serves the renderer, and the one window.
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session, shell } from 'electron';
import type { Language } from '@shared/ipc';
import { createIpcHandlers, registerIpcHandlers } from './ipc';
import { appDisplayName, initialLanguage, menuTemplate } from './menu';
import { serveRendererRequest } from './protocol';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  PRODUCTION_CSP,
  developmentCsp,
  hardenSession,
  hardenWebContents,
  originOf,
  windowOptions,
  type SecurityPolicy,
} from './security';
import { WINDOW_STATE_FILE, loadWindowState, trackWindowState } from './window-state';

// Both sit next to this bundle (dist-electron/), in the source tree and inside app.asar alike.
const RENDERER_ROOT = path.join(__dirname, '../dist/renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');

const log = (message: string): void => console.warn(`[account-desk] ${message}`);

/** The Vite dev server, only for an unpackaged app and only on this machine. */
function developmentUrl(): string | null {
  const raw = process.env.ACCOUNT_DESK_DEV_URL;
  if (app.isPackaged || !raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return url.href;
  } catch {
    // Fall through to the warning.
  }
  log(`ignoring ACCOUNT_DESK_DEV_URL=${raw}: only http://localhost or http://127.0.0.1 is allowed`);
  return null;
}

const devUrl = developmentUrl();
const devOrigin = devUrl === null ? null : originOf(devUrl);
const isDev = devOrigin !== null;

// Privileges must be registered before `ready`. standard + secure give the origin IndexedDB and navigator.storage.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
]);
app.enableSandbox();

const policy: SecurityPolicy = {
  allowedOrigins: devOrigin === null ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin],
  openExternal: (url) => shell.openExternal(url),
  log,
};

let mainWindow: BrowserWindow | null = null;
let language: Language = 'en';
let started = false;

function installMenu(lang: Language): void {
  language = lang;
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(lang, process.platform, { isDev })));
  app.setAboutPanelOptions({
    applicationName: appDisplayName(lang),
    applicationVersion: app.getVersion(),
    copyright: 'Account Desk',
  });
}

function createWindow(): void {
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const state = loadWindowState(stateFile, [screen.getPrimaryDisplay(), ...screen.getAllDisplays()]);
  const window = new BrowserWindow(windowOptions(PRELOAD_PATH, state.bounds, { devTools: isDev }));
  mainWindow = window;
  trackWindowState(window, stateFile, log);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  // If the UI cannot load (a broken install), show the window anyway rather than leave the user with nothing on screen.
  window.webContents.once('did-fail-load', (_event, code, description, url) => {
    log(`could not load ${url}: ${code} ${description}`);
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  });
  window.webContents.on('render-process-gone', (_event, details) => log(`renderer gone: ${details.reason}`));
  window.loadURL(devUrl ?? APP_ENTRY_URL).catch((error: unknown) => log(`could not load the UI: ${String(error)}`));
}

/** Save dialogs open in Documents; some Linux desktops have none configured, and then getPath throws. */
function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();

  protocol.handle(APP_SCHEME, (request) => serveRendererRequest(request, { rootDir: RENDERER_ROOT, contentSecurityPolicy: PRODUCTION_CSP }));

  hardenSession(session.defaultSession, policy, { blockNetwork: !isDev });
  if (devOrigin !== null) {
    const csp = developmentCsp(devOrigin);
    session.defaultSession.webRequest.onHeadersReceived({ urls: [`${devOrigin}/*`] }, (details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
    });
  }

  registerIpcHandlers(
    ipcMain,
    createIpcHandlers({
      getMainWebContents: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
      allowedOrigins: policy.allowedOrigins,
      showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
      showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
      showItemInFolder: (fullPath) => shell.showItemInFolder(fullPath),
      appInfo: () => ({
        name: app.getName(),
        version: app.getVersion(),
        electron: process.versions.electron,
        chrome: process.versions.chrome,
        platform: process.platform,
        userDataPath: app.getPath('userData'),
      }),
      setLanguage: (lang) => {
        if (lang !== language) installMenu(lang);
      },
      defaultSaveDir: documentsFolder,
      backupDir: path.join(app.getPath('userData'), 'backups'),
      log,
    }),
  );

  installMenu(initialLanguage(app.getPreferredSystemLanguages()));
  createWindow();
  started = true;
}

if (!app.requestSingleInstanceLock()) {
  // Two windows on one IndexedDB would race each other's writes: the second launch hands over to the first.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  // Every webContents, including any we never meant to create, gets the navigation and window-open guards.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // macOS: clicking the dock icon with no window open brings one back (but not before start-up made the first one).
  app.on('activate', () => {
    if (started && mainWindow === null) createWindow();
  });
  start().catch((error: unknown) => {
    log(`start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    dialog.showErrorBox('Account Desk', `Account Desk could not start.\n\n${String(error)}`);
    app.exit(1);
  });
}
