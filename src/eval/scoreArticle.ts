import { z } from 'zod';
import type { Bundle, EventRecord } from '../data/bundleSchema';
import { slugify } from '../ingest/text';

/** One annotated real article, in the format of the evaluation set's truth files. */
export const truthSchema = z.object({
  file: z.string().min(1),
  source_url: z.string().min(1),
  publisher: z.string().optional(),
  event_title: z.string().optional(),
  /** YYYY-MM-DD, or YYYY-MM where the text gives only the month. */
  date_start: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/),
  date_end: z
    .string()
    .regex(/^\d{4}-\d{2}(?:-\d{2})?$/)
    .optional(),
  year_in_text: z.boolean(),
  place: z.string().min(1),
  country: z.string().optional(),
  actors: z.array(z.string()).default([]),
});

/** An annotation as the scorer reads it. */
export type Truth = z.infer<typeof truthSchema>;

/** How the ingest did on one article, field by field, with what it found. */
export interface ArticleScore {
  file: string;
  hasPrimary: boolean;
  place: boolean;
  date: boolean;
  foundPlace?: string;
  foundDate?: string;
  foundBasis?: string;
  peopleFound: string[];
  peopleMissed: string[];
  /** The people the ingest gives as the primary event's actors (mentioned in the document), by name. */
  actorPeople: string[];
  /** Those of them that share a surname with an annotated actor. */
  actorPeopleRight: string[];
}

/** The primary event of a document: the event that lists it as a primary source. */
export function primaryEventOf(bundle: Bundle, documentId: string): EventRecord | undefined {
  return bundle.events.find((e) => e.sources.some((s) => s.documentId === documentId && s.role === 'primary'));
}

/** Lowercase letters only, so "Nur-Sultan" and "nur sultan" compare equal. */
const norm = (s: string) => slugify(s).replace(/-/g, '');

/** The surname of an annotated name: its last word, without punctuation. */
const surnameOf = (name: string) => norm(name.trim().split(/\s+/).pop() ?? name);

/** The event's date at the precision of an annotation ("2022-09" compares the month). */
function dateMatches(event: EventRecord, truth: Truth): boolean {
  const d = event.date;
  const end = d.end ?? d.start;
  if (!truth.year_in_text) {
    // The year is not in the text: the month and day must match and the date must not claim to be stated.
    const md = (iso: string) => iso.slice(5, 5 + (truth.date_start.length - 5));
    if (d.basis === 'stated') return false;
    if (md(d.start) !== truth.date_start.slice(5)) return false;
    return !truth.date_end || md(end) === truth.date_end.slice(5);
  }
  if (d.start.slice(0, truth.date_start.length) !== truth.date_start) return false;
  if (truth.date_end) return end.slice(0, truth.date_end.length) === truth.date_end;
  // A single annotated day is missed by an event that spans several days.
  return truth.date_start.length < 10 || end === d.start;
}

/**
 * Scores the ingest's bundle for one article with the evaluation set's rules: the primary event's
 * place (by id or name), its date at the annotation's precision, and each annotated person found
 * as a person entity, sharing the surname, mentioned in the document.
 */
export function scoreArticle(bundle: Bundle, documentId: string, truth: Truth): ArticleScore {
  const event = primaryEventOf(bundle, documentId);
  const mentioned = new Set(bundle.mentions.filter((m) => m.documentId === documentId && m.type === 'person').map((m) => m.id));
  const people = bundle.entities.filter((e) => e.type === 'person' && mentioned.has(e.id));
  const surnames = new Set(people.flatMap((p) => [p.name, ...p.aliases].map(surnameOf)));
  const peopleFound = event ? truth.actors.filter((a) => surnames.has(surnameOf(a))) : [];
  const score: ArticleScore = {
    file: truth.file,
    hasPrimary: !!event,
    place: false,
    date: false,
    peopleFound,
    peopleMissed: truth.actors.filter((a) => !peopleFound.includes(a)),
    actorPeople: [],
    actorPeopleRight: [],
  };
  if (!event) return score;
  // Precision: of the people the ingest says took part, how many the annotator lists.
  const annotated = new Set(truth.actors.map(surnameOf));
  const actors = people.filter((p) => event.actorIds.includes(p.id));
  score.actorPeople = actors.map((p) => p.name);
  score.actorPeopleRight = actors.filter((p) => [p.name, ...p.aliases].some((n) => annotated.has(surnameOf(n)))).map((p) => p.name);
  const place = bundle.places.find((p) => p.id === event.placeId);
  score.foundPlace = place?.name ?? event.placeId;
  score.place = !!event.placeId && (norm(event.placeId) === norm(truth.place) || (!!place && norm(place.name) === norm(truth.place)));
  score.foundDate = event.date.end ? `${event.date.start}..${event.date.end}` : event.date.start;
  score.foundBasis = event.date.basis;
  score.date = dateMatches(event, truth);
  return score;
}
