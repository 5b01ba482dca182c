// The few Web-standard globals shared/ needs (Web Crypto, TextEncoder), typed without pulling in the DOM lib.
// Node 20 and Chromium both provide them on globalThis.

type WebCrypto = {
  randomUUID(): string;
  subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
};
type Encoder = { encode(text: string): Uint8Array };
type Decoder = { decode(bytes: Uint8Array): string };

const g = globalThis as unknown as {
  crypto: WebCrypto;
  TextEncoder: new () => Encoder;
  TextDecoder: new (label?: string, options?: { fatal?: boolean }) => Decoder;
};

export function randomUUID(): string {
  return g.crypto.randomUUID();
}

export function utf8Encode(text: string): Uint8Array {
  return new g.TextEncoder().encode(text);
}

/** Decodes UTF-8, throwing on invalid byte sequences. */
export function utf8Decode(bytes: Uint8Array): string {
  return new g.TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await g.crypto.subtle.digest('SHA-256', data));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
