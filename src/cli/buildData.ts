/**
 * Builds the bundle the app loads from a folder of plain-text articles:
 *   npm run build:data -- [--in seeds] [--out public/data/bundle.json] [--knowledge <in>/knowledge.json]
 * Logs a review report to stderr; exits non-zero only when no bundle could be written.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleSchema } from '../data/bundleSchema';
import { knowledgeSchema } from '../data/knowledgeSchema';
import { buildBundle } from '../ingest/buildBundle';
import { checkSources } from '../ingest/checkSources';
import { formatZodError } from '../data/formatZodError';

const fail = (message: string): never => {
  process.stderr.write(`build:data: ${message}\n`);
  process.exit(1);
};

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'public/data/bundle.json' },
    knowledge: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const inDir = resolve(values.in!);
if (!existsSync(inDir) || !statSync(inDir).isDirectory()) fail(`${values.in} is not a folder of articles`);
const knowledgePath = resolve(values.knowledge ?? (existsSync(join(inDir, 'knowledge.json')) ? join(inDir, 'knowledge.json') : 'seeds/knowledge.json'));

let knowledgeJson: unknown;
try {
  knowledgeJson = JSON.parse(readFileSync(knowledgePath, 'utf8'));
} catch (e) {
  fail(`${knowledgePath}: cannot read the knowledge file as JSON (${(e as Error).message})`);
}
const knowledge = knowledgeSchema.safeParse(knowledgeJson);
if (!knowledge.success) fail(`${knowledgePath}: ${formatZodError(knowledge.error)}`);

const files = readdirSync(inDir)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => {
    try {
      return [{ name, bytes: new Uint8Array(readFileSync(join(inDir, name))) }];
    } catch (e) {
      process.stderr.write(`build:data: ${join(values.in!, name)}: skipped, cannot read it (${(e as Error).message})\n`);
      return [];
    }
  });
const { accepted, rejected } = checkSources(files);
for (const r of rejected) process.stderr.write(`build:data: ${join(values.in!, r.name)}: skipped, ${r.message}\n`);
if (accepted.length === 0) fail(`no usable articles in ${values.in} (plain-text .txt files, first line the title)`);

const { bundle, review } = buildBundle(accepted, knowledge.data!);
const checked = bundleSchema.safeParse(bundle);
if (!checked.success) fail(`the built bundle is invalid, which is a bug in the ingest: ${formatZodError(checked.error)}`);
if (!values.quiet) {
  for (const r of review) process.stderr.write(`review: ${join(values.in!, `${r.documentId}.txt`)}:${r.line}: ${r.message}\n`);
}
const out = resolve(values.out!);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(bundle)}\n`);
process.stderr.write(
  `build:data: wrote ${values.out}: ${bundle.documents.length} documents, ${bundle.events.length} events, ${bundle.mentions.length} mentions` +
    `${rejected.length ? `, ${rejected.length} file(s) skipped` : ''}\n`,
);
