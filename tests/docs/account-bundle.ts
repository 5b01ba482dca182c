// A realistic account (青岚茶饮) with contacts, team, log, briefs, pitches and invoices, plus a small PNG logo, for document tests.
import { deflateSync } from 'node:zlib';
import {
  accountSchema,
  assignmentSchema,
  briefSchema,
  contactSchema,
  interactionSchema,
  invoiceSchema,
  memberSchema,
  pitchSchema,
  settingsSchema,
  type Settings,
} from '@shared/model';
import { emptyTables, type BackupTables } from '@shared/backup/format';
import type { AccountProfileData } from '@shared/documents/account-profile';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Uint8Array) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

/** A 240×64 logo: a navy block with a teal bar, as a PNG data URL — enough to see the header carry an image. */
export function logoDataUrl(width = 240, height = 64): string {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const teal = x < 56 && y > 8 && y < 56;
      const [r, g, b] = teal ? [14, 124, 134] : x < 64 ? [255, 255, 255] : [31, 58, 95];
      const o = y * (width * 3 + 1) + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

const at = '2026-03-02T08:30:00.000Z';
const base = (id: string) => ({ id, createdAt: at, updatedAt: at, deletedAt: null });
export const REALISTIC_ACCOUNT_ID = '3f2a9c1d-7b4e-4c1a-9d2e-5a6b7c8d9e0f';
const A = REALISTIC_ACCOUNT_ID;

export type AccountBundle = AccountProfileData & { settings: Settings };

/** 青岚茶饮: an active A-tier tea-drinks client with a full record of the kind an account director keeps. */
export function realisticAccountBundle(): AccountBundle {
  const settings = settingsSchema.parse({
    id: 'app',
    updatedAt: at,
    agency: { name: '远景广告（上海）有限公司', logo: logoDataUrl(), address: '上海市静安区南京西路 1266 号', confidentiality: '' },
  });
  const account = accountSchema.parse({
    ...base(A),
    brand: '青岚茶饮',
    company: '青岚餐饮管理（杭州）有限公司',
    industry: '新式茶饮',
    status: 'active',
    tier: 'A',
    clientSince: '2023-03-01',
    scope: ['品牌策略', '整合传播', '社交媒体运营', '新品上市', 'KOL 合作'],
    annualFee: 1_200_000,
    currency: 'CNY',
    healthOverride: { level: 'amber', reason: '市场部换帅，新 CMO 正在重新评估代理商。', setAt: at },
    notes:
      '青岚茶饮是华东增长最快的新式茶饮品牌之一，门店约 1,200 家，2026 年计划进入华南。\n客户重视年轻化表达与门店转化，决策链条短，CMO 拍板。\n\n2026 年重点：夏季新品“山野青提”上市、会员体系升级、华南首店开业整合传播。',
  });
  const contacts = [
    contactSchema.parse({ ...base('c1'), accountId: A, name: '林晓岚', title: '首席营销官 CMO', decisionRole: 'decision-maker', warmth: 3, phone: '138 0571 2266', email: 'lin.xiaolan@qinglan-tea.cn', lastContactOn: '2026-11-18' }),
    contactSchema.parse({ ...base('c2'), accountId: A, name: '周建国', title: '首席执行官 CEO', decisionRole: 'decision-maker', warmth: 2, phone: '', email: 'zhou.jg@qinglan-tea.cn', lastContactOn: '2026-09-30' }),
    contactSchema.parse({ ...base('c3'), accountId: A, name: '陈思远', title: '品牌总监', decisionRole: 'influencer', warmth: 5, phone: '139 5710 8812', email: 'chen.siyuan@qinglan-tea.cn', lastContactOn: '2026-11-25' }),
    contactSchema.parse({ ...base('c4'), accountId: A, name: '王一鸣', title: '数字营销经理', decisionRole: 'day-to-day', warmth: 4, phone: '136 0571 3390', email: 'wang.ym@qinglan-tea.cn', lastContactOn: '2026-11-26' }),
    contactSchema.parse({ ...base('c5'), accountId: A, name: 'Grace Liu', title: 'Procurement Manager', decisionRole: 'procurement', warmth: 2, phone: '+86 571 8888 1200', email: 'grace.liu@qinglan-tea.cn', lastContactOn: '2026-06-12' }),
    contactSchema.parse({ ...base('c6'), deletedAt: at, accountId: A, name: '已删除联系人', decisionRole: 'influencer' }),
  ];
  const members = [
    memberSchema.parse({ ...base('m1'), name: '张蕾', nameEn: 'Lei Zhang', level: 'GAD', title: '客户群总监' }),
    memberSchema.parse({ ...base('m2'), name: '李明', nameEn: 'Ming Li', level: 'AD' }),
    memberSchema.parse({ ...base('m3'), name: '赵婷', nameEn: 'Tina Zhao', level: 'AM' }),
    memberSchema.parse({ ...base('m4'), name: '孙浩', level: 'AE' }),
    memberSchema.parse({ ...base('m5'), name: '何静', nameEn: 'Jing He', level: 'SD' }),
    memberSchema.parse({ ...base('m6'), name: '吴凡', nameEn: 'Fan Wu', level: 'ECD' }),
    memberSchema.parse({ ...base('m7'), name: '离职同事', level: 'AE', active: false }),
  ];
  const assignments = [
    assignmentSchema.parse({ ...base('as1'), accountId: A, memberId: 'm1', role: 'lead', since: '2023-03-01' }),
    assignmentSchema.parse({ ...base('as2'), accountId: A, memberId: 'm2', role: 'account-director', since: '2024-01-15' }),
    assignmentSchema.parse({ ...base('as3'), accountId: A, memberId: 'm3', role: 'account-manager', since: '2025-05-01' }),
    assignmentSchema.parse({ ...base('as4'), accountId: A, memberId: 'm4', role: 'account-executive', since: '2026-02-20' }),
    assignmentSchema.parse({ ...base('as5'), accountId: A, memberId: 'm5', role: 'strategy', since: '2023-03-01' }),
    assignmentSchema.parse({ ...base('as6'), accountId: A, memberId: 'm6', role: 'creative', since: '2024-07-01' }),
    assignmentSchema.parse({ ...base('as7'), accountId: A, memberId: 'm7', role: 'account-executive', since: '2023-03-01', until: '2025-12-31' }),
  ];
  const log: [string, 'meeting' | 'call' | 'dinner' | 'email' | 'event', string, string, string | null, boolean][] = [
    ['2026-11-26', 'call', '与王一鸣确认双十二门店物料上线时间，客户要求提前两天。', '周五前提交修改版排期。', '2026-11-28', false],
    ['2026-11-25', 'meeting', '“山野青提”夏季新品创意方向内部预审，陈思远参加，倾向方向 B“山野来信”。', '完善方向 B，补充门店落地方案。', '2026-12-03', false],
    ['2026-11-18', 'dinner', '与林晓岚晚餐，了解新 CMO 对代理商的期待：更重数据与转化。', '准备 2026 年度复盘与 2027 规划提案。', '2026-12-10', false],
    ['2026-11-06', 'email', '发送 Q3 社交媒体运营报告，互动率同比提升 38%。', '', null, false],
    ['2026-10-29', 'meeting', '月度例会：会员体系升级 brief 对齐。', '输出会员体系升级创意简报初稿。', '2026-11-05', true],
    ['2026-10-15', 'event', '出席青岚茶饮杭州旗舰店三周年活动。', '', null, false],
    ['2026-10-08', 'call', '采购 Grace 询问 2027 年框架合同续签流程。', '法务准备续签条款。', '2026-10-20', true],
    ['2026-09-30', 'meeting', '与周建国季度高层会，回顾华南进入策略。', '华南首店整合传播方案。', '2026-10-30', true],
    ['2026-09-12', 'call', '确认中秋限定包装打样。', '', null, false],
    ['2026-08-28', 'meeting', '夏季战役复盘：新品首周销量超目标 22%。', '复盘报告发客户。', '2026-09-05', true],
    ['2026-08-01', 'email', '提交 8 月排期。', '', null, false],
    ['2026-07-15', 'dinner', '与品牌团队团建晚餐。', '', null, false],
  ];
  const interactions = log.map(([date, type, summary, nextStep, followUpOn, followUpDone], i) =>
    interactionSchema.parse({ ...base(`i${i}`), accountId: A, date, type, memberIds: ['m2'], contactIds: ['c4'], summary, nextStep, followUpOn, followUpDone }),
  );
  const briefs = [
    briefSchema.parse({ ...base('b1'), accountId: A, title: '“山野青提”夏季新品上市', project: '2027 夏季战役', status: 'internal-review', briefDate: '2026-11-10', presentationDate: '2026-12-08', currentVersion: 2 }),
    briefSchema.parse({ ...base('b2'), accountId: A, title: '会员体系升级传播', project: '青岚会员 2.0', status: 'client-approved', briefDate: '2026-10-30', presentationDate: '2026-11-20', currentVersion: 3 }),
    briefSchema.parse({ ...base('b3'), accountId: A, title: '2025 中秋礼盒', status: 'archived', briefDate: '2025-07-01' }),
  ];
  const pitches = [
    pitchSchema.parse({ ...base('p1'), accountId: A, title: '华南首店开业整合传播', type: 'organic-growth', stage: 'briefing', pitchDate: '2026-12-15', estimatedAnnualFee: 450_000, probability: 60 }),
    pitchSchema.parse({ ...base('p2'), accountId: A, title: '2027 年度代理商评估（守标）', type: 're-pitch', stage: 'chemistry', pitchDate: '2027-01-20', estimatedAnnualFee: 1_300_000, probability: 55 }),
    pitchSchema.parse({ ...base('p3'), accountId: A, title: '2025 年数字代理比稿', type: 'new-business', stage: 'won', pitchDate: '2025-02-10' }),
  ];
  const invoices = [
    invoiceSchema.parse({ ...base('v1'), accountId: A, number: 'INV-2026-001', amount: 300_000, issuedOn: '2026-01-15', dueOn: '2026-02-14', receipts: [{ id: 'r1', amount: 300_000, receivedOn: '2026-02-10' }] }),
    invoiceSchema.parse({ ...base('v2'), accountId: A, number: 'INV-2026-002', amount: 300_000, issuedOn: '2026-04-15', dueOn: '2026-05-15', receipts: [{ id: 'r2', amount: 300_000, receivedOn: '2026-05-20' }] }),
    invoiceSchema.parse({ ...base('v3'), accountId: A, number: 'INV-2026-003', amount: 300_000, issuedOn: '2026-07-15', dueOn: '2026-08-14', receipts: [{ id: 'r3', amount: 180_000, receivedOn: '2026-09-01' }] }),
    invoiceSchema.parse({ ...base('v4'), accountId: A, number: 'INV-2026-004', amount: 300_000, issuedOn: '2026-10-15', dueOn: '2026-12-14' }),
    invoiceSchema.parse({ ...base('v5'), accountId: A, number: 'INV-2026-KOL', amount: 12_500.5, currency: 'USD', issuedOn: '2026-09-01', dueOn: '2026-10-01', receipts: [{ id: 'r5', amount: 12_500.5, receivedOn: '2026-09-28' }] }),
  ];
  return { settings, account, contacts, interactions, invoices, assignments, members, briefs, pitches, today: '2026-11-27' };
}

/** Backup tables holding one or more bundles (members are shared across bundles by id). */
export function bundlesToTables(bundles: readonly (AccountProfileData & { settings: Settings })[]): BackupTables {
  const tables = emptyTables();
  const members = new Map<string, (typeof tables.members)[number]>();
  for (const b of bundles) {
    tables.accounts.push(b.account);
    tables.contacts.push(...b.contacts);
    tables.interactions.push(...b.interactions);
    tables.invoices.push(...b.invoices);
    tables.assignments.push(...b.assignments);
    tables.briefs.push(...b.briefs);
    tables.pitches.push(...b.pitches);
    for (const m of b.members) members.set(m.id, m);
  }
  tables.members.push(...members.values());
  const first = bundles[0];
  if (first) tables.settings.push(first.settings);
  return tables;
}
