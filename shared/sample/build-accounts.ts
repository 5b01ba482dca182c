// Brand accounts with their life story (won, paused, lost), client contacts, and the account teams over time (assignments).
import type { Account, AccountStatus } from '../model/account';
import type { Contact, DecisionRole } from '../model/contact';
import type { Assignment, AssignmentRole } from '../model/member';
import { brandRoots, companyCities, curatedAccounts, industries, type CuratedAccount, type Industry } from './banks/brands';
import { contactTitles } from './banks/people';
import { mobile, type NamePicker } from './build-people';
import { activeOn, roleLevels, roundTo, stamp, type AccountInfo, type MemberInfo, type TeamSlot, type World } from './context';
import { isoDate, workday, type Day } from './days';
import { allocate, type Random } from './random';

const tierFactor = { A: 2.2, B: 1, C: 0.5 } as const;
const tierWeight = { A: 3, B: 1.8, C: 1 } as const;

const healthReasons = {
  amber: ['客户市场部重组，预算冻结至下季度。', '客户 CMO 更换，新任负责人尚未建立信任。', '连续两个季度项目量下滑，客户在评估代理结构。'],
  red: ['连续两次提案未通过，客户已邀请其他代理参与项目。', '回款严重逾期（超过 120 天），客户财务称资金紧张。'],
  green: ['虽有逾期账款，但客户已书面确认付款计划。'],
} as const;

const contactNotes = [
  '喜欢数据说话，提案前先发预读材料。',
  '关注行业奖项，对创意要求高。',
  '工作节奏快，偏好微信沟通，邮件回复较慢。',
  '曾在 4A 公司工作，熟悉代理商流程。',
  '决策谨慎，重要事项需要书面确认。',
  '对预算非常敏感，报价需要拆分明细。',
  '周一上午固定开部门例会，避免安排会议。',
  '',
  '',
  '',
];

function productsFor(industry: Industry, root: string): string[] {
  return industry.products.map((p) => (p.includes('{brand}') ? p.replace('{brand}', root) : `${root}${p}`));
}

function industryByKey(key: string): Industry {
  const found = industries.find((i) => i.key === key);
  if (!found) throw new Error(`unknown industry ${key}`);
  return found;
}

type AccountSeed = {
  brand: string; company: string; industry: Industry; status: AccountStatus; tier: 'A' | 'B' | 'C'; products: readonly string[];
  domain: string; code: string; wonOn: Day | null; stoppedOn: Day | null; firstContact: Day; annualFee: number | null;
  scope: readonly string[]; notes: string; health?: CuratedAccount['health'];
};

function curatedSeeds(world: World): AccountSeed[] {
  return curatedAccounts.map((c) => {
    const wonOn = c.status === 'prospect' ? null : workday(world.today - Math.round(c.years * 365));
    const stoppedOn = c.status === 'lost' ? workday(world.today - 150) : c.status === 'paused' ? workday(world.today - 100) : null;
    return {
      brand: c.brand, company: c.company, industry: industryByKey(c.industry), status: c.status, tier: c.tier, products: c.products,
      domain: c.domain, code: c.code, wonOn, stoppedOn, firstContact: wonOn ?? workday(world.today - 140), annualFee: c.annualFee,
      scope: c.scope, notes: c.notes, ...(c.health ? { health: c.health } : {}),
    };
  });
}

function generatedSeeds(world: World, rng: Random, count: number): AccountSeed[] {
  const seeds: AccountSeed[] = [];
  const usedBrands = new Set(curatedAccounts.map((c) => c.brand));
  const usedCodes = new Set(curatedAccounts.map((c) => c.code));
  const historyStart = world.today - world.plan.historyDays;
  while (seeds.length < count) {
    const industry = rng.pick(industries);
    const [root, pinyin] = rng.pick(brandRoots);
    const brand = `${root}${rng.pick(industry.brandEndings)}`;
    if (usedBrands.has(brand)) continue;
    usedBrands.add(brand);
    const status = rng.weighted<AccountStatus>([['active', 42], ['prospect', 18], ['paused', 8], ['lost', 32]]);
    const tier = rng.weighted<'A' | 'B' | 'C'>([['A', 20], ['B', 45], ['C', 35]]);
    let wonOn: Day | null = null;
    let stoppedOn: Day | null = null;
    let firstContact: Day;
    if (status === 'prospect') {
      firstContact = workday(rng.int(world.today - 3 * 365, world.today - 20));
    } else {
      // A client is lost or paused only after serving it a while, and always in the past.
      const latestWin = status === 'lost' ? world.today - 400 : status === 'paused' ? world.today - 260 : world.today - 120;
      wonOn = workday(rng.int(historyStart - 3 * 365, latestWin));
      firstContact = wonOn - rng.int(30, 120);
      if (status === 'lost') stoppedOn = workday(rng.int(Math.max(wonOn + 300, historyStart + 120), world.today - 30));
      if (status === 'paused') stoppedOn = workday(rng.int(Math.max(wonOn + 200, world.today - 400), world.today - 60));
    }
    let code = pinyin.slice(0, 2).toUpperCase() + industry.domainWord.charAt(0).toUpperCase();
    for (let n = 2; usedCodes.has(code); n++) code = `${pinyin.slice(0, 2).toUpperCase()}${n}`;
    usedCodes.add(code);
    const city = rng.pick(companyCities);
    const company = industry.companyTail.includes('（上海）') || industry.companyTail.includes('银行') || industry.companyTail.includes('人寿')
      ? `${root}${industry.companyTail}`
      : `${city}${root}${industry.companyTail}`;
    const fee = status === 'prospect' ? null : roundTo(industry.typicalFee * tierFactor[tier] * rng.around(1, 0.3), 10_000);
    seeds.push({
      brand, company, industry, status, tier, products: productsFor(industry, root), domain: `${pinyin}-${industry.domainWord}.com`, code,
      wonOn, stoppedOn, firstContact, annualFee: fee, scope: rng.sample(industry.scope, rng.int(2, industry.scope.length)), notes: '',
    });
  }
  return seeds;
}

function accountFrom(world: World, rng: Random, seed: AccountSeed): AccountInfo {
  const historyStart = world.today - world.plan.historyDays;
  const start = Math.max(seed.wonOn ?? seed.firstContact, historyStart);
  const end = seed.status === 'active' || seed.status === 'prospect' ? world.today - 1 : (seed.stoppedOn ?? world.today - 1);
  const years = Math.max(0.25, (end - start) / 365);
  const weight = seed.status === 'prospect' ? 0 : tierWeight[seed.tier] * years;
  let healthOverride: Account['healthOverride'] = null;
  if (seed.health) {
    healthOverride = { level: seed.health.level, reason: seed.health.reason, setAt: stamp(world, world.today - 12, rng) };
  } else if (world.scale === 'large' && (seed.status === 'active' || seed.status === 'paused') && rng.chance(0.06)) {
    const level = rng.weighted<'amber' | 'red' | 'green'>([['amber', 6], ['red', 3], ['green', 1]]);
    healthOverride = { level, reason: rng.pick(healthReasons[level]), setAt: stamp(world, world.today - rng.int(3, 60), rng) };
  }
  const record: Account = {
    id: world.ids.next(),
    createdAt: stamp(world, seed.firstContact, rng),
    updatedAt: stamp(world, Math.min(world.today - 1, end), rng),
    deletedAt: null,
    brand: seed.brand,
    company: seed.company,
    industry: seed.industry.label,
    status: seed.status,
    tier: seed.tier,
    clientSince: seed.wonOn === null ? null : isoDate(seed.wonOn),
    scope: [...seed.scope],
    annualFee: seed.annualFee,
    currency: 'CNY',
    healthOverride,
    notes: seed.notes,
  };
  return {
    record, industry: seed.industry, category: seed.industry.category, products: seed.products, domain: seed.domain, code: seed.code,
    wonOn: seed.wonOn, stoppedOn: seed.stoppedOn, start: seed.status === 'prospect' ? seed.firstContact : start, end, contacts: [], team: [], weight,
  };
}

export function buildAccounts(world: World, names: NamePicker): { accounts: Account[]; contacts: Contact[]; assignments: Assignment[] } {
  const rng = world.rng.fork('accounts');
  const seeds = curatedSeeds(world).slice(0, world.plan.accounts);
  seeds.push(...generatedSeeds(world, rng, world.plan.accounts - seeds.length));
  world.accounts = seeds.map((seed) => accountFrom(world, rng, seed));
  const contacts = buildContacts(world, names);
  const assignments = buildTeams(world);
  return { accounts: world.accounts.map((a) => a.record), contacts, assignments };
}

const roleOrder: readonly DecisionRole[] = ['decision-maker', 'influencer', 'day-to-day', 'procurement'];

function buildContacts(world: World, names: NamePicker): Contact[] {
  const rng = world.rng.fork('contacts');
  const minimum = 2;
  const weights = world.accounts.map((a) => (a.record.tier === 'A' ? 1.6 : a.record.tier === 'B' ? 1.2 : 1) * (a.record.status === 'prospect' ? 0.7 : 1));
  const extra = allocate(world.plan.contacts - minimum * world.accounts.length, weights);
  const all: Contact[] = [];
  world.accounts.forEach((account, index) => {
    const count = minimum + (extra[index] ?? 0);
    for (let i = 0; i < count; i++) {
      const role = i < roleOrder.length ? (roleOrder[i] as DecisionRole) : rng.weighted<DecisionRole>([['influencer', 4], ['day-to-day', 4], ['decision-maker', 1], ['procurement', 1]]);
      const who = names.next();
      const lost = account.record.status === 'lost';
      const warmth = Math.max(1, Math.min(5, (role === 'decision-maker' ? rng.int(2, 5) : role === 'procurement' ? rng.int(1, 3) : rng.int(3, 5)) - (lost ? 1 : 0)));
      const contact: Contact = {
        id: world.ids.next(),
        createdAt: stamp(world, account.start + rng.int(0, 60), rng),
        updatedAt: stamp(world, account.end, rng),
        deletedAt: null,
        accountId: account.record.id,
        name: who.name,
        title: rng.pick(contactTitles[role]),
        decisionRole: role,
        warmth,
        phone: mobile(rng),
        email: `${who.givenPinyin}.${who.surnamePinyin}@${account.domain}`,
        lastContactOn: null,
        notes: rng.pick(contactNotes),
      };
      account.contacts.push(contact);
      all.push(contact);
    }
  });
  return all;
}

const teamRoles: readonly AssignmentRole[] = ['lead', 'account-director', 'account-manager', 'account-executive', 'strategy', 'creative'];

function buildTeams(world: World): Assignment[] {
  const rng = world.rng.fork('teams');
  const pools = new Map<AssignmentRole, MemberInfo[]>();
  for (const role of teamRoles) pools.set(role, world.members.filter((m) => roleLevels[role].includes(m.level)));
  const bd = world.members.filter((m) => m.level === 'BD' || m.level === 'GAD');
  const assignments: Assignment[] = [];

  for (const account of world.accounts) {
    const prospect = account.record.status === 'prospect';
    const roles = prospect ? (['lead', 'strategy'] as const) : teamRoles;
    for (const role of roles) {
      // One person holds one role on an account: a lead is not also its account director.
      const busy = new Set(account.team.filter((slot) => slot.role !== role).map((slot) => slot.memberId));
      const pool = (prospect && role === 'lead' ? bd : (pools.get(role) ?? [])).filter((m) => !busy.has(m.record.id));
      const segmentEnd = prospect || account.record.status === 'active' ? world.today : account.end;
      let t = account.start;
      let guard = 0;
      while (t < segmentEnd && guard++ < 12) {
        const member = activeOn(rng, pool, t);
        if (!member) {
          t += 180;
          continue;
        }
        const since = Math.max(t === account.start ? (account.wonOn ?? t) : t, member.start);
        const rotation = world.scale === 'small' ? Infinity : since + rng.int(400, 1400);
        let until: Day | null = Math.min(member.end ?? Infinity, rotation, segmentEnd);
        if (until >= world.today) until = null;
        const slot: TeamSlot = { role, memberId: member.record.id, since, until };
        account.team.push(slot);
        if (until === null) break;
        t = until + 1;
      }
    }
  }
  coverIdlePeople(world, rng);
  for (const account of world.accounts) {
    for (const slot of account.team) {
      assignments.push({
        id: world.ids.next(),
        createdAt: stamp(world, slot.since, rng),
        updatedAt: stamp(world, slot.until ?? slot.since, rng),
        deletedAt: null,
        accountId: account.record.id,
        memberId: slot.memberId,
        role: slot.role,
        since: isoDate(slot.since),
        until: slot.until === null ? null : isoDate(slot.until),
      });
    }
  }
  return assignments;
}

/** Every account person still here serves at least one active account: nobody sits on the bench in the sample. */
function coverIdlePeople(world: World, rng: Random): void {
  const serving = new Set<string>();
  for (const account of world.accounts) for (const slot of account.team) if (slot.until === null) serving.add(slot.memberId);
  const active = world.accounts.filter((a) => a.record.status === 'active');
  if (active.length === 0) return;
  for (const role of teamRoles) {
    for (const member of world.members) {
      if (member.end !== null || !roleLevels[role].includes(member.level) || serving.has(member.record.id)) continue;
      const account = rng.pick(active);
      account.team.push({ role, memberId: member.record.id, since: Math.max(member.start, account.start), until: null });
      serving.add(member.record.id);
    }
  }
}
