// What the delete dialog tells the user: the kinds that go to the trash with a record, and which fields elsewhere are emptied.
import { describe, expect, it } from 'vitest';
import { refineClearedFields, summariseDependents } from '../../../../renderer/components/delete/delete-summary';
import { makeSmallAgency } from '../../../fixtures/factories';
import { freshDatabase, seed } from '../../db/fresh-database';

async function arrange() {
  const { db, repos } = freshDatabase();
  const agency = makeSmallAgency();
  await seed(db, agency.tables);
  return { repos, agency };
}

describe('the delete summary', () => {
  it('lists what an account takes to the trash, in the order of the record kinds', async () => {
    const { repos, agency } = await arrange();
    const summary = summariseDependents('accounts', await repos.trash.dependentsOf('accounts', agency.account.id));
    expect(summary.cascade.map((line) => line.table)).toEqual(['contacts', 'interactions', 'invoices', 'assignments', 'briefs', 'briefVersions']);
    expect(summary.cascade.every((line) => line.count === 1)).toBe(true);
    expect(summary.clear).toEqual([]);
  });

  it('names the fields that deleting a member empties in each kind of record', async () => {
    const { repos, agency } = await arrange();
    const summary = summariseDependents('members', await repos.trash.dependentsOf('members', agency.director.id));
    const fieldsOf = Object.fromEntries(summary.clear.map((line) => [line.table, line.fields]));
    expect(fieldsOf.members).toEqual(['members_managerId']);
    expect(fieldsOf.briefs).toEqual(['briefs_ownerId', 'briefs_strategistId', 'briefs_creativeLeadId']);
    expect(fieldsOf.evaluations).toEqual(['evaluations_evaluatorId']);
    // A member is never the target of a template or a contact reference.
    expect(summary.clear.flatMap((line) => line.fields)).not.toContain('briefs_templateId');
    expect(summary.clear.flatMap((line) => line.fields)).not.toContain('interactions_contactIds');
  });

  it('says nothing goes along when a record has no dependents', () => {
    expect(summariseDependents('contacts', { cascade: {}, clear: {}, total: 0 })).toEqual({ cascade: [], clear: [] });
  });
});

describe('the fields named for a member', () => {
  it('names only the fields that really point at the member', async () => {
    const { repos, agency } = await arrange();
    const summary = summariseDependents('members', await repos.trash.dependentsOf('members', agency.director.id));
    const refined = await refineClearedFields(repos, 'members', agency.director.id, summary);
    const briefFields = refined.clear.find((line) => line.table === 'briefs')?.fields;
    const brief = await repos.briefs.get(agency.brief.id);
    const expected = [
      brief?.ownerId === agency.director.id ? 'briefs_ownerId' : null,
      brief?.strategistId === agency.director.id ? 'briefs_strategistId' : null,
      brief?.creativeLeadId === agency.director.id ? 'briefs_creativeLeadId' : null,
    ].filter((field) => field !== null);
    expect(expected.length).toBeGreaterThan(0);
    expect(briefFields).toEqual(expected);
    const pitchFields = refined.clear.find((line) => line.table === 'pitches')?.fields ?? [];
    const pitch = await repos.pitches.get(agency.pitch.id);
    expect(pitchFields.includes('pitches_ownerId')).toBe(pitch?.ownerId === agency.director.id);
    expect(pitchFields.includes('pitches_team_memberId')).toBe(pitch?.team.some((row) => row.memberId === agency.director.id));
  });
});
