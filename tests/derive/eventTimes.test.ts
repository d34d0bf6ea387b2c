import { describe, expect, it } from 'vitest';
import { computeEventTimes, eventTimes } from '../../src/derive/eventTimes';
import { eventExtent, unionExtent } from '../../src/derive/eventExtent';
import { seedBundle } from '../seedFixtures';

const { bundle } = seedBundle();

describe('eventTimes', () => {
  it('holds each event’s extent at its position, the longest span and the union', () => {
    const times = computeEventTimes(bundle.events);
    const extents = bundle.events.map((e) => eventExtent(e.date));
    expect([...times.start]).toEqual(extents.map((x) => x[0]));
    expect([...times.end]).toEqual(extents.map((x) => x[1]));
    expect(times.maxSpan).toBe(Math.max(...extents.map(([a, b]) => b - a)));
    expect(times.union).toEqual(unionExtent(extents));
    // The seed's longest extent is the 2021–2026 year range: six years.
    expect(times.maxSpan).toBeGreaterThan(5 * 365 * 864e5);
  });

  it('has no union for no events', () => {
    expect(computeEventTimes([]).union).toBeUndefined();
  });

  it('computes a list’s extents once and again only for another list', () => {
    const list = [...bundle.events];
    expect(eventTimes(list)).toBe(eventTimes(list));
    expect(eventTimes([...list])).not.toBe(eventTimes(list));
  });
});
