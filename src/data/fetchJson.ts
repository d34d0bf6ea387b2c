import { BundleError } from './parseBundle';
import { readJson, type ReadProgress } from './readJson';

/** How a loader names what it fetches, and what it says when the file is missing or not JSON. */
export interface FetchJsonOptions {
  /** "The event bundle", "The article texts": the start of every message. */
  what: string;
  signal?: AbortSignal;
  onProgress?: (p: ReadProgress) => void;
  /** The message for a 404, when it deserves more than the HTTP status. */
  notFound?: string;
  /**
   * The message for a network failure (no status) or an HTTP error, for a caller that words its
   * own; by default a sentence that begins with `what`.
   */
  failed?: (status: number | undefined) => string;
  /** The error for a body that is not JSON. */
  notJson: (cause: unknown) => BundleError;
}

/**
 * Fetches and parses a JSON file for one of the app's loaders. Network failures and server
 * errors become plain Errors, which the queries retry; a missing or forbidden file and a body
 * that is not JSON become BundleErrors, which they do not. An abort is passed on as it is.
 */
export async function fetchJson(url: string, o: FetchJsonOptions): Promise<unknown> {
  const failed = o.failed ?? ((status) => sentenceFor(o.what, url, status));
  let response: Response;
  try {
    response = await fetch(url, { signal: o.signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new Error(failed(undefined), { cause: e });
  }
  if (!response.ok) {
    const message = response.status === 404 && o.notFound ? o.notFound : failed(response.status);
    throw response.status >= 500 ? new Error(message) : new BundleError(message);
  }
  try {
    return await readJson(response, o.onProgress);
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw o.notJson(e);
  }
}

/** The default wording of a network failure (no status) or an HTTP error: a sentence that names what could not be loaded. */
function sentenceFor(what: string, url: string, status: number | undefined): string {
  return status === undefined ? `${what} could not be loaded from ${url}: the network request failed.` : `${what} could not be loaded from ${url} (HTTP ${status}).`;
}
