import type { DocumentRecord, Mention } from '../data/bundleSchema';
import { writeFigures, writeFiller, writeNextMeeting, writeQuotation, writeReferences, writeSideEvents, writeTopics } from './articleBody';
import { writeDateline, writeLead, writeLeadActors, writeTitle } from './articleLead';
import { createArticleWriter, type ComposeContext } from './articleWriter';

export type { ComposeContext } from './articleWriter';
import { isoOf } from './dates';
import type { DocumentPlan } from './documentPlan';
import type { Random } from './random';

// The article writer cases keywords now; it is re-exported so that callers and tests that import it from here keep working.
export { casedKeyword } from './articleWriter';

/** A written article and its mentions. */
export interface ComposedDocument {
  document: DocumentRecord;
  mentions: Mention[];
}

/**
 * Writes one article: title, dateline, a lead sentence reporting the main event, its actors,
 * topics, a quotation and figures, side events, the events it recalls or announces, and
 * ordinary wire-copy sentences up to `targetLength` characters (`namedFillerShare` of them
 * naming a topic or actor again). Records every name it
 * writes as a mention, and on the events it sets the date (the first time an event is
 * written) and appends a source whose evidence slices this text exactly.
 */
export function composeDocument(
  plan: DocumentPlan,
  ctx: ComposeContext,
  rng: Random,
  targetLength: number,
  namedFillerShare = 0.45,
): ComposedDocument {
  const w = createArticleWriter(plan, ctx, rng);
  const { id, b, lead, publisher } = w;

  // Title.
  const titleSpan = writeTitle(w);
  // Dateline and basis of the lead's date.
  const opening = writeDateline(w);
  const { dateline, published } = opening;
  // Lead sentence.
  writeLead(w, opening);
  // The lead's actors, each introduced once.
  writeLeadActors(w);
  w.breakParagraph();
  // The lead's topics, in one sentence as reports list them.
  writeTopics(w);
  // A quotation from one of the lead's people.
  const quotes = writeQuotation(w);
  // Figures, as agencies report them.
  const figures = writeFigures(w);
  w.breakParagraph();
  // Side events and second reports.
  writeSideEvents(w, plan.primaries.slice(1));
  w.breakParagraph();
  // Events recalled or announced.
  writeReferences(w, plan.references);
  w.breakParagraph();
  // Ordinary sentences up to the article's length, naming the lead's actors again now and then.
  writeFiller(w, targetLength, namedFillerShare);
  writeNextMeeting(w);

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
