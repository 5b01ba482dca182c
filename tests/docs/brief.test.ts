// The Word brief read back by independent readers: LibreOffice renders it, python-docx opens it, the XML carries the fonts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it as vitestIt } from 'vitest';
import { buildBriefDocument } from '@shared/documents/brief';
import { packToBuffer } from '@shared/documents/pack';
import type { Language } from '@shared/model';
import { hostileBriefData, realisticBriefData } from './brief-bundle';
import { docxParts } from './docx-parts';
import { allText, convertToPdf, guardedSetup, isRealPdf, pdfText, readWithPythonDocx, requireTools, type DocxReading } from './tools';
import { XML_FORBIDDEN, hostileStrings } from '../fixtures/hostile';

type Case = { name: string; lang: Language; file: string; bytes: Uint8Array };

const dir = mkdtempSync(join(tmpdir(), 'brief-doc-'));
const cases: Case[] = [];
let pdfs = new Map<string, string>();
let conversionLog = '';
let readings = new Map<string, DocxReading>();

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
  const builders = { realistic: () => realisticBriefData(), version2: () => realisticBriefData({ version: 2 }), hostile: () => hostileBriefData() };
  for (const [bundle, make] of Object.entries(builders)) {
    for (const lang of ['zh-CN', 'en'] as const) {
      const data = make();
      const bytes = await packToBuffer(buildBriefDocument(data, data.settings, lang));
      const name = `${bundle}-${lang}`;
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, bytes);
      cases.push({ name, lang, file, bytes });
    }
  }
  const built = performance.now();
  ({ pdfs, log: conversionLog } = convertToPdf(cases.map((c) => c.file), join(dir, 'pdf')));
  const converted = performance.now();
  readings = readWithPythonDocx(cases.map((c) => c.file));
  const read = performance.now();
  console.info(`brief docs: build ${Math.round(built - started)} ms, LibreOffice ${Math.round(converted - built)} ms for ${cases.length} files, python-docx ${Math.round(read - converted)} ms`);
});
beforeAll(setup.run);

/** Every test fails, never skips, when the tools or the setup are missing. */
const it = (name: string, test: () => unknown) => vitestIt(name, async () => {
  setup.ready();
  await test();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('brief in LibreOffice', () => {
  it('converts to a non-empty PDF for realistic and hostile briefs, in Chinese and English', () => {
    for (const c of cases) expect(isRealPdf(pdfs.get(c.file) ?? ''), `${c.name}: ${conversionLog}`).toBe(true);
  });

  it('prints the title, the proposition, page numbers and the confidentiality line', () => {
    const zh = pdfText(pdfs.get(byName('realistic-zh-CN').file) ?? '');
    expect(zh).toContain('山野里摘来的清爽');
    expect(zh).toMatch(/第\s*1\s*页\s*\/\s*共\s*[2-9]\s*页/);
    expect(zh).toContain('机密 · 仅供内部使用');
    const en = pdfText(pdfs.get(byName('version2-en').file) ?? '');
    expect(en).toMatch(/Page\s+1\s+of\s+[2-9]/);
    expect(en).toMatch(/Version\s+2\s+·\s+5\s+Mar\s+2026/);
  });
});

describe('brief in python-docx', () => {
  it('opens every file with no malformed part', () => {
    for (const c of cases) expect(readings.get(c.file), c.name).toMatchObject({ ok: true, malformedParts: [] });
  });

  it('finds the sections as Heading 1 in the template order, then the approvals, in Chinese', () => {
    const r = reading('version2-zh-CN');
    expect(r.paragraphs.find((p) => p.style === 'Title')?.text).toBe('2026 夏季新品「山野青提」上市｜创意简报');
    expect(r.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toEqual(['项目背景', '生意目标', '传播目的', '竞争范畴', '目标受众', '消费者洞察', '期望反应', '单一诉求', '支持点', '品牌个性与调性', '必备要素与限制', '交付物', '时间表', '成功标准', '审批记录']);
    const text = allText(r);
    for (const expected of ['青岚茶饮', 'QL-26014', '何静', '策略总监', '林晓岚', '确认，按此简报推进。', 'TVC / 视频']) expect(text, expected).toContain(expected);
    expect(r.header).toContain('远景广告（上海）有限公司');
    expect(r.images).toBe(1);
    expect(r.core).toMatchObject({ title: '创意简报 · 2026 夏季新品「山野青提」上市｜创意简报', language: 'zh-CN' });
  });

  it('finds English headings, the approvals and the appendix of changes in the English draft', () => {
    const r = reading('realistic-en');
    const headings = r.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text);
    expect(headings.slice(0, 3)).toEqual(['Background', 'Business objective', 'Role of communication']);
    expect(headings.slice(-2)).toEqual(['Approvals', 'Appendix: changes since approved version 2']);
    expect(allText(r)).toContain('Client');
    expect(r.core.language).toBe('en-GB');
  });

  it('shows the sanitised hostile text, every visible character kept', () => {
    for (const name of ['hostile-zh-CN', 'hostile-en']) {
      const text = allText(reading(name));
      for (const key of ['markup', 'emoji', 'zwjSequences', 'flags', 'rtl', 'longChinese', 'longWord', 'longUrl', 'windowsPath', 'quotesAndDashes'] as const) {
        expect(text, key).toContain(hostileStrings[key]);
      }
      expect(text).not.toMatch(XML_FORBIDDEN);
      expect(reading(name).images).toBe(0);
    }
  });
});

describe('brief XML', () => {
  it('sets the East-Asian and Latin fonts in the defaults and headings, and has nothing XML forbids', () => {
    for (const c of cases) {
      const parts = docxParts(c.bytes);
      const styles = parts.get('word/styles.xml') ?? '';
      const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)?.[0] ?? '';
      expect(defaults, c.name).toMatch(/w:eastAsia="Microsoft YaHei"/);
      const heading = /<w:style [^>]*w:styleId="Heading1".*?<\/w:style>/s.exec(styles)?.[0] ?? '';
      expect(heading, c.name).toMatch(/w:eastAsia="Microsoft YaHei"/);
      for (const [part, xml] of parts) expect(xml, `${c.name} ${part}`).not.toMatch(XML_FORBIDDEN);
    }
  });
});
