import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ViewBundle } from '../data/bundleSchema';
import type { Knowledge } from '../data/knowledgeSchema';
import type { RawSource, Rejection } from '../ingest/checkSources';
import { gazetteerQueryOptions } from './collectionQuery';
import type { Collection } from './collectionSchema';
import type { PreviewResult } from './previewArticles';
import { runPreview } from './runPreview';

/** Whether a check is running, and why the last one failed, so the form can say so. */
export type PreviewStatus = { kind: 'idle' } | { kind: 'checking' } | { kind: 'error'; message: string };

/** The articles last checked and what the ingest found in them, with the ways to check again or put the result away. */
export interface PreviewRun {
  /** The files of the latest check, kept so that a date or a taught spelling can check them again. */
  sources: RawSource[];
  /** The files refused before the ingest saw them, because they were too large or unreadable. */
  early: Rejection[];
  /** What the ingest found, once the latest check has finished. */
  result: PreviewResult | undefined;
  status: PreviewStatus;
  /** Why the gazetteer could not be loaded, when it could not: articles are then checked without it. */
  gazetteerError: Error | undefined;
  /** Checks the files against the collection (the current one unless another is given). */
  check: (files: RawSource[], refused: Rejection[], against?: Collection) => Promise<void>;
  /** Puts the result away and keeps the files, as the Discard button asks. */
  discard: () => void;
  /** Forgets the files and the result, once the articles have been added. */
  clear: () => void;
}

/**
 * Previews articles in a worker or on the page, and keeps only the answer to the latest check:
 * an earlier check that finishes later, or one that finishes after the form has closed, is dropped.
 */
export function usePreviewRun(base: ViewBundle, collection: Collection, knowledge: Knowledge): PreviewRun {
  const [status, setStatus] = useState<PreviewStatus>({ kind: 'idle' });
  const [sources, setSources] = useState<RawSource[]>([]);
  const [result, setResult] = useState<PreviewResult | undefined>();
  const [early, setEarly] = useState<Rejection[]>([]);
  // The gazetteer starts loading when the form opens; a check waits for it, and goes on without
  // it once it has failed, without asking the server again.
  const queryClient = useQueryClient();
  const gazetteer = useQuery(gazetteerQueryOptions());
  // Each check takes the next number, and unmounting takes one too. A check whose number is no
  // longer the latest when its answer comes must not show it, since a newer check (or none) owns the form.
  const latest = useRef(0);
  useEffect(() => {
    const counter = latest;
    return () => {
      counter.current += 1;
    };
  }, []);

  const check = async (files: RawSource[], refused: Rejection[], against: Collection = collection) => {
    const request = ++latest.current;
    const isLatest = () => request === latest.current;
    setSources(files);
    setEarly(refused);
    setResult(undefined);
    if (files.length === 0) {
      setResult({ previews: [], rejected: [] });
      // An older check still running will be dropped, so it can no longer end "Checking…" itself.
      setStatus((s) => (s.kind === 'checking' ? { kind: 'idle' } : s));
      return;
    }
    setStatus({ kind: 'checking' });
    try {
      const table = gazetteer.isError ? undefined : await queryClient.fetchQuery(gazetteerQueryOptions()).catch(() => undefined);
      // A check overtaken while it waited for the gazetteer need not run the ingest at all.
      if (!isLatest()) return;
      const found = await runPreview(files, base, against, knowledge, table);
      if (!isLatest()) return;
      setResult(found);
      setStatus({ kind: 'idle' });
    } catch (e) {
      if (isLatest()) setStatus({ kind: 'error', message: (e as Error).message });
    }
  };
  const discard = () => setResult(undefined);
  const clear = () => {
    setSources([]);
    setResult(undefined);
  };
  return { sources, early, result, status, gazetteerError: gazetteer.isError ? gazetteer.error : undefined, check, discard, clear };
}
