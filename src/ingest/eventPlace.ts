import type { Span } from '../data/bundleSchema';
import type { Knowledge } from '../data/knowledgeSchema';
import { inMeta, type DocumentAnalysis } from './analyseDocument';
import demonyms from './data/demonyms.json';
import type { NameMatch } from './matcher';

/** The place chosen for an event, with the words that name it and what a reviewer should know. */
export interface EventPlace {
  placeId?: string;
  evidence?: Span;
  problems: string[];
}

// Words just before a place that say the meeting is there: "in", "held in the city of",
// "travelled to", "the Kazakh village of", "hosted by".
const LOCATIVE_BEFORE =
  /\b(?:in|at|to|hosted by|venue|capital,?)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:city|town|village|resort|capital|region|settlement)\s+of\s+)?(?:[A-Z][a-z]+(?:’s|'s)\s+)?$/;
// "Tashkent hosts", "Dushanbe Hosts": the place as the subject of hosting.
const HOSTS_AFTER = /^\s+(?:hosts|hosted|is hosting|will host|welcomes|welcomed|opens|opened)\b/i;
// A place after these is another meeting's, past or planned.
const OTHER_MEETING_BEFORE = /\b(next|last|previous|first meeting|second meeting|earlier)\b[^.;]{0,60}$/i;
// "will be held in Tashkent" is another, later meeting's venue, unless the report itself
// announces a meeting to come, when it is that meeting's.
const LATER_MEETING_BEFORE = /\b(will be held|to be held|planned|scheduled|slated)\b[^.;]{0,60}$/i;
const PAST_MEETING = /\b(?:(?<!be\s)held|took place|met|opened|began|gathered|convened|hosted)\b/i;
const ANNOUNCES = /\b(?:will|to be held|is to be|are to be|scheduled|slated)\b/i;
// "the OSCE Centre in Bishkek", "the UN Office in Tashkent": the seat of a body, not the venue.
const SEAT_BEFORE = /\b(?:Centre|Center|Office|Embassy|Mission|Consulate|Bureau|Representation|Headquarters)\s+in\s+$/;
// "the capital of Kazakhstan", "the Kyrgyz capital": a capital named by its state.
const CAPITAL_OF = /\b(?:the\s+)?capital\s+of\s+(?:the\s+)?$/i;
const STATE_CAPITAL = /\bthe\s+([A-Z][a-z]+)\s+capital\b/g;

/**
 * Where the meeting took place, read from the sentences that report it rather than from the
 * dateline: a place after "in", "to", "the city of", or hosting, in the event sentence first,
 * then the title and the lead; a capital named by its state ("the Kyrgyz capital"); the dateline
 * city only when nothing else names a place, and said so. A place named with "next" or
 * "previous" belongs to another meeting.
 */
export function findEventPlace(doc: DocumentAnalysis, knowledge: Knowledge, sentence: Span, lead: Span[], eventYear?: string): EventPlace {
  const { text } = doc;
  const problems: string[] = [];
  // A place name glued to another name ("Shanghai Convention") is already set aside by matchNames as attributive.
  const places = doc.names.filter((n) => n.type === 'place' && !inMeta(doc, n));
  const scored: { place: NameMatch; score: number }[] = [];
  const regions: [Span, number][] = [
    [sentence, 4],
    [doc.meta.title, 2],
    ...lead.filter((s) => s !== sentence).map((s, i): [Span, number] => [s, 1 - i * 0.1]),
  ];
  const seen = new Set<number>();
  // A sentence that says something was held ("held a briefing on the conference, which will be
  // held in Dushanbe") reports a past meeting, whatever else it announces.
  const sentenceText = text.slice(sentence.start, sentence.end);
  const preview = ANNOUNCES.test(sentenceText) && !PAST_MEETING.test(sentenceText);
  for (const [region, weight] of regions) {
    for (const p of places) {
      if (p.start < region.start || p.end > region.end || seen.has(p.start)) continue;
      seen.add(p.start);
      const before = text.slice(Math.max(region.start, p.start - 60), p.start);
      const cue = LOCATIVE_BEFORE.test(before) || HOSTS_AFTER.test(text.slice(p.end, p.end + 20));
      // "signed in Tashkent in 1996": a place tied to a year other than the event's is another occasion's.
      const yearAfter = /^,?\s+(?:in|on)\s+((?:19|20)\d{2})\b/.exec(text.slice(p.end, p.end + 12));
      const other =
        OTHER_MEETING_BEFORE.test(before) ||
        (!preview && LATER_MEETING_BEFORE.test(before)) ||
        SEAT_BEFORE.test(before) ||
        (!!yearAfter && yearAfter[1] !== eventYear);
      scored.push({ place: p, score: weight + (cue ? 2 : 0) - (other ? 5 : 0) });
    }
  }
  scored.push(...capitalsNamedByState(doc, knowledge, regions));
  scored.sort((a, b) => b.score - a.score || a.place.start - b.place.start);
  const best = scored[0];
  const datelinePlace = doc.meta.dateline
    ? doc.names.find((n) => n.type === 'place' && n.start >= doc.meta.dateline!.start && n.end <= doc.meta.dateline!.end)
    : undefined;
  if (best && best.score > 0) {
    const rival = scored.find((s) => s.place.id !== best.place.id && s.score === best.score);
    if (rival)
      problems.push(
        `place ambiguous: "${text.slice(best.place.start, best.place.end)}" or "${text.slice(rival.place.start, rival.place.end)}"`,
      );
    if (datelinePlace && datelinePlace.id !== best.place.id) {
      problems.push(
        `the dateline city "${text.slice(datelinePlace.start, datelinePlace.end)}" is not where the meeting took place ("${text.slice(best.place.start, best.place.end)}")`,
      );
    }
    return { placeId: best.place.id, evidence: best.place, problems };
  }
  if (datelinePlace)
    return { placeId: datelinePlace.id, evidence: datelinePlace, problems: ['place taken from the dateline, where the report was filed'] };
  return { problems: ['no place for the event in the text'] };
}

/** "The capital of Kazakhstan" and "the Kyrgyz capital" as the state's capital, where the knowledge file names it. */
function capitalsNamedByState(
  doc: DocumentAnalysis,
  knowledge: Knowledge,
  regions: [Span, number][],
): { place: NameMatch; score: number }[] {
  const out: { place: NameMatch; score: number }[] = [];
  const capitalOf = (stateId: string | undefined) => knowledge.entities.find((e) => e.id === stateId && e.type === 'state')?.capital;
  const weightAt = (offset: number) => regions.find(([s]) => offset >= s.start && offset < s.end)?.[1];
  for (const n of doc.names) {
    if (n.type !== 'state' || !CAPITAL_OF.test(doc.text.slice(Math.max(0, n.start - 20), n.start))) continue;
    const id = capitalOf(n.id);
    const w = weightAt(n.start);
    if (id && w !== undefined) out.push({ place: { ...n, type: 'place', id }, score: w + 2 });
  }
  for (const m of doc.text.matchAll(STATE_CAPITAL)) {
    const id = capitalOf((demonyms as Record<string, string>)[m[1]!]);
    const w = weightAt(m.index!);
    if (id && w !== undefined) out.push({ place: { start: m.index!, end: m.index! + m[0].length, type: 'place', id }, score: w + 2 });
  }
  return out;
}
