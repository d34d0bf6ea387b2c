import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupDigits } from '../../src/format/groupDigits';

describe('groupDigits', () => {
  it('groups as toLocaleString("en") does, for any whole number', () => {
    expect(groupDigits(100000)).toBe('100,000');
    expect(groupDigits(999)).toBe('999');
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(groupDigits(n)).toBe(n.toLocaleString('en'));
      }),
    );
  });
});
