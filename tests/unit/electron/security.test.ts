// The window's security preferences, the navigation/new-window/webview guards, and the permission allowlist.
import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ORIGIN,
  PRODUCTION_CSP,
  developmentCsp,
  hardenSession,
  hardenWebContents,
  isAllowedNavigation,
  isSafeExternalUrl,
  originOf,
  permissionAllowed,
  windowOptions,
} from '../../../electron/security';

describe('windowOptions', () => {
  const options = windowOptions('/app/dist-electron/preload.cjs', { width: 1280, height: 820 });
  const prefs = options.webPreferences ?? {};

  it('isolates the page from the preload and Node', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and insecure or experimental features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('turns spellcheck off and developer tools off unless asked for', () => {
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.devTools).toBe(false);
    expect(windowOptions('/p.cjs', { width: 1, height: 1 }, { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('loads our preload and uses the bounds it is given', () => {
    expect(prefs.preload).toBe('/app/dist-electron/preload.cjs');
    expect(options.width).toBe(1280);
    expect(options.height).toBe(820);
    expect(options.show).toBe(false);
    expect(windowOptions('/p.cjs', { x: 10, y: 20, width: 1000, height: 700 })).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
  });
});

describe('CSP', () => {
  it('is exactly the production policy', () => {
    expect(PRODUCTION_CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(PRODUCTION_CSP).not.toMatch(/unsafe-eval/);
  });

  it('relaxes only for the dev server, whose websocket it allows', () => {
    const dev = developmentCsp('http://127.0.0.1:5173');
    expect(dev).toContain("'unsafe-eval'");
    expect(dev).toContain('connect-src \'self\' ws://127.0.0.1:5173');
    expect(dev).toContain("object-src 'none'");
  });
});

describe('navigation', () => {
  it('stays on app://account-desk', () => {
    expect(originOf('app://account-desk/index.html')).toBe(APP_ORIGIN);
    expect(isAllowedNavigation('app://account-desk/index.html')).toBe(true);
    expect(isAllowedNavigation('app://account-desk/index.html#/accounts/1')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'app://other/index.html',
    'app://account-desk.evil.com/',
    'app://user@account-desk/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
  ])('blocks %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('allows the dev server only when it is among the allowed origins', () => {
    expect(isAllowedNavigation('http://127.0.0.1:5173/src/main.tsx', [APP_ORIGIN, 'http://127.0.0.1:5173'])).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:5174/', [APP_ORIGIN, 'http://127.0.0.1:5173'])).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts https links', () => {
    expect(isSafeExternalUrl('https://www.example.com/brief?id=1')).toBe(true);
    expect(isSafeExternalUrl('HTTPS://EXAMPLE.COM')).toBe(true);
  });

  it.each([
    'http://example.com',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'mailto:someone@example.com',
    'app://account-desk/index.html',
    'https://user:pass@example.com/',
    'https:',
    '//example.com',
    'example.com',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('permissionAllowed', () => {
  it.each(['notifications', 'clipboard-sanitized-write', 'persistent-storage'])('allows %s', (permission) => {
    expect(permissionAllowed(permission)).toBe(true);
  });

  it.each(['media', 'geolocation', 'clipboard-read', 'display-capture', 'openExternal', 'hid', 'usb', 'serial', 'fullscreen', 'midiSysex', 'unknown', ''])(
    'denies %s',
    (permission) => {
      expect(permissionAllowed(permission)).toBe(false);
    },
  );
});

class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

function navigationEvent() {
  return { preventDefault: vi.fn() };
}

describe('hardenWebContents', () => {
  const setup = () => {
    const contents = new FakeContents();
    const openExternal = vi.fn(async (_url: string) => undefined);
    hardenWebContents(contents as unknown as WebContents, { allowedOrigins: [APP_ORIGIN], openExternal, log: () => undefined });
    return { contents, openExternal };
  };

  it('lets the app navigate within its own origin', () => {
    const { contents, openExternal } = setup();
    const event = navigationEvent();
    contents.emit('will-navigate', event, 'app://account-desk/index.html');
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks navigation off the origin and hands https links to the browser', () => {
    const { contents, openExternal } = setup();
    const event = navigationEvent();
    contents.emit('will-navigate', event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('blocks file: navigation without opening anything', () => {
    const { contents, openExternal } = setup();
    const event = navigationEvent();
    contents.emit('will-navigate', event, 'file:///etc/passwd');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks redirects off the origin', () => {
    const { contents } = setup();
    const event = navigationEvent();
    contents.emit('will-redirect', event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window, opening only https links externally', () => {
    const { contents, openExternal } = setup();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(contents.windowOpenHandler?.({ url: 'app://account-desk/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///C:/evil.exe' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses to attach webviews', () => {
    const { contents } = setup();
    const event = navigationEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void;
  type CheckHandler = (contents: unknown, permission: string, origin: string) => boolean;

  const setup = (blockNetwork: boolean) => {
    const handlers: { request?: RequestHandler; check?: CheckHandler; beforeRequest?: unknown; filter?: { urls: string[] } } = {};
    const session = Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
      setDevicePermissionHandler: vi.fn(),
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, listener: unknown) => {
          handlers.filter = filter;
          handlers.beforeRequest = listener;
        },
      },
    });
    hardenSession(session as unknown as Session, { allowedOrigins: [APP_ORIGIN], openExternal: async () => undefined, log: () => undefined }, { blockNetwork });
    return { handlers, session };
  };

  it('grants allowlisted permissions to our origin only', () => {
    const { handlers } = setup(true);
    const ask = (permission: string, requestingUrl: string) => {
      let granted: boolean | undefined;
      handlers.request?.({}, permission, (value) => (granted = value), { requestingUrl });
      return granted;
    };
    expect(ask('notifications', 'app://account-desk/index.html')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'app://account-desk/index.html')).toBe(true);
    expect(ask('media', 'app://account-desk/index.html')).toBe(false);
    expect(ask('notifications', 'https://evil.example/')).toBe(false);
    expect(handlers.check?.({}, 'notifications', 'app://account-desk')).toBe(true);
    expect(handlers.check?.({}, 'geolocation', 'app://account-desk')).toBe(false);
    expect(handlers.check?.({}, 'notifications', 'https://evil.example')).toBe(false);
  });

  it('cancels every network request in production', () => {
    const { handlers } = setup(true);
    expect(handlers.filter?.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const callback = vi.fn();
    (handlers.beforeRequest as (details: { url: string }, cb: typeof callback) => void)({ url: 'https://tracker.example/' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });

  it('leaves the network alone for the dev server', () => {
    const { handlers } = setup(false);
    expect(handlers.beforeRequest).toBeUndefined();
  });

  it('refuses device pickers', () => {
    const { session } = setup(true);
    const event = navigationEvent();
    const callback = vi.fn();
    session.emit('select-hid-device', event, {}, callback);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(callback).toHaveBeenCalledWith('');
  });
});
