// Repositories: every kind saves and reads back, invalid writes change nothing, batch writes are all or nothing.
import { describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { defaultSettings } from '@shared/model/settings';
import type { Draft } from '../../../renderer/db/repository';
import {
  makeAccount,
  makeAssignment,
  makeBrief,
  makeBriefTemplate,
  makeBriefVersion,
  makeContact,
  makeEvaluation,
  makeInteraction,
  makeInvoice,
  makeMember,
  makePitch,
  makeReport,
  makeSmallAgency,
} from '../../fixtures/factories';
import { freshDatabase, seed, snapshot } from './fresh-database';

describe('saving and reading each kind of record', () => {
  it('every repository stores a valid record and reads it back unchanged', async () => {
    const { repos } = freshDatabase();
    const account = await repos.accounts.save(makeAccount());
    const member = await repos.members.save(makeMember());
    if (!account.ok || !member.ok) throw new Error('setup failed');
    const accountId = account.record.id;
    const memberId = member.record.id;
    const briefSaved = await repos.briefs.save(makeBrief(accountId));
    if (!briefSaved.ok) throw new Error('brief failed');

    const cases = [
      ['contacts', () => repos.contacts.save(makeContact(accountId)), (id: string) => repos.contacts.get(id)],
      ['interactions', () => repos.interactions.save(makeInteraction(accountId)), (id: string) => repos.interactions.get(id)],
      ['invoices', () => repos.invoices.save(makeInvoice(accountId)), (id: string) => repos.invoices.get(id)],
      ['assignments', () => repos.assignments.save(makeAssignment(accountId, memberId)), (id: string) => repos.assignments.get(id)],
      ['briefTemplates', () => repos.briefTemplates.save(makeBriefTemplate()), (id: string) => repos.briefTemplates.get(id)],
      ['pitches', () => repos.pitches.save(makePitch(accountId, { ownerId: memberId })), (id: string) => repos.pitches.get(id)],
      ['evaluations', () => repos.evaluations.save(makeEvaluation(memberId)), (id: string) => repos.evaluations.get(id)],
      ['reports', () => repos.reports.save(makeReport()), (id: string) => repos.reports.get(id)],
    ] as const;

    expect(await repos.accounts.get(accountId)).toEqual(account.record);
    expect(await repos.members.get(memberId)).toEqual(member.record);
    expect(await repos.briefs.get(briefSaved.record.id)).toEqual(briefSaved.record);
    for (const [name, save, get] of cases) {
      const saved = await save();
      expect(saved.ok, name).toBe(true);
      if (!saved.ok) continue;
      expect(saved.record.deletedAt, name).toBeNull();
      expect(await get(saved.record.id), name).toEqual(saved.record);
    }
    const version = await repos.briefVersions.save(makeBriefVersion(briefSaved.record));
    if (!version.ok) throw new Error('version failed');
    expect(await repos.briefVersions.get(version.record.id)).toEqual(version.record);
  });

  it('a new record gets an id and timestamps; an update keeps its creation time', async () => {
    const { repos } = freshDatabase();
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = makeAccount();
    const created = await repos.accounts.save(fields);
    if (!created.ok) throw new Error('create failed');
    expect(created.record.id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = await repos.accounts.save({ id: created.record.id, brand: '新品牌名' });
    if (!updated.ok) throw new Error('update failed');
    expect(updated.record.brand).toBe('新品牌名');
    expect(updated.record.company).toBe(created.record.company);
    expect(updated.record.createdAt).toBe(created.record.createdAt);
    expect(updated.record.updatedAt > created.record.updatedAt).toBe(true);
  });
});

describe('refused writes', () => {
  it('a rejected invalid record leaves the table unchanged', async () => {
    const { db, repos } = freshDatabase();
    const agency = makeSmallAgency();
    await seed(db, agency.tables);
    const before = await snapshot(db);

    const emptyBrand = await repos.accounts.save({ ...makeAccount(), brand: '   ' });
    expect(emptyBrand).toMatchObject({ ok: false, issues: [{ field: 'brand' }] });

    const badUpdate = await repos.contacts.save({ id: agency.contact.id, accountId: agency.account.id, name: agency.contact.name, warmth: 9 });
    expect(badUpdate).toMatchObject({ ok: false, issues: [{ field: 'warmth' }] });

    const badNested = await repos.pitches.save({ ...agency.pitch, probability: 50, competitors: [{ id: 'c1', agency: '' }] });
    expect(badNested).toMatchObject({ ok: false, issues: [{ field: 'competitors.0.agency' }] });

    expect(await snapshot(db)).toEqual(before);
    expect(await db.table('accounts').count()).toBe(2);
  });

  it('a record pointing at a missing or trashed record is refused, naming the field', async () => {
    const { db, repos } = freshDatabase();
    const agency = makeSmallAgency();
    await seed(db, agency.tables);
    await repos.trash.deleteWithDependents('accounts', agency.otherAccount.id);
    const before = await snapshot(db);

    const missing = await repos.contacts.save(makeContact('no-such-account'));
    expect(missing).toMatchObject({ ok: false, issues: [{ field: 'accountId', code: 'reference' }] });
    const trashed = await repos.contacts.save(makeContact(agency.otherAccount.id));
    expect(trashed).toMatchObject({ ok: false, issues: [{ field: 'accountId', code: 'reference' }] });
    const nested = await repos.pitches.save(makePitch(agency.account.id, { team: [{ memberId: 'ghost', role: '' }] }));
    expect(nested).toMatchObject({ ok: false, issues: [{ field: 'team.memberId', code: 'reference' }] });

    expect(await snapshot(db)).toEqual(before);
  });

  it('saveMany writes every record or none', async () => {
    const { db, repos } = freshDatabase();
    const bad = await repos.accounts.saveMany([makeAccount(), makeAccount(), { ...makeAccount(), tier: 'Z' as 'A' }]);
    expect(bad).toMatchObject({ ok: false, issues: [{ field: '2.tier' }] });
    expect(await db.table('accounts').count()).toBe(0);

    const good = await repos.accounts.saveMany([makeAccount(), makeAccount(), makeAccount()]);
    expect(good.ok).toBe(true);
    expect(await db.table('accounts').count()).toBe(3);
  });

  it('saveMany accepts records that point at each other in the same batch', async () => {
    const { repos } = freshDatabase();
    const director = makeMember();
    const report = makeMember({ managerId: director.id });
    const saved = await repos.members.saveMany([report, director]);
    expect(saved.ok).toBe(true);
    expect((await repos.members.listReportsOf(director.id)).map((m) => m.id)).toEqual([report.id]);
  });

  it('a saved brief version cannot be changed', async () => {
    const { db, repos } = freshDatabase();
    const agency = makeSmallAgency();
    await seed(db, agency.tables);
    const result = await repos.briefVersions.save({ ...agency.version, note: '改过了' });
    expect(result).toMatchObject({ ok: false, issues: [{ field: 'id', code: 'immutable' }] });
    expect(await repos.briefVersions.get(agency.version.id)).toEqual(agency.version);
  });

  it('a write that hits the storage quota is reported as a value and changes nothing', async () => {
    const { db, repos } = freshDatabase();
    await repos.accounts.save(makeAccount());
    const before = await snapshot(db);
    const table = db.table('accounts');
    const spy = vi.spyOn(table, 'bulkPut').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    const direct = await repos.accounts.save(makeAccount());
    expect(direct).toMatchObject({ ok: false, issues: [{ code: 'quota' }] });

    spy.mockRejectedValueOnce(new Dexie.AbortError('Transaction aborted', new DOMException('quota', 'QuotaExceededError')));
    const wrapped = await repos.accounts.saveMany([makeAccount()]);
    expect(wrapped).toMatchObject({ ok: false, issues: [{ code: 'quota' }] });
    spy.mockRestore();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('reading by account, member and quarter', () => {
  it('per-account lists hold only that account’s live records', async () => {
    const { db, repos } = freshDatabase();
    const a = makeAccount();
    const b = makeAccount();
    const member = makeMember();
    const liveContact = makeContact(a.id);
    const deletedContact = makeContact(a.id, { deletedAt: '2026-01-01T00:00:00.000Z' });
    await seed(db, {
      accounts: [a, b],
      members: [member],
      contacts: [liveContact, deletedContact, makeContact(b.id)],
      interactions: [makeInteraction(a.id, { date: '2026-01-02' }), makeInteraction(a.id, { date: '2026-03-02' }), makeInteraction(b.id)],
      invoices: [makeInvoice(a.id), makeInvoice(b.id)],
      assignments: [makeAssignment(a.id, member.id), makeAssignment(b.id, member.id)],
      briefs: [makeBrief(a.id), makeBrief(b.id)],
      pitches: [makePitch(a.id), makePitch(b.id)],
    });
    expect((await repos.contacts.listByAccount(a.id)).map((c) => c.id)).toEqual([liveContact.id]);
    expect((await repos.interactions.listByAccount(a.id)).map((i) => i.date)).toEqual(['2026-03-02', '2026-01-02']);
    expect(await repos.invoices.listByAccount(a.id)).toHaveLength(1);
    expect(await repos.assignments.listByAccount(a.id)).toHaveLength(1);
    expect(await repos.assignments.listByMember(member.id)).toHaveLength(2);
    expect(await repos.assignments.find(b.id, member.id)).toMatchObject({ accountId: b.id, memberId: member.id });
    expect(await repos.briefs.listByAccount(a.id)).toHaveLength(1);
    expect(await repos.pitches.listByAccount(b.id)).toHaveLength(1);
  });

  it('evaluations are found by quarter, by member in quarter order, and for a member in a quarter', async () => {
    const { db, repos } = freshDatabase();
    const ann = makeMember();
    const bo = makeMember();
    await seed(db, {
      members: [ann, bo],
      evaluations: [makeEvaluation(ann.id, { quarter: '2026-Q2' }), makeEvaluation(ann.id, { quarter: '2025-Q4' }), makeEvaluation(bo.id, { quarter: '2026-Q2' })],
    });
    expect(await repos.evaluations.listByQuarter('2026-Q2')).toHaveLength(2);
    expect((await repos.evaluations.listByMember(ann.id)).map((e) => e.quarter)).toEqual(['2025-Q4', '2026-Q2']);
    expect(await repos.evaluations.findFor(bo.id, '2026-Q2')).toMatchObject({ memberId: bo.id });
    expect(await repos.evaluations.findFor(bo.id, '2025-Q4')).toBeUndefined();
  });

  it('the dashboard finds due follow-ups and invoices with money outstanding', async () => {
    const { db, repos } = freshDatabase();
    const a = makeAccount();
    const due = makeInteraction(a.id, { followUpOn: '2026-05-01' });
    await seed(db, {
      accounts: [a],
      interactions: [due, makeInteraction(a.id, { followUpOn: '2026-04-01', followUpDone: true }), makeInteraction(a.id, { followUpOn: '2026-07-01' })],
      invoices: [
        makeInvoice(a.id, { number: 'OPEN', amount: 100, dueOn: '2026-04-30' }),
        makeInvoice(a.id, { number: 'PAID', amount: 100, dueOn: '2026-04-30', receipts: [{ id: 'r', amount: 100, receivedOn: '2026-04-29', note: '' }] }),
        makeInvoice(a.id, { number: 'LATER', amount: 100, dueOn: '2026-09-30' }),
      ],
    });
    expect((await repos.interactions.listFollowUpsDue('2026-05-15')).map((i) => i.id)).toEqual([due.id]);
    expect((await repos.invoices.listOutstandingDueBy('2026-05-15')).map((i) => i.number)).toEqual(['OPEN']);
  });

  it('open pitches and briefs by status come from their indexes', async () => {
    const { db, repos } = freshDatabase();
    const a = makeAccount();
    await seed(db, {
      accounts: [a],
      pitches: [makePitch(a.id, { stage: 'final' }), makePitch(a.id, { stage: 'won' })],
      briefs: [makeBrief(a.id, { status: 'internal-review' }), makeBrief(a.id, { status: 'draft' })],
    });
    expect((await repos.pitches.listOpen()).map((p) => p.stage)).toEqual(['final']);
    expect((await repos.briefs.listByStatus('internal-review', 'approved')).map((b) => b.status)).toEqual(['internal-review']);
  });
});

describe('brief versions', () => {
  it('saving a version writes the brief and a numbered snapshot of its content together', async () => {
    const { db, repos } = freshDatabase();
    const a = makeAccount();
    await seed(db, { accounts: [a] });
    const { id: _id, ...draft } = makeBrief(a.id, { title: '初版标题' });
    const first = await repos.briefs.saveVersion(draft as Draft<'briefs'>, { author: '张总', note: '初稿' });
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    expect(first.record.brief.currentVersion).toBe(1);
    expect(first.record.version).toMatchObject({ number: 1, author: '张总', note: '初稿', content: { title: '初版标题' } });

    const second = await repos.briefs.saveVersion({ ...first.record.brief, title: '第二版标题' }, { note: '客户反馈后修改' });
    if (!second.ok) throw new Error('second failed');
    expect(second.record.brief.currentVersion).toBe(2);
    const versions = await repos.briefVersions.listByBrief(first.record.brief.id);
    expect(versions.map((v) => [v.number, v.content.title])).toEqual([[1, '初版标题'], [2, '第二版标题']]);
    expect(await repos.briefVersions.getByNumber(first.record.brief.id, 2)).toMatchObject({ note: '客户反馈后修改' });
  });

  it('an invalid brief saves neither the brief nor a version', async () => {
    const { db, repos } = freshDatabase();
    const a = makeAccount();
    const brief = makeBrief(a.id);
    await seed(db, { accounts: [a], briefs: [brief] });
    const before = await snapshot(db);
    const result = await repos.briefs.saveVersion({ ...brief, title: '' });
    expect(result).toMatchObject({ ok: false, issues: [{ field: 'title' }] });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('settings', () => {
  it('reads the defaults before anything is saved', async () => {
    const { repos } = freshDatabase();
    const settings = await repos.settings.get();
    const defaults = defaultSettings();
    expect({ ...settings, updatedAt: '' }).toEqual({ ...defaults, updatedAt: '' });
  });

  it('saves a patch over what is stored, keeping the rest of a nested group', async () => {
    const { repos } = freshDatabase();
    await repos.settings.save({ agency: { name: '示例广告', confidentiality: '机密' } });
    const saved = await repos.settings.save({ language: 'en', agency: { address: '上海' } });
    expect(saved.ok).toBe(true);
    const settings = await repos.settings.get();
    expect(settings.language).toBe('en');
    expect(settings.agency).toEqual({ name: '示例广告', logo: null, address: '上海', confidentiality: '机密' });
  });

  it('an invalid patch is refused and the stored settings stay as they were', async () => {
    const { repos } = freshDatabase();
    await repos.settings.save({ trashRetentionDays: 60 });
    const before = await repos.settings.get();
    const result = await repos.settings.save({ backupsToKeep: 0, trashRetentionDays: 90 });
    expect(result).toMatchObject({ ok: false, issues: [{ field: 'backupsToKeep' }] });
    expect(await repos.settings.get()).toEqual(before);
  });
});

describe('reads that spare the big tables', () => {
  it('counts live records without reading them, and leaves the trash out', async () => {
    const { repos } = freshDatabase();
    const account = await repos.accounts.save(makeAccount());
    if (!account.ok) throw new Error('setup failed');
    const saved = await repos.briefs.saveMany([makeBrief(account.record.id), makeBrief(account.record.id), makeBrief(account.record.id)]);
    if (!saved.ok) throw new Error('briefs failed');
    expect(await repos.briefs.countLive()).toBe(3);
    await repos.briefs.softDelete(saved.record[0]!.id);
    expect(await repos.briefs.countLive()).toBe(2);
    expect(await repos.briefs.countLive()).toBe((await repos.briefs.list()).length);
  });

  it('finds briefs presented between two days (both included) and the last changed ones, without the trash', async () => {
    const { repos } = freshDatabase();
    const account = await repos.accounts.save(makeAccount());
    if (!account.ok) throw new Error('setup failed');
    const on = (presentationDate: string | null) => makeBrief(account.record.id, { presentationDate });
    const saved = await repos.briefs.saveMany([on('2026-11-26'), on('2026-11-27'), on('2026-12-03'), on('2026-12-10'), on(null)]);
    if (!saved.ok) throw new Error('briefs failed');
    await repos.briefs.softDelete(saved.record[2]!.id);
    const between = await repos.briefs.listPresentingBetween('2026-11-27', '2026-12-10');
    expect(between.map((b) => b.presentationDate).sort()).toEqual(['2026-11-27', '2026-12-10']);
    const recent = await repos.briefs.listRecent(2);
    expect(recent).toHaveLength(2);
    expect(recent.every((b) => b.deletedAt === null)).toBe(true);
    expect(recent[0]!.updatedAt >= recent[1]!.updatedAt).toBe(true);
  });
});
