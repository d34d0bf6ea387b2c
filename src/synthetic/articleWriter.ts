import type { CastMember } from './cast';
import { titleAt } from './cast';
import type { Cast } from './cast';
import { calendarOf, isoOf, writtenDay, writtenMonth, writtenRange, type DayStyle } from './dates';
import type { DocumentPlan } from './documentPlan';
import type { PlannedEvent } from './events';
import type { Random } from './random';
import { createTextBuilder, type Part, type TextBuilder, type Written } from './textBuilder';
import { PUBLISHERS } from './vocabulary';

/** What composing needs to look up, shared by all documents of a bundle. */
export interface ComposeContext {
  cast: Cast;
  placeNames: Map<string, string>;
  /** Topic id -> keywords as the knowledge file lists them (lowercase). */
  topicKeywords: Map<string, string[]>;
  /** Person id -> the roles the documents give them; filled as documents are written. */
  roles: Map<string, { title: string; documentId: string; date?: string }[]>;
}

// Acronyms are written in capitals and proper names with a capital wherever they appear, as news copy does.
const UPPER = new Set(['un', 'sco', 'cis', 'ict', 'unoct', 'eag', 'covid', 'ngo', 'ngos']);
const PROPER = new Set([
  'afghanistan',
  'afghan',
  'afghans',
  'taliban',
  'khorasan',
  'vilayat',
  'peace',
  'mission',
  'east',
  'antiterror',
  'mehr',
]);
const SMALL = new Set(['of', 'on', 'and', 'the', 'for', 'in', 'with']);
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A topic keyword cased as running text writes it ("un security council" → "UN Security Council"); lowercasing gives it back. */
export function casedKeyword(keyword: string): string {
  const words = keyword.split(' ');
  // Names of UN bodies are capitalised from "UN" or "United Nations" on.
  const from = words.findIndex((w) => w === 'un' || w === 'united');
  return words
    .map((w, i) =>
      w
        .split('-')
        .map((p) => (UPPER.has(p) ? p.toUpperCase() : PROPER.has(p) || (from >= 0 && i >= from && !SMALL.has(p)) ? cap(p) : p))
        .join('-'),
    )
    .join(' ');
}

/** Keywords that read well inside a sentence: not bare acronyms, short words or prepositional phrases. */
const usableKeywords = (keywords: string[]) => {
  const good = keywords.filter((k) => k.length >= 6 && !k.startsWith('in ') && !/^(sco space|cis space)$/.test(k));
  return good.length ? good : keywords;
};

/** Groups of parts joined as running text lists them: "A, B and C". */
export const list = (parts: Part[][]): Part[] =>
  parts.flatMap((p, i) => (i === 0 ? p : i === parts.length - 1 ? [' and ', ...p] : [', ', ...p]));
/** The text with its first letter in capitals, as a sentence starts. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A number with commas between its thousands, as agencies write figures. */
export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** How a stated date is written, and the preposition it takes. */
export interface DateText {
  text: string;
  prep: 'on' | 'in' | 'for';
}

/** The date of an event as the text states it, with its year. */
export function statedDate(e: PlannedEvent, style: DayStyle): DateText {
  if (e.precision === 'year') {
    const y = calendarOf(e.startDay).year;
    return e.endDay !== undefined ? { text: `${y}–${calendarOf(e.endDay).year}`, prep: 'for' } : { text: String(y), prep: 'in' };
  }
  if (e.precision === 'month') return { text: writtenMonth(e.startDay), prep: 'in' };
  return { text: e.endDay !== undefined ? writtenRange(e.startDay, e.endDay, style) : writtenDay(e.startDay, style), prep: 'on' };
}

/** The registers curators name as the source of a date the article leaves out. */
export const REGISTERS = [
  'the SCO Secretariat archive',
  'the CIS treaty register',
  'the UN document system',
  'the organisers’ website',
  'an earlier report by the same agency',
];

/** How the text names an event, and whether that name already holds the event's place. */
export interface EventName {
  parts: Part[];
  namesPlace: boolean;
}

/**
 * One article being written: its text so far, who it has named, and the ways it writes names,
 * dates and sentences. The sections of an article share one, so that a name is given in full
 * only the first time and every random draw comes from the one source in writing order.
 */
export interface ArticleWriter {
  /** The document's id, which the events' sources and the people's roles point to. */
  id: string;
  ctx: ComposeContext;
  rng: Random;
  b: TextBuilder;
  /** The event the article reports first, and its year. */
  lead: PlannedEvent;
  year: number;
  /** Whether written days put the day or the month first; one choice per article, as one agency writes them. */
  style: DayStyle;
  publisher: string;
  /** Actor ids the text has already named, so later mentions can shorten them. */
  named: Set<string>;
  /** The people among the lead's actors. */
  leadPeople: CastMember[];
  member(actorId: string): CastMember | undefined;
  placeName(placeId?: string): string | undefined;
  actorPart(m: CastMember): Part;
  personWithRole(m: CastMember): Part[];
  placePart(placeId: string): Part;
  eventName(e: PlannedEvent, capitalised?: boolean): EventName;
  placeClause(e: PlannedEvent, name: { namesPlace: boolean }): Part[];
  datePart(text: string, iso: string, key?: string): Part;
  keywordPart(topicId: string): Part;
  /** Writes a sentence, closing the paragraph when it has as many sentences as it was meant to. */
  say(parts: Part[]): Written;
  breakParagraph(): void;
}

/** Groups sentences into paragraphs; it is kept apart from the writer so that each function stays small. */
function createParagraphs(b: TextBuilder, rng: Random): Pick<ArticleWriter, 'say' | 'breakParagraph'> {
  // Paragraphs of two to four sentences, as wire copy runs.
  let inParagraph = 0;
  let paragraphSize = rng.int(2, 4);
  const say = (parts: Part[]) => {
    const written = b.sentence(parts);
    if (++inParagraph >= paragraphSize) {
      b.endParagraph();
      inParagraph = 0;
      paragraphSize = rng.int(2, 4);
    }
    return written;
  };
  const breakParagraph = () => {
    b.endParagraph();
    inParagraph = 0;
  };
  return { say, breakParagraph };
}

/**
 * Starts an article: draws its id, date style, publisher and first paragraph length, in that
 * order, and returns the writer its sections share.
 */
export function createArticleWriter(plan: DocumentPlan, ctx: ComposeContext, rng: Random): ArticleWriter {
  const id = `${String(plan.index).padStart(6, '0')}_${rng.hex16().slice(0, 8)}`;
  const b = createTextBuilder();
  const lead = plan.primaries[0]!;
  const year = calendarOf(lead.startDay).year;
  const style: DayStyle = rng.chance(0.5) ? 'dmy' : 'mdy';
  const named = new Set<string>();
  const publisher = rng.pick(PUBLISHERS);
  const member = (actorId: string) => ctx.cast.byId.get(actorId);
  const placeName = (placeId?: string) => (placeId ? ctx.placeNames.get(placeId) : undefined);

  /** The name of an actor: in full the first time, then as articles shorten it. */
  const actorPart = (m: CastMember): Part => {
    let text = m.name;
    if (named.has(m.id)) {
      // States keep their short name: their aliases are formal names that need an article.
      if (m.shortName) text = m.shortName;
      else if (m.type === 'organisation' && m.aliases.length && rng.chance(0.5)) text = rng.pick(m.aliases);
    } else if (m.type === 'person' && m.aliases.length > 1 && rng.chance(0.1)) {
      // A transliteration variant, as another agency spells the name.
      text = m.aliases[0]!;
    }
    named.add(m.id);
    return { text, mention: { type: m.type, id: m.id } };
  };
  const personWithRole = (m: CastMember): Part[] => {
    const title = titleAt(m, year);
    const roles = ctx.roles.get(m.id) ?? [];
    if (!roles.some((r) => r.title === title)) {
      roles.push({ title, documentId: id, ...(lead.precision === 'day' ? { date: isoOf(lead.startDay) } : {}) });
      ctx.roles.set(m.id, roles);
    }
    return named.has(m.id) ? [actorPart(m)] : [`${title} `, actorPart(m)];
  };
  const placePart = (placeId: string): Part => ({ text: placeName(placeId)!, mention: { type: 'place', id: placeId } });
  /** How the text names an event, with the place marked when the name holds it ("the Dushanbe Declaration"). */
  const eventName = (e: PlannedEvent, capitalised = false): EventName => {
    const phrase = capitalised ? capitalise(e.phrase) : e.phrase;
    const name = placeName(e.placeId);
    const at = name ? phrase.search(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)) : -1;
    if (!name || at < 0) return { parts: [phrase], namesPlace: false };
    return { parts: [phrase.slice(0, at), placePart(e.placeId!), phrase.slice(at + name.length)], namesPlace: true };
  };
  /** " in Dushanbe", unless the event's name already says where. */
  const placeClause = (e: PlannedEvent, named: { namesPlace: boolean }): Part[] =>
    e.placeId && !named.namesPlace ? [' in ', placePart(e.placeId)] : [];
  const datePart = (text: string, iso: string, key = 'date'): Part => ({ text, key, mention: { type: 'date', id: iso } });
  const keywordPart = (topicId: string): Part => {
    const keyword = rng.pick(usableKeywords(ctx.topicKeywords.get(topicId) ?? ['security']));
    return { text: casedKeyword(keyword), mention: { type: 'topic', id: topicId } };
  };
  const leadPeople = lead.actorIds.map(member).filter((m): m is CastMember => m?.type === 'person');
  // The first paragraph's length is drawn after the publisher, as it always was, so a seed still gives the same articles.
  const { say, breakParagraph } = createParagraphs(b, rng);

  return {
    id,
    ctx,
    rng,
    b,
    lead,
    year,
    style,
    publisher,
    named,
    leadPeople,
    member,
    placeName,
    actorPart,
    personWithRole,
    placePart,
    eventName,
    placeClause,
    datePart,
    keywordPart,
    say,
    breakParagraph,
  };
}
