// Saving, opening with a size limit, and automatic backups: names, rotation that never loses the newest, atomic writes.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FILE_NAME_PATTERN } from '@shared/ipc';
import {
  backupFileName,
  ioFailure,
  listBackups,
  openWithDialog,
  parseBackupFileName,
  readBackup,
  readFileWithLimit,
  saveWithDialog,
  selectBackupsToDelete,
  writeBackup,
} from '../../../electron/files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'account-desk-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const at = (iso: string) => new Date(iso);
const name = (iso: string, reason: Parameters<typeof backupFileName>[1] = 'daily') => backupFileName(at(iso), reason);

describe('backupFileName', () => {
  it('names a backup by its UTC time and reason', () => {
    expect(backupFileName(at('2025-01-31T09:30:00.123Z'), 'daily')).toBe('account-desk-backup-2025-01-31T09-30-00-123Z-daily.json');
    expect(backupFileName(at('2025-12-01T00:00:00.000Z'))).toBe('account-desk-backup-2025-12-01T00-00-00-000Z-manual.json');
  });

  it('produces names the contract pattern accepts and that parse back', () => {
    const date = at('2024-02-29T23:59:59.999Z');
    const fileName = backupFileName(date, 'before-restore');
    expect(BACKUP_FILE_NAME_PATTERN.test(fileName)).toBe(true);
    expect(parseBackupFileName(fileName)).toEqual({ createdAt: date, reason: 'before-restore' });
  });

  it('sorts in time order as text', () => {
    const names = ['2025-01-02T00:00:00.000Z', '2024-12-31T23:59:59.999Z', '2025-01-01T12:00:00.000Z'].map((iso) => name(iso));
    expect([...names].sort().map((n) => parseBackupFileName(n)?.createdAt.toISOString())).toEqual([
      '2024-12-31T23:59:59.999Z',
      '2025-01-01T12:00:00.000Z',
      '2025-01-02T00:00:00.000Z',
    ]);
  });

  it('refuses an invalid date', () => {
    expect(() => backupFileName(new Date('nope'))).toThrow(RangeError);
  });

  it('parses nothing but backup names', () => {
    expect(parseBackupFileName('notes.txt')).toBeNull();
    expect(parseBackupFileName('account-desk-backup-2025-13-45T99-99-99-000Z-daily.json')).toBeNull();
    expect(parseBackupFileName(`${name('2025-01-01T00:00:00.000Z')}.tmp`)).toBeNull();
  });
});

describe('selectBackupsToDelete', () => {
  const days = ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05'].map((day) => name(`${day}T08:00:00.000Z`));

  it('keeps the newest N and deletes the rest, oldest first out', () => {
    expect(selectBackupsToDelete(days, 3)).toEqual([days[0], days[1]]);
    expect(selectBackupsToDelete([...days].reverse(), 3)).toEqual([days[0], days[1]]);
  });

  it('deletes nothing when there are no more than N', () => {
    expect(selectBackupsToDelete(days, 5)).toEqual([]);
    expect(selectBackupsToDelete(days, 100)).toEqual([]);
    expect(selectBackupsToDelete([], 1)).toEqual([]);
  });

  it('always keeps at least one', () => {
    expect(selectBackupsToDelete(days, 0)).toHaveLength(4);
    expect(selectBackupsToDelete(days, -3)).toHaveLength(4);
  });

  it('rotates each reason separately, so daily backups never push out the copy taken before a restore', () => {
    const beforeRestore = name('2024-12-01T08:00:00.000Z', 'before-restore');
    expect(selectBackupsToDelete([beforeRestore, ...days], 2)).toEqual([days[0], days[1], days[2]]);
    expect(selectBackupsToDelete([beforeRestore, ...days], 2, 'before-restore')).toEqual([]);
    expect(selectBackupsToDelete([beforeRestore, ...days], 2, 'daily')).toEqual([days[0], days[1], days[2]]);
  });

  it('never selects files that are not backups', () => {
    expect(selectBackupsToDelete(['notes.txt', 'account-desk.sqlite', `${days[0]}.tmp`, ...days], 1)).toEqual(days.slice(0, 4));
  });
});

describe('writeBackup', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('writes the bytes under a backup name and leaves no temporary file', async () => {
    const written = await writeBackup(path.join(dir, 'backups'), bytes('{"a":1}'), at('2025-03-01T08:00:00.000Z'), 7, 'daily');
    expect(written.name).toBe('account-desk-backup-2025-03-01T08-00-00-000Z-daily.json');
    expect(readFileSync(written.path, 'utf8')).toBe('{"a":1}');
    expect(readdirSync(path.join(dir, 'backups'))).toEqual([written.name]);
  });

  it('rotates after writing, keeping the newest N', async () => {
    for (let day = 1; day <= 5; day += 1) {
      await writeBackup(dir, bytes(`day ${day}`), at(`2025-03-0${day}T08:00:00.000Z`), 3, 'daily');
    }
    const left = readdirSync(dir).sort();
    expect(left).toHaveLength(3);
    expect(left.map((n) => readFileSync(path.join(dir, n), 'utf8'))).toEqual(['day 3', 'day 4', 'day 5']);
  });

  it('never deletes the backup it just wrote, even if the clock went backwards', async () => {
    await writeBackup(dir, bytes('future'), at('2030-01-01T00:00:00.000Z'), 1, 'daily');
    const written = await writeBackup(dir, bytes('now'), at('2025-01-01T00:00:00.000Z'), 1, 'daily');
    expect(readdirSync(dir)).toContain(written.name);
  });

  it('does not overwrite a backup taken in the same millisecond', async () => {
    const date = at('2025-03-01T08:00:00.000Z');
    const first = await writeBackup(dir, bytes('first'), date, 10, 'manual');
    const second = await writeBackup(dir, bytes('second'), date, 10, 'manual');
    expect(second.name).not.toBe(first.name);
    expect(readFileSync(first.path, 'utf8')).toBe('first');
    expect(readFileSync(second.path, 'utf8')).toBe('second');
  });

  it('leaves other files in the folder alone', async () => {
    writeFileSync(path.join(dir, 'README.txt'), 'keep me');
    await writeBackup(dir, bytes('x'), at('2025-03-01T08:00:00.000Z'), 1, 'daily');
    await writeBackup(dir, bytes('y'), at('2025-03-02T08:00:00.000Z'), 1, 'daily');
    expect(readdirSync(dir).sort()).toEqual(['README.txt', name('2025-03-02T08:00:00.000Z')].sort());
  });
});

describe('listBackups and readBackup', () => {
  it('lists backups newest first with size, time and reason, ignoring other files', async () => {
    await writeBackup(dir, new Uint8Array(10), at('2025-03-01T08:00:00.000Z'), 5, 'daily');
    await writeBackup(dir, new Uint8Array(20), at('2025-03-02T08:00:00.000Z'), 5, 'before-upgrade');
    writeFileSync(path.join(dir, 'stray.json'), '{}');
    const entries = await listBackups(dir);
    expect(entries.map(({ size, createdAt, reason }) => ({ size, createdAt, reason }))).toEqual([
      { size: 20, createdAt: '2025-03-02T08:00:00.000Z', reason: 'before-upgrade' },
      { size: 10, createdAt: '2025-03-01T08:00:00.000Z', reason: 'daily' },
    ]);
    expect(entries[0]?.path).toBe(path.join(dir, entries[0]?.name ?? ''));
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await listBackups(path.join(dir, 'missing'))).toEqual([]);
  });

  it('reads a backup by name and refuses anything that is not a backup name', async () => {
    const written = await writeBackup(dir, new TextEncoder().encode('data'), at('2025-03-01T08:00:00.000Z'), 5, 'daily');
    const read = await readBackup(dir, written.name);
    expect(read.ok && new TextDecoder().decode(read.value)).toBe('data');
    writeFileSync(path.join(dir, 'secret.txt'), 'secret');
    expect(await readBackup(dir, 'secret.txt')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await readBackup(dir, `../${written.name}`)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('saving and opening', () => {
  it('saves to the chosen path', async () => {
    const target = path.join(dir, 'out.docx');
    const result = await saveWithDialog(async () => ({ canceled: false, filePath: target }), { defaultName: 'a.docx', filters: [], data: new Uint8Array([80, 75]) }, dir);
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect([...readFileSync(target)]).toEqual([80, 75]);
  });

  it('reports a cancelled dialog as not saved', async () => {
    expect(await saveWithDialog(async () => ({ canceled: true, filePath: '' }), { defaultName: 'a.docx', filters: [], data: new Uint8Array(1) }, dir)).toEqual({
      ok: true,
      value: { saved: false },
    });
  });

  it('reports a folder it cannot write to as a typed failure, not a throw', async () => {
    const result = await saveWithDialog(async () => ({ canceled: false, filePath: path.join(dir, 'missing', 'x.docx') }), { defaultName: 'x.docx', filters: [], data: new Uint8Array(1) }, dir);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a file above the limit by its size on disk', async () => {
    const file = path.join(dir, 'big.json');
    writeFileSync(file, Buffer.alloc(2048));
    expect(await readFileWithLimit(file, 1024)).toMatchObject({ ok: false, error: { code: 'too-large', details: { size: 2048, maxBytes: 1024 } } });
    expect(await readFileWithLimit(file, 2048)).toMatchObject({ ok: true });
  });

  it('refuses a folder as a file', async () => {
    expect(await readFileWithLimit(dir, 1024)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('opens with a 200 MB default limit', async () => {
    const file = path.join(dir, 'small.json');
    writeFileSync(file, '{}');
    const result = await openWithDialog(async () => ({ canceled: false, filePaths: [file] }), { filters: [] });
    expect(result).toMatchObject({ ok: true, value: { opened: true, name: 'small.json' } });
  });

  it('maps file-system errors to codes the user can act on', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(ioFailure(err('EBUSY'), 'x')).toMatchObject({ ok: false, error: { code: 'file-in-use' } });
    expect(ioFailure(err('EPERM'), 'x')).toMatchObject({ ok: false, error: { code: 'permission-denied' } });
    expect(ioFailure(err('EACCES'), 'x')).toMatchObject({ ok: false, error: { code: 'permission-denied' } });
    expect(ioFailure(err('ENOSPC'), 'x')).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    expect(ioFailure(err('EIO'), 'x')).toMatchObject({ ok: false, error: { code: 'io-error', details: { errno: 'EIO' } } });
    expect(ioFailure('weird', 'x')).toMatchObject({ ok: false, error: { code: 'io-error' } });
  });
});
