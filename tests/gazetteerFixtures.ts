import { loadGazetteerTable } from '../src/cli/loadGazetteer';
import type { GazetteerTable } from '../src/data/gazetteerSchema';
import { indexGazetteer, linkGazetteer, type GazetteerIndex } from '../src/ingest/gazetteer';
import { buildAliasIndex, matchNames } from '../src/ingest/matcher';
import type { Knowledge } from '../src/data/knowledgeSchema';
import { join } from 'node:path';

const TABLE_PATH = join(import.meta.dirname, '..', 'public', 'data', 'gazetteer.json');

let table: GazetteerTable | undefined;
/** The table `npm run build:gazetteer` wrote (npm test and build:data build it first), validated once per test file. */
export function loadGazetteer(): GazetteerTable {
  table ??= loadGazetteerTable(TABLE_PATH);
  return table;
}

/** The real table, indexed. */
export function gazetteerIndex(): GazetteerIndex {
  return indexGazetteer(loadGazetteer());
}

/** A knowledge file that knows nothing, so that every place found comes from the gazetteer. */
export const NO_KNOWLEDGE: Knowledge = { places: [], entities: [], topics: [], events: [], curations: [], meetingEdits: [] };

/** The places found in a text, as "written name -> id (country)" strings, and the place names set aside as attributive ("name -> id"). */
export function placesIn(text: string, knowledge: Knowledge = NO_KNOWLEDGE) {
  const found = matchNames(text, buildAliasIndex(knowledge), linkGazetteer(gazetteerIndex(), knowledge.places));
  const label = (n: { start: number; end: number; id: string }) => {
    const p = found.places.find((x) => x.id === n.id) ?? knowledge.places.find((x) => x.id === n.id);
    return `${text.slice(n.start, n.end)} -> ${n.id}${p ? ` (${p.country})` : ''}`;
  };
  const written = (n: { start: number; end: number; id: string }) => `${text.slice(n.start, n.end)} -> ${n.id}`;
  return { places: found.names.filter((n) => n.type === 'place').map(label), attributive: found.attributive.map(written), matched: found };
}

/** The real table cut down to the places with these names, for tests that render the app. */
export function sliceTable(names: string[]): GazetteerTable {
  const t = loadGazetteer();
  const rows = t.places.name.map((_, i) => i).filter((i) => names.includes(t.places.name[i]!) || names.includes(t.places.ascii[i]!));
  const pick = <T>(column: T[]) => rows.map((i) => column[i]!);
  const p = t.places;
  return {
    ...t,
    places: {
      name: pick(p.name),
      ascii: pick(p.ascii),
      alternates: pick(p.alternates),
      country: pick(p.country),
      lat: pick(p.lat),
      lon: pick(p.lon),
      population: pick(p.population),
    },
  };
}
