// The agency's people: the hand-written team of the small sample, and for the large one years of hires, leavers and a reporting line for each.
import type { Member, MemberLevel } from '../model/member';
import { curatedMembers, englishNames, givenNames, memberTitles, mobilePrefixes, surnames, type Gender } from './banks/people';
import { accountLevels, levelRank, stamp, type MemberInfo, type World } from './context';
import { isoDate, workday, type Day } from './days';
import type { Random } from './random';

export const AGENCY_DOMAIN = 'lingxi-ad.com';

export function mobile(rng: Random): string {
  return `${rng.pick(mobilePrefixes)} ${String(rng.int(1000, 9999))} ${String(rng.int(1000, 9999))}`;
}

/** Draws Chinese names without repeating one already used in this sample. */
export class NamePicker {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Random) {}

  reserve(name: string): void {
    this.used.add(name);
  }

  next(): { name: string; surnamePinyin: string; givenPinyin: string; gender: Gender } {
    for (let attempt = 0; ; attempt++) {
      const [surname, surnamePinyin] = this.rng.pick(surnames);
      const [given, givenPinyin, gender] = this.rng.pick(givenNames);
      const name = surname + given;
      if (!this.used.has(name) || attempt > 20) {
        this.used.add(name);
        return { name, surnamePinyin, givenPinyin, gender };
      }
    }
  }
}

const largeLevelWeights: readonly (readonly [MemberLevel, number])[] = [
  ['AE', 22], ['SAE', 18], ['AM', 18], ['SAM', 12], ['AD', 10], ['SAD', 5], ['GAD', 2], ['BD', 2], ['SD', 4], ['CD', 4], ['ECD', 1], ['Other', 2],
];

/** Typical years in post by level: juniors move on sooner. */
const tenureYears: Readonly<Record<MemberLevel, readonly [number, number]>> = {
  AE: [1, 3.5], SAE: [1.5, 4.5], AM: [2, 5.5], SAM: [2, 6.5], AD: [3, 8], SAD: [4, 9], GAD: [5, 10], BD: [2, 7], SD: [3, 8], CD: [3, 8], ECD: [4, 9], Other: [1.5, 5],
};

const otherTitles = ['项目经理', '制作统筹', '新业务经理'];

function memberRecord(world: World, rng: Random, fields: {
  name: string; nameEn: string; level: MemberLevel; title: string; start: Day; end: Day | null; email: string;
}): Member {
  const lastChange = fields.end ?? Math.max(fields.start, world.today - rng.int(20, 200));
  return {
    id: world.ids.next(),
    createdAt: stamp(world, fields.start, rng),
    updatedAt: stamp(world, lastChange, rng),
    deletedAt: null,
    name: fields.name,
    nameEn: fields.nameEn,
    level: fields.level,
    title: fields.title,
    managerId: null,
    joinedOn: isoDate(fields.start),
    email: fields.email,
    phone: mobile(rng),
    active: fields.end === null,
  };
}

function emailOf(nameEn: string, surnamePinyin: string, taken: Set<string>): string {
  const first = nameEn.split(' ')[0]?.toLowerCase() ?? 'staff';
  let local = `${first}.${surnamePinyin}`;
  for (let n = 2; taken.has(local); n++) local = `${first}.${surnamePinyin}${n}`;
  taken.add(local);
  return `${local}@${AGENCY_DOMAIN}`;
}

export function buildMembers(world: World, names: NamePicker): void {
  const rng = world.rng.fork('members');
  const emails = new Set<string>();
  const members: MemberInfo[] = [];

  for (const c of curatedMembers) {
    names.reserve(c.name);
    const end = c.active ? null : workday(world.today - 75);
    const start = workday((end ?? world.today) - Math.round(c.years * 365));
    const record = memberRecord(world, rng, {
      name: c.name, nameEn: c.nameEn, level: c.level, title: c.title ?? memberTitles[c.level], start, end,
      email: emailOf(c.nameEn, c.surnamePinyin, emails),
    });
    members.push({ record, level: c.level, start, end });
  }
  curatedMembers.forEach((c, i) => {
    const manager = c.manager >= 0 ? members[c.manager] : undefined;
    const self = members[i];
    if (self && manager) self.record.managerId = manager.record.id;
  });

  const historyStart = world.today - world.plan.historyDays;
  for (let i = members.length; i < world.plan.members; i++) {
    const level = rng.weighted(largeLevelWeights);
    const who = names.next();
    const nameEn = `${rng.pick(englishNames[who.gender])} ${who.surnamePinyin.charAt(0).toUpperCase()}${who.surnamePinyin.slice(1)}`;
    const [minYears, maxYears] = tenureYears[level];
    const start = workday(rng.int(historyStart - 3 * 365, world.today - 45));
    const end = start + Math.round(rng.int(Math.round(minYears * 12), Math.round(maxYears * 12)) * 30.4);
    const left = end < world.today - 14 ? workday(end) : null;
    const title = level === 'Other' ? rng.pick(otherTitles) : memberTitles[level];
    const record = memberRecord(world, rng, { name: who.name, nameEn, level, title, start, end: left, email: emailOf(nameEn, who.surnamePinyin, emails) });
    members.push({ record, level, start, end: left });
  }

  world.members = members;
  world.membersById = new Map(members.map((m) => [m.record.id, m]));
  const head = members[0];
  if (!head) throw new Error('the sample needs a head of department');
  world.headId = head.record.id;
  assignManagers(world, rng, members.slice(curatedMembers.length));
}

function overlaps(a: MemberInfo, b: MemberInfo): boolean {
  return a.start <= (b.end ?? Infinity) && b.start <= (a.end ?? Infinity);
}

/** Reporting lines point strictly upwards (or to the head), so they can never form a loop. */
function assignManagers(world: World, rng: Random, generated: readonly MemberInfo[]): void {
  const byLevel = new Map<MemberLevel, MemberInfo[]>();
  for (const m of world.members) {
    const list = byLevel.get(m.level) ?? [];
    list.push(m);
    byLevel.set(m.level, list);
  }
  const pickFrom = (levels: readonly MemberLevel[], member: MemberInfo): string | null => {
    const reference = member.end ?? world.today;
    const pool = levels.flatMap((l) => byLevel.get(l) ?? []).filter((m) => m !== member && overlaps(m, member));
    const atReference = pool.filter((m) => m.start <= reference && (m.end === null || m.end >= reference));
    const choice = atReference.length > 0 ? rng.pick(atReference) : pool.length > 0 ? rng.pick(pool) : null;
    return choice ? choice.record.id : null;
  };
  for (const member of generated) {
    let managerId: string | null;
    const rank = levelRank(member.level);
    if (rank >= 0 && rank < accountLevels.length - 1) {
      managerId = pickFrom(accountLevels.slice(rank + 1, rank + 3), member) ?? pickFrom(accountLevels.slice(rank + 1), member) ?? world.headId;
    } else if (member.level === 'CD') {
      managerId = pickFrom(['ECD'], member);
    } else if (member.level === 'Other') {
      managerId = pickFrom(['AD', 'SAD'], member) ?? world.headId;
    } else if (member.level === 'GAD' || member.level === 'BD') {
      managerId = world.headId;
    } else {
      managerId = null;
    }
    member.record.managerId = managerId === member.record.id ? null : managerId;
  }
}
