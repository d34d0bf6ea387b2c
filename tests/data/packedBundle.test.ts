import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPackedLayout, packBundle, packedBundleSchema, packedReferencesResolve, unpackBundle, type PackedBundle } from '../../src/data/packedBundle';
import { isPackedShape } from '../../src/data/packedShape';
import { parseBundleValue, repairReferences } from '../../src/data/parseBundle';
import { splitBundle } from '../../src/data/splitBundle';
import { generateBundle } from '../../src/synthetic/generateBundle';
import { seedBundle } from '../seedFixtures';
import { mutate, mutation, paths } from './mutations';

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const seedIndex = () => splitBundle(structuredClone(seedBundle().bundle), 2).index;
const syntheticIndex = (events: number, seed: number) => splitBundle(generateBundle({ events, seed }), 50).index;

describe('packBundle and unpackBundle', () => {
  it('give back the split seed bundle exactly, through JSON', () => {
    const index = seedIndex();
    const packed = json(packBundle(index));
    expect(isPackedLayout(packed)).toBe(true);
    expect(unpackBundle(packed)).toEqual(json(index));
    // The seed's facts survive: the Tashkent RATS council event keeps its place and its source.
    const ids = new Set(index.events.map((e) => e.id));
    expect(packed.events.id.every((id) => ids.has(id))).toBe(true);
  });

  it('give back any synthetic split bundle exactly, optional fields and all', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 1000 }), (events, seed) => {
        const index = json(syntheticIndex(events, seed));
        expect(unpackBundle(json(packBundle(index)))).toEqual(index);
      }),
      { numRuns: 15 },
    );
  });

  it('keeps an optional value that is present but false or empty apart from one that is absent', () => {
    const index = json(seedIndex());
    index.events[0]!.planned = false;
    index.events[1]!.date.asStated = '';
    index.documents[0]!.origin = 'user';
    const back = unpackBundle(json(packBundle(index)));
    expect(back.events[0]!.planned).toBe(false);
    expect(back.events[1]!.date.asStated).toBe('');
    expect('planned' in back.events[1]!).toBe(index.events[1]!.planned !== undefined);
    expect(back.documents[0]!.origin).toBe('user');
    expect('origin' in back.documents[1]!).toBe(false);
  });

  it('writes a 2,000-event index in under 60% of the bytes of the same index as objects', () => {
    const index = syntheticIndex(2000, 7);
    const objects = JSON.stringify(index).length;
    const columns = JSON.stringify(packBundle(index)).length;
    expect(columns).toBeLessThan(objects * 0.6);
  });

  it('refuses to pack evidence or mentions, which belong in the body files', () => {
    const whole = structuredClone(seedBundle().bundle);
    expect(() => packBundle({ ...seedIndex(), events: whole.events })).toThrow(/evidence/);
    expect(() => packBundle({ ...seedIndex(), mentions: whole.mentions })).toThrow(/mentions/);
  });
});

describe('loading a packed bundle', () => {
  it('gives the same bundle as loading the split bundle it was packed from', () => {
    const index = seedIndex();
    const fromObjects = parseBundleValue(json(index));
    const fromColumns = parseBundleValue(json(packBundle(index)));
    expect(fromColumns).toEqual(fromObjects);
    expect(fromColumns.bundle.events.length).toBe(seedBundle().bundle.events.length);
  });

  it('says which column is wrong: a code that names no value, a column of the wrong length', () => {
    const bad = json(packBundle(seedIndex()));
    bad.events.placeId.codes[3] = 99;
    expect(() => parseBundleValue(bad)).toThrow(/events\.placeId\.codes\.3: code 99 names no value/);
    const short = json(packBundle(seedIndex()));
    short.events.start.pop();
    expect(() => parseBundleValue(short)).toThrow(/events\.start: has \d+ entries where id has \d+/);
    const bare = json(packBundle(seedIndex()));
    const offsets = bare.events.documentId.offsets;
    bare.events.documentId.offsets = offsets.map((o, i) => (i === 1 ? 0 : o));
    expect(() => parseBundleValue(bare)).toThrow(/event 0 has no source/);
  });

  it('repairs references a packed bundle gets wrong, as for any bundle', () => {
    const bad = json(packBundle(seedIndex()));
    bad.events.placeId.values[0] = 'atlantis';
    const { bundle, warnings } = parseBundleValue(bad);
    expect(warnings.join(' ')).toMatch(/places named by events.*atlantis/);
    expect(bundle.events.some((e) => e.placeId === 'atlantis')).toBe(false);
  });

  it('checks references once per distinct id: any id the bundle lacks sends it through the event-by-event repair', () => {
    const clean = json(packBundle(syntheticIndex(300, 5)));
    expect(packedReferencesResolve(clean)).toBe(true);
    expect(parseBundleValue(clean)).toEqual(repairReferences(unpackBundle(clean)));
    const columns = ['placeId', 'actorIds', 'topicIds', 'documentId'] as const;
    for (const column of columns) {
      const bad = json(clean);
      bad.events[column].values[0] = 'atlantis';
      expect(packedReferencesResolve(bad)).toBe(false);
      const parsed = parseBundleValue(bad);
      expect(parsed).toEqual(repairReferences(unpackBundle(bad)));
      expect(parsed.warnings.join(' ')).toMatch(/atlantis/);
    }
  });

  it('lists the events in date order even when the file does not', () => {
    const shuffled = json(packBundle(seedIndex()));
    const order = shuffled.events.id.map((_, i) => i).reverse();
    const pick = <T>(column: T[]) => order.map((i) => column[i]!);
    const e = shuffled.events;
    // Reversing the one-value-per-event columns and dropping multi-valued sources keeps it valid.
    for (const key of ['id', 'start', 'end', 'planned'] as const) (e[key] as unknown[]) = pick(e[key] as unknown[]);
    for (const key of ['title', 'kind', 'precision', 'basis', 'asStated', 'reason', 'placeId'] as const) e[key].codes = pick(e[key].codes);
    for (const key of ['actorIds', 'topicIds', 'documentId'] as const) {
      const lists = e.id.map((_, k) => e[key].codes.slice(e[key].offsets[order[k]!]!, e[key].offsets[order[k]! + 1]!));
      e[key].codes = lists.flat();
      e[key].offsets = [0, ...lists.map((_, k) => lists.slice(0, k + 1).flat().length)];
    }
    e.role.codes = e.documentId.codes.map(() => e.role.codes[0]!);
    const dates = parseBundleValue(shuffled).bundle.events.map((ev) => `${ev.date.start} ${ev.id}`);
    expect(dates).toEqual([...dates].sort());
    expect(dates.length).toBe(seedBundle().bundle.events.length);
  });
});

describe('isPackedShape', () => {
  const packedSeed = json(packBundle(seedIndex())) as unknown as Record<string, unknown>;
  const packedSynthetic = json(packBundle(syntheticIndex(40, 3))) as unknown as Record<string, unknown>;

  it('accepts packed seed and synthetic bundles, so the fast path is taken', () => {
    expect(isPackedShape(packedSeed)).toBe(true);
    expect(isPackedShape(packedSynthetic)).toBe(true);
    expect(packedBundleSchema.safeParse(packedSeed).success).toBe(true);
  });

  it('leaves a key the schema does not know to zod', () => {
    const extra = json(packedSeed) as unknown as PackedBundle & { events: { colour?: string[] } };
    extra.events.colour = [];
    expect(isPackedShape(extra)).toBe(false);
    expect(packedBundleSchema.safeParse(extra).success).toBe(true);
  });

  for (const [name, base] of [
    ['seed', packedSeed],
    ['synthetic', packedSynthetic],
  ] as const) {
    it(`never accepts a mutated packed ${name} bundle that zod refuses or would change`, () => {
      const all = paths(base);
      fc.assert(
        fc.property(fc.nat({ max: all.length - 1 }), mutation, (i, m) => {
          const value = mutate(base, all[i]!, m);
          if (!isPackedShape(value)) return;
          const parsed = packedBundleSchema.safeParse(value);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toEqual(value);
        }),
        { numRuns: 400 },
      );
    });
  }
});
