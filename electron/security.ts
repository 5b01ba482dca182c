// Window, navigation, new-window, permission and webview hardening for the main process, and the CSP headers.
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'account-desk';
/** IndexedDB is keyed by this origin: changing it loses every user's data. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const PRODUCTION_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** The Vite dev server needs inline scripts (React refresh preamble), eval (source maps) and its websocket. */
export function developmentCsp(devOrigin: string): string {
  const socket = devOrigin.replace(/^http/, 'ws');
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${socket}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** The one window's options. Every security-relevant preference is spelled out rather than left to a default. */
export function windowOptions(
  preloadPath: string,
  bounds: WindowBounds,
  options: { devTools?: boolean } = {},
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Account Desk',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Dropping a file on the window would otherwise navigate to file://.
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: options.devTools ?? false,
    },
  };
}

/** `scheme://host[:port]` of a URL we might serve from, or null. Node's URL gives "null" as the origin of app: URLs. */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!['app:', 'http:', 'https:'].includes(parsed.protocol) || parsed.host === '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`;
}

/** Navigation stays on our own origin (plus the dev server's while developing). */
export function isAllowedNavigation(url: string, allowedOrigins: readonly string[] = [APP_ORIGIN]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

/** Links that may leave the app for the user's browser: parsed https URLs only, no credentials, bounded length. */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/**
 * What the renderer may be granted. Notifications and copying text are used by the UI; persistent-storage lets
 * `navigator.storage.persist()` succeed so Chromium never evicts the IndexedDB that holds the user's data.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications', 'clipboard-sanitized-write', 'persistent-storage']);

export function permissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

export interface SecurityPolicy {
  /** Origins our own pages are served from: the app:// origin, and the dev server's in development. */
  allowedOrigins: readonly string[];
  /** Opens a URL already checked by isSafeExternalUrl in the user's browser (shell.openExternal). */
  openExternal: (url: string) => Promise<void>;
  log?: (message: string) => void;
}

function openIfSafe(policy: SecurityPolicy, url: string): void {
  if (!isSafeExternalUrl(url)) {
    policy.log?.(`refused to open ${JSON.stringify(url.slice(0, 200))}`);
    return;
  }
  policy.openExternal(url).catch((error: unknown) => policy.log?.(`openExternal failed: ${String(error)}`));
}

/** Applied to every webContents the app creates (app 'web-contents-created'), so none is left unguarded. */
export function hardenWebContents(contents: WebContents, policy: SecurityPolicy): void {
  contents.on('will-navigate', (event, url) => {
    if (isAllowedNavigation(url, policy.allowedOrigins)) return;
    event.preventDefault();
    // A plain link click to a website: the user expects their browser, not a dead click.
    openIfSafe(policy, url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, policy.allowedOrigins)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfSafe(policy, url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** Permission handlers and, in production, a refusal of every network request: the app works offline by design. */
export function hardenSession(session: Session, policy: SecurityPolicy, options: { blockNetwork: boolean }): void {
  const fromOurOrigin = (url: string | undefined): boolean => url !== undefined && isAllowedNavigation(url, policy.allowedOrigins);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionAllowed(permission) && fromOurOrigin(details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return permissionAllowed(permission) && fromOurOrigin(requestingOrigin);
  });
  // Web Bluetooth/HID/USB/serial pickers: never.
  session.setDevicePermissionHandler(() => false);
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  if (options.blockNetwork) {
    session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
      policy.log?.(`blocked network request to ${details.url.slice(0, 200)}`);
      callback({ cancel: true });
    });
  }
}
