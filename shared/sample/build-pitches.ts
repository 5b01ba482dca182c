// The new-business pipeline: pitches and proposals across every type and stage, with rounds, rivals, client panel, team, preparation plan and post-mortems.
import type { Pitch, PitchStage, PitchType } from '../model/pitch';
import { defaultLostReasons } from '../model/settings';
import { briefCopy, cities } from './banks/brief-copy';
import { OUR_AGENCY_SHORT, rivalAgencies } from './banks/brands';
import {
  assessmentCriteria, bigIdeas, clientBriefs, declinedNotes, lostPostMortems, pitchStrategies, pitchTitles, prepTasks, rivalStrengths,
  rivalWeaknesses, roundNotes, wonPostMortems, withdrawnNotes,
} from './banks/pitch-copy';
import { activeOn, fill, roundTo, stamp, staffOn, upcomingFestival, type AccountInfo, type World } from './context';
import { dayOf, isoDate, monthOf, workday, workdayBefore, yearOf, type Day } from './days';
import { allocate, type Random } from './random';

type PitchSource = Pitch['source'];

type OpenStage = Pitch['rounds'][number]['stage'];
type ClosedStage = 'won' | 'lost' | 'withdrawn' | 'declined';

type PitchSpec = {
  account: AccountInfo;
  type: PitchType;
  stage: PitchStage;
  /** The day of the final presentation (planned or held). */
  pitchDay: Day;
  source?: PitchSource;
  lostReason?: string;
  /** No activity for weeks: the dashboard flags it. */
  stale?: boolean;
};

const sequences: Readonly<Record<PitchType, readonly OpenStage[]>> = {
  'new-business': ['lead', 'rfi', 'chemistry', 'briefing', 'tissue', 'final', 'decision'],
  're-pitch': ['lead', 'rfi', 'briefing', 'tissue', 'final', 'decision'],
  'single-agency': ['lead', 'briefing', 'tissue', 'final', 'decision'],
  'organic-growth': ['lead', 'briefing', 'final', 'decision'],
};

const roundOffset: Readonly<Record<OpenStage, number>> = { lead: -50, rfi: -40, chemistry: -30, briefing: -24, tissue: -12, final: 0, decision: 7 };
const shortOffset: Readonly<Record<OpenStage, number>> = { lead: -20, rfi: -18, chemistry: -16, briefing: -14, tissue: -7, final: 0, decision: 7 };
const stageProbability: Readonly<Record<OpenStage, number>> = { lead: 10, rfi: 15, chemistry: 25, briefing: 30, tissue: 40, final: 50, decision: 60 };

function offsetOf(type: PitchType, stage: OpenStage): number {
  return type === 'new-business' || type === 're-pitch' ? roundOffset[stage] : shortOffset[stage];
}

const lostReasonWeights: readonly (readonly [string, number])[] = defaultLostReasons.map((r) => [r, r === '价格/预算' ? 5 : r === '创意方案' ? 4 : r === '既有代理商关系' ? 3 : 2] as const);

/** The small sample's pipeline, written out so every stage and type appears with a story. */
function smallSpecs(world: World): PitchSpec[] {
  const t = world.today;
  const by = (brand: string) => {
    const account = world.accounts.find((a) => a.record.brand === brand);
    if (!account) throw new Error(`sample account ${brand} missing`);
    return account;
  };
  const wonAt = (brand: string) => (by(brand).wonOn ?? t - 400) - 12;
  return [
    { account: by('鸣川新能源'), type: 'new-business', stage: 'final', pitchDay: workday(t + 4), source: 'procurement' },
    { account: by('兰亭香氛'), type: 'new-business', stage: 'chemistry', pitchDay: t + 33, source: 'search-consultant' },
    { account: by('麦野烘焙'), type: 'single-agency', stage: 'tissue', pitchDay: workday(t + 10), source: 'direct' },
    { account: by('云栖智能'), type: 'organic-growth', stage: 'briefing', pitchDay: t + 16, source: 'direct' },
    { account: by('青岚茶饮'), type: 'single-agency', stage: 'decision', pitchDay: t - 6, source: 'direct' },
    { account: by('星驰汽车'), type: 're-pitch', stage: 'rfi', pitchDay: t + 45, source: 'procurement' },
    { account: by('禾硕乳业'), type: 'organic-growth', stage: 'lead', pitchDay: t + 40, source: 'direct', stale: true },
    { account: by('瀚海银行信用卡'), type: 'single-agency', stage: 'won', pitchDay: workday(t - 40) },
    { account: by('曜石腕表'), type: 're-pitch', stage: 'won', pitchDay: workday(t - 380), source: 'procurement' },
    { account: by('曜石腕表'), type: 'single-agency', stage: 'won', pitchDay: workday(t - 90) },
    { account: by('青岚茶饮'), type: 'new-business', stage: 'won', pitchDay: workday(wonAt('青岚茶饮')), source: 'search-consultant' },
    { account: by('云栖智能'), type: 'new-business', stage: 'won', pitchDay: workday(wonAt('云栖智能')), source: 'referral' },
    { account: by('沐汐个护'), type: 'new-business', stage: 'won', pitchDay: workday(wonAt('沐汐个护')), source: 'direct' },
    { account: by('禾硕乳业'), type: 'single-agency', stage: 'won', pitchDay: workday(t - 200) },
    { account: by('青岚茶饮'), type: 'organic-growth', stage: 'won', pitchDay: workday(t - 150) },
    { account: by('橙果零食'), type: 're-pitch', stage: 'lost', pitchDay: workday((by('橙果零食').stoppedOn ?? t - 150) - 20), source: 'procurement', lostReason: '价格/预算' },
    { account: by('星驰汽车'), type: 'organic-growth', stage: 'lost', pitchDay: workday(t - 260), lostReason: '创意方案' },
    { account: by('沐汐个护'), type: 'organic-growth', stage: 'lost', pitchDay: workday(t - 75), lostReason: '团队与化学反应' },
    { account: by('安盈保险'), type: 'single-agency', stage: 'withdrawn', pitchDay: workday(t - 120) },
    { account: by('麦野烘焙'), type: 'new-business', stage: 'declined', pitchDay: workday(t - 300), source: 'search-consultant' },
  ];
}

function stageFor(rng: Random, type: PitchType, pitchDay: Day, today: Day, prospect: boolean): PitchStage {
  const delta = pitchDay - today;
  const closed = (): ClosedStage => {
    const table: readonly (readonly [ClosedStage, number])[] =
      type === 'new-business' ? [['won', 35], ['lost', 45], ['withdrawn', 8], ['declined', 12]]
        : type === 'single-agency' ? [['won', 70], ['lost', 25], ['withdrawn', 5]]
          : type === 'organic-growth' ? [['won', 60], ['lost', 30], ['declined', 10]]
            : [['won', 65], ['lost', 35]];
    const pick = rng.weighted(prospect ? table.filter(([s]) => s !== 'won') : table);
    return pick;
  };
  if (delta < -20) return closed();
  if (delta < -3) return rng.chance(0.5) ? 'decision' : closed();
  const wanted: OpenStage = delta <= 5 ? 'final' : delta <= 14 ? 'tissue' : delta <= 25 ? 'briefing' : delta <= 35 ? 'chemistry' : delta <= 45 ? 'rfi' : 'lead';
  const sequence = sequences[type];
  const order = sequences['new-business'];
  let best: OpenStage = 'lead';
  for (const stage of sequence) if (order.indexOf(stage) <= order.indexOf(wanted)) best = stage;
  return best;
}

function largeSpecs(world: World, rng: Random): PitchSpec[] {
  const specs: PitchSpec[] = [];
  const today = world.today;
  for (const account of world.accounts) {
    if (account.wonOn !== null) specs.push({ account, type: 'new-business', stage: 'won', pitchDay: workday(account.wonOn - rng.int(7, 20)) });
    if (account.record.status === 'lost' && account.stoppedOn !== null && rng.chance(0.7)) {
      specs.push({ account, type: 're-pitch', stage: 'lost', pitchDay: workday(account.stoppedOn - rng.int(10, 30)), lostReason: rng.weighted(lostReasonWeights) });
    }
  }
  const weights = world.accounts.map((a) => (a.record.status === 'prospect' ? 0.5 : a.weight));
  const counts = allocate(world.plan.pitches - specs.length, weights);
  world.accounts.forEach((account, index) => {
    const prospect = account.record.status === 'prospect';
    const n = counts[index] ?? 0;
    const from = account.start;
    const to = prospect || account.record.status === 'active' ? today + 60 : account.end;
    for (let i = 0; i < n; i++) {
      const type: PitchType = prospect
        ? rng.weighted<PitchType>([['new-business', 70], ['single-agency', 30]])
        : rng.weighted<PitchType>([['single-agency', 55], ['organic-growth', 30], ['re-pitch', 15]]);
      const pitchDay = workday(to - Math.floor((to - from) * Math.pow(rng.next(), 1.1)));
      const stage = stageFor(rng, type, pitchDay, today, prospect);
      const spec: PitchSpec = { account, type, stage, pitchDay };
      if (stage === 'lead' && rng.chance(0.15)) spec.stale = true;
      specs.push(spec);
    }
  });
  return specs;
}

const panelNotes = ['关注投入产出比', '更看重创意突破', '对我们过往案例很感兴趣', '曾与竞争代理合作多年', '流程把关人，重视报价透明', ''];

export function buildPitches(world: World): Pitch[] {
  const rng = world.rng.fork('pitches');
  const specs = world.scale === 'small' ? smallSpecs(world) : largeSpecs(world, rng);
  const strategists = world.members.filter((m) => m.level === 'SD');
  const creatives = world.members.filter((m) => m.level === 'CD' || m.level === 'ECD');
  const bizDev = world.members.filter((m) => m.level === 'BD' || m.level === 'GAD' || m.level === 'SAD');
  const pitches = specs.map((spec) => buildPitch(world, rng, spec, { strategists, creatives, bizDev }));
  pitches.sort((a, b) => ((a.pitchDate ?? a.createdAt) < (b.pitchDate ?? b.createdAt) ? -1 : 1));
  return pitches;
}

type Pools = { strategists: World['members']; creatives: World['members']; bizDev: World['members'] };

function buildPitch(world: World, rng: Random, spec: PitchSpec, pools: Pools): Pitch {
  const { account, type, stage, pitchDay } = spec;
  const today = world.today;
  const sequence = sequences[type];
  const closed = stage === 'won' || stage === 'lost' || stage === 'withdrawn' || stage === 'declined';
  // A lead is always in the past: an open pitch whose schedule would put it later came in a few days ago.
  let leadDay = workdayBefore(pitchDay + offsetOf(type, 'lead'));
  if (!closed) leadDay = Math.min(leadDay, spec.stale ? world.today - rng.int(30, 45) : world.today - rng.int(2, 20));
  const prospect = account.record.status === 'prospect';
  const newBusiness = type === 'new-business' || type === 're-pitch';

  // New business is led by the account's lead or new-business director; proposals to clients by their account director.
  const ownerId = (type === 'new-business'
    ? (staffOn(world, rng, account, 'lead', leadDay) ?? activeOn(rng, pools.bizDev, leadDay)?.record.id)
    : (staffOn(world, rng, account, 'account-director', leadDay) ?? staffOn(world, rng, account, 'lead', leadDay))) ?? world.headId;
  const strategistId = staffOn(world, rng, account, 'strategy', leadDay) ?? activeOn(rng, pools.strategists, leadDay)?.record.id ?? null;
  const creativeId = staffOn(world, rng, account, 'creative', leadDay) ?? activeOn(rng, pools.creatives, leadDay)?.record.id ?? null;
  const managerId = prospect ? null : staffOn(world, rng, account, 'account-manager', leadDay);

  // Which rounds exist: all planned rounds of an open pitch; a withdrawn or declined one stops early.
  const lastRound: OpenStage = stage === 'declined' ? (type === 'new-business' ? 'rfi' : 'lead') : stage === 'withdrawn' ? 'briefing' : 'decision';
  const rounds: Pitch['rounds'] = [];
  for (const s of sequence) {
    const date = s === 'lead' ? leadDay : workday(pitchDay + offsetOf(type, s));
    const past = date < today;
    rounds.push({ id: world.ids.next(), stage: s, date: isoDate(date), note: past ? rng.pick(roundNotes[s] ?? ['']) : '' });
    if (s === lastRound) break;
  }
  const finalDay = workday(pitchDay);
  const pitched = stage !== 'declined' && stage !== 'withdrawn';
  const decidedOn = stage === 'won' || stage === 'lost' ? Math.min(today - 1, finalDay + rng.int(7, 20))
    : stage === 'withdrawn' ? Math.min(today - 1, workday(pitchDay + offsetOf(type, 'briefing')) + 2)
      : stage === 'declined' ? Math.min(today - 1, leadDay + rng.int(3, 8)) : null;

  const vars: Record<string, string> = {
    brand: account.record.brand,
    product: rng.pick(account.products),
    noun: account.industry.noun,
    year: `${yearOf(finalDay)}年`,
    // Next year's plan is proposed from the summer on.
    planYear: `${yearOf(finalDay) + (monthOf(finalDay) >= 7 ? 1 : 0)}`,
    festival: upcomingFestival(rng, briefCopy[account.category].festivals, finalDay).name,
    city: rng.pick(cities),
  };
  const fee = newBusiness
    ? roundTo(account.record.annualFee ?? account.industry.typicalFee * (account.record.tier === 'A' ? 2.2 : account.record.tier === 'B' ? 1 : 0.5) * rng.around(1, 0.2), 10_000)
    : roundTo(account.industry.typicalFee * (0.1 + rng.next() * 0.3), 10_000);
  const pitchFee = type === 'new-business' && (spec.source === 'procurement' || spec.source === 'search-consultant' || rng.chance(0.4)) ? roundTo(rng.int(5, 30) * 10_000, 10_000) : null;
  vars.budget = String(Math.round(fee / 10_000));
  vars.fee = String(Math.round((pitchFee ?? 0) / 10_000));

  const source: PitchSource = spec.source ?? (type === 'new-business'
    ? rng.weighted<PitchSource>([['search-consultant', 35], ['direct', 25], ['procurement', 25], ['referral', 15]])
    : type === 're-pitch' ? rng.weighted<PitchSource>([['procurement', 70], ['direct', 30]]) : 'direct');

  const competitors: Pitch['competitors'] = [];
  const rivalCount = type === 'new-business' ? rng.int(2, 4) : type === 're-pitch' ? rng.int(2, 3) : type === 'organic-growth' ? rng.int(0, 1) : 0;
  const rivals = rng.sample(rivalAgencies, rivalCount);
  rivals.forEach((agency, i) => {
    const rich = world.plan.richText;
    competitors.push({
      id: world.ids.next(),
      agency,
      incumbent: (type === 'new-business' && i === 0 && rng.chance(0.6)) || type === 'organic-growth',
      strengths: rich ? rng.sample(rivalStrengths, 2).join('；') : rng.pick(rivalStrengths),
      weaknesses: rich ? rng.sample(rivalWeaknesses, 2).join('；') : rng.pick(rivalWeaknesses),
    });
  });

  const panelContacts = account.contacts.filter((c) => c.decisionRole !== 'day-to-day' && (c.decisionRole !== 'procurement' || source === 'procurement')).slice(0, 5);
  const panel: Pitch['panel'] = panelContacts.map((c) => ({
    id: world.ids.next(),
    name: c.name,
    title: c.title,
    role: c.decisionRole,
    coveredByMemberId: c.decisionRole === 'influencer' ? (managerId ?? strategistId ?? ownerId) : ownerId,
    notes: rng.pick(panelNotes),
  }));

  const team: Pitch['team'] = [];
  const addTeam = (memberId: string | null, role: string) => {
    if (memberId && !team.some((t) => t.memberId === memberId)) team.push({ memberId, role });
  };
  addTeam(ownerId, '比稿负责人');
  if (!prospect) addTeam(staffOn(world, rng, account, 'account-director', leadDay), '客户总监');
  addTeam(strategistId, '策略负责人');
  addTeam(creativeId, '创意负责人');
  addTeam(managerId, '客户经理');

  // The preparation plan: everything a pitch of this type needs, due so many days before the presentation.
  const taskPicks = newBusiness ? prepTasks.filter((_, i) => world.plan.richText || i === 0 || rng.chance(0.6)) : prepTasks.filter((_, i) => [0, 5, 6, 9, 10, 11].includes(i));
  const stopDay = decidedOn !== null && !pitched ? decidedOn : Infinity;
  const prepItems: Pitch['prepItems'] = [];
  for (const task of taskPicks) {
    const due = workdayBefore(pitchDay - task.before);
    if (due > stopDay && prepItems.length > 0) break;
    const ownerFor = /策略|竞品|消费者/.test(task.task) ? strategistId : /创意|Tissue/.test(task.task) ? creativeId : /红队/.test(task.task) ? ownerId : (managerId ?? ownerId);
    const done = closed ? due <= (decidedOn ?? due) : due < today ? !spec.stale && rng.chance(0.85) : rng.chance(0.1);
    prepItems.push({ id: world.ids.next(), task: task.task, ownerId: ownerFor, dueOn: isoDate(due), done });
  }

  const order = sequences['new-business'];
  const reached = closed ? (stage === 'declined' ? 0 : stage === 'withdrawn' ? order.indexOf('briefing') : order.length) : order.indexOf(stage as OpenStage);
  const strategy = reached >= order.indexOf('briefing') ? fill(rng.pick(pitchStrategies[account.category]), vars) : '';
  const bigIdea = reached >= order.indexOf('tissue') && stage !== 'withdrawn' ? fill(rng.pick(bigIdeas[account.category]), vars) : '';

  const assessmentDecision: Pitch['assessmentDecision'] = stage === 'declined' ? 'pass' : stage === 'lead' ? 'undecided' : 'pitch';
  const assessment = assessmentDecision === 'undecided' && rng.chance(0.5)
    ? []
    : assessmentCriteria.map((criterion) => ({ criterion, score: Math.max(1, Math.min(5, rng.int(2, 5) - (assessmentDecision === 'pass' ? 1 : 0))) }));

  let outcome: Pitch['outcome'] = null;
  if (closed) {
    const base = { result: stage as ClosedStage, decidedOn: decidedOn === null ? null : isoDate(decidedOn) };
    if (stage === 'won') {
      const pm = rng.pick(wonPostMortems);
      outcome = { ...base, winningAgency: OUR_AGENCY_SHORT, lostReason: '', clientFeedback: pm.feedback, whatWorked: pm.worked, whatDidNot: pm.didNot, lessons: pm.lessons };
    } else if (stage === 'lost') {
      const reason = spec.lostReason ?? rng.weighted(lostReasonWeights);
      const pm = lostPostMortems[reason] ?? lostPostMortems['其他'];
      outcome = {
        ...base,
        winningAgency: reason === '其他' ? '客户内部团队' : (competitors[0]?.agency ?? rng.pick(rivalAgencies)),
        lostReason: reason,
        clientFeedback: pm?.feedback ?? '', whatWorked: pm?.worked ?? '', whatDidNot: pm?.didNot ?? '', lessons: pm?.lessons ?? '',
      };
    } else {
      const note = rng.pick(stage === 'withdrawn' ? withdrawnNotes : declinedNotes);
      outcome = { ...base, winningAgency: '', lostReason: '', clientFeedback: '', whatWorked: '', whatDidNot: note, lessons: stage === 'declined' ? '严格执行比或不比评估，守住团队精力。' : '退出前与客户保持良好沟通，为下次合作留下空间。' };
    }
  }

  const pastDays = [leadDay, ...rounds.map((r) => (r.date ? dayOf(r.date) : leadDay)), ...prepItems.map((p) => (p.done && p.dueOn ? dayOf(p.dueOn) : leadDay))]
    .filter((d) => d < today);
  const lastActivity = closed ? (decidedOn ?? leadDay) : spec.stale ? Math.min(today - 25, leadDay + 3) : Math.max(today - rng.int(1, 6), ...pastDays);
  const probability = stage === 'won' ? 100 : closed ? 0
    : Math.max(5, Math.min(90, stageProbability[stage as OpenStage] + (newBusiness ? 0 : 25) + rng.int(-8, 8)));
  const costHours = stage === 'declined' ? rng.int(4, 12) : type === 'new-business' ? rng.int(300, 900) : type === 're-pitch' ? rng.int(200, 600) : type === 'single-agency' ? rng.int(40, 200) : rng.int(20, 120);
  const progress = closed ? 1 : (reached + 1) / order.length;

  return {
    id: world.ids.next(),
    createdAt: stamp(world, leadDay, rng),
    updatedAt: stamp(world, lastActivity, rng),
    deletedAt: null,
    accountId: account.record.id,
    title: fill(rng.pick(pitchTitles[type]), vars),
    type,
    source,
    stage,
    ownerId,
    pitchDate: pitched ? isoDate(finalDay) : null,
    rounds,
    estimatedAnnualFee: fee,
    currency: 'CNY',
    probability,
    pitchFee,
    costHours: Math.round(costHours * progress),
    costExpenses: stage === 'declined' ? 0 : roundTo((type === 'new-business' ? rng.int(20, 150) : rng.int(0, 30)) * 1000 * progress, 100),
    competitors,
    panel,
    team,
    clientBrief: fill(rng.pick(clientBriefs[type]), vars),
    strategy,
    bigIdea,
    prepItems,
    reviewOn: newBusiness && pitched ? isoDate(workdayBefore(pitchDay - 18)) : pitched ? isoDate(workdayBefore(pitchDay - 7)) : null,
    redTeamOn: newBusiness && pitched ? isoDate(workdayBefore(pitchDay - 8)) : null,
    rehearsalOn: pitched ? isoDate(workdayBefore(pitchDay - 2)) : null,
    printPackOn: newBusiness && pitched ? isoDate(workdayBefore(pitchDay - 1)) : null,
    assessment,
    assessmentDecision,
    outcome,
    lastActivityAt: stamp(world, lastActivity, rng),
  };
}
