import { z } from 'zod';
import { groupDigits } from '../format/groupDigits';
import { DEFAULT_VIEW_STATE, FACET_KEYS, type LaneGrouping, type ViewState } from './viewState';

/** The query parameters a link may carry, in the order they are written (excalidraw's whitelist idea). */
export const URL_KEYS = ['q', 'actors', 'named', 'topics', 'places', 'kinds', 'sources', 'from', 'to', 'event', 'lanes'] as const;

/** The most sources a link may ask events to have. */
export const MAX_MIN_SOURCES = 20;

/** Longest search text a link may carry. */
export const MAX_QUERY_LENGTH = 200;
/** Most ids one facet parameter may list. */
export const MAX_IDS = 50;

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/)
  .max(80);
const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  });

/** Something in a link that was dropped, said in a few words for a visible notice. */
export interface UrlNotice {
  key: string;
  value: string;
  reason: string;
}

/** Shortens a value for a notice, so a 5,000-character parameter does not fill the screen. */
const preview = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s);

/** How many dropped parts of a link a notice names; the rest are only counted. */
export const NOTICES_SHOWN = 5;

/**
 * The words of the notice for what a link dropped: the first few parts by name, then how many
 * more. A link with 40,000 ids would otherwise fill the page with over a megabyte of notices.
 */
export function describeNotices(notices: readonly UrlNotice[], shown = NOTICES_SHOWN): string {
  const count = notices.length === 1 ? '1 part of this link was ignored' : `${groupDigits(notices.length)} parts of this link were ignored`;
  const named = notices.slice(0, shown).map((n) => `${n.key ? `${n.key}=` : ''}${n.value} (${n.reason})`);
  const more = notices.length > shown ? `; and ${groupDigits(notices.length - shown)} more` : '';
  return `${count}: ${named.join('; ')}${more}`;
}

/** Writes a view state as a readable query string; default values are left out. */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACET_KEYS) {
    if (state[key].length) params.set(key, state[key].join(','));
    if (key === 'actors' && state.actorScope === 'named') params.set('named', '1');
  }
  if (state.minSources > 1) params.set('sources', String(state.minSources));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.event) params.set('event', state.event);
  if (state.lanes !== DEFAULT_VIEW_STATE.lanes) params.set('lanes', state.lanes);
  // Commas are legal in a query string; keeping them literal keeps links readable.
  return params.toString().replace(/%2C/g, ',');
}

/**
 * Reads a view state from a query string. Never throws: anything malformed, oversized or
 * unknown is dropped and reported as a notice, and the rest of the link still applies.
 */
export function decodeViewState(search: string): { state: ViewState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const state: ViewState = { ...DEFAULT_VIEW_STATE, actors: [], topics: [], places: [], kinds: [] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return { state, notices: [{ key: '', value: preview(search), reason: 'the link could not be read' }] };
  }
  for (const [key, value] of params) {
    if (!(URL_KEYS as readonly string[]).includes(key)) {
      notices.push({ key, value: preview(value), reason: `unknown parameter "${preview(key)}"` });
    }
  }
  const q = params.get('q');
  if (q !== null) {
    if (q.length > MAX_QUERY_LENGTH)
      notices.push({ key: 'q', value: preview(q), reason: `search longer than ${MAX_QUERY_LENGTH} characters` });
    else state.q = q.trim();
  }
  for (const key of FACET_KEYS) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    const ids = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const id of ids) {
      if (!idSchema.safeParse(id).success) notices.push({ key, value: preview(id), reason: 'not a valid id' });
      else if (state[key].length >= MAX_IDS) notices.push({ key, value: preview(id), reason: `more than ${MAX_IDS} ids` });
      else if (!state[key].includes(id)) state[key].push(id);
    }
  }
  for (const key of ['from', 'to'] as const) {
    const raw = params.get(key);
    if (raw === null) continue;
    if (isoDaySchema.safeParse(raw).success) state[key] = raw;
    else notices.push({ key, value: preview(raw), reason: 'not a date (YYYY-MM-DD)' });
  }
  if (state.from && state.to && state.from > state.to) {
    notices.push({ key: 'to', value: state.to, reason: 'ends before "from"' });
    delete state.from;
    delete state.to;
  }
  const event = params.get('event');
  if (event !== null) {
    if (idSchema.safeParse(event).success) state.event = event;
    else notices.push({ key: 'event', value: preview(event), reason: 'not a valid id' });
  }
  const named = params.get('named');
  if (named !== null) {
    if (named === '1' || named === '0') state.actorScope = named === '1' ? 'named' : 'part';
    else notices.push({ key: 'named', value: preview(named), reason: 'named is "1" to count actors only named, or "0"' });
  }
  const sources = params.get('sources');
  if (sources !== null) {
    const n = /^\d{1,2}$/.test(sources) ? Number(sources) : NaN;
    if (n >= 1 && n <= MAX_MIN_SOURCES) state.minSources = n;
    else notices.push({ key: 'sources', value: preview(sources), reason: `sources is a number of sources from 1 to ${MAX_MIN_SOURCES}` });
  }
  const lanes = params.get('lanes');
  if (lanes !== null) {
    if (lanes === 'place' || lanes === 'kind') state.lanes = lanes as LaneGrouping;
    else notices.push({ key: 'lanes', value: preview(lanes), reason: 'lanes is "place" or "kind"' });
  }
  return { state, notices };
}
