// Opens a .docx (a zip) and returns its XML parts as text, to check what Word will read. fflate is docx's own zip library.
import { strFromU8, unzipSync } from 'fflate';

export function docxParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  const parts = new Map<string, string>();
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith('.xml') || path.endsWith('.rels')) parts.set(path, strFromU8(data));
  }
  return parts;
}

/** The names of every file in the package, XML or not (media included). */
export function docxFileNames(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes));
}

/** The visible text of a WordprocessingML part: every `w:t`, unescaped, runs joined, paragraphs on their own lines. */
export function partText(xml: string): string {
  const unescape = (s: string) =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return xml
    .split(/<\/w:p>/)
    .map((p) => Array.from(p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), (m) => unescape(m[1] ?? '')).join(''))
    .join('\n');
}
