import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packBundle } from '../../src/data/packedBundle';
import { parseBundle } from '../../src/data/parseBundle';
import { isCalendarDate } from '../../src/data/repairEvents';
import { splitBundle } from '../../src/data/splitBundle';
import { seedBundle } from '../seedFixtures';

/** The seed bundle with three broken events: a repeated id, a start that is no day, an end before the start. */
function brokenSeed() {
  const bundle = structuredClone(seedBundle().bundle);
  const [first, second, third] = bundle.events;
  bundle.events.push({ ...structuredClone(first!), title: 'A copy under the same id' });
  second!.date = { ...second!.date, start: '2019-02-30' };
  third!.date = { ...third!.date, start: '2019-03-10', end: '2019-03-01', precision: 'day' };
  return { bundle, first: first!.id, second: second!.id, third: third!.id };
}

describe('isCalendarDate', () => {
  it('knows February and leap years', () => {
    expect(['2019-02-28', '2020-02-29', '2000-02-29', '2024-12-31'].map(isCalendarDate)).toEqual([true, true, true, true]);
    expect(['2019-02-29', '1900-02-29', '2019-02-30', '2019-13-45', '2019-00-10', '2019-04-31', '2019-04-00'].map(isCalendarDate)).toEqual([false, false, false, false, false, false, false]);
  });

  it('agrees with the calendar of Date.UTC for any date of the right shape', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const t = new Date(Date.UTC(y, m - 1, d));
        const real = m >= 1 && m <= 12 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
        expect(isCalendarDate(iso)).toBe(real);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a bundle with events no view can draw', () => {
  it('keeps the first of two events with one id, leaves out one that starts on no day, drops an end before the start, and names each once', () => {
    const { bundle, first, second, third } = brokenSeed();
    const { bundle: read, warnings } = parseBundle(JSON.stringify(bundle));
    expect(read.events.filter((e) => e.id === first)).toHaveLength(1);
    expect(read.events.find((e) => e.id === first)!.title).not.toBe('A copy under the same id');
    expect(read.events.some((e) => e.id === second)).toBe(false);
    expect(read.events.find((e) => e.id === third)!.date).toMatchObject({ start: '2019-03-10' });
    expect(read.events.find((e) => e.id === third)!.date.end).toBeUndefined();
    expect(read.events).toHaveLength(bundle.events.length - 2);
    expect(warnings).toHaveLength(3);
    expect(warnings.filter((w) => w.includes(first))).toHaveLength(1);
    expect(warnings.join('\n')).toContain(`${second} (2019-02-30)`);
    expect(warnings.join('\n')).toContain(`${third} (2019-03-10 to 2019-03-01)`);
  });

  it('does the same for a packed split bundle, which skips the slow checks', () => {
    const { bundle, first, second } = brokenSeed();
    const { index } = splitBundle(bundle);
    const { bundle: read, warnings } = parseBundle(JSON.stringify(packBundle(index)));
    expect(read.events.filter((e) => e.id === first)).toHaveLength(1);
    expect(read.events.some((e) => e.id === second)).toBe(false);
    expect(warnings).toHaveLength(3);
  });

  it('leaves a sound bundle as it is, with no warning', () => {
    const { bundle, warnings } = parseBundle(JSON.stringify(seedBundle().bundle));
    expect(warnings).toEqual([]);
    expect(bundle.events).toHaveLength(seedBundle().bundle.events.length);
  });
});
