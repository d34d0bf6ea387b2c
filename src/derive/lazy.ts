/**
 * A function that computes `make()` on its first call and returns the same value after: for
 * derived data a view may never ask for (the density view's sorted extents, a selection's
 * facet counts), which is then worked out once, when first needed.
 */
export function lazy<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}
