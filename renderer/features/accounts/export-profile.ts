// Exports an account's profile as a Word document: the document code (and docx) load only when asked for.
import { format } from 'date-fns';
import type { Language } from '@shared/model/common';
import { revisionCandidates } from '@shared/metrics/account-figures';
import { repos } from '../../db';
import { platform } from '../../platform/platform';

export type ExportOutcome = { ok: true; saved: boolean } | { ok: false; reason: string };

export async function exportAccountProfile(accountId: string, lang: Language): Promise<ExportOutcome> {
  try {
    const r = repos();
    const account = await r.accounts.get(accountId);
    if (!account) return { ok: false, reason: 'not-found' };
    const [contacts, interactions, invoices, assignments, members, briefs, pitches, settings, documents] = await Promise.all([
      r.contacts.listBy('accountId', accountId),
      r.interactions.listBy('accountId', accountId),
      r.invoices.listBy('accountId', accountId),
      r.assignments.listBy('accountId', accountId),
      r.members.list(),
      r.briefs.listBy('accountId', accountId),
      r.pitches.listBy('accountId', accountId),
      r.settings.get(),
      Promise.all([import('@shared/documents/account-profile'), import('@shared/documents/pack'), import('@shared/documents/file-name'), import('@shared/i18n/documents')]),
    ]);
    const [{ buildAccountProfile }, { packToBlob, DOCX_MIME }, { documentFileName }, { documentStrings }] = documents;
    const today = format(new Date(), 'yyyy-MM-dd');
    // Health in the document must match the page: the same recent brief versions feed the revision rule.
    const candidates = revisionCandidates(briefs, today);
    const briefVersions = candidates.length > 0 ? await r.briefVersions.listByAny('briefId', candidates.map((b) => b.id)) : [];
    const doc = buildAccountProfile({ account, contacts, interactions, invoices, assignments, members, briefs, pitches, briefVersions, today }, settings, lang);
    const blob = await packToBlob(doc);
    const result = await platform.saveFile({
      defaultName: documentFileName([documentStrings(lang).exportFile.accountProfile, account.brand]),
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
