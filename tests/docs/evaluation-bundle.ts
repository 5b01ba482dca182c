// Evaluation data for document tests: the small sample agency (realistic: history, evidence, directors' input) and a
// hostile department whose every text field comes from the hostile corpus, with empty and extreme values elsewhere.
import { emptyTables, type BackupTables } from '@shared/backup/format';
import { accountSchema, briefSchema, evaluationSchema, memberSchema, pitchSchema, type Evaluation } from '@shared/model';
import type { Framework } from '@shared/model/framework';
import { generateSampleTables } from '@shared/sample/generate';
import { hostileAccountBundle, hostileList, hostileStrings } from '../fixtures/hostile';

/** The day the sample agency is dated around, fixed so quarters and trends are the same on every run. */
export const SAMPLE_TODAY = '2026-11-27';

export function realisticEvaluationTables(): BackupTables {
  return generateSampleTables({ scale: 'small', today: SAMPLE_TODAY });
}

/** The sample evaluation with the longest history and some evidence: the form every realistic check reads. */
export function richestEvaluation(tables: BackupTables): Evaluation {
  const counts = new Map<string, number>();
  for (const e of tables.evaluations) counts.set(e.memberId, (counts.get(e.memberId) ?? 0) + 1);
  const candidates = tables.evaluations
    .filter((e) => e.status !== 'draft' && e.kpis.length > 0 && tables.briefs.some((b) => b.ownerId === e.memberId))
    .sort((a, b) => (counts.get(b.memberId) ?? 0) - (counts.get(a.memberId) ?? 0) || (a.quarter < b.quarter ? 1 : -1));
  const found = candidates[0];
  if (!found) throw new Error('the sample agency has no evaluation with history and evidence');
  return found;
}

const at = '2026-07-05T09:00:00.000Z';
const base = (id: string) => ({ id, createdAt: at, updatedAt: at, deletedAt: null });
const short = (s: string) => s.slice(0, 500);
const nonBlank = (s: string) => (s.trim().length > 0 ? short(s) : `x${short(s)}`);
const pick = (i: number) => hostileList[i % hostileList.length] ?? '';

/** A framework whose names and descriptors are hostile; weights still total 100. */
export const hostileFramework: Framework = {
  name: short(hostileStrings.markup),
  dimensions: ['a', 'b', 'c', 'd'].map((key, i) => ({
    key,
    nameZh: nonBlank(pick(i)),
    nameEn: nonBlank(pick(i + 5)),
    description: short(pick(i + 9)),
    weight: [40, 30, 20, 10][i] ?? 0,
    descriptors: [0, 1, 2, 3, 4].map((level) => short(pick(i + level))),
  })),
};

export const HOSTILE_MEMBER_ID = 'm-hostile-evaluated';
export const HOSTILE_EVALUATION_ID = 'e-hostile-current';

export function hostileEvaluationTables(): BackupTables {
  const account = hostileAccountBundle();
  const tables = emptyTables();
  tables.settings = [account.settings];
  tables.accounts = [accountSchema.parse(account.account)];
  const member = memberSchema.parse({ ...base(HOSTILE_MEMBER_ID), name: nonBlank(hostileStrings.zwjSequences), nameEn: short(hostileStrings.rtl), level: 'AM', title: short(hostileStrings.markup) });
  const evaluator = memberSchema.parse({ ...base('m-hostile-evaluator'), name: nonBlank(hostileStrings.emoji), level: 'AD' });
  const blank = memberSchema.parse({ ...base('m-hostile-blank'), name: 'x', level: 'AE' });
  tables.members = [member, evaluator, blank];
  const previous = evaluationSchema.parse({
    ...base('e-hostile-previous'),
    memberId: member.id,
    quarter: '2026-Q2',
    status: 'shared',
    framework: hostileFramework,
    scores: hostileFramework.dimensions.map((d, i) => ({ key: d.key, score: (i % 5) + 1, comment: pick(i) })),
    goals: hostileList.slice(0, 6).map((text, i) => ({ id: `g-${i}`, text: `${i}${text}` })),
    finalisedAt: at,
  });
  const current = evaluationSchema.parse({
    ...base(HOSTILE_EVALUATION_ID),
    memberId: member.id,
    quarter: '2026-Q3',
    evaluatorId: evaluator.id,
    status: 'draft',
    framework: hostileFramework,
    // One dimension unscored: the score is provisional and says so.
    scores: [{ key: 'a', score: 5, comment: hostileStrings.longChinese }, { key: 'b', score: 1, comment: pick(3) }, { key: 'c', score: null, comment: '' }, { key: 'd', score: 3, comment: pick(7) }, { key: 'gone', score: 5, comment: pick(8) }],
    kpis: [
      { id: 'k-1', name: nonBlank(hostileStrings.markup), unit: short(hostileStrings.emoji), target: 1e12, actual: 3.5e12 },
      { id: 'k-2', name: nonBlank(hostileStrings.controlChars), unit: '%', target: null, actual: 95 },
      { id: 'k-3', name: nonBlank(hostileStrings.longWord), unit: '', target: 0, actual: 0 },
      { id: 'k-4', name: nonBlank(hostileStrings.rtl), unit: short(hostileStrings.nonCharacters), target: -5, actual: 2 },
    ],
    strategyInput: { name: short(hostileStrings.flags), score: 4, comment: hostileStrings.tabsAndNewlines },
    creativeInput: { name: '', score: null, comment: hostileStrings.whitespaceOnly },
    strengths: [hostileStrings.longChinese, ...hostileList].join('\n\n'),
    developmentAreas: hostileStrings.lineSeparators,
    goals: hostileList.slice(6, 12).map((text, i) => ({ id: `ng-${i}`, text: `${i}${text}` })),
    previousGoalsReview: previous.goals.map((g, i) => ({ goalId: g.id, text: g.text, result: (['achieved', 'partly', 'not', 'unreviewed'] as const)[i % 4], note: pick(i + 2) })),
    trainingPlan: hostileStrings.c1AndDel + hostileStrings.invisible,
    memberComment: hostileStrings.combining,
  });
  const untouched = evaluationSchema.parse({ ...base('e-hostile-blank'), memberId: blank.id, quarter: '2026-Q3', framework: hostileFramework });
  tables.evaluations = [previous, current, untouched];
  tables.briefs = [
    briefSchema.parse({ ...base('b-hostile'), accountId: account.account.id, ownerId: member.id, title: nonBlank(hostileStrings.markup + hostileStrings.emoji), status: 'client-approved', briefDate: '2026-07-02', presentationDate: '2026-07-20' }),
  ];
  tables.pitches = [
    pitchSchema.parse({
      ...base('p-hostile'), accountId: account.account.id, title: nonBlank(hostileStrings.windowsPath), ownerId: evaluator.id, stage: 'lost', pitchDate: '2026-08-18',
      team: [{ memberId: member.id, role: short(hostileStrings.quotesAndDashes) }],
      outcome: { result: 'lost', decidedOn: '2026-09-01', winningAgency: short(hostileStrings.rtl), lostReason: '', clientFeedback: '', whatWorked: '', whatDidNot: '', lessons: '' },
    }),
  ];
  return tables;
}
