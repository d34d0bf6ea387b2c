import { bisectRight } from 'd3-array';

/** A seeded pseudo-random source: the same seed always gives the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** A standard normal deviate. */
  normal(): number;
  /** A 16-digit hexadecimal string, for document ids that look like content hashes. */
  hex16(): string;
}

/** The mulberry32 generator: tiny, fast and good enough for test data, never for secrets. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a seed with a stream name (FNV-1a), so that independent streams do not share a sequence. */
export function streamSeed(seed: number, stream: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * A seeded random source for one named stream. Separate streams keep, for example, the cast of
 * people the same whatever number of events is asked for.
 */
export function createRandom(seed: number, stream = ''): Random {
  const next = mulberry32(streamSeed(seed, stream));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    normal: () => {
      // Box–Muller; 1 - next() keeps the logarithm away from zero.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    hex16: () => {
      let s = '';
      for (let i = 0; i < 4; i++) s += int(0, 0xffff).toString(16).padStart(4, '0');
      return s;
    },
  };
}

/** Draws indices in proportion to the given weights; precomputed so each draw is a binary search. */
export function weightedSampler(weights: readonly number[]): (rng: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return (rng) => {
    // The first index whose running total exceeds x; never past the last.
    return Math.min(bisectRight(cumulative, rng.next() * total), cumulative.length - 1);
  };
}

/** Zipf weights 1/rank^s for n ranks: a few items are frequent, most are rare. */
export function zipfWeights(n: number, s: number): number[] {
  return Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);
}

/** Up to `count` distinct indices drawn with a sampler, giving up after a bounded number of tries. */
export function distinctDraws(rng: Random, sample: (rng: Random) => number, count: number): number[] {
  const out: number[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const i = sample(rng);
    if (!out.includes(i)) out.push(i);
  }
  return out;
}

/** A copy of the array in a seeded random order (Fisher–Yates). */
export function shuffled<T>(rng: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
