// The pitch preparation pack and post-mortem read back by independent readers: LibreOffice renders them, python-docx
// opens them and finds what the room needs, the XML is clean — for realistic, hostile and nearly empty pitches.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it as vitestIt } from 'vitest';
import type { Document } from 'docx';
import { buildPitchPack, pitchPackKind } from '@shared/documents/pitch-pack';
import { buildPitchPostMortem, pitchPostMortemKind } from '@shared/documents/pitch-post-mortem';
import { documentKinds } from '@shared/documents/registry';
import { emptyTables } from '@shared/backup/format';
import { packToBuffer } from '@shared/documents/pack';
import type { Language } from '@shared/model';
import { documentData, hostilePitchBundle, realisticPitchBundle, type PitchBundle } from './pitch-bundle';
import { docxParts } from './docx-parts';
import { allText, convertToPdf, guardedSetup, isRealPdf, pdfText, readWithPythonDocx, requireTools, type DocxReading } from './tools';
import { XML_FORBIDDEN, hostileStrings } from '../fixtures/hostile';

type Kind = 'pack' | 'post-mortem';
type Case = { name: string; lang: Language; file: string; bytes: Uint8Array };

const dir = mkdtempSync(join(tmpdir(), 'pitch-docs-'));
const cases: Case[] = [];
let pdfs = new Map<string, string>();
let conversionLog = '';
let readings = new Map<string, DocxReading>();

const strip = (s: string) => s.replace(new RegExp(XML_FORBIDDEN.source, 'g'), '');
const byName = (name: string) => {
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`no case ${name}`);
  return found;
};
const reading = (name: string) => {
  const r = readings.get(byName(name).file);
  if (!r || !r.ok) throw new Error(`python-docx could not open ${name}: ${r && !r.ok ? r.error : 'no result'}`);
  return r;
};
const headings = (name: string, style = 'Heading 1') => reading(name).paragraphs.filter((p) => p.style === style).map((p) => p.text);
/** python-docx text with Intl's no-break spaces made plain, so "CNY 3,600,000" reads as typed. */
const textOf = (name: string) => allText(reading(name)).replace(/\u00a0/g, ' ');

function build(kind: Kind, bundle: PitchBundle, which: 'open' | 'lost', lang: Language): Document {
  const data = documentData(bundle, which);
  return kind === 'pack' ? buildPitchPack(data, bundle.settings, lang) : buildPitchPostMortem(data, bundle.settings, lang);
}

const setup = guardedSetup(async () => {
  requireTools();
  const started = performance.now();
  const realistic = realisticPitchBundle();
  const hostile = hostilePitchBundle();
  const plan: [string, Kind, PitchBundle, 'open' | 'lost', Language][] = [];
  for (const lang of ['zh-CN', 'en'] as const) {
    plan.push([`pack-${lang}`, 'pack', realistic, 'open', lang]);
    plan.push([`post-mortem-${lang}`, 'post-mortem', realistic, 'lost', lang]);
    plan.push([`hostile-pack-${lang}`, 'pack', hostile, 'open', lang]);
    plan.push([`hostile-post-mortem-${lang}`, 'post-mortem', hostile, 'open', lang]);
  }
  plan.push(['empty-pack-zh-CN', 'pack', hostile, 'lost', 'zh-CN']);
  plan.push(['empty-post-mortem-en', 'post-mortem', hostile, 'lost', 'en']);
  for (const [name, kind, bundle, which, lang] of plan) {
    const bytes = await packToBuffer(build(kind, bundle, which, lang));
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, bytes);
    cases.push({ name, lang, file, bytes });
  }
  const built = performance.now();
  ({ pdfs, log: conversionLog } = convertToPdf(cases.map((c) => c.file), join(dir, 'pdf')));
  const converted = performance.now();
  readings = readWithPythonDocx(cases.map((c) => c.file));
  console.info(`pitch docs: build ${Math.round(built - started)} ms, LibreOffice ${Math.round(converted - built)} ms for ${cases.length} files, python-docx ${Math.round(performance.now() - converted)} ms`);
});
beforeAll(setup.run);

/** Every test fails, never skips, when the tools or the setup are missing. */
const it = (name: string, test: () => unknown) => vitestIt(name, async () => {
  setup.ready();
  await test();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pitch documents in LibreOffice', () => {
  it('convert to non-empty PDFs for realistic, hostile and nearly empty pitches, in Chinese and English', () => {
    for (const c of cases) expect(isRealPdf(pdfs.get(c.file) ?? ''), `${c.name}: ${conversionLog}`).toBe(true);
  });

  it('print the pitch, the page numbers and the confidentiality line', () => {
    const zh = pdfText(pdfs.get(byName('pack-zh-CN').file) ?? '');
    expect(zh).toContain('兰亭香氛');
    expect(zh).toMatch(/第\s*1\s*页\s*\/\s*共\s*[2-9]\s*页/);
    expect(zh).toContain('机密 · 仅供内部使用');
    const en = pdfText(pdfs.get(byName('post-mortem-en').file) ?? '');
    expect(en).toMatch(/Page\s+1\s+of\s+\d/);
  });
});

describe('preparation pack in python-docx', () => {
  it('opens every file with every XML part well formed', () => {
    for (const c of cases) expect(readings.get(c.file), c.name).toMatchObject({ ok: true, malformedParts: [] });
  });

  it('carries into the room the summary, panel, competitors, team, timeline, checklist and strategy, in that order', () => {
    const r = reading('pack-zh-CN');
    expect(r.paragraphs.find((p) => p.style === 'Title')?.text).toBe('兰亭香氛 2027 年度整合传播代理比稿');
    expect(headings('pack-zh-CN')).toEqual(['概要', '客户评审团', '竞争代理商', '我方团队与分工', '时间线与关键日期', '准备清单', '简报、策略与核心创意']);
    expect(headings('pack-zh-CN', 'Heading 2')).toEqual(['比或不比评估', '客户简报摘要', '我方策略', '核心创意']);
    const text = textOf('pack-zh-CN');
    for (const expected of ['距离提案还有 18 天', '准备进度：已完成 2 / 6 项', '其中 1 项已逾期', '建议参加', '林晓岚', '首席营销官 CMO', '逗号广告', '现任代理', '何静', '策略负责人', '第 3 轮：化学反应会', '红队评审', '逾期', '未指定', '「闻见此刻」', '比稿顾问', '¥3,600,000']) {
      expect(text, expected).toContain(expected);
    }
    expect(r.header).toContain('远景广告（上海）有限公司');
    expect(r.images).toBe(1);
    expect(r.core).toMatchObject({ title: '提案准备包 · 兰亭香氛 2027 年度整合传播代理比稿', language: 'zh-CN' });
  });

  it('reads in English with English labels, names, money and the built-in lost reasons translated', () => {
    expect(headings('pack-en')).toEqual(['Summary', 'Client panel', 'Competing agencies', 'Our team and roles', 'Timeline and key dates', 'Preparation checklist', 'Brief, strategy and big idea']);
    const text = textOf('pack-en');
    for (const expected of ['18 days to the pitch', 'recommends pitching', 'Decision-makers', '何静 (Jing He)', 'Search consultant', 'CNY 3,600,000', 'Red team', 'Overdue', 'Incumbent']) expect(text, expected).toContain(expected);
    expect(reading('pack-en').core.language).toBe('en-GB');
    expect(textOf('post-mortem-en')).toContain('Lost reason: Price / budget');
  });

  it('keeps hostile text, sanitised, every visible character in place', () => {
    for (const name of ['hostile-pack-zh-CN', 'hostile-pack-en', 'hostile-post-mortem-zh-CN']) {
      const text = allText(reading(name));
      for (const key of ['markup', 'emoji', 'zwjSequences', 'flags', 'rtl', 'longWord', 'windowsPath', 'quotesAndDashes'] as const) {
        expect(text, `${name} ${key}`).toContain(hostileStrings[key]);
      }
      expect(text, name).toContain(strip(hostileStrings.nonCharacters));
      expect(text).not.toMatch(XML_FORBIDDEN);
      expect(reading(name).images).toBe(0); // the unreadable logo is skipped, not a broken image
    }
    expect(allText(reading('hostile-pack-zh-CN'))).toContain(hostileStrings.longChinese.slice(0, 2000));
  });

  it('says what is missing rather than leaving empty tables', () => {
    const text = textOf('empty-pack-zh-CN');
    for (const expected of ['还没有登记评审团成员。', '还没有登记竞争代理商。', '还没有指定比稿团队。', '还没有日期。', '还没有准备事项。', '尚未评分。', '（未填写）']) expect(text).toContain(expected);
    expect(reading('empty-pack-zh-CN').tables).toHaveLength(1); // the key facts only
  });
});

describe('post-mortem in python-docx', () => {
  it('tells the outcome, the feedback and the lessons, then how it went', () => {
    expect(headings('post-mortem-zh-CN')).toEqual(['结果', '客户反馈', '做得好的', '不足之处', '经验教训', '过程回顾']);
    expect(headings('post-mortem-zh-CN', 'Heading 2')).toEqual(['轮次', '竞争代理商', '我方团队', '投入与回报']);
    const text = textOf('post-mortem-zh-CN');
    for (const expected of ['落选', '我们落选了，胜出的是逗号广告。', '落选原因：价格/预算', '总报价高出预算 18%', '准备两档预算方案。', '胜出代理商', '2026年2月20日', '¥21,000', '终提 90 分钟，采购出席']) expect(text, expected).toContain(expected);
    expect(reading('post-mortem-zh-CN').paragraphs.find((p) => p.style === 'Title')?.text).toBe('兰亭香氛 2026 春节礼盒传播比稿');
  });

  it('says there is no outcome yet instead of guessing one', () => {
    expect(textOf('empty-post-mortem-en')).toContain('This pitch has no outcome yet.');
  });
});

describe('pitch document XML', () => {
  it('sets the East-Asian and Latin fonts in the defaults and headings', () => {
    for (const c of cases.filter((x) => !x.name.startsWith('hostile'))) {
      const styles = docxParts(c.bytes).get('word/styles.xml') ?? '';
      const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)?.[0] ?? '';
      expect(defaults, c.name).toMatch(/<w:rFonts [^>]*w:eastAsia="Microsoft YaHei"/);
      expect(defaults, c.name).toContain(`<w:lang w:val="${c.lang === 'zh-CN' ? 'en-US' : 'en-GB'}" w:eastAsia="zh-CN"/>`);
    }
  });

  it('has no character XML 1.0 forbids in any part', () => {
    for (const c of cases) for (const [part, xml] of docxParts(c.bytes)) expect(xml, `${c.name} ${part}`).not.toMatch(XML_FORBIDDEN);
  });
});

describe('pitch documents in the batch export', () => {
  it('gives a pack for every live pitch and a post-mortem for every decided one, with safe file names', async () => {
    expect(documentKinds).toContain(pitchPackKind);
    expect(documentKinds).toContain(pitchPostMortemKind);
    const realistic = realisticPitchBundle();
    const hostile = hostilePitchBundle();
    const tables = emptyTables();
    tables.accounts.push(realistic.account, hostile.account);
    tables.members.push(...realistic.members, ...hostile.members);
    tables.pitches.push(realistic.open, realistic.lost, hostile.open, hostile.lost, { ...realistic.open, id: 'gone', deletedAt: '2026-11-01T00:00:00.000Z' });
    const context = { settings: realistic.settings, lang: 'zh-CN' as const, today: '2026-11-27' };
    const packs = pitchPackKind.jobs(tables, context);
    const postMortems = pitchPostMortemKind.jobs(tables, context);
    expect(packs.map((j) => j.recordId).sort()).toEqual([realistic.open.id, realistic.lost.id, hostile.open.id, hostile.lost.id].sort());
    expect(postMortems.map((j) => j.recordId).sort()).toEqual([realistic.lost.id, hostile.open.id].sort());
    expect(packs.find((j) => j.recordId === realistic.open.id)?.fileName).toBe('提案准备包-兰亭香氛-兰亭香氛 2027 年度整合传播代理比稿-7c1e2d3f.docx');
    // eslint-disable-next-line no-control-regex -- what Windows forbids in file names
    for (const job of [...packs, ...postMortems]) expect(job.fileName).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
    for (const job of postMortems) expect((await packToBuffer(job.build())).length).toBeGreaterThan(5000);
  });
});
