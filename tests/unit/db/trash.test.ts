// The trash: deleting takes dependents along in one transaction, restore brings them back, emptying leaves no dangling ids.
import { describe, expect, it, vi } from 'vitest';
import { parseBackup, serializeBackup } from '@shared/backup/format';
import { exportBackup } from '../../../renderer/db/backup';
import { makeAccount, makeBrief, makeBriefVersion, makeContact, makeInteraction, makeMember, makeSmallAgency } from '../../fixtures/factories';
import { freshDatabase, seed, snapshot } from './fresh-database';

async function arrange() {
  const { db, repos } = freshDatabase();
  const agency = makeSmallAgency();
  await seed(db, agency.tables);
  return { db, repos, agency };
}

describe('deleting with dependents', () => {
  it('tells what deleting an account would take with it', async () => {
    const { repos, agency } = await arrange();
    const dependents = await repos.trash.dependentsOf('accounts', agency.account.id);
    expect(dependents.cascade).toEqual({ contacts: 1, interactions: 1, invoices: 1, assignments: 1, briefs: 1, briefVersions: 1 });
    expect(dependents.clear).toEqual({});
    expect(dependents.total).toBe(6);
  });

  it('tells which records would lose a field when a member is deleted', async () => {
    const { repos, agency } = await arrange();
    const dependents = await repos.trash.dependentsOf('members', agency.director.id);
    expect(dependents.cascade).toEqual({});
    expect(dependents.clear).toEqual({ members: 1, interactions: 1, briefs: 1, pitches: 1, evaluations: 1 });
  });

  it('deleting an account moves its contacts, log, invoices, team, briefs and versions to the trash with it', async () => {
    const { db, repos, agency } = await arrange();
    const result = await repos.trash.deleteWithDependents('accounts', agency.account.id);
    if (!result.ok) throw new Error(result.code);
    expect(result.deleted).toEqual({ accounts: 1, contacts: 1, interactions: 1, invoices: 1, assignments: 1, briefs: 1, briefVersions: 1 });
    for (const [table, id] of [['accounts', agency.account.id], ['contacts', agency.contact.id], ['briefVersions', agency.version.id]] as const) {
      expect((await db.table(table).get(id)).deletedAt, table).toBe(result.deletedAt);
    }
    expect(await repos.contacts.listByAccount(agency.account.id)).toEqual([]);
    expect(await repos.accounts.get(agency.otherAccount.id)).toMatchObject({ deletedAt: null });
    // Members and the other account's pitch are untouched.
    expect(await repos.members.list()).toHaveLength(2);
    expect(await repos.pitches.list()).toHaveLength(1);
  });

  it('deleting a member empties every field that pointed at them, leaving no live record pointing at nothing', async () => {
    const { repos, agency } = await arrange();
    const result = await repos.trash.deleteWithDependents('members', agency.director.id);
    if (!result.ok) throw new Error(result.code);
    expect(result.cleared).toEqual({ members: 1, interactions: 1, briefs: 1, pitches: 1, evaluations: 1 });
    expect(await repos.members.get(agency.manager.id)).toMatchObject({ managerId: null });
    expect(await repos.interactions.get(agency.interaction.id)).toMatchObject({ memberIds: [agency.manager.id] });
    expect(await repos.briefs.get(agency.brief.id)).toMatchObject({ ownerId: null, strategistId: agency.manager.id });
    const pitch = await repos.pitches.get(agency.pitch.id);
    expect(pitch?.ownerId).toBeNull();
    // A team row is nothing without its member, so it goes; a panel row keeps its person and loses its cover.
    expect(pitch?.team).toEqual([{ memberId: agency.manager.id, role: '执行' }]);
    expect(pitch?.panel[0]).toMatchObject({ name: '王总', coveredByMemberId: null });
    expect(await repos.evaluations.get(agency.evaluation.id)).toMatchObject({ evaluatorId: null, deletedAt: null });
  });

  it('deleting a member takes their evaluations and assignments with them', async () => {
    const { repos, agency } = await arrange();
    const result = await repos.trash.deleteWithDependents('members', agency.manager.id);
    if (!result.ok) throw new Error(result.code);
    expect(result.deleted).toEqual({ members: 1, evaluations: 1, assignments: 1 });
    expect(result.cleared).toEqual({ interactions: 1, briefs: 1, pitches: 1, reports: 1 });
    expect((await repos.reports.get(agency.report.id))?.plan[0]).toMatchObject({ action: '提升回款率', ownerId: null });
    expect((await repos.pitches.get(agency.pitch.id))?.prepItems[0]).toMatchObject({ task: '竞品分析', ownerId: null });
  });

  it('softDelete on a repository goes through the trash with its dependents', async () => {
    const { repos, agency } = await arrange();
    const result = await repos.briefs.softDelete(agency.brief.id);
    expect(result).toMatchObject({ ok: true, deleted: { briefs: 1, briefVersions: 1 } });
    expect(await repos.briefVersions.listByBrief(agency.brief.id)).toEqual([]);
    expect(await repos.briefs.softDelete(agency.brief.id)).toEqual({ ok: false, code: 'already-deleted' });
    expect(await repos.briefs.softDelete('nope')).toEqual({ ok: false, code: 'not-found' });
  });

  it('a deletion that fails halfway changes nothing', async () => {
    const { db, repos, agency } = await arrange();
    const before = await snapshot(db);
    const spy = vi.spyOn(db.table('briefs'), 'put').mockRejectedValueOnce(new Error('disk gone'));
    await expect(repos.trash.deleteWithDependents('members', agency.director.id)).rejects.toThrow('disk gone');
    spy.mockRestore();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('restoring from the trash', () => {
  it('restoring an account brings back what was deleted with it, but not what was deleted before', async () => {
    const { repos, agency } = await arrange();
    const earlier = makeContact(agency.account.id);
    await repos.contacts.save(earlier);
    await repos.contacts.softDelete(earlier.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await repos.accounts.softDelete(agency.account.id);

    const result = await repos.trash.restore('accounts', agency.account.id);
    expect(result).toEqual({ ok: true, restored: { accounts: 1, contacts: 1, interactions: 1, invoices: 1, assignments: 1, briefs: 1, briefVersions: 1 }, reattached: 0 });
    expect((await repos.contacts.listByAccount(agency.account.id)).map((c) => c.id)).toEqual([agency.contact.id]);
    expect(await repos.contacts.get(earlier.id)).toMatchObject({ deletedAt: expect.any(String) });
    expect(await repos.briefVersions.listByBrief(agency.brief.id)).toHaveLength(1);
  });

  it('restoring a member puts back the fields their deletion emptied', async () => {
    const { db, repos, agency } = await arrange();
    const before = await snapshot(db);
    await repos.members.softDelete(agency.director.id);
    const result = await repos.members.restore(agency.director.id);
    expect(result).toMatchObject({ ok: true, restored: { members: 1 } });
    const after = await snapshot(db);
    // Everything is as it was, apart from change times.
    const strip = (tables: typeof before) => JSON.parse(JSON.stringify(tables, (key, value: unknown) => (key === 'updatedAt' ? undefined : value))) as unknown;
    expect(strip(after)).toEqual(strip(before));
  });

  it('a field filled again since the deletion is not overwritten on restore', async () => {
    const { repos, agency } = await arrange();
    await repos.members.softDelete(agency.director.id);
    await repos.briefs.save({ ...agency.brief, ownerId: agency.manager.id });
    await repos.members.restore(agency.director.id);
    expect(await repos.briefs.get(agency.brief.id)).toMatchObject({ ownerId: agency.manager.id });
    expect(await repos.members.get(agency.manager.id)).toMatchObject({ managerId: agency.director.id });
  });

  it('a contact of an account still in the trash cannot be restored on its own', async () => {
    const { repos, agency } = await arrange();
    await repos.accounts.softDelete(agency.account.id);
    const result = await repos.trash.restore('contacts', agency.contact.id);
    expect(result).toEqual({ ok: false, code: 'parent-deleted', parent: { table: 'accounts', id: agency.account.id } });
    expect(await repos.trash.restore('contacts', 'missing')).toEqual({ ok: false, code: 'not-found' });
    expect(await repos.trash.restore('accounts', agency.otherAccount.id)).toEqual({ ok: false, code: 'not-deleted' });
  });

  it('a dependent that also belongs to another record still in the trash stays there', async () => {
    const { repos, agency } = await arrange();
    await repos.members.softDelete(agency.manager.id); // takes the assignment
    await repos.accounts.softDelete(agency.account.id);
    await repos.members.restore(agency.manager.id);
    expect(await repos.assignments.get(agency.assignment.id)).toMatchObject({ deletedAt: expect.any(String) });
    await repos.accounts.restore(agency.account.id);
    expect(await repos.assignments.listByMember(agency.manager.id)).toHaveLength(0);
  });

  it('a restored record that points at a member deleted since loses that field until the member comes back', async () => {
    const { repos, agency } = await arrange();
    await repos.accounts.softDelete(agency.account.id);
    await repos.members.softDelete(agency.director.id);
    await repos.accounts.restore(agency.account.id);
    expect(await repos.briefs.get(agency.brief.id)).toMatchObject({ deletedAt: null, ownerId: null });
    await repos.members.restore(agency.director.id);
    expect(await repos.briefs.get(agency.brief.id)).toMatchObject({ ownerId: agency.director.id });
  });
});

describe('the trash list and emptying', () => {
  it('lists deleted records of every table, newest first, saying which deletion took them', async () => {
    const { repos, agency } = await arrange();
    await repos.trash.deleteWithDependents('pitches', agency.pitch.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await repos.trash.deleteWithDependents('briefs', agency.brief.id);
    const entries = await repos.trash.list();
    expect(entries.map((e) => [e.table, e.record.id, e.deletedWith])).toEqual([
      ['briefs', agency.brief.id, null],
      ['briefVersions', agency.version.id, { table: 'briefs', id: agency.brief.id }],
      ['pitches', agency.pitch.id, null],
    ]);
    const first = entries[0];
    if (first?.table === 'briefs') expect(first.record.title).toBe(agency.brief.title);
  });

  it('emptying the trash hard-deletes old deletions and keeps recent ones', async () => {
    const { db, repos } = freshDatabase();
    const old = makeAccount({ deletedAt: '2020-01-01T00:00:00.000Z' });
    const oldContact = makeContact(old.id, { deletedAt: '2020-01-01T00:00:00.000Z' });
    const recent = makeAccount();
    await seed(db, { accounts: [old, recent], contacts: [oldContact] });
    await repos.accounts.softDelete(recent.id);
    expect(await repos.trash.empty(30)).toEqual({ accounts: 1, contacts: 1 });
    expect(await db.table('accounts').count()).toBe(1);
    expect((await repos.trash.list()).map((e) => e.record.id)).toEqual([recent.id]);
    expect(await repos.trash.empty()).toEqual({ accounts: 1 });
    expect(await repos.trash.list()).toEqual([]);
  });

  it('after emptying, the database still makes a backup that restores (no record points at nothing)', async () => {
    const { db, repos, agency } = await arrange();
    // A brief deleted with its account still names the director; the director is then deleted and purged alone.
    const extraBrief = makeBrief(agency.otherAccount.id, { ownerId: agency.director.id });
    await seed(db, { briefs: [extraBrief], briefVersions: [makeBriefVersion(extraBrief)] });
    await repos.accounts.softDelete(agency.otherAccount.id);
    await repos.members.softDelete(agency.director.id);
    await db.table('members').update(agency.director.id, { deletedAt: '2020-01-01T00:00:00.000Z' });
    expect(await repos.trash.empty(30)).toEqual({ members: 1 });
    expect(await repos.briefs.get(extraBrief.id)).toMatchObject({ ownerId: null, deletedAt: expect.any(String) });
    const parsed = await parseBackup(serializeBackup(await exportBackup(db, 'test')));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('purging a record purges what cannot exist without it, wherever it is', async () => {
    const { db, repos } = freshDatabase();
    const member = makeMember();
    const account = makeAccount();
    const log = makeInteraction(account.id, { memberIds: [member.id] });
    await seed(db, { members: [member], accounts: [account], interactions: [log] });
    await repos.accounts.softDelete(account.id);
    expect(await repos.trash.empty()).toEqual({ accounts: 1, interactions: 1 });
    expect(await repos.members.get(member.id)).toMatchObject({ deletedAt: null });
  });
});
