// The account profile's health, open work and money detail: what the app computes is what the client-meeting document says.
import { describe, expect, it } from 'vitest';
import { accountProfiles, buildAccountProfile, healthReasonText, profileHealth, type AccountProfileData } from '@shared/documents/account-profile';
import { packToBuffer } from '@shared/documents/pack';
import { documentStrings } from '@shared/i18n/documents';
import { accountFigures } from '@shared/metrics/account-figures';
import type { HealthReason } from '@shared/metrics/health';
import type { Language } from '@shared/model';
import { realisticAccountBundle, bundlesToTables, REALISTIC_ACCOUNT_ID } from '../../docs/account-bundle';
import { docxParts, partText } from '../../docs/docx-parts';
import { makeBrief, makeBriefVersion } from '../../fixtures/factories';

async function textOf(data: AccountProfileData & { settings: Parameters<typeof buildAccountProfile>[1] }, lang: Language) {
  const bytes = await packToBuffer(buildAccountProfile(data, data.settings, lang));
  return partText(docxParts(bytes).get('word/document.xml') ?? '').replace(/\u00a0/g, ' ');
}

/** The realistic account without its manual override, so the computed level shows. */
function computedBundle() {
  const bundle = realisticAccountBundle();
  return { ...bundle, account: { ...bundle.account, healthOverride: null } };
}

describe('health in the account profile', () => {
  it('states the computed level and every reason with its figure, in Chinese', async () => {
    const text = await textOf(computedBundle(), 'zh-CN');
    expect(text).toContain('客户健康度');
    expect(text).toContain('有风险 — 根据回款、与决策者的联系、比稿结果和简报修改次数自动评估。');
    expect(text).toContain('1 张发票逾期未付，共 ¥120,000，最久逾期 105 天');
    expect(text).toContain('回款率仅 65%（CNY），且有款项逾期');
  });

  it('states the same in English', async () => {
    const text = await textOf(computedBundle(), 'en');
    expect(text).toContain('Account health');
    expect(text).toContain('Overdue invoices: 1, CNY 120,000 in total; the oldest is 105 days late');
    expect(text).toContain('Collection rate only 65% (CNY), with payments overdue');
    expect(text).not.toMatch(/张发票|回款率仅/);
  });

  it('shows a manual override with its reason and the level the rules would give', async () => {
    const zh = await textOf(realisticAccountBundle(), 'zh-CN');
    expect(zh).toContain('需关注 — 手动设定（系统评估为“有风险”）。');
    expect(zh).toContain('手动设定：市场部换帅，新 CMO 正在重新评估代理商。');
    const en = await textOf(realisticAccountBundle(), 'en');
    expect(en).toContain('Needs attention (set by hand)');
  });

  it('agrees with the level the accounts list computes for the same day', () => {
    const bundle = computedBundle();
    const tables = { ...bundlesToTables([bundle]), accounts: [bundle.account] };
    const listed = accountFigures(tables, bundle.today).get(REALISTIC_ACCOUNT_ID)?.health;
    expect(profileHealth(bundle)).toEqual(listed);
  });

  it('counts recent brief versions, reaching them through their brief in a batch export', () => {
    const bundle = computedBundle();
    const brief = makeBrief(REALISTIC_ACCOUNT_ID, { title: '年终大促' });
    const versions = Array.from({ length: 6 }, (_, i) => makeBriefVersion(brief, { number: i + 1, savedAt: `2026-11-1${i}T09:00:00.000Z` }));
    const tables = { ...bundlesToTables([{ ...bundle, briefs: [...bundle.briefs, brief] }]), briefVersions: versions };
    const [data] = accountProfiles(tables, bundle.today);
    expect(data && profileHealth(data).reasons).toContainEqual({ code: 'brief-revisions', level: 'amber', title: '年终大促', versions: 6 });
  });

  it('words every kind of reason in both languages, with no placeholder left unfilled', () => {
    const reasons: HealthReason[] = [
      { code: 'overdue-invoices', level: 'red', count: 2, amount: 180_000, currency: 'CNY', oldestDays: 35 },
      { code: 'low-collection-rate', level: 'amber', rate: 0.62, currency: 'USD' },
      { code: 'no-decision-maker-contact', level: 'amber', days: 75 },
      { code: 'no-decision-maker-contact', level: 'red', days: null },
      { code: 'no-decision-maker', level: 'amber' },
      { code: 'lost-pitch', level: 'red', title: '年度续约', decidedOn: '2026-06-01', rePitch: true },
      { code: 'lost-pitch', level: 'amber', title: '新品', decidedOn: null, rePitch: false },
      { code: 'brief-revisions', level: 'amber', title: '春节', versions: 7 },
      { code: 'manual', level: 'red', reason: 'CMO 离职' },
    ];
    const zh = reasons.map((r) => healthReasonText(r, documentStrings('zh-CN'), 'zh-CN'));
    expect(zh[0]).toBe('2 张发票逾期未付，共 ¥180,000，最久逾期 35 天');
    expect(zh[5]).toBe('守标比稿失利：年度续约（2026年6月1日）');
    expect(zh[6]).toBe('比稿失利：新品');
    const en = reasons.map((r) => healthReasonText(r, documentStrings('en'), 'en'));
    expect(en[2]).toBe('No contact with a decision-maker for 75 days');
    for (const line of [...zh, ...en]) expect(line).not.toMatch(/\{\w+\}/);
  });
});

describe('open work and money detail', () => {
  it('gives open briefs their version and open pitches their chance and weighted value', async () => {
    const zh = await textOf(realisticAccountBundle(), 'zh-CN');
    expect(zh).toContain('第 2 版');
    expect(zh).toContain('第 3 版');
    expect(zh).toContain('¥270,000'); // 450,000 × 60 %
    expect(zh).toContain('¥715,000'); // 1,300,000 × 55 %
    const en = await textOf(realisticAccountBundle(), 'en');
    for (const expected of ['Version', 'v3', 'Chance', 'Weighted value', 'CNY 715,000']) expect(en).toContain(expected);
  });

  it('lists overdue invoices with what is still outstanding and how late', async () => {
    const zh = await textOf(realisticAccountBundle(), 'zh-CN');
    expect(zh).toContain('逾期发票');
    expect(zh).toMatch(/INV-2026-003[\s\S]*¥300,000[\s\S]*2026-08-14[\s\S]*¥120,000[\s\S]*105 天/);
    expect(zh).not.toMatch(/逾期发票[\s\S]*INV-2026-004/); // not yet due
  });

  it('names who attended each logged meeting, on both sides', async () => {
    const zh = await textOf(realisticAccountBundle(), 'zh-CN');
    expect(zh).toContain('客户：王一鸣；我方：李明');
    const en = await textOf(realisticAccountBundle(), 'en');
    expect(en).toContain('Client: 王一鸣; Us: 李明');
  });

  it('marks a follow-up past its date and not done as overdue', async () => {
    const bundle = realisticAccountBundle();
    const text = await textOf({ ...bundle, today: '2026-12-05' }, 'zh-CN');
    expect(text).toMatch(/2026-11-28\s*已逾期/);
  });
});
