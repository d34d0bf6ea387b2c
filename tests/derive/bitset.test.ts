import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countBits,
  emptyBitset,
  fullBitset,
  hasBit,
  intersect,
  pickBits,
  popcount32,
  sameBits,
  setBit,
  wordsFor,
} from '../../src/derive/bitset';

/** A set of positions below `n` built from a plain list, for comparing with plain arrays. */
const bitsOf = (n: number, positions: number[]) => {
  const bits = emptyBitset(n);
  for (const p of positions) setBit(bits, p);
  return bits;
};

/** Random sizes with positions inside them, including sizes that end mid-word and on a word boundary. */
const sized = fc
  .integer({ min: 0, max: 200 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      n ? fc.uniqueArray(fc.nat(n - 1), { maxLength: n }) : fc.constant<number[]>([]),
      n ? fc.uniqueArray(fc.nat(n - 1), { maxLength: n }) : fc.constant<number[]>([]),
    ),
  );

describe('bitset', () => {
  it('sizes a set in whole 32-bit words', () => {
    expect([0, 1, 32, 33, 64, 100_000].map(wordsFor)).toEqual([0, 1, 1, 2, 2, 3125]);
  });

  it('counts the bits of a word like a plain loop over its bits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (x) => {
        let plain = 0;
        for (let b = 0; b < 32; b++) if ((x >>> b) & 1) plain++;
        expect(popcount32(x)).toBe(plain);
      }),
    );
    expect(popcount32(0xffffffff)).toBe(32);
  });

  it('holds every position of a full set and none past its size', () => {
    for (const n of [0, 1, 31, 32, 33, 95, 96]) {
      const full = fullBitset(n);
      expect(countBits(full)).toBe(n);
      expect(
        pickBits(
          Array.from({ length: n }, (_, i) => i),
          full,
        ),
      ).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  it('agrees with plain arrays on membership, intersection, counting and picking', () => {
    fc.assert(
      fc.property(sized, ([n, a, b]) => {
        const items = Array.from({ length: n }, (_, i) => `item${i}`);
        const [ba, bb] = [bitsOf(n, a), bitsOf(n, b)];
        for (let p = 0; p < n; p++) expect(hasBit(ba, p)).toBe(a.includes(p));
        const both = a.filter((p) => b.includes(p)).sort((x, y) => x - y);
        const and = intersect(ba, bb);
        expect(countBits(and)).toBe(both.length);
        expect(pickBits(items, and)).toEqual(both.map((p) => items[p]));
        expect(sameBits(and, bitsOf(n, both))).toBe(true);
        // The intersection is a new set: its inputs are left as they were.
        expect(countBits(ba)).toBe(a.length);
      }),
      { numRuns: 200 },
    );
  });
});
