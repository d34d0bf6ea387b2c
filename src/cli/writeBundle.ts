import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import type { Bundle, SplitBundle } from '../data/bundleSchema';
import { splitBundle } from '../data/splitBundle';
import { packBundle, type PackedBundle } from '../data/packedBundle';
import { bundleJsonChunks } from './bundleJson';

/** Writes the bundle as JSON to a file chunk by chunk, honouring back-pressure; resolves with the bytes written. */
export async function writeBundleFile(bundle: Bundle | SplitBundle | PackedBundle, file: string): Promise<number> {
  await mkdir(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  let bytes = 0;
  try {
    for (const chunk of bundleJsonChunks(bundle)) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return bytes;
}

/**
 * Writes the bundle split: `file` gets everything but the document texts and mentions, as
 * columns (packBundle), and the body files go beside it (in `bodies/`). Resolves with the bytes of the bundle file and of all files.
 */
export async function writeSplitBundleFiles(
  bundle: Bundle,
  file: string,
): Promise<{ indexBytes: number; totalBytes: number; files: string[] }> {
  const { index, bodies } = splitBundle(bundle);
  const indexBytes = await writeBundleFile(packBundle(index), file);
  let totalBytes = indexBytes;
  const files = [file];
  for (const b of bodies) {
    const path = join(dirname(file), b.url);
    await mkdir(dirname(path), { recursive: true });
    const text = JSON.stringify(b.file);
    totalBytes += Buffer.byteLength(text);
    await writeFile(path, text);
    files.push(path);
  }
  return { indexBytes, totalBytes, files };
}
