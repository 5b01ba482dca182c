// Exporting an account profile as Word: the download is a .docx that an independent reader opens, brand inside.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { goTo, loadSampleAgency, openApp } from './support/app';

const PYTHON = '/usr/bin/python3';

/** All paragraph and table-cell text of a .docx, read by python-docx (not by our own code). */
function docxText(path: string): string {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: install Debian's python3-docx to run this test`);
  const script = [
    'import docx, sys',
    'd = docx.Document(sys.argv[1])',
    'parts = [p.text for p in d.paragraphs]',
    'parts += [c.text for t in d.tables for r in t.rows for c in r.cells]',
    'parts += [p.text for s in d.sections for p in s.header.paragraphs]',
    'sys.stdout.write("\\n".join(parts))',
  ].join('\n');
  return execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8' });
}

test('an account director exports an account profile that Word-compatible readers open', async ({ page }, testInfo) => {
  await openApp(page);
  await loadSampleAgency(page);
  await goTo(page, 'accounts');
  const firstRow = page.getByRole('table').getByRole('row').nth(2);
  const brand = ((await firstRow.getByRole('cell').first().textContent()) ?? '').trim();
  expect(brand).not.toBe('');
  await firstRow.click();
  await expect(page.getByRole('heading', { name: brand, exact: true })).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出客户档案（Word）' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const path = testInfo.outputPath('profile.docx');
  await download.saveAs(path);

  expect(docxText(path)).toContain(brand);
  await expect(page.getByText('客户档案已保存')).toBeVisible();
});
