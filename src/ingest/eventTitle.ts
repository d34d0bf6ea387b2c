import { EVENT_NOUN } from './eventSentence';

// A capitalised event name: "Tenth International Scientific and Practical Conference of the RATS SCO".
const NAMED_EVENT =
  /(?:the\s+)?((?:\d+(?:st|nd|rd|th)\s+|[A-Z0-9][\w’'-]*\s+(?:(?:of|on|and|the)\s+)*)+(?:Conference|Meeting|Summit|Forum|Session|Exercise|Congress|Consultations|Talks|Dialogue)\b(?:\s+(?:of|on)\s+(?:the\s+)?[A-Z“"][^,.;–\n]*)?)/;
// An event phrase in running text: "the 57th meeting of the Council of heads of security … of
// the CIS member states", up to the verb or the punctuation that ends it.
const EVENT_PHRASE =
  /\b(?:the|a|an)\s+((?:[\w’'-]+\s+){0,5}?(?:summit|conference|meeting|forum|session|talks|consultations|exercises?|drills|seminar|symposium|congress|round ?table|dialogue|negotiations)\b(?:\s+(?:of|on|for|between)\s+[^,.;:()–—]{3,160}?)?)(?=\s+(?:was|were|is|are|has|have|had|will|held|took|takes|opened|began|closed|in|at|on|which|that|to|with|by)\b|[,.;:()–—]|$)/i;
// A meeting's name given as a quotation: "The conference, entitled “Countering Terrorism and
// Preventing Violent Extremism”, was organized by …". The event word must come just before, so
// a theme or a slogan quoted elsewhere is not taken for the meeting's name.
const ENTITLED =
  /\b(summit|conference|meeting|forum|session|seminar|symposium|congress|round ?table|dialogue)\b,?\s+(?:(?:was|is)\s+)?(?:entitled|titled|named|called|held under the (?:title|name))\s+[“"]([^”"\n]{8,140})[”"]/i;
// The kind a word names, where the word itself is not the kind's name.
const KIND_OF: Record<string, string> = {
  drills: 'exercise',
  exercises: 'exercise',
  roundtable: 'round table',
  'round table': 'round table',
  negotiations: 'talks',
};

/** Title-cases the first letter. */
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The kind of event a sentence reports, from its first event word ("summit", "exercise", …). */
export function kindOf(sentence: string): string {
  const word = EVENT_NOUN.exec(sentence)?.[1]?.toLowerCase();
  if (!word) return 'event';
  return KIND_OF[word] ?? (word.endsWith('s') && word !== 'talks' && word !== 'consultations' ? word.slice(0, -1) : word);
}

/**
 * A readable title from the text: a capitalised event name in the event sentence, else the
 * name a sentence of the lead quotes for an event of its kind ("the conference, entitled
 * “…”"), else the event phrase there ("The 57th meeting of the Council of heads of … of the CIS member
 * states"), else the article's title when it names an event, else the kind and place.
 */
export function eventTitleFrom(sentence: string, docTitle: string, kind: string, placeName?: string, lead = ''): string {
  const named = NAMED_EVENT.exec(sentence)?.[1]?.trim();
  if (named && named.length <= 160 && named.split(/\s+/).length >= 2) return named;
  const entitled = ENTITLED.exec(sentence) ?? ENTITLED.exec(lead);
  if (entitled && kindOf(entitled[1]!) === kind) return `${capitalise(kind)} “${entitled[2]!.trim()}”`;
  const phrase = EVENT_PHRASE.exec(sentence)?.[1]?.trim().replace(/\s+/g, ' ');
  if (phrase && phrase.split(' ').length >= 3 && phrase.length <= 160) return capitalise(phrase);
  if (docTitle.length <= 140 && EVENT_NOUN.test(docTitle)) return docTitle;
  if (phrase && phrase.length <= 160) return capitalise(`${phrase}${placeName ? ` in ${placeName}` : ''}`);
  return `${capitalise(kind)}${placeName ? ` in ${placeName}` : ''}`;
}
