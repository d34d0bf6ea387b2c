import type { Entity, EventRecord, Place } from '../data/bundleSchema';
import { extentOf } from '../derive/eventExtent';

/** What deciding whether two events are one meeting needs to know beyond the events. */
export interface MeetingContext {
  /** Organisations (and the bodies they belong to) a title names. */
  orgsIn: (title: string) => Set<string>;
  placeName: (id: string) => string;
  isPerson: (id: string) => boolean;
}

// Gatherings of any name may be one meeting under two names ("the meeting of the high-level
// conference"); an exercise or a document is never a meeting.
const FAMILY: Record<string, string> = {
  meeting: 'gathering',
  summit: 'gathering',
  session: 'gathering',
  council: 'gathering',
  talks: 'gathering',
  consultations: 'gathering',
  conference: 'gathering',
  forum: 'gathering',
  congress: 'gathering',
  seminar: 'gathering',
  symposium: 'gathering',
  'round table': 'gathering',
  roundtable: 'gathering',
  dialogue: 'gathering',
  negotiations: 'gathering',
  visit: 'gathering',
  event: 'gathering',
  exercise: 'exercise',
  exercises: 'exercise',
  drills: 'exercise',
  drill: 'exercise',
  declaration: 'document',
  convention: 'document',
  agreement: 'document',
  strategy: 'document',
  treaty: 'document',
  charter: 'document',
  process: 'process',
};
const familyOf = (kind: string) => FAMILY[kind] ?? kind;

// Words that say nothing about which meeting it was.
const STOP = new Set(
  (
    'the a an of on in at for and to with by from as its their this that is was were be will has have new first second third fourth fifth sixth seventh ' +
    'eighth ninth tenth th st nd rd meeting meetings summit session sessions conference forum event talks held opened began took place ' +
    'international regional high level high-level member states state countries heads head ' +
    'january february march april may june july august september october november december'
  ).split(' '),
);

const wordCache = new Map<string, Set<string>>();

/** The words of a title that name its meeting: no stop words, no numbers, no place names. */
function titleWords(title: string, placeWords: Set<string>): Set<string> {
  const key = `${[...placeWords].join(' ')}|${title}`;
  const cached = wordCache.get(key);
  if (cached) return cached;
  if (wordCache.size > 50_000) wordCache.clear();
  const found = titleWordsOf(title, placeWords);
  wordCache.set(key, found);
  return found;
}

function titleWordsOf(title: string, placeWords: Set<string>): Set<string> {
  const words =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .match(/[a-z]+/g) ?? [];
  return new Set(
    words.map((w) => (w.length > 4 ? w.replace(/s$/, '') : w)).filter((w) => w.length > 2 && !STOP.has(w) && !placeWords.has(w)),
  );
}

// Who meets: a meeting of foreign ministers is not the summit of the heads of state.
const LEVELS: [RegExp, string][] = [
  [/\b(?:summit|heads? of (?:the )?states?|presidents|leaders)\b/i, 'heads of state'],
  [/\b(?:heads? of (?:the )?governments?|prime ministers|premiers)\b/i, 'heads of government'],
  [/\bforeign (?:affairs )?ministers?\b|\bministers? of foreign affairs\b/i, 'foreign ministers'],
  [/\bdefen[cs]e ministers?\b|\bministers? of defen[cs]e\b/i, 'defence ministers'],
  [/\binterior ministers?\b|\bministers? of (?:the )?interior\b|\binternal affairs\b/i, 'interior ministers'],
  [/\bsecretar(?:y|ies) of (?:the )?security councils?\b|\bsecurity council secretar(?:y|ies)\b/i, 'security council secretaries'],
  [/\b(?:chiefs? of (?:the )?general staffs?|border (?:guards?|troops|services?))\b/i, 'military'],
  [/\b(?:security (?:services?|agencies)|special services)\b/i, 'security services'],
  [/\bparliament(?:s|ary)?\b|\bspeakers\b/i, 'parliaments'],
];

const levelCache = new Map<string, Set<string>>();

/** The levels of office a title says meet. */
function levelsIn(title: string): Set<string> {
  let levels = levelCache.get(title);
  if (!levels) {
    if (levelCache.size > 50_000) levelCache.clear();
    levels = new Set(LEVELS.filter(([re]) => re.test(title)).map(([, level]) => level));
    levelCache.set(title, levels);
  }
  return levels;
}

/** What sameMeeting reads of an event, worked out once per event and context. */
interface Features {
  docs: Set<string>;
  family: string;
  orgs: Set<string>;
  levels: Set<string>;
  words: Set<string>;
  people: Set<string>;
}

const featureCaches = new WeakMap<MeetingContext, WeakMap<EventRecord, Features>>();

/** The features of an event: a pair check over a large corpus reads each event's many times. */
function featuresOf(e: EventRecord, ctx: MeetingContext): Features {
  let cache = featureCaches.get(ctx);
  if (!cache) featureCaches.set(ctx, (cache = new WeakMap()));
  let f = cache.get(e);
  if (!f) {
    const placeWords = new Set(
      e.placeId
        ? (ctx
            .placeName(e.placeId)
            .toLowerCase()
            .match(/[a-z]+/g) ?? [])
        : [],
    );
    f = {
      docs: new Set(e.sources.map((s) => s.documentId)),
      family: familyOf(e.kind),
      orgs: ctx.orgsIn(e.title),
      levels: levelsIn(e.title),
      words: titleWords(e.title, placeWords),
      people: new Set(e.actorIds.filter(ctx.isPerson)),
    };
    cache.set(e, f);
  }
  return f;
}

const DAY = 86_400_000;
const fmt = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const describe = (e: EventRecord) =>
  e.date.end
    ? `${e.date.start}–${e.date.end}`
    : e.date.precision === 'day'
      ? e.date.start
      : `${e.date.start.slice(0, e.date.precision === 'month' ? 7 : 4)}`;

/**
 * Why two events reported by different articles are the same meeting, or undefined when they
 * may not be. Conservative: the same place, dates that overlap or fall within the other's
 * precision (or a day apart, as two papers may date a summit), gatherings both, no two
 * different organisations' meetings (an SCO and a CSTO meeting stay apart), a plan and a
 * report only on the same day; and unless they give the very same days, something more in
 * common: the title's words or people taking part.
 */
export function sameMeeting(a: EventRecord, b: EventRecord, ctx: MeetingContext): string | undefined {
  // A report whose year is only a guess may be the meeting another report dates in full: the
  // same day and month, and then the same kind or the title's words in common, make it so
  // (the merged event takes the stated year).
  const guessed = a.date.basis === 'year-unknown' ? a : b.date.basis === 'year-unknown' ? b : undefined;
  const dated = guessed === a ? b : a;
  if (
    guessed &&
    dated.date.basis !== 'year-unknown' &&
    dated.date.basis !== 'undated' &&
    guessed.date.start.slice(0, 4) !== dated.date.start.slice(0, 4)
  ) {
    const year = dated.date.start.slice(0, 4);
    const shift = (iso?: string) => iso && `${year}${iso.slice(4)}`;
    const moved: EventRecord = {
      ...guessed,
      date: { ...guessed.date, start: shift(guessed.date.start)!, ...(guessed.date.end ? { end: shift(guessed.date.end) } : {}) },
    };
    const why = guessed === a ? sameMeeting(moved, b, ctx) : sameMeeting(a, moved, ctx);
    return why && `${why}; the year of one (a guess) is the other's, ${year}`;
  }
  if (!a.placeId || a.placeId !== b.placeId) return undefined;
  if (a.date.basis === 'undated' || b.date.basis === 'undated') return undefined;
  // A year says too little about which meeting it was.
  if (a.date.precision === 'year' || b.date.precision === 'year') return undefined;
  const vague = a.date.precision === 'month' || b.date.precision === 'month';
  const [as, ae] = extentOf(a);
  const [bs, be] = extentOf(b);
  const overlap = as < be && bs < ae;
  // Days between the two, counted as dates are: 13 and 14 June are one day apart.
  const gapDays = overlap ? 0 : Math.round((Math.max(as, bs) - Math.min(ae, be)) / DAY) + 1;
  if (gapDays > 1) return undefined;
  const fa0 = featuresOf(a, ctx);
  const fb0 = featuresOf(b, ctx);
  const sharedDoc = b.sources.find((s) => fa0.docs.has(s.documentId));
  const fa = fa0.family;
  const fb = fb0.family;
  // A text signed at a meeting is that meeting's, when the report of the meeting names it
  // ("the SCO Convention on Countering Extremism signed at the Astana summit").
  if ((fa === 'document') !== (fb === 'document') && (fa === 'gathering' || fb === 'gathering')) {
    if (!overlap) return undefined;
    const [text, meeting] = fa === 'document' ? [a, b] : [b, a];
    const signedAt = signedAtMeeting(text, meeting, ctx);
    if (signedAt) return `same place (${ctx.placeName(a.placeId)}); ${describe(meeting)} contains ${describe(text)}; ${signedAt}`;
    if (!sharedDoc) return undefined;
    if (!text.sources.some((s) => s.documentId === sharedDoc.documentId && s.role === 'referenced')) return undefined;
    // Only a text another article reports is joined so: one a report merely recalls stays its own.
    const meetingDocs = featuresOf(meeting, ctx).docs;
    if (!text.sources.some((s) => s.role === 'primary' && !meetingDocs.has(s.documentId))) return undefined;
    return `same place (${ctx.placeName(a.placeId)}); ${describe(meeting)} contains ${describe(text)}; the report of the ${meeting.kind} names the ${text.kind} signed there`;
  }
  if (sharedDoc) return undefined;
  if (fa !== fb || fa !== 'gathering') return undefined;
  const sameDays =
    a.date.precision === b.date.precision && a.date.start === b.date.start && (a.date.end ?? a.date.start) === (b.date.end ?? b.date.start);
  if (!!a.planned !== !!b.planned && !sameDays) return undefined;
  const orgsA = fa0.orgs;
  const orgsB = fb0.orgs;
  const sharedOrgs = [...orgsA].filter((o) => orgsB.has(o));
  if (orgsA.size && orgsB.size && sharedOrgs.length === 0) return undefined;
  // Foreign ministers and heads of state of one organisation meet days apart in one city.
  const levelA = fa0.levels;
  const levelB = fb0.levels;
  if (levelA.size && levelB.size && ![...levelA].some((l) => levelB.has(l))) return undefined;
  const wa = fa0.words;
  const wb = fb0.words;
  const sharedWords = [...wa].filter((w) => wb.has(w));
  const titleScore = Math.min(wa.size, wb.size) ? sharedWords.length / Math.min(wa.size, wb.size) : 0;
  const sharedPeople = [...fb0.people].filter((id) => fa0.people.has(id));
  // Reports a day apart need more in common than reports of overlapping days.
  // Leaders go from one summit to the next the following day, so people in common are not
  // enough then: the titles must agree, and name the same organisation if they name one.
  // A month holds several meetings of a place, so a month-only report needs the title's words.
  const alike = gapDays
    ? titleScore >= 0.5 && sharedWords.length >= 2 && (sharedOrgs.length > 0 || (orgsA.size === 0 && orgsB.size === 0))
    : vague
      ? (titleScore >= 0.5 && sharedWords.length >= 2) || sharedPeople.length >= 2
      : titleScore >= 0.34 || sharedPeople.length >= 1 || sharedOrgs.length > 0;
  if ((!sameDays || vague) && !alike) return undefined;
  const why = [`same place (${ctx.placeName(a.placeId)})`];
  if (sameDays) why.push(`${describe(a)} in both`);
  else if (overlap) why.push(`${describe(a)} and ${describe(b)} overlap`);
  else why.push(`${describe(a)} and ${describe(b)} are a day apart (${fmt(Math.min(ae, be) - DAY)} / ${fmt(Math.max(as, bs))})`);
  if (sharedWords.length) why.push(`titles share “${sharedWords.join(' ')}”`);
  if (sharedOrgs.length) why.push(`both of ${sharedOrgs.join(', ')}`);
  if (sharedPeople.length) why.push(`${sharedPeople.length} ${sharedPeople.length === 1 ? 'person' : 'people'} taking part in both`);
  return why.join('; ');
}

// A text's own title may say where it was signed: "SCO Convention on Countering Extremism
// signed at the Astana summit".
const SIGNED_AT = /\b(?:signed|adopted|approved|concluded)\s+(?:at|during|by)\s+(?:the\s+)/i;

/**
 * Why a text is the meeting's own when its title says it was signed at a meeting of that
 * meeting's level and organisation ("… signed at the Astana summit" and "Meeting of the Heads of
 * State Council of the SCO"), or undefined. Place and days are checked by the caller.
 */
function signedAtMeeting(text: EventRecord, meeting: EventRecord, ctx: MeetingContext): string | undefined {
  const at = SIGNED_AT.exec(text.title);
  if (!at) return undefined;
  const ft = featuresOf(text, ctx);
  const fm = featuresOf(meeting, ctx);
  const levels = [...ft.levels].filter((l) => fm.levels.has(l));
  const orgs = [...ft.orgs].filter((o) => fm.orgs.has(o));
  if (!levels.length || !orgs.length) return undefined;
  return `the ${text.kind}'s title says it was ${at[0].trim()} meeting of the ${levels[0]} of ${orgs.join(', ')}, as this one is`;
}

/** A context for one bundle's entities and places: organisations matched in titles by name and alias, with their parents. */
export function meetingContext(entities: readonly Entity[], places: readonly Pick<Place, 'id' | 'name'>[]): MeetingContext {
  const orgs = entities.filter((e) => e.type === 'organisation');
  const parents = new Map(orgs.filter((o) => o.parentId).map((o) => [o.id, o.parentId!]));
  const byName = new Map<string, string>();
  for (const o of orgs) for (const n of [o.name, ...o.aliases]) if (n.length >= 2) byName.set(n.toLowerCase(), o.id);
  const names = [...byName.keys()].sort((x, y) => y.length - x.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = names.length ? new RegExp(`(?<![\\p{L}])(?:${names.join('|')})(?![\\p{L}])`, 'giu') : undefined;
  const cache = new Map<string, Set<string>>();
  const placeNames = new Map(places.map((p) => [p.id, p.name]));
  const placeWords = new Set(places.map((p) => p.name.toLowerCase()));
  const people = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  return {
    orgsIn(title) {
      let found = cache.get(title);
      if (found) return found;
      found = new Set<string>();
      // An acronym the bundle does not know still names an organisation ("CSTO"), unless it is a place in capitals.
      for (const m of title.matchAll(/\b[A-Z]{3,6}\b/g))
        if (!byName.has(m[0].toLowerCase()) && !placeWords.has(m[0].toLowerCase())) found.add(`acronym:${m[0]}`);
      if (pattern) {
        for (const m of title.matchAll(pattern)) {
          // The body and the organisations it belongs to: RATS is of the SCO.
          for (let id: string | undefined = byName.get(m[0].toLowerCase()); id && !found.has(id); id = parents.get(id)) found.add(id);
        }
      }
      cache.set(title, found);
      return found;
    },
    placeName: (id) => placeNames.get(id) ?? id,
    isPerson: (id) => people.has(id),
  };
}
