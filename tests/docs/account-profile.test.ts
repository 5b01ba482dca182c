// The account profile read back by independent readers: LibreOffice renders it, python-docx opens it, the XML is right.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it as vitestIt } from 'vitest';
import { buildAccountProfile } from '@shared/documents/account-profile';
import { packToBuffer } from '@shared/documents/pack';
import type { Language } from '@shared/model';
import { realisticAccountBundle } from './account-bundle';
import { docxParts } from './docx-parts';
import { allText, convertToPdf, isRealPdf, pdfText, readWithPythonDocx, guardedSetup, requireTools, type DocxReading } from './tools';
import { HOSTILE_BRAND, XML_FORBIDDEN, hostileAccountBundle, hostileStrings } from '../fixtures/hostile';

type Case = { name: string; lang: Language; bundle: 'realistic' | 'hostile'; file: string; bytes: Uint8Array };

const dir = mkdtempSync(join(tmpdir(), 'account-profile-'));
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

const setup = guardedSetup(async () => {
  requireTools();
  const started = performance.now();
  for (const bundle of ['realistic', 'hostile'] as const) {
    for (const lang of ['zh-CN', 'en'] as const) {
      const data = bundle === 'realistic' ? realisticAccountBundle() : hostileAccountBundle();
      const bytes = await packToBuffer(buildAccountProfile(data, data.settings, lang));
      const name = `${bundle}-${lang}`;
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, bytes);
      cases.push({ name, lang, bundle, file, bytes });
    }
  }
  const built = performance.now();
  ({ pdfs, log: conversionLog } = convertToPdf(cases.map((c) => c.file), join(dir, 'pdf')));
  const converted = performance.now();
  readings = readWithPythonDocx(cases.map((c) => c.file));
  const read = performance.now();
  console.info(`account profile docs: build ${Math.round(built - started)} ms, LibreOffice ${Math.round(converted - built)} ms for ${cases.length} files, python-docx ${Math.round(read - converted)} ms`);
});
beforeAll(setup.run);

/** Every test fails, never skips, when the tools or the setup are missing. */
const it = (name: string, test: () => unknown) => vitestIt(name, async () => {
  setup.ready();
  await test();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('account profile in LibreOffice', () => {
  it('converts to a non-empty PDF for realistic and hostile data, in Chinese and English', () => {
    for (const c of cases) expect(isRealPdf(pdfs.get(c.file) ?? ''), `${c.name}: ${conversionLog}`).toBe(true);
  });

  it('prints the brand and "第 1 页 / 共 N 页" page numbers from the PAGE and NUMPAGES fields', () => {
    const zh = pdfText(pdfs.get(byName('realistic-zh-CN').file) ?? '');
    expect(zh).toContain('青岚茶饮');
    // pdftotext drops the thin spaces around CJK text, so spacing is optional here.
    expect(zh).toMatch(/第\s*1\s*页\s*\/\s*共\s*[2-9]\s*页/);
    expect(zh).toContain('机密 · 仅供内部使用');
    const en = pdfText(pdfs.get(byName('realistic-en').file) ?? '');
    expect(en).toMatch(/Page\s+1\s+of\s+[2-9]/);
    expect(en).toContain('Confidential');
  });
});

describe('account profile in python-docx', () => {
  it('opens every file', () => {
    for (const c of cases) expect(readings.get(c.file), c.name).toMatchObject({ ok: true, malformedParts: [] });
  });

  it('finds the brand as the title, the headings in order and a contact in the Chinese profile', () => {
    const r = reading('realistic-zh-CN');
    expect(r.paragraphs.find((p) => p.style === 'Title')?.text).toBe('青岚茶饮');
    expect(r.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toEqual(['客户概况', '客户健康度', '客户联系人', '我方团队', '沟通记录', '进行中的简报与比稿', '账款与回款']);
    expect(allText(r)).toContain('林晓岚');
    expect(r.header).toContain('远景广告（上海）有限公司');
    expect(r.footer).toContain('机密 · 仅供内部使用');
    expect(r.images).toBe(1);
    expect(r.core).toMatchObject({ title: '客户档案 · 青岚茶饮', author: '远景广告（上海）有限公司', language: 'zh-CN' });
    // A4 in EMU.
    expect(r.page.width).toBeCloseTo(7_560_310, -4);
    expect(r.page.height).toBeCloseTo(10_692_130, -4);
  });

  it('finds English headings, labels and money in the English profile', () => {
    const r = reading('realistic-en');
    expect(r.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toEqual(['Overview', 'Account health', 'Client contacts', 'Our team', 'Relationship log', 'Briefs and pitches in progress', 'Billing and collections']);
    const text = allText(r).replace(/\u00a0/g, ' ');
    for (const expected of ['Grace Liu', 'Active', 'Tier A', 'CNY 1,200,000', '65%']) expect(text).toContain(expected);
    expect(r.core.language).toBe('en-GB');
  });

  it('shows the sanitised hostile text, every visible character kept', () => {
    for (const name of ['hostile-zh-CN', 'hostile-en']) {
      const r = reading(name);
      expect(r.paragraphs.find((p) => p.style === 'Title')?.text).toBe(strip(HOSTILE_BRAND).trim());
      const text = allText(r);
      for (const key of ['markup', 'emoji', 'zwjSequences', 'flags', 'rtl', 'longChinese', 'longWord', 'longUrl', 'windowsPath', 'quotesAndDashes'] as const) {
        expect(text, key).toContain(hostileStrings[key]);
      }
      expect(text).toContain(strip(hostileStrings.nonCharacters));
      expect(text).toContain(strip(hostileStrings.loneHighSurrogate));
      expect(text).not.toMatch(XML_FORBIDDEN);
      expect(r.images).toBe(0); // the unreadable logo is skipped, not a broken image
    }
  });
});

describe('account profile XML', () => {
  it('sets the East-Asian and Latin fonts and the language in the default run properties and every heading style', () => {
    for (const c of cases) {
      const styles = docxParts(c.bytes).get('word/styles.xml') ?? '';
      const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)?.[0] ?? '';
      expect(defaults, c.name).toMatch(/<w:rFonts [^>]*w:ascii="Calibri"[^>]*w:eastAsia="Microsoft YaHei"[^>]*w:hAnsi="Calibri"/);
      // Chinese text is tagged by eastAsia; val is the language of Latin-script text (see styles.ts).
      expect(defaults, c.name).toContain(`<w:lang w:val="${c.lang === 'zh-CN' ? 'en-US' : 'en-GB'}" w:eastAsia="zh-CN"/>`);
      for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3']) {
        const style = new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's').exec(styles)?.[0] ?? '';
        expect(style, `${c.name} ${id}`).toMatch(/w:eastAsia="Microsoft YaHei"/);
      }
    }
  });

  it('has no character XML 1.0 forbids in any part, hostile input included', () => {
    for (const c of cases) for (const [part, xml] of docxParts(c.bytes)) expect(xml, `${c.name} ${part}`).not.toMatch(XML_FORBIDDEN);
  });

  it('puts PAGE and NUMPAGES fields in the footer and the agency in the header', () => {
    for (const c of cases) {
      const parts = docxParts(c.bytes);
      const footer = [...parts].filter(([n]) => n.startsWith('word/footer')).map(([, x]) => x).join('');
      expect(footer, c.name).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(footer, c.name).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    }
  });
});
