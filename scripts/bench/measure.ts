import { performance } from 'node:perf_hooks';

// Repeated timing of one operation: warm-up runs first (caches, JIT), then the measured runs.

export interface Stats {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { runs: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), minMs: sorted[0] ?? 0, maxMs: sorted[sorted.length - 1] ?? 0 };
}

/** Times `fn(i)` `runs` times after `warmup` unmeasured calls; `i` lets the operation vary its input. */
export async function measure(fn: (i: number) => unknown, runs: number, warmup = Math.min(10, runs)): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(warmup + i);
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

export const fmtMs = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

/**
 * Times two variants of one operation (encrypted and plain database) alternately, run by run, so
 * neither profits from going second (warmer JIT, caches, disk).
 */
export async function measurePair(a: (i: number) => unknown, b: (i: number) => unknown, runs: number, warmup = Math.min(10, runs)): Promise<[Stats, Stats]> {
  for (let i = 0; i < warmup; i++) {
    await a(i);
    await b(i);
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < runs; i++) {
    const first = i % 2 === 0 ? a : b;
    const second = first === a ? b : a;
    let t = performance.now();
    await first(warmup + i);
    const d1 = performance.now() - t;
    t = performance.now();
    await second(warmup + i);
    const d2 = performance.now() - t;
    (first === a ? sa : sb).push(d1);
    (first === a ? sb : sa).push(d2);
  }
  return [stats(sa), stats(sb)];
}
