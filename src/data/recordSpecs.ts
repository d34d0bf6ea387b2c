import { DATE_BASES, PARTICIPANT_PARTS, documentSchema, eventReportSchema, eventSchema, eventSourceSchema } from './bundleSchema';
import { beside, body, defineRecord, dictionary, items, list, listed, moved, nested, optional, rare, value } from './columnSpec';
import { precisionSchema } from './knowledgeSchema';
import { recordCheck } from './recordCheck';
import { bool, defined, every, evidence, int, inSet, isObj, isoDate, listOf, nat, nonEmpty, num, onlyKeys, opt, slug, str } from './shapeChecks';

// The column specs of the two record types a packed bundle stores as columns, and of the
// reports of merged events (stored whole, but checked field by field like the events they
// come from). A field of eventSchema or documentSchema is listed here once, in the order its
// columns are written; tests/data/recordSpecs.test.ts checks that no field is missing or extra.

const span = (v: unknown) => isObj(v) && nat(v.start) && nat(v.end) && (v.end as number) > (v.start as number) && onlyKeys(v, 2);

const quote = (v: unknown) =>
  isObj(v) && int(v.start) && int(v.end) && str(v.text) && opt(v.speakerId, slug) && onlyKeys(v, 3 + defined(v.speakerId));

const figure = (v: unknown) => isObj(v) && int(v.start) && int(v.end) && str(v.text) && num(v.value) && evidence(v.context) && onlyKeys(v, 5);

/** A published article; its text and what is found in it stay in the body files of a split bundle. */
export const documentSpec = defineRecord('document', documentSchema, {
  id: value(nonEmpty),
  // Titles repeat where an agency files the same headline again, or a series has one name.
  title: dictionary(str),
  publisher: optional(dictionary(str)),
  origin: optional(value((o) => o === 'user')),
  dateline: optional(nested({ start: value(nat), end: value(nat), text: value(str) }, 'dateline')),
  datelinePlaceId: optional(dictionary(slug)),
  published: optional(value(isoDate)),
  text: body(str),
  paragraphs: body(listOf(span)),
  quotes: body(listOf(quote)),
  figures: body(listOf(figure)),
});

const dateFields = {
  start: value(isoDate),
  end: optional(value(isoDate)),
  precision: dictionary(inSet(precisionSchema.options)),
  basis: dictionary(inSet(DATE_BASES)),
  // Dates are stated and explained in a limited number of ways ("2019", "the dateline"), so these repeat.
  asStated: optional(dictionary(str)),
  reason: optional(dictionary(str)),
  evidence: optional(moved(listOf(evidence))),
};

const sourceFields = { documentId: listed(nonEmpty), role: dictionary(inSet(eventSourceSchema.shape.role.options)), evidence: moved(listOf(evidence)) };

/** A report of a merged event, checked by `reportSpec`; defined below, once the fields it shares with events are. */
const isReport = (v: unknown) => reportCheck(v);

/**
 * An event. Sources are stored per event by `documentId`, their roles one per source; the
 * participants' parts one per actor, when every event gives them in its actors' order.
 */
export const eventSpec = defineRecord('event', eventSchema, {
  id: value(slug),
  title: dictionary(nonEmpty),
  kind: dictionary(nonEmpty),
  date: nested(dateFields),
  placeId: optional(dictionary(slug)),
  actorIds: list(slug),
  topicIds: list(slug),
  planned: optional(value(bool)),
  sources: items(sourceFields, 'source', true),
  participants: beside('actorIds', { id: listed(slug), part: dictionary(inSet(PARTICIPANT_PARTS)) }, 'actor'),
  mentionedIds: optional(list(slug)),
  // Few events are merged from several reports, so the reports are kept whole.
  reports: rare((r) => every(r, isReport) && (r as unknown[]).length >= 2),
});

const { reports: _reports, date: _date, sources: _sources, ...sharedFields } = eventSpec.fields;
const { evidence: _dateEvidence, ...reportDateFields } = dateFields;
const { evidence: _sourceEvidence, ...reportSourceFields } = sourceFields;

/** A report of a merged event: the fields it shares with events, its date and sources without evidence, and why it was merged. */
export const reportSpec = defineRecord('report', eventReportSchema, {
  ...sharedFields,
  date: nested(reportDateFields),
  sources: items(reportSourceFields, 'source', true),
  reason: optional(value(str)),
});

const reportCheck = recordCheck(reportSpec.fields);
