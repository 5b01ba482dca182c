// Creative briefs in every status with full Chinese content, their immutable version history (each version differs by the change its note names) and approvals against versions.
import type { Approval, Brief, BriefContent, BriefStatus, BriefTemplate, BriefVersion } from '../model/brief';
import { briefCopy, approvalComments, cities, milestoneRows, seasons, versionNotes, type Scenario } from './banks/brief-copy';
import { fill, roundTo, stamp, staffOn, upcomingFestival, type AccountInfo, type World } from './context';
import { dayOf, isoDate, quarterOfDay, workday, yearOf, type Day } from './days';
import { allocate, type Random } from './random';
import { PRESET_TEMPLATE_IDS } from './templates';

type BriefPlan = { account: AccountInfo; date: Day; status: BriefStatus; presentation: Day; versions: number };

const tierBudget = { A: 2.2, B: 1, C: 0.5 } as const;

function statusByAge(rng: Random, age: number): BriefStatus {
  if (age <= 30) return rng.weighted<BriefStatus>([['draft', 35], ['internal-review', 30], ['approved', 20], ['client-approved', 15]]);
  if (age <= 120) return rng.weighted<BriefStatus>([['client-approved', 55], ['approved', 15], ['superseded', 10], ['internal-review', 5], ['draft', 5], ['archived', 10]]);
  if (age <= 365) return rng.weighted<BriefStatus>([['client-approved', 60], ['superseded', 15], ['archived', 20], ['approved', 5]]);
  return rng.weighted<BriefStatus>([['archived', 60], ['client-approved', 25], ['superseded', 15]]);
}

function versionCount(world: World, rng: Random, status: BriefStatus, index: number): number {
  if (world.scale === 'small') {
    const [min, max] = status === 'draft' ? [1, 2] : status === 'internal-review' ? [1, 3] : [2, 4];
    return rng.int(min, max);
  }
  // Most briefs of a busy department are saved once or twice; a few go through ten rounds.
  if (index % 200 === 7) return 10;
  return rng.weighted<number>([[1, 74], [2, 12], [3, 6], [4, 3], [5, 1.6], [6, 1.2], [7, 0.8], [8, 0.6], [9, 0.4]]);
}

const openStatuses: readonly BriefStatus[] = ['draft', 'internal-review', 'approved', 'internal-review', 'draft', 'client-approved', 'approved', 'internal-review', 'draft'];

function planBriefs(world: World, rng: Random): BriefPlan[] {
  const served = world.accounts.filter((a) => a.record.status !== 'prospect');
  const prospects = world.accounts.filter((a) => a.record.status === 'prospect');
  const responding = world.scale === 'small' ? prospects : prospects.filter((_, i) => i % 2 === 0);
  const counts = allocate(world.plan.briefs - responding.length, served.map((a) => a.weight));
  const plans: BriefPlan[] = [];
  served.forEach((account, index) => {
    const n = counts[index] ?? 0;
    for (let i = 0; i < n; i++) {
      const span = Math.max(1, account.end - account.start);
      const date = workday(account.end - Math.floor(span * Math.pow(rng.next(), world.scale === 'small' ? 1.6 : 1.15)));
      plans.push({ account, date: Math.min(date, world.today - 1), status: 'draft', presentation: 0, versions: 1 });
    }
  });
  for (const account of responding) {
    plans.push({ account, date: Math.max(account.start, world.today - rng.int(6, 20)), status: 'draft', presentation: 0, versions: 1 });
  }
  plans.sort((a, b) => b.date - a.date);

  // The most recent briefs of active clients are the open work of the department: a fixed mix, so every seed shows it.
  const openCount = world.scale === 'small' ? 9 : 60;
  const open = plans.filter((p) => p.account.record.status === 'active').slice(0, openCount);
  open.forEach((p, i) => {
    p.status = openStatuses[i % openStatuses.length] ?? 'draft';
    if (world.today - p.date > 30) p.date = workday(world.today - rng.int(3, 28));
    p.date = Math.min(p.date, world.today - 1);
  });
  for (const p of plans) {
    if (!open.includes(p)) p.status = p.account.record.status === 'prospect' ? rng.pick(['draft', 'internal-review'] as const) : statusByAge(rng, world.today - p.date);
  }
  const older = plans.filter((p) => !open.includes(p) && p.account.record.status !== 'prospect' && world.today - p.date > 60);
  for (const status of ['archived', 'superseded', 'client-approved'] as const) {
    if (!plans.some((p) => p.status === status)) {
      const candidate = status === 'client-approved' ? older[0] : older.find((p) => p.status !== 'archived' && p.status !== 'superseded');
      if (candidate) candidate.status = status;
    }
  }
  plans.forEach((p, i) => {
    p.presentation = workday(p.date + rng.int(10, 21));
    p.versions = versionCount(world, rng, p.status, i);
  });
  // Two open briefs are presented this coming week.
  const presentable = open.filter((p) => p.status !== 'client-approved').slice(0, 2);
  for (const p of presentable) {
    p.presentation = Math.min(world.today + 6, workday(world.today + rng.int(1, 5)));
    p.date = Math.min(p.date, workday(p.presentation - rng.int(12, 16)), world.today - 1);
    if (p.date >= world.today) p.date = world.today - 1;
  }
  return plans;
}

type People = { ownerId: string | null; strategistId: string | null; creativeLeadId: string | null; ownerName: string; strategistName: string; creativeName: string; leadName: string };

function peopleFor(world: World, rng: Random, account: AccountInfo, day: Day): People {
  const prospect = account.record.status === 'prospect';
  const ownerId = prospect
    ? staffOn(world, rng, account, 'lead', day)
    : rng.chance(0.3) ? (staffOn(world, rng, account, 'account-manager', day) ?? staffOn(world, rng, account, 'account-director', day)) : (staffOn(world, rng, account, 'account-director', day) ?? staffOn(world, rng, account, 'account-manager', day));
  const strategistId = staffOn(world, rng, account, 'strategy', day);
  const creativeLeadId = staffOn(world, rng, account, 'creative', day);
  const nameOf = (id: string | null) => (id ? (world.membersById.get(id)?.record.name ?? '') : '');
  const leadId = staffOn(world, rng, account, 'lead', day);
  return {
    ownerId, strategistId, creativeLeadId,
    ownerName: nameOf(ownerId) || '客户部', strategistName: nameOf(strategistId) || '策略部', creativeName: nameOf(creativeLeadId) || '创意部', leadName: nameOf(leadId) || nameOf(world.headId),
  };
}

/** What earlier versions can go back to: the alternatives a brief was revised away from. */
type Alternatives = {
  propositions: string[];
  insight: string;
  tone: string;
  mandatories: string;
  competitiveFrame: string;
  broadAudience: string;
  extraRtb: string;
  extraDeliverable: BriefContent['deliverables'][number];
};

type Change = { note: string; by: 'owner' | 'strategist' | 'creative'; revert: (c: BriefContent, alt: Alternatives, step: number) => BriefContent };

const changes: readonly Change[] = [
  { note: '单一诉求改写，更聚焦产品利益点', by: 'strategist', revert: (c, alt, step) => ({ ...c, proposition: alt.propositions[step % alt.propositions.length] ?? c.proposition }) },
  { note: '根据策略总监意见收窄目标受众', by: 'owner', revert: (c, alt) => ({ ...c, audienceWho: alt.broadAudience }) },
  { note: '补充媒介规格与交付时间', by: 'owner', revert: (c) => ({ ...c, deliverables: c.deliverables.map((d) => ({ ...d, spec: '', dueOn: null })) }) },
  { note: '客户反馈：预算下调，交付物相应精简', by: 'owner', revert: (c, alt) => ({ ...c, budget: c.budget === null ? null : roundTo(c.budget * 1.25, 10_000), deliverables: [...c.deliverables, alt.extraDeliverable] }) },
  { note: '洞察重写：从功能转向情感', by: 'strategist', revert: (c, alt) => ({ ...c, insight: alt.insight }) },
  { note: '支持点由四条收为三条', by: 'strategist', revert: (c, alt) => ({ ...c, reasonsToBelieve: [...c.reasonsToBelieve, alt.extraRtb] }) },
  {
    note: '提案日期调整，时间表同步更新', by: 'owner',
    revert: (c) => {
      const shift = (iso: string | null) => (iso === null ? null : isoDate(dayOf(iso) + 7));
      return { ...c, presentationDate: shift(c.presentationDate), timeline: c.timeline.map((m, i) => (i === 0 ? m : { ...m, date: shift(m.date) })) };
    },
  },
  { note: '客户补充了合规要求，更新必备要素', by: 'owner', revert: (c, alt) => ({ ...c, mandatories: alt.mandatories }) },
  { note: '按创意总监意见调整调性描述', by: 'creative', revert: (c, alt) => ({ ...c, tone: alt.tone }) },
  { note: '加入竞品审计结论，调整竞争范畴', by: 'strategist', revert: (c, alt) => ({ ...c, competitiveFrame: alt.competitiveFrame }) },
];

/** `candidate`, or a little after `previous` when the two fall out of order on the same day. */
function after(previous: string, candidate: string): string {
  if (previous === '' || candidate > previous) return candidate;
  return new Date(Date.parse(previous) + 17 * 60_000).toISOString();
}

function otherThan<T>(rng: Random, items: readonly T[], chosen: T): T {
  const rest = items.filter((x) => x !== chosen);
  return rest.length > 0 ? rng.pick(rest) : chosen;
}

export type BriefTables = { briefs: Brief[]; briefVersions: BriefVersion[]; userTemplates: BriefTemplate[] };

export function buildBriefs(world: World): BriefTables {
  const rng = world.rng.fork('briefs');
  const userTemplates = buildUserTemplates(world, rng);
  const plans = planBriefs(world, rng);
  plans.sort((a, b) => a.date - b.date);
  const jobSeq = new Map<string, number>();
  const scenarioTurn = new Map<string, number>();
  const briefs: Brief[] = [];
  const versions: BriefVersion[] = [];

  for (const plan of plans) {
    const { account, date } = plan;
    const copy = briefCopy[account.category];
    const turn = scenarioTurn.get(account.record.id) ?? rng.int(0, copy.scenarios.length - 1);
    scenarioTurn.set(account.record.id, turn + 1);
    // A prospect's brief answers its pitch: a launch or a brand platform, not a member programme.
    const scenarios = account.record.status === 'prospect' ? copy.scenarios.filter((x) => x.kind === 'launch' || x.kind === 'brand') : copy.scenarios;
    const scenario = scenarios[turn % scenarios.length] as Scenario;
    const festival = upcomingFestival(rng, copy.festivals, date);
    const people = peopleFor(world, rng, account, date);
    const launchDay = plan.presentation + 60;
    const vars: Record<string, string> = {
      brand: account.record.brand,
      product: rng.pick(account.products),
      noun: account.industry.noun,
      material: account.industry.material,
      origin: account.industry.origin,
      year: `${scenario.kind === 'moment' ? festival.year : yearOf(launchDay)}年`,
      season: seasons[quarterOfDay(launchDay).q - 1] ?? '春季',
      festival: festival.name,
      city: rng.pick(cities),
    };
    const f = (t: string) => fill(t, vars);
    const rich = world.plan.richText;
    const [bg0 = '', bg1 = ''] = scenario.background;
    const context = rng.pick(copy.context);
    const compA = rng.pick(copy.competitiveFrame);
    const mandA = rng.pick(copy.mandatories);
    const toneA = rng.pick(copy.tone);
    const insightA = rng.pick(scenario.insight);
    const propositionA = rng.pick(scenario.proposition);
    const rtbs = rng.sample(scenario.reasonsToBelieve, 4);
    const deliverableRows = rng.sample(copy.deliverables, rich ? rng.int(4, 6) + 1 : rng.int(1, 3) + 1);
    const extraRow = deliverableRows.pop();
    const deliverableOf = (row: readonly [string, string, string, string]) => ({
      id: world.ids.next(), media: row[0], format: row[1], quantity: row[2], spec: row[3], dueOn: isoDate(workday(plan.presentation + rng.int(10, 40))),
    });
    const milestones = rich ? milestoneRows : milestoneRows.filter((_, i) => i === 0 || i === 4 || i === 7);
    const contact = account.contacts.find((c) => c.decisionRole === 'decision-maker') ?? account.contacts[0];
    const ownerLabel = { account: `${people.ownerName}（客户部）`, strategy: `${people.strategistName}（策略部）`, creative: `${people.creativeName}（创意部）`, client: contact ? `${contact.name}（客户）` : '客户' };
    const offsetScale = (plan.presentation - date) / 14;
    const yy = String(yearOf(date)).slice(2);
    const seqKey = `${account.code}-${yy}`;
    const seq = (jobSeq.get(seqKey) ?? 0) + 1;
    jobSeq.set(seqKey, seq);
    const project = f(scenario.project);
    const budgetBase = account.industry.typicalFee * tierBudget[account.record.tier];

    const final: BriefContent = {
      title: `${project}｜创意简报`,
      project,
      jobNumber: `${account.code}-${yy}${String(seq).padStart(3, '0')}`,
      briefDate: isoDate(date),
      presentationDate: isoDate(plan.presentation),
      budget: roundTo(budgetBase * (0.15 + rng.next() * 0.45), 10_000),
      currency: 'CNY',
      background: rich ? `${f(context)}\n\n${f(bg0)}\n\n${f(bg1)}` : f(rng.chance(0.5) ? bg0 : bg1),
      businessObjective: f(scenario.businessObjective),
      communicationObjective: f(scenario.communicationObjective),
      competitiveFrame: rich ? copy.competitiveFrame.map(f).join('\n\n') : f(compA),
      audienceWho: f(scenario.audienceWho),
      audienceNow: f(scenario.audienceNow),
      insight: f(insightA),
      responseThink: f(scenario.think),
      responseFeel: f(scenario.feel),
      responseDo: f(scenario.do),
      proposition: f(propositionA),
      reasonsToBelieve: rtbs.slice(0, 3).map(f),
      tone: f(toneA),
      mandatories: rich ? copy.mandatories.map(f).join('\n') : f(mandA),
      deliverables: deliverableRows.map(deliverableOf),
      timeline: milestones.map((m) => ({
        id: world.ids.next(),
        label: m.label,
        date: isoDate(m.offset <= 14 ? workday(date + Math.round(m.offset * offsetScale)) : workday(plan.presentation + (m.offset - 14))),
        owner: ownerLabel[m.owner],
      })),
      successCriteria: f(scenario.successCriteria),
    };
    const alt: Alternatives = {
      propositions: scenario.proposition.filter((p) => p !== propositionA).map(f),
      insight: f(otherThan(rng, scenario.insight, insightA)) === final.insight ? `${final.insight.replace(/[。”]$/, '')}……（待提炼）` : f(otherThan(rng, scenario.insight, insightA)),
      tone: f(otherThan(rng, copy.tone, toneA)),
      mandatories: rich ? f(mandA) : f(otherThan(rng, copy.mandatories, mandA)),
      competitiveFrame: rich ? f(compA) : f(otherThan(rng, copy.competitiveFrame, compA)),
      broadAudience: f('18–45 岁、对{noun}感兴趣的城市消费者。'),
      extraRtb: f(rtbs[3] ?? rtbs[0] ?? ''),
      extraDeliverable: deliverableOf(extraRow ?? ['社交媒体', '海报', '6 张', '1:1']),
    };

    // Version history: from the final content back to the first draft, undoing one named change per step.
    const n = plan.versions;
    const order = rng.shuffle(changes);
    const contents: BriefContent[] = new Array<BriefContent>(n);
    contents[n - 1] = final;
    const stepChanges: Change[] = [];
    for (let k = n - 1; k >= 1; k--) {
      const change = order[(n - 1 - k) % order.length] as Change;
      stepChanges[k] = change;
      contents[k - 1] = change.revert(contents[k] as BriefContent, alt, n - k);
    }
    const lastVersionDay = Math.min(world.today - 1, date + rng.int(1, 4) + (n - 1) * rng.int(1, 3));
    const versionDay = (k: number) => (n === 1 ? date : date + Math.round((k / (n - 1)) * (lastVersionDay - date)));
    const briefId = world.ids.next();
    const authorName = (by: Change['by']) => (by === 'strategist' ? people.strategistName : by === 'creative' ? people.creativeName : people.ownerName);
    const approvedStatus = plan.status === 'approved' || plan.status === 'client-approved' || plan.status === 'superseded' || plan.status === 'archived';
    let previousSave = '';
    for (let k = 0; k < n; k++) {
      const change = stepChanges[k];
      let note = k === 0 ? rng.pick(versionNotes.first) : (change?.note ?? '');
      if (k === n - 1 && n > 1 && approvedStatus) note = `${note}；${rng.pick(versionNotes.last)}`;
      const savedAt = after(previousSave, stamp(world, versionDay(k), rng));
      previousSave = savedAt;
      versions.push({
        id: world.ids.next(), createdAt: savedAt, updatedAt: savedAt, deletedAt: null,
        briefId, number: k + 1, author: change ? authorName(change.by) : people.ownerName, note, savedAt, content: contents[k] as BriefContent,
      });
    }

    // Approvals are recorded against a version number; an edit after approval needs approval again.
    const approvals: Approval[] = [];
    const approve = (role: Approval['role'], name: string, version: number, day: Day) => {
      approvals.push({ id: world.ids.next(), versionNumber: version, name, role, approvedOn: isoDate(Math.min(world.today - 1, day)), comment: rng.pick(approvalComments[role]) });
    };
    let lastDay = lastVersionDay;
    let approvedVersion: number | null = null;
    const internalDay = Math.min(world.today - 1, lastVersionDay + rng.int(0, 2));
    if (plan.status === 'draft' && n >= 2 && rng.chance(0.4)) {
      approve('strategy-director', people.strategistName, n - 1, versionDay(n - 2));
    } else if (plan.status === 'internal-review' && rng.chance(0.5)) {
      approve('strategy-director', people.strategistName, n, internalDay);
      lastDay = internalDay;
    } else if (approvedStatus) {
      if (n >= 3 && rng.chance(0.3)) approve('strategy-director', people.strategistName, n - 1, versionDay(n - 2));
      approve('strategy-director', people.strategistName, n, internalDay);
      approve('creative-director', people.creativeName, n, internalDay);
      approve('account-director', people.leadName, n, internalDay);
      lastDay = internalDay;
      if (plan.status !== 'approved') {
        const clientDay = Math.min(world.today - 1, internalDay + rng.int(1, 5));
        approve('client', contact?.name ?? '客户', n, clientDay);
        lastDay = clientDay;
      }
      approvedVersion = n;
    }
    if (plan.status === 'archived' || plan.status === 'superseded') lastDay = Math.min(world.today - 1, plan.presentation + rng.int(30, 120));

    const templateId = account.record.status === 'prospect'
      ? PRESET_TEMPLATE_IDS.clientResponse
      : rng.weighted<string | null>([
        [PRESET_TEMPLATE_IDS.classic, 60],
        [PRESET_TEMPLATE_IDS.doBrief, scenario.kind === 'moment' || scenario.kind === 'growth' ? 25 : 10],
        [userTemplates.length > 0 ? rng.pick(userTemplates).id : PRESET_TEMPLATE_IDS.classic, 10],
        [null, 10],
      ]);
    if (templateId === PRESET_TEMPLATE_IDS.doBrief) final.title = `${project}｜Do Brief`;
    if (templateId === PRESET_TEMPLATE_IDS.clientResponse) final.title = `${project}｜客户简报回应`;
    for (const c of contents) c.title = final.title;

    briefs.push({
      ...final,
      id: briefId,
      createdAt: versions[versions.length - n]?.savedAt ?? stamp(world, date, rng),
      updatedAt: after(previousSave, stamp(world, lastDay, rng)),
      deletedAt: null,
      accountId: account.record.id,
      ownerId: people.ownerId,
      strategistId: people.strategistId,
      creativeLeadId: people.creativeLeadId,
      status: plan.status,
      templateId,
      currentVersion: n,
      approvedVersion,
      approvals,
    });
  }
  return { briefs, briefVersions: versions, userTemplates };
}

function buildUserTemplates(world: World, rng: Random): BriefTemplate[] {
  const at = stamp(world, world.today - 200, rng);
  const make = (name: string, description: string, jobType: string, keys: BriefTemplate['sections']): BriefTemplate => ({
    id: world.ids.next(), createdAt: at, updatedAt: at, deletedAt: null, name, description, preset: false, jobType, defaultForJobType: false, sections: keys,
  });
  const templates = [
    make('社交媒体快速简报（团队版）', '由一页纸 Do Brief 改编：加入调性与必备要素，适合小红书、抖音内容项目。', '社交内容', [
      { key: 'background', heading: '项目背景' }, { key: 'targetAudience', heading: '' }, { key: 'insight', heading: '' },
      { key: 'proposition', heading: '核心信息' }, { key: 'tone', heading: '' }, { key: 'mandatories', heading: '' },
      { key: 'deliverables', heading: '' }, { key: 'timeline', heading: '' },
    ]),
  ];
  if (world.scale === 'large') {
    templates.push(
      make('零售与经销商物料简报', '终端与经销商物料项目使用，强调规格与交付。', '零售物料', [
        { key: 'background', heading: '' }, { key: 'businessObjective', heading: '' }, { key: 'mandatories', heading: '规格与限制' },
        { key: 'deliverables', heading: '物料清单' }, { key: 'timeline', heading: '' },
      ]),
      make('年度规划简报', '年度传播规划与预算沟通使用。', '年度规划', [
        { key: 'background', heading: '' }, { key: 'businessObjective', heading: '' }, { key: 'communicationObjective', heading: '' },
        { key: 'competitiveFrame', heading: '' }, { key: 'targetAudience', heading: '' }, { key: 'successCriteria', heading: '年度 KPI' },
      ]),
    );
  }
  return templates;
}
