import type { Knowledge } from '../data/knowledgeSchema';
import { buildBundle } from '../ingest/buildBundle';
import type { GazetteerIndex } from '../ingest/gazetteer';
import { checkSources, documentIdOf, type RawSource } from '../ingest/checkSources';
import { scoreArticle, type ArticleScore, type Truth } from './scoreArticle';

/** The totals of an evaluation run. */
export interface EvalTotals {
  articles: number;
  withPrimary: number;
  place: number;
  date: number;
  people: number;
  peopleAnnotated: number;
  /** People given as primary-event actors, and how many of them an annotation lists: people precision. */
  actorPeople: number;
  actorPeopleRight: number;
}

/** Scores per article and their totals. */
export interface EvalResult {
  rows: (ArticleScore & { problems: string[] })[];
  totals: EvalTotals;
}

/**
 * Runs the ingest over each annotated article on its own, as a person adding it would, and
 * scores its primary event. A file the ingest refuses scores nothing, with the reason kept.
 * The gazetteer, when given, is used as `npm run build:data` uses it.
 */
export function evaluateSet(truths: Truth[], files: RawSource[], knowledge: Knowledge, gazetteer?: GazetteerIndex): EvalResult {
  const byName = new Map(files.map((f) => [f.name, f]));
  const rows: EvalResult['rows'] = [];
  for (const truth of [...truths].sort((a, b) => a.file.localeCompare(b.file))) {
    const file = byName.get(truth.file);
    const { accepted, rejected } = checkSources(file ? [file] : []);
    const id = documentIdOf(truth.file);
    const problems = file ? rejected.map((r) => `refused: ${r.message}`) : ['missing file'];
    if (accepted.length === 0) {
      rows.push({
        file: truth.file,
        hasPrimary: false,
        place: false,
        date: false,
        peopleFound: [],
        peopleMissed: truth.actors,
        actorPeople: [],
        actorPeopleRight: [],
        problems,
      });
      continue;
    }
    const { bundle, review } = buildBundle(accepted, knowledge, gazetteer);
    problems.push(
      ...review.filter((r) => r.documentId === id && !/^(?:unresolved name|new person) "/.test(r.message)).map((r) => r.message),
    );
    rows.push({ ...scoreArticle(bundle, id, truth), problems });
  }
  const count = (f: (r: EvalResult['rows'][number]) => boolean | number) => rows.reduce((n, r) => n + Number(f(r)), 0);
  return {
    rows,
    totals: {
      articles: rows.length,
      withPrimary: count((r) => r.hasPrimary),
      place: count((r) => r.place),
      date: count((r) => r.date),
      people: count((r) => r.peopleFound.length),
      peopleAnnotated: truths.reduce((n, t) => n + t.actors.length, 0),
      actorPeople: count((r) => r.actorPeople.length),
      actorPeopleRight: count((r) => r.actorPeopleRight.length),
    },
  };
}
