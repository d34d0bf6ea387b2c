import type { Span } from '../data/bundleSchema';
import type { Knowledge } from '../data/knowledgeSchema';
import { findAlias } from './eventAliases';
import type { DocumentAnalysis } from './analyseDocument';
import { resolveDateExpression, type DateExpression } from './dates';
import type { EventCandidate } from './primaryEvent';
import { evidenceOf, slugify } from './text';

const KINDS: Record<string, string> = {
  declaration: 'declaration',
  convention: 'convention',
  strategy: 'strategy',
  treaty: 'treaty',
  charter: 'charter',
  agreement: 'agreement',
  exercise: 'exercise',
  summit: 'summit',
  council: 'summit',
  process: 'process',
  conference: 'conference',
  meeting: 'meeting',
};

// A capitalised name that holds a kind word: "Declaration on the Establishment of the SCO",
// "National Strategy of the Republic of Uzbekistan to Counter Extremism and Terrorism".
const NAME =
  /(?:(?:meeting|session|summit) of the\s+)?(?:[A-Z][\w’'-]*\s+)*(?:Declaration|Convention|Strategy|Treaty|Agreement|Council|Process|Summit)\b(?:\s+(?:of|on|to|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*|of|the|and|on|to|in)(?:\s+(?:[A-Z][\w’'-]*|of|the|and|on|to|in|SCO))*)?/g;
// A quoted name, for exercises and strategies the texts put in quotes: “East-Antiterror 2024”.
const QUOTED = /[“"]([A-Z][^”"\n]{2,80})[”"]/g;
const PLANNED = /\b(plans? to|will be|will hold|is expected|are expected|expected to|preparations? for|upcoming|forthcoming|scheduled)\b/i;

/** A slug of at most 60 characters, cut at a word boundary. */
function shortSlug(title: string): string {
  const slug = slugify(title);
  return slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '');
}

/** Strips trailing function words a greedy name pattern picked up. */
const trimName = (s: string) =>
  s
    .trim()
    .replace(/[\s,]+$/, '')
    .replace(/(?:\s+(?:of|the|and|on|to|in|for))+$/g, '')
    .trim();

/** A name of an event in a sentence, with the catalogue event it names, if any. */
type NamedEvent = { start: number; end: number; name: string; knownId?: string };

/**
 * The names of events in one sentence: catalogue aliases first (they let two documents agree
 * on one event), then quoted names of strategies, conventions and the like, then capitalised
 * names, each never overlapping an earlier one or running into a date.
 */
function namesIn(doc: DocumentAnalysis, knowledge: Knowledge, s: Span, dates: DateExpression[]): NamedEvent[] {
  const { text } = doc;
  const sentence = text.slice(s.start, s.end);
  const names: NamedEvent[] = [];
  // Catalogue aliases first: they are what lets two documents agree on one event.
  const plain = doc.plain.slice(s.start, s.end);
  for (const e of knowledge.events) {
    for (const alias of [...e.aliases].sort((a, b) => b.length - a.length)) {
      const found = findAlias(plain, alias);
      if (!found) continue;
      names.push({ start: s.start + found.at, end: s.start + found.at + found.length, name: e.title, knownId: e.id });
      break;
    }
  }
  const free = (a: number, b: number) => !names.some((n) => a < n.end && b > n.start);
  for (const m of sentence.matchAll(QUOTED)) {
    const name = m[1]!.trim();
    const start = s.start + m.index! + m[0].indexOf(name);
    if (!free(start, start + name.length)) continue;
    const isExercise = /\bexercises?\b/i.test(sentence) && /\b(19|20)\d{2}\b/.test(name);
    if (isExercise || /\b(Strategy|Convention|Declaration|Treaty)\b/.test(name)) names.push({ start, end: start + name.length, name });
  }
  for (const m of sentence.matchAll(NAME)) {
    const start = s.start + m.index!;
    // A name never runs into a date: "Council of SCO Heads of State on September 16-17, 2021".
    const dateInside = dates.find((d) => d.start > start && d.start < start + m[0].length);
    const name = trimName(dateInside ? text.slice(start, dateInside.start) : m[0]);
    if (name.split(/\s+/).length < 2 || !free(start, start + name.length)) continue;
    names.push({ start, end: start + name.length, name });
  }
  return names;
}

/**
 * Earlier or planned events a document mentions with a date: declarations, conventions,
 * strategies, summits, exercises. Catalogue names in the knowledge file give the same real
 * event the same key in every document; other names get a key from their title and year.
 */
export function findReferencedEvents(doc: DocumentAnalysis, knowledge: Knowledge, primary: EventCandidate): EventCandidate[] {
  const { text } = doc;
  const out: EventCandidate[] = [];
  const primaryDates = new Set(primary.date?.evidence?.map((e) => e.start));
  for (const s of doc.sentences) {
    const sentence = text.slice(s.start, s.end);
    const dates = doc.dates.filter((d) => d.start >= s.start && d.end <= s.end && !d.target && !primaryDates.has(d.start));
    const names = namesIn(doc, knowledge, s, dates);
    const dateOf = assignDates(names, dates);
    for (const n of names) {
      const known = n.knownId ? knowledge.events.find((e) => e.id === n.knownId) : undefined;
      if (n.knownId && n.knownId === primary.key) continue;
      const yearInName = /\b((?:19|20)\d{2})\b/.exec(n.name);
      const expr = dateOf.get(n);
      let date = expr ? resolveDate(expr, doc, text) : undefined;
      if (!date && yearInName) {
        const at = n.start + yearInName.index;
        date = {
          start: `${yearInName[1]}-01-01`,
          precision: 'year',
          basis: 'stated',
          asStated: yearInName[1],
          evidence: [evidenceOf(text, { start: at, end: at + 4 })],
        };
      }
      if (!date && !known) continue;
      // The most specific kind word wins: "meeting of the Council" is a summit.
      const kindWord = [
        'Declaration',
        'Convention',
        'Strategy',
        'Treaty',
        'Charter',
        'Agreement',
        'Council',
        'Summit',
        'Process',
        'Conference',
        'Meeting',
      ].find((w) => new RegExp(`\\b${w}\\b`, 'i').test(n.name));
      const kind =
        known?.kind ??
        (/\bexercises?\b/i.test(sentence) && yearInName ? 'exercise' : (KINDS[(kindWord ?? 'event').toLowerCase()] ?? 'event'));
      const title = known?.title ?? n.name.replace(/^(?:session|summit) of the\s+/i, '').replace(/^meeting of the\s+/i, 'Meeting of the ');
      const year = date?.start.slice(0, 4);
      // A place inside the event's name ("Dushanbe Declaration") is what it is named after, set
      // aside from the mentions, and where such a declaration or process began.
      const place =
        [...doc.names, ...doc.attributive].find((p) => p.type === 'place' && p.start >= n.start && p.end <= n.end) ??
        doc.names.find(
          (p) =>
            p.type === 'place' &&
            p.start >= n.end &&
            p.end <= s.end &&
            /\b(?:in|at)\s+$/.test(text.slice(Math.max(0, p.start - 4), p.start)),
        );
      out.push({
        key: known?.id ?? `${shortSlug(title)}${year && !title.includes(year) ? `-${year}` : ''}`,
        title,
        kind,
        date,
        placeId: place?.id ?? known?.placeId,
        planned: PLANNED.test(sentence) || undefined,
        documentId: doc.id,
        role: 'referenced',
        evidence: [evidenceOf(text, s)],
        scope: s,
        problems: [],
      });
    }
  }
  return out;
}

/**
 * Gives each date of a sentence to the name nearest to it (a date just after a name counts as
 * nearer than one as far before it), so that in "the SCO Convention, signed in 2017, and the
 * Shanghai Convention" the year goes to the first convention only.
 */
function assignDates<N extends { start: number; end: number }>(names: N[], dates: DateExpression[]): Map<N, DateExpression> {
  const out = new Map<N, DateExpression>();
  for (const d of dates) {
    let best: N | undefined;
    let bestGap = Infinity;
    for (const n of names) {
      const gap = d.start >= n.end ? d.start - n.end : d.end <= n.start ? n.start - d.end + 20 : Infinity;
      if (gap < bestGap) {
        best = n;
        bestGap = gap;
      }
    }
    if (best && !out.has(best)) out.set(best, d);
  }
  return out;
}

function resolveDate(expr: DateExpression, doc: DocumentAnalysis, text: string) {
  const r = resolveDateExpression(expr, doc.meta.reference, text);
  return r.ok ? r.date : undefined;
}
