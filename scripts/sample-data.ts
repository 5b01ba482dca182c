// `npm run sample-data`: writes a sample agency (small or large) as a backup file the app can restore.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createBackup, serializeBackup } from '@shared/backup/format';
import { tableNames } from '@shared/model/tables';
import { DEFAULT_SAMPLE_SEED, generateSampleTables, type SampleScale } from '@shared/sample/generate';

const USAGE = `Usage: npm run sample-data -- --out FILE [--scale small|large] [--seed N] [--today YYYY-MM-DD]

Writes a sample agency (灵犀广告) as an Account Desk backup file.

  --out FILE      where to write the backup (required)
  --scale         small (default): the first-run sample, about 12 accounts
                  large: years of a busy department, for performance work
  --seed N        whole number; the same seed and date give the same agency (default ${DEFAULT_SAMPLE_SEED})
  --today DATE    the day every date is placed around (default: today)
  --help          show this help`;

type Options = { out: string; scale: SampleScale; seed: number; today: string | undefined };

/** The options, or a message saying what is wrong with them. */
function readOptions(argv: string[]): { ok: true; options: Options } | { ok: false; message: string } | { ok: 'help' } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, scale: { type: 'string' }, seed: { type: 'string' }, today: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { ok: 'help' };
  const out = values.out;
  if (typeof out !== 'string' || out === '') return { ok: false, message: '--out FILE is required.' };
  const scale = values.scale ?? 'small';
  if (scale !== 'small' && scale !== 'large') return { ok: false, message: `--scale must be small or large, not "${String(scale)}".` };
  const seedText = values.seed ?? String(DEFAULT_SAMPLE_SEED);
  if (typeof seedText !== 'string' || !/^\d{1,10}$/.test(seedText) || Number(seedText) > 0xffffffff) {
    return { ok: false, message: `--seed must be a whole number from 0 to 4294967295, not "${String(seedText)}".` };
  }
  const today = values.today;
  if (today !== undefined && (typeof today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`)) || new Date(`${today}T00:00:00Z`).toISOString().slice(0, 10) !== today)) {
    return { ok: false, message: `--today must be a calendar day written YYYY-MM-DD, not "${String(today)}".` };
  }
  return { ok: true, options: { out, scale, seed: Number(seedText), today: typeof today === 'string' ? today : undefined } };
}

function appVersion(): string {
  const raw: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return z.object({ version: z.string().min(1) }).parse(raw).version;
}

async function main(): Promise<number> {
  const read = readOptions(process.argv.slice(2));
  if (read.ok === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (!read.ok) {
    console.error(`${read.message}\n\n${USAGE}`);
    return 2;
  }
  const { out, scale, seed, today } = read.options;
  const started = performance.now();
  const tables = generateSampleTables({ scale, seed, ...(today ? { today } : {}) });
  const generated = performance.now();
  const text = serializeBackup(await createBackup(tables, { appVersion: appVersion() }));
  const path = resolve(out);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, 'utf8');
  } catch (error) {
    console.error(`Could not write ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const finished = performance.now();
  const width = Math.max(...tableNames.map((n) => n.length));
  console.log(`Sample agency (${scale}, seed ${seed}${today ? `, today ${today}` : ''}) → ${path}`);
  for (const name of tableNames) console.log(`  ${name.padEnd(width)}  ${tables[name].length.toLocaleString('en-US').padStart(7)}`);
  const megabytes = statSync(path).size / 1_000_000;
  console.log(`Generated in ${((generated - started) / 1000).toFixed(2)} s, written in ${((finished - generated) / 1000).toFixed(2)} s; ${megabytes.toFixed(1)} MB.`);
  return 0;
}

process.exitCode = await main();
