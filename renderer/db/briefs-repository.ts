// Creative briefs: per account, owner and status, and saving a brief together with a new immutable version.
import type { DeskDatabase } from './database';
import { newId, nowIso } from '@shared/model/common';
import { briefContentSchema, briefVersionSchema, type Brief, type BriefStatus, type BriefVersion } from '@shared/model/brief';
import { referenceScope, type StoredRecord } from './references';
import { Repository, storageIssue, type Draft, type FieldIssue, type SaveResult } from './repository';

export type VersionMeta = { author?: string; note?: string };

const byUpdatedDesc = (a: Brief, b: Brief) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

export class BriefsRepository extends Repository<'briefs'> {
  constructor(db: DeskDatabase) {
    super(db, 'briefs');
  }

  /** An account's briefs, most recently changed first. */
  async listByAccount(accountId: string): Promise<Brief[]> {
    return (await this.listBy('accountId', accountId)).sort(byUpdatedDesc);
  }

  async listByOwner(memberId: string): Promise<Brief[]> {
    return (await this.listBy('ownerId', memberId)).sort(byUpdatedDesc);
  }

  /** The `limit` live briefs changed last, newest first: a cursor over the updatedAt index that stops early. */
  async listRecent(limit: number): Promise<Brief[]> {
    return (await this.table.orderBy('updatedAt').reverse().filter((b) => !b.deletedAt).limit(limit).toArray()) as Brief[];
  }

  /** Live briefs presented between two days (YYYY-MM-DD, both included), from the presentationDate index. */
  async listPresentingBetween(from: string, to: string): Promise<Brief[]> {
    return (await this.table.where('presentationDate').between(from, to, true, true).toArray()).filter((b) => !b.deletedAt) as Brief[];
  }

  async listByStatus(...statuses: BriefStatus[]): Promise<Brief[]> {
    return (await this.listByAny('status', statuses)).sort(byUpdatedDesc);
  }

  /**
   * Saves the brief and, in the same transaction, a new version holding its content (number = the brief's
   * `currentVersion` + 1, which the brief then records). Either both are written or neither.
   */
  async saveVersion(draft: Draft<'briefs'>, meta: VersionMeta = {}): Promise<SaveResult<{ brief: Brief; version: BriefVersion }>> {
    const metaIssues: FieldIssue[] = [];
    for (const field of ['author', 'note'] as const) {
      const checked = briefVersionSchema.shape[field].safeParse(meta[field] ?? '');
      if (!checked.success) metaIssues.push(...checked.error.issues.map((i) => ({ field, code: i.code, message: i.message })));
    }
    if (metaIssues.length > 0) return { ok: false, issues: metaIssues };
    try {
      return await this.db.transaction('rw', [...referenceScope('briefs'), 'briefVersions'], async () => {
        const current = draft.id ? await this.table.get(draft.id) : undefined;
        const number = (typeof current?.currentVersion === 'number' ? current.currentVersion : 0) + 1;
        const saved = await this.save({ ...draft, currentVersion: number });
        if (!saved.ok) return saved;
        const at = nowIso();
        const version = briefVersionSchema.parse({
          id: newId(),
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
          briefId: saved.record.id,
          number,
          author: meta.author ?? '',
          note: meta.note ?? '',
          savedAt: at,
          content: briefContentSchema.parse(saved.record),
        });
        await this.db.table('briefVersions').put(version);
        return { ok: true as const, record: { brief: saved.record, version } };
      });
    } catch (error) {
      return { ok: false, issues: [storageIssue(error)] };
    }
  }
}

/** Brief versions are snapshots: written once, never edited (they leave only with their brief). */
export class BriefVersionsRepository extends Repository<'briefVersions'> {
  constructor(db: DeskDatabase) {
    super(db, 'briefVersions');
  }

  /** A brief's versions, oldest first. */
  async listByBrief(briefId: string): Promise<BriefVersion[]> {
    return (await this.listBy('briefId', briefId)).sort((a, b) => a.number - b.number);
  }

  async getByNumber(briefId: string, number: number): Promise<BriefVersion | undefined> {
    const rows = await this.table.where('[briefId+number]').equals([briefId, number]).filter((r) => !r.deletedAt).toArray();
    return rows[0] as BriefVersion | undefined;
  }

  protected override extraIssues(_candidate: StoredRecord, existing: StoredRecord | undefined): FieldIssue[] {
    return existing ? [{ field: 'id', code: 'immutable', message: 'A saved brief version cannot be changed.' }] : [];
  }
}
