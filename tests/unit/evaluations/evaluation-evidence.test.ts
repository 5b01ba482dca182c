// Evidence for an evaluation: the quarter's briefs the member owned and pitches they owned or were on, with outcomes.
import { describe, expect, it } from 'vitest';
import { evaluationEvidence } from '@shared/metrics/evaluation-evidence';
import { makeAccount, makeBrief, makePitch } from '../../fixtures/factories';

describe('evaluation evidence', () => {
  const account = makeAccount({ brand: '青岚茶饮' });

  it('finds briefs owned by the member dated in the quarter by brief or presentation date', () => {
    const briefs = [
      makeBrief(account.id, { title: '春节', ownerId: 'me', briefDate: '2026-07-03', presentationDate: null }),
      makeBrief(account.id, { title: '中秋', ownerId: 'me', briefDate: '2026-06-20', presentationDate: '2026-07-10' }),
      makeBrief(account.id, { title: '去年', ownerId: 'me', briefDate: '2026-03-01', presentationDate: '2026-03-20' }),
      makeBrief(account.id, { title: '别人的', ownerId: 'other', briefDate: '2026-07-03' }),
      makeBrief(account.id, { title: '已删除', ownerId: 'me', briefDate: '2026-07-03', deletedAt: '2026-07-05T00:00:00.000Z' }),
    ];
    const evidence = evaluationEvidence('me', '2026-Q3', { briefs, pitches: [], accounts: [account] });
    expect(evidence.briefs.map((b) => [b.title, b.brand])).toEqual([['中秋', '青岚茶饮'], ['春节', '青岚茶饮']]);
  });

  it('finds pitches the member led or joined with a pitch date, round or decision in the quarter, with their outcome', () => {
    const pitches = [
      makePitch(account.id, { title: '领导的比稿', ownerId: 'me', pitchDate: '2026-08-12', stage: 'won' }),
      makePitch(account.id, {
        title: '参与的比稿', ownerId: 'other', team: [{ memberId: 'me', role: '策略支持' }], pitchDate: '2026-06-01', stage: 'lost',
        outcome: { result: 'lost', decidedOn: '2026-07-20', winningAgency: '某 4A', lostReason: '价格/预算', clientFeedback: '', whatWorked: '', whatDidNot: '', lessons: '' },
      }),
      makePitch(account.id, { title: '轮次在本季度', ownerId: 'other', team: [{ memberId: 'me', role: '' }], rounds: [{ id: 'r1', stage: 'chemistry', date: '2026-09-02', note: '' }], stage: 'chemistry' }),
      makePitch(account.id, { title: '不相关', ownerId: 'other', pitchDate: '2026-08-01' }),
      makePitch(account.id, { title: '别的季度', ownerId: 'me', pitchDate: '2026-10-01' }),
    ];
    const evidence = evaluationEvidence('me', '2026-Q3', { briefs: [], pitches, accounts: [account] });
    expect(evidence.pitches.map((p) => [p.title, p.date, p.role, p.stage, p.decided])).toEqual([
      ['参与的比稿', '2026-07-20', { kind: 'team', role: '策略支持' }, 'lost', true],
      ['领导的比稿', '2026-08-12', { kind: 'owner' }, 'won', true],
      ['轮次在本季度', '2026-09-02', { kind: 'team', role: '' }, 'chemistry', false],
    ]);
    expect(evidence.pitches[0]?.winningAgency).toBe('某 4A');
  });
});
