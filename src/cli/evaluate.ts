/**
 * Scores the ingest against annotated real articles (the rules are in tests/fixtures/eval/README.md):
 *   npm run eval [-- --dir tests/fixtures/eval] [--knowledge seeds/knowledge.json] [--gazetteer public/data/gazetteer.json] [--json]
 * Prints one row per article (place, date, people: right or wrong, with what was found) and the
 * totals. Reads every truth*.json file in the folder and the articles in its articles/ folder.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { knowledgeSchema } from '../data/knowledgeSchema';
import { evaluateSet } from '../eval/evaluateSet';
import { evaluatePairs, pairSchema } from '../eval/evaluatePairs';
import { existsSync } from 'node:fs';
import { truthSchema } from '../eval/scoreArticle';
import { indexGazetteer } from '../ingest/gazetteer';
import { GAZETTEER_PATH, loadGazetteerTable } from './loadGazetteer';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'tests/fixtures/eval' },
    knowledge: { type: 'string', default: 'seeds/knowledge.json' },
    gazetteer: { type: 'string', default: GAZETTEER_PATH },
    json: { type: 'boolean', default: false },
  },
});
const dir = resolve(values.dir!);
const truths = readdirSync(dir)
  .filter((f) => /^truth.*\.json$/.test(f))
  .sort()
  .flatMap((f) => z.array(truthSchema).parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
const articlesDir = join(dir, 'articles');
const files = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.txt'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(articlesDir, name))) }));
const knowledge = knowledgeSchema.parse(JSON.parse(readFileSync(resolve(values.knowledge!), 'utf8')));
const gazetteer = indexGazetteer(loadGazetteerTable(values.gazetteer));
const { rows, totals } = evaluateSet(truths, files, knowledge, gazetteer);
// Pairs of reports of one meeting, or of different meetings, for the merging ("seed:" names a file of seeds/).
const pairsFile = join(dir, 'pairs.json');
const pairs = existsSync(pairsFile) ? z.array(pairSchema).parse(JSON.parse(readFileSync(pairsFile, 'utf8'))) : [];
const textOf = (name: string) => readFileSync(name.startsWith('seed:') ? resolve('seeds', name.slice(5)) : join(articlesDir, name), 'utf8');
const merging = evaluatePairs(pairs, textOf, knowledge, gazetteer);

if (values.json) {
  process.stdout.write(`${JSON.stringify({ rows, totals, merging }, null, 1)}\n`);
} else {
  const mark = (ok: boolean) => (ok ? 'ok ' : 'NO ');
  for (const r of rows) {
    const truth = truths.find((t) => t.file === r.file)!;
    const want = `${truth.place}, ${truth.date_start}${truth.date_end ? `..${truth.date_end}` : ''}${truth.year_in_text ? '' : ' (year not in text)'}`;
    const got = r.hasPrimary ? `${r.foundPlace ?? '-'}, ${r.foundDate} ${r.foundBasis}` : 'no primary event';
    process.stdout.write(
      `${r.file.slice(0, 44).padEnd(44)} place ${mark(r.place)} date ${mark(r.date)} people ${r.peopleFound.length}/${truth.actors.length} actors ${r.actorPeopleRight.length}/${r.actorPeople.length}  found: ${got}  want: ${want}\n`,
    );
    if (!r.place || !r.date) for (const p of r.problems) process.stdout.write(`${' '.repeat(46)}- ${p}\n`);
    const wrong = r.actorPeople.filter((p) => !r.actorPeopleRight.includes(p));
    if (wrong.length) process.stdout.write(`${' '.repeat(46)}- actors not annotated: ${wrong.join(', ')}\n`);
  }
  const pct = (n: number, d: number) => `${n}/${d} (${d ? Math.round((100 * n) / d) : 0} %)`;
  process.stdout.write(
    `\ntotals: ${totals.articles} articles; primary event ${pct(totals.withPrimary, totals.articles)}; place ${pct(totals.place, totals.articles)}; ` +
      `date ${pct(totals.date, totals.articles)}; people recall ${pct(totals.people, totals.peopleAnnotated)}, ` +
      `precision ${pct(totals.actorPeopleRight, totals.actorPeople)} (people given as the event's actors that the annotation lists)\n`,
  );
  if (pairs.length) {
    process.stdout.write('\n');
    for (const r of merging.rows.filter((x) => x.merged !== x.same)) {
      process.stdout.write(
        `${r.same ? 'MISSED' : 'WRONG '} ${r.a} + ${r.b}${r.reason ? `\n${' '.repeat(7)}- ${r.reason}` : ''}\n${' '.repeat(7)}- annotation: ${r.why.slice(0, 160)}\n`,
      );
    }
    const m = merging.totals;
    process.stdout.write(
      `merging: ${m.pairs} pairs (${m.same} of one meeting); precision ${pct(m.mergedRight, m.merged)}, recall ${pct(m.mergedRight, m.same)}\n`,
    );
  }
}
