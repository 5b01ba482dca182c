// Serves the built renderer on app://account-desk/: maps request URLs to files inside one folder, never outside it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './security';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  // WebAssembly.instantiateStreaming refuses any other type.
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The absolute path of the file a request URL names, or null when the URL is not ours or could name anything outside
 * `rootDir`. Chromium canonicalises the URL before we see it, but this does not rely on that: each path segment is
 * decoded on its own and refused if it could change directories (`..`, `%2e%2e`, `%2f`, `%5c`, drive letters, NUL).
 */
export function resolveRendererPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port !== '') return null;
  if (url.username !== '' || url.password !== '') return null;

  // The raw path, before URL's own dot-segment handling, is checked too: a request that tries to climb is refused, not
  // quietly rewritten into some other file.
  const rawPath = /^[^:]*:\/\/[^/?#]*([^?#]*)/.exec(requestUrl)?.[1] ?? '';
  if (/(^|\/)(\.|%2e){2}(\/|$)/i.test(rawPath) || rawPath.includes('\\')) return null;

  const pathname = url.pathname === '' || url.pathname === '/' ? '/index.html' : url.pathname;
  const segments: string[] = [];
  for (const encoded of pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..') return null;
    // Separators, drive letters and alternate data streams (":"), NUL and other controls, and dotfiles.
    // eslint-disable-next-line no-control-regex
    if (/[/\\:\u0000-\u001f\u007f]/.test(segment) || segment.startsWith('.')) return null;
    segments.push(segment);
  }

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

export interface ServeOptions {
  rootDir: string;
  contentSecurityPolicy: string;
  readFile?: (filePath: string) => Promise<Uint8Array>;
  isFile?: (filePath: string) => Promise<boolean>;
}

async function isRegularFile(filePath: string): Promise<boolean> {
  try {
    return (await fs.stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/** The response to one app:// request; every response carries the CSP, errors included. */
export async function serveRendererRequest(request: Request, options: ServeOptions): Promise<Response> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': options.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // A new app version replaces the files under the same URLs.
    'Cache-Control': 'no-cache',
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { ...headers, Allow: 'GET, HEAD' } });
  }
  const filePath = resolveRendererPath(options.rootDir, request.url);
  if (filePath === null || !(await (options.isFile ?? isRegularFile)(filePath))) {
    return new Response(null, { status: 404, headers });
  }
  const body = await (options.readFile ?? fs.readFile)(filePath);
  const fileHeaders = { ...headers, 'Content-Type': mimeTypeFor(filePath), 'Content-Length': String(body.byteLength) };
  // Response wants an ArrayBuffer-backed view; fs gives a Buffer, which is one.
  return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers: fileHeaders });
}
