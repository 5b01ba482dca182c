// Keeps a search index in step with the database and answers queries from it: reads the searched tables in pages,
// then re-reads only the records each committed write touched (Dexie's `storagemutated`, which reaches workers too).
import Dexie, { type IntervalTree, type ObservabilitySet, type Table } from 'dexie';
import { SearchIndex, type SearchDoc, type SearchGroup, type SearchKind } from '@shared/search/search-index';
import { accountDoc, briefDoc, contactDoc, evaluationDoc, memberDoc, pitchDoc, reportDoc } from '@shared/search/search-docs';
import type { RecordOf } from '@shared/model/tables';
import type { DeskDatabase } from '../../db/database';

/** What the palette asks: the latest query wins, `seq` tells answers apart. */
export type SearchRequest = { type: 'open'; database: string } | { type: 'search'; seq: number; query: string };
/** `version` grows whenever the index changes, so the palette asks its query again. */
export type SearchReply =
  | { type: 'status'; status: 'building' | 'ready'; version: number }
  | { type: 'results'; seq: number; query: string; groups: SearchGroup[] };

const tables = ['accounts', 'members', 'contacts', 'briefs', 'pitches', 'evaluations', 'reports'] as const;
type SearchedTable = (typeof tables)[number];
type Row = { id: string; deletedAt: string | null };

const kindOf: Record<SearchedTable, SearchKind> = {
  accounts: 'account', contacts: 'contact', briefs: 'brief', pitches: 'pitch', members: 'member', evaluations: 'evaluation', reports: 'report',
};

/** The tables whose documents show a brand or a member's name, and the field pointing at it. */
const showsBrand = [['contacts', 'accountId'], ['briefs', 'accountId'], ['pitches', 'accountId']] as const;
const showsName = [['evaluations', 'memberId']] as const;

/** Records read per transaction: large enough to read quickly, small enough that queries are answered in between. */
const PAGE = 1_000;
/** Writes come in bursts (autosave, a restore): those within a quarter of a second are applied together. */
const SETTLE_MS = 250;
/** Searched results per kind: what the palette shows. */
const LIMIT_PER_KIND = 8;

/** Which records of a table changed: some ids, or (a range, a bulk write, a clear) the whole table. */
type Changed = Set<string> | 'all';

/** Primary keys named by a mutated part, or null when it names a range (re-read the table). */
function keysOf(tree: IntervalTree): string[] | null {
  const keys: string[] = [];
  const walk = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (node.from !== node.to || typeof node.from !== 'string') return false;
    keys.push(node.from);
    return walk(node.l) && walk(node.r);
  };
  return walk(tree) ? keys : null;
}

export class SearchIndexer {
  private readonly index = new SearchIndex();
  private readonly brands = new Map<string, string>();
  private readonly names = new Map<string, string>();
  private readonly changed = new Map<SearchedTable, Changed>();
  private status: 'building' | 'ready' = 'building';
  private version = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private work: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly db: DeskDatabase,
    private readonly send: (reply: SearchReply) => void,
  ) {}

  /** Listens for writes first, so none is missed while the first build reads. */
  start(): void {
    Dexie.on.storagemutated.subscribe(this.onMutated);
    this.report();
    this.work = this.build().catch(() => undefined).then(() => {
      this.status = 'ready';
      this.schedule(0);
      this.report();
    });
  }

  stop(): void {
    this.stopped = true;
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
    if (this.timer) clearTimeout(this.timer);
  }

  answer(seq: number, query: string): void {
    this.send({ type: 'results', seq, query, groups: this.index.search(query, { limitPerKind: LIMIT_PER_KIND }) });
  }

  private report(): void {
    if (!this.stopped) this.send({ type: 'status', status: this.status, version: ++this.version });
  }

  private readonly onMutated = (parts: ObservabilitySet): void => {
    const prefix = `idb://${this.db.name}/`;
    for (const [part, tree] of Object.entries(parts)) {
      if (!part.startsWith(prefix)) continue;
      // `table/` names the primary keys written; `table/index` parts only repeat them.
      const [name, indexName] = part.slice(prefix.length).split('/');
      const table = tables.find((t) => t === name);
      if (!table || indexName !== '') continue;
      const keys = keysOf(tree);
      const known = this.changed.get(table);
      if (keys === null || known === 'all') this.changed.set(table, 'all');
      else this.changed.set(table, new Set([...(known ?? []), ...keys]));
    }
    if (this.status === 'ready') this.schedule(SETTLE_MS);
  };

  private schedule(delay: number): void {
    if (this.timer || this.changed.size === 0 || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.work = this.work.then(() => this.applyChanges()).catch(() => undefined);
    }, delay);
  }

  private table(name: SearchedTable): Table<Row, string> {
    return this.db.table(name) as Table<Row, string>;
  }

  /** The first build: every table in pages (accounts and members first: other documents show their names). */
  private async build(): Promise<void> {
    for (const name of tables) {
      await this.readAll(name);
      this.report();
    }
    this.index.prepare();
  }

  /** Re-reads a whole table: upserts what is there, removes what is gone. */
  private async readAll(name: SearchedTable): Promise<void> {
    const table = this.table(name);
    const pageAfter = (last: string | null) => (last === null ? table.orderBy(':id') : table.where(':id').above(last)).limit(PAGE).toArray();
    const seen = new Set<string>();
    let next: Promise<Row[]> | null = pageAfter(null);
    while (next && !this.stopped) {
      const page: Row[] = await next;
      // The next page is read while this one is indexed.
      next = page.length === PAGE ? pageAfter(page[page.length - 1]?.id ?? null) : null;
      for (const row of page) {
        if (row.deletedAt) continue;
        seen.add(row.id);
        this.upsert(name, row);
      }
    }
    const kind = kindOf[name];
    for (const id of this.index.ids(kind)) {
      if (!seen.has(id)) this.forget(name, id);
    }
  }

  private async readIds(name: SearchedTable, ids: readonly string[]): Promise<void> {
    const rows = await this.table(name).bulkGet([...ids]);
    ids.forEach((id, i) => {
      const row = rows[i];
      if (row && !row.deletedAt) this.upsert(name, row);
      else this.forget(name, id);
    });
  }

  /** Applies the writes gathered since the last time; a renamed account or member refreshes the documents showing it. */
  private async applyChanges(): Promise<void> {
    const changed = new Map(this.changed);
    this.changed.clear();
    if (changed.size === 0 || this.stopped) return;
    const oldBrands = new Map(this.brands);
    const oldNames = new Map(this.names);
    for (const name of tables) {
      const which = changed.get(name);
      if (which === 'all') {
        await this.readAll(name);
        this.index.prepare();
      }
      else if (which) await this.readIds(name, [...which]);
      // Accounts and members come first in `tables`: by now their names are current.
      const renamed = name === 'accounts' ? renamedIn(oldBrands, this.brands) : name === 'members' ? renamedIn(oldNames, this.names) : [];
      if (renamed.length === 0) continue;
      for (const [dependent, field] of name === 'accounts' ? showsBrand : showsName) {
        if (changed.get(dependent) === 'all') continue;
        const rows = await this.table(dependent).where(field).anyOf(renamed).toArray();
        for (const row of rows) if (!row.deletedAt) this.upsert(dependent, row);
      }
    }
    this.report();
  }

  private upsert(name: SearchedTable, row: Row): void {
    if (name === 'accounts') this.brands.set(row.id, (row as RecordOf<'accounts'>).brand);
    if (name === 'members') this.names.set(row.id, (row as RecordOf<'members'>).name);
    this.index.upsert(this.docOf(name, row));
  }

  private forget(name: SearchedTable, id: string): void {
    if (name === 'accounts') this.brands.delete(id);
    if (name === 'members') this.names.delete(id);
    this.index.remove(kindOf[name], id);
  }

  private docOf(name: SearchedTable, row: Row): SearchDoc {
    const brandOf = (id: string) => this.brands.get(id) ?? '';
    switch (name) {
      case 'accounts': return accountDoc(row as RecordOf<'accounts'>);
      case 'contacts': return contactDoc(row as RecordOf<'contacts'>, brandOf);
      case 'briefs': return briefDoc(row as RecordOf<'briefs'>, brandOf);
      case 'pitches': return pitchDoc(row as RecordOf<'pitches'>, brandOf);
      case 'members': return memberDoc(row as RecordOf<'members'>);
      case 'evaluations': return evaluationDoc(row as RecordOf<'evaluations'>, (id) => this.names.get(id) ?? '');
      case 'reports': return reportDoc(row as RecordOf<'reports'>);
    }
  }
}

/** Ids whose name differs between two maps (added, removed or renamed). */
function renamedIn(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const ids = new Set<string>();
  for (const [id, name] of after) if (before.get(id) !== name) ids.add(id);
  for (const id of before.keys()) if (!after.has(id)) ids.add(id);
  return [...ids];
}
