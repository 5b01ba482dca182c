// The sample agency generator: a realistic Shanghai 4A account department as backup tables, deterministic for a seed and dated around `today`.
import type { BackupTables } from '../backup/format';
import { defaultFramework } from '../model/framework';
import { SETTINGS_ID, defaultLostReasons, type Settings } from '../model/settings';
import { buildAccounts } from './build-accounts';
import { buildInteractions, buildInvoices } from './build-activity';
import { buildBriefs } from './build-briefs';
import { buildEvaluations } from './build-evaluations';
import { NamePicker, buildMembers } from './build-people';
import { buildPitches } from './build-pitches';
import { buildReports } from './build-reports';
import { plans, stamp, type SampleScale, type World } from './context';
import { dayOf, isoDate, localToday } from './days';
import { IdSource, Random } from './random';
import { presetBriefTemplates } from './templates';

export type { SampleScale } from './context';
export { PRESET_TEMPLATE_IDS, presetBriefTemplates } from './templates';

export type SampleOptions = {
  scale: SampleScale;
  /** Same seed (and same `today`), same agency. */
  seed?: number;
  /** `YYYY-MM-DD`; every date is placed relative to it. Defaults to the local calendar day. */
  today?: string;
};

export const DEFAULT_SAMPLE_SEED = 20_180_808;

export const SAMPLE_AGENCY = {
  name: '灵犀广告（上海）有限公司',
  address: '上海市静安区威海路 588 号 18 楼',
  confidentiality: '机密文件 · 仅供客户内部使用',
} as const;

/**
 * Builds every table of a sample agency. Each record satisfies its schema and every reference resolves, so
 * `parseBackup` accepts the result; `small` is what a new user loads on first run, `large` is years of a busy department.
 */
export function generateSampleTables(options: SampleOptions): BackupTables {
  const todayIso = options.today ?? localToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(todayIso) || isoDate(dayOf(todayIso)) !== todayIso) {
    throw new RangeError(`today must be a calendar day written YYYY-MM-DD, got "${todayIso}"`);
  }
  const seed = Math.trunc(options.seed ?? DEFAULT_SAMPLE_SEED) >>> 0;
  const root = new Random(seed);
  const world: World = {
    scale: options.scale,
    plan: plans[options.scale],
    today: dayOf(todayIso),
    rng: root.fork('world'),
    ids: new IdSource(seed),
    members: [],
    membersById: new Map(),
    accounts: [],
    headId: '',
    agencyName: SAMPLE_AGENCY.name,
  };
  const names = new NamePicker(root.fork('names'));

  buildMembers(world, names);
  const { accounts, contacts, assignments } = buildAccounts(world, names);
  const interactions = buildInteractions(world);
  const invoices = buildInvoices(world);
  const { briefs, briefVersions, userTemplates } = buildBriefs(world);
  const pitches = buildPitches(world);
  const evaluations = buildEvaluations(world);

  const settingsRng = root.fork('settings');
  const loadedAt = stamp(world, world.today - 1, settingsRng);
  const settings: Settings = {
    id: SETTINGS_ID,
    updatedAt: loadedAt,
    agency: { name: SAMPLE_AGENCY.name, logo: null, address: SAMPLE_AGENCY.address, confidentiality: SAMPLE_AGENCY.confidentiality },
    language: 'zh-CN',
    fonts: { eastAsia: 'Microsoft YaHei', latin: 'Calibri' },
    framework: defaultFramework,
    lostReasons: [...defaultLostReasons],
    pitchPlanTemplate: null,
    pitchStaleDays: 21,
    reminders: true,
    backupsToKeep: 10,
    trashRetentionDays: 30,
    sampleLoadedAt: loadedAt,
  };

  const tables: BackupTables = {
    accounts,
    contacts,
    interactions,
    invoices,
    members: world.members.map((m) => m.record),
    assignments,
    briefs,
    briefVersions,
    briefTemplates: [...presetBriefTemplates(stamp(world, world.today - 400, settingsRng)), ...userTemplates],
    pitches,
    evaluations,
    reports: [],
    settings: [settings],
  };
  tables.reports = buildReports(world, tables);
  keepTimesInOrder(tables);
  return tables;
}

/** Records drawn on the same day can get their two times out of order; a record is never changed before it exists. */
function keepTimesInOrder(tables: BackupTables): void {
  for (const name of Object.keys(tables) as (keyof BackupTables)[]) {
    for (const record of tables[name] as { createdAt?: string; updatedAt: string }[]) {
      if (record.createdAt !== undefined && record.updatedAt < record.createdAt) record.updatedAt = record.createdAt;
    }
  }
}
