import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ViewBundle } from '../data/bundleSchema';
// The ingest comes with the add form; most visitors never open it, so it is its own chunk.
const AddArticles = lazy(() => import('./AddArticles').then((m) => ({ default: m.AddArticles })));
import { knowledgeQueryOptions } from './collectionQuery';
import { extendKnowledge } from './extendKnowledge';
import { useCollection } from './useCollection';
import { YourArticles } from './YourArticles';
import './collection.css';

/** Props of the collection button and panel. */
export interface CollectionPanelProps {
  /** The corpus bundle as shipped. */
  base: ViewBundle;
  /** The bundle in view: the corpus with the person's articles. */
  bundle: ViewBundle;
}

/** "Your articles": a button in the header that opens the panel to add, remove, export and import articles. */
export function CollectionPanel({ base, bundle }: CollectionPanelProps) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const { collection, loadError, save } = useCollection();
  const knowledge = useQuery({ ...knowledgeQueryOptions(), enabled: open });
  const extended = useMemo(() => collection && knowledge.data && extendKnowledge(knowledge.data, collection.knowledge), [collection, knowledge.data]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Focus goes into the panel when it opens and back to its button when it closes.
  useEffect(() => {
    if (open) headingRef.current?.focus();
    else if (wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  // The message is also announced; it leaves the header after a while so the header stays tidy.
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 12_000);
    return () => clearTimeout(timer);
  }, [message]);
  const count = collection?.articles.length ?? 0;
  return (
    <span className="collection-control">
      <button type="button" ref={buttonRef} onClick={() => setOpen(!open)} aria-haspopup="dialog" aria-expanded={open}>
        Add articles{count > 0 ? ` (${count} yours)` : ''}
      </button>
      <span role="status" className="collection-status" title={message || undefined}>
        {message}
      </span>
      {open && (
        <div className="collection-panel" role="dialog" aria-modal="false" aria-labelledby="collection-heading">
          <div className="collection-panel-head">
            <h2 id="collection-heading" tabIndex={-1} ref={headingRef}>
              Your articles
            </h2>
            <button type="button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
          {loadError && (
            <p role="alert" className="form-error">
              {loadError.message}
            </p>
          )}
          {knowledge.isError && (
            <p role="alert" className="form-error">
              {knowledge.error.message}
            </p>
          )}
          {!collection || (!extended && !knowledge.isError) ? (
            !loadError && <p role="status">Loading the knowledge file…</p>
          ) : (
            extended && (
              <>
                <Suspense fallback={<p role="status">Loading the article checker…</p>}>
                  <AddArticles
                    base={base}
                    bundle={bundle}
                    collection={collection}
                    knowledge={extended}
                    save={save}
                    onAdded={(m) => {
                      setMessage(m);
                      setOpen(false);
                    }}
                  />
                </Suspense>
                <YourArticles bundle={bundle} collection={collection} save={save} onMessage={setMessage} />
              </>
            )
          )}
        </div>
      )}
    </span>
  );
}
