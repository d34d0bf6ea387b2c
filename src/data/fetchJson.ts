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
  /** The error for a body that is not JSON. */
  notJson: (cause: unknown) => BundleError;
}

/**
 * Fetches and parses a JSON file for one of the app's loaders. Network failures and server
 * errors become plain Errors, which the queries retry; a missing or forbidden file and a body
 * that is not JSON become BundleErrors, which they do not. An abort is passed on as it is.
 */
export async function fetchJson(url: string, o: FetchJsonOptions): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal: o.signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new Error(`${o.what} could not be loaded from ${url}: the network request failed.`, { cause: e });
  }
  if (!response.ok) {
    const message = response.status === 404 && o.notFound ? o.notFound : `${o.what} could not be loaded from ${url} (HTTP ${response.status}).`;
    throw response.status >= 500 ? new Error(message) : new BundleError(message);
  }
  try {
    return await readJson(response, o.onProgress);
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw o.notJson(e);
  }
}
