import { describe, expect, it } from 'vitest';
import { BundleError, parseBundle, repairReferences } from '../../src/data/parseBundle';
import { seedBundle } from '../seedFixtures';

const good = () => structuredClone(seedBundle().bundle);

describe('parseBundle', () => {
  it('accepts the seed bundle without warnings', () => {
    const { bundle, warnings } = parseBundle(JSON.stringify(good()));
    expect(warnings).toEqual([]);
    expect(bundle.events.length).toBe(good().events.length);
  });

  it('rejects text that is not JSON with a clear message', () => {
    expect(() => parseBundle('{"version": 1,')).toThrow(BundleError);
    expect(() => parseBundle('<html>')).toThrow(/not valid JSON/);
  });

  it('rejects the wrong shape and names where', () => {
    const b = good() as unknown as { events: { date: { start: string } }[] };
    b.events[2]!.date.start = '4 May 2018';
    expect(() => parseBundle(JSON.stringify(b))).toThrow(/events\.2\.date\.start/);
  });

  it('repairs references to places, actors and documents that do not exist, and says so', () => {
    const b = good();
    b.events[0]!.placeId = 'atlantis';
    b.events[1]!.actorIds.push('nobody');
    b.events[2]!.sources = [{ documentId: 'missing-doc', role: 'primary', evidence: [] }];
    const { bundle, warnings } = parseBundle(JSON.stringify(b));
    expect(bundle.events[0]!.placeId).toBeUndefined();
    expect(bundle.events[1]!.actorIds).not.toContain('nobody');
    expect(bundle.events).toHaveLength(good().events.length - 1);
    expect(warnings.join('\n')).toMatch(/atlantis/);
    expect(warnings.join('\n')).toMatch(/nobody/);
    expect(warnings.join('\n')).toMatch(/missing-doc/);
  });

  it('keeps events that need no repair as they are, and never changes the bundle it repairs', () => {
    const b = good();
    b.events[0]!.placeId = 'atlantis';
    b.events[1]!.actorIds.push('nobody');
    const before = structuredClone(b);
    const { bundle } = repairReferences(b);
    expect(b).toEqual(before);
    const untouched = b.events.slice(2);
    for (const e of untouched) expect(bundle.events).toContain(e);
    expect(bundle.events).not.toContain(b.events[0]);
    expect(bundle.events.find((e) => e.id === b.events[0]!.id)!.placeId).toBeUndefined();
  });
});
