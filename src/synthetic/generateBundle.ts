import seedKnowledge from '../../seeds/knowledge.json';
import { BUNDLE_VERSION, type Bundle, type DocumentRecord, type EventRecord, type Mention } from '../data/bundleSchema';
import { generateCast, type SyntheticKnowledge } from './cast';
import { composeDocument, type ComposeContext } from './composeDocument';
import { planDocuments, TWO_PRIMARIES } from './documentPlan';
import { planEvents, type PlannedEvent } from './events';
import { createRandom } from './random';

/** What to generate. */
export interface GenerateOptions {
  /** How many events the bundle holds. */
  events: number;
  /** The seed: the same options always give the same bundle, byte for byte. */
  seed: number;
  /** Places, entities and topics to draw on; the seed knowledge file by default. */
  knowledge?: SyntheticKnowledge;
}

/** Bundles above this many events get short agency items, to keep 100,000 events to a file a browser can load. */
export const LONG_ARTICLES_UP_TO = 20_000;

/** How long articles are and how often their padding names someone again, for a bundle of `events` events. */
export interface ArticleShape {
  /** Shortest and longest target length in characters. */
  length: [number, number];
  /** Share of padding sentences that name a topic or actor (and so add a mention). */
  namedFillerShare: number;
  /** Share of articles that report two events rather than one. */
  twoEventShare: number;
}

/**
 * Wire reports of 1.5–6 KB, or for very large bundles short agency items (0.5–1.3 KB of
 * padding target, more of them covering two events, fewer repeated names): text and mentions
 * are most of a bundle's bytes.
 */
export function articleShape(events: number): ArticleShape {
  return events <= LONG_ARTICLES_UP_TO
    ? { length: [1500, 6000], namedFillerShare: 0.45, twoEventShare: TWO_PRIMARIES }
    : { length: [500, 1300], namedFillerShare: 0.1, twoEventShare: 0.6 };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The bundle record of a planned event, with the keys in the schema's order. */
function eventRecord(e: PlannedEvent): EventRecord {
  if (!e.date || e.sources.length === 0) throw new Error(`synthetic event ${e.id} was never written into a document`);
  return {
    id: e.id,
    title: e.title,
    kind: e.kind,
    date: e.date,
    ...(e.placeId ? { placeId: e.placeId } : {}),
    actorIds: e.actorIds,
    topicIds: e.topicIds,
    ...(e.planned ? { planned: true } : {}),
    sources: e.sources,
  };
}

/**
 * Generates a realistic, valid bundle of `events` events: dates in bursts across 1995–2025,
 * places and actors with Zipf-like skews, and English articles whose mentions, paragraphs
 * and evidence spans slice exactly the words they claim. Deterministic for a given seed.
 */
export function generateBundle(options: GenerateOptions): Bundle {
  const knowledge = options.knowledge ?? (seedKnowledge as SyntheticKnowledge);
  const cast = generateCast(knowledge, createRandom(options.seed, 'cast'));
  const events = planEvents(Math.max(0, Math.floor(options.events)), knowledge, cast, createRandom(options.seed, 'events'));
  // Referenced events need an article to be mentioned in; make sure there is at least one.
  if (events.length > 0 && events.every((e) => e.referenced)) Object.assign(events[0]!, { referenced: false, planned: false });
  const shape = articleShape(events.length);
  const plans = planDocuments(events, createRandom(options.seed, 'documents'), shape.twoEventShare);

  const ctx: ComposeContext = {
    cast,
    placeNames: new Map(knowledge.places.map((p) => [p.id, p.name])),
    topicKeywords: new Map(knowledge.topics.map((t) => [t.id, t.keywords.map((k) => k.toLowerCase())])),
    roles: new Map(),
  };
  const textRng = createRandom(options.seed, 'text');
  const [shortest, longest] = shape.length;
  const documents: DocumentRecord[] = [];
  const mentions: Mention[] = [];
  for (const plan of plans) {
    // Log-uniform lengths: many short items, a few long features.
    const target = Math.round(shortest * (longest / shortest) ** textRng.next());
    const composed = composeDocument(plan, ctx, textRng, target, shape.namedFillerShare);
    documents.push(composed.document);
    for (const m of composed.mentions) mentions.push(m);
  }

  const entities = [...cast.people, ...cast.organisations, ...cast.states]
    .map((m) => ({ id: m.id, name: m.name, type: m.type, aliases: m.aliases, roles: ctx.roles.get(m.id) ?? [] }))
    .sort(byId);
  return {
    version: BUNDLE_VERSION,
    documents,
    events: events.map(eventRecord),
    entities,
    places: knowledge.places.map((p) => ({ id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon })).sort(byId),
    topics: knowledge.topics.map((t) => ({ id: t.id, label: t.label })).sort(byId),
    mentions,
  };
}
