import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyFileSchema } from '../../src/data/bundleSchema';
import { packedBundleSchema, unpackBundle } from '../../src/data/packedBundle';
import { parseBundle } from '../../src/data/parseBundle';
import { joinBundle } from '../../src/data/splitBundle';
import { generateBundle } from '../../src/synthetic/generateBundle';
import { writeSplitBundleFiles } from '../../src/cli/writeBundle';

describe('writeSplitBundleFiles', () => {
  it('writes a bundle file the app loads and body files beside it that give back every text and mention', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'split-'));
    try {
      const bundle = generateBundle({ events: 600, seed: 4 });
      const file = join(dir, 'data', 'bundle.json');
      const written = await writeSplitBundleFiles(bundle, file);
      expect(written.files.length - 1).toBe(Math.ceil(bundle.documents.length / 256));
      const text = await readFile(file, 'utf8');
      expect(Buffer.byteLength(text)).toBe(written.indexBytes);
      const { bundle: loaded, warnings } = parseBundle(text);
      expect(warnings).toEqual([]);
      expect(loaded.bodies?.map((b) => join(dirname(file), b.url))).toEqual(written.files.slice(1));
      const files = await Promise.all(written.files.slice(1).map(async (f) => bodyFileSchema.parse(JSON.parse(await readFile(f, 'utf8')))));
      const index = unpackBundle(packedBundleSchema.parse(JSON.parse(text)));
      expect(joinBundle(index, files)).toEqual(bundle);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
