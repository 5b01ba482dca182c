// The editor's pure pieces: values to a validated draft (nothing typed is lost), the crash journal, list filters, template defaults.
import { describe, expect, it } from 'vitest';
import { briefSchema } from '@shared/model/brief';
import { toBriefFields, valuesFromBrief, contentOfValues, NOT_A_NUMBER } from '../../../renderer/features/briefs/brief-form';
import { clearJournal, journalIsNewer, readJournal, writeJournal, type JournalStorage } from '../../../renderer/features/briefs/draft-journal';
import { emptyFilters, filterBriefRows, NO_OWNER, type BriefRow } from '../../../renderer/features/briefs/brief-list';
import { defaultChanges, defaultTemplateFor, jobTypesOf, sortTemplates, templateLabel } from '../../../renderer/features/briefs/templates';
import { moved } from '../../../renderer/features/briefs/RowsEditor';
import { PRESET_TEMPLATE_IDS, presetBriefTemplates } from '@shared/model/brief-presets';
import { makeBrief, makeBriefTemplate } from '../../fixtures/factories';
import { hostileStrings } from '../../fixtures/hostile';

function memoryStorage(): JournalStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('editor values', () => {
  it('round-trip a brief: dates as text, budget as text, rows with their ids', () => {
    const brief = makeBrief('acc', { budget: 1_800_000, deliverables: [{ id: 'd1', media: 'TVC', format: '15 秒', quantity: '1', spec: '', dueOn: '2026-04-01' }], ownerId: null });
    const values = valuesFromBrief(brief);
    expect(values.budget).toBe('1,800,000');
    expect(values.deliverables[0]?.dueOn).toBe('2026-04-01');
    expect(values.ownerId).toBe('');
    const converted = toBriefFields(values);
    expect(converted.ok && converted.fields.budget).toBe(1_800_000);
    expect(converted.ok && converted.fields.ownerId).toBeNull();
    expect(converted.ok && briefSchema.safeParse({ ...brief, ...converted.fields }).success).toBe(true);
  });

  it('read "1,800,000" and full-width digits as a budget, blank as none', () => {
    const values = valuesFromBrief(makeBrief('acc'));
    expect(toBriefFields({ ...values, budget: '1,800,000' })).toMatchObject({ ok: true, fields: { budget: 1_800_000 } });
    expect(toBriefFields({ ...values, budget: '１２０００' })).toMatchObject({ ok: true, fields: { budget: 12_000 } });
    expect(toBriefFields({ ...values, budget: ' ' })).toMatchObject({ ok: true, fields: { budget: null } });
  });

  it('report what is wrong by field and keep every other value typed', () => {
    const values = { ...valuesFromBrief(makeBrief('acc')), title: '  ', budget: '一百万', briefDate: '2026-02-30', background: hostileStrings.markup };
    const converted = toBriefFields(values);
    expect(converted.ok).toBe(false);
    if (converted.ok) return;
    expect(converted.issues.map((i) => i.field).sort()).toEqual(['briefDate', 'budget', 'title']);
    expect(converted.issues.find((i) => i.field === 'budget')?.code).toBe(NOT_A_NUMBER);
    expect(values.background).toBe(hostileStrings.markup);
    expect(contentOfValues(values)).toBeNull();
  });

  it('accept hostile text in every field as it is', () => {
    const values = { ...valuesFromBrief(makeBrief('acc')), background: hostileStrings.longChinese, insight: hostileStrings.controlChars, reasonsToBelieve: [hostileStrings.zwjSequences, hostileStrings.rtl] };
    const converted = toBriefFields(values);
    expect(converted.ok && converted.fields.insight).toBe(hostileStrings.controlChars);
  });
});

describe('crash journal', () => {
  const values = valuesFromBrief(makeBrief('acc', { title: '草稿' }));

  it('keeps what was typed and gives it back, and forgets it when cleared', () => {
    const storage = memoryStorage();
    expect(writeJournal('b1', { base: '2026-03-01T00:00:00.000Z', at: 1, values }, storage)).toBe(true);
    expect(readJournal('b1', storage)?.values.title).toBe('草稿');
    clearJournal('b1', storage);
    expect(readJournal('b1', storage)).toBeNull();
  });

  it('ignores a damaged entry and survives storage that refuses writes', () => {
    const storage = memoryStorage();
    storage.map.set('account-desk.brief-draft.b1', '{not json');
    expect(readJournal('b1', storage)).toBeNull();
    const full: JournalStorage = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined };
    expect(writeJournal('b1', { base: 'x', at: 1, values }, full)).toBe(false);
  });

  it('is newer than the record when typed on top of it or after its last save, stale when the record changed later', () => {
    const saved = '2026-03-01T10:00:00.000Z';
    expect(journalIsNewer({ base: saved, at: Date.parse(saved) - 5_000, values }, saved)).toBe(true);
    expect(journalIsNewer({ base: '2026-03-01T09:00:00.000Z', at: Date.parse(saved) + 300, values }, saved)).toBe(true);
    expect(journalIsNewer({ base: '2026-03-01T09:00:00.000Z', at: Date.parse(saved) - 300, values }, saved)).toBe(false);
  });
});

describe('list filters', () => {
  const row = (id: string, overrides: Partial<BriefRow>): BriefRow => ({
    id, title: id, project: '', jobNumber: '', status: 'draft', briefDate: '2026-03-01', presentationDate: '2026-03-20', currentVersion: 1, approvedVersion: null,
    updatedAt: '2026-03-05T09:00:00.000Z', accountId: 'a1', ownerId: 'm1', accountName: '青岚', ownerName: '李明', approval: { kind: 'none' }, ...overrides,
  });
  const rows = [
    row('b1', {}),
    row('b2', { accountId: 'a2', status: 'approved', ownerId: null, presentationDate: '2026-04-10' }),
    row('b3', { status: 'client-approved', presentationDate: null, updatedAt: '2026-04-01T23:30:00.000Z' }),
  ];
  const ids = (filters: Partial<typeof emptyFilters>) => filterBriefRows(rows, { ...emptyFilters, ...filters }).map((r) => r.id);

  it('filter by account, status and owner (including briefs with no owner)', () => {
    expect(ids({})).toEqual(['b1', 'b2', 'b3']);
    expect(ids({ accountId: 'a2' })).toEqual(['b2']);
    expect(ids({ status: 'client-approved' })).toEqual(['b3']);
    expect(ids({ ownerId: 'm1' })).toEqual(['b1', 'b3']);
    expect(ids({ ownerId: NO_OWNER })).toEqual(['b2']);
  });

  it('filter by a date range on the chosen date, both ends included, leaving out briefs without that date', () => {
    expect(ids({ from: '2026-03-20', to: '2026-03-31' })).toEqual(['b1']);
    expect(ids({ from: '2026-04-10' })).toEqual(['b2']);
    expect(ids({ dateField: 'updatedAt', from: '2026-04-01', to: '2026-04-01' })).toEqual(['b3']);
    expect(ids({ dateField: 'briefDate', to: '2026-02-28' })).toEqual([]);
  });
});

describe('templates in the UI', () => {
  const at = '2026-01-01T00:00:00.000Z';
  const presets = presetBriefTemplates(at);
  const social = makeBriefTemplate({ name: '社交快速简报', jobType: '社交内容 / 快速项目' });
  const social2 = makeBriefTemplate({ name: '另一份社交简报', jobType: '社交内容 / 快速项目', defaultForJobType: true });

  it('show presets in the UI language and keep user templates as typed, presets first', () => {
    expect(templateLabel(presets[0]!, 'en').name).toBe('Classic agency creative brief');
    expect(templateLabel(social, 'en').name).toBe('社交快速简报');
    expect(sortTemplates([social, ...presets]).map((x) => x.id)[0]).toBe(PRESET_TEMPLATE_IDS.classic);
  });

  it('pick the default of a job type, or the first template of that type', () => {
    expect(defaultTemplateFor([...presets, social, social2], '社交内容 / 快速项目')?.id).toBe(social2.id);
    expect(defaultTemplateFor([...presets, social], '社交内容 / 快速项目')?.id).toBe(PRESET_TEMPLATE_IDS.doBrief);
    expect(jobTypesOf([...presets, social], 'en').map((j) => j.label)).toEqual(['Integrated campaign', 'Social content / quick turnaround', 'Pitch / new project']);
  });

  it('keep one default per job type: making one default clears the others of that type only', () => {
    const changes = defaultChanges([...presets, social, social2], social, true);
    expect(changes.map((c) => [c.id, c.defaultForJobType])).toEqual([[social2.id, false], [social.id, true]]);
    expect(defaultChanges([social2], social2, false)).toEqual([{ ...social2, defaultForJobType: false }]);
  });

  it('moves a row', () => {
    expect(moved(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
  });
});
