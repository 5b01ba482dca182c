// The account profile's content, read from its XML: what a director sees before a client meeting, and nothing stale.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accountProfiles, buildAccountProfile, LOG_ENTRIES_SHOWN, type AccountProfileData } from '@shared/documents/account-profile';
import { packToBuffer } from '@shared/documents/pack';
import { accountProfileKind } from '@shared/documents/registry';
import { accountSchema, interactionSchema, settingsSchema, type Language } from '@shared/model';
import { realisticAccountBundle, bundlesToTables, REALISTIC_ACCOUNT_ID } from '../../docs/account-bundle';
import { docxFileNames, docxParts, partText } from '../../docs/docx-parts';
import { XML_FORBIDDEN, HOSTILE_BRAND, hostileAccountBundle } from '../../fixtures/hostile';

const at = '2026-01-01T00:00:00.000Z';

async function profile(data: AccountProfileData & { settings: Parameters<typeof buildAccountProfile>[1] }, lang: Language) {
  const bytes = await packToBuffer(buildAccountProfile(data, data.settings, lang));
  const parts = docxParts(bytes);
  const body = parts.get('word/document.xml') ?? '';
  return { bytes, parts, body, text: partText(body) };
}

function bareAccount(): AccountProfileData & { settings: ReturnType<typeof settingsSchema.parse> } {
  return {
    settings: settingsSchema.parse({ id: 'app', updatedAt: at }),
    account: accountSchema.parse({ id: 'a1', createdAt: at, updatedAt: at, brand: '白描咖啡' }),
    contacts: [], interactions: [], invoices: [], assignments: [], members: [], briefs: [], pitches: [],
    today: '2026-11-27',
  };
}

describe('account profile content', () => {
  it('shows the title block: brand, company, status, tier, client since, scope and annual fee', async () => {
    const { text } = await profile(realisticAccountBundle(), 'zh-CN');
    for (const expected of ['客户档案', '青岚茶饮', '青岚餐饮管理（杭州）有限公司', '服务中', 'A 级', '2023年3月1日', '品牌策略、整合传播', '¥1,200,000', '需关注']) {
      expect(text).toContain(expected);
    }
  });

  it('groups contacts by decision role and draws warmth as dots', async () => {
    const { text } = await profile(realisticAccountBundle(), 'zh-CN');
    expect(text.indexOf('决策者（2）')).toBeLessThan(text.indexOf('影响者（1）'));
    expect(text.indexOf('影响者（1）')).toBeLessThan(text.indexOf('采购（1）'));
    expect(text).toContain('●●●○○');
    expect(text).toContain('lin.xiaolan@qinglan-tea.cn');
  });

  it(`lists only the latest ${LOG_ENTRIES_SHOWN} log entries, newest first`, async () => {
    const { text } = await profile(realisticAccountBundle(), 'zh-CN');
    expect(text).toContain('最近 10 条，共 12 条');
    expect(text.indexOf('2026-11-26')).toBeLessThan(text.indexOf('2026-08-28'));
    expect(text).not.toContain('提交 8 月排期'); // the 11th entry
  });

  it('leaves out what is in the trash, finished or no longer on the team', async () => {
    const { text } = await profile(realisticAccountBundle(), 'zh-CN');
    expect(text).not.toContain('已删除联系人');
    expect(text).not.toContain('离职同事');
    expect(text).not.toContain('2025 中秋礼盒'); // archived brief
    expect(text).not.toContain('2025 年数字代理比稿'); // won pitch
    expect(text).toContain('华南首店开业整合传播');
    expect(text).toContain('“山野青提”夏季新品上市');
  });

  it('sums the money per currency with 回款率', async () => {
    const { text } = await profile(realisticAccountBundle(), 'zh-CN');
    for (const figure of ['¥1,200,000', '¥780,000', '¥420,000', '¥120,000', '65%', 'US$12,500.50', '100%']) expect(text).toContain(figure);
  });

  it('speaks English throughout when exported in English', async () => {
    const { text } = await profile(realisticAccountBundle(), 'en');
    for (const expected of ['Account Profile', 'Client contacts', 'Decision-makers (2)', 'Our team', 'Relationship log', 'Latest 10 of 12', 'Billing and collections', 'Active', 'Tier A', '1 Mar 2023', 'Account Director']) {
      expect(text).toContain(expected);
    }
    expect(text.replace(/\u00a0/g, ' ')).toContain('CNY 1,200,000');
    expect(text).not.toMatch(/客户联系人|沟通记录|账款与回款/);
  });

  it('shows a short "none" line for every empty section, never an empty table', async () => {
    for (const [lang, lines] of [
      ['zh-CN', ['暂无概况备注。', '暂无联系人。', '尚未指派团队成员。', '暂无沟通记录。', '目前没有进行中的简报或比稿。', '暂无账单。']],
      ['en', ['No notes yet.', 'No contacts yet.', 'No team members assigned yet.', 'No meetings or calls logged yet.', 'No briefs or pitches in progress.', 'No invoices yet.']],
    ] as const) {
      const { text, body } = await profile(bareAccount(), lang);
      for (const line of lines) expect(text).toContain(line);
      expect(body.match(/<w:tbl>/g)).toHaveLength(1); // the key-facts table only
    }
  });

  it('writes the title, agency and language into the core properties', async () => {
    const { parts } = await profile(realisticAccountBundle(), 'en');
    const core = parts.get('docProps/core.xml') ?? '';
    expect(core).toContain('<dc:title>Account Profile · 青岚茶饮</dc:title>');
    expect(core).toContain('<dc:creator>远景广告（上海）有限公司</dc:creator>');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
  });

  it('embeds the agency logo in the header', async () => {
    const { bytes, parts } = await profile(realisticAccountBundle(), 'zh-CN');
    expect(docxFileNames(bytes).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    expect([...parts.entries()].some(([name, xml]) => name.startsWith('word/header') && xml.includes('<pic:pic'))).toBe(true);
  });
});

describe('hostile input', () => {
  it('produces XML without a single forbidden character in any part', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const { parts } = await profile(hostileAccountBundle(), lang);
      for (const [name, xml] of parts) expect(xml, name).not.toMatch(XML_FORBIDDEN);
    }
  });

  it('keeps the visible part of hostile text: markup, emoji and the 10,000-character note', async () => {
    const bundle = hostileAccountBundle();
    const { text } = await profile(bundle, 'zh-CN');
    expect(text).toContain(HOSTILE_BRAND.replace(new RegExp(XML_FORBIDDEN.source, 'g'), '').trim());
    expect(text).toContain('<script>alert("x")</script> & \'quoted\'');
    expect(text).toContain('👨‍👩‍👧‍👦');
    expect(text).toContain('客户总监负责维护品牌客户关系'.repeat(1));
    expect(text.split('\n').some((line) => line.length === 10_000)).toBe(true);
  });

  it('builds a profile for every one of many hostile variations without throwing', async () => {
    const bundle = hostileAccountBundle();
    const extra = Array.from({ length: 30 }, (_, i) =>
      interactionSchema.parse({ id: `x${i}`, createdAt: at, updatedAt: at, accountId: bundle.account.id, date: '2026-11-01', summary: '\uD800'.repeat(i) + '\uFFFF' }),
    );
    const { parts } = await profile({ ...bundle, interactions: [...bundle.interactions, ...extra] }, 'en');
    expect(parts.get('word/document.xml')).not.toMatch(XML_FORBIDDEN);
  });
});

describe('batch export', () => {
  it('collects each live account with its own records only', () => {
    const realistic = realisticAccountBundle();
    const hostile = hostileAccountBundle();
    const tables = bundlesToTables([realistic, hostile]);
    tables.accounts.push(accountSchema.parse({ id: 'gone', createdAt: at, updatedAt: at, deletedAt: at, brand: '已删除客户' }));
    const profiles = accountProfiles(tables, '2026-11-27');
    expect(profiles.map((p) => p.account.id).sort()).toEqual([hostile.account.id, REALISTIC_ACCOUNT_ID].sort());
    const mine = profiles.find((p) => p.account.id === REALISTIC_ACCOUNT_ID);
    expect(mine?.contacts.every((c) => c.accountId === REALISTIC_ACCOUNT_ID)).toBe(true);
    expect(mine?.interactions).toHaveLength(12);
  });

  it('names each file after the kind, the brand and a short id', () => {
    const realistic = realisticAccountBundle();
    const jobs = accountProfileKind.jobs(bundlesToTables([realistic]), { settings: realistic.settings, lang: 'zh-CN', today: '2026-11-27' });
    expect(jobs.map((j) => j.fileName)).toEqual(['客户档案-青岚茶饮-3f2a9c1d.docx']);
  });
});

describe('structure', () => {
  it('document builders put text into documents only through the sanitising blocks', () => {
    // Only blocks.ts (text, para, tables), figure.ts (images, alt text through clipText) and styles.ts (page furniture)
    // may construct docx runs and paragraphs; every other module under shared/documents goes through them, so no user
    // string can skip the sanitiser.
    const dir = fileURLToPath(new URL('../../../shared/documents/', import.meta.url));
    const allowed = new Set(['blocks.ts', 'figure.ts', 'styles.ts', 'pack.ts']);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !allowed.has(f))) {
      const source = readFileSync(dir + file, 'utf8');
      expect(source, file).not.toMatch(/import\s*\{[^}]*\}\s*from\s*'docx'/);
      expect(source, file).not.toMatch(/new\s+(TextRun|Paragraph|TableCell|Table)\s*\(/);
    }
  });
});
