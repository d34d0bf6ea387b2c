import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of annotated real reports the evaluation reads. */
export const EVAL_DIR = join(import.meta.dirname, '..', 'fixtures', 'eval');

/** An annotated real report's text by the start of its file name ("09_", "b05_"). */
export function evalText(prefix: string): string {
  const name = readdirSync(join(EVAL_DIR, 'articles')).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no evaluation article starts with ${prefix}`);
  return readFileSync(join(EVAL_DIR, 'articles', name), 'utf8');
}
