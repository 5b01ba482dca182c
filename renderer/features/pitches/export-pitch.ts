// Exports a pitch's preparation pack or post-mortem as a Word document: the document code (and docx) load only when asked for.
import type { Language } from '@shared/model/common';
import { repos } from '../../db';
import { platform } from '../../platform/platform';
import { todayIso } from './pitch-actions';

export type PitchDocumentKind = 'pack' | 'post-mortem';
export type ExportOutcome = { ok: true; saved: boolean } | { ok: false; reason: string };

export async function exportPitchDocument(pitchId: string, kind: PitchDocumentKind, lang: Language): Promise<ExportOutcome> {
  try {
    const r = repos();
    const pitch = await r.pitches.get(pitchId);
    if (!pitch || pitch.deletedAt !== null) return { ok: false, reason: 'not-found' };
    const [account, members, settings, documents] = await Promise.all([
      r.accounts.get(pitch.accountId),
      r.members.list(),
      r.settings.get(),
      Promise.all([import('@shared/documents/pitch-pack'), import('@shared/documents/pitch-post-mortem'), import('@shared/documents/pack'), import('@shared/documents/file-name'), import('@shared/i18n/documents')]),
    ]);
    const [{ buildPitchPack }, { buildPitchPostMortem }, { packToBlob, DOCX_MIME }, { documentFileName }, { documentStrings }] = documents;
    const data = { pitch, account: account ?? null, members, today: todayIso() };
    const doc = kind === 'pack' ? buildPitchPack(data, settings, lang) : buildPitchPostMortem(data, settings, lang);
    const label = kind === 'pack' ? documentStrings(lang).exportFile.pitchPack : documentStrings(lang).exportFile.pitchPostMortem;
    const blob = await packToBlob(doc);
    const result = await platform.saveFile({
      defaultName: documentFileName([label, account?.brand ?? '', pitch.title]),
      mimeType: DOCX_MIME,
      filters: [{ name: 'Word', extensions: ['docx'] }],
      data: blob,
    });
    if (!result.ok) return { ok: false, reason: result.error.message };
    return { ok: true, saved: result.value.saved };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
