import { lazy, Suspense } from 'react';
import type { ViewBundle } from '../data/bundleSchema';
// The ingest comes with the add form; most visitors never open it, so it is its own chunk.
const AddArticles = lazy(() => import('./AddArticles').then((m) => ({ default: m.AddArticles })));
import { useCollectionPanelModel, type CollectionPanelModel } from './useCollectionPanelModel';
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
  const model = useCollectionPanelModel();
  const { open, setOpen, message, count } = model;
  return (
    <span className="collection-control">
      <button type="button" ref={model.buttonRef} onClick={() => setOpen(!open)} aria-haspopup="dialog" aria-expanded={open}>
        Add articles{count > 0 ? ` (${count} yours)` : ''}
      </button>
      <span role="status" className="collection-status" title={message || undefined}>
        {message}
      </span>
      {open && (
        <div className="collection-panel" role="dialog" aria-modal="false" aria-labelledby="collection-heading">
          <div className="collection-panel-head">
            <h2 id="collection-heading" tabIndex={-1} ref={model.headingRef}>
              Your articles
            </h2>
            <button type="button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
          <PanelContents base={base} bundle={bundle} model={model} />
        </div>
      )}
    </span>
  );
}

/**
 * The panel below its heading: whether the articles are kept and why the knowledge file could not
 * be loaded, then the add form and the person's articles once the knowledge file is there.
 */
function PanelContents({ base, bundle, model }: CollectionPanelProps & { model: CollectionPanelModel }) {
  const { collection, unkept, save, knowledge, extended, setMessage, setOpen } = model;
  return (
    <>
      {unkept && (
        <p className="hint unkept-hint">
          This browser cannot keep your articles, so the ones you add now last for this visit only: export your collection to keep them.
        </p>
      )}
      {knowledge.isError && (
        <p role="alert" className="form-error">
          {knowledge.error.message}
        </p>
      )}
      {!collection || (!extended && !knowledge.isError) ? (
        <p role="status">Loading the knowledge file…</p>
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
    </>
  );
}
