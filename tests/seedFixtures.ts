import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { knowledgeSchema, type Knowledge } from '../src/data/knowledgeSchema';
import { buildBundle, type IngestResult, type SourceText } from '../src/ingest/buildBundle';

/** The seed folder the tests read their facts from. */
export const SEEDS_DIR = join(import.meta.dirname, '..', 'seeds');

/** The seed articles as the ingest receives them. */
export function loadSeedTexts(): SourceText[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(SEEDS_DIR, f), 'utf8') }));
}

/** The curated knowledge file, validated. */
export function loadKnowledge(): Knowledge {
  return knowledgeSchema.parse(JSON.parse(readFileSync(join(SEEDS_DIR, 'knowledge.json'), 'utf8')));
}

let cached: IngestResult | undefined;
/** The bundle built from the seeds, built once per test file. */
export function seedBundle(): IngestResult {
  cached ??= buildBundle(loadSeedTexts(), loadKnowledge());
  return cached;
}

/** A seed text by the start of its file name ("002"). */
export function seedText(prefix: string): string {
  const doc = loadSeedTexts().find((d) => d.id.startsWith(prefix));
  if (!doc) throw new Error(`no seed ${prefix}`);
  return doc.text;
}
