// `npm run export-docs`: a backup in, one Word file per account out, with safe names; bad input refused with reasons.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it as vitestIt } from 'vitest';
import { createBackup, serializeBackup } from '@shared/backup/format';
import { accountSchema } from '@shared/model';
import { bundlesToTables, realisticAccountBundle } from './account-bundle';
import { REPO, guardedSetup, readWithPythonDocx, requireTools } from './tools';
import { makeSmallAgency } from '../fixtures/factories';
import { XML_FORBIDDEN, hostileAccountBundle } from '../fixtures/hostile';

const dir = mkdtempSync(join(tmpdir(), 'export-docs-'));
const backupFile = join(dir, 'backup.json');
const TSX = join(REPO, 'node_modules/.bin/tsx');

function exportDocs(...args: string[]) {
  const started = performance.now();
  const result = spawnSync(TSX, ['scripts/export-docs.ts', ...args], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Math.round(performance.now() - started) };
}

const setup = guardedSetup(async () => {
  requireTools();
  const tables = bundlesToTables([realisticAccountBundle(), hostileAccountBundle()]);
  const at = '2026-01-01T00:00:00.000Z';
  tables.accounts.push(accountSchema.parse({ id: 'deleted-account', createdAt: at, updatedAt: at, deletedAt: at, brand: '已删除客户' }));
  writeFileSync(backupFile, serializeBackup(await createBackup(tables, { appVersion: '0.1.0', exportedAt: at })));
});
beforeAll(setup.run);

/** Every test fails, never skips, when the tools or the setup are missing. */
const it = (name: string, test: () => unknown) => vitestIt(name, async () => {
  setup.ready();
  await test();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('export-docs', () => {
  it('writes one account profile per live account, in the language asked for, with safe file names', () => {
    const out = join(dir, 'en');
    const run = exportDocs('--backup', backupFile, '--out', out, '--lang', 'en', '--today', '2026-11-27');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('account-profile: 2 of 2 written');
    // Creative briefs are exported too (one per live brief of the bundles).
    expect(run.stdout).toMatch(/brief: (\d+) of \1 written/);
    expect(run.stdout).toMatch(/\d+ document\(s\) in en written to .* in \d+\.\d\d s/);
    const files = readdirSync(out).sort();
    expect(files.filter((f) => f.startsWith('Account profile-'))).toHaveLength(2);
    expect(files).toContain('Account profile-青岚茶饮-3f2a9c1d.docx');
    for (const file of files) {
      // eslint-disable-next-line no-control-regex -- what Windows forbids in file names
      expect(file).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
      expect(file).not.toMatch(XML_FORBIDDEN);
    }
    const readings = readWithPythonDocx(files.map((f) => join(out, f)));
    for (const [file, reading] of readings) expect(reading, file).toMatchObject({ ok: true, malformedParts: [] });
    const realistic = readings.get(join(out, 'Account profile-青岚茶饮-3f2a9c1d.docx'));
    expect(realistic?.ok && realistic.paragraphs.some((p) => p.text === 'Client contacts')).toBe(true);
    console.info(`export-docs: 2 documents in ${run.ms} ms (including tsx start-up)`);
  });

  it('exports every account of a small agency built by the shared factories, every table filled', async () => {
    const agency = makeSmallAgency();
    const file = join(dir, 'agency.json');
    writeFileSync(file, serializeBackup(await createBackup(agency.tables, { appVersion: '0.1.0' })));
    const out = join(dir, 'agency');
    const run = exportDocs('--backup', file, '--out', out, '--lang', 'zh-CN');
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith('客户档案-'))).toHaveLength(2);
    expect(readdirSync(out).filter((f) => f.startsWith('创意简报-'))).toHaveLength(agency.tables.briefs.length);
    const readings = readWithPythonDocx(readdirSync(out).map((f) => join(out, f)));
    for (const [name, reading] of readings) expect(reading, name).toMatchObject({ ok: true, malformedParts: [] });
  });

  it("uses the backup's own language when --lang is not given", () => {
    const out = join(dir, 'default');
    const run = exportDocs('--backup', backupFile, '--out', out, '--today', '2026-11-27');
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out)).toContain('客户档案-青岚茶饮-3f2a9c1d.docx');
  });

  it('refuses a damaged backup, prints why and writes nothing', () => {
    const damaged = join(dir, 'damaged.json');
    // One character changed after the file was written: the checksum no longer matches.
    writeFileSync(damaged, readFileSync(backupFile, 'utf8').replace('青岚茶饮', '青岚茶欽'));
    const out = join(dir, 'refused');
    const run = exportDocs('--backup', damaged, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[checksum]');
    expect(existsSync(out)).toBe(false);
  });

  it('names the table, record and field of an invalid record', async () => {
    const tables = bundlesToTables([realisticAccountBundle()]);
    const broken = { ...tables, accounts: [{ ...tables.accounts[0], status: 'bogus' }] } as unknown as typeof tables;
    const file = join(dir, 'invalid.json');
    writeFileSync(file, serializeBackup(await createBackup(broken, { appVersion: '0.1.0' })));
    const run = exportDocs('--backup', file, '--out', join(dir, 'invalid'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/\[record\] accounts, record 3f2a9c1d-[^,]+, field status/);
  });

  it('answers wrong arguments with the usage and exit code 2, and --help with exit code 0', () => {
    const missing = exportDocs('--backup', backupFile);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--out DIR is required');
    const badLang = exportDocs('--backup', backupFile, '--out', dir, '--lang', 'fr');
    expect(badLang.status).toBe(2);
    expect(badLang.stderr).toContain('Usage:');
    const help = exportDocs('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--backup FILE');
  });
});
