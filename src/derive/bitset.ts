/**
 * Sets of event positions as bits in 32-bit words: bit `p % 32` of word `p >> 5` is set when
 * position `p` is in the set. Intersections and counts over 100,000 events are then a few
 * thousand word operations with no allocation per event.
 */

/** A set of positions 0..n-1, one bit per position. */
export type Bitset = Uint32Array;

/** The number of 32-bit words a set of `n` positions needs. */
export const wordsFor = (n: number) => (n + 31) >>> 5;

/** An empty set of `n` positions. */
export function emptyBitset(n: number): Bitset {
  return new Uint32Array(wordsFor(n));
}

/** The set of every position 0..n-1; the bits past `n` in the last word stay clear. */
export function fullBitset(n: number): Bitset {
  const bits = new Uint32Array(wordsFor(n)).fill(0xffffffff);
  // Bits past the last position must stay clear, or counts and listings would include them.
  if (n & 31) bits[bits.length - 1] = (1 << (n & 31)) - 1;
  return bits;
}

/** Adds a position to the set. */
export function setBit(bits: Bitset, p: number): void {
  bits[p >>> 5]! |= 1 << (p & 31);
}

/** True when the position is in the set. */
export function hasBit(bits: Bitset, p: number): boolean {
  return (bits[p >>> 5]! & (1 << (p & 31))) !== 0;
}

/** The number of set bits in one word (SWAR popcount). */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** How many positions the set holds. */
export function countBits(bits: Bitset): number {
  let n = 0;
  for (let w = 0; w < bits.length; w++) if (bits[w]) n += popcount32(bits[w]!);
  return n;
}

/** The intersection of the given sets, as a new set; all must have the same length. */
export function intersect(first: Bitset, ...rest: Bitset[]): Bitset {
  const out = first.slice();
  for (const other of rest) for (let w = 0; w < out.length; w++) out[w]! &= other[w]!;
  return out;
}

/** True when the two sets are equal. */
export function sameBits(a: Bitset, b: Bitset): boolean {
  if (a.length !== b.length) return false;
  for (let w = 0; w < a.length; w++) if (a[w] !== b[w]) return false;
  return true;
}

/** The items at the set's positions, in position order: the one array a consumer needs. */
export function pickBits<T>(items: readonly T[], bits: Bitset): T[] {
  const out: T[] = [];
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w]!;
    while (word) {
      // The lowest set bit first, so the items come out in position order.
      const low = word & -word;
      out.push(items[(w << 5) + 31 - Math.clz32(low)]!);
      word ^= low;
    }
  }
  return out;
}
