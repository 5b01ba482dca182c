// Live reads through the repositories: a whole list of one kind of record, and the settings.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '@shared/model/settings';
import type { RecordOf } from '@shared/model/tables';
import { repos, type Repositories } from '../../db';

type ListTable = Exclude<keyof Repositories, 'settings' | 'trash' | 'briefVersions'>;
type ListRecord<T extends ListTable> = T extends 'briefTemplates' ? RecordOf<'briefTemplates'> : RecordOf<T>;

/** Every live record of a kind, re-read when the table changes; `undefined` while loading. */
export function useRecords<T extends ListTable>(table: T): ListRecord<T>[] | undefined {
  return useLiveQuery(async () => (await repos()[table].list()) as ListRecord<T>[], [table]);
}

/** The settings record (defaults until the user saves any); `undefined` while loading. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => repos().settings.get(), []);
}
