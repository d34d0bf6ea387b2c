/** The channel on which the tabs of one browser profile tell each other that the stored collection changed. */
const CHANNEL = 'dushanbe-timeline-collection';

/**
 * Tells every open tab of this site, this one included, that the stored collection changed.
 * The message carries nothing: each tab reads the collection again, so one that hears of two
 * changes out of order still shows the latest.
 */
export function announceCollectionChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  // A channel of its own, closed at once: messages already posted are still delivered.
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `listener` whenever a tab (this one too) announces a change; returns the way to stop listening. */
export function onCollectionChange(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
