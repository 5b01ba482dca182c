// The trash as the page lists it: each record's name, and where it came from — deleted with another record, or
// belonging to an account or member that may itself be live or in the trash.
import { describe, expect, it } from 'vitest';
import { readTrashRows } from '../../../../renderer/features/trash/trash-rows';
import { makeSmallAgency } from '../../../fixtures/factories';
import { freshDatabase, seed } from '../../db/fresh-database';

async function arrange() {
  const { db, repos } = freshDatabase();
  const agency = makeSmallAgency();
  await seed(db, agency.tables);
  return { repos, agency };
}

describe('the trash list', () => {
  it('is empty when nothing was deleted', async () => {
    const { repos } = await arrange();
    expect(await readTrashRows(repos)).toEqual([]);
  });

  it('names a deleted contact and the live account it belongs to', async () => {
    const { repos, agency } = await arrange();
    await repos.trash.deleteWithDependents('contacts', agency.contact.id);
    const [row] = await readTrashRows(repos);
    expect(row).toMatchObject({
      table: 'contacts',
      name: { kind: 'text', text: agency.contact.name },
      deletedWith: null,
      belongsTo: { table: 'accounts', id: agency.account.id, name: agency.account.brand, deleted: false },
    });
  });

  it('lists an account first, then what went with it, each saying it was deleted with the account', async () => {
    const { repos, agency } = await arrange();
    await repos.trash.deleteWithDependents('accounts', agency.account.id);
    const rows = await readTrashRows(repos);
    expect(rows[0]).toMatchObject({ table: 'accounts', name: { kind: 'text', text: agency.account.brand }, deletedWith: null, belongsTo: null });
    expect(rows.slice(1).map((row) => row.table).sort()).toEqual(['assignments', 'briefVersions', 'briefs', 'contacts', 'interactions', 'invoices']);
    for (const row of rows.slice(1)) {
      // A brief version was deleted with its brief, the rest with the account.
      const parent = row.table === 'briefVersions' ? { table: 'briefs', name: agency.brief.title } : { table: 'accounts', name: agency.account.brand };
      expect(row.deletedWith, row.table).toMatchObject({ ...parent, deleted: true });
      expect(row.belongsTo).toBeNull();
    }
    expect(rows.find((row) => row.table === 'briefVersions')?.name).toEqual({ kind: 'version', title: agency.brief.title, number: agency.version.number });
    expect(rows.find((row) => row.table === 'assignments')?.name).toEqual({ kind: 'assignment', member: agency.manager.name, account: agency.account.brand });
  });

  it('says an evaluation belongs to a member, and lists the newest deletion first', async () => {
    const { repos, agency } = await arrange();
    await repos.trash.deleteWithDependents('contacts', agency.contact.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await repos.trash.deleteWithDependents('evaluations', agency.evaluation.id);
    const rows = await readTrashRows(repos);
    expect(rows.map((row) => row.table)).toEqual(['evaluations', 'contacts']);
    expect(rows[0]).toMatchObject({
      name: { kind: 'evaluation', member: agency.manager.name, quarter: agency.evaluation.quarter },
      belongsTo: { table: 'members', id: agency.manager.id, deleted: false },
    });
  });
});
