import type { EventDate, Evidence } from '../data/bundleSchema';
import { findAlias } from './eventAliases';
import type { Knowledge } from '../data/knowledgeSchema';
import type { DocumentAnalysis } from './analyseDocument';
import { findEventDate } from './eventDate';
import { findEventPlace } from './eventPlace';
import { findEventSentence, leadSentences, mentionsMeeting } from './eventSentence';
import { eventTitleFrom, kindOf } from './eventTitle';
import { evidenceOf } from './text';

/** A document's main event before it is merged with the same event from other documents. */
export interface EventCandidate {
  key: string;
  title: string;
  kind: string;
  date?: EventDate;
  placeId?: string;
  planned?: boolean;
  documentId: string;
  role: 'primary' | 'referenced';
  evidence: Evidence[];
  /** Where in the document the event is talked about; actors and topics come from here. */
  scope: { start: number; end: number };
  problems: string[];
  /** Actors a person chose for the event, used instead of the names found in its scope. */
  actorIds?: string[];
}

/** Finds the catalogue event whose alias the passage names, if any. */
export function knownEventIn(passage: string, knowledge: Knowledge) {
  let best: { id: string; length: number } | undefined;
  for (const e of knowledge.events) {
    for (const alias of e.aliases) {
      if ((!best || alias.length > best.length) && findAlias(passage, alias)) best = { id: e.id, length: alias.length };
    }
  }
  return best && knowledge.events.find((e) => e.id === best.id);
}

/**
 * The event an article reports: the lead sentence that best reports a meeting, its date (from
 * that sentence, else the lead, else the report's own day or month), and the place the text
 * says it was held in, which may differ from the dateline city. A curation a person made wins.
 */
export function findPrimaryEvent(doc: DocumentAnalysis, knowledge: Knowledge): EventCandidate {
  const { text, meta } = doc;
  const curation = knowledge.curations.find((c) => c.documentId === doc.id);
  const lead = leadSentences(doc);
  const eventSentence = findEventSentence(doc, lead);
  const sentenceText = text.slice(eventSentence.start, eventSentence.end);
  const kind = kindOf(sentenceText);
  const evidence: Evidence[] = [evidenceOf(text, eventSentence)];

  const found = findEventDate(doc, eventSentence, lead);
  const problems = curation?.date ? [] : [...found.problems];
  if (!lead.some((s) => mentionsMeeting(text.slice(s.start, s.end))))
    problems.push('no meeting found in the text: is it a report of one, or page furniture?');
  let date = found.date;
  const dateExpr = found.expr;
  if (curation?.date && (!date || date.basis !== 'stated' || curation.dateOverridesText)) {
    date = {
      ...curation.date,
      basis: 'curated',
      asStated: dateExpr?.text,
      evidence: dateExpr ? [evidenceOf(text, dateExpr)] : undefined,
    };
    if (!date.evidence) delete date.evidence;
    if (!date.asStated) delete date.asStated;
  }
  if (date?.basis === 'year-unknown') problems.push(`year unknown: ${date.reason ?? 'the text gives no year'}`);

  const place = findEventPlace(
    doc,
    knowledge,
    eventSentence,
    lead,
    date && date.basis !== 'undated' && date.basis !== 'year-unknown' ? date.start.slice(0, 4) : undefined,
  );
  let placeId = curation?.placeId ?? place.placeId;
  if (!curation?.placeId) {
    problems.push(...place.problems);
    if (place.evidence) evidence.push(evidenceOf(text, place.evidence));
  }
  const known = curation?.eventId
    ? knowledge.events.find((e) => e.id === curation.eventId)
    : knownEventIn(doc.plain.slice(meta.title.start, eventSentence.end), knowledge);
  if (!placeId && known?.placeId) placeId = known.placeId;

  const docTitle = text
    .slice(meta.title.start, meta.title.end)
    .replace(/^Participation in (the )?/i, '')
    .trim();
  const placeName = (knowledge.places.find((p) => p.id === placeId) ?? doc.places.find((p) => p.id === placeId))?.name;
  const title =
    curation?.title ??
    known?.title ??
    eventTitleFrom(sentenceText.replace(/\s+/g, ' '), docTitle, kind, placeName, lead.map((s) => text.slice(s.start, s.end)).join(' '));
  const key = known?.id ?? [date?.start ?? 'undated', placeId ?? 'somewhere', kind].join('-');
  if (date?.evidence) evidence.push(...date.evidence.filter((e) => !evidence.some((x) => x.start === e.start)));
  return {
    key,
    title,
    kind: curation?.kind ?? known?.kind ?? kind,
    date,
    placeId,
    documentId: doc.id,
    role: 'primary',
    evidence: evidence.sort((a, b) => a.start - b.start),
    scope: { start: 0, end: text.length },
    problems,
    ...(curation?.actorIds ? { actorIds: curation.actorIds } : {}),
  };
}
