import type { EventDate, Evidence } from '../data/bundleSchema';
import type { Knowledge } from '../data/knowledgeSchema';
import type { DocumentAnalysis } from './analyseDocument';
import { resolveDateExpression } from './dates';
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

const EVENT_NOUN =
  /\b(conference|meeting|summit|forum|session|talks|consultations|exercise|seminar|symposium|congress|convention|visit)s?\b/i;
const NAMED_EVENT =
  /(?:the\s+)?((?:\d+(?:st|nd|rd|th)\s+|[A-Z0-9][\w’'-]*\s+(?:(?:of|on|and|for|the|in)\s+)*)+(?:Conference|Meeting|Summit|Forum|Session|Exercise|Congress)\b(?:\s+(?:of|on)\s+(?:the\s+)?[A-Z“"][^,.;–\n]*)?)/;

/** Title-cases the first letter. */
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Finds the catalogue event whose alias the passage names, if any. */
export function knownEventIn(passage: string, knowledge: Knowledge) {
  const lower = passage.toLowerCase();
  let best: { id: string; length: number } | undefined;
  for (const e of knowledge.events) {
    for (const alias of e.aliases) {
      if (lower.includes(alias.toLowerCase()) && (!best || alias.length > best.length)) best = { id: e.id, length: alias.length };
    }
  }
  return best && knowledge.events.find((e) => e.id === best.id);
}

/**
 * The event an article reports: the first lead sentence (title or first body sentences) that
 * names a meeting-like event, its date (from that sentence, else the lead, else the
 * publication date as month precision), and the place the text says it was held in, which
 * may differ from the dateline city.
 */
export function findPrimaryEvent(doc: DocumentAnalysis, knowledge: Knowledge): EventCandidate {
  const { text, meta } = doc;
  const problems: string[] = [];
  const curation = knowledge.curations.find((c) => c.documentId === doc.id);
  const lead = doc.sentences.filter((s) => s.start < meta.title.end || s.start >= meta.bodyStart).slice(0, 5);
  const eventSentence =
    lead.find((s) => EVENT_NOUN.test(text.slice(s.start, s.end)) && doc.dates.some((d) => d.start >= s.start && d.end <= s.end && d !== undefined && !isMetaDate(doc, d.start))) ??
    lead.find((s) => EVENT_NOUN.test(text.slice(s.start, s.end)) && s.start >= meta.bodyStart) ??
    lead[0] ?? { start: 0, end: text.length };
  const sentenceText = text.slice(eventSentence.start, eventSentence.end);
  const kind = (EVENT_NOUN.exec(sentenceText)?.[1] ?? 'event').toLowerCase();
  const evidence: Evidence[] = [evidenceOf(text, eventSentence)];

  // Date: the event sentence first, then the rest of the lead, never the dateline itself.
  const leadDates = doc.dates.filter((d) => !isMetaDate(doc, d.start) && !d.target && lead.some((s) => d.start >= s.start && d.end <= s.end));
  const dateExpr =
    leadDates.find((d) => d.start >= eventSentence.start && d.end <= eventSentence.end) ??
    leadDates.find((d) => d.from.day !== undefined || d.relative);
  let date: EventDate | undefined;
  if (dateExpr) {
    const resolved = resolveDateExpression(dateExpr, meta.reference, text);
    if (resolved.ok) date = resolved.date;
    else if (!curation?.date) problems.push(resolved.problem);
  }
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
  if (!date && meta.reference) {
    const [y, m] = meta.reference.iso.split('-');
    date = {
      start: `${y}-${m}-01`,
      precision: 'month',
      basis: 'inferred',
      reason: `the text gives no date for the event; the article was published ${meta.reference.text}`,
      evidence: [{ start: meta.reference.start, end: meta.reference.end, text: meta.reference.text }],
    };
    problems.push('no date for the event in the text; using the publication month');
  }
  if (!date) problems.push('no date for the event in the text and no dateline');

  // Place: a place named in the event sentence, then in the title, then the dateline city.
  const placesIn = (s: { start: number; end: number }) =>
    doc.names.filter((n) => n.type === 'place' && n.start >= s.start && n.end <= s.end);
  const place = placesIn(eventSentence)[0] ?? placesIn(meta.title)[0] ?? lead.flatMap(placesIn)[0];
  let placeId = curation?.placeId ?? place?.id;
  if (place && !curation?.placeId) evidence.push(evidenceOf(text, place));
  if (!placeId && meta.dateline) {
    placeId = doc.names.find((n) => n.type === 'place' && n.start >= meta.dateline!.start && n.end <= meta.dateline!.end)?.id;
    if (placeId) problems.push('place taken from the dateline, where the report was filed');
  }
  const known = curation?.eventId ? knowledge.events.find((e) => e.id === curation.eventId) : knownEventIn(doc.plain.slice(meta.title.start, eventSentence.end), knowledge);
  if (!placeId && known?.placeId) placeId = known.placeId;
  if (!placeId) problems.push('no place for the event in the text');

  const named = NAMED_EVENT.exec(sentenceText)?.[1]?.trim();
  const docTitle = text.slice(meta.title.start, meta.title.end).replace(/^Participation in (the )?/i, '').trim();
  const placeName = (knowledge.places.find((p) => p.id === placeId) ?? doc.places.find((p) => p.id === placeId))?.name;
  const title =
    curation?.title ??
    known?.title ??
    (named && named.length <= 160 ? named : undefined) ??
    (docTitle.length <= 120 && EVENT_NOUN.test(docTitle) ? docTitle : undefined) ??
    `${capitalise(kind)}${placeName ? ` in ${placeName}` : ''}`;
  const key = known?.id ?? [date?.start ?? 'undated', placeId ?? 'somewhere', kind].join('-');
  if (date?.evidence) evidence.push(...date.evidence.filter((e) => !evidence.some((x) => x.start === e.start)));
  return {
    key,
    title,
    kind: known?.kind ?? kind,
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

/** True when the offset lies in the dateline or the publication-date line. */
function isMetaDate(doc: DocumentAnalysis, offset: number): boolean {
  const dl = doc.meta.dateline;
  return !!dl && offset >= dl.start && offset < dl.end;
}
