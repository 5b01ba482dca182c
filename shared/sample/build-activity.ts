// The relationship log (meetings, calls, dinners with next steps and follow-ups) and the money (invoices with receipts) of every account.
import type { Interaction, InteractionType } from '../model/interaction';
import type { Invoice, Receipt } from '../model/invoice';
import { briefCopy, cities, seasons } from './banks/brief-copy';
import { logLines, projectNotes, prospectLines, receiptNotes, retainerNote } from './banks/log-copy';
import { contactLabel, fill, roundTo, stamp, staffOn, upcomingFestival, type AccountInfo, type World } from './context';
import { dayOf, isoDate, monthOf, weekdayOf, yearOf, type Day } from './days';
import { allocate, type Random } from './random';

/** Moves a weekend day back to Friday, for things that already happened. */
function pastWorkday(day: Day): Day {
  const w = weekdayOf(day);
  return w === 6 ? day - 1 : w === 0 ? day - 2 : day;
}

/** A day in [start, end], drawn closer to `end`: recent months are busier in anyone's log. */
function recentDay(rng: Random, start: Day, end: Day, skew = 1.6): Day {
  if (end <= start) return end;
  return end - Math.floor((end - start) * Math.pow(rng.next(), skew));
}

/** A project name the log and invoices can mention, from the account's kind of business. */
export function projectName(rng: Random, account: AccountInfo, day: Day): string {
  const copy = briefCopy[account.category];
  const scenario = rng.pick(copy.scenarios);
  const festival = upcomingFestival(rng, copy.festivals, day);
  return fill(scenario.project, {
    brand: account.record.brand,
    product: rng.pick(account.products),
    year: `${scenario.kind === 'moment' ? festival.year : yearOf(day)}年`,
    season: seasons[Math.floor((monthOf(day) - 1) / 3)] ?? '春季',
    festival: festival.name,
    city: rng.pick(cities),
    noun: account.industry.noun,
  });
}

/** A project name inside running prose: 「…」, with any quotes inside it turned into 『…』. */
function quoted(name: string): string {
  return `「${name.replace(/「/g, '『').replace(/」/g, '』')}」`;
}

export function buildInteractions(world: World): Interaction[] {
  const rng = world.rng.fork('interactions');
  const weights = world.accounts.map((a) => (a.record.status === 'prospect' ? 0.6 : a.weight) + 0.2);
  const counts = allocate(world.plan.interactions, weights);
  const all: Interaction[] = [];
  world.accounts.forEach((account, index) => {
    const count = counts[index] ?? 0;
    const prospect = account.record.status === 'prospect';
    // Paused and lost clients still get the odd call or dinner: the relationship outlives the contract.
    const logEnd = world.today - 1;
    const workEnd = account.record.status === 'lost' || account.record.status === 'paused' ? account.end : logEnd;
    const days = Array.from({ length: count }, () => {
      const afterStop = !prospect && workEnd < logEnd && rng.chance(0.08);
      return { afterStop, date: pastWorkday(afterStop ? rng.int(workEnd + 1, logEnd) : recentDay(rng, account.start, workEnd)) };
    });
    // A prospect's log tells the courtship in order: first encounter, introduction, first meeting, credentials, pitch process.
    if (prospect) days.sort((a, b) => a.date - b.date);
    for (let i = 0; i < count; i++) {
      const { afterStop, date } = days[i] ?? { afterStop: false, date: logEnd };
      let type: InteractionType;
      let line: { summary: string; next: string };
      if (prospect) {
        const p = prospectLines[Math.min(prospectLines.length - 1, Math.floor((i * prospectLines.length) / Math.max(1, count)))] ?? rng.pick(prospectLines);
        type = p.type;
        line = p;
      } else if (afterStop) {
        type = rng.pick(['dinner', 'call'] as const);
        line = { summary: '节日问候与近况交流，客户提到新代理的合作情况。', next: '保持联系，适时分享新案例。' };
      } else {
        type = rng.weighted<InteractionType>([['meeting', 40], ['call', 20], ['email', 20], ['dinner', 10], ['event', 10]]);
        line = rng.pick(logLines[type]);
      }
      // Procurement comes to the table for contracts and payments, not for weekly meetings.
      const people = type === 'call' ? account.contacts : account.contacts.filter((c) => c.decisionRole !== 'procurement');
      const contacts = rng.sample(people.length > 0 ? people : account.contacts, type === 'meeting' || type === 'event' ? rng.int(1, 3) : 1);
      const firstContact = contacts[0];
      const memberIds = new Set<string>();
      // A prospect meets the people pursuing it; an account its team.
      for (const role of prospect ? (['lead'] as const) : (['lead', 'account-director', 'account-manager'] as const)) {
        const id = staffOn(world, rng, account, role, date);
        if (id && (memberIds.size === 0 || rng.chance(0.45))) memberIds.add(id);
      }
      const vars = {
        brand: account.record.brand,
        product: rng.pick(account.products),
        contact: firstContact ? contactLabel(firstContact) : '客户',
        project: quoted(projectName(rng, account, date)),
        noun: account.industry.noun,
        yr: String(yearOf(date)),
      };
      let followUpOn: Day | null = null;
      let followUpDone = false;
      if (date >= world.today - 21) {
        followUpOn = date + rng.int(2, 12);
        followUpDone = followUpOn < world.today ? rng.chance(0.5) : false;
      } else if (rng.chance(0.55)) {
        followUpOn = date + rng.int(3, 10);
        followUpDone = rng.chance(0.97);
      }
      all.push({
        id: world.ids.next(),
        createdAt: stamp(world, date, rng),
        updatedAt: stamp(world, followUpDone && followUpOn !== null ? followUpOn : date, rng),
        deletedAt: null,
        accountId: account.record.id,
        date: isoDate(date),
        type,
        memberIds: [...memberIds],
        contactIds: contacts.map((c) => c.id),
        summary: fill(line.summary, vars),
        nextStep: fill(line.next, vars),
        followUpOn: followUpOn === null ? null : isoDate(followUpOn),
        followUpDone,
      });
    }
  });
  ensureFollowUps(world, rng, all);
  all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const contactsById = new Map(world.accounts.flatMap((a) => a.contacts.map((c) => [c.id, c] as const)));
  for (const entry of all) {
    for (const contactId of entry.contactIds) {
      const contact = contactsById.get(contactId);
      if (contact && (contact.lastContactOn === null || contact.lastContactOn < entry.date)) contact.lastContactOn = entry.date;
    }
  }
  return all;
}

/** Whatever the seed, the dashboard has follow-ups due this week and a few overdue ones. */
function ensureFollowUps(world: World, rng: Random, all: Interaction[]): void {
  const today = world.today;
  const due = all.filter((e) => !e.followUpDone && e.followUpOn !== null && e.followUpOn >= isoDate(today) && e.followUpOn <= isoDate(today + 6));
  const overdue = all.filter((e) => !e.followUpDone && e.followUpOn !== null && e.followUpOn < isoDate(today));
  const recent = all.filter((e) => e.date >= isoDate(today - 14)).sort((a, b) => (a.date < b.date ? 1 : -1));
  for (let i = 0; due.length < 3 && i < recent.length; i++) {
    const entry = recent[i];
    if (!entry || due.includes(entry) || overdue.includes(entry)) continue;
    entry.followUpOn = isoDate(today + rng.int(0, 6));
    entry.followUpDone = false;
    due.push(entry);
  }
  const older = all.filter((e) => e.date >= isoDate(today - 40) && e.date < isoDate(today - 14));
  for (let i = 0; overdue.length < 3 && i < older.length; i++) {
    const entry = older[i];
    if (!entry || overdue.includes(entry)) continue;
    entry.followUpOn = isoDate(Math.min(today - 1, pastWorkday(today - rng.int(3, 12))));
    entry.followUpDone = false;
    overdue.push(entry);
  }
}

export function buildInvoices(world: World): Invoice[] {
  const rng = world.rng.fork('invoices');
  const billable = world.accounts.filter((a) => a.record.status !== 'prospect' && a.record.annualFee !== null);
  const counts = allocate(world.plan.invoices, billable.map((a) => a.weight));
  const all: Invoice[] = [];
  billable.forEach((account, index) => {
    const count = counts[index] ?? 0;
    const terms = rng.pick([30, 45, 60, 60, 90]);
    const span = Math.max(30, account.end - account.start);
    const monthly = roundTo((account.record.annualFee ?? 1_200_000) / 12, 100);
    for (let i = 0; i < count; i++) {
      const issued = Math.min(world.today - 1, pastWorkday(account.start + Math.floor(((i + rng.next()) / count) * span)));
      const retainer = rng.chance(0.6);
      const amount = retainer ? monthly : roundTo(rng.int(80, 1500) * 1000 * (account.record.tier === 'A' ? 1.5 : 1), 1000);
      const due = issued + terms;
      const notes = retainer
        ? fill(retainerNote, { period: `${yearOf(issued)}年${monthOf(issued)}月` })
        : fill(rng.pick(projectNotes), { project: projectName(rng, account, issued) });
      all.push({
        id: world.ids.next(),
        createdAt: stamp(world, issued, rng),
        updatedAt: stamp(world, issued, rng),
        deletedAt: null,
        accountId: account.record.id,
        number: '',
        amount,
        currency: 'CNY',
        issuedOn: isoDate(issued),
        dueOn: isoDate(due),
        receipts: receiptsFor(world, rng, amount, issued, due),
        notes,
      });
    }
  });
  ensureMoneyDue(world, rng, all);
  all.sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : a.issuedOn > b.issuedOn ? 1 : 0));
  const perYear = new Map<string, number>();
  for (const invoice of all) {
    const year = invoice.issuedOn.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    invoice.number = `LX-${year}-${String(n).padStart(5, '0')}`;
    const last = invoice.receipts[invoice.receipts.length - 1];
    if (last) invoice.updatedAt = stamp(world, Math.max(dayOf(last.receivedOn), dayOf(invoice.issuedOn)), rng);
  }
  return all;
}

function receipt(world: World, rng: Random, amount: number, day: Day): Receipt {
  return { id: world.ids.next(), amount, receivedOn: isoDate(Math.min(world.today - 1, day)), note: rng.pick(receiptNotes) };
}

/** Old invoices are mostly paid; recent ones partly; a few are overdue, as in any agency's books. */
function receiptsFor(world: World, rng: Random, amount: number, issued: Day, due: Day): Receipt[] {
  const today = world.today;
  const paidAround = (offset: number) => Math.max(issued + 5, due + offset);
  const full = () => (rng.chance(0.2)
    ? [receipt(world, rng, roundTo(amount * 0.6, 100), paidAround(rng.int(-20, 5))), receipt(world, rng, amount - roundTo(amount * 0.6, 100), paidAround(rng.int(6, 30)))]
    : [receipt(world, rng, amount, paidAround(rng.int(-10, 25)))]);
  const partial = () => [receipt(world, rng, roundTo(amount * rng.int(30, 70) / 100, 100), paidAround(rng.int(-10, 10)))];
  if (due < today - 90) return rng.chance(0.96) ? full().filter((r) => r.receivedOn <= isoDate(today - 1)) : partial();
  if (due < today) {
    const roll = rng.next();
    if (roll < 0.55 && paidAround(25) < today) return full();
    if (roll < 0.8) return partial().filter((r) => r.receivedOn >= isoDate(issued));
    return [];
  }
  const roll = rng.next();
  if (roll < 0.05) return [receipt(world, rng, amount, rng.int(issued + 5, Math.max(issued + 5, today - 1)))].filter((r) => r.receivedOn >= isoDate(issued));
  return [];
}

/** Whatever the seed, some invoices fall due this week and some are overdue. */
function ensureMoneyDue(world: World, rng: Random, all: Invoice[]): void {
  const today = world.today;
  const outstanding = (inv: Invoice) => inv.amount - inv.receipts.reduce((s, r) => s + r.amount, 0) > 0;
  const dueSoon = all.filter((inv) => inv.dueOn >= isoDate(today) && inv.dueOn <= isoDate(today + 6) && outstanding(inv));
  const candidates = all.filter((inv) => inv.dueOn > isoDate(today + 6) && inv.receipts.length === 0).slice(0, 3 - Math.min(3, dueSoon.length));
  for (const inv of candidates) inv.dueOn = isoDate(today + rng.int(1, 6));
  const overdue = all.filter((inv) => inv.dueOn < isoDate(today) && outstanding(inv));
  if (overdue.length < 3) {
    const open = all.filter((inv) => inv.dueOn < isoDate(today) && inv.dueOn >= isoDate(today - 60)).slice(0, 3 - overdue.length);
    for (const inv of open) inv.receipts = inv.receipts.slice(0, 0);
  }
}
