import type { DocumentRecord, EventDate } from '../data/bundleSchema';
import type { CastMember } from './cast';
import { calendarOf, isoOf, writtenDay, writtenMonth } from './dates';
import type { PlannedEvent } from './events';
import { list, REGISTERS, statedDate, thousands, type ArticleWriter } from './articleWriter';
import type { Part } from './textBuilder';
import {
  FIGURE_HEDGES,
  FIGURE_NOUNS,
  KIND_VERBS,
  MEDIA_IDS,
  ORGANISATION_VERBS,
  PERSON_VERBS,
  PLAIN_SENTENCES,
  QUOTE_FRAMES,
  THREAT_GROUP_IDS,
  TOPIC_FRAMES,
  TOPIC_LIST_FRAMES,
} from './vocabulary';

/** Actors the text names as taking part: not the threat groups discussed or the media reporting. */
const participants = (w: ArticleWriter, actorIds: string[]) =>
  actorIds.map(w.member).filter((m): m is CastMember => !!m && !THREAT_GROUP_IDS.has(m.id) && !MEDIA_IDS.has(m.id));

/** Writes the sentence that lists the lead's topics. */
export function writeTopics(w: ArticleWriter): void {
  const [listBefore, listAfter] = w.rng.pick(TOPIC_LIST_FRAMES);
  w.say([listBefore, ...list(w.lead.topicIds.map((t) => [w.keywordPart(t)])), listAfter]);
}

/** Writes a quotation from one of the lead's people now and then, and returns the article's quotes. */
export function writeQuotation(w: ArticleWriter): DocumentRecord['quotes'] {
  const { rng, lead } = w;
  const people = w.leadPeople;
  const quotes: DocumentRecord['quotes'] = [];
  if (people.length && rng.chance(0.6)) {
    const speaker = rng.pick(people);
    const [before, after] = rng.pick(QUOTE_FRAMES);
    const written = w.say([
      { key: 'quote', parts: [`“${before}`, w.keywordPart(rng.pick(lead.topicIds)), `${after.replace(/\.$/, ',')}”`] },
      ' ',
      w.actorPart(speaker),
      ' said.',
    ]);
    const span = written.keys.quote!;
    quotes.push({ start: span.start, end: span.end, text: w.b.evidence(span).text, speakerId: speaker.id });
  }
  return quotes;
}

/** Writes up to two figures now and then, each noun counted once, and returns the article's figures. */
export function writeFigures(w: ArticleWriter): DocumentRecord['figures'] {
  const { rng, b } = w;
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
    const written = w.say([
      `According to the organisers, `,
      { text, key, mention: { type: 'figure', id: String(figures.length) } },
      ` ${f.tail}.`,
    ]);
    const span = written.keys[key]!;
    figures.push({ start: span.start, end: span.end, text, value, context: b.evidence(written) });
  }
  return figures;
}

/**
 * Writes the events the article reports besides its lead: a side event, dated the first time
 * an article writes it, or an earlier event reported again; then who attended and a topic.
 */
export function writeSideEvents(w: ArticleWriter, events: PlannedEvent[]): void {
  const { rng, b } = w;
  for (const e of events) {
    const again = e.date !== undefined;
    const d = statedDate(e, w.style);
    const name = w.eventName(e);
    const place = w.placeClause(e, name);
    const verb = KIND_VERBS[e.kind]?.reported ?? 'took place';
    const parts: Part[] = again
      ? ['Earlier, ', ...name.parts, ` ${verb}`, ...place, ` ${d.prep} `, w.datePart(d.text, isoOf(e.startDay)), '.']
      : [`Also ${d.prep} `, w.datePart(d.text, isoOf(e.startDay)), ', ', ...name.parts, ` ${verb}`, ...place, '.'];
    const written = w.say(parts);
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
    e.sources.push({ documentId: w.id, role: 'primary', evidence: [b.evidence(written)] });
    const attendees = participants(w, e.actorIds);
    if (attendees.length)
      w.say(['It was attended by ', ...list(attendees.map((m) => (m.type === 'person' ? w.personWithRole(m) : [w.actorPart(m)]))), '.']);
    const [before, after] = rng.pick(TOPIC_FRAMES);
    w.say([before, w.keywordPart(e.topicIds[0]!), after]);
  }
}

/** Writes an event recalled by name alone, whose date a curator supplied from a register. */
function writeUndatedReference(w: ArticleWriter, e: PlannedEvent, name: Part[]): void {
  const { rng } = w;
  // The article names the event without a date; a curator supplied it.
  const written = w.say([rng.pick(['The participants recalled ', 'Speakers referred to ']), ...name, '.']);
  const when =
    e.precision === 'day'
      ? writtenDay(e.startDay, 'dmy')
      : e.precision === 'month'
        ? writtenMonth(e.startDay)
        : String(calendarOf(e.startDay).year);
  e.date = {
    start: isoOf(e.startDay),
    ...(e.endDay !== undefined ? { end: isoOf(e.endDay) } : {}),
    precision: e.precision,
    basis: 'curated',
    reason: `the article names the ${e.kind} without a date; ${when} comes from ${rng.pick(REGISTERS)}`,
  };
  e.sources.push({ documentId: w.id, role: 'referenced', evidence: [w.b.evidence(written)] });
}

/** Writes an event the article recalls or announces, dated as the text states it. */
function writeReference(w: ArticleWriter, e: PlannedEvent): void {
  const { rng, b } = w;
  const verb = KIND_VERBS[e.kind]?.recalled ?? 'held';
  const name = w.eventName(e, e.planned);
  const place = w.placeClause(e, name);
  if (e.date === undefined && !e.planned && rng.chance(0.12)) return writeUndatedReference(w, e, name.parts);
  const d = statedDate(e, w.style);
  const withActor = e.actorIds.map(w.member).find((m) => m && m.type !== 'person' && !THREAT_GROUP_IDS.has(m.id) && !MEDIA_IDS.has(m.id));
  const actor: Part[] = withActor && rng.chance(0.4) ? [', with the participation of ', w.actorPart(withActor)] : [];
  const parts: Part[] = e.planned
    ? [...name.parts, ' will be held', ...place, ` ${d.prep} `, w.datePart(d.text, isoOf(e.startDay)), ...actor, '.']
    : [
        'The participants recalled ',
        ...name.parts,
        `, ${verb}`,
        ...place,
        ` ${d.prep} `,
        w.datePart(d.text, isoOf(e.startDay)),
        ...actor,
        '.',
      ];
  const written = w.say(parts);
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
  e.sources.push({ documentId: w.id, role: 'referenced', evidence: [b.evidence(written)] });
}

/** Writes the events the article recalls or announces, recording the article as a source of each. */
export function writeReferences(w: ArticleWriter, events: PlannedEvent[]): void {
  for (const e of events) writeReference(w, e);
}

/** Writes ordinary sentences until the text reaches `targetLength`, `namedFillerShare` of them naming a topic or actor of the lead again. */
export function writeFiller(w: ArticleWriter, targetLength: number, namedFillerShare: number): void {
  const { rng, lead } = w;
  const leadActors = participants(w, lead.actorIds);
  while (w.b.length < targetLength) {
    const r = rng.next();
    if (r >= namedFillerShare || leadActors.length === 0) w.say([rng.pick(PLAIN_SENTENCES)]);
    else if (r < namedFillerShare * 0.45) {
      const [before, after] = rng.pick(TOPIC_FRAMES);
      w.say([before, w.keywordPart(rng.pick(lead.topicIds)), after]);
    } else {
      const m = rng.pick(leadActors);
      if (m.type === 'person') w.say([w.actorPart(m), ` also ${rng.pick(PERSON_VERBS)}.`]);
      else if (m.type === 'state') w.say(['The representative of ', w.actorPart(m), ' supported the proposals.']);
      else w.say(['The ', w.actorPart(m), ` ${rng.pick(ORGANISATION_VERBS)}.`]);
    }
  }
}

/** Closes the article, now and then, with where the next meeting will be held. */
export function writeNextMeeting(w: ArticleWriter): void {
  const { lead } = w;
  if (lead.placeId && w.rng.chance(0.5)) {
    w.breakParagraph();
    w.say(['The next meeting is scheduled to take place in ', w.placePart(lead.placeId), ` in ${w.year + 1}.`]);
  }
}
