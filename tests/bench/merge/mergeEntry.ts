// Runs inside the bench page: the merging of issue 18 on a synthetic corpus, in Chromium. Built
// by mergeBench.ts with Vite into one script, so it runs the app's own modules as the app does.
import { buildCollectionBundle } from '../../../src/collection/buildCollectionBundle';
import { emptyCollection } from '../../../src/collection/collectionSchema';
import { mergeBundles } from '../../../src/collection/mergeBundles';
import { gazetteerSchema } from '../../../src/data/gazetteerSchema';
import { knowledgeSchema } from '../../../src/data/knowledgeSchema';
import { buildBundle } from '../../../src/ingest/buildBundle';
import { indexGazetteer } from '../../../src/ingest/gazetteer';
import { mergeMeetings } from '../../../src/ingest/mergeMeetings';
import { meetingContext } from '../../../src/ingest/sameMeeting';
import { generateBundle } from '../../../src/synthetic/generateBundle';

/** What the driver asks for. */
export interface MergeBenchInput {
  events: number;
  seed: number;
  reps: number;
  /** Real reports, added one at a time as a person would. */
  articles: { id: string; text: string }[];
  /** How many of the corpus's own articles to add again under new ids: reports that must join. */
  copies: number;
}

/** Times in ms of each repetition, and what the merging did. */
export interface MergeBenchOutput {
  corpusEvents: number;
  /** mergeMeetings over the whole corpus, as build:data runs it. */
  corpusMergeMs: number[];
  corpusMerges: number;
  /** buildCollectionBundle with one article: its ingest and its merge into the corpus. */
  addOneMs: number[];
  /** mergeBundles alone: one ingested article joined into the corpus. */
  mergeOneMs: number[];
  /** How many of the added articles (copies first) joined an event the corpus had, of how many. */
  joined: number;
  added: number;
}

async function run(input: MergeBenchInput): Promise<MergeBenchOutput> {
  const knowledge = knowledgeSchema.parse(await (await fetch('knowledge.json')).json());
  const gazetteer = gazetteerSchema.parse(await (await fetch('gazetteer.json')).json());
  const corpus = generateBundle({ events: input.events, seed: input.seed });
  const out: MergeBenchOutput = {
    corpusEvents: corpus.events.length,
    corpusMergeMs: [],
    corpusMerges: 0,
    addOneMs: [],
    mergeOneMs: [],
    joined: 0,
    added: 0,
  };
  const ctx = meetingContext(corpus.entities, corpus.places);
  for (let i = 0; i < Math.max(1, Math.ceil(input.reps / 2)); i++) {
    const t = performance.now();
    const { merges } = mergeMeetings(corpus.events, ctx);
    out.corpusMergeMs.push(performance.now() - t);
    out.corpusMerges = merges.length;
  }
  const index = indexGazetteer(gazetteer);
  const copies = corpus.documents.slice(0, input.copies).map((d, i) => ({ id: `copy-${i}`, text: d.text }));
  const articles = [...copies, ...input.articles];
  for (let i = 0; i < input.reps; i++) {
    const article = articles[i % articles.length]!;
    const collection = { ...emptyCollection(), articles: [{ ...article, name: 'Pasted text', addedAt: '2026-12-02T00:00:00Z' }] };
    let t = performance.now();
    const shown = buildCollectionBundle(corpus, collection, knowledge, gazetteer);
    out.addOneMs.push(performance.now() - t);
    const added = buildBundle([article], knowledge, index).bundle;
    t = performance.now();
    const merged = mergeBundles(corpus, added);
    out.mergeOneMs.push(performance.now() - t);
    const own = merged.events.find((e) => e.sources.some((s) => s.documentId === article.id && s.role === 'primary'));
    if (i < articles.length && own?.sources.some((s) => s.documentId !== article.id)) out.joined++;
    if (shown.bundle.events.length !== merged.events.length) throw new Error('the collection bundle and the merge disagree');
  }
  out.added = Math.min(input.reps, articles.length);
  return out;
}

(window as unknown as { __mergeBench: typeof run }).__mergeBench = run;
