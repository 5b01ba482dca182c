// Safe file names for exported documents on Windows, macOS and Linux, whatever the user called the record.
import { clipText } from './sanitize';

/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * One part of a file name: XML-forbidden characters and every character Windows forbids (`<>:"/\|?*`, C0 controls,
 * DEL) become spaces, runs of spaces fold, dots and spaces at the ends go (Windows drops trailing ones silently),
 * and it is cut to `max` characters. Empty results become `fallback`.
 */
export function safeFileNamePart(input: string, max = 40, fallback = 'untitled'): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const replaced = clipText(input.replace(/[<>:"/\\|?*\u0000-\u001f\u007f\u2028\u2029]/g, ' '), 1000);
  let part = clipText(replaced, max).replace(/…$/, '');
  part = part.replace(/^[\s.]+|[\s.]+$/g, '');
  if (part.length === 0) return fallback;
  return RESERVED.test(part) ? `_${part}` : part;
}

/** A whole file name from parts joined with `-`, ending in `.docx`: `客户档案-青岚茶饮-3f2a9c1d.docx`. */
export function documentFileName(parts: readonly string[], extension = 'docx'): string {
  return `${parts.map((p) => safeFileNamePart(p)).join('-')}.${extension}`;
}
