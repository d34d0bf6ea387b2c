import type { Evidence, Span } from '../data/bundleSchema';
import type { CastMember } from './cast';
import { isoOf, LAST_DAY, numericDate, writtenDay, writtenRange } from './dates';
import { capitalise, list, REGISTERS, statedDate, type ArticleWriter } from './articleWriter';
import type { Part } from './textBuilder';
import { HEADLINE_QUOTES, KIND_VERBS, MEDIA_IDS, ORGANISATION_VERBS, PERSON_VERBS, THREAT_GROUP_IDS } from './vocabulary';

/** Writes the title, which quotes one of the lead's people or names its place now and then, and returns its span. */
export function writeTitle(w: ArticleWriter): Span {
  const { lead, rng } = w;
  const leadPlace = w.placeName(lead.placeId);
  const people = w.leadPeople;
  let titleParts: Part[] = [lead.title];
  if (people[0] && rng.chance(0.25)) titleParts = [w.actorPart(people[0]), `: “${rng.pick(HEADLINE_QUOTES)}”`];
  else if (lead.placeId && leadPlace && !lead.title.includes(leadPlace) && rng.chance(0.5))
    titleParts = [`${lead.title} held in `, w.placePart(lead.placeId)];
  const titleSpan = w.b.sentence(titleParts);
  w.breakParagraph();
  // The first mention of a person in the title does not count as introducing them with their role.
  w.named.clear();
  return titleSpan;
}

/** When the article was published, what its dateline says, and how the lead sentence will state its date. */
export interface Dateline {
  /** The lead dates itself from the dateline ("Yesterday", "Today") instead of stating its date. */
  relative?: 'Yesterday' | 'Today';
  /** Day number of publication. */
  published: number;
  dateline?: Evidence;
  datelineDate?: Evidence;
  /** The lead states its day without the year, which a curator supplied. */
  curatedLead: boolean;
}

/** Writes the dateline, if the article has one, and decides the basis of the lead's date. */
export function writeDateline(w: ArticleWriter): Dateline {
  const { lead, rng } = w;
  const leadPlace = w.placeName(lead.placeId);
  const single = lead.precision === 'day' && lead.endDay === undefined;
  const hasDateline = rng.chance(0.85);
  let relative: 'Yesterday' | 'Today' | undefined;
  if (hasDateline && single && lead.date === undefined && rng.chance(0.12))
    relative = rng.chance(0.7) && lead.startDay < LAST_DAY ? 'Yesterday' : 'Today';
  const published =
    lead.precision === 'day'
      ? Math.min(
          LAST_DAY,
          (lead.endDay ?? lead.startDay) + (relative === 'Yesterday' ? 1 : relative === 'Today' ? 0 : rng.chance(0.7) ? 0 : 1),
        )
      : Math.min(
          LAST_DAY,
          (lead.endDay ?? lead.startDay) + rng.int(lead.precision === 'month' ? 28 : 30, lead.precision === 'month' ? 45 : 300),
        );
  let dateline: Evidence | undefined;
  let datelineDate: Evidence | undefined;
  if (hasDateline) {
    const datelineParts: Part[] = [];
    const plain = rng.chance(0.7);
    if (leadPlace) datelineParts.push(plain ? `${leadPlace.toUpperCase()}, ` : `${leadPlace}, `);
    datelineParts.push(w.datePart(plain ? numericDate(published) : writtenDay(published, 'mdy'), isoOf(published), 'dateline-date'));
    datelineParts.push(plain ? ` (${w.publisher})` : ` /${w.publisher}/`);
    const written = w.b.sentence(datelineParts);
    w.breakParagraph();
    dateline = w.b.evidence(written);
    datelineDate = w.b.evidence(written.keys['dateline-date']!);
  }
  const curatedLead = lead.date === undefined && !relative && lead.precision === 'day' && rng.chance(0.08);
  return { relative, published, dateline, datelineDate, curatedLead };
}

/** The opening of the lead sentence that dates it, and the date as the text states it. */
function leadDateParts(w: ArticleWriter, d: Dateline): { dateParts: Part[]; asStated: string } {
  const { lead, style } = w;
  if (lead.date === undefined && d.relative) return { asStated: d.relative, dateParts: [{ text: d.relative, key: 'date' }] };
  if (lead.date === undefined && d.curatedLead) {
    const asStated =
      lead.endDay !== undefined ? writtenRange(lead.startDay, lead.endDay, style, false) : writtenDay(lead.startDay, style, false);
    return { asStated, dateParts: ['On ', { text: asStated, key: 'date' }] };
  }
  // A date already set by an earlier article is stated in full, like a date this article states.
  const stated = statedDate(lead, style);
  return { asStated: stated.text, dateParts: [`${capitalise(stated.prep)} `, w.datePart(stated.text, isoOf(lead.startDay))] };
}

/** Sets the lead's date from the lead sentence the first time an article writes it, with the basis the dateline decided. */
function dateLead(w: ArticleWriter, d: Dateline, asStated: string, dateSpan: Span): void {
  const { lead, b } = w;
  const base = {
    start: isoOf(lead.startDay),
    ...(lead.endDay !== undefined ? { end: isoOf(lead.endDay) } : {}),
    precision: lead.precision,
  };
  if (d.relative) {
    lead.date = {
      ...base,
      basis: 'inferred',
      asStated,
      reason:
        d.relative === 'Yesterday'
          ? `"Yesterday" counted from the dateline ${d.datelineDate!.text}`
          : `"Today" taken as the date of the dateline ${d.datelineDate!.text}`,
      evidence: [b.evidence(dateSpan), d.datelineDate!],
    };
  } else if (d.curatedLead) {
    lead.date = {
      ...base,
      basis: 'curated',
      asStated,
      reason: `the text says only "${asStated}"; the year ${w.year} comes from ${w.rng.pick(REGISTERS)}`,
      evidence: [b.evidence(dateSpan)],
    };
  } else {
    lead.date = { ...base, basis: 'stated', asStated, evidence: [b.evidence(dateSpan)] };
  }
}

/** Writes the lead sentence, which reports the main event with its date, and records the article as its primary source. */
export function writeLead(w: ArticleWriter, d: Dateline): void {
  const { lead } = w;
  const leadStates = lead.actorIds.map(w.member).filter((m): m is CastMember => m?.type === 'state');
  const verbs = KIND_VERBS[lead.kind] ?? { reported: 'took place', recalled: 'held' };
  const { dateParts, asStated } = leadDateParts(w, d);
  const leadName = w.eventName(lead);
  const leadParts: Part[] = [...dateParts, ', ', ...leadName.parts, ` ${verbs.reported}`, ...w.placeClause(lead, leadName)];
  if (leadStates.length)
    leadParts.push(', bringing together delegations of ', ...list(leadStates.slice(0, 3).map((s) => [w.actorPart(s)])));
  leadParts.push('.');
  const leadSentence = w.say(leadParts);
  if (lead.date === undefined) dateLead(w, d, asStated, leadSentence.keys.date!);
  lead.sources.push({ documentId: w.id, role: 'primary', evidence: [w.b.evidence(leadSentence)] });
}

/** A sentence that introduces one of the lead's actors, in the way reports mention its kind of actor. */
function actorSentence(w: ArticleWriter, m: CastMember): Part[] {
  if (m.type === 'person') return [...w.personWithRole(m), ` ${w.rng.pick(PERSON_VERBS)}.`];
  if (m.type === 'state') return ['The delegation of ', w.actorPart(m), ' was headed by a deputy minister.'];
  if (THREAT_GROUP_IDS.has(m.id)) return ['Speakers also discussed the threat posed by ', w.actorPart(m), '.'];
  if (MEDIA_IDS.has(m.id)) return [w.actorPart(m), ' reported on the event.'];
  return ['The ', w.actorPart(m), ` ${w.rng.pick(ORGANISATION_VERBS)}.`];
}

/** Writes a sentence for each of the lead's actors the text has not named yet. */
export function writeLeadActors(w: ArticleWriter): void {
  for (const actorId of w.lead.actorIds) {
    const m = w.member(actorId);
    if (m && !w.named.has(m.id)) w.say(actorSentence(w, m));
  }
}
