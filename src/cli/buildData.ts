/**
 * Builds the bundle the app loads from a folder of plain-text articles, or from a collection
 * exported by the app (a .json file), and writes the knowledge it used beside the bundle so
 * the app can run the same ingest over articles a person adds:
 *   npm run build:data -- [--in seeds | --in collection.json] [--out public/data/bundle.json] [--knowledge <in>/knowledge.json]
 *     [--gazetteer public/data/gazetteer.json] [--split]
 * `--split` writes the article texts and mentions to body files in `bodies/` beside the bundle,
 * so the app draws a large corpus without first reading every article.
 * The gazetteer table (`npm run build:gazetteer`, which npm runs first) finds the places the
 * knowledge file lacks; it is copied beside a bundle written elsewhere, as the knowledge is.
 * Logs a review report to stderr; exits non-zero only when no bundle could be written.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleSchema } from '../data/bundleSchema';
import { knowledgeSchema } from '../data/knowledgeSchema';
import { buildBundle } from '../ingest/buildBundle';
import { checkSources } from '../ingest/checkSources';
import { formatZodError } from '../data/formatZodError';
import { collectionFileSchema } from '../collection/collectionSchema';
import { extendKnowledge } from '../collection/extendKnowledge';
import { writeSplitBundleFiles } from './writeBundle';
import { GAZETTEER_PATH, loadGazetteerTable } from './loadGazetteer';
import { indexGazetteer, type GazetteerIndex } from '../ingest/gazetteer';
import type { SourceText } from '../ingest/buildBundle';

const fail = (message: string): never => {
  process.stderr.write(`build:data: ${message}\n`);
  process.exit(1);
};

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'public/data/bundle.json' },
    knowledge: { type: 'string' },
    gazetteer: { type: 'string', default: GAZETTEER_PATH },
    quiet: { type: 'boolean', default: false },
    split: { type: 'boolean', default: false },
  },
});
const inPath = resolve(values.in!);
const fromCollection = existsSync(inPath) && statSync(inPath).isFile() && inPath.endsWith('.json');
if (!fromCollection && (!existsSync(inPath) || !statSync(inPath).isDirectory())) {
  fail(`${values.in} is not a folder of articles nor a collection exported by the app (.json)`);
}
const inDir = fromCollection ? dirname(inPath) : inPath;
const knowledgePath = resolve(
  values.knowledge ?? (!fromCollection && existsSync(join(inDir, 'knowledge.json')) ? join(inDir, 'knowledge.json') : 'seeds/knowledge.json'),
);

let knowledgeJson: unknown;
try {
  knowledgeJson = JSON.parse(readFileSync(knowledgePath, 'utf8'));
} catch (e) {
  fail(`${knowledgePath}: cannot read the knowledge file as JSON (${(e as Error).message})`);
}
const knowledge = knowledgeSchema.safeParse(knowledgeJson);
if (!knowledge.success) fail(`${knowledgePath}: ${formatZodError(knowledge.error)}`);

/** The articles and knowledge additions of an exported collection: its documents' texts are the sources. */
function readCollection(path: string): { sources: SourceText[]; knowledge: NonNullable<typeof knowledge.data> } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return fail(`${values.in}: cannot read the collection as JSON (${(e as Error).message})`);
  }
  const parsed = collectionFileSchema.safeParse(json);
  if (!parsed.success) return fail(`${values.in}: not a collection exported by the app: ${formatZodError(parsed.error)}`);
  const own = new Map(parsed.data.collection.articles.map((a) => [a.id, a.text]));
  const sources = parsed.data.documents.map((d) => ({ id: d.id, text: own.get(d.id) ?? d.text }));
  for (const [id, text] of own) if (!sources.some((s) => s.id === id)) sources.push({ id, text });
  return { sources, knowledge: extendKnowledge(knowledge.data!, parsed.data.collection.knowledge) };
}

const files = fromCollection ? [] : readdirSync(inDir)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => {
    try {
      return [{ name, bytes: new Uint8Array(readFileSync(join(inDir, name))) }];
    } catch (e) {
      process.stderr.write(`build:data: ${join(values.in!, name)}: skipped, cannot read it (${(e as Error).message})\n`);
      return [];
    }
  });
const collection = fromCollection ? readCollection(inPath) : undefined;
const { accepted, rejected } = collection ? { accepted: collection.sources, rejected: [] } : checkSources(files);
for (const r of rejected) process.stderr.write(`build:data: ${join(values.in!, r.name)}: skipped, ${r.message}\n`);
if (accepted.length === 0) fail(`no usable articles in ${values.in} (plain-text .txt files, first line the title)`);

let gazetteer: GazetteerIndex | undefined;
try {
  gazetteer = indexGazetteer(loadGazetteerTable(values.gazetteer));
} catch (e) {
  fail((e as Error).message);
}
const usedKnowledge = collection?.knowledge ?? knowledge.data!;
const { bundle, review } = buildBundle(accepted, usedKnowledge, gazetteer);
const checked = bundleSchema.safeParse(bundle);
if (!checked.success) fail(`the built bundle is invalid, which is a bug in the ingest: ${formatZodError(checked.error)}`);
if (!values.quiet) {
  for (const r of review) process.stderr.write(`review: ${join(values.in!, `${r.documentId}.txt`)}:${r.line}: ${r.message}\n`);
}
const out = resolve(values.out!);
mkdirSync(dirname(out), { recursive: true });
if (values.split) await writeSplitBundleFiles(bundle, out);
else writeFileSync(out, `${JSON.stringify(bundle)}\n`);
// The app runs the same ingest over articles a person adds, so it needs the same knowledge.
const knowledgeOut = join(dirname(out), 'knowledge.json');
if (knowledgeOut !== knowledgePath) writeFileSync(knowledgeOut, `${JSON.stringify(usedKnowledge)}\n`);
const gazetteerOut = join(dirname(out), 'gazetteer.json');
if (gazetteerOut !== resolve(values.gazetteer!)) copyFileSync(resolve(values.gazetteer!), gazetteerOut);
process.stderr.write(
  `build:data: wrote ${values.out}: ${bundle.documents.length} documents, ${bundle.events.length} events, ${bundle.places.length} places, ${bundle.mentions.length} mentions` +
    `${rejected.length ? `, ${rejected.length} file(s) skipped` : ''}\n`,
);
