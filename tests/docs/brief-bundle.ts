// A realistic creative brief (青岚茶饮 summer launch, three versions, approvals) and a hostile one, for brief document tests.
import {
  briefSchema,
  briefTemplateSchema,
  briefVersionSchema,
  memberSchema,
  settingsSchema,
  type Brief,
  type BriefContent,
  type BriefTemplate,
  type BriefVersion,
  type Member,
  type Settings,
} from '@shared/model';
import { briefContentSchema } from '@shared/model/brief';
import { PRESET_TEMPLATE_IDS, presetBriefTemplates } from '@shared/model/brief-presets';
import type { BriefDocumentData } from '@shared/documents/brief';
import { contentOf } from '@shared/metrics/brief-status';
import { logoDataUrl } from './account-bundle';
import { hostileList, hostileStrings } from '../fixtures/hostile';

const at = '2026-03-02T08:30:00.000Z';
const base = (id: string) => ({ id, createdAt: at, updatedAt: at, deletedAt: null });
export const REALISTIC_BRIEF_ID = '5b1e7c2a-0d3f-4e8a-b9c6-7d8e9f0a1b2c';
const ACCOUNT_ID = '3f2a9c1d-7b4e-4c1a-9d2e-5a6b7c8d9e0f';

export type BriefBundle = {
  settings: Settings;
  account: { id: string; brand: string };
  members: Member[];
  brief: Brief;
  versions: BriefVersion[];
  templates: BriefTemplate[];
};

function members(): Member[] {
  return [
    memberSchema.parse({ ...base('m1'), name: '张蕾', nameEn: 'Lei Zhang', level: 'GAD' }),
    memberSchema.parse({ ...base('m2'), name: '李明', nameEn: 'Ming Li', level: 'AD' }),
    memberSchema.parse({ ...base('m5'), name: '何静', nameEn: 'Jing He', level: 'SD' }),
    memberSchema.parse({ ...base('m6'), name: '吴凡', nameEn: 'Fan Wu', level: 'ECD' }),
  ];
}

/** Version 2 (approved) and the brief now: the proposition was sharpened and a deliverable added after approval. */
function realisticContent(): { v1: BriefContent; v2: BriefContent; now: BriefContent } {
  const v2 = briefContentSchema.parse({
    title: '2026 夏季新品「山野青提」上市｜创意简报',
    project: '2026 夏季新品「山野青提」上市',
    jobNumber: 'QL-26014',
    briefDate: '2026-03-02',
    presentationDate: '2026-03-20',
    budget: 1_800_000,
    currency: 'CNY',
    background:
      '青岚茶饮计划于 2026 年夏季推出「山野青提」，这是品牌今年最重要的单品，全国 1,200 家门店与外卖渠道同步上市。\n过去两年行业新品的生命周期越来越短，上市首周的声量几乎决定了单品能否留在常规菜单；客户希望这次做出“能留下来的爆款”。',
    businessObjective: '上市 90 天内「山野青提」累计销量突破 300 万杯，占门店销售额的 15%；带动客单价提升 2 元。',
    communicationObjective: '让目标人群在上市首月知道「山野青提」、愿意尝第一口，并在社交平台自发分享；把“原料真实”从卖点变成品牌记忆点。',
    competitiveFrame: '直接竞争：同价位的新式茶饮头部品牌与区域连锁；间接竞争：便利店现制饮品、即饮茶与零食。',
    audienceWho: '一二线城市 20–30 岁的年轻白领与大学生，女性约占七成；每周购买现制饮品 3 次以上。',
    audienceNow: '觉得各家新品“都差不多”；想犒劳自己又怕甜怕胖，点单时总要纠结一番。',
    insight: '“下午三点的那一杯，是打工人给自己的小奖励——但没人想为这份奖励背上负罪感。”',
    responseThink: '青岚的「山野青提」是真材实料做的，好喝，也没有负担。',
    responseFeel: '轻松、不纠结，是一份可以心安理得享受的小确幸。',
    responseDo: '上市首月到店或在外卖平台点一杯，并拍照分享。',
    proposition: '山野里摘来的清爽，喝得到真。',
    reasonsToBelieve: ['青提来自云南高原合作果园，48 小时冷链到店。', '全系可选三分糖，热量标注在杯身。', '茶底为自有茶园的高山绿茶。'],
    tone: '真诚、轻松、有温度，像一个懂生活的朋友在推荐，而不是在叫卖。',
    mandatories: '品牌 logo 与 slogan 按最新 VI 手册使用；不得使用“最”“第一”等绝对化用语。',
    deliverables: [
      { id: 'd1', media: 'TVC / 视频', format: '15 秒 + 6 秒竖版', quantity: '各 1 条', spec: '1080×1920，25fps', dueOn: '2026-04-15' },
      { id: 'd2', media: '主视觉 KV', format: '横版 + 竖版', quantity: '1 套', spec: 'AI / PSD 分层源文件', dueOn: '2026-04-08' },
      { id: 'd3', media: '小红书', format: '种草笔记图文', quantity: '12 篇', spec: '3:4 竖图', dueOn: '2026-04-20' },
    ],
    timeline: [
      { id: 't1', label: '简报确认', date: '2026-03-04', owner: '李明（客户部）' },
      { id: 't2', label: '创意初审（内部）', date: '2026-03-12', owner: '吴凡（创意部）' },
      { id: 't3', label: '向客户提案', date: '2026-03-20', owner: '张蕾（客户部）' },
    ],
    successCriteria: '上市首月社交平台相关笔记超过 2 万篇；品牌搜索指数提升 40%；90 天销量目标达成。',
  });
  const v1 = { ...v2, proposition: '夏天的第一口清爽。', reasonsToBelieve: [...v2.reasonsToBelieve, '门店现切现做。'] };
  const now = {
    ...v2,
    proposition: '山野里摘来的清爽，一口喝得到真。',
    deliverables: [...v2.deliverables, { id: 'd4', media: '门店物料', format: '菜单灯箱 / 杯套', quantity: '1 套', spec: '按门店 SI 规格', dueOn: '2026-04-25' }],
  };
  return { v1, v2, now };
}

export function realisticBriefBundle(): BriefBundle {
  const settings = settingsSchema.parse({
    id: 'app',
    updatedAt: at,
    agency: { name: '远景广告（上海）有限公司', logo: logoDataUrl(), address: '上海市静安区南京西路 1266 号', confidentiality: '' },
  });
  const { v1, v2, now } = realisticContent();
  const version = (number: number, content: BriefContent, author: string, note: string, savedAt: string) =>
    briefVersionSchema.parse({ ...base(`v${number}`), briefId: REALISTIC_BRIEF_ID, number, author, note, savedAt, content });
  const versions = [
    version(1, v1, '李明', '初稿', '2026-03-02T09:00:00.000Z'),
    version(2, v2, '何静', '单一诉求改写，支持点由四条收为三条', '2026-03-05T10:00:00.000Z'),
  ];
  const brief = briefSchema.parse({
    ...base(REALISTIC_BRIEF_ID),
    ...now,
    accountId: ACCOUNT_ID,
    ownerId: 'm2',
    strategistId: 'm5',
    creativeLeadId: 'm6',
    status: 'draft',
    templateId: PRESET_TEMPLATE_IDS.classic,
    currentVersion: 2,
    approvedVersion: 2,
    approvals: [
      { id: 'a1', versionNumber: 1, name: '何静', role: 'strategy-director', approvedOn: '2026-03-03', comment: '洞察方向可以，单一诉求还要再收。' },
      { id: 'a2', versionNumber: 2, name: '何静', role: 'strategy-director', approvedOn: '2026-03-05', comment: '同意提交客户。' },
      { id: 'a3', versionNumber: 2, name: '林晓岚', role: 'client', approvedOn: '2026-03-06', comment: '确认，按此简报推进。' },
    ],
  });
  return { settings, account: { id: ACCOUNT_ID, brand: '青岚茶饮' }, members: members(), brief, versions, templates: presetBriefTemplates(at) };
}

/** Document data for the realistic brief: by default as it stands now (a draft after v2, with the appendix). */
export function realisticBriefData(options: { version?: number; template?: string } = {}): BriefDocumentData & { settings: Settings } {
  const bundle = realisticBriefBundle();
  const template = bundle.templates.find((t) => t.id === (options.template ?? bundle.brief.templateId)) ?? null;
  const printed = options.version ? bundle.versions.find((v) => v.number === options.version) : undefined;
  return {
    settings: bundle.settings,
    brief: { ...bundle.brief, templateId: template?.id ?? null },
    content: printed ? printed.content : contentOf(bundle.brief),
    version: printed ?? null,
    account: bundle.account,
    members: bundle.members,
    template,
    approved: bundle.versions.find((v) => v.number === 2) ?? null,
    today: '2026-03-09',
  };
}

const short = (s: string) => s.slice(0, 500);
const nonBlank = (s: string) => (s.trim().length > 0 ? short(s) : `x${short(s)}`);

/** A brief whose every text is hostile (cycling through the corpus), in a user template whose headings are hostile too. */
export function hostileBriefData(): BriefDocumentData & { settings: Settings } {
  const pick = (i: number) => hostileList[i % hostileList.length] ?? '';
  const settings = settingsSchema.parse({
    id: 'app',
    updatedAt: at,
    agency: { name: short(`${hostileStrings.markup} ${hostileStrings.emoji}`), logo: 'data:image/png;base64,AAAA', confidentiality: short(hostileStrings.controlChars + hostileStrings.rtl) },
    fonts: { eastAsia: 'Microsoft YaHei\u0001\uFFFE', latin: 'Calibri\u0000' },
  });
  const content = briefContentSchema.parse({
    title: nonBlank(hostileStrings.markup + hostileStrings.emoji),
    project: short(hostileStrings.lineSeparators),
    jobNumber: short(hostileStrings.windowsPath),
    budget: 1e13,
    currency: 'USD',
    background: [hostileStrings.longChinese, ...hostileList].join('\n\n'),
    businessObjective: pick(1),
    communicationObjective: pick(2),
    competitiveFrame: pick(3),
    audienceWho: pick(4),
    audienceNow: pick(5),
    insight: pick(6),
    responseThink: pick(7),
    responseFeel: hostileStrings.whitespaceOnly,
    responseDo: pick(9),
    proposition: hostileStrings.longWord,
    reasonsToBelieve: [...hostileList.map(short), hostileStrings.whitespaceOnly].slice(0, 20),
    tone: pick(11),
    mandatories: pick(12),
    deliverables: hostileList.map((s, i) => ({ id: `d${i}`, media: short(s), format: short(pick(i + 1)), quantity: short(pick(i + 2)), spec: short(pick(i + 3)), dueOn: i % 2 ? '2026-05-01' : null })),
    timeline: hostileList.map((s, i) => ({ id: `t${i}`, label: short(s), date: i % 3 ? null : '2026-04-01', owner: short(pick(i + 4)) })),
    successCriteria: hostileStrings.longUrl,
  });
  const template = briefTemplateSchema.parse({
    ...base('tpl-hostile'),
    name: nonBlank(hostileStrings.markup),
    sections: [
      { key: 'proposition', heading: short(hostileStrings.controlChars) },
      { key: 'background', heading: short(hostileStrings.zwjSequences) },
      { key: 'deliverables', heading: hostileStrings.whitespaceOnly },
      { key: 'reasonsToBelieve', heading: short(hostileStrings.markup) },
    ],
  });
  const brief = briefSchema.parse({
    ...base('b-hostile/..\\:*?"<>|'),
    ...content,
    accountId: 'acc-hostile',
    ownerId: 'm-hostile',
    status: 'internal-review',
    templateId: template.id,
    currentVersion: 1,
    approvals: hostileList.slice(0, 6).map((s, i) => ({ id: `a${i}`, versionNumber: 1, name: nonBlank(s), role: (['client', 'strategy-director', 'other'] as const)[i % 3], approvedOn: '2026-02-01', comment: pick(i + 7) })),
  });
  const member = memberSchema.parse({ ...base('m-hostile'), name: nonBlank(hostileStrings.zwjSequences), nameEn: short(hostileStrings.rtl), level: 'AD' });
  return {
    settings,
    brief,
    content,
    version: null,
    account: { brand: `青岚<&>"'\u0001\uFFFE品牌 ]]> 🇨🇳👨‍👩‍👧‍👦\uD800` },
    members: [member],
    template,
    approved: { number: 1, content: { ...content, proposition: hostileStrings.controlChars } },
    today: '2026-11-27',
  };
}
