import type { ViewBundle } from '../data/bundleSchema';
import type { GazetteerTable } from '../data/gazetteerSchema';
import type { Knowledge } from '../data/knowledgeSchema';
import { MAX_ARTICLE_BYTES, tooLargeMessage, type RawSource, type Rejection } from '../ingest/checkSources';
import type { Collection } from './collectionSchema';
import { existingTextsFor, previewArticles, type PreviewResult } from './previewArticles';
import type { PreviewRequest, PreviewResponse } from './previewProtocol';

/** Above this many bytes in one batch the ingest runs in a Web Worker. */
export const WORKER_ABOVE_BYTES = 100_000;

/** A file the person chose or dropped, before it is read. */
export interface PickedFile {
  name: string;
  size: number;
  read: () => Promise<ArrayBuffer>;
}

/**
 * Reads the picked files, except those too large to be one article, which are refused from
 * their size alone so that a 20 MB file is never read into the page.
 */
export async function readPickedFiles(files: PickedFile[]): Promise<{ sources: RawSource[]; rejected: Rejection[] }> {
  const sources: RawSource[] = [];
  const rejected: Rejection[] = [];
  for (const f of files) {
    if (f.size > MAX_ARTICLE_BYTES) {
      rejected.push({ name: f.name, message: tooLargeMessage(f.size) });
      continue;
    }
    try {
      sources.push({ name: f.name, bytes: new Uint8Array(await f.read()) });
    } catch (e) {
      rejected.push({ name: f.name, message: `the file could not be read (${(e as Error).message})` });
    }
  }
  return { sources, rejected };
}

/**
 * Runs the preview in a worker for a large batch, on the page for a small one (and where workers
 * are missing, as in tests), with the gazetteer when it could be loaded.
 */
export function runPreview(
  files: RawSource[],
  base: ViewBundle,
  collection: Collection,
  knowledge: Knowledge,
  gazetteer?: GazetteerTable,
): Promise<PreviewResult> {
  const request: PreviewRequest = {
    files,
    existing: existingTextsFor(files, base, collection),
    collection,
    knowledge,
    now: new Date().toISOString(),
  };
  if (gazetteer) request.gazetteer = gazetteer;
  const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
  if (bytes <= WORKER_ABOVE_BYTES || typeof Worker === 'undefined') {
    // A timeout first lets the page paint "Checking…" before the ingest takes the thread.
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        try {
          resolve(previewArticles(request.files, request.existing, request.collection, request.knowledge, request.now, request.gazetteer));
        } catch (e) {
          reject(e as Error);
        }
      }, 0),
    );
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<PreviewResponse>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(`The articles could not be checked: ${e.data.message}`));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`The articles could not be checked: ${e.message || 'the ingest worker failed'}`));
    };
    worker.postMessage(request);
  });
}
