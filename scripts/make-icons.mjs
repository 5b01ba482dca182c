// Draws the app icon (a navy rounded square with a white "AD" monogram) into build/: icon.png, icon.ico, icon.icns, icons/*.png.
// Pure Node (zlib for PNG compression), so it runs anywhere without ImageMagick: `node scripts/make-icons.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const out = new URL('../build/', import.meta.url);

// ---- The drawing, in a 1024×1024 design space ------------------------------------------------------------------------
const BODY = { min: 100, max: 924, radius: 190 };
const TOP = [0x26, 0x3d, 0x66];
const BOTTOM = [0x16, 0x26, 0x47];
const INK = [0xff, 0xff, 0xff];
const ACCENT = [0xc9, 0xa8, 0x62];
const SHIFT_X = -6;
const SHIFT_Y = -9;

// "A": outer outline and the triangular counter, filled even-odd. Legs are 80 units wide, the crossbar 70 tall.
const A_OUTER = [[318, 300], [392, 300], [505, 680], [425, 680], [399, 592], [311, 592], [285, 680], [205, 680]];
const A_COUNTER = [[355, 444], [378, 522], [332, 522]];

function inPolygon(x, y, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inEllipseHalf(x, y, cx, cy, rx, ry) {
  return x >= cx && ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
}

function inA(x, y) {
  return inPolygon(x, y, A_OUTER) && !inPolygon(x, y, A_COUNTER);
}

// "D": a stem and a half-ellipse bowl, 78 units thick all round.
function inD(x, y) {
  const outer = (x >= 560 && x <= 650 && y >= 300 && y <= 680) || inEllipseHalf(x, y, 650, 490, 180, 190);
  const inner = (x >= 638 && x <= 650 && y >= 378 && y <= 602) || inEllipseHalf(x, y, 650, 490, 102, 112);
  return outer && !inner;
}

function inAccent(x, y) {
  return x >= 205 && x <= 830 && y >= 726 && y <= 742;
}

function inBody(x, y) {
  const { min, max, radius } = BODY;
  if (x < min || x > max || y < min || y > max) return false;
  const cx = Math.min(Math.max(x, min + radius), max - radius);
  const cy = Math.min(Math.max(y, min + radius), max - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** RGBA pixels of the icon at `size`, each pixel supersampled so edges stay smooth at every size. */
function render(size) {
  const samples = size <= 64 ? 8 : 4;
  const scale = 1024 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let body = 0;
      let ink = 0;
      let accent = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) * scale;
          const y = (py + (sy + 0.5) / samples) * scale;
          if (!inBody(x, y)) continue;
          body += 1;
          const lx = x - SHIFT_X;
          const ly = y - SHIFT_Y;
          if (inA(lx, ly) || inD(lx, ly)) ink += 1;
          else if (inAccent(lx, ly)) accent += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (body === 0) continue;
      const t = (py + 0.5) / size;
      const inkShare = ink / body;
      const accentShare = accent / body;
      for (let c = 0; c < 3; c += 1) {
        const background = TOP[c] + (BOTTOM[c] - TOP[c]) * t;
        pixels[offset + c] = Math.round(background * (1 - inkShare - accentShare) + INK[c] * inkShare + ACCENT[c] * accentShare);
      }
      pixels[offset + 3] = Math.round((255 * body) / (samples * samples));
    }
  }
  return pixels;
}

// ---- File formats -------------------------------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size) {
  const rgba = render(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Windows .ico holding PNG images (Vista and later read them; electron-builder wants a 256 px one). */
function ico(images) {
  const header = Buffer.alloc(6 + images.length * 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, index) => {
    const entry = 6 + index * 16;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

/** macOS .icns with PNG payloads, the form macOS has read since 10.7. */
function icns(entries) {
  const parts = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const cache = new Map();
const image = (size) => {
  if (!cache.has(size)) cache.set(size, png(size));
  return cache.get(size);
};

mkdirSync(new URL('icons/', out), { recursive: true });
writeFileSync(new URL('icon.png', out), image(1024));
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) writeFileSync(new URL(`icons/${size}x${size}.png`, out), image(size));
writeFileSync(new URL('icon.ico', out), ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: image(size) }))));
writeFileSync(
  new URL('icon.icns', out),
  icns([
    ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024],
    ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512],
  ].map(([type, size]) => ({ type, data: image(size) }))),
);
console.log('wrote build/icon.png, build/icon.ico, build/icon.icns and build/icons/*.png');
