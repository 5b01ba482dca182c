// The data layer's entry point: one repository per record kind plus the trash, for a database or the app's own.
import type { DeskDatabase } from './database';
import { AccountsRepository } from './accounts-repository';
import { AssignmentsRepository } from './assignments-repository';
import { BriefsRepository, BriefVersionsRepository } from './briefs-repository';
import { ContactsRepository } from './contacts-repository';
import { getDatabase } from './database';
import { EvaluationsRepository } from './evaluations-repository';
import { InteractionsRepository } from './interactions-repository';
import { InvoicesRepository } from './invoices-repository';
import { MembersRepository } from './members-repository';
import { PitchesRepository } from './pitches-repository';
import { Repository } from './repository';
import { SettingsRepository } from './settings-repository';
import { createTrash, type Trash } from './trash';

export type Repositories = {
  accounts: AccountsRepository;
  contacts: ContactsRepository;
  interactions: InteractionsRepository;
  invoices: InvoicesRepository;
  members: MembersRepository;
  assignments: AssignmentsRepository;
  briefs: BriefsRepository;
  briefVersions: BriefVersionsRepository;
  briefTemplates: Repository<'briefTemplates'>;
  pitches: PitchesRepository;
  evaluations: EvaluationsRepository;
  reports: Repository<'reports'>;
  settings: SettingsRepository;
  trash: Trash;
};

export function createRepositories(db: DeskDatabase): Repositories {
  return {
    accounts: new AccountsRepository(db),
    contacts: new ContactsRepository(db),
    interactions: new InteractionsRepository(db),
    invoices: new InvoicesRepository(db),
    members: new MembersRepository(db),
    assignments: new AssignmentsRepository(db),
    briefs: new BriefsRepository(db),
    briefVersions: new BriefVersionsRepository(db),
    briefTemplates: new Repository<'briefTemplates'>(db, 'briefTemplates'),
    pitches: new PitchesRepository(db),
    evaluations: new EvaluationsRepository(db),
    reports: new Repository<'reports'>(db, 'reports'),
    settings: new SettingsRepository(db),
    trash: createTrash(db),
  };
}

let appRepositories: Repositories | null = null;

/** The repositories of the app's database (`getDatabase()`), created on first use. */
export function repos(): Repositories {
  appRepositories ??= createRepositories(getDatabase());
  return appRepositories;
}

export { DATABASE_NAME, DeskDatabase, getDatabase, tableOf, type DeskTables } from './database';
export { Repository, issuesOf, type Draft, type FieldIssue, type SaveResult } from './repository';
export { createTrash, trashTables, type DeleteResult, type Dependents, type RestoreResult, type TableCounts, type Trash, type TrashEntry, type TrashTable } from './trash';
export { exportBackup, loadSampleTables, readAllTables, replaceDatabase, requestPersistentStorage, restoreBackup, type PersistenceResult, type RestoreBackupResult } from './backup';
export { isQuotaError } from './storage-errors';
export { AccountsRepository, AssignmentsRepository, BriefsRepository, BriefVersionsRepository, ContactsRepository, EvaluationsRepository };
export { InteractionsRepository, InvoicesRepository, MembersRepository, PitchesRepository, SettingsRepository };
export { outstandingOf } from './invoices-repository';
export type { SettingsPatch } from './settings-repository';
export type { VersionMeta } from './briefs-repository';
