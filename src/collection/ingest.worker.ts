/// <reference lib="webworker" />
import { previewArticles } from './previewArticles';
import type { PreviewRequest, PreviewResponse } from './previewProtocol';

// A long article or a batch of many keeps the ingest busy for seconds; here it cannot freeze
// the page, and the person can keep reading while it runs.
self.onmessage = (e: MessageEvent<PreviewRequest>) => {
  const { files, existing, collection, knowledge, gazetteer, now } = e.data;
  let response: PreviewResponse;
  try {
    response = { ok: true, result: previewArticles(files, existing, collection, knowledge, now, gazetteer) };
  } catch (error) {
    response = { ok: false, message: (error as Error).message };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(response);
};
