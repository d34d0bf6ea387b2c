import type { PlannedEvent } from './events';
import type { Random } from './random';
import { bisector } from 'd3-array';

/** Which events one article reports as its subject and which it mentions in passing. */
export interface DocumentPlan {
  index: number;
  /** The first is the article's lead; others are side events or second reports of earlier ones. */
  primaries: PlannedEvent[];
  references: PlannedEvent[];
}

/** Share of articles that report two events (a meeting and one on its sidelines), unless told otherwise. */
export const TWO_PRIMARIES = 0.28;
/** Share of articles that report again the previous article's event, from another agency. */
const SECOND_REPORT = 0.1;
/** Share of reported events that a later article recalls. */
const RECALLED = 0.08;
/** Share of referenced events that two articles mention. */
const TWICE_REFERENCED = 0.15;

/** Index of the first article whose lead starts on or after `day` (binary search over date order). */
const byLeadDay = bisector((p: DocumentPlan) => p.primaries[0]!.startDay);
function firstOnOrAfter(plans: DocumentPlan[], day: number): number {
  return byLeadDay.left(plans, day);
}

/**
 * Groups events into articles: one or two reported events per article in date order, some
 * events reported twice, and the referenced events (and some reported ones) mentioned by a
 * later article — or, for planned events, an earlier one. About one article per 1.6 events
 * with the default share of two-event articles.
 */
export function planDocuments(events: PlannedEvent[], rng: Random, twoPrimaries = TWO_PRIMARIES): DocumentPlan[] {
  const reported = events.filter((e) => !e.referenced);
  const plans: DocumentPlan[] = [];
  for (let i = 0; i < reported.length;) {
    const primaries = [reported[i++]!];
    if (i < reported.length && rng.chance(twoPrimaries)) primaries.push(reported[i++]!);
    const previous = plans.at(-1)?.primaries[0];
    if (previous && rng.chance(SECOND_REPORT)) primaries.push(previous);
    plans.push({ index: plans.length, primaries, references: [] });
  }
  if (plans.length === 0) return plans;

  // A recalling article is usually soon after the event, sometimes years later.
  const spread = Math.max(2, Math.round(plans.length * 0.02));
  const attach = (event: PlannedEvent) => {
    let at: number;
    if (event.planned) {
      const before = firstOnOrAfter(plans, event.startDay) - 1;
      at = Math.max(0, before - Math.floor(Math.abs(rng.normal()) * spread));
    } else {
      const after = firstOnOrAfter(plans, event.startDay + 1);
      at = Math.min(plans.length - 1, after + Math.floor(Math.abs(rng.normal()) * spread));
    }
    const plan = plans[at]!;
    if (!plan.primaries.includes(event) && !plan.references.includes(event)) plan.references.push(event);
  };
  for (const e of events) {
    if (e.referenced) {
      attach(e);
      if (rng.chance(TWICE_REFERENCED)) attach(e);
    } else if (rng.chance(RECALLED)) {
      attach(e);
    }
  }
  return plans;
}
