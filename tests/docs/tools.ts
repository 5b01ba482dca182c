// The independent readers document tests rely on — LibreOffice, python-docx, poppler — and a loud failure when one is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const PYTHON = '/usr/bin/python3';
const CHECKER = join(REPO, 'tests/fixtures/docx-check.py');

/**
 * What is missing among the tools the document checks need, as sentences for the failure message. CI installs them
 * (libreoffice-writer-nogui, python3-docx, poppler-utils); a test must fail, never skip, without them.
 */
export function missingTools(): string[] {
  const missing: string[] = [];
  if (spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).status !== 0) missing.push('LibreOffice (`soffice` on PATH; apt-get install libreoffice-writer-nogui)');
  if (!existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import docx'], { encoding: 'utf8' }).status !== 0) missing.push(`python-docx for ${PYTHON} (apt-get install python3-docx)`);
  if (spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error) missing.push('pdftotext (apt-get install poppler-utils)');
  return missing;
}

export function requireTools(): void {
  const missing = missingTools();
  if (missing.length > 0) throw new Error(`Document checks cannot run; missing: ${missing.join('; ')}.`);
}

/**
 * Runs a suite's setup and remembers its failure, so that every test then FAILS with that message — vitest would
 * otherwise report the tests of a suite whose `beforeAll` threw as skipped.
 */
export function guardedSetup(setup: () => Promise<void>): { run: () => Promise<void>; ready: () => void } {
  let failure: unknown = null;
  return {
    run: async () => {
      try {
        await setup();
      } catch (error) {
        failure = error;
      }
    },
    ready: () => {
      if (failure !== null) throw failure;
    },
  };
}

/**
 * Converts several .docx files to PDF in ONE LibreOffice run (it starts slowly), with a throwaway profile so it never
 * touches or waits on a user's. LibreOffice exits 0 even when it cannot open a file: callers judge by the PDFs.
 */
export function convertToPdf(files: readonly string[], outDir: string): { pdfs: Map<string, string>; log: string } {
  mkdirSync(outDir, { recursive: true });
  const profile = join(outDir, 'lo-profile');
  const result = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    encoding: 'utf8',
    timeout: 170_000,
  });
  const pdfs = new Map<string, string>();
  for (const file of files) pdfs.set(file, join(outDir, basename(file).replace(/\.docx$/, '.pdf')));
  return { pdfs, log: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

/** True when the file is a PDF with real content (LibreOffice can write an empty one on failure). */
export function isRealPdf(path: string): boolean {
  if (!existsSync(path) || statSync(path).size < 1000) return false;
  return readFileSync(path).subarray(0, 5).toString('latin1') === '%PDF-';
}

export function pdfText(path: string): string {
  const result = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed on ${path}: ${result.stderr}`);
  return result.stdout;
}

export type DocxReading =
  | {
      ok: true;
      paragraphs: { style: string | null; text: string }[];
      tables: string[][][];
      header: string;
      footer: string;
      images: number;
      malformedParts: string[];
      core: { title: string; author: string; language: string; subject: string };
      page: { width: number; height: number };
    }
  | { ok: false; error: string };

/** Reads the files with python-docx in one process (tests/fixtures/docx-check.py). */
export function readWithPythonDocx(files: readonly string[]): Map<string, DocxReading> {
  const result = spawnSync(PYTHON, [CHECKER, ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  if (result.status !== 0) throw new Error(`docx-check.py failed (${result.status}): ${result.stderr}`);
  const parsed = JSON.parse(result.stdout) as Record<string, DocxReading>;
  return new Map(Object.entries(parsed));
}

/** All the text python-docx sees in the body: paragraphs, then table cells. */
export function allText(reading: DocxReading): string {
  if (!reading.ok) return '';
  return [...reading.paragraphs.map((p) => p.text), ...reading.tables.flat(2)].join('\n');
}
