/**
 * The work of `npm run build:data` (see buildData.ts for the command line), as a function the
 * tests call in the same process: it reads its arguments, writes the bundle, the knowledge and
 * the gazetteer, reports through `log`, and returns the exit code instead of exiting.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleSchema } from '../data/bundleSchema';
import { knowledgeSchema, type Knowledge } from '../data/knowledgeSchema';
import { buildBundle, type SourceText } from '../ingest/buildBundle';
import { checkSources } from '../ingest/checkSources';
import { formatZodError } from '../data/formatZodError';
import { collectionFileSchema } from '../collection/collectionSchema';
import { extendKnowledge } from '../collection/extendKnowledge';
import { writeSplitBundleFiles } from './writeBundle';
import { GAZETTEER_PATH, loadGazetteerTable } from './loadGazetteer';
import { indexGazetteer, type GazetteerIndex } from '../ingest/gazetteer';

/** A failure that ends the build with a message and exit code 1. */
class BuildDataError extends Error {}

const fail = (message: string): never => {
  throw new BuildDataError(message);
};

/** The options of the command line. */
interface BuildDataOptions {
  in: string;
  out: string;
  knowledge?: string;
  gazetteer: string;
  quiet: boolean;
  split: boolean;
}

function readOptions(argv: string[]): BuildDataOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      in: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'public/data/bundle.json' },
      knowledge: { type: 'string' },
      gazetteer: { type: 'string', default: GAZETTEER_PATH },
      quiet: { type: 'boolean', default: false },
      split: { type: 'boolean', default: false },
    },
  });
  return values as BuildDataOptions;
}

/** The knowledge file: the one given, else the one beside the articles, else the seeds'. */
function readKnowledge(o: BuildDataOptions, inDir: string, fromCollection: boolean): { path: string; knowledge: Knowledge } {
  const path = resolve(
    o.knowledge ?? (!fromCollection && existsSync(join(inDir, 'knowledge.json')) ? join(inDir, 'knowledge.json') : 'seeds/knowledge.json'),
  );
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`${path}: cannot read the knowledge file as JSON (${(e as Error).message})`);
  }
  const parsed = knowledgeSchema.safeParse(json);
  if (!parsed.success) fail(`${path}: ${formatZodError(parsed.error)}`);
  return { path, knowledge: parsed.data! };
}

/** The articles and knowledge additions of an exported collection: its documents' texts are the sources. */
function readCollection(path: string, name: string, knowledge: Knowledge): { sources: SourceText[]; knowledge: Knowledge } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return fail(`${name}: cannot read the collection as JSON (${(e as Error).message})`);
  }
  const parsed = collectionFileSchema.safeParse(json);
  if (!parsed.success) return fail(`${name}: not a collection exported by the app: ${formatZodError(parsed.error)}`);
  const own = new Map(parsed.data.collection.articles.map((a) => [a.id, a.text]));
  const sources = parsed.data.documents.map((d) => ({ id: d.id, text: own.get(d.id) ?? d.text }));
  for (const [id, text] of own) if (!sources.some((s) => s.id === id)) sources.push({ id, text });
  return { sources, knowledge: extendKnowledge(knowledge, parsed.data.collection.knowledge) };
}

/** The readable, usable articles of a folder and how many .txt files were not; each of those says why on the log. */
function readFolder(inDir: string, name: string, log: (line: string) => void): { sources: SourceText[]; skipped: number } {
  let unreadable = 0;
  const files = readdirSync(inDir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => {
      try {
        return [{ name: f, bytes: new Uint8Array(readFileSync(join(inDir, f))) }];
      } catch (e) {
        log(`build:data: ${join(name, f)}: skipped, cannot read it (${(e as Error).message})`);
        unreadable++;
        return [];
      }
    });
  const { accepted, rejected } = checkSources(files);
  for (const r of rejected) log(`build:data: ${join(name, r.name)}: skipped, ${r.message}`);
  return { sources: accepted, skipped: unreadable + rejected.length };
}

function loadGazetteer(path: string): GazetteerIndex {
  try {
    return indexGazetteer(loadGazetteerTable(path));
  } catch (e) {
    return fail((e as Error).message);
  }
}

async function build(o: BuildDataOptions, log: (line: string) => void): Promise<void> {
  const inPath = resolve(o.in);
  const fromCollection = existsSync(inPath) && statSync(inPath).isFile() && inPath.endsWith('.json');
  if (!fromCollection && (!existsSync(inPath) || !statSync(inPath).isDirectory())) {
    fail(`${o.in} is not a folder of articles nor a collection exported by the app (.json)`);
  }
  const inDir = fromCollection ? dirname(inPath) : inPath;
  const known = readKnowledge(o, inDir, fromCollection);
  const collection = fromCollection ? readCollection(inPath, o.in, known.knowledge) : undefined;
  const folder = collection ? undefined : readFolder(inDir, o.in, log);
  const accepted = collection?.sources ?? folder!.sources;
  if (accepted.length === 0) fail(`no usable articles in ${o.in} (plain-text .txt files, first line the title)`);
  const gazetteer = loadGazetteer(o.gazetteer);
  const usedKnowledge = collection?.knowledge ?? known.knowledge;
  const { bundle, review } = buildBundle(accepted, usedKnowledge, gazetteer);
  const checked = bundleSchema.safeParse(bundle);
  if (!checked.success) fail(`the built bundle is invalid, which is a bug in the ingest: ${formatZodError(checked.error)}`);
  if (!o.quiet) for (const r of review) log(`review: ${join(o.in, `${r.documentId}.txt`)}:${r.line}: ${r.message}`);
  const out = resolve(o.out);
  mkdirSync(dirname(out), { recursive: true });
  if (o.split) await writeSplitBundleFiles(bundle, out);
  else writeFileSync(out, `${JSON.stringify(bundle)}\n`);
  // The app runs the same ingest over articles a person adds, so it needs the same knowledge.
  const knowledgeOut = join(dirname(out), 'knowledge.json');
  if (knowledgeOut !== known.path) writeFileSync(knowledgeOut, `${JSON.stringify(usedKnowledge)}\n`);
  const gazetteerOut = join(dirname(out), 'gazetteer.json');
  if (gazetteerOut !== resolve(o.gazetteer)) copyFileSync(resolve(o.gazetteer), gazetteerOut);
  const skipped = folder?.skipped ?? 0;
  log(
    `build:data: wrote ${o.out}: ${bundle.documents.length} documents, ${bundle.events.length} events, ${bundle.places.length} places, ${bundle.mentions.length} mentions` +
      `${skipped ? `, ${skipped} file(s) skipped` : ''}`,
  );
}

/** Runs build:data with the command line's arguments; resolves with the exit code (0 when a bundle was written). */
export async function runBuildData(argv: string[], log: (line: string) => void): Promise<number> {
  try {
    await build(readOptions(argv), log);
    return 0;
  } catch (e) {
    if (!(e instanceof BuildDataError)) throw e;
    log(`build:data: ${e.message}`);
    return 1;
  }
}
