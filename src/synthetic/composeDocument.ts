import type { DocumentRecord, Evidence, EventDate, Mention } from '../data/bundleSchema';
import type { Cast, CastMember } from './cast';
import { titleAt } from './cast';
import { calendarOf, isoOf, LAST_DAY, numericDate, writtenDay, writtenMonth, writtenRange, type DayStyle } from './dates';
import type { DocumentPlan } from './documentPlan';
import type { PlannedEvent } from './events';
import type { Random } from './random';
import { createTextBuilder, type Part, type TextBuilder } from './textBuilder';
import {
  FIGURE_HEDGES,
  HEADLINE_QUOTES,
  FIGURE_NOUNS,
  KIND_VERBS,
  MEDIA_IDS,
  ORGANISATION_VERBS,
  PERSON_VERBS,
  PLAIN_SENTENCES,
  PUBLISHERS,
  QUOTE_FRAMES,
  THREAT_GROUP_IDS,
  TOPIC_FRAMES,
  TOPIC_LIST_FRAMES,
} from './vocabulary';

/** What composing needs to look up, shared by all documents of a bundle. */
export interface ComposeContext {
  cast: Cast;
  placeNames: Map<string, string>;
  /** Topic id -> keywords as the knowledge file lists them (lowercase). */
  topicKeywords: Map<string, string[]>;
  /** Person id -> the roles the documents give them; filled as documents are written. */
  roles: Map<string, { title: string; documentId: string; date?: string }[]>;
}

/** A written article and its mentions. */
export interface ComposedDocument {
  document: DocumentRecord;
  mentions: Mention[];
}

// Acronyms are written in capitals and proper names with a capital wherever they appear, as news copy does.
const UPPER = new Set(['un', 'sco', 'cis', 'ict', 'unoct', 'eag', 'covid', 'ngo', 'ngos']);
const PROPER = new Set(['afghanistan', 'afghan', 'afghans', 'taliban', 'khorasan', 'vilayat', 'peace', 'mission', 'east', 'antiterror', 'mehr']);
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

const list = (parts: Part[][]): Part[] => parts.flatMap((p, i) => (i === 0 ? p : i === parts.length - 1 ? [' and ', ...p] : [', ', ...p]));
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** How a stated date is written, and the preposition it takes. */
interface DateText {
  text: string;
  prep: 'on' | 'in' | 'for';
}

/** The date of an event as the text states it, with its year. */
function statedDate(e: PlannedEvent, style: DayStyle): DateText {
  if (e.precision === 'year') {
    const y = calendarOf(e.startDay).year;
    return e.endDay !== undefined ? { text: `${y}–${calendarOf(e.endDay).year}`, prep: 'for' } : { text: String(y), prep: 'in' };
  }
  if (e.precision === 'month') return { text: writtenMonth(e.startDay), prep: 'in' };
  return { text: e.endDay !== undefined ? writtenRange(e.startDay, e.endDay, style) : writtenDay(e.startDay, style), prep: 'on' };
}

/** The registers curators name as the source of a date the article leaves out. */
const REGISTERS = ['the SCO Secretariat archive', 'the CIS treaty register', 'the UN document system', 'the organisers’ website', 'an earlier report by the same agency'];

/**
 * Writes one article: title, dateline, a lead sentence reporting the main event, its actors,
 * topics, a quotation and figures, side events, the events it recalls or announces, and
 * ordinary wire-copy sentences up to `targetLength` characters (`namedFillerShare` of them
 * naming a topic or actor again). Records every name it
 * writes as a mention, and on the events it sets the date (the first time an event is
 * written) and appends a source whose evidence slices this text exactly.
 */
export function composeDocument(plan: DocumentPlan, ctx: ComposeContext, rng: Random, targetLength: number, namedFillerShare = 0.45): ComposedDocument {
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
  const eventName = (e: PlannedEvent, capitalised = false): { parts: Part[]; namesPlace: boolean } => {
    const phrase = capitalised ? capitalise(e.phrase) : e.phrase;
    const name = placeName(e.placeId);
    const at = name ? phrase.search(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)) : -1;
    if (!name || at < 0) return { parts: [phrase], namesPlace: false };
    return { parts: [phrase.slice(0, at), placePart(e.placeId!), phrase.slice(at + name.length)], namesPlace: true };
  };
  /** " in Dushanbe", unless the event's name already says where. */
  const placeClause = (e: PlannedEvent, named: { namesPlace: boolean }): Part[] => (e.placeId && !named.namesPlace ? [' in ', placePart(e.placeId)] : []);
  const datePart = (text: string, iso: string, key = 'date'): Part => ({ text, key, mention: { type: 'date', id: iso } });
  const keywordPart = (topicId: string): Part => {
    const keyword = rng.pick(usableKeywords(ctx.topicKeywords.get(topicId) ?? ['security']));
    return { text: casedKeyword(keyword), mention: { type: 'topic', id: topicId } };
  };

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

  // Title.
  const leadPlace = placeName(lead.placeId);
  const people = lead.actorIds.map(member).filter((m): m is CastMember => m?.type === 'person');
  let titleParts: Part[] = [lead.title];
  if (people[0] && rng.chance(0.25)) titleParts = [actorPart(people[0]), `: “${rng.pick(HEADLINE_QUOTES)}”`];
  else if (lead.placeId && leadPlace && !lead.title.includes(leadPlace) && rng.chance(0.5)) titleParts = [`${lead.title} held in `, placePart(lead.placeId)];
  const titleSpan = b.sentence(titleParts);
  breakParagraph();
  // The first mention of a person in the title does not count as introducing them with their role.
  named.clear();

  // Dateline and basis of the lead's date.
  const single = lead.precision === 'day' && lead.endDay === undefined;
  const hasDateline = rng.chance(0.85);
  let relative: 'Yesterday' | 'Today' | undefined;
  if (hasDateline && single && lead.date === undefined && rng.chance(0.12)) relative = rng.chance(0.7) && lead.startDay < LAST_DAY ? 'Yesterday' : 'Today';
  const published =
    lead.precision === 'day'
      ? Math.min(LAST_DAY, (lead.endDay ?? lead.startDay) + (relative === 'Yesterday' ? 1 : relative === 'Today' ? 0 : rng.chance(0.7) ? 0 : 1))
      : Math.min(LAST_DAY, (lead.endDay ?? lead.startDay) + rng.int(lead.precision === 'month' ? 28 : 30, lead.precision === 'month' ? 45 : 300));
  let dateline: Evidence | undefined;
  let datelineDate: Evidence | undefined;
  if (hasDateline) {
    const datelineParts: Part[] = [];
    const plain = rng.chance(0.7);
    if (leadPlace) datelineParts.push(plain ? `${leadPlace.toUpperCase()}, ` : `${leadPlace}, `);
    datelineParts.push(datePart(plain ? numericDate(published) : writtenDay(published, 'mdy'), isoOf(published), 'dateline-date'));
    datelineParts.push(plain ? ` (${publisher})` : ` /${publisher}/`);
    const written = b.sentence(datelineParts);
    breakParagraph();
    dateline = b.evidence(written);
    datelineDate = b.evidence(written.keys['dateline-date']!);
  }
  const curatedLead = lead.date === undefined && !relative && lead.precision === 'day' && rng.chance(0.08);

  // Lead sentence.
  const leadStates = lead.actorIds.map(member).filter((m): m is CastMember => m?.type === 'state');
  const verbs = KIND_VERBS[lead.kind] ?? { reported: 'took place', recalled: 'held' };
  let dateParts: Part[];
  let asStated: string;
  if (lead.date !== undefined) {
    const d = statedDate(lead, style);
    asStated = d.text;
    dateParts = [`${capitalise(d.prep)} `, datePart(d.text, isoOf(lead.startDay))];
  } else if (relative) {
    asStated = relative;
    dateParts = [{ text: relative, key: 'date' }];
  } else if (curatedLead) {
    asStated = lead.endDay !== undefined ? writtenRange(lead.startDay, lead.endDay, style, false) : writtenDay(lead.startDay, style, false);
    dateParts = ['On ', { text: asStated, key: 'date' }];
  } else {
    const d = statedDate(lead, style);
    asStated = d.text;
    dateParts = [`${capitalise(d.prep)} `, datePart(d.text, isoOf(lead.startDay))];
  }
  const leadName = eventName(lead);
  const leadParts: Part[] = [...dateParts, ', ', ...leadName.parts, ` ${verbs.reported}`, ...placeClause(lead, leadName)];
  if (leadStates.length) leadParts.push(', bringing together delegations of ', ...list(leadStates.slice(0, 3).map((s) => [actorPart(s)])));
  leadParts.push('.');
  const leadSentence = say(leadParts);
  if (lead.date === undefined) {
    const dateSpan = leadSentence.keys.date!;
    const base = { start: isoOf(lead.startDay), ...(lead.endDay !== undefined ? { end: isoOf(lead.endDay) } : {}), precision: lead.precision };
    if (relative) {
      lead.date = {
        ...base,
        basis: 'inferred',
        asStated,
        reason: relative === 'Yesterday' ? `"Yesterday" counted from the dateline ${datelineDate!.text}` : `"Today" taken as the date of the dateline ${datelineDate!.text}`,
        evidence: [b.evidence(dateSpan), datelineDate!],
      };
    } else if (curatedLead) {
      lead.date = {
        ...base,
        basis: 'curated',
        asStated,
        reason: `the text says only "${asStated}"; the year ${year} comes from ${rng.pick(REGISTERS)}`,
        evidence: [b.evidence(dateSpan)],
      };
    } else {
      lead.date = { ...base, basis: 'stated', asStated, evidence: [b.evidence(dateSpan)] };
    }
  }
  lead.sources.push({ documentId: id, role: 'primary', evidence: [b.evidence(leadSentence)] });

  // The lead's actors, each introduced once.
  const actorSentence = (m: CastMember): Part[] => {
    if (m.type === 'person') return [...personWithRole(m), ` ${rng.pick(PERSON_VERBS)}.`];
    if (m.type === 'state') return ['The delegation of ', actorPart(m), ' was headed by a deputy minister.'];
    if (THREAT_GROUP_IDS.has(m.id)) return ['Speakers also discussed the threat posed by ', actorPart(m), '.'];
    if (MEDIA_IDS.has(m.id)) return [actorPart(m), ' reported on the event.'];
    return ['The ', actorPart(m), ` ${rng.pick(ORGANISATION_VERBS)}.`];
  };
  for (const actorId of lead.actorIds) {
    const m = member(actorId);
    if (m && !named.has(m.id)) say(actorSentence(m));
  }
  breakParagraph();

  // The lead's topics, in one sentence as reports list them.
  const [listBefore, listAfter] = rng.pick(TOPIC_LIST_FRAMES);
  say([listBefore, ...list(lead.topicIds.map((t) => [keywordPart(t)])), listAfter]);

  // A quotation from one of the lead's people.
  const quotes: DocumentRecord['quotes'] = [];
  if (people.length && rng.chance(0.6)) {
    const speaker = rng.pick(people);
    const [before, after] = rng.pick(QUOTE_FRAMES);
    const written = say([{ key: 'quote', parts: [`“${before}`, keywordPart(rng.pick(lead.topicIds)), `${after.replace(/\.$/, ',')}”`] }, ' ', actorPart(speaker), ' said.']);
    const span = written.keys.quote!;
    quotes.push({ start: span.start, end: span.end, text: b.evidence(span).text, speakerId: speaker.id });
  }

  // Figures, as agencies report them.
  const figures: DocumentRecord['figures'] = [];
  const figureCount = rng.chance(0.5) ? rng.int(1, 2) : 0;
  const counted = new Set<string>();
  for (let i = 0; i < figureCount; i++) {
    const f = rng.pick(FIGURE_NOUNS);
    if (counted.has(f.noun)) continue;
    counted.add(f.noun);
    const value = rng.int(f.min, f.max);
    const text = `${rng.pick(FIGURE_HEDGES)}${thousands(value)} ${f.noun}`;
    const key = `figure-${figures.length}`;
    const written = say([`According to the organisers, `, { text, key, mention: { type: 'figure', id: String(figures.length) } }, ` ${f.tail}.`]);
    const span = written.keys[key]!;
    figures.push({ start: span.start, end: span.end, text, value, context: b.evidence(written) });
  }
  breakParagraph();

  // Side events and second reports.
  for (const e of plan.primaries.slice(1)) {
    const again = e.date !== undefined;
    const d = statedDate(e, style);
    const name = eventName(e);
    const place = placeClause(e, name);
    const verb = KIND_VERBS[e.kind]?.reported ?? 'took place';
    const parts: Part[] = again
      ? ['Earlier, ', ...name.parts, ` ${verb}`, ...place, ` ${d.prep} `, datePart(d.text, isoOf(e.startDay)), '.']
      : [`Also ${d.prep} `, datePart(d.text, isoOf(e.startDay)), ', ', ...name.parts, ` ${verb}`, ...place, '.'];
    const written = say(parts);
    if (!again) {
      e.date = {
        start: isoOf(e.startDay),
        ...(e.endDay !== undefined ? { end: isoOf(e.endDay) } : {}),
        precision: e.precision,
        basis: 'stated',
        asStated: d.text,
        evidence: [b.evidence(written.keys.date!)],
      };
    }
    e.sources.push({ documentId: id, role: 'primary', evidence: [b.evidence(written)] });
    const attendees = e.actorIds.map(member).filter((m): m is CastMember => !!m && !THREAT_GROUP_IDS.has(m.id) && !MEDIA_IDS.has(m.id));
    if (attendees.length) say(['It was attended by ', ...list(attendees.map((m) => (m.type === 'person' ? personWithRole(m) : [actorPart(m)]))), '.']);
    const [before, after] = rng.pick(TOPIC_FRAMES);
    say([before, keywordPart(e.topicIds[0]!), after]);
  }
  breakParagraph();

  // Events recalled or announced.
  for (const e of plan.references) {
    const verb = KIND_VERBS[e.kind]?.recalled ?? 'held';
    const name = eventName(e, e.planned);
    const place = placeClause(e, name);
    if (e.date === undefined && !e.planned && rng.chance(0.12)) {
      // The article names the event without a date; a curator supplied it.
      const written = say([rng.pick(['The participants recalled ', 'Speakers referred to ']), ...name.parts, '.']);
      const when = e.precision === 'day' ? writtenDay(e.startDay, 'dmy') : e.precision === 'month' ? writtenMonth(e.startDay) : String(calendarOf(e.startDay).year);
      e.date = {
        start: isoOf(e.startDay),
        ...(e.endDay !== undefined ? { end: isoOf(e.endDay) } : {}),
        precision: e.precision,
        basis: 'curated',
        reason: `the article names the ${e.kind} without a date; ${when} comes from ${rng.pick(REGISTERS)}`,
      };
      e.sources.push({ documentId: id, role: 'referenced', evidence: [b.evidence(written)] });
      continue;
    }
    const d = statedDate(e, style);
    const withActor = e.actorIds.map(member).find((m) => m && m.type !== 'person' && !THREAT_GROUP_IDS.has(m.id) && !MEDIA_IDS.has(m.id));
    const actor: Part[] = withActor && rng.chance(0.4) ? [', with the participation of ', actorPart(withActor)] : [];
    const parts: Part[] = e.planned
      ? [...name.parts, ' will be held', ...place, ` ${d.prep} `, datePart(d.text, isoOf(e.startDay)), ...actor, '.']
      : ['The participants recalled ', ...name.parts, `, ${verb}`, ...place, ` ${d.prep} `, datePart(d.text, isoOf(e.startDay)), ...actor, '.'];
    const written = say(parts);
    if (e.date === undefined) {
      e.date = {
        start: isoOf(e.startDay),
        ...(e.endDay !== undefined ? { end: isoOf(e.endDay) } : {}),
        precision: e.precision,
        basis: 'stated',
        asStated: d.text,
        evidence: [b.evidence(written.keys.date!)],
      } satisfies EventDate;
    }
    e.sources.push({ documentId: id, role: 'referenced', evidence: [b.evidence(written)] });
  }
  breakParagraph();

  // Ordinary sentences up to the article's length, naming the lead's actors again now and then.
  const leadActors = lead.actorIds.map(member).filter((m): m is CastMember => !!m && !THREAT_GROUP_IDS.has(m.id) && !MEDIA_IDS.has(m.id));
  while (b.length < targetLength) {
    const r = rng.next();
    if (r >= namedFillerShare || leadActors.length === 0) say([rng.pick(PLAIN_SENTENCES)]);
    else if (r < namedFillerShare * 0.45) {
      const [before, after] = rng.pick(TOPIC_FRAMES);
      say([before, keywordPart(rng.pick(lead.topicIds)), after]);
    } else {
      const m = rng.pick(leadActors);
      if (m.type === 'person') say([actorPart(m), ` also ${rng.pick(PERSON_VERBS)}.`]);
      else if (m.type === 'state') say(['The representative of ', actorPart(m), ' supported the proposals.']);
      else say(['The ', actorPart(m), ` ${rng.pick(ORGANISATION_VERBS)}.`]);
    }
  }
  if (lead.placeId && rng.chance(0.5)) {
    breakParagraph();
    say(['The next meeting is scheduled to take place in ', placePart(lead.placeId), ` in ${year + 1}.`]);
  }

  const { text, paragraphs, mentions } = b.finish();
  const document: DocumentRecord = {
    id,
    title: text.slice(titleSpan.start, titleSpan.end),
    text,
    publisher,
    ...(dateline ? { dateline } : {}),
    ...(dateline && lead.placeId ? { datelinePlaceId: lead.placeId } : {}),
    ...(dateline ? { published: isoOf(published) } : {}),
    paragraphs,
    quotes,
    figures,
  };
  return { document, mentions: mentions.map((m) => ({ documentId: id, start: m.start, end: m.end, type: m.type, id: m.id })) };
}
