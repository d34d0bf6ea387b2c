/**
 * Finds the gazetteer's places in a text. The text is split into words once and every run of one
 * to four words that starts with a capital is looked up in the table's Map of folded names, so
 * the cost grows with the text, not with the tens of thousands of names.
 */
import type { GazetteerHit, LinkedGazetteer } from './gazetteer';
import { TextContext, allCaps, startsUpper, type KnownSpan } from './placeContext';
import { CALENDAR_WORDS, FUNCTION_WORDS } from './placeWords';

/** A place name found in a text: the range and the table row it names. */
export interface GazetteerMatch {
  start: number;
  end: number;
  row: number;
}

/** The gazetteer's places in a text, and the place names that were part of other names. */
export interface GazetteerMatches {
  places: GazetteerMatch[];
  /** "Tashkent" in "Tashkent Declaration": not a place mention, but what the name is named after. */
  attributive: GazetteerMatch[];
}

const MAX_WORDS = 4;
// A one-word name with nothing around it saying it is a place must be a city this large, and
// larger still when the article does not name its state: most one-word towns are also words
// ("Mobile", "Police", "Union") or people's names.
const ALONE_MIN_POPULATION = 100_000;
const ALONE_UNHINTED_MIN_POPULATION = 1_000_000;
// An alternate name (an old name, another language's spelling) of a place smaller than this
// needs the article to name the place's state, or words around it that say it is a place.
const ALTERNATE_MIN_POPULATION = 15_000;

/** The states an article names, by the table's country index: "Kyrgyz", "Russia", a known place's state. */
function countryHints(ctx: TextContext, gazetteer: LinkedGazetteer, known: KnownSpan[]): Set<number> {
  const hints = new Set<number>();
  for (const k of known) {
    const c = k.type === 'state' ? gazetteer.countryById.get(k.id) : k.type === 'place' ? gazetteer.knownPlaceCountry.get(k.id) : undefined;
    if (c !== undefined) hints.add(c);
  }
  const { countryByKey } = gazetteer.index;
  for (let i = 0; i < ctx.words.length; i++) {
    if (!startsUpper(ctx.raw(i))) continue;
    let key = '';
    for (let j = i; j < Math.min(i + 3, ctx.words.length); j++) {
      key = key ? `${key} ${ctx.fold(j)}` : ctx.fold(j);
      const c = countryByKey.get(key);
      if (c !== undefined) hints.add(c);
      if (!ctx.joins(j)) break;
    }
  }
  return hints;
}

/** The likeliest place of a name: the largest, by an order of magnitude for its own name and three for a state the article names. */
function rankHits(hits: GazetteerHit[], gazetteer: LinkedGazetteer, hints: Set<number>): GazetteerHit {
  const { population, country } = gazetteer.index.table.places;
  const score = (h: GazetteerHit) => Math.log10(population[h.row]! + 1) + (h.alternate ? 0 : 1) + (hints.has(country[h.row]!) ? 3 : 0);
  let best = hits[0]!;
  for (const h of hits) if (score(h) > score(best) || (score(h) === score(best) && h.row < best.row)) best = h;
  return best;
}

/**
 * Every gazetteer place in the text outside the known names: longest name first at each word,
 * the likeliest of its namesakes, and only where the words around it allow a place (see
 * TextContext, which must be made with the gazetteer's state names). Names glued to a following
 * name are returned as attributive instead.
 */
export function findGazetteerPlaces(ctx: TextContext, gazetteer: LinkedGazetteer, known: KnownSpan[], taken: Uint8Array): GazetteerMatches {
  const { byKey, countryByKey, notPlaces, table } = gazetteer.index;
  const hints = countryHints(ctx, gazetteer, known);
  const places: GazetteerMatch[] = [];
  const attributive: GazetteerMatch[] = [];
  const surnames = new Set<string>();
  const single: { match: GazetteerMatch; key: string }[] = [];
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    if (taken[words[i]!.start] || !startsUpper(ctx.raw(i))) continue;
    let found: { j: number; key: string; hits: GazetteerHit[] } | undefined;
    let region = -1;
    let key = '';
    for (let j = i; j < Math.min(i + MAX_WORDS, words.length); j++) {
      if (j > i && (!ctx.joins(j - 1) || taken[words[j]!.start])) break;
      key = key ? `${key} ${ctx.fold(j)}` : ctx.fold(j);
      if (notPlaces.has(key)) region = j;
      const hits = byKey.get(key);
      if (hits && startsUpper(ctx.raw(j))) found = { j, key, hits };
    }
    // "Central Asia" is a region, so neither "Central" nor "Asia" is a town there.
    if (region >= 0 && region >= (found?.j ?? -1)) {
      i = region;
      continue;
    }
    if (!found) continue;
    const first = i;
    const { j } = found;
    // Words inside a found name are not tried again, whether or not it is taken for a place.
    i = j;
    const hit = rankHits(found.hits, gazetteer, hints);
    const match = { start: words[first]!.start, end: words[j]!.end, row: hit.row };
    const oneWord = first === j;
    if ((oneWord && (FUNCTION_WORDS.has(found.key) || CALENDAR_WORDS.has(found.key))) || countryByKey.has(found.key)) continue;
    const dateline = ctx.inDateline(first, j);
    if (!isWrittenAsName(ctx, first, j, dateline)) continue;
    if (ctx.nameFollows(j) || ctx.namedAfter(first)) {
      attributive.push(match);
      continue;
    }
    if (ctx.nameBefore(first)) {
      if (oneWord) surnames.add(found.key);
      continue;
    }
    const population = table.places.population[hit.row]!;
    const hinted = hints.has(table.places.country[hit.row]!);
    const context = dateline || ctx.placeBefore(first) || ctx.placeAfter(j) || ctx.listAfterPlace(first);
    const accepted = oneWord
      ? context
        ? !hit.alternate || population >= ALTERNATE_MIN_POPULATION || hinted
        : !hit.alternate &&
          !ctx.sentenceInitial(first) &&
          !ctx.lowercaseWords.has(found.key) &&
          population >= ALONE_MIN_POPULATION &&
          (hinted || population >= ALONE_UNHINTED_MIN_POPULATION)
      : context || !hit.alternate || population >= ALTERNATE_MIN_POPULATION || hinted;
    if (!accepted) continue;
    places.push(match);
    ctx.placeEnds.add(match.end);
    if (oneWord) single.push({ match, key: found.key });
  }
  // A word the article uses as a surname ("Narendra Modi") is not a place elsewhere in it either.
  const surnamed = new Set(single.filter((s) => surnames.has(s.key)).map((s) => s.match));
  return { places: places.filter((p) => !surnamed.has(p)), attributive };
}

/** True when the words are capitalised as a name is, and in capitals only in a dateline ("QINGDAO /China/"). */
function isWrittenAsName(ctx: TextContext, first: number, j: number, dateline: boolean): boolean {
  for (let k = first; k <= j; k++) if (allCaps(ctx.raw(k)) && !dateline) return false;
  return true;
}
