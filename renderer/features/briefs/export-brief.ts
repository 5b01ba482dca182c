// Exports a brief (as it stands, or one version) as a Word document: the document code (and docx) load only when asked for.
import { format } from 'date-fns';
import type { Language } from '@shared/model/common';
import { contentOf, sameContent } from '@shared/metrics/brief-status';
import { repos } from '../../db';
import { platform } from '../../platform/platform';

export type ExportOutcome = { ok: true; saved: boolean } | { ok: false; reason: string };

/** `versionNumber` exports that version; without it, the brief as it stands (labelled with its version when unchanged since). */
export async function exportBrief(briefId: string, lang: Language, versionNumber?: number): Promise<ExportOutcome> {
  try {
    const r = repos();
    const brief = await r.briefs.get(briefId);
    if (!brief || brief.deletedAt) return { ok: false, reason: 'not-found' };
    const [account, named, template, versions, settings, documents] = await Promise.all([
      r.accounts.get(brief.accountId),
      // The document names the owner, strategist and creative lead: read those three, not the whole team.
      r.members.getMany([brief.ownerId, brief.strategistId, brief.creativeLeadId].filter((id): id is string => id !== null)),
      brief.templateId ? r.briefTemplates.get(brief.templateId) : Promise.resolve(undefined),
      r.briefVersions.listByBrief(brief.id),
      r.settings.get(),
      Promise.all([import('@shared/documents/brief'), import('@shared/documents/pack'), import('@shared/documents/file-name'), import('@shared/i18n/documents')]),
    ]);
    const [{ buildBriefDocument }, { packToBlob, DOCX_MIME }, { documentFileName }, { documentStrings }] = documents;
    const members = named.filter((m) => m.deletedAt === null);
    const chosen = versionNumber !== undefined ? versions.find((v) => v.number === versionNumber) : undefined;
    if (versionNumber !== undefined && !chosen) return { ok: false, reason: 'not-found' };
    const latest = versions.find((v) => v.number === brief.currentVersion);
    const content = chosen ? chosen.content : contentOf(brief);
    const version = chosen ?? (latest && sameContent(latest.content, brief) ? latest : null);
    const approved = brief.approvedVersion !== null ? (versions.find((v) => v.number === brief.approvedVersion) ?? null) : null;
    const doc = buildBriefDocument(
      {
        brief,
        content,
        version,
        account: account ?? null,
        members,
        template: template && !template.deletedAt ? template : null,
        approved,
        today: format(new Date(), 'yyyy-MM-dd'),
      },
      settings,
      lang,
    );
    const blob = await packToBlob(doc);
    const label = documentStrings(lang).brief.fileLabel;
    const parts = [label, account?.brand ?? '', content.title, ...(version ? [`v${version.number}`] : [])];
    const result = await platform.saveFile({
      defaultName: documentFileName(parts),
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
