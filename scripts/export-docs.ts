// `npm run export-docs`: writes every Word document for every record in a backup file (batch export, document tests).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format } from 'date-fns';
import { parseBackup, type BackupIssue } from '../shared/backup/format';
import { parseDay } from '../shared/i18n/format';
import { languageSchema, type Language } from '../shared/model/common';
import { defaultSettings } from '../shared/model/settings';
import { packToBuffer } from '../shared/documents/pack';
import { documentKinds } from '../shared/documents/registry';
import { chartToPng } from './lib/chart-image';

const USAGE = `Usage: npm run export-docs -- --backup FILE --out DIR [--lang zh-CN|en] [--today YYYY-MM-DD]

Writes every Word document for every record in an Account Desk backup (now: one account profile per account).
  --backup FILE   the backup file (.json), checked exactly as a restore would check it
  --out DIR       the folder to write .docx files into (created if missing; files of the same name are replaced)
  --lang LANG     zh-CN or en; without it, the language in the backup's settings
  --today DATE    the day the documents speak for (overdue money, current team); default: today
  --help          this text

Exit codes: 0 written, 1 the backup was refused or a document failed, 2 wrong arguments.`;

type Options = { backup: string; out: string; lang: Language | null; today: string };

function usageError(message: string): never {
  process.stderr.write(`export-docs: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

const argSpec = {
  backup: { type: 'string' },
  out: { type: 'string' },
  lang: { type: 'string' },
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function readOptions(argv: string[]): Options {
  let values: { backup?: string; out?: string; lang?: string; today?: string; help?: boolean };
  try {
    values = parseArgs({ args: argv, options: argSpec, strict: true, allowPositionals: false }).values;
  } catch (error) {
    usageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (!values.backup) usageError('--backup FILE is required.');
  if (!values.out) usageError('--out DIR is required.');
  let lang: Language | null = null;
  if (values.lang !== undefined) {
    const parsed = languageSchema.safeParse(values.lang);
    if (!parsed.success) usageError(`--lang must be zh-CN or en, not "${values.lang}".`);
    lang = parsed.data;
  }
  const today = values.today ?? format(new Date(), 'yyyy-MM-dd');
  if (parseDay(today) === null) usageError(`--today must be a date YYYY-MM-DD, not "${today}".`);
  return { backup: values.backup, out: values.out, lang, today };
}

function describeIssue(issue: BackupIssue): string {
  const where = [issue.table, issue.recordId && `record ${issue.recordId}`, issue.field && `field ${issue.field}`].filter(Boolean).join(', ');
  return `  - [${issue.code}] ${where ? `${where}: ` : ''}${issue.detail}`;
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  const started = performance.now();

  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.backup);
  } catch (error) {
    process.stderr.write(`export-docs: cannot read ${options.backup}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const parsed = await parseBackup(bytes);
  if (!parsed.ok) {
    process.stderr.write(`export-docs: ${options.backup} was refused; nothing was written.\n${parsed.issues.map(describeIssue).join('\n')}\n`);
    return 1;
  }
  const tables = parsed.backup.tables;
  const settings = tables.settings[0] ?? defaultSettings();
  const lang = options.lang ?? settings.language;
  // Charts are drawn here in Node (ECharts SVG → resvg PNG), exactly as the app draws them on a canvas.
  const context = { settings, lang, today: options.today, renderChart: chartToPng };

  await mkdir(options.out, { recursive: true });
  const used = new Set<string>();
  let written = 0;
  let failed = 0;
  for (const kind of documentKinds) {
    const jobs = kind.jobs(tables, context);
    let count = 0;
    for (const job of jobs) {
      // Two records could share a brand and an id prefix: never let one file silently replace another.
      let name = job.fileName;
      for (let n = 2; used.has(name.toLowerCase()); n++) name = job.fileName.replace(/\.docx$/, `-${n}.docx`);
      used.add(name.toLowerCase());
      try {
        await writeFile(join(options.out, name), await packToBuffer(job.build()));
        count++;
      } catch (error) {
        failed++;
        process.stderr.write(`export-docs: ${kind.key} for record ${job.recordId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      }
    }
    written += count;
    process.stdout.write(`${kind.key}: ${count} of ${jobs.length} written\n`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stdout.write(`${written} document(s) in ${lang} written to ${options.out} in ${seconds} s${failed > 0 ? `; ${failed} failed` : ''}\n`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`export-docs: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
