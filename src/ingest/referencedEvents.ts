import type { Knowledge } from '../data/knowledgeSchema';
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

/** Strips trailing function words a greedy name pattern picked up. */
const trimName = (s: string) => s.replace(/(?:\s+(?:of|the|and|on|to|in|for))+$/g, '').trim();

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
    const names: { start: number; end: number; name: string; knownId?: string }[] = [];
    // Catalogue aliases first: they are what lets two documents agree on one event.
    const lower = sentence.toLowerCase();
    for (const e of knowledge.events) {
      for (const alias of [...e.aliases].sort((a, b) => b.length - a.length)) {
        const at = lower.indexOf(alias.toLowerCase());
        if (at < 0) continue;
        names.push({ start: s.start + at, end: s.start + at + alias.length, name: e.title, knownId: e.id });
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
      const name = trimName(m[0]);
      const start = s.start + m.index!;
      if (name.split(/\s+/).length < 2 || !free(start, start + name.length)) continue;
      names.push({ start, end: start + name.length, name });
    }
    for (const n of names) {
      const known = n.knownId ? knowledge.events.find((e) => e.id === n.knownId) : undefined;
      if (n.knownId && n.knownId === primary.key) continue;
      const yearInName = /\b((?:19|20)\d{2})\b/.exec(n.name);
      const expr = nearestDate(dates, n);
      let date = expr ? resolveDate(expr, doc, text) : undefined;
      if (!date && yearInName) {
        const at = n.start + yearInName.index;
        date = { start: `${yearInName[1]}-01-01`, precision: 'year', basis: 'stated', asStated: yearInName[1], evidence: [evidenceOf(text, { start: at, end: at + 4 })] };
      }
      if (!date && !known) continue;
      const kindWord = /(Declaration|Convention|Strategy|Treaty|Charter|Agreement|Council|Process|Summit|Conference|Meeting)/i.exec(n.name)?.[1];
      const kind = known?.kind ?? (/\bexercises?\b/i.test(sentence) && yearInName ? 'exercise' : KINDS[(kindWord ?? 'event').toLowerCase()] ?? 'event');
      const title = known?.title ?? n.name.replace(/^(?:session|summit) of the\s+/i, '').replace(/^meeting of the\s+/i, 'Meeting of the ');
      const year = date?.start.slice(0, 4);
      const place =
        doc.names.find((p) => p.type === 'place' && p.start >= n.start && p.end <= n.end) ??
        doc.names.find((p) => p.type === 'place' && p.start >= n.end && p.end <= s.end && /\b(?:in|at)\s+$/.test(text.slice(Math.max(0, p.start - 4), p.start)));
      out.push({
        key: known?.id ?? `${slugify(title)}${year && !title.includes(year) ? `-${year}` : ''}`,
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

/** The date expression closest to a name in its sentence, preferring one that follows it. */
function nearestDate(dates: DateExpression[], n: { start: number; end: number }): DateExpression | undefined {
  const after = dates.filter((d) => d.start >= n.end).sort((a, b) => a.start - b.start)[0];
  const before = dates.filter((d) => d.end <= n.start).sort((a, b) => b.end - a.end)[0];
  if (after && (!before || after.start - n.end <= n.start - before.end + 40)) return after;
  return before ?? after;
}

function resolveDate(expr: DateExpression, doc: DocumentAnalysis, text: string) {
  const r = resolveDateExpression(expr, doc.meta.reference, text);
  return r.ok ? r.date : undefined;
}
