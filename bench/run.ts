// `npm run bench`: builds the app, restores the large sample agency through the app's own backup page in headless
// Chromium, and times what an account director does with years of data, each figure beside a baseline measured in
// the same run (plain IndexedDB, a plain filter, a bare docx document). Prints a table; writes bench/results.json.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { preview, type PreviewServer } from 'vite';
import { createBackup, serializeBackup } from '@shared/backup/format';
import { generateSampleTables } from '@shared/sample/generate';
import { formatTable, median, percentile, verdictOf, type Figure } from './stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sampleUrl = '/__bench/large.json';
const docxUrl = '/__bench/docx.js';
/** Where the quarter overview remembers the chosen quarter (renderer/features/evaluations/evaluation-data.ts). */
const QUARTER_KEY = 'account-desk.evaluations.quarter';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'restore-runs': { type: 'string', default: '3' },
    'skip-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    port: { type: 'string', default: '4190' },
    'out-dir': { type: 'string', default: 'dist/renderer' },
    'reuse-sample': { type: 'boolean', default: false },
  },
});
const port = Number(options.port);
const base = `http://127.0.0.1:${port}`;
/** Absolute: Vite resolves a relative outDir against its root, renderer/. */
const outDir = resolve(root, options['out-dir']);
const RUNS = Number(options.runs);
const RESTORE_RUNS = Number(options['restore-runs']);
const only = options.only ? new Set(options.only.split(',')) : null;
const wanted = (part: string) => only === null || only.has(part);

const figures: Figure[] = [];
const notes: string[] = [];

function record(figure: Figure): void {
  figures.push(figure);
  const ratio = figure.baseline ? ` (baseline ${figure.baseline.toFixed(1)} ${figure.unit}, ${(figure.value / figure.baseline).toFixed(2)}×)` : '';
  console.log(`  ${figure.label}: ${figure.value.toFixed(1)} ${figure.unit}${ratio} — ${verdictOf(figure)}`);
}

function step(text: string): void {
  console.log(`\n▸ ${text}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Set-up: build, sample file, a static server for the build (plus the sample for the baseline), the browser.

function build(): void {
  step('Building the renderer (vite build)');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

async function writeLargeSample(): Promise<{ path: string; bytes: number; counts: Record<string, number> }> {
  step('Generating the large sample agency');
  const started = performance.now();
  const path = resolve(root, '.tmp/bench/large.json');
  const countsPath = resolve(root, '.tmp/bench/large-counts.json');
  let counts: Record<string, number>;
  if (options['reuse-sample'] && existsSync(path) && existsSync(countsPath)) {
    counts = JSON.parse(readFileSync(countsPath, 'utf8')) as Record<string, number>;
  } else {
    const tables = generateSampleTables({ scale: 'large' });
    const text = serializeBackup(await createBackup(tables, { appVersion: 'bench' }));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, 'utf8');
    counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
    writeFileSync(countsPath, JSON.stringify(counts));
  }
  const bytes = statSync(path).size;
  console.log(`  ${(bytes / 1e6).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s: ${Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  return { path, bytes, counts };
}

async function serve(samplePath: string): Promise<PreviewServer> {
  return preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    plugins: [
      {
        name: 'bench-sample',
        configurePreviewServer(server) {
          server.middlewares.use(sampleUrl, (_request, response) => {
            response.setHeader('Content-Type', 'application/json');
            createReadStream(samplePath).pipe(response);
          });
          // The docx library alone, for the bare-document baseline (served from our origin, as the CSP requires).
          server.middlewares.use(docxUrl, (_request, response) => {
            response.setHeader('Content-Type', 'text/javascript');
            createReadStream(resolve(root, 'node_modules/docx/dist/index.iife.js')).pipe(response);
          });
        },
      },
    ],
  });
}

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', acceptDownloads: true });
  await context.addInitScript({ path: resolve(root, 'bench/in-page.js') });
  return context;
}

/**
 * The JavaScript heap in use (after a garbage collection) of the page and of every worker it started, in MB: the
 * search index lives in a worker, and leaving it out would flatter the figure.
 */
async function heapMegabytes(page: Page): Promise<{ page: number; workers: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  // Workers are reached through this session's own (non-flattened) attachment, one message at a time.
  const sessions: string[] = [];
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') sessions.push(event.sessionId);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await page.waitForTimeout(300);
  let workers = 0;
  let nextId = 1;
  for (const sessionId of sessions) {
    const ask = async (method: string) =>
      new Promise<Record<string, unknown>>((resolveReply) => {
        const id = nextId++;
        const listener = (event: { sessionId: string; message: string }) => {
          const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
          if (event.sessionId === sessionId && reply.id === id) {
            cdp.off('Target.receivedMessageFromTarget', listener);
            resolveReply(reply.result ?? {});
          }
        };
        cdp.on('Target.receivedMessageFromTarget', listener);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await ask('HeapProfiler.collectGarbage');
    const heap = await ask('Runtime.getHeapUsage');
    workers += Number(heap.usedSize ?? 0);
  }
  await cdp.detach();
  return { page: usage.usedSize / 1024 / 1024, workers: workers / 1024 / 1024 };
}

/** The app with its interface in English (the figures do not depend on the language; the labels do). */
async function openApp(page: Page, hash = '#/'): Promise<void> {
  await page.goto(`${base}/${hash}`);
  await page.getByRole('navigation').first().waitFor();
  if ((await page.locator('html').getAttribute('lang')) !== 'en') {
    await page.getByRole('button', { name: 'English' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  }
}

const settle = (page: Page, ms = 400) => page.waitForTimeout(ms);
/**
 * Dexie keeps a live query's last result for 3 s after its page has gone (so coming back is instant): the heap is
 * read after that, as it stands while the user works on.
 */
const DEXIE_CACHE_MS = 3500;

// ---------------------------------------------------------------------------------------------------------------
// Restore: the backup page (choose the file → check → confirm → replace) vs a plain IndexedDB load.

async function restoreThroughApp(page: Page, samplePath: string): Promise<{ check: number; replace: number }> {
  await openApp(page, '#/settings/backup');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  const started = performance.now();
  await (await chooser).setFiles(samplePath);
  const confirm = page.getByRole('button', { name: 'Replace my data' });
  await confirm.waitFor({ timeout: 120_000 });
  const checked = performance.now();
  await confirm.click();
  await page.getByText('All data restored from', { exact: false }).waitFor({ timeout: 300_000 });
  const replaced = performance.now();
  return { check: checked - started, replace: replaced - checked };
}

async function measureRestore(browser: Browser, samplePath: string): Promise<{ context: BrowserContext; page: Page }> {
  step(`Restore of the large sample through the backup page (${RESTORE_RUNS} runs, each in a fresh profile)`);
  const totals: number[] = [];
  const checks: number[] = [];
  const replaces: number[] = [];
  let last: { context: BrowserContext; page: Page } | null = null;
  let emptyHeap = 0;
  for (let run = 0; run < RESTORE_RUNS; run++) {
    if (last) await last.context.close();
    const context = await newContext(browser);
    const page = await context.newPage();
    if (run === 0) {
      await openApp(page, '#/settings');
      await settle(page, 1000);
      const heap = await heapMegabytes(page);
      emptyHeap = heap.page + heap.workers;
    }
    const { check, replace } = await restoreThroughApp(page, samplePath);
    totals.push(check + replace);
    checks.push(check);
    replaces.push(replace);
    console.log(`  run ${run + 1}: check ${(check / 1000).toFixed(2)} s + replace ${(replace / 1000).toFixed(2)} s`);
    last = { context, page };
  }
  if (!last) throw new Error('no restore run');
  const raw: number[] = [];
  const puts: number[] = [];
  for (let run = 0; run < RESTORE_RUNS; run++) {
    const result = await last.page.evaluate((url) => window.__bench.rawRestore(url), sampleUrl);
    raw.push(result.ms);
    puts.push(result.putMs);
  }
  console.log(`  plain IndexedDB load: ${raw.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s, of which putting the records ${puts.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s`);
  record({ id: 'restore', label: 'restore large sample (check + replace)', unit: 'ms', value: median(totals), baseline: median(raw), baselineLabel: 'parse + plain put', samples: totals, goal: { max: 15_000 } });
  record({ id: 'restore-check', label: '  of which: file check before confirming', unit: 'ms', value: median(checks), baseline: null, baselineLabel: null, samples: checks });
  record({ id: 'restore-replace', label: '  of which: replacing the data', unit: 'ms', value: median(replaces), baseline: median(puts), baselineLabel: 'plain put', samples: replaces });
  heapFigures.empty = emptyHeap;
  return last;
}

const heapFigures = { empty: 0 };

// ---------------------------------------------------------------------------------------------------------------
// Lists: from another page to the first rows on screen, vs a plain getAll of the list's store.

const lists = [
  { id: 'accounts', hash: '#/accounts', store: 'accounts', selector: '.dt-body-row' },
  { id: 'briefs', hash: '#/briefs', store: 'briefs', selector: '.dt-body-row' },
  { id: 'pitches', hash: '#/pitches', store: 'pitches', selector: '.dt-body-row' },
  { id: 'evaluations', hash: '#/evaluations', store: 'evaluations', selector: '.round-table tbody tr' },
] as const;

async function leaveToSettings(page: Page): Promise<void> {
  await page.evaluate(() => window.__bench.navigate('#/settings', '#settings-language, .settings-page, main h2'));
  await settle(page, 300);
}

async function measureLists(page: Page): Promise<void> {
  step(`Lists to first rows (${RUNS} runs each) vs plain getAll`);
  for (const list of lists) {
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await leaveToSettings(page);
      samples.push(await page.evaluate(([hash, selector]) => window.__bench.navigate(hash, selector), [list.hash, list.selector] as const));
    }
    const raw: number[] = [];
    let count = 0;
    for (let run = 0; run < RUNS; run++) {
      const result = await page.evaluate((store) => window.__bench.rawGetAll(store), list.store);
      raw.push(result.ms);
      count = result.count;
    }
    record({ id: `list-${list.id}`, label: `${list.id} list: first rows (${count.toLocaleString('en-US')} records)`, unit: 'ms', value: median(samples), baseline: median(raw), baselineLabel: 'getAll', samples, goal: { max: 500, maxRatio: 2 } });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The briefs list: a keystroke in the filter box and a click on a column header, to the next paint.

async function measureBriefsTable(page: Page): Promise<void> {
  step('Briefs list (20,000 rows): filter keystrokes and sorting');
  await leaveToSettings(page);
  await page.evaluate(() => window.__bench.navigate('#/briefs', '.dt-body-row'));
  // The first rows show before every brief is read; filtering and sorting open once all are in.
  await page.locator('.dt-search input:not([disabled])').waitFor({ timeout: 60_000 });
  await settle(page, 500);
  const result = await page.evaluate(async () => {
    const { setValue, nextPaint } = window.__bench;
    const input = document.querySelector<HTMLInputElement>('.dt-search input');
    if (!input) throw new Error('no filter box');
    const raw = (await window.__bench.rawAll(['briefs', 'accounts'])) as { briefs: { title: string; project: string; jobNumber: string; accountId: string; deletedAt: string | null }[]; accounts: { id: string; brand: string }[] };
    const brief = raw.briefs.find((b) => b.jobNumber && b.title.length >= 4) ?? raw.briefs[0];
    const brand = raw.accounts[0]?.brand ?? '品牌';
    if (!brief) throw new Error('no briefs');
    const words = [brand, brief.title.slice(0, 4), brief.jobNumber, 'launch'];
    const typed: string[] = [];
    for (const word of words) {
      for (let i = 1; i <= word.length; i++) typed.push(word.slice(0, i));
      typed.push('');
    }
    const filter: number[] = [];
    for (const value of typed) {
      const start = performance.now();
      setValue(input, value);
      await nextPaint();
      filter.push(performance.now() - start);
    }
    // The same queries over the same records with a plain loop: the least any filter must do.
    const brands = new Map(raw.accounts.map((a) => [a.id, a.brand]));
    const haystacks = raw.briefs.filter((b) => !b.deletedAt).map((b) => `${b.title} ${brands.get(b.accountId) ?? ''} ${b.project} ${b.jobNumber}`.toLowerCase());
    const plainFilter: number[] = [];
    for (const value of typed) {
      const start = performance.now();
      const needle = value.toLowerCase();
      const hits = haystacks.filter((h) => h.includes(needle));
      plainFilter.push(performance.now() - start + (hits.length < 0 ? 1 : 0));
    }
    const sort: number[] = [];
    const headers = [...document.querySelectorAll<HTMLButtonElement>('.dt-sort')].slice(0, 4);
    for (let round = 0; round < 3; round++) {
      for (const header of headers) {
        const start = performance.now();
        header.click();
        await nextPaint();
        sort.push(performance.now() - start);
      }
    }
    const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });
    const plainSort: number[] = [];
    for (let round = 0; round < 3; round++) {
      const start = performance.now();
      [...raw.briefs].sort((a, b) => collator.compare(a.title, b.title));
      plainSort.push(performance.now() - start);
    }
    return { filter, plainFilter, sort, plainSort, keystrokes: typed.length };
  });
  record({ id: 'briefs-filter-p50', label: `briefs filter keystroke p50 (${result.keystrokes} keystrokes)`, unit: 'ms', value: percentile(result.filter, 50), baseline: percentile(result.plainFilter, 50), baselineLabel: 'plain loop', samples: result.filter });
  record({ id: 'briefs-filter-p95', label: 'briefs filter keystroke p95', unit: 'ms', value: percentile(result.filter, 95), baseline: percentile(result.plainFilter, 95), baselineLabel: 'plain loop', samples: result.filter, goal: { max: 50 } });
  record({ id: 'briefs-sort-p50', label: `briefs sort click p50 (${result.sort.length} clicks)`, unit: 'ms', value: percentile(result.sort, 50), baseline: median(result.plainSort), baselineLabel: 'Array.sort', samples: result.sort });
  record({ id: 'briefs-sort-p95', label: 'briefs sort click p95', unit: 'ms', value: percentile(result.sort, 95), baseline: median(result.plainSort), baselineLabel: 'Array.sort', samples: result.sort, goal: { max: 50 } });
}

// ---------------------------------------------------------------------------------------------------------------
// Search (Ctrl+K): the index is built once; each query then runs to its results on screen.

const chineseQueries = ['品牌', '新品', '上市', '春节', '会员', '社交', '门店', '年轻', '电商', '中秋', '传播', '创意'];

/** The English words the records use most (brand names, English names, Latin terms in briefs), as a user would type them. */
async function englishQueriesFrom(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const raw = (await window.__bench.rawAll(['accounts', 'members', 'pitches'])) as Record<string, Record<string, unknown>[]>;
    const counts = new Map<string, number>();
    for (const rows of Object.values(raw)) for (const row of rows) for (const [key, value] of Object.entries(row)) {
      // What a person wrote: not ids, timestamps or enum values.
      if (typeof value !== 'string' || key === 'id' || /Id$|At$|^(status|stage|type|source|currency|tier|level|role)$/.test(key)) continue;
      for (const word of value.match(/[A-Za-z]{4,}/g) ?? []) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
    }
    const common = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).map(([w]) => w);
    // Every other one of the common words: frequent and rarer ones alike.
    return common.filter((_, i) => i % 2 === 0).slice(0, 12);
  });
}

async function measureSearch(page: Page): Promise<void> {
  step('Search palette: index build, then Chinese and English queries');
  const englishQueries = await englishQueriesFrom(page);
  console.log(`  English queries: ${englishQueries.join(', ')}`);
  await leaveToSettings(page);
  const started = performance.now();
  await page.keyboard.press('Control+k');
  await page.locator('dialog[open] input').waitFor();
  await page.waitForFunction(() => !document.querySelector('dialog[open]')?.textContent?.includes('Building the search index'), undefined, { timeout: 120_000, polling: 50 });
  const build = performance.now() - started;
  const result = await page.evaluate(async ([zh, en]) => {
    const { setValue, waitDom, nextPaint } = window.__bench;
    const dialog = document.querySelector('dialog[open]');
    const box = dialog?.querySelector<HTMLInputElement>('input');
    if (!dialog || !box) throw new Error('no search palette');
    const idle = 'Type to search';
    const statusText = () => [...dialog.querySelectorAll('[role=status]')].map((e) => e.textContent ?? '').join(' ');
    const run = async (queries: readonly string[]) => {
      const times: number[] = [];
      const hits: number[] = [];
      for (const query of queries) {
        setValue(box, '');
        await waitDom(() => statusText().includes(idle));
        await nextPaint();
        const start = performance.now();
        setValue(box, query);
        await waitDom(() => !statusText().includes(idle));
        await nextPaint();
        times.push(performance.now() - start);
        hits.push(dialog.querySelectorAll('[role=option]').length);
      }
      return { times, hits };
    };
    const chinese = await run(zh);
    const english = await run(en);
    // A plain scan of every searched record's text: what a search without an index costs.
    const raw = (await window.__bench.rawAll(['accounts', 'contacts', 'briefs', 'pitches', 'members', 'evaluations', 'reports'])) as Record<string, Record<string, unknown>[]>;
    const texts: string[] = [];
    const collect = (value: unknown, into: string[]) => {
      if (typeof value === 'string') into.push(value);
      else if (Array.isArray(value)) for (const item of value) collect(item, into);
      else if (value && typeof value === 'object') for (const item of Object.values(value)) collect(item, into);
    };
    for (const rows of Object.values(raw)) for (const row of rows) {
      const parts: string[] = [];
      collect(row, parts);
      texts.push(parts.join('\n').toLowerCase());
    }
    const scan = (queries: readonly string[]) => queries.map((query) => {
      const start = performance.now();
      let found = 0;
      for (const text of texts) if (text.includes(query)) found++;
      return performance.now() - start + (found < 0 ? 1 : 0);
    });
    return { chinese, english, scanChinese: scan(zh), scanEnglish: scan(en) };
  }, [chineseQueries, englishQueries] as const);
  await page.keyboard.press('Escape');
  console.log(`  results per Chinese query: ${result.chinese.hits.join(', ')}; per English query: ${result.english.hits.join(', ')}`);
  record({ id: 'search-index-build', label: 'search index build (first Ctrl+K)', unit: 'ms', value: build, baseline: null, baselineLabel: null, samples: [build] });
  record({ id: 'search-zh-p50', label: 'search, 2-character Chinese p50', unit: 'ms', value: percentile(result.chinese.times, 50), baseline: percentile(result.scanChinese, 50), baselineLabel: 'plain scan', samples: result.chinese.times });
  record({ id: 'search-zh-p95', label: 'search, 2-character Chinese p95', unit: 'ms', value: percentile(result.chinese.times, 95), baseline: percentile(result.scanChinese, 95), baselineLabel: 'plain scan', samples: result.chinese.times, goal: { max: 100 } });
  record({ id: 'search-en-p50', label: 'search, English word p50', unit: 'ms', value: percentile(result.english.times, 50), baseline: percentile(result.scanEnglish, 50), baselineLabel: 'plain scan', samples: result.english.times });
  record({ id: 'search-en-p95', label: 'search, English word p95', unit: 'ms', value: percentile(result.english.times, 95), baseline: percentile(result.scanEnglish, 95), baselineLabel: 'plain scan', samples: result.english.times, goal: { max: 100 } });
}

// ---------------------------------------------------------------------------------------------------------------
// A brief with ten versions: opening it, and comparing its first and last versions.

type Picks = { briefId: string; versions: number; pitchId: string; evaluationId: string; quarter: string; reportId: string; reportTitle: string };

async function pickRecords(page: Page): Promise<Picks> {
  return page.evaluate(async () => {
    type Row = Record<string, unknown> & { id: string; deletedAt: string | null };
    const raw = (await window.__bench.rawAll(['briefs', 'pitches', 'evaluations', 'reports'])) as Record<string, Row[]>;
    const live = (name: string) => (raw[name] ?? []).filter((r) => !r.deletedAt);
    const brief = live('briefs').filter((b) => Number(b.currentVersion) >= 10).sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)))[0];
    const pitch = live('pitches').sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)))[0];
    const finals = live('evaluations').filter((e) => e.status === 'final').sort((a, b) => String(b.quarter).localeCompare(String(a.quarter)));
    const evaluation = finals[0];
    // The worst case of a quarterly report: a draft over the whole department, its figures compiled at export.
    const quarterly = live('reports').filter((r) => r.periodType === 'quarter').sort((a, b) => String(b.periodEnd).localeCompare(String(a.periodEnd)));
    const report = quarterly.find((r) => r.status === 'draft' && (r.scope as { type: string }).type === 'department') ?? quarterly[0];
    if (!brief || !pitch || !evaluation || !report) throw new Error('the large sample lacks a record the benchmark needs');
    return { briefId: brief.id, versions: Number(brief.currentVersion), pitchId: pitch.id, evaluationId: evaluation.id, quarter: String(evaluation.quarter), reportId: report.id, reportTitle: String(report.title) };
  });
}

async function measureBrief(page: Page, picks: Picks): Promise<void> {
  step(`A brief with ${picks.versions} versions: open, compare version 1 with version ${picks.versions}`);
  const open: number[] = [];
  const compare: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await leaveToSettings(page);
    open.push(await page.evaluate((id) => window.__bench.navigate(`#/briefs/${id}`, '[role=tabpanel] textarea'), picks.briefId));
    await settle(page, 200);
    compare.push(
      await page.evaluate(async (last) => {
        const { waitDom, nextPaint, setValue } = window.__bench;
        const start = performance.now();
        const tab = [...document.querySelectorAll<HTMLElement>('[role=tab]')].find((t) => t.textContent?.includes('Compare'));
        if (!tab) throw new Error('no compare tab');
        tab.click();
        await waitDom(() => document.querySelectorAll('.compare-pickers select').length === 2);
        const [from, to] = [...document.querySelectorAll<HTMLSelectElement>('.compare-pickers select')];
        if (!from || !to) throw new Error('no version pickers');
        setValue(to, String(last));
        setValue(from, '1');
        await waitDom(() => document.querySelector('.compare-summary') !== null);
        await nextPaint();
        return performance.now() - start;
      }, picks.versions),
    );
  }
  const raw = await page.evaluate(async (id) => {
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const start = performance.now();
      const all = (await window.__bench.rawAll(['briefs'])) as { briefs: { id: string }[] };
      all.briefs.find((b) => b.id === id);
      times.push(performance.now() - start);
    }
    return times;
  }, picks.briefId);
  record({ id: 'brief-open', label: `open a brief with ${picks.versions} versions`, unit: 'ms', value: median(open), baseline: null, baselineLabel: null, samples: open, goal: { max: 500 } });
  record({ id: 'brief-compare', label: `compare version 1 with version ${picks.versions}`, unit: 'ms', value: median(compare), baseline: null, baselineLabel: null, samples: compare, goal: { max: 500 } });
  notes.push(`plain read of the briefs store: ${median(raw).toFixed(0)} ms`);
}

// ---------------------------------------------------------------------------------------------------------------
// Word exports through their buttons vs the same paragraphs packed by the docx library alone.

/** The text of every paragraph of the document body, in order (tables' cells included). */
function paragraphsOf(docx: Uint8Array): string[] {
  const files = unzipSync(docx, { filter: (file) => file.name === 'word/document.xml' });
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1] ?? '')).join(''));
}

async function measureExport(page: Page, id: string, label: string, hash: string, button: string, goal: Figure['goal']): Promise<void> {
  await leaveToSettings(page);
  await page.evaluate((h) => { location.hash = h; }, hash);
  const target = page.getByRole('button', { name: button, exact: true });
  await target.waitFor({ timeout: 60_000 });
  await page.waitForFunction((name) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === name && !b.disabled), button, { timeout: 60_000 });
  await settle(page, 300);
  const times: number[] = [];
  let file = new Uint8Array();
  for (let run = 0; run < RUNS; run++) {
    await page.waitForFunction((name) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === name && !b.disabled), button);
    const handle = await target.elementHandle();
    if (!handle) throw new Error(`no button ${button}`);
    const result = await page.evaluate((element) => window.__bench.exportByClick(element as HTMLButtonElement), handle);
    // A live handle keeps the button, and through it the whole page it belonged to, in memory.
    await handle.dispose();
    times.push(result.ms);
    file = Buffer.from(result.base64, 'base64');
    await settle(page, 200);
  }
  const paragraphs = paragraphsOf(file);
  const bare: number[] = [];
  for (let run = 0; run < RUNS; run++) bare.push(await page.evaluate((texts) => window.__bench.bareDocx(texts), paragraphs));
  const characters = paragraphs.reduce((sum, p) => sum + p.length, 0);
  record({ id, label: `${label} (${paragraphs.length} paragraphs, ${characters.toLocaleString('en-US')} characters)`, unit: 'ms', value: median(times), baseline: median(bare), baselineLabel: 'bare docx', samples: times, goal: { ...goal, maxRatio: 1.5 } });
  console.log(`    first export (loads the document code): ${times[0]?.toFixed(0)} ms`);
}

async function measureExports(page: Page, picks: Picks): Promise<void> {
  step(`Word exports (${RUNS} runs each) vs a bare docx document of the same text`);
  await page.addScriptTag({ url: docxUrl });
  await measureExport(page, 'export-brief', 'export brief', `#/briefs/${picks.briefId}`, 'Export Word', { max: 300 });
  await measureExport(page, 'export-pitch-pack', 'export pitch pack', `#/pitches/${picks.pitchId}`, 'Export preparation pack (Word)', undefined);
  await measureExport(page, 'export-evaluation', 'export evaluation', `#/evaluations/${picks.evaluationId}`, 'Export evaluation (Word)', undefined);
  // The quarter overview opens on the quarter the user last chose in this session.
  await page.evaluate(([key, quarter]) => sessionStorage.setItem(key, quarter), [QUARTER_KEY, picks.quarter] as const);
  await measureExport(page, 'export-team-summary', `export team summary (${picks.quarter})`, '#/evaluations', 'Export team summary (Word)', undefined);
  await measureExport(page, 'export-quarterly-report', 'export quarterly report', `#/reports/${picks.reportId}`, 'Export Word report', { max: 2000 });
}

// ---------------------------------------------------------------------------------------------------------------

declare global {
  interface Window {
    __bench: {
      nextPaint(): Promise<void>;
      waitDom(predicate: () => boolean, timeoutMs?: number): Promise<void>;
      setValue(element: HTMLInputElement | HTMLSelectElement, value: string): void;
      navigate(hash: string, selector: string): Promise<number>;
      rawGetAll(store: string): Promise<{ ms: number; count: number }>;
      rawAll(stores: string[]): Promise<Record<string, unknown[]>>;
      rawRestore(url: string): Promise<{ ms: number; putMs: number }>;
      exportByClick(button: HTMLButtonElement): Promise<{ ms: number; base64: string }>;
      bareDocx(paragraphs: string[]): Promise<number>;
    };
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  if (!options['skip-build']) build();
  const sample = await writeLargeSample();
  const server = await serve(sample.path);
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ headless: true, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  const browserVersion = browser.version();
  try {
    const { page } = await measureRestore(browser, sample.path);
    await openApp(page, '#/');
    await settle(page, 2000);
    // The heap after each part, on a page that holds nothing itself: what each part leaves behind.
    const heapAfter = async (part: string) => {
      await leaveToSettings(page);
      await settle(page, DEXIE_CACHE_MS);
      const heap = await heapMegabytes(page);
      notes.push(`heap after ${part}: page ${heap.page.toFixed(1)} MB + workers ${heap.workers.toFixed(1)} MB`);
    };
    await heapAfter('start (desk)');
    if (wanted('lists')) await measureLists(page).then(() => heapAfter('lists'));
    if (wanted('table')) {
      await measureBriefsTable(page);
      const open = await heapMegabytes(page);
      notes.push(`heap with the briefs list open (20,000 rows): page ${open.page.toFixed(1)} MB + workers ${open.workers.toFixed(1)} MB`);
      await heapAfter('briefs table');
    }
    if (wanted('search')) await measureSearch(page).then(() => heapAfter('search'));
    const picks = await pickRecords(page);
    if (wanted('brief')) await measureBrief(page, picks).then(() => heapAfter('brief'));
    if (wanted('exports')) await measureExports(page, picks).then(() => heapAfter('exports'));
    await leaveToSettings(page);
    await settle(page, DEXIE_CACHE_MS);
    const heap = await heapMegabytes(page);
    const total = heap.page + heap.workers;
    record({ id: 'heap', label: 'JS heap after loading and browsing (page + workers)', unit: 'MB', value: total, baseline: heapFigures.empty, baselineLabel: 'empty app', samples: [total], goal: { max: 300 } });
    record({ id: 'heap-page', label: '  of which: the page', unit: 'MB', value: heap.page, baseline: null, baselineLabel: null, samples: [heap.page] });
    record({ id: 'heap-workers', label: '  of which: workers (search index)', unit: 'MB', value: heap.workers, baseline: null, baselineLabel: null, samples: [heap.workers] });
  } catch (error) {
    // What the page showed when a step failed, for whoever reads the log.
    const pages = browser.contexts().flatMap((c) => c.pages());
    for (const [i, page] of pages.entries()) await page.screenshot({ path: resolve(root, `.tmp/bench/failure-${i + 1}.png`) }).catch(() => undefined);
    if (pages.length > 0) console.error(`Screenshots of the open pages: .tmp/bench/failure-*.png`);
    throw error;
  } finally {
    await browser.close();
    await server.close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${formatTable(figures)}\n`);
  for (const note of notes) console.log(`note: ${note}`);
  const missed = figures.filter((f) => verdictOf(f) === 'missed');
  console.log(missed.length === 0 ? `Every goal met (${seconds.toFixed(0)} s).` : `Missed: ${missed.map((f) => f.id).join(', ')} (${seconds.toFixed(0)} s).`);
  const out = resolve(root, 'bench/results.json');
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, browser: browserVersion },
        sample: { bytes: sample.bytes, counts: sample.counts },
        figures: figures.map((f) => ({ ...f, ratio: f.baseline ? f.value / f.baseline : null, verdict: verdictOf(f) })),
        notes,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Wrote ${out}`);
}

await main();
