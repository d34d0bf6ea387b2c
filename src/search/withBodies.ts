import { bodyFileUrl, fetchBodyFile } from '../data/bodyFile';
import type { ViewBundle } from '../data/bundleSchema';

/** How many body files are read at once: enough to keep the connection busy, few enough to keep memory flat. */
const PARALLEL = 4;

/**
 * The bundle with every document's text filled in: a whole bundle as it is, a split one with
 * its body files read (in the search worker, so the page never waits for them).
 */
export async function withBodies(bundle: ViewBundle, bundleUrl: string): Promise<ViewBundle> {
  const refs = bundle.bodies;
  if (!refs) return bundle;
  const texts = new Map<string, string>();
  for (let i = 0; i < refs.length; i += PARALLEL) {
    const files = await Promise.all(refs.slice(i, i + PARALLEL).map((r) => fetchBodyFile(bodyFileUrl(r.url, bundleUrl))));
    for (const f of files) for (const d of f.documents) texts.set(d.id, d.text);
  }
  return { ...bundle, documents: bundle.documents.map((d) => (d.text !== undefined ? d : { ...d, text: texts.get(d.id) ?? '' })) };
}
