import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { Bundle } from '../data/bundleSchema';
import { bundleJsonChunks } from './bundleJson';

/** Writes the bundle as JSON to a file chunk by chunk, honouring back-pressure; resolves with the bytes written. */
export async function writeBundleFile(bundle: Bundle, file: string): Promise<number> {
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
