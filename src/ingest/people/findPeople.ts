import type { NameMatch } from '../matcher';
import { slugify } from '../text';
import { DEMONYM_WORDS, SURNAME_TITLES, TITLE_WORDS } from './nameLexicon';
import { findNameRuns, type NameRun } from './nameTokens';

/** A person a text names who is not (yet) tied to the knowledge file, under a provisional id. */
export interface FoundPerson {
  /** slugify of the name as written here; the bundle maps it to the person's final id. */
  id: string;
  name: string;
  /** True when the text gives only a surname ("President Putin") and no full name to resolve it to. */
  surnameOnly: boolean;
}

/** The people of one text: a mention for every occurrence, and who the new ones are. */
export interface PeopleInText {
  mentions: NameMatch[];
  people: FoundPerson[];
}

const TITLE = new RegExp(`(?<![\\p{L}])(?:${TITLE_WORDS})(?![\\p{L}])`, 'gu');
// Between an office and the name: "Minister of Foreign Affairs of Kazakhstan", "ministers of Pakistan and Belarus –".
const OF_CLAUSE = /^\s+(?:of|for|to|on|at|in)\s[^;!?()"“”]{0,100}?(?:\s[–—-]|,)?\s*$/;
const APPOSITION = new RegExp(
  `^\\s*,\\s+(?:(?:the|a|an|then|now|acting|former|interim|first|\\p{Lu}[\\p{L}.-]*)\\s+){0,4}?(?:${TITLE_WORDS})(?![\\p{L}])`,
  'u',
);
const LIST_GAP = /^\s*(?:[,;]\s*(?:and\s+)?|and\s+|&\s+)$/;
// What only a person does right after being named: "Vladimir Putin told", "Nikolay Bordyuzha was reelected".
const PERSON_VERB =
  /^\s+(?:(?:has|had|also|then)\s+)?(?:said|told|says|stated|noted|stressed|emphasi[sz]ed|added|announced|proposed|urged|remarked|underlined|pointed out|(?:was|has been|had been|is)\s+(?:re-?)?(?:elected|appointed|named|reelected))\b/;

const LIST_SEPARATOR = /^\s*(?:[,;]\s*(?:and\s+)?(?:as well as\s+)?|and\s+|&\s+|,?\s*as well as\s+)/;
const TITLE_WORD = new RegExp(`^(?:${TITLE_WORDS}|Presidents|Prime|Vice|Deputy|Foreign|of|the)$`, 'u');

/**
 * True when the text between two names is a list separator, perhaps followed by the next
 * one's state or office: ", ", " and ", ", Kazakhstan ", ", as well as Presidents of Belarus ".
 */
function listGap(text: string, from: number, to: number, bodies: readonly NameMatch[]): boolean {
  if (to < from || to - from > 80) return false;
  let gap = '';
  let at = from;
  for (const b of bodies) {
    if (b.start < from || b.end > to) continue;
    gap += `${text.slice(at, b.start)}\u0000`;
    at = b.end;
  }
  gap += text.slice(at, to);
  const sep = LIST_SEPARATOR.exec(gap);
  if (!sep) return LIST_GAP.test(gap);
  const words = gap.slice(sep[0].length).trim().split(/\s+/).filter(Boolean);
  return (
    words.length <= 5 &&
    words.filter((w) => w === '\u0000').length <= 1 &&
    words.every((w) => w === '\u0000' || TITLE_WORD.test(w) || DEMONYM_WORDS.has(w))
  );
}

/**
 * True when an office stands right before `at` ("Secretary General Rashid", "President. Shaukat")
 * or is joined to it by an "of" phrase within the sentence ("Secretary of the Security Council
 * Nasrullo", "the President of the Republic of Armenia, Serzh").
 */
function titleBefore(text: string, at: number): { immediate: boolean } | undefined {
  const from = Math.max(0, at - 140);
  const left = text.slice(from, at);
  let last: RegExpMatchArray | undefined;
  for (const m of left.matchAll(TITLE)) last = m;
  if (!last) return undefined;
  const gap = left.slice(last.index! + last[0].length);
  if (/^\.?\s*$/.test(gap) && !gap.includes('\n\n')) return { immediate: true };
  if (gap.includes('\n\n') || /\.\s/.test(gap) || (gap.match(/,/g)?.length ?? 0) > 1) return undefined;
  if (/,\s*$/.test(gap) || !gap.includes(',')) return OF_CLAUSE.test(gap) ? { immediate: false } : undefined;
  return undefined;
}

/** True when the name is followed by its office: "Abdusalom Azizov, Chairman of", "Sherali Mirzo, commander of". */
const titleAfter = (text: string, end: number) => APPOSITION.test(text.slice(end, end + 160));

/** True when a known state or body stands right before, possessive: "Iran’s Mahmoud Ahmadinejad". */
function possessiveBefore(text: string, at: number, knownEnds: Set<number>): boolean {
  const m = /['’]s\s+$/.exec(text.slice(Math.max(0, at - 6), at));
  return !!m && knownEnds.has(at - m[0].length);
}

/** True when "of" and a known state or body, or a nationality, follow: "Shaukat Mirzayev of Uzbekistan". */
function ofKnownAfter(text: string, end: number, knownStarts: Set<number>): boolean {
  const m = /^\s+of\s+(?:the\s+)?(\p{L}+)?/u.exec(text.slice(end, end + 40));
  return !!m && (knownStarts.has(end + m[0].length - (m[1]?.length ?? 0)) || DEMONYM_WORDS.has(m[1] ?? ''));
}

/**
 * True inside a headline written in title case ("Nazarbayev Attends SCO, BRICS Summits in Ufa"):
 * a line standing alone (the first line, or one between blank lines) with no closing full stop,
 * whose words are mostly capitalised. Capitals there say nothing about names.
 */
function inTitleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const endAt = text.indexOf('\n', at);
  const end = endAt < 0 ? text.length : endAt;
  const line = text.slice(start, end).trim();
  const alone =
    start === 0 || (text.slice(Math.max(0, start - 2), start) === '\n\n' && (end === text.length || text.slice(end, end + 2) === '\n\n'));
  if (!alone || /[.!?:"”]$/.test(line)) return false;
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * words.length;
}

/** A run without a leading place word, unless an office stands right before it ("Kazakh President Nursultan Nazarbayev"). */
function withoutLeadingPlace(text: string, r: NameRun): NameRun | undefined {
  if (!r.tokens[0]!.place || titleBefore(text, r.start)?.immediate) return r;
  const tokens = r.tokens.slice(1);
  if (!tokens.length) return undefined;
  return { start: tokens[0]!.start, end: r.end, tokens, name: tokens.map((t) => t.text).join(' ') };
}

const surnameOf = (name: string) => name.split(' ').pop()!;
const nameKey = (name: string) => name.replace(/\s+/g, ' ');

/**
 * Finds the people a text names beyond those the knowledge file knows (`known`): a run of name
 * words counts as a person when an office stands before or after it, when it sits in a list
 * beside another person, or when the same full name counts elsewhere in the text. A lone
 * surname ("Mr. Geoana", "Saudabayev emphasized") refers to the one person of that surname the
 * text names in full; with an honorific or an office and no such person it is a person of its own.
 */
export function findPeople(text: string, known: NameMatch[]): PeopleInText {
  const taken = new Uint8Array(text.length);
  const placeAt = new Uint8Array(text.length);
  const knownStarts = new Set<number>();
  const knownEnds = new Set<number>();
  for (const k of known) {
    (k.type === 'place' ? placeAt : taken).fill(1, k.start, k.end);
    if (k.type !== 'person' && k.type !== 'topic') {
      knownStarts.add(k.start);
      knownEnds.add(k.end);
    }
  }
  const runs = findNameRuns(text, taken, placeAt)
    .map((r) => withoutLeadingPlace(text, r))
    .filter((r): r is NameRun => !!r && r.tokens.length <= 5);
  const full = runs.filter(
    (r) => r.tokens.filter((t) => !t.initial && !t.particle).length >= 2 || (r.tokens[0]!.initial && r.tokens.length >= 2),
  );
  const confirmed = new Set<NameRun>();
  for (const r of full) {
    if (inTitleCaseLine(text, r.start)) continue;
    const cue =
      titleBefore(text, r.start) ||
      titleAfter(text, r.end) ||
      PERSON_VERB.test(text.slice(r.end, r.end + 40)) ||
      possessiveBefore(text, r.start, knownEnds) ||
      ofKnownAfter(text, r.end, knownStarts);
    if (cue) confirmed.add(r);
  }
  // Lists: "Mohammad Ishaq Dar and Sergey Aleynik", "Rahmon, Putin, Xi Jinping", and lists of
  // leaders by country: "Russian President Vladimir Putin, Kazakhstan Kassym-Joomart Tokayev,
  // Uzbekistan Shavkat Mirziyoyev" (a known person counts as a neighbour too).
  const knownPeople = known.filter((k) => k.type === 'person');
  const bodies = known.filter((k) => k.type !== 'person' && k.type !== 'topic' && k.type !== 'place');
  const listed = (a: number, b: number) => listGap(text, a, b, bodies);
  for (let changed = true; changed;) {
    changed = false;
    full.forEach((r, i) => {
      if (confirmed.has(r)) return;
      const prev = full[i - 1];
      const next = full[i + 1];
      const prevKnown = knownPeople.filter((k) => k.end <= r.start && (!prev || k.start >= prev.end)).pop();
      const nextKnown = knownPeople.find((k) => k.start >= r.end && (!next || k.end <= next.start));
      const besidePrev =
        (prev && confirmed.has(prev) && !prevKnown && listed(prev.end, r.start)) || (prevKnown && listed(prevKnown.end, r.start));
      const besideNext =
        (next && confirmed.has(next) && !nextKnown && listed(r.end, next.start)) || (nextKnown && listed(r.end, nextKnown.start));
      if (besidePrev || besideNext) {
        confirmed.add(r);
        changed = true;
      }
    });
  }
  const names = new Set([...confirmed].map((r) => nameKey(r.name)));
  for (const r of full) if (names.has(nameKey(r.name))) confirmed.add(r);

  const mentions: NameMatch[] = [];
  const people = new Map<string, FoundPerson>();
  // Surname -> the ids of the people the text names in full with it, known or new.
  const bySurname = new Map<string, Set<string>>();
  const addSurname = (surname: string, id: string) => bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(id));
  for (const k of known) if (k.type === 'person') addSurname(surnameOf(nameKey(text.slice(k.start, k.end))), k.id);
  for (const r of confirmed) {
    const name = nameKey(r.name);
    const id = slugify(name);
    if (!people.has(id)) people.set(id, { id, name, surnameOnly: false });
    addSurname(surnameOf(name), id);
    mentions.push({ start: r.start, end: r.end, type: 'person', id });
  }
  for (const r of runs) {
    if (r.tokens.length !== 1 || r.tokens[0]!.text.length < 3) continue;
    const surname = r.tokens[0]!.text;
    const ids = bySurname.get(surname);
    if (ids?.size === 1) {
      mentions.push({ start: r.start, end: r.end, type: 'person', id: [...ids][0]! });
    } else if (!ids && SURNAME_TITLES.test(text.slice(Math.max(0, r.start - 24), r.start))) {
      const id = slugify(surname);
      if (!people.has(id)) people.set(id, { id, name: surname, surnameOnly: true });
      addSurname(surname, id);
      mentions.push({ start: r.start, end: r.end, type: 'person', id });
    }
  }
  return { mentions: mentions.sort((a, b) => a.start - b.start), people: [...people.values()] };
}
