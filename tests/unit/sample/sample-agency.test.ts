// The small sample agency a new user loads on first run: valid, complete, deterministic and full of things to act on this week.
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, serializeBackup } from '@shared/backup/format';
import { briefStatuses } from '@shared/model/brief';
import { pitchStages, pitchTypes } from '@shared/model/pitch';
import { DEFAULT_SAMPLE_SEED, PRESET_TEMPLATE_IDS, generateSampleTables } from '@shared/sample/generate';
import { dayOf, isoDate, localToday, quarterKey, quarterOfDay, shiftQuarter } from '@shared/sample/days';
import { hasChinese, inconsistencies, leftoverSlots } from './sample-checks';

const TODAY = '2026-03-18';
const small = generateSampleTables({ scale: 'small', seed: 42, today: TODAY });
const inWeek = (iso: string | null) => iso !== null && iso >= TODAY && iso <= isoDate(dayOf(TODAY) + 6);

describe('small sample agency', () => {
  it('is accepted by restore: every record valid and every reference resolved', async () => {
    const text = serializeBackup(await createBackup(small, { appVersion: '0.0.0-test' }));
    const parsed = await parseBackup(text);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('reads like a Shanghai 4A department of the promised size', () => {
    expect(small.accounts).toHaveLength(12);
    expect(small.members).toHaveLength(16);
    expect(small.contacts).toHaveLength(45);
    expect(small.interactions).toHaveLength(120);
    expect(small.invoices).toHaveLength(60);
    expect(small.briefs).toHaveLength(30);
    expect(small.pitches).toHaveLength(20);
    expect(small.reports).toHaveLength(2);
    expect(new Set(small.accounts.map((a) => a.status))).toEqual(new Set(['active', 'prospect', 'paused', 'lost']));
    expect(new Set(small.accounts.map((a) => a.tier))).toEqual(new Set(['A', 'B', 'C']));
    expect(small.accounts.map((a) => a.brand)).toContain('青岚茶饮');
    expect(small.members.every((m) => hasChinese(m.name) && /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(m.nameEn))).toBe(true);
    expect(small.contacts.every((c) => c.title !== '' && hasChinese(c.name))).toBe(true);
    expect(small.settings[0]?.agency).toMatchObject({ name: '灵犀广告（上海）有限公司', confidentiality: '机密文件 · 仅供客户内部使用' });
    expect(small.briefTemplates.filter((t) => t.preset).map((t) => t.id).sort()).toEqual(Object.values(PRESET_TEMPLATE_IDS).sort());
  });

  it('holds together: versions, approvals, money, reporting lines and times agree', () => {
    expect(inconsistencies(small, TODAY)).toEqual([]);
  });

  it('is the same agency for the same seed and a different one for another seed', () => {
    const again = generateSampleTables({ scale: 'small', seed: 42, today: TODAY });
    expect(JSON.stringify(again)).toBe(JSON.stringify(small));
    const other = generateSampleTables({ scale: 'small', seed: 43, today: TODAY });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(small));
    expect(generateSampleTables({ scale: 'small', today: TODAY }).accounts[0]?.id).toBe(generateSampleTables({ scale: 'small', seed: DEFAULT_SAMPLE_SEED, today: TODAY }).accounts[0]?.id);
  });

  it('ids are UUID v4 shaped and never repeat', () => {
    const ids = Object.values(small).flatMap((rows: { id: string }[]) => rows.map((r) => r.id)).filter((id) => id !== 'app');
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the dashboard something to act on in the coming week', () => {
    const openRounds = small.pitches.filter((p) => !p.outcome).flatMap((p) => p.rounds.map((r) => r.date));
    expect(openRounds.filter(inWeek).length).toBeGreaterThanOrEqual(2);
    expect(small.pitches.some((p) => !p.outcome && p.prepItems.some((i) => !i.done && inWeek(i.dueOn)))).toBe(true);
    expect(small.interactions.filter((i) => !i.followUpDone && inWeek(i.followUpOn)).length).toBeGreaterThanOrEqual(2);
    expect(small.interactions.filter((i) => !i.followUpDone && i.followUpOn !== null && i.followUpOn < TODAY).length).toBeGreaterThanOrEqual(2);
    expect(small.invoices.some((i) => inWeek(i.dueOn) && i.receipts.reduce((s, r) => s + r.amount, 0) < i.amount)).toBe(true);
    expect(small.invoices.some((i) => i.dueOn < TODAY && i.receipts.reduce((s, r) => s + r.amount, 0) < i.amount)).toBe(true);
    expect(small.briefs.filter((b) => ['draft', 'internal-review', 'approved'].includes(b.status) && inWeek(b.presentationDate)).length).toBeGreaterThanOrEqual(2);
    expect(small.briefs.filter((b) => b.status === 'internal-review').length).toBeGreaterThanOrEqual(2);
    const staleBefore = `${isoDate(dayOf(TODAY) - 21)}T00:00:00.000Z`;
    expect(small.pitches.some((p) => !p.outcome && p.lastActivityAt !== null && p.lastActivityAt < staleBefore)).toBe(true);
  });

  it('evaluates the account team for each of the last four quarters', () => {
    const current = quarterOfDay(dayOf(TODAY));
    const last4 = [1, 2, 3, 4].map((n) => quarterKey(shiftQuarter(current, -n)));
    for (const quarter of last4) expect(small.evaluations.filter((e) => e.quarter === quarter).length).toBeGreaterThanOrEqual(8);
    expect(small.evaluations.some((e) => e.quarter === last4[0] && e.status === 'draft')).toBe(true);
    expect(small.evaluations.every((e) => e.scores.every((s) => s.score !== null) && e.kpis.length > 0 && e.goals.length > 0)).toBe(true);
  });

  it('covers every brief status, pitch stage and pitch type', () => {
    expect(new Set(small.briefs.map((b) => b.status))).toEqual(new Set(briefStatuses));
    expect(new Set(small.pitches.map((p) => p.stage))).toEqual(new Set(pitchStages));
    expect(new Set(small.pitches.map((p) => p.type))).toEqual(new Set(pitchTypes));
    const versionCounts = small.briefs.map((b) => b.currentVersion);
    expect(Math.min(...versionCounts)).toBe(1);
    expect(Math.max(...versionCounts)).toBe(4);
    expect(small.pitches.filter((p) => p.outcome?.result === 'lost').every((p) => p.outcome?.lostReason !== '')).toBe(true);
    expect(small.pitches.filter((p) => p.type === 'new-business').every((p) => p.competitors.length >= 2)).toBe(true);
  });

  it('writes every section of every brief in Chinese', () => {
    const sections = ['background', 'businessObjective', 'communicationObjective', 'competitiveFrame', 'audienceWho', 'audienceNow', 'insight',
      'responseThink', 'responseFeel', 'responseDo', 'proposition', 'tone', 'mandatories', 'successCriteria', 'title', 'project'] as const;
    for (const brief of small.briefs) {
      for (const key of sections) expect(hasChinese(brief[key]), `${brief.title} ${key}`).toBe(true);
      expect(brief.reasonsToBelieve.length).toBeGreaterThanOrEqual(1);
      expect(brief.reasonsToBelieve.length).toBeLessThanOrEqual(3);
      expect(brief.reasonsToBelieve.every(hasChinese)).toBe(true);
      expect(brief.deliverables.length).toBeGreaterThanOrEqual(3);
      expect(brief.deliverables.every((d) => hasChinese(`${d.media}${d.format}${d.quantity}`) && d.spec !== '' && d.dueOn !== null)).toBe(true);
      expect(brief.timeline.length).toBeGreaterThanOrEqual(5);
      expect(brief.timeline.every((m) => hasChinese(m.label) && m.date !== null && m.owner !== '')).toBe(true);
    }
  });

  it('leaves no template slot unfilled in any text', () => {
    expect(leftoverSlots(JSON.stringify(small))).toEqual([]);
  });

  it('freezes a snapshot in the final report and none in the draft', () => {
    const final = small.reports.find((r) => r.status === 'final');
    const draft = small.reports.find((r) => r.status === 'draft');
    expect(final?.snapshot).toMatchObject({ version: 1, current: { money: { currency: 'CNY' }, accounts: {}, pitches: {}, briefs: {}, team: {} }, previous: {} });
    expect(final?.finalisedAt).not.toBeNull();
    expect(draft?.snapshot).toBeNull();
    expect(hasChinese(final?.summary ?? '') && hasChinese(final?.achievements ?? '') && hasChinese(final?.issues ?? '')).toBe(true);
  });

  it('without a date, is dated around the real today', () => {
    const today = localToday();
    const tables = generateSampleTables({ scale: 'small', seed: 1 });
    const rounds = tables.pitches.filter((p) => !p.outcome).flatMap((p) => p.rounds.map((r) => r.date ?? ''));
    expect(rounds.some((d) => d >= today && d <= isoDate(dayOf(today) + 6))).toBe(true);
  });

  it('refuses a today that is not a calendar day', () => {
    expect(() => generateSampleTables({ scale: 'small', today: '2026-02-30' })).toThrow(RangeError);
    expect(() => generateSampleTables({ scale: 'small', today: '18/03/2026' })).toThrow(RangeError);
  });
});
