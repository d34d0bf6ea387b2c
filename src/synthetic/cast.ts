import type { Random } from './random';
import { shuffled, weightedSampler } from './random';
import {
  AGENCY_TEMPLATES,
  EXTRA_ORGANISATIONS,
  INTERNATIONAL_ROLES,
  KNOWN_ROLES,
  NAME_POOLS,
  STATE_ROLES,
  type NamePool,
} from './vocabulary';

/** The parts of the knowledge file the generator draws on. */
export interface SyntheticKnowledge {
  places: { id: string; name: string; country: string; lat: number; lon: number }[];
  entities: { id: string; name: string; type: 'person' | 'organisation' | 'state' | string; aliases?: string[]; capital?: string }[];
  topics: { id: string; label: string; keywords: string[] }[];
}

/** A job a person held from a given year on. */
export interface Career {
  from: number;
  title: string;
}

/** A person, organisation or state that events can name, with everything a sentence needs. */
export interface CastMember {
  id: string;
  name: string;
  type: 'person' | 'organisation' | 'state';
  aliases: string[];
  /** People only: "Mr. Rahimov", the short form articles use after the first mention. */
  shortName?: string;
  /** People only: the jobs they held, earliest first. */
  careers?: Career[];
}

/** Everyone who can take part in generated events, each list in order of how often they appear. */
export interface Cast {
  people: CastMember[];
  organisations: CastMember[];
  states: CastMember[];
  byId: Map<string, CastMember>;
}

/** How many people and organisations the cast holds, including those the knowledge file names. */
export interface CastSize {
  people: number;
  organisations: number;
}

/** The default cast size: a few hundred people and about 150 organisations. */
export const DEFAULT_CAST_SIZE: CastSize = { people: 320, organisations: 150 };

/** A lowercase URL slug of a name: "Jürgen Müller" → "jurgen-muller". */
export function slugify(name: string): string {
  return name
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 72)
    .replace(/-+$/, '');
}

/** The title a person held in a year: the latest job begun by then, or their first. */
export function titleAt(member: CastMember, year: number): string {
  const careers = member.careers ?? [];
  let title = careers[0]?.title ?? 'Head of delegation';
  for (const c of careers) if (c.from <= year) title = c.title;
  return title;
}

/** Another spelling of a name as transliteration produces it ("Rahimov" → "Rakhimov"), or undefined. */
export function transliterationVariant(name: string): string | undefined {
  const rules: [RegExp, string][] = [
    [/zoda\b/, 'zade'],
    [/iyev\b/, 'iev'],
    [/yev\b/, 'ev'],
    [/([aeiou])h/, '$1kh'],
    [/kh/, 'h'],
    [/ov\b/, 'ow'],
  ];
  for (const [pattern, replacement] of rules) {
    const variant = name.replace(pattern, replacement);
    if (variant !== name) return variant;
  }
  return undefined;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base || 'entity';
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function generatedPerson(
  rng: Random,
  pool: NamePool,
  stateName: (id: string) => string,
  used: Set<string>,
  names: Set<string>,
): CastMember | undefined {
  const given = rng.pick(pool.given);
  const woman = pool.women?.includes(given) ?? false;
  const baseSurname = rng.pick(pool.surnames);
  const surname = woman && pool.feminine ? pool.feminine(baseSurname) : baseSurname;
  const name = pool.familyFirst ? `${surname} ${given}` : `${given} ${surname}`;
  if (names.has(name)) return undefined;
  names.add(name);
  const variant = rng.chance(0.6) ? transliterationVariant(surname) : undefined;
  const shortName = `${woman ? 'Ms.' : 'Mr.'} ${surname}`;
  const aliases = [...(variant ? [pool.familyFirst ? `${variant} ${given}` : `${given} ${variant}`] : []), shortName];
  const roles = pool.state ? STATE_ROLES.map((r) => r.replace('{S}', stateName(pool.state!))) : INTERNATIONAL_ROLES;
  const careers: Career[] = [];
  let year = rng.int(1990, 2018);
  for (let i = rng.int(1, 3); i > 0; i--) {
    careers.push({ from: year, title: rng.pick(roles) });
    year += rng.int(3, 8);
  }
  return { id: uniqueId(slugify(name), used), name, type: 'person', aliases, shortName, careers };
}

/**
 * The cast of generated events: the knowledge file's people, organisations and states, plus
 * generated officials with plausible names, aliases and careers and national agencies of the
 * states, so that the actor facet has the long tail a real corpus has.
 */
export function generateCast(knowledge: SyntheticKnowledge, rng: Random, size: CastSize = DEFAULT_CAST_SIZE): Cast {
  const used = new Set<string>(knowledge.entities.map((e) => e.id));
  for (const p of knowledge.places) used.add(p.id);
  const known = (type: string) => knowledge.entities.filter((e) => e.type === type);
  const states: CastMember[] = known('state').map((e) => ({ id: e.id, name: e.name, type: 'state', aliases: e.aliases ?? [] }));
  const stateNames = new Map(states.map((s) => [s.id, s.name]));
  const stateName = (id: string) => stateNames.get(id) ?? id;

  const knownPeople: CastMember[] = known('person').map((e) => {
    const shortName = `Mr. ${e.name.split(' ').at(-1)!}`;
    const aliases = e.aliases ?? [];
    return {
      id: e.id,
      name: e.name,
      type: 'person',
      // The short form is written in the generated text, so it must be one of the entity's spellings.
      aliases: aliases.includes(shortName) ? aliases : [...aliases, shortName],
      shortName,
      careers: [{ from: 1990, title: KNOWN_ROLES[e.id] ?? 'Head of delegation' }],
    };
  });
  const names = new Set(knownPeople.map((p) => p.name));
  const pickPool = weightedSampler(NAME_POOLS.map((p) => p.weight));
  const generated: CastMember[] = [];
  for (let tries = 0; knownPeople.length + generated.length < size.people && tries < size.people * 50; tries++) {
    const person = generatedPerson(rng, NAME_POOLS[pickPool(rng)]!.pool, stateName, used, names);
    if (person) generated.push(person);
  }
  // Real people mix into the frequent ranks rather than all being the most frequent.
  const people = shuffled(rng, [...knownPeople, ...generated]);

  const knownOrganisations: CastMember[] = known('organisation').map((e) => ({
    id: e.id,
    name: e.name,
    type: 'organisation',
    aliases: e.aliases ?? [],
  }));
  const extras: CastMember[] = EXTRA_ORGANISATIONS.filter((o) => !used.has(slugify(o.name))).map((o) => ({
    id: uniqueId(slugify(o.name), used),
    name: o.name,
    type: 'organisation',
    aliases: o.aliases,
  }));
  const agencies: CastMember[] = [];
  const room = size.organisations - knownOrganisations.length - extras.length;
  // Agencies of the most frequent states first, one template round at a time, until the cast is full.
  for (let round = 0; agencies.length < room && round < AGENCY_TEMPLATES.length; round++) {
    for (const state of states.slice(0, 16)) {
      if (agencies.length >= room) break;
      const template = AGENCY_TEMPLATES[(round + states.indexOf(state)) % AGENCY_TEMPLATES.length]!;
      const name = template.replace('{S}', state.name);
      const id = slugify(name);
      if (used.has(id)) continue;
      agencies.push({ id: uniqueId(id, used), name, type: 'organisation', aliases: [] });
    }
  }
  const organisations = [...knownOrganisations, ...shuffled(rng, [...extras, ...agencies])];
  const byId = new Map<string, CastMember>();
  for (const m of [...people, ...organisations, ...states]) byId.set(m.id, m);
  return { people, organisations, states, byId };
}
