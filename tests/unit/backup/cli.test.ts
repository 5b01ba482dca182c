// `npm run backup -- verify FILE`: exit 0 with what a good file holds, 1 with the first errors, 2 for wrong usage.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '@shared/backup/format';
import { main, type Io } from '../../../scripts/backup';
import { makeContact, makeSmallAgency } from '../../fixtures/factories';

const root = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'backup-cli-'));

async function writeBackup(name: string, mutate?: (tables: ReturnType<typeof makeSmallAgency>['tables']) => void): Promise<string> {
  const tables = makeSmallAgency().tables;
  mutate?.(tables);
  const path = join(dir, name);
  writeFileSync(path, serializeBackup(await createBackup(tables, { appVersion: '0.1.0', exportedAt: '2026-05-20T08:00:00.000Z' })));
  return path;
}

function runCli(...args: string[]) {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/backup.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
  if (result.error) throw result.error;
  return result;
}

function memoryIo(files: Record<string, string> = {}, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return new TextEncoder().encode(text);
    },
    env,
  };
  return { io, out, err };
}

describe('backup verify, as run from the command line', () => {
  it('a good file: exit 0, counts per table, export time and versions', async () => {
    const file = await writeBackup('good.json');
    const result = runCli('verify', file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2026-05-20T08:00:00.000Z');
    expect(result.stdout).toMatch(/App version: 0\.1\.0\s+Schema version: 1/);
    expect(result.stdout).toMatch(/accounts\s+2\n/);
    expect(result.stdout).toMatch(/total\s+15\n/);
  });

  it('a bad file: exit 1 and the first errors with table, record id and field', async () => {
    const file = await writeBackup('bad.json', (tables) => {
      tables.contacts.push({ ...makeContact(tables.accounts[0]?.id ?? ''), id: 'contact-9', warmth: 9 });
    });
    const result = runCli('verify', file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/table=contacts\s+record=contact-9\s+field=warmth/);
  });
});

describe('backup command usage', () => {
  it('--help prints the usage and exits 0', async () => {
    const { io, out } = memoryIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(out.join('\n')).toContain('npm run backup -- verify FILE');
  });

  it('an unknown subcommand prints the usage and exits 2', async () => {
    const { io, err } = memoryIo();
    expect(await main(['check', 'x.json'], io)).toBe(2);
    expect(err[0]).toBe('Unknown command "check".');
    expect(err.join('\n')).toContain('Usage:');
  });

  it('verify without a file exits 2; a file that cannot be read exits 1', async () => {
    const missingArg = memoryIo();
    expect(await main(['verify'], missingArg.io)).toBe(2);
    const unreadable = memoryIo();
    expect(await main(['verify', 'nowhere.json'], unreadable.io)).toBe(1);
    expect(unreadable.err[0]).toContain('Cannot read nowhere.json');
  });

  it('speaks Chinese when asked or when the system language is Chinese', async () => {
    const files = { 'x.json': '{"truncated": ' };
    const byFlag = memoryIo(files);
    expect(await main(['verify', 'x.json', '--lang', 'zh-CN'], byFlag.io)).toBe(1);
    expect(byFlag.err[0]).toBe('备份无效：x.json（1 个问题）');
    expect(byFlag.err[1]).toContain('不是 JSON 文件');
    const byEnv = memoryIo({}, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['--help'], byEnv.io)).toBe(0);
    expect(byEnv.out[0]).toContain('用法');
  });

  it('lists at most ten problems and says how many more there are', async () => {
    const tables = makeSmallAgency().tables;
    tables.contacts.push(...Array.from({ length: 14 }, (_, i) => makeContact(`missing-${i}`)));
    const text = serializeBackup(await createBackup(tables, { appVersion: '0.1.0' }));
    const { io, err } = memoryIo({ 'many.json': text });
    expect(await main(['verify', 'many.json'], io)).toBe(1);
    expect(err.filter((line) => line.includes('[reference]'))).toHaveLength(10);
    expect(err.at(-1)).toContain('and 4 more');
  });
});
