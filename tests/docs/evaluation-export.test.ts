// `npm run export-docs` writes evaluation forms and team summaries, with charts drawn in Node (ECharts SVG → resvg PNG).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it as vitestIt } from 'vitest';
import { createBackup, serializeBackup } from '@shared/backup/format';
import { docxFileNames } from './docx-parts';
import { REPO, guardedSetup, readWithPythonDocx, requireTools } from './tools';
import { hostileEvaluationTables } from './evaluation-bundle';

const dir = mkdtempSync(join(tmpdir(), 'evaluation-export-'));
const backupFile = join(dir, 'backup.json');
const TSX = join(REPO, 'node_modules/.bin/tsx');

const setup = guardedSetup(async () => {
  requireTools();
  writeFileSync(backupFile, serializeBackup(await createBackup(hostileEvaluationTables(), { appVersion: '0.1.0', exportedAt: '2026-11-27T00:00:00.000Z' })));
});
beforeAll(setup.run);

/** Every test fails, never skips, when the tools or the setup are missing. */
const it = (name: string, test: () => unknown) => vitestIt(name, async () => {
  setup.ready();
  await test();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('export-docs with evaluations', () => {
  it('writes one form per evaluation and one summary per quarter, each with its charts embedded', () => {
    const out = join(dir, 'out');
    const started = performance.now();
    const run = spawnSync(TSX, ['scripts/export-docs.ts', '--backup', backupFile, '--out', out, '--lang', 'en', '--today', '2026-11-27'], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('evaluation-form: 3 of 3 written');
    expect(run.stdout).toContain('team-quarter-summary: 2 of 2 written');
    const files = readdirSync(out);
    const forms = files.filter((f) => f.startsWith('Evaluation-'));
    const summaries = files.filter((f) => f.startsWith('Team evaluation summary-'));
    expect(forms).toHaveLength(3);
    expect(summaries.sort()).toEqual(['Team evaluation summary-2026-Q2.docx', 'Team evaluation summary-2026-Q3.docx']);
    for (const file of [...forms, ...summaries]) {
      const media = docxFileNames(new Uint8Array(readFileSync(join(out, file)))).filter((n) => /^word\/media\/.+\.png$/.test(n));
      // Forms carry the trend and dimension charts; the blank member's form has an unscored trend but still both.
      expect(media.length, file).toBeGreaterThanOrEqual(file.startsWith('Evaluation-') ? 2 : 1);
    }
    for (const [file, reading] of readWithPythonDocx([...forms, ...summaries].map((f) => join(out, f)))) expect(reading, file).toMatchObject({ ok: true, malformedParts: [] });
    console.info(`export-docs with evaluations: ${files.length} documents in ${Math.round(performance.now() - started)} ms (including tsx start-up)`);
  });
});
