import type { Span } from '../data/bundleSchema';
import { inMeta, type DocumentAnalysis } from './analyseDocument';

/** Words that name a meeting-like event, in the order a kind is read from them. */
export const EVENT_NOUN =
  /\b(summit|conference|meeting|forum|session|talks|consultations|exercises|exercise|drills|seminar|symposium|congress|round ?table|dialogue|negotiations|visit)s?\b/i;
// Verbs that report a meeting happening or having happened.
const MEETING_VERB =
  /\b(held|hold|holds|took place|take place|takes place|taking place|met|meets?|opened|opens|began|begins|started|starts|kicked off|closed|closes|concluded|concludes|concluding|ended|ends|hosted|hosts|hosting|convened|convenes|gathered|gathers?|attended|attends?|attending|took part|takes? part|taking part|participated|participates?|chaired|chairs|signed|singed|adopted|visited|arrived|travelled|traveled|wrapped up|discussed)\b/i;
// A sentence about what is to come is rarely the report of the meeting itself.
const FUTURE = /\b(will|shall|next|planned|plans|scheduled|upcoming|forthcoming|to be held|is to be|are to be|would)\b/i;
// A sentence that looks back ("He recalled that … in 2001") tells of an earlier event.
const LOOKING_BACK =
  /\b(recalled|recalling|reminded|as early as|back in|years ago|was founded|was established|was created|previous|last year)\b/i;

/** True when a text speaks of a meeting at all: an event word or a verb of meeting. */
export const mentionsMeeting = (text: string) => EVENT_NOUN.test(text) || MEETING_VERB.test(text);

/** The title and the first body sentences: where a report says what happened. */
export function leadSentences(doc: DocumentAnalysis, count = 10): Span[] {
  const { meta } = doc;
  return doc.sentences
    .filter((s) => (s.start >= meta.title.start && s.start < meta.title.end) || s.start >= meta.bodyStart)
    .filter((s) => !inMeta(doc, s))
    .slice(0, count);
}

/** True when a date or place in the sentence is usable for the event: not the page's own words. */
const usable = (doc: DocumentAnalysis, s: Span) => (x: Span) => x.start >= s.start && x.end <= s.end && !inMeta(doc, x);

// A title that announces a meeting heads a preview: "… Conference … to be held in Dushanbe",
// and the headline's infinitive for what is to come, "Putin to discuss Afghanistan …".
const PREVIEW_TITLE =
  /\b(?:to be held|will be held|will take place|to take place|(?:is |will )?to (?:host|open|convene|attend|discuss|visit|meet|hold|join|take part|participate))\b/i;

/**
 * The sentence that reports the meeting: among the lead, the one that best combines an event
 * word, a verb of meeting, a date and a place, earlier sentences winning ties. A sentence about
 * what is planned next counts against itself, unless the title says the whole article is a
 * preview of a meeting to come: then it counts for itself.
 */
export function findEventSentence(doc: DocumentAnalysis, lead: Span[]): Span {
  let best: { span: Span; score: number } | undefined;
  const preview = PREVIEW_TITLE.test(doc.text.slice(doc.meta.title.start, doc.meta.title.end));
  lead.forEach((s, i) => {
    const words = doc.text.slice(s.start, s.end);
    const inS = usable(doc, s);
    const score =
      (EVENT_NOUN.test(words) ? 3 : 0) +
      (MEETING_VERB.test(words) ? 2 : 0) +
      (doc.dates.some((d) => inS(d) && !d.target && (d.from.day !== undefined || d.relative)) ? 2 : 0) +
      (doc.names.some((n) => n.type === 'place' && inS(n)) ? 1 : 0) -
      (FUTURE.test(words) ? (preview ? -1 : 2) : 0) -
      (LOOKING_BACK.test(words) ? 2 : 0) -
      0.3 * i;
    if (!best || score > best.score) best = { span: s, score };
  });
  return best?.span ?? { start: 0, end: doc.text.length };
}
