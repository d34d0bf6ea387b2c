/**
 * When work runs: every timing policy of the app, in one place. Each keeps a frame that answers
 * the user (a click, a wheel step, a keystroke) small, and moves what can wait to a later frame.
 *
 * - **After paint** (`afterPaint`, `useValueAfterPaint`): the overview sketch, the facet counts
 *   and the map take a facet click one frame late, so the frame that answers the click carries
 *   only the timeline and the count.
 * - **After the first paint** (`useAfterFirstPaint`): with a large bundle the list, the map and
 *   the facets render one frame after the timeline, so the timeline appears sooner.
 * - **Settled** (`useSettledStoreValue`, `SETTLE_MS`): during a zoom the list, the counts and the
 *   map wait until the window has not changed for SETTLE_MS and two quiet frames; the timeline
 *   follows every frame itself.
 * - **Once a frame** (timeline/liveZoom.ts): the wheel steps of a gesture over the density view
 *   are merged into one drawing per animation frame, written to the store when it ends.
 * - **Throttled** (state/urlSync.ts, `URL_REPLACE_EVERY_MS`): a burst of window changes writes
 *   the address at once and then its latest state after a pause; a new history entry waits for
 *   the next frame and writes any pending replacement first, so Back returns to it.
 * - **Debounced** (`useDebouncedEffect`, `SEARCH_DEBOUNCE_MS`): the search box searches once
 *   the typing pauses, so a query is one search and one history entry.
 */

/** How long the window must stay still before the list, counts and map follow a zoom. */
export const SETTLE_MS = 120;

/** The pause in typing after which the search box searches. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The least time between two rewrites of the address during a burst of window changes. */
export const URL_REPLACE_EVERY_MS = 250;
