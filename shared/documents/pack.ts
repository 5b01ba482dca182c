// Turns a built document into .docx bytes (Node, tests) or a Blob (the renderer), with our core properties.
import { Packer, type Document } from 'docx';
import { corePropertiesXml } from './core-properties';

/** The MIME type of a .docx file, for save dialogs and Blobs. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function overridesOf(doc: Document) {
  const core = corePropertiesXml(doc);
  return core === null ? [] : [{ path: 'docProps/core.xml', data: core }];
}

/** The .docx file as bytes: what the Node commands write to disk. */
export function packToBuffer(doc: Document): Promise<Uint8Array> {
  return Packer.pack(doc, 'uint8array', false, overridesOf(doc));
}

/** The .docx file as a Blob: what the renderer hands to the save dialog or a download. */
export function packToBlob(doc: Document): ReturnType<typeof Packer.toBlob> {
  return Packer.pack(doc, 'blob', false, overridesOf(doc));
}
