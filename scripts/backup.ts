// `npm run backup -- verify FILE`: checks a backup file exactly as a restore would, without touching any database.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBackup, type BackupIssue } from '@shared/backup/format';
import { tableNames } from '@shared/model/tables';

export type Io = {
  out: (line: string) => void;
  err: (line: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
};

type Lang = 'zh-CN' | 'en';

/** How many problems to print before summarising the rest: the first ones are what the user fixes first. */
const SHOWN_ISSUES = 10;

const messages = {
  usage: {
    en: [
      'Usage: npm run backup -- verify FILE [--lang zh-CN|en]',
      '',
      'Commands:',
      '  verify FILE   Check an Account Desk backup file exactly as a restore would (format, versions,',
      '                checksum, every record, references) without touching any database.',
      '',
      'Exit codes: 0 the file is a valid backup; 1 it is not (or cannot be read); 2 wrong usage.',
    ],
    'zh-CN': [
      '用法：npm run backup -- verify 文件 [--lang zh-CN|en]',
      '',
      '命令：',
      '  verify 文件   按恢复时的同样规则检查客户总监工作台的备份文件（格式、版本、校验和、',
      '                每条记录、记录间的引用），不改动任何数据库。',
      '',
      '退出码：0 备份有效；1 备份无效或无法读取；2 用法错误。',
    ],
  },
  unknownCommand: { en: (c: string) => `Unknown command "${c}".`, 'zh-CN': (c: string) => `未知命令“${c}”。` },
  missingFile: { en: 'Give the backup file to check.', 'zh-CN': '请指定要检查的备份文件。' },
  unreadable: { en: (f: string, why: string) => `Cannot read ${f}: ${why}`, 'zh-CN': (f: string, why: string) => `无法读取 ${f}：${why}` },
  valid: { en: (f: string) => `Valid backup: ${f}`, 'zh-CN': (f: string) => `备份有效：${f}` },
  exportedAt: { en: 'Exported at', 'zh-CN': '导出时间' },
  appVersion: { en: 'App version', 'zh-CN': '应用版本' },
  schemaVersion: { en: 'Schema version', 'zh-CN': '数据结构版本' },
  records: { en: 'Records per table', 'zh-CN': '各表记录数' },
  total: { en: 'total', 'zh-CN': '合计' },
  invalid: { en: (f: string, n: number) => `Not a valid backup: ${f} (${n} problem${n === 1 ? '' : 's'})`, 'zh-CN': (f: string, n: number) => `备份无效：${f}（${n} 个问题）` },
  more: { en: (n: number) => `… and ${n} more`, 'zh-CN': (n: number) => `……另有 ${n} 个问题` },
  where: { en: { table: 'table', record: 'record', field: 'field' }, 'zh-CN': { table: '表', record: '记录', field: '字段' } },
} as const;

const issueLabels: Record<BackupIssue['code'], Record<Lang, string>> = {
  'not-json': { en: 'not JSON', 'zh-CN': '不是 JSON 文件' },
  'not-utf8': { en: 'not UTF-8 text', 'zh-CN': '不是 UTF-8 文本' },
  format: { en: 'not an Account Desk backup', 'zh-CN': '不是客户总监工作台的备份' },
  'format-version': { en: 'backup format too new', 'zh-CN': '备份格式版本过新' },
  'newer-schema': { en: 'made by a newer version of the app', 'zh-CN': '由更新版本的应用创建' },
  'older-schema': { en: 'schema too old to upgrade', 'zh-CN': '数据结构版本过旧，无法升级' },
  checksum: { en: 'checksum mismatch (file changed or damaged)', 'zh-CN': '校验和不符（文件被改动或已损坏）' },
  'unknown-table': { en: 'unknown table', 'zh-CN': '未知的数据表' },
  record: { en: 'invalid record', 'zh-CN': '记录无效' },
  'duplicate-id': { en: 'duplicate id', 'zh-CN': '记录编号重复' },
  reference: { en: 'points at a missing record', 'zh-CN': '引用的记录不存在' },
  quota: { en: 'disk full', 'zh-CN': '磁盘空间不足' },
  storage: { en: 'storage error', 'zh-CN': '存储错误' },
};

function languageOf(args: string[], env: Io['env']): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let lang: Lang = /^zh/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'zh-CN' : 'en';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = arg === '--lang' ? args[++i] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === undefined) rest.push(arg);
    else lang = value.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  }
  return { lang, rest };
}

export function formatIssue(issue: BackupIssue, lang: Lang): string {
  const where = messages.where[lang];
  const place = [
    issue.table !== undefined ? `${where.table}=${issue.table}` : '',
    issue.recordId !== undefined ? `${where.record}=${issue.recordId}` : '',
    issue.field !== undefined && issue.field !== '' ? `${where.field}=${issue.field}` : '',
  ].filter(Boolean);
  return `  [${issue.code}] ${issueLabels[issue.code][lang]}${place.length ? `  ${place.join('  ')}` : ''} — ${issue.detail}`;
}

async function verify(file: string, lang: Lang, io: Io): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    io.err(messages.unreadable[lang](file, error instanceof Error ? error.message : String(error)));
    return 1;
  }
  const parsed = await parseBackup(bytes);
  if (!parsed.ok) {
    io.err(messages.invalid[lang](file, parsed.issues.length));
    for (const issue of parsed.issues.slice(0, SHOWN_ISSUES)) io.err(formatIssue(issue, lang));
    if (parsed.issues.length > SHOWN_ISSUES) io.err(`  ${messages.more[lang](parsed.issues.length - SHOWN_ISSUES)}`);
    return 1;
  }
  const { summary } = parsed;
  const width = Math.max(...tableNames.map((name) => name.length), messages.total[lang].length) + 2;
  io.out(messages.valid[lang](file));
  io.out(`${messages.exportedAt[lang]}: ${summary.exportedAt}`);
  io.out(`${messages.appVersion[lang]}: ${summary.appVersion}   ${messages.schemaVersion[lang]}: ${summary.schemaVersion}`);
  io.out(`${messages.records[lang]}:`);
  let total = 0;
  for (const name of tableNames) {
    total += summary.counts[name];
    io.out(`  ${name.padEnd(width)}${String(summary.counts[name]).padStart(8)}`);
  }
  io.out(`  ${messages.total[lang].padEnd(width)}${String(total).padStart(8)}`);
  return 0;
}

/** Runs the command and returns its exit code: 0 valid, 1 invalid or unreadable, 2 wrong usage. */
export async function main(argv: string[], io: Io = nodeIo()): Promise<number> {
  const { lang, rest } = languageOf(argv, io.env);
  const [command, ...args] = rest;
  if (command === '--help' || command === '-h' || command === 'help') {
    for (const line of messages.usage[lang]) io.out(line);
    return 0;
  }
  if (command !== 'verify') {
    if (command !== undefined) io.err(messages.unknownCommand[lang](command));
    for (const line of messages.usage[lang]) io.err(line);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    for (const line of messages.usage[lang]) io.out(line);
    return 0;
  }
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0) {
    io.err(file === undefined ? messages.missingFile[lang] : messages.unknownCommand[lang](extra.join(' ')));
    for (const line of messages.usage[lang]) io.err(line);
    return 2;
  }
  return verify(file, lang, io);
}

function nodeIo(): Io {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readFile: (path) => readFile(path),
    env: process.env,
  };
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && resolve(invokedPath) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
