import { bodyFileSchema, type BodyFile } from './bundleSchema';
import { fetchJson } from './fetchJson';
import { formatZodError } from './formatZodError';
import { BundleError } from './parseBundle';

// Kept apart from the query (bodyQuery.ts) because the search worker reads body files too, and
// it should not carry React and react-query for that.

/** Where a body file named by a split bundle is, resolved against the bundle's own address. */
export function bodyFileUrl(ref: string, bundleUrl: string): string {
  const base = typeof document !== 'undefined' ? document.baseURI : 'http://localhost/';
  return new URL(ref, new URL(bundleUrl, base)).href;
}

/**
 * Fetches one body file of a split bundle and checks it: the shared schema, and mentions and
 * evidence that lie inside their document's text (one outside it is dropped, as the bundle
 * loader drops such mentions).
 */
export async function fetchBodyFile(url: string, signal?: AbortSignal): Promise<BodyFile> {
  const raw = await fetchJson(url, {
    what: 'The article texts',
    signal,
    notJson: (e) => new BundleError(`The article texts at ${url} are not valid JSON (${(e as Error).message}).`),
  });
  const parsed = bodyFileSchema.safeParse(raw);
  if (!parsed.success) throw new BundleError(`The article texts at ${url} do not have the expected format: ${formatZodError(parsed.error)}.`);
  const lengths = new Map(parsed.data.documents.map((d) => [d.id, d.text.length]));
  const inside = (documentId: string, r: { start: number; end: number }) => r.start < r.end && r.end <= (lengths.get(documentId) ?? -1);
  const mentions = parsed.data.mentions.filter((m) => inside(m.documentId, m));
  const evidence = parsed.data.evidence.map((e) => ({ ...e, evidence: e.evidence.filter((r) => inside(e.documentId, r)) }));
  return { ...parsed.data, mentions, evidence };
}
