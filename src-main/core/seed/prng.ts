// A small seeded pseudo-random generator (mulberry32) with the helpers the generators need.
// Seeding never touches Math.random: the same seed gives the same office, run after run.

export class Prng {
  private state: number;
  private readonly seedBase: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
    this.seedBase = this.state;
  }

  /** A new generator whose sequence depends on this one's seed and a label, not on how much this one was used. */
  fork(label: string): Prng {
    let h = this.seedBase ^ 0x9e3779b9;
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x5bd1e995) >>> 0;
    return new Prng(h ^ (h >>> 15));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    return pairs[pairs.length - 1]![0];
  }

  /** `count` distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, Math.max(0, count));
  }

  /** Roughly normal (sum of three uniforms), clamped to [min, max]. */
  around(mean: number, spread: number, min: number, max: number): number {
    const r = (this.next() + this.next() + this.next()) / 1.5 - 1;
    return Math.min(max, Math.max(min, Math.round(mean + r * spread)));
  }

  /** Fills a buffer with pseudo-random bytes (incompressible filler for synthetic documents). */
  fill(buf: Buffer): Buffer {
    let i = 0;
    for (; i + 4 <= buf.length; i += 4) buf.writeUInt32LE(Math.floor(this.next() * 4294967296), i);
    for (; i < buf.length; i++) buf[i] = Math.floor(this.next() * 256);
    return buf;
  }
}
