// The package's core properties (docProps/core.xml) with the document language, which docx cannot write itself.
import type { Document } from 'docx';

export type CoreProperties = { title: string; subject: string; creator: string; language: string };

/** What `createDocument` said about each document, read back when it is packed. Weak, so documents still get collected. */
const registry = new WeakMap<Document, CoreProperties>();

export function rememberCoreProperties(doc: Document, properties: CoreProperties): void {
  registry.set(doc, properties);
}

const escapeXml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** W3CDTF wants seconds, not milliseconds, in the form Word itself writes. */
const w3cdtf = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * core.xml for a document made by `createDocument` (null for any other): title, subject, creator, last modified by,
 * language (`dc:language`), created and modified. Values were sanitised by `createDocument`.
 */
export function corePropertiesXml(doc: Document, at: Date = new Date()): string | null {
  const p = registry.get(doc);
  if (!p) return null;
  const when = w3cdtf(at);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(p.title)}</dc:title>` +
    `<dc:subject>${escapeXml(p.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(p.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(p.creator)}</cp:lastModifiedBy>` +
    `<dc:language>${escapeXml(p.language)}</dc:language>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
