// Reads the agency logo (a PNG or JPEG data URL) into bytes and pixel size, so documents can embed it at its aspect ratio.

export type RasterImage = { type: 'png' | 'jpg'; data: Uint8Array; width: number; height: number };

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Each ASCII code's 6-bit value, 64 where base64 has none: looked up by code, as a logo runs to a million characters. */
const BASE64_VALUES = new Uint8Array(128).fill(64);
for (let i = 0; i < BASE64.length; i++) BASE64_VALUES[BASE64.charCodeAt(i)] = i;

/** Decodes standard base64 (padding optional); null when it holds anything else. Pure, so it runs in both worlds. */
export function decodeBase64(text: string): Uint8Array | null {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x3d) end--;
  if (end % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (let i = 0; i < end; i++) {
    const value = BASE64_VALUES[text.charCodeAt(i)] ?? 64;
    if (value === 64) return null;
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = view.getUint16(offset + 2);
    // Start-of-frame markers carry the size; C4 (Huffman tables), C8 and CC (arithmetic coding) share the range but don't.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + length;
  }
  return null;
}

/** The logo last read: every document of a session (or a batch) carries the same one, so it is decoded once. */
let lastLogo: { dataUrl: string; image: RasterImage | null } | null = null;

/** The logo from settings, or null when there is none or it is not a readable PNG/JPEG (a document never fails on it). */
export function readLogo(dataUrl: string | null | undefined): RasterImage | null {
  if (!dataUrl) return null;
  if (lastLogo?.dataUrl !== dataUrl) lastLogo = { dataUrl, image: decodeLogo(dataUrl) };
  return lastLogo.image;
}

function decodeLogo(dataUrl: string): RasterImage | null {
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!match || match[2] === undefined) return null;
  const data = decodeBase64(match[2]);
  if (!data) return null;
  const type = match[1] === 'png' ? 'png' : 'jpg';
  const size = type === 'png' ? pngSize(data) : jpegSize(data);
  if (!size || size.width < 1 || size.height < 1 || size.width > 20_000 || size.height > 20_000) return null;
  return { type, data, ...size };
}

/** Scales an image to fit a box, keeping its aspect ratio; sizes in pixels at 96 to the inch, as docx takes them. */
export function fitInto(image: { width: number; height: number }, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / image.width, maxHeight / image.height, 1);
  return { width: Math.max(1, Math.round(image.width * scale)), height: Math.max(1, Math.round(image.height * scale)) };
}
