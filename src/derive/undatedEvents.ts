import type { EventRecord } from '../data/bundleSchema';
import { hasBit, type Bitset } from './bitset';

/** True for an event whose source gives no date at all: it has no place on a time axis. */
export const isUndated = (event: Pick<EventRecord, 'date'>) => event.date.basis === 'undated';

/** How many of the matching events (all, when `matching` is undefined) are undated. */
export function countUndated(events: readonly EventRecord[], matching: Bitset | undefined): number {
  let n = 0;
  for (let i = 0; i < events.length; i++) if (isUndated(events[i]!) && (!matching || hasBit(matching, i))) n++;
  return n;
}
