// The pipeline's rows: every pitch with its account, owner and the figures the board and table show, read live, and
// the page's filters (type, stage, owner, year).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Account } from '@shared/model/account';
import type { Member } from '@shared/model/member';
import type { Pitch, PitchStage, PitchType } from '@shared/model/pitch';
import type { Settings } from '@shared/model/settings';
import { daysSinceActivity, isStalled, pitchWeightedValue, pitchYear } from '@shared/metrics/pitch-pipeline';
import { prepProgress, type PrepProgress } from '@shared/metrics/pitch-plan';
import { repos } from '../../db';

export type PitchRow = Pitch & {
  accountName: string;
  accountStatus: Account['status'] | null;
  ownerName: string;
  weighted: number;
  year: number;
  idleDays: number;
  stalled: boolean;
  prep: PrepProgress;
};

export type PipelineData = { rows: PitchRow[]; members: Member[]; accounts: Account[]; settings: Settings };

export function toRows(pitches: readonly Pitch[], accounts: readonly Account[], members: readonly Member[], today: string, staleDays: number): PitchRow[] {
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const memberNames = new Map(members.map((m) => [m.id, m.name]));
  return pitches.map((pitch) => {
    const account = accountById.get(pitch.accountId);
    return {
      ...pitch,
      accountName: account?.brand ?? '',
      accountStatus: account?.status ?? null,
      ownerName: pitch.ownerId ? (memberNames.get(pitch.ownerId) ?? '') : '',
      weighted: pitchWeightedValue(pitch),
      year: pitchYear(pitch),
      idleDays: daysSinceActivity(pitch, today),
      stalled: isStalled(pitch, today, staleDays),
      prep: prepProgress(pitch.prepItems, today),
    };
  });
}

/** Every live pitch as a row, re-read when pitches, accounts, members or settings change; `undefined` while loading. */
export function usePipeline(today: string): PipelineData | undefined {
  return useLiveQuery(async () => {
    const r = repos();
    const [pitches, accounts, members, settings] = await Promise.all([r.pitches.list(), r.accounts.list(), r.members.list(), r.settings.get()]);
    return { rows: toRows(pitches, accounts, members, today, settings.pitchStaleDays), members, accounts, settings };
  }, [today]);
}

export type PipelineFilters = { type: PitchType | ''; stage: PitchStage | ''; owner: string; year: string };
export const noFilters: PipelineFilters = { type: '', stage: '', owner: '', year: '' };

export function applyFilters(rows: readonly PitchRow[], filters: PipelineFilters, options: { ignoreStage?: boolean } = {}): PitchRow[] {
  return rows.filter(
    (row) =>
      (filters.type === '' || row.type === filters.type) &&
      (options.ignoreStage || filters.stage === '' || row.stage === filters.stage) &&
      (filters.owner === '' || row.ownerId === filters.owner) &&
      (filters.year === '' || String(row.year) === filters.year),
  );
}
