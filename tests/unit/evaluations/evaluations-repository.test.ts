// The evaluations repository: starting a quarter in one write, finalising only when scored, the lock on final
// evaluations, sharing with the member's comment, explicit reopening, and settings changes never reaching old evaluations.
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '@shared/model/framework';
import { planQuarterStart } from '@shared/metrics/evaluation-round';
import { makeEvaluation, makeMember } from '../../fixtures/factories';
import { freshDatabase } from '../db/fresh-database';

async function withMember() {
  const { repos } = freshDatabase();
  const member = await repos.members.save(makeMember({ name: '陈晓' }));
  if (!member.ok) throw new Error('member failed');
  return { repos, memberId: member.record.id };
}

const scored = defaultFramework.dimensions.map((d) => ({ key: d.key, score: 4, comment: '' }));

describe('evaluations repository', () => {
  it('starts a quarter with one write and finds each draft by member and quarter', async () => {
    const { repos } = freshDatabase();
    const saved = await repos.members.saveMany([makeMember({ name: '甲' }), makeMember({ name: '乙' })]);
    if (!saved.ok) throw new Error('members failed');
    const drafts = planQuarterStart({ quarter: '2026-Q4', members: saved.record, evaluations: [], framework: defaultFramework });
    const started = await repos.evaluations.startQuarter(drafts);
    expect(started.ok).toBe(true);
    expect(await repos.evaluations.listByQuarter('2026-Q4')).toHaveLength(2);
    const first = saved.record[0];
    expect((await repos.evaluations.findFor(first?.id ?? '', '2026-Q4'))?.status).toBe('draft');
    expect(await repos.evaluations.listByQuarters(['2026-Q3', '2026-Q4'])).toHaveLength(2);
    expect(await repos.evaluations.listQuarters()).toEqual(['2026-Q4']);
  });

  it('refuses to finalise with unscored dimensions, naming them, and finalises once every one is scored', async () => {
    const { repos, memberId } = await withMember();
    const draft = await repos.evaluations.save(makeEvaluation(memberId, { scores: [{ key: 'client', score: 5, comment: '' }] }));
    if (!draft.ok) throw new Error('draft failed');
    const refused = await repos.evaluations.finalise(draft.record.id);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues[0]).toMatchObject({ field: 'scores', code: 'unscored' });
    expect((await repos.evaluations.get(draft.record.id))?.status).toBe('draft');

    const done = await repos.evaluations.finalise(draft.record.id, { scores: scored, strengths: '提案有说服力' });
    expect(done.ok).toBe(true);
    const stored = await repos.evaluations.get(draft.record.id);
    expect(stored).toMatchObject({ status: 'final', strengths: '提案有说服力' });
    expect(stored?.finalisedAt).toMatch(/^\d{4}-/);
  });

  it('refuses every edit of a final evaluation, leaving it as it was', async () => {
    const { repos, memberId } = await withMember();
    const saved = await repos.evaluations.save(makeEvaluation(memberId, { status: 'final', finalisedAt: '2026-10-10T02:00:00.000Z' }));
    if (!saved.ok) throw new Error('save failed');
    const before = await repos.evaluations.get(saved.record.id);
    const edit = await repos.evaluations.save({ ...saved.record, strengths: '改了' });
    expect(edit.ok).toBe(false);
    if (!edit.ok) expect(edit.issues[0]?.code).toBe('immutable');
    const scores = await repos.evaluations.save({ ...saved.record, scores: scored.map((s) => ({ ...s, score: 1 })) });
    expect(scores.ok).toBe(false);
    // Reopening and editing in one step is refused as well: reopening is its own, explicit step.
    const sneaky = await repos.evaluations.save({ ...saved.record, status: 'draft', strengths: '改了' });
    expect(sneaky.ok).toBe(false);
    expect(await repos.evaluations.get(saved.record.id)).toEqual(before);
  });

  it('shares a final evaluation with the member\'s comment, and reopens it explicitly for editing', async () => {
    const { repos, memberId } = await withMember();
    const saved = await repos.evaluations.save(makeEvaluation(memberId, { status: 'final', finalisedAt: '2026-10-10T02:00:00.000Z' }));
    if (!saved.ok) throw new Error('save failed');
    const shared = await repos.evaluations.share(saved.record.id, '认同评价，下季度重点提升提案能力。');
    expect(shared.ok && shared.record).toMatchObject({ status: 'shared', memberComment: '认同评价，下季度重点提升提案能力。' });

    const reopened = await repos.evaluations.reopen(saved.record.id);
    expect(reopened.ok && reopened.record).toMatchObject({ status: 'draft', finalisedAt: null });
    const edited = await repos.evaluations.save({ ...(reopened.ok ? reopened.record : saved.record), strengths: '改了' });
    expect(edited.ok).toBe(true);
  });

  it('refuses to share a draft', async () => {
    const { repos, memberId } = await withMember();
    const saved = await repos.evaluations.save(makeEvaluation(memberId));
    if (!saved.ok) throw new Error('save failed');
    const result = await repos.evaluations.share(saved.record.id, '');
    expect(result.ok).toBe(false);
  });

  it('keeps each evaluation\'s own framework when the framework in settings changes', async () => {
    const { repos, memberId } = await withMember();
    const saved = await repos.evaluations.save(makeEvaluation(memberId));
    if (!saved.ok) throw new Error('save failed');
    const changed = {
      ...defaultFramework,
      dimensions: defaultFramework.dimensions.map((d) => ({ ...d, weight: d.key === 'client' ? 25 : d.key === 'delivery' ? 10 : d.weight })),
    };
    const settings = await repos.settings.save({ framework: changed });
    expect(settings.ok).toBe(true);
    expect((await repos.evaluations.get(saved.record.id))?.framework).toEqual(defaultFramework);
  });
});
