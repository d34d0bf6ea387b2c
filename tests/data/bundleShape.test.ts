import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bundleSchema, splitBundleSchema } from '../../src/data/bundleSchema';
import { isBundleShape, isSplitBundleShape } from '../../src/data/bundleShape';
import { splitBundle } from '../../src/data/splitBundle';
import { generateBundle } from '../../src/synthetic/generateBundle';
import { seedBundle } from '../seedFixtures';
import { mutate, mutation, paths } from './mutations';

const good = () => JSON.parse(JSON.stringify(seedBundle().bundle)) as Record<string, unknown>;
const synthetic = JSON.parse(JSON.stringify(generateBundle({ events: 60, seed: 3 }))) as Record<string, unknown>;
const split = JSON.parse(JSON.stringify(splitBundle(seedBundle().bundle, 2).index)) as Record<string, unknown>;

/** The one property that matters: the fast check never accepts what zod refuses or would change. */
function agreesWithZod(value: unknown) {
  if (!isBundleShape(value)) return;
  const parsed = bundleSchema.safeParse(value);
  expect(parsed.success).toBe(true);
  expect(parsed.data).toEqual(value);
}

describe('isBundleShape', () => {
  it('accepts the seed bundle and a synthetic one, so the fast path is taken', () => {
    expect(isBundleShape(good())).toBe(true);
    expect(isBundleShape(synthetic)).toBe(true);
  });

  it('accepts a document a person added (origin "user") and refuses any other origin', () => {
    const own = good();
    const docs = own.documents as Record<string, unknown>[];
    docs[0]!.origin = 'user';
    expect(isBundleShape(own)).toBe(true);
    agreesWithZod(own);
    docs[0]!.origin = 'corpus';
    expect(isBundleShape(own)).toBe(false);
    expect(bundleSchema.safeParse(own).success).toBe(false);
  });

  it('refuses the shape errors zod reports', () => {
    const b = good() as { events: { date: { start: string } }[] };
    b.events[2]!.date.start = '4 May 2018';
    expect(isBundleShape(b)).toBe(false);
    const c = good() as { mentions: { type: string }[] };
    c.mentions[0]!.type = 'colour';
    expect(isBundleShape(c)).toBe(false);
    const d = good() as { places: { lat: number }[] };
    d.places[0]!.lat = 91;
    expect(isBundleShape(d)).toBe(false);
    const e = good() as { events: { sources: unknown[] }[] };
    e.events[0]!.sources = [];
    expect(isBundleShape(e)).toBe(false);
  });

  it('leaves keys the schema does not know to zod, which strips them', () => {
    const b = good() as { events: Record<string, unknown>[] };
    b.events[0]!.colour = 'red';
    expect(isBundleShape(b)).toBe(false);
    expect(bundleSchema.safeParse(b).success).toBe(true);
  });

  for (const [name, base] of [
    ['seed', good()],
    ['synthetic', synthetic],
  ] as const) {
    it(`never accepts a mutated ${name} bundle that zod refuses or would change`, () => {
      const all = paths(base);
      fc.assert(
        fc.property(fc.nat({ max: all.length - 1 }), mutation, (i, m) => agreesWithZod(mutate(base, all[i]!, m))),
        { numRuns: 300 },
      );
    });
  }

  it(`never accepts a mutated split bundle that zod refuses or would change`, () => {
    const all = paths(split);
    fc.assert(
      fc.property(fc.nat({ max: all.length - 1 }), mutation, (i, m) => {
        const value = mutate(split, all[i]!, m);
        if (!isSplitBundleShape(value)) return;
        const parsed = splitBundleSchema.safeParse(value);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the shape check of merged events', () => {
  it('accepts the reports zod accepts, and leaves to zod a report whose date carries evidence', async () => {
    const { buildBundle } = await import('../../src/ingest/buildBundle');
    const { loadKnowledge } = await import('../seedFixtures');
    const { evalText } = await import('../ingest/evalFixtures');
    const { bundle } = buildBundle([{ id: 'c01', text: evalText('c01_') }, { id: 'c02', text: evalText('c02_') }], loadKnowledge());
    expect(bundle.events.some((e) => e.reports)).toBe(true);
    expect(isBundleShape(bundle)).toBe(true);
    const bad = structuredClone(bundle);
    const merged = bad.events.find((e) => e.reports)!;
    (merged.reports![0]!.date as { evidence?: unknown }).evidence = [];
    expect(isBundleShape(bad)).toBe(false);
    expect(bundleSchema.safeParse(bad).success).toBe(true); // zod strips the unknown key, so the shape check must leave it to zod
  });
});
