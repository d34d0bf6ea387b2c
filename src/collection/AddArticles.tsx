import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ViewBundle } from '../data/bundleSchema';
import type { Knowledge } from '../data/knowledgeSchema';
import { ArticlePreviewCard } from './ArticlePreviewCard';
import { addAlias, addArticles, addKnown } from './collectionEdits';
import type { Collection } from './collectionSchema';
import { changedFields, curationFor, type ArticleCorrection } from './curation';
import { AliasForm, NewPlaceForm } from './KnowledgeForms';
import type { PreviewResult } from './previewArticles';
import { readPickedFiles, runPreview, type PickedFile } from './runPreview';
import { gazetteerQueryOptions } from './collectionQuery';
import { MAX_ARTICLE_BYTES, type RawSource, type Rejection } from '../ingest/checkSources';

/** Props of the add-articles step. */
export interface AddArticlesProps {
  base: ViewBundle;
  bundle: ViewBundle;
  collection: Collection;
  knowledge: Knowledge;
  save: (next: Collection) => Promise<unknown>;
  onAdded: (message: string) => void;
}

type Status = { kind: 'idle' } | { kind: 'checking' } | { kind: 'error'; message: string };

/**
 * Paste an article or drop .txt files, see what the ingest finds in each, correct it, teach
 * the knowledge file a spelling or a place, and add the articles to the collection.
 */
export function AddArticles({ base, bundle, collection, knowledge, save, onAdded }: AddArticlesProps) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [sources, setSources] = useState<RawSource[]>([]);
  const [result, setResult] = useState<PreviewResult | undefined>();
  const [early, setEarly] = useState<Rejection[]>([]);
  const [corrections, setCorrections] = useState<Record<string, ArticleCorrection>>({});
  const [dragging, setDragging] = useState(false);
  // The gazetteer starts loading when the form opens; a check waits for it, and goes on without
  // it once it has failed, without asking the server again.
  const queryClient = useQueryClient();
  const gazetteer = useQuery(gazetteerQueryOptions());

  const check = async (files: RawSource[], refused: Rejection[], against: Collection = collection) => {
    setSources(files);
    setEarly(refused);
    setResult(undefined);
    if (files.length === 0) {
      setResult({ previews: [], rejected: [] });
      return;
    }
    setStatus({ kind: 'checking' });
    try {
      const table = gazetteer.isError ? undefined : await queryClient.fetchQuery(gazetteerQueryOptions()).catch(() => undefined);
      setResult(await runPreview(files, base, against, knowledge, table));
      setStatus({ kind: 'idle' });
    } catch (e) {
      setStatus({ kind: 'error', message: (e as Error).message });
    }
  };
  const checkPasted = () => {
    // A paste of many megabytes is refused from its length, before the ingest sees it.
    if (text.length > MAX_ARTICLE_BYTES) {
      void check([], [{ name: 'Pasted text', message: `the text is ${(text.length / 1e6).toFixed(1)} million characters; an article is expected to be under ${MAX_ARTICLE_BYTES / 1e6} MB` }]);
      return;
    }
    void check([{ name: 'Pasted text.txt', bytes: new TextEncoder().encode(text) }], []);
  };
  const checkFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const picked: PickedFile[] = [...list].map((f) => ({ name: f.name, size: f.size, read: () => f.arrayBuffer() }));
    const { sources: read, rejected } = await readPickedFiles(picked);
    await check(read, rejected);
  };
  // A publication date the person gives goes above the title as a header line the ingest reads,
  // and the article is checked again with it.
  const publish = async (fileName: string, iso: string) => {
    const encoder = new TextEncoder();
    const next = sources.map((s) => (s.name === fileName ? { ...s, bytes: encoder.encode(`Published: ${iso}\n${new TextDecoder().decode(s.bytes)}`) } : s));
    if (fileName === 'Pasted text.txt') setText(`Published: ${iso}\n${text}`);
    await check(next, early);
  };
  // Knowledge added here is kept at once and the preview runs again, so the person sees its effect.
  const teach = async (next: Collection) => {
    await save(next);
    await check(sources, early, next);
  };
  const accept = async () => {
    if (!result) return;
    const articles = result.previews.map((p) => p.article);
    const curations = result.previews.flatMap((p) => {
      const c = curationFor(p.article.id, changedFields(p.event, corrections[p.article.id] ?? {}));
      return c ? [c] : [];
    });
    await save(addArticles(collection, articles, curations));
    const names = result.previews.map((p) => (corrections[p.article.id]?.title ?? p.event?.title ?? p.document.title)).join('; ');
    onAdded(`Added ${articles.length === 1 ? '1 article' : `${articles.length} articles`} to your collection: ${names}`);
    setText('');
    setSources([]);
    setResult(undefined);
    setCorrections({});
  };
  const rejected = [...early, ...(result?.rejected ?? [])];
  const unresolved = [...new Set(result?.previews.flatMap((p) => p.unresolved) ?? [])];
  return (
    <section className="add-articles" aria-labelledby="add-articles-heading">
      <h3 id="add-articles-heading">Add articles</h3>
      <p className="hint">Paste an article (its first line is the title) or choose plain-text .txt files. They are checked here, in your browser; nothing is sent anywhere.</p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void checkFiles(e.dataTransfer.files);
        }}
      >
        <label htmlFor="paste-article">Article text</label>
        <textarea id="paste-article" rows={6} value={text} onChange={(e) => setText(e.target.value)} placeholder="Paste an article here, or drop .txt files on this box" />
        <div className="add-actions">
          <button type="button" onClick={checkPasted} disabled={!text.trim() || status.kind === 'checking'}>
            Check pasted text
          </button>
          <label className="file-button">
            Choose .txt files
            <input type="file" accept=".txt,text/plain" multiple onChange={(e) => void checkFiles(e.target.files).then(() => (e.target.value = ''))} />
          </label>
        </div>
      </div>
      {gazetteer.isError && (
        <p role="status" className="notice gazetteer-missing">
          The gazetteer could not be loaded ({gazetteer.error.message}), so articles are checked with the knowledge file alone: places it does not list may be missing.
        </p>
      )}
      <p role="status" className="add-status">
        {status.kind === 'checking' ? 'Checking the articles…' : ''}
      </p>
      {status.kind === 'error' && (
        <p role="alert" className="form-error">
          {status.message}
        </p>
      )}
      {rejected.length > 0 && (
        <div role="alert" className="notice rejected-files">
          <p>{rejected.length === 1 ? 'This file was not added:' : `These ${rejected.length} files were not added:`}</p>
          <ul>
            {rejected.map((r) => (
              <li key={r.name}>
                <strong>{r.name}</strong>: {r.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result && result.previews.length > 0 && (
        <>
          {result.previews.map((p) => (
            <ArticlePreviewCard
              key={p.article.id}
              preview={p}
              bundle={bundle}
              knowledge={knowledge}
              correction={corrections[p.article.id] ?? {}}
              onCorrect={(next) => setCorrections({ ...corrections, [p.article.id]: next })}
              onPublished={(iso) => void publish(p.article.name, iso)}
              onAddEntity={(entity) => void teach(addKnown(collection, { entity }))}
              onAddAlias={(alias) => void teach(addAlias(collection, alias))}
            />
          ))}
          <div className="teach">
            <h4>Teach the knowledge file</h4>
            <AliasForm knowledge={knowledge} suggestions={unresolved} onAdd={(alias) => void teach(addAlias(collection, alias))} />
            <NewPlaceForm knowledge={knowledge} onAdd={(place) => void teach(addKnown(collection, { place }))} />
          </div>
          <div className="accept-bar">
            <button type="button" className="primary" onClick={() => void accept()}>
              {result.previews.length === 1 ? 'Add this article' : `Add these ${result.previews.length} articles`}
            </button>
            <button type="button" onClick={() => setResult(undefined)}>
              Discard
            </button>
          </div>
        </>
      )}
    </section>
  );
}
