/**
 * The gazetteer table made ready for matching: every name's key looked up in one Map, an id per
 * place, and the link to the knowledge file's places, which keep their ids and records. Pure, so
 * it runs in Node at build time and in the browser's ingest worker.
 */
import type { Place } from '../data/bundleSchema';
import type { GazetteerTable } from '../data/gazetteerSchema';
import type { KnownPlace } from '../data/knowledgeSchema';
import { placeKey } from './placeKey';
import { slugify } from './text';

/** A place of the table found under a key: its row, and whether the key is its own name or an alternate. */
export interface GazetteerHit {
  row: number;
  alternate: boolean;
}

/** The table with its lookups, built once per table. */
export interface GazetteerIndex {
  table: GazetteerTable;
  /** Key of a name -> the places that have it. */
  byKey: Map<string, GazetteerHit[]>;
  /** Key of a state's name or adjective -> the country's index in the table. */
  countryByKey: Map<string, number>;
  /** Keys of continents and regions, never places. */
  notPlaces: Set<string>;
  /** Each row's id before the knowledge file is taken into account. */
  ids: string[];
  /** The row each id names. */
  rowById: Map<string, number>;
}

const cache = new WeakMap<GazetteerTable, GazetteerIndex>();

/**
 * Gives each place a lowercase slug of its name. The most populous place of a name gets the
 * bare slug ("minsk"), so that adding a smaller namesake to the table never changes it; the
 * others take their country ("kazan-turkey") and, within one country, a number.
 */
function assignIds(table: GazetteerTable): string[] {
  const { places, countries } = table;
  const order = places.name.map((_, i) => i).sort((a, b) => places.population[b]! - places.population[a]! || a - b);
  const ids: string[] = new Array(places.name.length);
  const used = new Set<string>();
  for (const row of order) {
    const slug = slugify(places.ascii[row] || places.name[row]!);
    let id = slug;
    if (used.has(id)) id = `${slug}-${countries[places.country[row]!]!.id}`;
    for (let n = 2; used.has(id); n++) id = `${slug}-${countries[places.country[row]!]!.id}-${n}`;
    used.add(id);
    ids[row] = id;
  }
  return ids;
}

/** Builds the lookups of a table; the same table object is indexed only once. */
export function indexGazetteer(table: GazetteerTable): GazetteerIndex {
  const cached = cache.get(table);
  if (cached) return cached;
  const byKey = new Map<string, GazetteerHit[]>();
  const add = (name: string, hit: GazetteerHit) => {
    const key = placeKey(name);
    if (!key) return;
    const hits = byKey.get(key);
    // A row's names are added together, so a repeat of the key within one row is the last hit.
    if (!hits) byKey.set(key, [hit]);
    else if (hits[hits.length - 1]!.row !== hit.row) hits.push(hit);
  };
  const { places } = table;
  for (let row = 0; row < places.name.length; row++) {
    add(places.name[row]!, { row, alternate: false });
    if (places.ascii[row]) add(places.ascii[row]!, { row, alternate: false });
    if (places.alternates[row]) for (const a of places.alternates[row]!.split('|')) add(a, { row, alternate: true });
  }
  const countryByKey = new Map<string, number>();
  table.countries.forEach((c, i) => {
    for (const name of [c.name, ...c.names, ...c.adjectives]) countryByKey.set(placeKey(name), i);
  });
  const ids = assignIds(table);
  const notPlaces = new Set(table.notPlaces.map(placeKey));
  const index: GazetteerIndex = { table, byKey, countryByKey, notPlaces, ids, rowById: new Map(ids.map((id, row) => [id, row])) };
  cache.set(table, index);
  return index;
}

/** A gazetteer tied to one knowledge file: the ids its places go by there. */
export interface LinkedGazetteer {
  index: GazetteerIndex;
  /** The id of a row: the knowledge place's when it is the same place, else the table's, moved aside if the knowledge file uses it. */
  idOf: (row: number) => string;
  /** The country index of each knowledge place id whose state the table knows, for country hints. */
  knownPlaceCountry: Map<string, number>;
  /** The country index of each state id. */
  countryById: Map<string, number>;
  /** The knowledge file's place ids, whose records come from the knowledge file. */
  knownIds: Set<string>;
}

// A knowledge place and a table row of the same name this close together are one place.
const SAME_PLACE_KM = 50;

/** Distance in kilometres, close enough for telling one city from another. */
function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
  return 111.2 * Math.hypot(x, lat2 - lat1);
}

/**
 * Links the table to the knowledge file's places, which win: a row that is the same place as a
 * knowledge place (one of its names, within 50 km) takes the knowledge id, and a row whose own id
 * the knowledge file uses for another place is renamed with its country.
 */
export function linkGazetteer(index: GazetteerIndex, known: KnownPlace[]): LinkedGazetteer {
  const { table, byKey, ids, rowById } = index;
  const { places } = table;
  const override = new Map<number, string>();
  for (const p of known) {
    const rows = new Set<number>();
    for (const name of [p.name, ...p.aliases]) for (const h of byKey.get(placeKey(name)) ?? []) rows.add(h.row);
    const same = rowById.get(p.id);
    if (same !== undefined) rows.add(same);
    for (const row of rows) {
      if (!override.has(row) && distanceKm(p.lat, p.lon, places.lat[row]!, places.lon[row]!) <= SAME_PLACE_KM) override.set(row, p.id);
    }
  }
  const knownIds = new Set(known.map((p) => p.id));
  const taken = (id: string) => knownIds.has(id) || rowById.has(id);
  for (const p of known) {
    const row = rowById.get(p.id);
    if (row === undefined || override.get(row) === p.id) continue;
    const base = `${ids[row]}-${table.countries[places.country[row]!]!.id}`;
    let id = base;
    for (let n = 2; taken(id); n++) id = `${base}-${n}`;
    override.set(row, id);
  }
  const countryById = new Map(table.countries.map((c, i) => [c.id, i]));
  const knownPlaceCountry = new Map<string, number>();
  for (const p of known) {
    const c = countryById.get(p.country);
    if (c !== undefined) knownPlaceCountry.set(p.id, c);
  }
  return { index, idOf: (row) => override.get(row) ?? ids[row]!, knownPlaceCountry, countryById, knownIds };
}

/** The bundle record of a table row, under the id it has in the linked knowledge file. */
export function gazetteerPlace(gazetteer: LinkedGazetteer, row: number): Place {
  const { places, countries } = gazetteer.index.table;
  return {
    id: gazetteer.idOf(row),
    name: places.name[row]!,
    country: countries[places.country[row]!]!.id,
    lat: places.lat[row]!,
    lon: places.lon[row]!,
  };
}
