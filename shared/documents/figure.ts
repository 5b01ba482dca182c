// A chart (or any PNG) placed in a document as a centred figure: sized from the image itself, with its alt text.
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { clipText } from './sanitize';
import { CONTENT_WIDTH } from './theme';

/** Pixel size of PNG bytes, read from the IHDR chunk; null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 && width <= 20_000 && height <= 20_000 ? { width, height } : null;
}

/** The text block's width in pixels at 96 to the inch (docx sizes images in pixels; 15 twips make a pixel). */
const CONTENT_WIDTH_PX = Math.floor(CONTENT_WIDTH / 15);

export type FigureOptions = {
  /** What the image shows (user text allowed: it is sanitised). */
  description: string;
  /** How many image pixels make one CSS pixel: charts are rendered at 2 for print. */
  scale?: number;
  maxHeight?: number;
};

/**
 * A centred paragraph holding the image at its CSS size (pixels ÷ scale), shrunk to the text width if wider; null
 * when there are no bytes or they are not a PNG, so a document never breaks on a chart that could not be drawn.
 */
export function figure(png: Uint8Array | null | undefined, options: FigureOptions): Paragraph | null {
  if (!png) return null;
  const size = pngSize(png);
  if (!size) return null;
  const scale = options.scale ?? 2;
  const natural = { width: size.width / scale, height: size.height / scale };
  const fit = Math.min(1, CONTENT_WIDTH_PX / natural.width, (options.maxHeight ?? 620) / natural.height);
  const description = clipText(options.description, 300);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // Single line spacing stated outright: the documents' 1.25 default makes LibreOffice clip an inline image to one line.
    spacing: { before: 80, after: 160, line: 240, lineRule: 'auto' },
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: Math.max(1, Math.round(natural.width * fit)), height: Math.max(1, Math.round(natural.height * fit)) },
        altText: { name: clipText(description, 60) || 'chart', description, title: clipText(description, 60) },
      }),
    ],
  });
}
