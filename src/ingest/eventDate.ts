import type { EventDate, Span } from '../data/bundleSchema';
import { inMeta, type DocumentAnalysis } from './analyseDocument';
import { resolveDateExpression, type DateExpression } from './dates';

// Words before a date that make it another event's: what is planned next, what was signed or
// founded long ago.
const FUTURE_BEFORE = /\b(next|will|planned|plans|scheduled|slated|upcoming|forthcoming|to be held)\b[^.;]*$/i;
// A bare year or month after these is when something was signed or founded, not the meeting.
const PAST_ACT_BEFORE = /\b(since|signed|adopted|founded|established|created|launched|approved|ratified)\b[^.;]{0,30}$/i;
// "A three-day forum", "the two-day meeting": how long a meeting lasts.
const DURATION = /\b(two|three|four|five|2|3|4|5)[- ]days?\b/i;
const DAYS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, '2': 2, '3': 3, '4': 4, '5': 5 };
const ENDING = /\b(concluding|concluded|concludes|closing|closed|closes|ended|ends|ending|wrapped up|wraps up|final day)\b/i;
const OPENING = /\b(opened|opens|opening|began|begins|beginning|started|starts|kicked off|kicks off|got under way|gets under way)\b/i;
// A lead in the present or present perfect tells of the day it was filed.
const SAME_DAY = /\b(today|this morning|this afternoon|have|has|is|are|opens|begins|starts|convenes|hosts|gather)\b/i;

/** Adds days to an ISO date. */
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** True when a date expression in a sentence belongs to something else than the meeting reported. */
function isDistractor(doc: DocumentAnalysis, d: DateExpression, sentence: Span): boolean {
  if (d.target || inMeta(doc, d)) return true;
  const before = doc.text.slice(Math.max(sentence.start, d.start - 80), d.start);
  return FUTURE_BEFORE.test(before) || (rank(d) > 0 && PAST_ACT_BEFORE.test(before));
}

/** How precisely a date expression names a day: a day or a relative day first, a bare year last. */
const rank = (d: DateExpression) => (d.from.day !== undefined || d.relative ? 0 : d.from.month !== undefined ? 1 : 2);

/**
 * The primary event's date: the best date of the event sentence, else a day named elsewhere in
 * the lead, else the day of the report when its lead tells of that day, else the month it was
 * published. Year-less dates get their year from the reference or the year hints, never
 * silently. Returns the expression used, if any, and what was found wanting.
 */
export function findEventDate(
  doc: DocumentAnalysis,
  sentence: Span,
  lead: Span[],
): { date?: EventDate; expr?: DateExpression; problems: string[] } {
  const problems: string[] = [];
  const { text } = doc;
  const inSpan = (s: Span) => (d: DateExpression) => d.start >= s.start && d.end <= s.end;
  const inSentence = doc.dates.filter((d) => inSpan(sentence)(d) && !d.target && !inMeta(doc, d));
  const candidates = inSentence.filter((d) => !isDistractor(doc, d, sentence)).sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const leadDays = lead
    .filter((s) => s !== sentence)
    .flatMap((s) => doc.dates.filter((d) => inSpan(s)(d) && !isDistractor(doc, d, s) && rank(d) === 0));
  const reference = doc.reference;
  // A lead in the present ("leaders … have signed") with no date of its own tells of the day
  // it was filed, which beats a day named further down for something else.
  const sameDay = !!reference && SAME_DAY.test(text.slice(sentence.start, sentence.end));
  // A preview's own day ("will take place … on 18-19 October 2022") beats a day the lead gives.
  const ahead = aheadOf(doc, inSentence);
  const expr = candidates.find((d) => rank(d) < 2) ?? (sameDay || ahead ? undefined : (leadDays[0] ?? candidates[0]));
  if (expr) {
    const resolved = resolveDateExpression(expr, reference, text, doc.yearHints);
    if (resolved.ok) return { date: withDuration(doc, sentence, lead, expr, resolved.date, !expr.to), expr, problems };
    problems.push(resolved.problem);
  }
  if (reference) {
    const refEvidence = [{ start: reference.start, end: reference.end, text: reference.text }, ...(reference.yearFrom?.evidence ?? [])];
    const yearNote = reference.yearFrom ? `; its year: ${reference.yearFrom.reason}` : '';
    const basis = reference.yearFrom?.basis ?? 'inferred';
    if (sameDay) {
      const date: EventDate = {
        start: reference.iso,
        precision: 'day',
        basis,
        reason: `the report gives no date of its own; it is dated ${reference.text} and tells of that day${yearNote}`,
        evidence: refEvidence,
      };
      return {
        date: withDuration(doc, sentence, lead, undefined, date, true),
        problems: [...problems, 'no date for the event in the text; using the day of the report'],
      };
    }
    // A preview ("will be held in Bishkek on June 14") names the day of the meeting it announces.
    if (ahead) {
      return {
        date: withDuration(doc, sentence, lead, ahead.expr, ahead.date, !ahead.expr.to),
        expr: ahead.expr,
        problems: [...problems, 'the only date for the event is one the report puts in the future'],
      };
    }
    return {
      date: {
        start: `${reference.iso.slice(0, 7)}-01`,
        precision: 'month',
        basis,
        reason: `the text gives no date for the event; the article was published ${reference.text}${yearNote}`,
        evidence: refEvidence,
      },
      problems: [...problems, 'no date for the event in the text; using the publication month'],
    };
  }
  // A preview of a meeting to come ("will run through 14 December") has only a date the
  // sentence puts in the future; with nothing else, that is the meeting's.
  const inLead = (d: DateExpression) => lead.some((s) => inSpan(s)(d)) && !d.target && !inMeta(doc, d);
  const future = inSentence.find((d) => rank(d) < 2) ?? doc.dates.find((d) => inLead(d) && rank(d) < 2);
  if (future) {
    const resolved = resolveDateExpression(future, reference, text, doc.yearHints);
    if (resolved.ok)
      return {
        date: withDuration(doc, sentence, lead, future, resolved.date, !future.to),
        expr: future,
        problems: [...problems, 'the only date for the event is one the report puts in the future'],
      };
  }
  // No report of a meeting is dropped: an article without any date still gives its event, undated.
  const { guess } = doc.yearHints;
  return {
    date: {
      start: `${guess.year}-01-01`,
      precision: 'year',
      basis: 'undated',
      reason: `the text gives no date for the event and no publication date; it is kept near ${guess.year} (${guess.reason.replace(/^the text gives no year[^;]*; /, '')})`,
      ...(guess.evidence.length ? { evidence: guess.evidence } : {}),
    },
    problems: [...problems, 'undated: no date for the event in the text and no publication date'],
  };
}

/**
 * The day a preview's event sentence gives for the meeting it announces ("will take place … on
 * 18-19 October 2022"): a day on or after the publication date. It beats a day the lead names
 * for an earlier meeting of the series.
 */
function aheadOf(doc: DocumentAnalysis, inSentence: DateExpression[]): { expr: DateExpression; date: EventDate } | undefined {
  const reference = doc.reference;
  if (!reference) return undefined;
  const expr = inSentence.find((d) => rank(d) === 0);
  const resolved = expr && resolveDateExpression(expr, reference, doc.text, doc.yearHints);
  return expr && resolved?.ok && resolved.date.start >= reference.iso ? { expr, date: resolved.date } : undefined;
}

// Words before a date that make it the last day: "will run through 14 December", "until 2 December".
const END_BEFORE = /\b(?:through|until|till|up to)\s+(?:the\s+)?$/i;

/**
 * A single day of a meeting widened to the days it covers, as an inference with its reason:
 * a stated last day ("continue until 2 December") in the lead, or a length ("the two-day
 * meeting", in the sentence, the title or the lead) counted from a day the sentence says it
 * began or ended on ("is concluding today", "will run through 14 December").
 */
function withDuration(
  doc: DocumentAnalysis,
  sentence: Span,
  lead: Span[],
  expr: DateExpression | undefined,
  date: EventDate,
  single: boolean,
): EventDate {
  if (!single || date.precision !== 'day' || date.end) return date;
  const { text } = doc;
  const widened = (start: string, end: string, why: string, words: Span): EventDate => ({
    ...date,
    start,
    end,
    basis: date.basis === 'stated' ? 'inferred' : date.basis,
    reason: `${date.reason ? `${date.reason}; ` : ''}${why}`,
    evidence: [...(date.evidence ?? []), { start: words.start, end: words.end, text: text.slice(words.start, words.end) }],
  });
  const endsHere = !!expr && END_BEFORE.test(text.slice(Math.max(0, expr.start - 20), expr.start));
  // A last day stated elsewhere in the lead, within the week after this one.
  if (!endsHere) {
    for (const d of doc.dates) {
      if (d === expr || d.relative || d.from.day === undefined || !lead.some((s) => d.start >= s.start && d.end <= s.end)) continue;
      if (!END_BEFORE.test(text.slice(Math.max(0, d.start - 20), d.start))) continue;
      const last = resolveDateExpression(d, doc.reference, text, doc.yearHints);
      if (!last.ok || last.date.start <= date.start || last.date.start > addDays(date.start, 6)) continue;
      return widened(date.start, last.date.start, `it continues until ${last.date.start}`, d);
    }
  }
  const words = text.slice(sentence.start, sentence.end);
  const ending = endsHere || ENDING.test(words);
  if (!ending && !OPENING.test(words)) return date;
  const durationIn = [sentence, doc.meta.title, ...lead].map((s) => ({ s, m: DURATION.exec(text.slice(s.start, s.end)) })).find((x) => x.m);
  if (!durationIn) return date;
  const m = durationIn.m!;
  const days = DAYS[m[1]!.toLowerCase()]!;
  const [start, end] = ending ? [addDays(date.start, 1 - days), date.start] : [date.start, addDays(date.start, days - 1)];
  const at = durationIn.s.start + m.index;
  return widened(start, end, `a ${m[0]} meeting ${ending ? 'ending' : 'starting'} on ${date.start}`, { start: at, end: at + m[0].length });
}
