import type { Knowledge } from '../data/knowledgeSchema';
import type { MentionType, Place } from '../data/bundleSchema';
import { gazetteerPlace, type LinkedGazetteer } from './gazetteer';
import { TextContext } from './placeContext';
import { findGazetteerPlaces } from './placeMatcher';
import { isWordChar } from './text';

/** One way of writing a known thing. */
interface AliasEntry {
  alias: string;
  type: MentionType;
  id: string;
}

/** A found name: a range of the text and what it refers to. */
export interface NameMatch {
  start: number;
  end: number;
  type: MentionType;
  id: string;
}

/** The aliases of a knowledge file, longest first, ready for matching. */
export interface AliasIndex {
  names: AliasEntry[];
  topics: AliasEntry[];
  /** Surname -> person id, to resolve "Mr. Alimov" once the full name has appeared. */
  surnames: Map<string, string[]>;
}

const byLengthDesc = (a: AliasEntry, b: AliasEntry) => b.alias.length - a.alias.length || a.id.localeCompare(b.id);

/** Builds the alias index once per knowledge file. */
export function buildAliasIndex(knowledge: Knowledge): AliasIndex {
  const names: AliasEntry[] = [];
  const surnames = new Map<string, string[]>();
  for (const e of knowledge.entities) {
    for (const alias of new Set([e.name, ...e.aliases])) names.push({ alias, type: e.type, id: e.id });
    if (e.type === 'person') {
      const surname = e.name.split(/\s+/).pop()!;
      surnames.set(surname, [...(surnames.get(surname) ?? []), e.id]);
    }
  }
  for (const p of knowledge.places) {
    for (const alias of new Set([p.name, ...p.aliases])) names.push({ alias, type: 'place', id: p.id });
  }
  const topics = knowledge.topics.flatMap((t) => t.keywords.map((k) => ({ alias: k.toLowerCase(), type: 'topic' as const, id: t.id })));
  return { names: names.sort(byLengthDesc), topics: topics.sort(byLengthDesc), surnames };
}

/** Finds every alias occurrence on word boundaries, longest first, without overlaps. */
function matchLayer(haystack: string, entries: AliasEntry[], taken: Uint8Array): NameMatch[] {
  const out: NameMatch[] = [];
  for (const entry of entries) {
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(entry.alias, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + entry.alias.length;
      if (isWordChar(haystack[at - 1]) || isWordChar(haystack[end])) continue;
      if (taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      out.push({ start: at, end, type: entry.type, id: entry.id });
    }
  }
  return out;
}

/** The names found in a text, by layer. */
export interface MatchedNames {
  names: NameMatch[];
  topics: NameMatch[];
  /** Place names that are part of another name ("Dushanbe" in "Dushanbe Declaration"): what it is named after, not where. */
  attributive: NameMatch[];
  /** The records of the gazetteer places among `names` that the knowledge file does not have. */
  places: Place[];
}

/**
 * Every name the knowledge file knows in a text: people, organisations, states and places
 * in one layer (a longer name wins over a shorter one inside it: "RATS SCO" over "SCO"),
 * topic keywords in another, matched case-insensitively. With a gazetteer, the places it
 * finds outside those names are added. A place name glued to a following name ("Shanghai
 * Convention", "Astana Times") is set aside as attributive.
 */
export function matchNames(text: string, index: AliasIndex, gazetteer?: LinkedGazetteer): MatchedNames {
  const taken = new Uint8Array(text.length);
  const found = matchLayer(text, index.names, taken);
  // "Mr. Alimov" refers to the Alimov the article has already named in full.
  const present = new Set(found.filter((n) => n.type === 'person').map((n) => n.id));
  const honorific: AliasEntry[] = [];
  for (const [surname, ids] of index.surnames) {
    const here = ids.filter((id) => present.has(id));
    if (here.length !== 1) continue;
    for (const title of ['Mr.', 'Mr', 'Ms.', 'Ms', 'Mrs.', 'Dr.', 'H.E. Mr.', 'H.E. Ms.']) {
      honorific.push({ alias: `${title} ${surname}`, type: 'person', id: here[0]! });
    }
  }
  found.push(...matchLayer(text, honorific.sort(byLengthDesc), taken));
  const countryKeys = gazetteer?.index.countryByKey;
  const ctx = new TextContext(text, found, countryKeys && ((key) => countryKeys.has(key)));
  const attributive: NameMatch[] = [];
  const names = found.filter((n) => {
    if (n.type !== 'place') return true;
    const last = ctx.wordEndingAt(n.end);
    if (last === undefined || !ctx.nameFollows(last)) return true;
    attributive.push(n);
    return false;
  });
  const places = new Map<string, Place>();
  if (gazetteer) {
    const matches = findGazetteerPlaces(ctx, gazetteer, found, taken);
    const toName = (m: { start: number; end: number; row: number }): NameMatch => ({
      start: m.start,
      end: m.end,
      type: 'place',
      id: gazetteer.idOf(m.row),
    });
    for (const m of matches.places) {
      names.push(toName(m));
      const place = gazetteerPlace(gazetteer, m.row);
      if (!gazetteer.knownIds.has(place.id)) places.set(place.id, place);
    }
    attributive.push(...matches.attributive.map(toName));
  }
  const topics = matchLayer(text.toLowerCase(), index.topics, new Uint8Array(text.length));
  const order = (a: NameMatch, b: NameMatch) => a.start - b.start || a.end - b.end;
  return {
    names: names.sort(order),
    topics: topics.sort(order),
    attributive: attributive.sort(order),
    places: [...places.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

// Words that start capitalised phrases which are titles or bodies, not people's names.
const NOT_NAME_WORDS = new Set(
  (
    'The A An In On At Of For And As By To From With During Then This These That It He She They We Our Mr Ms Mrs ' +
    'President Secretary General Deputy Director Chairman Head Minister Ministers Adviser Assistant Member Leader ' +
    'Council Conference Committee Security Service State States Republic United Nations International Regional ' +
    'National Strategy Convention Declaration Charter Treaty Organization Organisation Centre Center Office Structure ' +
    'Government Prime Foreign Interior Defence Defense Special Executive Anti Terrorism Terrorist Counter First Second ' +
    'Tenth High Level Major Lieutenant Honorable Founder Peace Unity Nation Chief Read Also Features Commonwealth ' +
    'Global Development Agenda Sustainable Goals Process Action Plan Independence Monument Islam Scientific Practical ' +
    'Executive Under Assembly Pact Long Term Good Neighborliness Friendship Cooperation Shanghai Five Border ' +
    'Management Movement Terrorists Anniversary Address Head Gallery News Agency Countering Combating Combatting ' +
    'Extremism Separatism Radicalism'
  ).split(' '),
);

/** Capitalised two- or three-word sequences that look like people's names but match nothing known. */
export function findUnresolvedNames(text: string, known: NameMatch[]): { start: number; end: number; text: string }[] {
  const taken = new Uint8Array(text.length);
  for (const k of known) taken.fill(1, k.start, k.end);
  const out: { start: number; end: number; text: string }[] = [];
  const re = /\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}\b/g;
  for (const m of text.matchAll(re)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (taken.subarray(start, end).some((x) => x === 1)) continue;
    const words = m[0].split(' ');
    if (words.some((w) => NOT_NAME_WORDS.has(w.split('-')[0]!))) continue;
    out.push({ start, end, text: m[0] });
  }
  return out;
}
