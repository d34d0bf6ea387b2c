import type { EventDate, EventSource } from '../data/bundleSchema';
import type { Cast, SyntheticKnowledge } from './cast';
import { calendarOf, createDaySampler, dayNumber, isoOf, LAST_DAY, LAST_YEAR } from './dates';
import type { Random } from './random';
import { distinctDraws, weightedSampler, zipfWeights } from './random';
import { EXERCISE_NAMES, MEETING_BODIES, TOPIC_PHRASES, topicPhraseFallback } from './vocabulary';

/** The kinds of synthetic events. */
export type EventKind = 'meeting' | 'conference' | 'summit' | 'exercise' | 'declaration' | 'convention' | 'strategy';

/** An event before its documents are written: everything but how the text states its date. */
export interface PlannedEvent {
  id: string;
  title: string;
  /** How running text names it: "the 12th meeting of the Council of the RATS SCO". */
  phrase: string;
  kind: EventKind;
  /** Mentioned in passing by articles about other events, never their main subject. */
  referenced: boolean;
  planned: boolean;
  startDay: number;
  endDay?: number;
  precision: 'day' | 'month' | 'year';
  placeId?: string;
  actorIds: string[];
  topicIds: string[];
  /** Set when the first document that names the event is written. */
  date?: EventDate;
  sources: EventSource[];
}

/** The places the first ranks go to, so the frequent places are the ones this corpus is about. */
export const FREQUENT_PLACES = ['dushanbe', 'tashkent', 'astana', 'moscow', 'beijing'];

const PRIMARY_KINDS: [EventKind, number][] = [
  ['meeting', 40],
  ['conference', 26],
  ['summit', 12],
  ['exercise', 13],
  ['declaration', 6],
  ['strategy', 3],
];
const REFERENCED_KINDS: [EventKind, number][] = [
  ['declaration', 35],
  ['convention', 25],
  ['strategy', 20],
  ['summit', 10],
  ['exercise', 10],
];
/** Share of events that articles only mention in passing. */
const REFERENCED_SHARE = 0.2;

const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Everything a title needs to know about its event. */
interface TitleFacts {
  kind: EventKind;
  year: number;
  endYear?: number;
  placeName?: string;
  topicPhrase: string;
  stateName?: string;
  otherStateName?: string;
}

/** A title and the phrase that names the event in running text, by the patterns real titles follow. */
export function eventTitle(rng: Random, f: TitleFacts): { title: string; phrase: string } {
  const the = (t: string) => ({ title: capitalise(t), phrase: `the ${t}` });
  const span = f.endYear ? `${f.year}–${f.endYear}` : String(f.year);
  switch (f.kind) {
    case 'meeting': {
      const body = rng.pick(MEETING_BODIES);
      const r = rng.next();
      if (r < 0.5) return the(`${ordinal(rng.int(1, 40))} meeting of the ${body}`);
      if (r < 0.75 || !f.stateName || !f.otherStateName) return the(`meeting of the ${body} on ${f.topicPhrase}`);
      return {
        title: `${f.stateName}–${f.otherStateName} consultations on ${f.topicPhrase}`,
        phrase: `the ${f.stateName}–${f.otherStateName} consultations on ${f.topicPhrase}`,
      };
    }
    case 'conference': {
      const r = rng.next();
      if (r < 0.35)
        return { title: `International conference on ${f.topicPhrase}`, phrase: `an international conference on ${f.topicPhrase}` };
      if (r < 0.6) return { title: `High-level conference on ${f.topicPhrase}`, phrase: `a high-level conference on ${f.topicPhrase}` };
      if (r < 0.8 || !f.placeName) return the(`${ordinal(rng.int(1, 15))} RATS SCO conference on ${f.topicPhrase}`);
      return the(`${f.placeName} conference on ${f.topicPhrase}`);
    }
    case 'summit': {
      const where = f.placeName ? ` in ${f.placeName}` : '';
      return the(
        rng.pick([
          `SCO Heads of State summit${where}`,
          `CIS Heads of State summit${where}`,
          `meeting of the Council of SCO Heads of Government${where}`,
          `CSTO summit${where}`,
        ]),
      );
    }
    case 'exercise': {
      const name = `${rng.pick(EXERCISE_NAMES)}-${f.year}`;
      return rng.chance(0.5)
        ? the(`joint anti-terrorist exercise “${name}”`)
        : { title: `${name} command-staff exercise`, phrase: `the ${name} command-staff exercise` };
    }
    case 'declaration':
      if (f.placeName && rng.chance(0.6)) return the(`${f.placeName} Declaration on ${f.topicPhrase}`);
      return the(`joint statement of the ${rng.pick(MEETING_BODIES)} on ${f.topicPhrase}`);
    case 'convention':
      if (rng.chance(0.6)) return the(`Convention on ${f.topicPhrase} of the ${rng.pick(['SCO', 'CIS', 'CSTO'])} member states`);
      return the(`Agreement on cooperation in ${f.topicPhrase} between the CIS states`);
    case 'strategy':
      if (f.stateName && rng.chance(0.6)) return the(`National Strategy of ${f.stateName} on ${f.topicPhrase} for ${span}`);
      return the(
        rng.pick([`SCO Anti-Drug Strategy for ${span}`, `Programme of Cooperation of the CIS States in ${f.topicPhrase} for ${span}`]),
      );
  }
}

/** The pools and samplers the event planner draws from, built once per bundle. */
export interface PlanningPools {
  placeIds: string[];
  placeNames: Map<string, string>;
  placeCountry: Map<string, string>;
  samplePlace: (rng: Random) => number;
  samplePerson: (rng: Random) => number;
  sampleOrganisation: (rng: Random) => number;
  sampleState: (rng: Random) => number;
  sampleTopic: (rng: Random) => number;
  topicIds: string[];
}

/** Samplers with Zipf-like skews over the cast, the places (frequent ones first) and the topics. */
export function planningPools(knowledge: SyntheticKnowledge, cast: Cast): PlanningPools {
  const known = new Set(knowledge.places.map((p) => p.id));
  const front = FREQUENT_PLACES.filter((id) => known.has(id));
  // After the frequent five, capitals outrank provincial towns, as in the news.
  const capitals = new Set(knowledge.entities.flatMap((e) => (e.capital ? [e.capital] : [])));
  const rest = knowledge.places.map((p) => p.id).filter((id) => !front.includes(id));
  const placeIds = [...front, ...rest.filter((id) => capitals.has(id)), ...rest.filter((id) => !capitals.has(id))];
  return {
    placeIds,
    placeNames: new Map(knowledge.places.map((p) => [p.id, p.name])),
    placeCountry: new Map(knowledge.places.map((p) => [p.id, p.country])),
    samplePlace: weightedSampler(zipfWeights(placeIds.length, 1.1)),
    samplePerson: weightedSampler(zipfWeights(cast.people.length, 0.8)),
    sampleOrganisation: weightedSampler(zipfWeights(cast.organisations.length, 1.0)),
    sampleState: weightedSampler(zipfWeights(cast.states.length, 1.1)),
    sampleTopic: weightedSampler(zipfWeights(knowledge.topics.length, 0.9)),
    topicIds: knowledge.topics.map((t) => t.id),
  };
}

const kindPicker = (table: [EventKind, number][]) => {
  const sample = weightedSampler(table.map(([, w]) => w));
  return (rng: Random) => table[sample(rng)]![0];
};
const PRIMARY_KIND = kindPicker(PRIMARY_KINDS);
const REFERENCED_KIND = kindPicker(REFERENCED_KINDS);
const ACTOR_COUNTS = weightedSampler([15, 25, 25, 18, 10, 7]);
const TOPIC_COUNTS = weightedSampler([30, 35, 22, 13]);
const ACTOR_TYPES = weightedSampler([40, 35, 25]);

/** The date facts of one event at its kind's usual precision, inside 1995–2025. */
function eventDay(rng: Random, kind: EventKind, referenced: boolean, day: number) {
  const { year, month } = calendarOf(day);
  const r = rng.next();
  const yearShare = kind === 'strategy' ? 0.8 : referenced ? 0.25 : 0.03;
  const monthShare = referenced ? 0.2 : 0.07;
  if (r < yearShare) {
    // Strategies and programmes often run over several years, "for 2016–2020".
    const endYear = kind === 'strategy' && rng.chance(0.5) ? Math.min(LAST_YEAR, year + rng.int(2, 5)) : undefined;
    return {
      precision: 'year' as const,
      startDay: dayNumber(year, 1, 1),
      endDay: endYear && endYear > year ? dayNumber(endYear, 12, 31) : undefined,
    };
  }
  if (r < yearShare + monthShare) return { precision: 'month' as const, startDay: dayNumber(year, month, 1), endDay: undefined };
  const rangeShare = kind === 'meeting' || kind === 'declaration' ? 0.08 : kind === 'strategy' || kind === 'convention' ? 0 : 0.3;
  const endDay = rng.chance(rangeShare) ? Math.min(LAST_DAY, day + rng.int(1, 2)) : undefined;
  return { precision: 'day' as const, startDay: day, endDay: endDay && endDay > day ? endDay : undefined };
}

/**
 * Plans `count` events in date order: kinds, dates in bursts, places skewed towards the
 * frequent capitals (events of one summit season often share a host city), 1–6 actors and
 * 1–4 topics each, and about a fifth that articles only mention in passing.
 */
export function planEvents(count: number, knowledge: SyntheticKnowledge, cast: Cast, rng: Random): PlannedEvent[] {
  const pools = planningPools(knowledge, cast);
  const sampleDay = createDaySampler(rng);
  const hosts = new Map<string, string>();
  const topicLabels = new Map(knowledge.topics.map((t) => [t.id, t.label]));
  const capitals = new Map(knowledge.entities.flatMap((e) => (e.capital ? [[e.id, e.capital] as const] : [])));
  const events: PlannedEvent[] = [];
  for (let i = 0; i < count; i++) {
    const referenced = rng.chance(REFERENCED_SHARE);
    const kind = referenced ? REFERENCED_KIND(rng) : PRIMARY_KIND(rng);
    const sampled = sampleDay(rng);
    const date = eventDay(rng, kind, referenced, sampled.day);

    let placeId: string | undefined;
    const placeless = kind === 'strategy' || kind === 'convention' || kind === 'declaration' ? 0.15 : 0.01;
    if (!rng.chance(placeless)) {
      if (sampled.cluster && rng.chance(0.55)) {
        if (!hosts.has(sampled.cluster)) hosts.set(sampled.cluster, pools.placeIds[pools.samplePlace(rng)]!);
        placeId = hosts.get(sampled.cluster);
      } else {
        placeId = pools.placeIds[pools.samplePlace(rng)];
      }
    }

    const actorIds: string[] = [];
    const hostState = placeId ? cast.byId.get(pools.placeCountry.get(placeId) ?? '') : undefined;
    if (hostState && rng.chance(0.5)) actorIds.push(hostState.id);
    const wanted = ACTOR_COUNTS(rng) + 1;
    for (let tries = 0; actorIds.length < wanted && tries < 30; tries++) {
      const type = ACTOR_TYPES(rng);
      const member =
        type === 0
          ? cast.people[pools.samplePerson(rng)]
          : type === 1
            ? cast.organisations[pools.sampleOrganisation(rng)]
            : cast.states[pools.sampleState(rng)];
      if (member && !actorIds.includes(member.id)) actorIds.push(member.id);
    }
    const topicIds = distinctDraws(rng, pools.sampleTopic, TOPIC_COUNTS(rng) + 1).map((t) => pools.topicIds[t]!);
    if (
      kind === 'exercise' &&
      topicIds.includes('joint-exercises') === false &&
      pools.topicIds.includes('joint-exercises') &&
      rng.chance(0.8)
    ) {
      topicIds.unshift('joint-exercises');
      if (topicIds.length > 4) topicIds.pop();
    }

    const states = actorIds.map((id) => cast.byId.get(id)).filter((m) => m?.type === 'state');
    const year = calendarOf(date.startDay).year;
    const { title, phrase } = eventTitle(rng, {
      kind,
      year,
      endYear: date.endDay !== undefined && date.precision === 'year' ? calendarOf(date.endDay).year : undefined,
      placeName: placeId ? pools.placeNames.get(placeId) : undefined,
      topicPhrase: rng.pick(TOPIC_PHRASES[topicIds[0]!] ?? [topicPhraseFallback(topicLabels.get(topicIds[0]!) ?? 'security')]),
      stateName: states[0]?.name ?? hostState?.name,
      otherStateName: states[1]?.name,
    });
    // A national strategy is adopted in the state's capital, wherever the season's summits were.
    const capital = kind === 'strategy' && placeId ? capitals.get(states[0]?.id ?? hostState?.id ?? '') : undefined;
    if (capital && pools.placeNames.has(capital)) placeId = capital;
    events.push({
      id: `${isoOf(date.startDay)}-${placeId ?? 'no-place'}-${kind}-${i.toString(36)}`,
      title,
      phrase,
      kind,
      referenced,
      planned: referenced && (kind === 'exercise' || kind === 'summit') && rng.chance(0.3),
      startDay: date.startDay,
      endDay: date.endDay,
      precision: date.precision,
      placeId,
      actorIds,
      topicIds,
      sources: [],
    });
  }
  return events.sort((a, b) => a.startDay - b.startDay || (a.id < b.id ? -1 : 1));
}
