// Every kind of Word document the app exports, in one list: batch export and the document tests walk it.
import type { Document } from 'docx';
import type { BackupTables } from '../backup/format';
import type { Language } from '../model/common';
import type { Settings } from '../model/settings';
import type { ChartSpec } from '../charts/chart-spec';
import { documentStrings } from '../i18n/documents';
import { accountProfiles, buildAccountProfile } from './account-profile';
import { briefDocuments, buildBriefDocument } from './brief';
import { documentFileName } from './file-name';
import { evaluationFormKind } from './evaluation-form';
import { pitchPackKind } from './pitch-pack';
import { pitchPostMortemKind } from './pitch-post-mortem';
import { teamQuarterSummaryKind } from './team-quarter-summary';
import { developmentReportKind } from './development-report';

export type ExportContext = {
  settings: Settings;
  lang: Language;
  today: string;
  /** Draws a chart as PNG bytes (the Node commands pass one built on resvg); without it, documents leave charts out. */
  renderChart?: (spec: ChartSpec) => Uint8Array | null;
};

/** One document to write: which record it is for, its file name, and how to build it (lazily, one at a time). */
export type DocumentJob = { kind: string; recordId: string; fileName: string; build: () => Document };

export type DocumentKind = {
  /** Stable key, e.g. `account-profile`. */
  key: string;
  /** The documents of this kind for every live record in the tables. */
  jobs(tables: BackupTables, context: ExportContext): DocumentJob[];
};

/** The first eight characters of a record id tell two same-named records' files apart. */
const shortId = (id: string) => id.replace(/-/g, '').slice(0, 8);

export const accountProfileKind: DocumentKind = {
  key: 'account-profile',
  jobs(tables, { settings, lang, today }) {
    const label = documentStrings(lang).exportFile.accountProfile;
    return accountProfiles(tables, today).map((data) => ({
      kind: 'account-profile',
      recordId: data.account.id,
      fileName: documentFileName([label, data.account.brand, shortId(data.account.id)]),
      build: () => buildAccountProfile(data, settings, lang),
    }));
  },
};

export const briefKind: DocumentKind = {
  key: 'brief',
  jobs(tables, { settings, lang, today }) {
    const label = documentStrings(lang).brief.fileLabel;
    return briefDocuments(tables, today).map((data) => ({
      kind: 'brief',
      recordId: data.brief.id,
      fileName: documentFileName([label, data.account?.brand ?? '', data.brief.title, shortId(data.brief.id)]),
      build: () => buildBriefDocument(data, settings, lang),
    }));
  },
};

/** Later document kinds (pitch pack, evaluation, report) add themselves here. */
export const documentKinds: readonly DocumentKind[] = [accountProfileKind, briefKind, evaluationFormKind, teamQuarterSummaryKind, pitchPackKind, pitchPostMortemKind, developmentReportKind];
