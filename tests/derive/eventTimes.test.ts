import { describe, expect, it } from 'vitest';
import { computeEventTimes } from '../../src/derive/eventTimes';
import { eventExtent } from '../../src/derive/eventExtent';
import { seedBundle } from '../seedFixtures';

const { bundle } = seedBundle();

describe('eventTimes', () => {
  it('holds each event’s extent at its position and the longest span', () => {
    const times = computeEventTimes(bundle.events);
    const extents = bundle.events.map((e) => eventExtent(e.date));
    expect([...times.start]).toEqual(extents.map((x) => x[0]));
    expect([...times.end]).toEqual(extents.map((x) => x[1]));
    expect(times.maxSpan).toBe(Math.max(...extents.map(([a, b]) => b - a)));
    // The seed's longest extent is the 2021–2026 year range: six years.
    expect(times.maxSpan).toBeGreaterThan(5 * 365 * 864e5);
  });
});
