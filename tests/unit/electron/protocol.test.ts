// app://account-desk/ serves only files inside the renderer build folder, with the right type and the CSP.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveRendererPath, serveRendererRequest } from '../../../electron/protocol';
import { PRODUCTION_CSP } from '../../../electron/security';

const root = path.resolve('/srv/app/dist/renderer');

describe('resolveRendererPath', () => {
  it('serves index.html for the bare origin and for /', () => {
    expect(resolveRendererPath(root, 'app://account-desk/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererPath(root, 'app://account-desk')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererPath(root, 'app://account-desk/index.html')).toBe(path.join(root, 'index.html'));
  });

  it('resolves nested assets and ignores the query and fragment', () => {
    expect(resolveRendererPath(root, 'app://account-desk/assets/index-abc123.js')).toBe(path.join(root, 'assets', 'index-abc123.js'));
    expect(resolveRendererPath(root, 'app://account-desk/assets/app.css?v=2#x')).toBe(path.join(root, 'assets', 'app.css'));
  });

  it('decodes percent-encoded names, including Chinese ones', () => {
    expect(resolveRendererPath(root, 'app://account-desk/fonts/%E6%80%9D%E6%BA%90.woff2')).toBe(path.join(root, 'fonts', '思源.woff2'));
    expect(resolveRendererPath(root, 'app://account-desk/my%20file.png')).toBe(path.join(root, 'my file.png'));
  });

  it.each([
    'app://account-desk/../../etc/passwd',
    'app://account-desk/assets/../../../etc/passwd',
    'app://account-desk/%2e%2e/%2e%2e/etc/passwd',
    'app://account-desk/%2E%2E/secret',
    'app://account-desk/.%2e/secret',
    'app://account-desk/assets/..%2f..%2fsecret',
    'app://account-desk/..%2fsecret',
    'app://account-desk/assets%2f..%2f..%2fsecret',
    'app://account-desk/..%5csecret',
    'app://account-desk/assets%5c..%5c..%5csecret',
    'app://account-desk/..\\..\\secret',
    'app://account-desk/index.html%00.png',
    'app://account-desk/%00',
    'app://account-desk/C:%5cWindows%5cwin.ini',
    'app://account-desk/C:/Windows/win.ini',
    'app://account-desk//etc/passwd',
    'app://account-desk/%2fetc%2fpasswd',
    'app://account-desk/%2Fetc/passwd',
    'app://account-desk/.env',
    'app://account-desk/assets/',
    'app://account-desk/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveRendererPath(root, url)).toBeNull();
  });

  it.each([
    'app://evil.example/index.html',
    'app://account-desk.evil/index.html',
    'app://account-desk:8080/index.html',
    'app://user:pass@account-desk/index.html',
    'https://account-desk/index.html',
    'file:///etc/passwd',
    'not a url',
    '',
  ])('refuses a request not for app://account-desk: %s', (url) => {
    expect(resolveRendererPath(root, url)).toBeNull();
  });

  it('never returns a path outside the root, whatever the input', () => {
    const hostile = ['..', '%2e%2e', '%2f', '%5c', '.', '%00', 'a', '%2E.', '\\', ':'];
    for (const a of hostile) {
      for (const b of hostile) {
        const resolved = resolveRendererPath(root, `app://account-desk/${a}/${b}/x`);
        if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
      }
    }
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/b.JS', 'text/javascript; charset=utf-8'],
    ['x.mjs', 'text/javascript; charset=utf-8'],
    ['x.css', 'text/css; charset=utf-8'],
    ['x.json', 'application/json; charset=utf-8'],
    ['x.svg', 'image/svg+xml'],
    ['x.png', 'image/png'],
    ['x.woff2', 'font/woff2'],
    ['x.wasm', 'application/wasm'],
    ['x.unknown', 'application/octet-stream'],
    ['Makefile', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('serveRendererRequest', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'account-desk-protocol-'));
    mkdirSync(path.join(dir, 'renderer', 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Account Desk</title>');
    writeFileSync(path.join(dir, 'renderer', 'assets', 'main.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'outside the root');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Node's Request refuses non-http schemes, so requests are a small stand-in with the fields the handler reads.
  const serveApp = (url: string, method = 'GET') =>
    serveRendererRequest({ url, method } as Request, { rootDir: path.join(dir, 'renderer'), contentSecurityPolicy: PRODUCTION_CSP });

  it('serves index.html with its type and the production CSP', async () => {
    const response = await serveApp('app://account-desk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Account Desk');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await serveApp('app://account-desk/assets/main.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD with headers and no body', async () => {
    const response = await serveApp('app://account-desk/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String('<!doctype html><title>Account Desk</title>'.length));
    expect(await response.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s with 405 and still sends the CSP', async (method) => {
    const response = await serveApp('app://account-desk/index.html', method);
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
  });

  it('answers 404 for missing files, folders and anything outside the root', async () => {
    for (const url of ['app://account-desk/missing.js', 'app://account-desk/assets', 'app://account-desk/..%2fsecret.txt', 'app://account-desk/../secret.txt']) {
      const response = await serveApp(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
    }
  });

  it('refuses other hosts even for files that exist', async () => {
    expect((await serveApp('app://other-host/index.html')).status).toBe(404);
  });
});
