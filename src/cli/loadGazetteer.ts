/** Reads the gazetteer table for the command-line tools (Node only). */
import { readFileSync } from 'node:fs';
import { gazetteerSchema, type GazetteerTable } from '../data/gazetteerSchema';
import { formatZodError } from '../data/formatZodError';

/** Where `npm run build:gazetteer` writes the table, which the app also fetches. */
export const GAZETTEER_PATH = 'public/data/gazetteer.json';

/** The validated table at `path`; throws with the path and the problem, or how to build it when it is missing. */
export function loadGazetteerTable(path: string = GAZETTEER_PATH): GazetteerTable {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      `${path}: ${missing ? 'missing; build it with "npm run build:gazetteer"' : `cannot read it as JSON (${(e as Error).message})`}`,
      { cause: e },
    );
  }
  const parsed = gazetteerSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: ${formatZodError(parsed.error)}`);
  return parsed.data;
}
