// The Word brief's content, read from its XML: header block, the template's sections in order, tables, approvals, version line.
import { describe, expect, it } from 'vitest';
import { buildBriefDocument, briefDocuments, printedSections, type BriefDocumentData } from '@shared/documents/brief';
import { packToBuffer } from '@shared/documents/pack';
import { briefKind } from '@shared/documents/registry';
import { emptyTables } from '@shared/backup/format';
import { accountSchema, type Language, type Settings } from '@shared/model';
import { PRESET_TEMPLATE_IDS } from '@shared/model/brief-presets';
import { docxParts, partText } from '../../docs/docx-parts';
import { hostileBriefData, realisticBriefBundle, realisticBriefData, REALISTIC_BRIEF_ID } from '../../docs/brief-bundle';
import { XML_FORBIDDEN } from '../../fixtures/hostile';

async function brief(data: BriefDocumentData & { settings: Settings }, lang: Language) {
  const bytes = await packToBuffer(buildBriefDocument(data, data.settings, lang));
  const parts = docxParts(bytes);
  const body = parts.get('word/document.xml') ?? '';
  const headings = [...body.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].map((m) => partText(m[0]).trim());
  return { bytes, parts, body, text: partText(body), headings };
}

describe('brief document', () => {
  it('opens with the header block: brand, project, job number, dates, budget and the three people', async () => {
    const { text } = await brief(realisticBriefData(), 'zh-CN');
    for (const expected of ['创意简报', '2026 夏季新品「山野青提」上市｜创意简报', '青岚茶饮', 'QL-26014', '2026年3月2日', '2026年3月20日', '¥1,800,000', '李明', '何静', '吴凡', '草稿']) {
      expect(text, expected).toContain(expected);
    }
  });

  it('gives English readers English labels, dates, money and the names they use at work', async () => {
    const { text } = await brief(realisticBriefData(), 'en');
    for (const expected of ['Creative Brief', 'Job number', '20 Mar 2026', 'CNY 1,800,000', 'Ming Li (李明)', 'Jing He (何静)', 'Strategy director']) {
      expect(text.replace(/\u00a0/g, ' '), expected).toContain(expected);
    }
  });

  it('prints the sections in the template order with its headings, leaving empty ones out', async () => {
    const classic = await brief(realisticBriefData(), 'zh-CN');
    expect(classic.headings).toEqual(['项目背景', '生意目标', '传播目的', '竞争范畴', '目标受众', '消费者洞察', '期望反应', '单一诉求', '支持点', '品牌个性与调性', '必备要素与限制', '交付物', '时间表', '成功标准', '审批记录', '附录：与已批准的第 2 版相比的修改']);
    const data = realisticBriefData({ template: PRESET_TEMPLATE_IDS.doBrief });
    const doBrief = await brief({ ...data, content: { ...data.content, insight: '  ', tone: '' } }, 'en');
    // The do brief's own headings, in English, in its order; sections outside it that hold text follow; blank ones are gone.
    expect(doBrief.headings.slice(0, 7)).toEqual(['The problem to solve', 'Who we are talking to', 'What we want them to do', 'The one thing to say', 'Why they will believe it', 'What we need', 'When we need it']);
    expect(doBrief.headings).toContain('Business objective');
    expect(doBrief.headings).not.toContain('What they really think');
    expect(doBrief.headings).not.toContain('Brand personality and tone');
    expect(printedSections({ ...data.content, background: '', deliverables: [] }, null)).not.toContain('background');
  });

  it('numbers the reasons to believe and sets deliverables, timeline and approvals as tables', async () => {
    const { text, body } = await brief(realisticBriefData(), 'zh-CN');
    expect(text).toMatch(/1．\s+青提来自云南高原合作果园/);
    expect(text).toMatch(/3．\s+茶底为自有茶园的高山绿茶/);
    for (const expected of ['媒介', '交付日期', 'TVC / 视频', '2026-04-15', '里程碑', '向客户提案', '审批人', '林晓岚', '客户', '第 2 版', '同意提交客户。']) expect(text, expected).toContain(expected);
    expect((body.match(/<w:tbl>/g) ?? []).length).toBe(6); // header facts, response, deliverables, timeline, approvals, appendix
  });

  it('says which version it prints under the title, and a draft says it is one', async () => {
    const v2 = await brief(realisticBriefData({ version: 2 }), 'zh-CN');
    expect(v2.text).toContain('第 2 版 · 2026年3月5日');
    expect(v2.text).not.toContain('附录');
    // Version 2 is printed as what it received (the client's approval), not as the brief's present draft.
    expect(v2.text).toContain('客户已确认');
    const v1 = await brief(realisticBriefData({ version: 1 }), 'zh-CN');
    expect(v1.text).toContain('内部已批准');
    const draft = await brief(realisticBriefData(), 'en');
    expect(draft.text).toContain('Draft (changes after version 2, not yet saved as a version)');
  });

  it('appends the changes since the approved version, the changed words in colour', async () => {
    const { text, body } = await brief(realisticBriefData(), 'zh-CN');
    const appendix = text.slice(text.indexOf('附录：与已批准的第 2 版相比的修改'));
    expect(appendix).toContain('单一诉求');
    expect(appendix).toContain('交付物');
    expect(appendix).toContain('门店物料');
    expect(appendix).not.toContain('项目背景');
    expect(body).toMatch(/<w:color w:val="0E7C86"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>一口<\/w:t>/s);
  });

  it('keeps hostile text whole and the file free of what XML forbids', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const { parts, text } = await brief(hostileBriefData(), lang);
      for (const [name, xml] of parts) expect(xml, `${lang} ${name}`).not.toMatch(XML_FORBIDDEN);
      expect(text).toContain('<script>alert("x")</script>');
      expect(text).toContain('👨‍👩‍👧‍👦');
    }
  });
});

describe('brief documents from whole tables', () => {
  it('labels a brief with its latest version only when nothing changed since, and finds the approved version', () => {
    const bundle = realisticBriefBundle();
    const tables = {
      ...emptyTables(),
      accounts: [accountSchema.parse({ id: bundle.account.id, createdAt: bundle.brief.createdAt, updatedAt: bundle.brief.updatedAt, brand: bundle.account.brand })],
      members: bundle.members,
      briefs: [bundle.brief, { ...bundle.brief, id: 'gone', deletedAt: bundle.brief.createdAt }],
      briefVersions: bundle.versions,
      briefTemplates: bundle.templates,
    };
    const all = briefDocuments(tables, '2026-03-09');
    expect(all.map((d) => d.brief.id)).toEqual([REALISTIC_BRIEF_ID]);
    expect(all[0]?.version).toBeNull();
    expect(all[0]?.approved?.number).toBe(2);
    expect(all[0]?.template?.id).toBe(PRESET_TEMPLATE_IDS.classic);
    const unchanged = briefDocuments({ ...tables, briefs: [{ ...bundle.brief, ...bundle.versions[1]!.content }] }, '2026-03-09');
    expect(unchanged[0]?.version?.number).toBe(2);
    const jobs = briefKind.jobs(tables, { settings: bundle.settings, lang: 'zh-CN', today: '2026-03-09' });
    expect(jobs.map((j) => j.fileName)).toEqual(['创意简报-青岚茶饮-2026 夏季新品「山野青提」上市｜创意简报-5b1e7c2a.docx']);
  });
});
