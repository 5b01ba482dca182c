// Every kind of Word document the app exports, in one list: batch export and the document tests walk it.
import type { Document } from 'docx';
import type { BackupTables } from '../backup/format';
import type { Language } from '../model/common';
import type { Settings } from '../model/settings';
import { documentStrings } from '../i18n/documents';
import { accountProfiles, buildAccountProfile } from './account-profile';
import { documentFileName } from './file-name';

export type ExportContext = { settings: Settings; lang: Language; today: string };

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

/** Later document kinds (brief, pitch pack, evaluation, report) add themselves here. */
export const documentKinds: readonly DocumentKind[] = [accountProfileKind];
