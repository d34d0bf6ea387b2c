/**
 * Which GeoNames places and names go into the gazetteer table. Pure functions over the lines of
 * cities500.txt, so that the cut can be tested on a few lines and measured on all of them.
 */
import { GAZETTEER_VERSION, type GazetteerCountry, type GazetteerTable } from '../data/gazetteerSchema';
import { placeKey, wordCount } from '../ingest/placeKey';

/** One GeoNames row, reduced to the columns the table uses. */
export interface GeoNamesRow {
  geonameid: number;
  name: string;
  ascii: string;
  alternates: string[];
  lat: number;
  lon: number;
  featureCode: string;
  iso: string;
  population: number;
}

/** Which places are kept and which of them keep their alternate names. */
export interface Cut {
  /** Central Asia and its closest neighbours: every place cities500 has (500 people and more). */
  core: string[];
  /** The rest of the SCO, CIS and neighbouring states, where meetings are also held. */
  region: string[];
  regionMinPopulation: number;
  worldMinPopulation: number;
  /** Feature codes kept whatever their population: capitals and first-order seats. */
  seats: string[];
  /** Places outside the region keep alternate names from this population on, and capitals always. */
  alternatesMinPopulation: number;
}

/** The cut `npm run build:gazetteer` makes; README.md gives the sizes it was chosen by. */
export const DEFAULT_CUT: Cut = {
  core: ['KZ', 'KG', 'TJ', 'UZ', 'TM', 'AF', 'MN'],
  region: ['CN', 'RU', 'IN', 'PK', 'IR', 'BY', 'AZ', 'AM', 'GE', 'UA', 'MD', 'TR'],
  regionMinPopulation: 5000,
  worldMinPopulation: 15000,
  seats: ['PPLC', 'PPLA'],
  alternatesMinPopulation: 100000,
};

// Sections of a city, and places that are historical, abandoned or destroyed, are not where a meeting is held now.
const NOT_A_PLACE_NOW = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** Parses one line of cities500.txt; throws with the reason when the line is malformed. */
export function parseGeoNamesLine(line: string): GeoNamesRow | undefined {
  const c = line.split('\t');
  if (c.length < 19) throw new Error(`expected 19 tab-separated columns, found ${c.length}`);
  if (c[6] !== 'P' || NOT_A_PLACE_NOW.has(c[7]!)) return undefined;
  const row: GeoNamesRow = {
    geonameid: Number(c[0]),
    name: c[1]!.trim(),
    ascii: c[2]!.trim(),
    alternates: c[3] ? c[3].split(',') : [],
    lat: Number(c[4]),
    lon: Number(c[5]),
    featureCode: c[7]!,
    iso: c[8]!,
    population: c[14] ? Number(c[14]) : 0,
  };
  if (!Number.isInteger(row.geonameid) || !row.name) throw new Error('no geonameid or no name');
  if (!Number.isFinite(row.lat) || !Number.isFinite(row.lon) || Math.abs(row.lat) > 90 || Math.abs(row.lon) > 180)
    throw new Error(`bad coordinates ${c[4]}, ${c[5]}`);
  if (!Number.isInteger(row.population) || row.population < 0) throw new Error(`bad population ${c[14]}`);
  if (!/^[A-Z]{2}$/.test(row.iso)) throw new Error(`bad country code ${JSON.stringify(row.iso)}`);
  return row;
}

/** True when the cut keeps the place. */
export function keepsPlace(row: GeoNamesRow, cut: Cut, extra: ReadonlySet<number>): boolean {
  if (extra.has(row.geonameid) || cut.core.includes(row.iso) || cut.seats.includes(row.featureCode)) return true;
  return row.population >= (cut.region.includes(row.iso) ? cut.regionMinPopulation : cut.worldMinPopulation);
}

/** True when the cut keeps the place's alternate names: in the region, a capital, a large city or a place kept by name. */
export function keepsAlternates(row: GeoNamesRow, cut: Cut, extra: ReadonlySet<number>): boolean {
  return (
    extra.has(row.geonameid) ||
    cut.core.includes(row.iso) ||
    cut.region.includes(row.iso) ||
    row.featureCode === 'PPLC' ||
    row.population >= cut.alternatesMinPopulation
  );
}

const IN_WORD_APOSTROPHE = /[\p{L}]['’ʼʻ‘][\p{L}]/u;
const IN_WORD_APOSTROPHE_ALL = /([\p{L}])['’ʼʻ‘](?=\p{L})/gu;
const LATIN = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} .'’ʼʻ‘-]*$/u;
const CYRILLIC = /^[\p{Script=Cyrillic}\p{M}][\p{Script=Cyrillic}\p{M} .'’-]*$/u;

/**
 * The alternate names worth matching: Latin or Cyrillic script, capitalised (GeoNames' lowercase
 * Latin names are romanisations of other scripts, and its short capitals airport codes), at most
 * four words, and each one a new key (accents, case and hyphens do not make a new name).
 */
export function usefulAlternates(row: GeoNamesRow, added: string[] = []): string[] {
  const seen = new Set([placeKey(row.name), placeKey(row.ascii)]);
  const out: string[] = [];
  // A word splits at an apostrophe (so that "Ufa's" finds Ufa), and transliterations write a
  // soft sign both ways ("Przheval'sk", "Przhevalsk"): each spelling with one also goes in without it.
  const joined = [row.name, row.ascii, ...row.alternates]
    .filter((n) => IN_WORD_APOSTROPHE.test(n))
    .map((n) => n.replace(IN_WORD_APOSTROPHE_ALL, '$1'));
  for (const raw of [...row.alternates, ...joined, ...added]) {
    const name = raw.trim();
    if (!name || (!LATIN.test(name) && !CYRILLIC.test(name))) continue;
    if (name === name.toLowerCase() || name === name.toUpperCase()) continue;
    if (wordCount(name) > 4) continue;
    const key = placeKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The table's rows in a fixed order (country, name, geonameid), whatever the input order. */
function byCountryAndName(a: GeoNamesRow, b: GeoNamesRow): number {
  if (a.iso !== b.iso) return a.iso < b.iso ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.geonameid - b.geonameid;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Describes a cut in words, for the table's `cut` field. */
export function describeCut(cut: Cut, extraCount: number): string {
  return (
    `GeoNames cities500 populated places, without sections of cities and historical or abandoned places: ` +
    `every one in ${cut.core.join(' ')}; ${cut.regionMinPopulation} people and more in ${cut.region.join(' ')}; ` +
    `${cut.worldMinPopulation} and more elsewhere; every ${cut.seats.join(' and ')}; ${extraCount} more kept by data/gazetteer/aliases.json. ` +
    `Latin and Cyrillic alternate names for the places of those countries, capitals and places of ${cut.alternatesMinPopulation} people and more.`
  );
}

/** Names added to GeoNames' own: geonameid -> alternate names. */
export type AddedNames = ReadonlyMap<number, string[]>;

/**
 * The table for the kept rows. Deterministic: the same rows, in any order, give the same table,
 * so that the written file has the same bytes.
 */
export function buildTable(
  rows: GeoNamesRow[],
  countries: GazetteerCountry[],
  added: AddedNames,
  cut: Cut,
  extra: ReadonlySet<number>,
  notPlaces: string[] = [],
): GazetteerTable {
  const countryIndex = new Map(countries.map((c, i) => [c.iso, i]));
  const sorted = [...rows].sort(byCountryAndName);
  const places: GazetteerTable['places'] = { name: [], ascii: [], alternates: [], country: [], lat: [], lon: [], population: [] };
  for (const row of sorted) {
    const country = countryIndex.get(row.iso);
    if (country === undefined)
      throw new Error(`geonameid ${row.geonameid} (${row.name}): country code ${row.iso} is not in the country table`);
    const alternates = keepsAlternates(row, cut, extra)
      ? usefulAlternates(row, added.get(row.geonameid))
      : usefulAlternates({ ...row, alternates: [] }, added.get(row.geonameid));
    places.name.push(row.name);
    places.ascii.push(row.ascii === row.name ? '' : row.ascii);
    places.alternates.push(alternates.join('|'));
    places.country.push(country);
    places.lat.push(round3(row.lat));
    places.lon.push(round3(row.lon));
    places.population.push(row.population);
  }
  return {
    version: GAZETTEER_VERSION,
    attribution: 'Place names and coordinates from GeoNames (geonames.org), licensed under CC BY 4.0.',
    cut: describeCut(cut, extra.size),
    countries,
    notPlaces: [...notPlaces].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    places,
  };
}
