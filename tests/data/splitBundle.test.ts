import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bodyFileSchema, splitBundleSchema } from '../../src/data/bundleSchema';
import { isSplitBundleShape } from '../../src/data/bundleShape';
import { parseBundleValue } from '../../src/data/parseBundle';
import { joinBundle, splitBundle } from '../../src/data/splitBundle';
import { generateBundle } from '../../src/synthetic/generateBundle';
import { seedBundle } from '../seedFixtures';

const seed = () => structuredClone(seedBundle().bundle);

describe('splitBundle', () => {
  it('splits the seed bundle into a bundle without texts and body files that join back to the same bundle', () => {
    const bundle = seed();
    const { index, bodies } = splitBundle(bundle, 2);
    // Five seed articles, two to a file.
    expect(bodies.map((b) => b.url)).toEqual(['bodies/0.json', 'bodies/1.json', 'bodies/2.json']);
    expect(index.documents.every((d) => !('text' in d) && !('paragraphs' in d))).toBe(true);
    expect(index.mentions).toEqual([]);
    // Evidence passages travel with the texts: the events the timeline draws from list none.
    expect(index.events.every((e) => e.sources.every((s) => s.evidence.length === 0) && e.date.evidence === undefined)).toBe(true);
    expect(bundle.events.some((e) => e.sources.some((s) => s.evidence.length > 0))).toBe(true);
    expect(index.bodies.flatMap((b) => b.documentIds)).toEqual(bundle.documents.map((d) => d.id));
    expect(joinBundle(index, bodies.map((b) => b.file))).toEqual(bundle);
  });

  it('gives files the shared schemas accept, and the fast shape check takes the split bundle', () => {
    const { index, bodies } = splitBundle(seed(), 3);
    expect(isSplitBundleShape(JSON.parse(JSON.stringify(index)))).toBe(true);
    expect(splitBundleSchema.safeParse(index).success).toBe(true);
    for (const b of bodies) expect(bodyFileSchema.safeParse(b.file).success).toBe(true);
  });

  it('keeps every mention in the file of its document, for any grouping', () => {
    const bundle = generateBundle({ events: 80, seed: 5 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: bundle.documents.length + 2 }), (perFile) => {
        const { bodies } = splitBundle(bundle, perFile);
        for (const b of bodies) {
          const ids = new Set(b.file.documents.map((d) => d.id));
          expect(b.file.mentions.every((m) => ids.has(m.documentId))).toBe(true);
        }
        expect(bodies.reduce((n, b) => n + b.file.mentions.length, 0)).toBe(bundle.mentions.length);
      }),
      { numRuns: 20 },
    );
  });
});

describe('loading a split bundle', () => {
  it('keeps the list of body files and every event', () => {
    const bundle = seed();
    const { bundle: loaded, warnings } = parseBundleValue(JSON.parse(JSON.stringify(splitBundle(bundle, 2).index)));
    expect(warnings).toEqual([]);
    expect(loaded.bodies?.length).toBe(3);
    expect(loaded.events.map((e) => e.id).sort()).toEqual(bundle.events.map((e) => e.id).sort());
    expect(loaded.documents.find((d) => d.id === bundle.documents[0]!.id)?.title).toBe(bundle.documents[0]!.title);
  });

  it('refuses a body file outside the bundle folder and says where', () => {
    const index = JSON.parse(JSON.stringify(splitBundle(seed(), 2).index));
    index.bodies[1].url = 'https://example.org/bodies/1.json';
    expect(isSplitBundleShape(index)).toBe(false);
    expect(() => parseBundleValue(index)).toThrow(/bodies\.1\.url.*relative path/);
  });

  it('refuses a split bundle that still lists mentions, rather than half-using them', () => {
    const bundle = seed();
    const index = JSON.parse(JSON.stringify(splitBundle(bundle, 2).index));
    index.mentions = bundle.mentions.slice(0, 1);
    expect(() => parseBundleValue(index)).toThrow(/mentions/);
  });
});
