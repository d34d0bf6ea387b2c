import { queryOptions } from '@tanstack/react-query';
import { BUNDLE_URL } from './bundleQuery';
import { bodyFileSchema, type BodyFile } from './bundleSchema';
import { formatZodError } from './formatZodError';
import { readJson } from './readJson';
import { BundleError } from './parseBundle';

/** Where a body file named by a split bundle is, resolved against the bundle's own address. */
export function bodyFileUrl(ref: string, bundleUrl: string = BUNDLE_URL): string {
  const base = typeof document !== 'undefined' ? document.baseURI : 'http://localhost/';
  return new URL(ref, new URL(bundleUrl, base)).href;
}

/**
 * Fetches one body file of a split bundle and checks it: the shared schema, and mentions and
 * evidence that lie inside their document's text (one outside it is dropped, as the bundle
 * loader drops such mentions).
 */
export async function fetchBodyFile(url: string, signal?: AbortSignal): Promise<BodyFile> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new Error(`The article texts could not be loaded from ${url}: the network request failed.`);
  }
  if (!response.ok) {
    const message = `The article texts could not be loaded from ${url} (HTTP ${response.status}).`;
    throw response.status >= 500 ? new Error(message) : new BundleError(message);
  }
  let raw: unknown;
  try {
    raw = await readJson(response);
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new BundleError(`The article texts at ${url} are not valid JSON (${(e as Error).message}).`);
  }
  const parsed = bodyFileSchema.safeParse(raw);
  if (!parsed.success) throw new BundleError(`The article texts at ${url} do not have the expected format: ${formatZodError(parsed.error)}.`);
  const lengths = new Map(parsed.data.documents.map((d) => [d.id, d.text.length]));
  const inside = (documentId: string, r: { start: number; end: number }) => r.start < r.end && r.end <= (lengths.get(documentId) ?? -1);
  const mentions = parsed.data.mentions.filter((m) => inside(m.documentId, m));
  const evidence = parsed.data.evidence.map((e) => ({ ...e, evidence: e.evidence.filter((r) => inside(e.documentId, r)) }));
  return { ...parsed.data, mentions, evidence };
}

/** The one query for a body file: read once when an article in it is opened, never stale. */
export function bodyFileQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['body-file', url],
    queryFn: ({ signal }) => fetchBodyFile(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (failureCount, error) => !(error instanceof BundleError) && failureCount < 2,
  });
}
