// Seeded randomness for the sample agency: a small PRNG, UUID-shaped ids and the picking helpers every generator shares.

/** FNV-1a over a label, so each part of the generator can draw from its own stream of the same seed. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a bijection on 32-bit integers, which is what keeps generated ids unique. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: tiny, fast and good enough for sample data; never Math.random, so a seed always gives the same agency. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A new independent stream for one part of the generator; adding draws elsewhere then leaves this part unchanged. */
  fork(label: string): Random {
    return new Random(mix32(this.state ^ hashLabel(label)));
  }

  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; weights need not total 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of items) total += weight;
    let roll = this.next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** Up to `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy.slice(0, n);
  }

  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }

  /** Roughly bell-shaped around `mean`: the average of three uniforms. */
  around(mean: number, spread: number): number {
    return mean + ((this.next() + this.next() + this.next()) / 3 - 0.5) * 2 * spread;
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Eight hex digits of a 32-bit word; a table lookup, since ids are made by the hundred thousand. */
function hex8(v: number): string {
  return (HEX[(v >>> 24) & 255] as string) + (HEX[(v >>> 16) & 255] as string) + (HEX[(v >>> 8) & 255] as string) + (HEX[v & 255] as string);
}

/**
 * Ids in UUID v4 shape, derived from the seed and a counter. The first group is a bijection of the counter,
 * so no two ids of one generation can collide, however many records it makes.
 */
export class IdSource {
  private counter = 0;
  private readonly base: number;

  constructor(seed: number) {
    this.base = mix32(seed ^ 0x5bd1e995);
  }

  next(): string {
    const n = (this.base + this.counter++) >>> 0;
    const a = mix32(n);
    const b = mix32(a ^ 0x9e3779b9);
    const c = mix32(b ^ 0x7f4a7c15);
    const d = mix32(c ^ 0x94d049bb);
    const hb = hex8(b);
    const hc = hex8(c);
    const variant = '89ab'.charAt(c >>> 30);
    return `${hex8(a)}-${hb.slice(0, 4)}-4${hb.slice(5, 8)}-${variant}${hc.slice(1, 4)}-${hc.slice(4, 8)}${hex8(d)}`;
  }
}

/** Splits `total` into whole parts proportional to `weights` (largest remainder), so counts come out exact. */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + Math.max(0, w), 0);
  if (sum <= 0 || weights.length === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (Math.max(0, w) / sum) * total);
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const entry = order[k];
    if (entry) parts[entry[1]] = (parts[entry[1]] ?? 0) + 1;
  }
  return parts;
}
