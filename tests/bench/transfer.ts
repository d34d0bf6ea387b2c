import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of a file at the default level, as a server with compression would send it. */
export async function gzippedSize(file: string): Promise<number> {
  return gzipSync(await readFile(file)).length;
}

/**
 * Writes `<file>.gz` beside a file, as a deployment with precompressed assets (nginx
 * `gzip_static`) serves it, and returns its size in bytes.
 */
export async function writeGzipped(file: string): Promise<number> {
  const gz = gzipSync(await readFile(file));
  await writeFile(`${file}.gz`, gz);
  return gz.length;
}

/** Gzipped bytes of the scripts and style sheets a build ships in its assets folder. */
export async function assetsGzippedSize(assetsDir: string): Promise<number> {
  const files = (await readdir(assetsDir)).filter((f) => /\.(js|css)$/.test(f)).sort();
  let total = 0;
  for (const f of files) total += await gzippedSize(join(assetsDir, f));
  return total;
}
