import { useState } from 'react';
import type { ViewBundle } from '../data/bundleSchema';
import { downloadBlob } from '../export/download';
import { formatEventDate } from '../format/formatEventDate';
import { importCollectionFile, removeAlias, removeArticle, removePlace, toCollectionFile } from './collectionEdits';
import type { Collection } from './collectionSchema';

/** Props of the list of a person's own articles. */
export interface YourArticlesProps {
  bundle: ViewBundle;
  collection: Collection;
  save: (next: Collection) => Promise<unknown>;
  onMessage: (message: string) => void;
}

/** The person's own articles, each removable, and the collection's export and import. */
export function YourArticles({ bundle, collection, save, onMessage }: YourArticlesProps) {
  const [confirming, setConfirming] = useState<string | undefined>();
  const [importError, setImportError] = useState<string | undefined>();
  const exportCollection = () => {
    const json = JSON.stringify(toCollectionFile(bundle, collection));
    downloadBlob(new Blob([json], { type: 'application/json' }), `dushanbe-timeline-collection-${new Date().toISOString().slice(0, 10)}.json`);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setImportError(undefined);
    try {
      if (file.size > 500_000_000) throw new Error(`the file is ${(file.size / 1e6).toFixed(0)} MB, too large to be a collection`);
      const { collection: next, added } = importCollectionFile(collection, await file.text());
      await save(next);
      onMessage(added === 0 ? `${file.name} holds no articles you do not already have.` : `Imported ${added === 1 ? '1 article' : `${added} articles`} from ${file.name}.`);
    } catch (e) {
      setImportError(`${file.name}: ${(e as Error).message}`);
    }
  };
  const { aliases, places } = collection.knowledge;
  const nameOf = (id: string) => bundle.entities.find((e) => e.id === id)?.name ?? bundle.places.find((p) => p.id === id)?.name ?? id;
  return (
    <section className="your-articles" aria-labelledby="your-articles-heading">
      <h3 id="your-articles-heading">Your articles ({collection.articles.length})</h3>
      {collection.articles.length === 0 ? (
        <p className="hint">You have not added any articles. They are kept in this browser only, until you remove them.</p>
      ) : (
        <ul>
          {collection.articles.map((a) => {
            const event = bundle.events.find((e) => e.sources.some((s) => s.documentId === a.id && s.role === 'primary'));
            return (
              <li key={a.id}>
                <span className="mine-badge">yours</span> <strong>{bundle.documents.find((d) => d.id === a.id)?.title ?? a.name}</strong>
                <span className="hint">
                  {' '}
                  {event ? `${event.title}, ${formatEventDate(event.date)}` : 'no dated event'} · added {a.addedAt.slice(0, 10)} from {a.name}
                </span>{' '}
                {confirming === a.id ? (
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      setConfirming(undefined);
                      void save(removeArticle(collection, a.id)).then(() => onMessage(`Removed ${a.name} from your collection.`));
                    }}
                  >
                    Remove for good
                  </button>
                ) : (
                  <button type="button" onClick={() => setConfirming(a.id)} aria-label={`Remove ${a.name}`}>
                    Remove
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {(aliases.length > 0 || places.length > 0) && (
        <>
          <h4>Your additions to the knowledge file</h4>
          <ul className="knowledge-additions">
            {aliases.map((a) => (
              <li key={`${a.targetId}:${a.alias}`}>
                “{a.alias}” means {nameOf(a.targetId)}{' '}
                <button type="button" onClick={() => void save(removeAlias(collection, a)).then(() => onMessage(`“${a.alias}” is no longer read as ${nameOf(a.targetId)}.`))}>
                  Remove
                </button>
              </li>
            ))}
            {places.map((p) => (
              <li key={p.id}>
                Place {p.name} ({p.lat}, {p.lon}){' '}
                <button type="button" onClick={() => void save(removePlace(collection, p.id)).then(() => onMessage(`Removed the place ${p.name}.`))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="add-actions">
        <button type="button" onClick={exportCollection}>
          Export collection
        </button>
        <label className="file-button">
          Import a collection
          <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e.target.files?.[0]).then(() => (e.target.value = ''))} />
        </label>
      </div>
      {importError && (
        <p role="alert" className="form-error">
          {importError}
        </p>
      )}
    </section>
  );
}
