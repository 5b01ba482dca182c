// A brief's life through the repositories: presets seeded once, a draft saved, versions, approval, an edit that needs approval again, restore.
import { describe, expect, it } from 'vitest';
import { PRESET_TEMPLATE_IDS } from '@shared/model/brief-presets';
import { applyApproval, approvalState, contentOf, hasUnsavedChanges, restoreVersionPatch, statusAfterEdit } from '@shared/metrics/brief-status';
import { diffBriefContent } from '@shared/metrics/brief-diff';
import { briefDocuments } from '@shared/documents/brief';
import { ensurePresetTemplates } from '../../../renderer/features/briefs/templates';
import type { Brief } from '@shared/model/brief';
import type { Draft } from '../../../renderer/db';
import { freshDatabase, snapshot } from '../db/fresh-database';
import { makeAccount, makeMember } from '../../fixtures/factories';

const draftOf = (brief: Brief): Draft<'briefs'> & { id: string } => {
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest } = brief;
  return rest;
};

async function setUp() {
  const { db, repos } = freshDatabase();
  const account = await repos.accounts.save(makeAccount({ brand: '青岚茶饮' }));
  const strategist = await repos.members.save(makeMember({ name: '何静', level: 'SD' }));
  if (!account.ok || !strategist.ok) throw new Error('arrange failed');
  return { db, repos, accountId: account.record.id, strategistId: strategist.record.id };
}

describe('preset templates in the database', () => {
  it('are seeded once, never duplicated, and come back if missing', async () => {
    const { db, repos } = await setUp();
    await Promise.all([ensurePresetTemplates(repos), ensurePresetTemplates(repos)]);
    await ensurePresetTemplates(repos);
    let templates = await repos.briefTemplates.list();
    expect(templates.map((t) => t.id).sort()).toEqual(Object.values(PRESET_TEMPLATE_IDS).sort());
    await db.table('briefTemplates').delete(PRESET_TEMPLATE_IDS.doBrief);
    await ensurePresetTemplates(repos);
    templates = await repos.briefTemplates.list();
    expect(templates).toHaveLength(3);
  });
});

describe('a brief from draft to client approval and back', () => {
  it('drafts, saves versions, is approved, needs approval again after an edit, and restores an old version as a draft', async () => {
    const { db, repos, accountId, strategistId } = await setUp();
    await ensurePresetTemplates(repos);

    // A new brief from the classic preset, typed and saved as a draft (what autosave does).
    const created = await repos.briefs.save({ accountId, title: '2026 夏季新品上市｜创意简报', templateId: PRESET_TEMPLATE_IDS.classic, strategistId });
    if (!created.ok) throw new Error(JSON.stringify(created.issues));
    const typed = await repos.briefs.save({ ...draftOf(created.record), proposition: '夏天的第一口清爽。', reasonsToBelieve: ['冷链到店', '三分糖', '自有茶园'] });
    if (!typed.ok) throw new Error('autosave failed');
    expect(typed.record.currentVersion).toBe(0);

    // Version 1, then an approval of it by the strategy director.
    const v1 = await repos.briefs.saveVersion(draftOf(typed.record), { author: '李明', note: '初稿' });
    if (!v1.ok) throw new Error('version failed');
    expect(v1.record.version.number).toBe(1);
    expect(hasUnsavedChanges(v1.record.brief, v1.record.version)).toBe(false);
    const approved = applyApproval(v1.record.brief, { id: 'a1', versionNumber: 1, name: '何静', role: 'strategy-director', approvedOn: '2026-03-05', comment: '同意' }, false);
    if (!approved.ok) throw new Error('approval refused');
    const afterApproval = await repos.briefs.save({ ...draftOf(v1.record.brief), ...approved.patch });
    if (!afterApproval.ok) throw new Error('save failed');
    expect(afterApproval.record).toMatchObject({ status: 'approved', approvedVersion: 1 });

    // An edit to the approved brief takes it back to draft; version 2 needs approval again.
    const edited = await repos.briefs.save({ ...draftOf(afterApproval.record), proposition: '山野里摘来的清爽。', status: statusAfterEdit(afterApproval.record.status) });
    if (!edited.ok) throw new Error('edit failed');
    expect(approvalState(edited.record)).toEqual({ kind: 'needs-reapproval', version: 1 });
    const v2 = await repos.briefs.saveVersion(draftOf(edited.record), { author: '何静', note: '单一诉求改写' });
    if (!v2.ok) throw new Error('version 2 failed');
    expect(v2.record.brief).toMatchObject({ currentVersion: 2, approvedVersion: 1, status: 'draft' });

    // Comparing 1 and 2 shows the proposition changed, word by word.
    const versions = await repos.briefVersions.listByBrief(v2.record.brief.id);
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    const changes = diffBriefContent(versions[0]!.content, versions[1]!.content, 'zh-CN');
    expect(changes.map((c) => c.field)).toEqual(['proposition']);

    // Restoring version 1 makes it the draft; history is untouched, and the next version will be 3.
    const restored = await repos.briefs.save({ ...draftOf(v2.record.brief), ...restoreVersionPatch(v2.record.brief, versions[0]!) });
    if (!restored.ok) throw new Error('restore failed');
    expect(restored.record.proposition).toBe('夏天的第一口清爽。');
    expect(contentOf(restored.record)).toEqual(versions[0]!.content);
    expect(await repos.briefVersions.listByBrief(restored.record.id)).toEqual(versions);
    const v3 = await repos.briefs.saveVersion(draftOf(restored.record), { note: '恢复第 1 版' });
    expect(v3.ok && v3.record.version.number).toBe(3);

    // Versions can never be edited through the repository.
    const tamper = await repos.briefVersions.save({ ...versions[0]!, note: '改过了' });
    expect(tamper.ok).toBe(false);

    // The document data labels the brief with its version once nothing changed since.
    const tables = await snapshot(db);
    const [data] = briefDocuments(tables, '2026-03-09');
    expect(data?.version?.number).toBe(3);
    expect(data?.approved?.number).toBe(1);
  });
});
