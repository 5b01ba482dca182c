// The indexer behind the palette: it reads the database itself, answers with only what is shown, and keeps up with writes.
import { afterEach, describe, expect, it } from 'vitest';
import { SearchIndexer, type SearchReply } from '../../../renderer/features/search/search-indexer';
import { freshDatabase, seed } from '../db/fresh-database';
import { makeAccount, makeBrief, makeEvaluation, makeMember } from '../../fixtures/factories';

type Found = { kind: string; title: string; subtitle: string; excerpt: string };
type Run = { replies: SearchReply[]; readies: () => number; applied: (write: () => Promise<unknown>) => Promise<void>; find: (query: string) => Found[] };

const running: SearchIndexer[] = [];
afterEach(() => {
  for (const indexer of running.splice(0)) indexer.stop();
});

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 15_000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Starts an indexer on a database, ready once this resolves. */
async function start(db: ReturnType<typeof freshDatabase>['db']): Promise<Run> {
  const replies: SearchReply[] = [];
  let seq = 0;
  const indexer = new SearchIndexer(db, (reply) => replies.push(reply));
  running.push(indexer);
  indexer.start();
  const readies = () => replies.filter((r) => r.type === 'status' && r.status === 'ready').length;
  /** Each write is applied on its own, once writes have settled, and reported with a new version. */
  const applied = async (write: () => Promise<unknown>) => {
    const before = readies();
    await write();
    await until(() => readies() > before);
  };
  const find = (query: string) => {
    indexer.answer(++seq, query);
    const reply = replies.findLast((r) => r.type === 'results');
    if (reply?.type !== 'results' || reply.seq !== seq) throw new Error('no answer');
    return reply.groups.flatMap((g) => g.hits.map((h) => ({ kind: g.kind, title: h.doc.title, subtitle: h.doc.subtitle, excerpt: h.excerpt })));
  };
  return { replies, readies, applied, find };
}

describe('search indexer', () => {
  it('reads every searched table, reports building then ready, and answers with what is shown (no bodies)', async () => {
    const { db } = freshDatabase();
    const account = makeAccount({ brand: '澜岸咖啡' });
    const member = makeMember({ name: '陈一鸣' });
    await seed(db, {
      accounts: [account],
      members: [member],
      briefs: [makeBrief(account.id, { title: '秋季简报', insight: '打工人需要一杯不将就的咖啡' })],
      evaluations: [makeEvaluation(member.id, { strengths: '提案节奏把控出色' })],
    });
    const run = await start(db);
    expect(run.replies[0]).toMatchObject({ type: 'status', status: 'building' });
    await until(() => run.readies() === 1);

    expect(run.find('不将就')).toEqual([{ kind: 'brief', title: '秋季简报', subtitle: expect.stringContaining('澜岸咖啡'), excerpt: expect.stringContaining('不将就') }]);
    expect(run.find('节奏把控').map((h) => h.title)).toEqual([expect.stringContaining('陈一鸣')]);
    const reply = run.replies.findLast((r) => r.type === 'results');
    const hit = reply?.type === 'results' ? reply.groups[0]?.hits[0] : undefined;
    expect(hit && 'body' in hit.doc).toBe(false);
  });

  it('keeps up with writes: a new record, an edit, a renamed account, the trash, a bulk write', async () => {
    const { db, repos } = freshDatabase();
    const account = makeAccount({ brand: '青岚茶饮' });
    const brief = makeBrief(account.id, { title: '春节焕新季' });
    await seed(db, { accounts: [account], briefs: [brief] });
    const run = await start(db);
    await until(() => run.readies() === 1);

    await run.applied(async () => expect((await repos.accounts.save({ ...makeAccount({ brand: '山泉时光' }), id: undefined })).ok).toBe(true));
    expect(run.find('泉时').map((h) => h.title)).toEqual(['山泉时光']);

    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest } = brief;
    await run.applied(() => repos.briefs.save({ ...rest, id: brief.id, title: '端午礼盒' }));
    expect(run.find('焕新')).toEqual([]);
    expect(run.find('礼盒').map((h) => h.title)).toEqual(['端午礼盒']);

    await run.applied(() => db.table('accounts').update(account.id, { brand: '青岚新茶' }));
    expect(run.find('新茶').map((h) => h.kind).sort()).toEqual(['account', 'brief']);

    await run.applied(() => repos.briefs.softDelete(brief.id));
    expect(run.find('礼盒')).toEqual([]);

    await run.applied(() => seed(db, { briefs: Array.from({ length: 60 }, (_, i) => makeBrief(account.id, { title: `批量简报${i}` })) }));
    expect(run.find('批量').length).toBe(8);
  });

  it('misses no write made while the first build is still reading', async () => {
    const { db } = freshDatabase();
    const account = makeAccount({ brand: '澜岸咖啡' });
    await seed(db, { accounts: [account], briefs: Array.from({ length: 2_500 }, (_, i) => makeBrief(account.id, { title: `简报${i}` })) });
    const run = await start(db);
    await db.table('accounts').update(account.id, { brand: '澜岸精品咖啡' });
    // Ready once the build ends, and again once the write is applied.
    await until(() => run.readies() === 2);
    expect(run.find('精品').map((h) => h.kind)).toContain('brief');
  });

  it('ignores writes to another database', async () => {
    const { db } = freshDatabase();
    const other = freshDatabase();
    await seed(db, { accounts: [makeAccount({ brand: '本家品牌' })] });
    const run = await start(db);
    await until(() => run.readies() === 1);
    await seed(other.db, { accounts: [makeAccount({ brand: '别家品牌' })] });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(run.readies()).toBe(1);
    expect(run.find('家品').map((h) => h.title)).toEqual(['本家品牌']);
  });
});
