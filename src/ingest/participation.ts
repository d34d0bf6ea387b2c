import { PARTICIPANT_PARTS, strongerPart, type Participant, type ParticipantPart } from '../data/bundleSchema';
import type { Knowledge } from '../data/knowledgeSchema';
import type { DocumentAnalysis } from './analyseDocument';
import type { NameMatch } from './matcher';
import { spanAt } from './text';
import demonyms from './data/demonyms.json';

/** What the ingest decides about the actors of one event: who took part and how, and who is only named. */
export interface Participation {
  participants: Participant[];
  /** Actors the event's passages name without their taking part: groups discussed, bodies cited. */
  mentionedIds: string[];
}

/** Where an event is talked about in a document, and how the document relates to it. */
export interface ParticipationScope {
  start: number;
  end: number;
  role: 'primary' | 'referenced';
  /** The state the event's place lies in, when it has a place. */
  placeCountry?: string;
  /** Passages about other events (those a report recalls): the states and organisations there are theirs. */
  elsewhere?: readonly { start: number; end: number }[];
}

// When the text gives someone several parts the strongest wins (strongerPart): chairing a
// meeting says more than speaking at it, and speaking more than being in the room.
const rank = (p: ParticipantPart) => PARTICIPANT_PARTS.indexOf(p);

/**
 * Words that tie a name to the meeting itself, each with the part it gives. A name counts as
 * taking part only when one of these is in the same clause (see `CLAUSE_BREAK`); for a person
 * of the report's own meeting none is needed, since the people a report names are there unless
 * named in passing (see `bystanders`).
 */
const CUES: [RegExp, ParticipantPart][] = [
  [/\b(?:chaired|chairs|presided|chairmanship|chaired by|under the chairmanship of)\b/gi, 'chair'],
  [/\b(?:hosted by|hosts|hosted|host country|hosting)\b/gi, 'host'],
  [
    /\b(?:organi[sz]ed by|organi[sz]ed|co-organi[sz]ed|organi[sz]ers?|in cooperation with|in partnership with|jointly with|together with|convened by|convened)\b/gi,
    'organiser',
  ],
  [/\b(?:signed|signatories|signatory)\b/gi, 'signatory'],
  [/\b(?:video message|video address|video link|videoconference|message to the|address to the)\b/gi, 'message'],
  [/\b(?:spoke|speakers?|addressed|speech|remarks|statement at|made a statement|presented|opened)\b/gi, 'speaker'],
  [
    /\b(?:attended(?: by)?|took part|taking part|participated|participating|participants? from|delegates|delegations?(?: of| from)?|representatives of|represented|involving|joined|gathered)\b/gi,
    'delegation',
  ],
];

// Between a name and its cue these end the clause the cue governs: another clause, a history
// ("launched", "founded"), what is fought ("against", "threat") or what is cited ("resolutions").
const CLAUSE_BREAK =
  /[;!?]|\b(?:which|whose|where|because|since|although|against|fight(?:ing)?|combat(?:ing)?|threats?|resolutions?|charter|launched|founded|established|recalled|condemn(?:ed|s)?)\b|\bthat\b(?! (?:was|were) (?:attended|hosted|chaired|organi[sz]ed))/i;
// A cue before a name that describes the meeting ("chaired the 16th meeting of ... the SCO")
// makes the name part of the meeting's description, not a party: only agent forms reach past it.
const EVENT_WORD = /\b(?:meeting|conference|summit|session|forum|event|talks|exercises?|congress|seminar)\b/i;
const AGENT_CUE = /\b(?:by|with|from|of|involving|including)$/i;
// "activity in Afghanistan", "across Syria": a state named as a place is where something happens, not a party.
const LOCATIVE_BEFORE = /\b(?:in|into|across|inside|within|near|about|over|towards|around|throughout|against)\s+(?:the\s+)?$/i;
/** How far a cue may be from the name it governs, in characters. */
const CUE_REACH = 200;

// "the Conference of the RATS SCO", "the Second CIS Conference": the organisation the meeting
// belongs to. Only a short gap counts, so "meeting of the secretaries of the security councils
// of the member states of the SCO" does not make the SCO a party to its own members' meeting.
const OWNER_BEFORE = /\b(?:conference|meeting|summit|session|forum|council|congress|seminar|exercises?)\s+of\s+(?:the\s+)?$/i;
// At most two words between: "SCO Security Council Secretaries Meeting" names who meets, not who owns it.
const OWNER_AFTER =
  /^(?:['’]s)?\s+(?:(?:[A-Z][\w-]*|and|on|of)\s+){0,2}?(?:Conference|Meeting|Summit|Session|Forum|Congress|Seminar|Exercises?)\b/;

// For a person, cues that must sit right beside the name to count: "X chaired", "chaired by X".
const PERSON_AFTER: [RegExp, ParticipantPart][] = [
  [/^[^.;]{0,40}?\b(?:chaired|chairs|presided(?: over)?)\b/i, 'chair'],
  [/^[^.;]{0,40}?\b(?:hosted|hosts)\b/i, 'host'],
  [/^[^.;]{0,40}?\b(?:signed)\b/i, 'signatory'],
  [/^[^.;]{0,40}?\b(?:sent|delivered|addressed)\b[^.;]{0,60}\b(?:video|message|greetings)/i, 'message'],
  [
    /^[^.;]{0,60}?\b(?:mentioned in (?:his|her) (?:speech|remarks)|said|says|spoke|noted|stated|stressed|emphasi[sz]ed|underlined|addressed|delivered|read|opened|greeted|told|remarked|declared|highlighted|called|urged|proposed|presented|drew)\b/i,
    'speaker',
  ],
];
const PERSON_BEFORE: [RegExp, ParticipantPart][] = [
  [/\b(?:chaired by|under the chairmanship of|presided over by)\b[^.;]{0,120}$/i, 'chair'],
  [/\b(?:hosted by)\b[^.;]{0,120}$/i, 'host'],
  [/\b(?:signed by)\b[^.;]{0,120}$/i, 'signatory'],
  [/\b(?:video message|video address|message|address|greetings|letter) (?:of|from)\b[^.;]{0,120}$/i, 'message'],
  [
    /\b(?:opened by|addressed by|according to|in (?:his|her) (?:speech|remarks|address)|speaking at|speakers? (?:included|were))\b[^.;]{0,120}$/i,
    'speaker',
  ],
];
const HOSTS_AFTER = /^\s+(?:hosts|hosted|is hosting|will host|was the host)\b/i;
const DELEGATION_ROLE = /\bhead of (?:the |a )?delegation\b|\bdelegation\b/i;

/** Ids of the states a phrase names, by name, alias or demonym ("Indian", "Pakistan’s"). */
export type StateFinder = (phrase: string) => string[];

const finders = new WeakMap<Knowledge, StateFinder>();

/** A finder for the knowledge file's states, built once per knowledge file. */
export function stateFinder(knowledge: Knowledge): StateFinder {
  let find = finders.get(knowledge);
  if (find) return find;
  const byWord = new Map<string, string>();
  for (const e of knowledge.entities) if (e.type === 'state') for (const n of [e.name, ...e.aliases]) byWord.set(n.toLowerCase(), e.id);
  for (const [word, id] of Object.entries(demonyms as Record<string, string>))
    if (knowledge.entities.some((e) => e.id === id)) byWord.set(word.toLowerCase(), id);
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'giu');
  find = (phrase) => {
    const ids: string[] = [];
    for (const m of phrase.matchAll(pattern)) {
      const id = byWord.get(m[0].toLowerCase());
      if (id && !ids.includes(id)) ids.push(id);
    }
    return ids;
  };
  finders.set(knowledge, find);
  return find;
}

const THIS_EVENT = /^\s*(?:this|the) (?:high-level )?(?:conference|meeting|summit|event|forum|session|congress)\b(?! of)/i;

/**
 * True when the words of a sentence up to a name are still about the report's own event
 * ("This conference, being held in cooperation with the UN, ..."), though the sentence goes on
 * to recall another ("... a continuation of the process launched in 2018").
 */
const aboutThisEvent = (lead: string) => THIS_EVENT.test(lead) && !CLAUSE_BREAK.test(lead);

/** The part the clause around a mention gives a state or organisation, if any cue in it does. */
function cuedPart(doc: DocumentAnalysis, n: NameMatch, sentence: { start: number; end: number }): ParticipantPart | undefined {
  const text = doc.plain;
  const before = text.slice(Math.max(sentence.start, n.start - 60), n.start);
  const after = text.slice(n.end, Math.min(sentence.end, n.end + 80));
  if (OWNER_BEFORE.test(before) || OWNER_AFTER.test(after)) return 'organiser';
  if (n.type === 'state' && LOCATIVE_BEFORE.test(before)) return undefined;
  const from = Math.max(sentence.start, n.start - CUE_REACH);
  const to = Math.min(sentence.end, n.end + CUE_REACH);
  const window = text.slice(from, to);
  let part: ParticipantPart | undefined;
  for (const [cue, p] of CUES) {
    for (const m of window.matchAll(cue)) {
      const at = from + m.index;
      const between = at < n.start ? text.slice(at + m[0].length, n.start) : text.slice(n.end, at);
      if (CLAUSE_BREAK.test(between)) continue;
      // An active verb's object is the meeting ("Dushanbe hosts SCO ... Meeting"), not a party;
      // only a passive or prepositional cue ("hosted by", "in cooperation with", "attended by") reaches forward.
      if (at < n.start && !AGENT_CUE.test(m[0]) && (p !== 'delegation' || EVENT_WORD.test(between))) continue;
      part = strongerPart(part, p);
    }
  }
  return part;
}

/** The part the words right beside a person's name give them, if any. */
function personPart(doc: DocumentAnalysis, n: NameMatch, sentence: { start: number; end: number }): ParticipantPart | undefined {
  const before = doc.plain.slice(Math.max(sentence.start, n.start - 160), n.start);
  // Honorifics' full stops ("H.E. Ms. Helga Schmid") do not end the clause.
  let after = doc.plain.slice(n.end, sentence.end).replace(/\b(?:H\.E|Mr|Ms|Mrs|Dr)\./g, (m) => m.replace(/\./g, ' '));
  // "X and Secretary-General Y addressed ...": the verb after a pair of names is both of theirs.
  const pair = /^,?\s+and\s+[^.;]{0,160}?(?=\b(?:addressed|sent|delivered|spoke|signed|chaired|hosted)\b)/.exec(after);
  if (pair) after = after.slice(pair[0].length);
  let part: ParticipantPart | undefined;
  for (const [cue, p] of PERSON_AFTER) if (cue.test(after)) part = strongerPart(part, p);
  for (const [cue, p] of PERSON_BEFORE) if (cue.test(before)) part = strongerPart(part, p);
  return part;
}

/**
 * Who took part in an event and how, as far as its passages in one document say, apart from
 * whom they only mention. People of a report's own meeting take part unless named in passing
 * (`aside`); everyone else (states, organisations, and the people of an event a text only
 * recalls) takes part only where a clause ties them to the meeting: "attended by", "hosted",
 * "in cooperation with", "the Conference of the RATS SCO". Names inside quotations and inside
 * a delegate's title ("Secretary of the Russian Security Council") are not parties themselves;
 * the states those titles name are, as delegations, and the state of the meeting's place hosts
 * when one of its officials takes part or the text says it hosts.
 */
export function findParticipation(
  doc: DocumentAnalysis,
  scope: ParticipationScope,
  aside: ReadonlySet<string>,
  states: StateFinder,
): Participation {
  const inScope = (s: { start: number; end: number }) => s.start >= scope.start && s.end <= scope.end;
  const inSpans = (spans: readonly { start: number; end: number }[], s: { start: number; end: number }) =>
    spans.some((q) => s.start >= q.start && s.end <= q.end);
  const parts = new Map<string, ParticipantPart>();
  const named = new Set<string>();
  const give = (id: string, part: ParticipantPart) => parts.set(id, strongerPart(parts.get(id), part));
  const sentenceOf = (n: NameMatch) =>
    spanAt(doc.sentences, n.start) ?? { start: Math.max(0, n.start - 200), end: Math.min(doc.plain.length, n.end + 200) };

  const people = doc.names.filter((n) => n.type === 'person' && inScope(n) && !inSpans(doc.metaSpans, n));
  for (const n of people) {
    named.add(n.id);
    // A person inside a quotation still counts: statements describe who meets ("the meeting of
    // President X with the heads of government ...", the statement says).
    if (aside.has(n.id)) continue;
    const part = personPart(doc, n, sentenceOf(n));
    // Who speaks of an event a report only recalls is the report's speaker, not the event's.
    if (scope.role === 'referenced') {
      if (part && rank(part) < rank('speaker')) give(n.id, part);
    } else give(n.id, part ?? 'attendee');
  }
  for (const q of doc.quotes) if (q.speakerId && parts.has(q.speakerId) && inScope(q)) give(q.speakerId, 'speaker');
  const roleSpans = doc.roles.filter((r) => inScope(r));
  for (const r of roleSpans) if (parts.has(r.personId) && DELEGATION_ROLE.test(r.title)) give(r.personId, 'delegation');

  // A delegate's title names the state they come from; the place's state hosts when its own officials take part.
  const delegates = roleSpans.filter((r) => parts.has(r.personId));
  for (const r of delegates) {
    const state = states(r.title)[0];
    if (!state) continue;
    give(state, state === scope.placeCountry ? 'host' : 'delegation');
  }

  // "Dushanbe hosts ...": a city that hosts stands for its state.
  for (const n of doc.names) {
    if (
      n.type === 'place' &&
      scope.placeCountry &&
      inScope(n) &&
      !inSpans(doc.metaSpans, n) &&
      HOSTS_AFTER.test(doc.plain.slice(n.end, n.end + 30))
    )
      give(scope.placeCountry, 'host');
  }
  for (const n of doc.names) {
    if (n.type !== 'state' && n.type !== 'organisation') continue;
    if (!inScope(n) || inSpans(doc.metaSpans, n)) continue;
    named.add(n.id);
    if (inSpans(doc.quotes, n) || inSpans(roleSpans, n)) continue;
    // "Kazakhstan Kassym-Joomart Tokayev", "Iran’s Hassan Rouhani": a state named right before
    // one of its delegates sends that delegate.
    if (
      n.type === 'state' &&
      people.some((p) => parts.has(p.id) && p.start >= n.end && /^(?:['’]s)?\s+$/.test(doc.plain.slice(n.end, p.start)))
    ) {
      give(n.id, n.id === scope.placeCountry ? 'host' : 'delegation');
      continue;
    }
    if (inSpans(scope.elsewhere ?? [], n) && !aboutThisEvent(doc.plain.slice(sentenceOf(n).start, n.start))) continue;
    const part = cuedPart(doc, n, sentenceOf(n));
    if (part) give(n.id, n.type === 'state' && n.id === scope.placeCountry && part === 'delegation' ? 'host' : part);
  }
  const participants = [...parts].map(([id, part]) => ({ id, part })).sort((a, b) => a.id.localeCompare(b.id));
  const mentionedIds = [...named].filter((id) => !parts.has(id)).sort();
  return { participants, mentionedIds };
}
