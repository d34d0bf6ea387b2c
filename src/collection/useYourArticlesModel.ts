import { useState } from 'react';
import { downloadBlob } from '../export/download';
import { importCollectionFile, removeAlias, removeArticle, removePlace, toCollectionFile } from './collectionEdits';
import type { ViewBundle } from '../data/bundleSchema';
import type { AddedAlias, Collection } from './collectionSchema';

/** Props of the list of a person's own articles. */
export interface YourArticlesProps {
  bundle: ViewBundle;
  collection: Collection;
  save: (next: Collection) => Promise<unknown>;
  onMessage: (message: string) => void;
}

/** A collection file larger than this cannot be one this app exported, so it is refused before it is read. */
const MAX_COLLECTION_BYTES = 500_000_000;

/** Holds which article waits for its second "Remove" click and why an import failed, with the list's actions. */
export function useYourArticlesModel({ bundle, collection, save, onMessage }: YourArticlesProps) {
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
      if (file.size > MAX_COLLECTION_BYTES) throw new Error(`the file is ${(file.size / 1e6).toFixed(0)} MB, too large to be a collection`);
      const { collection: next, added } = importCollectionFile(collection, await file.text());
      await save(next);
      onMessage(added === 0 ? `${file.name} holds no articles you do not already have.` : `Imported ${added === 1 ? '1 article' : `${added} articles`} from ${file.name}.`);
    } catch (e) {
      setImportError(`${file.name}: ${(e as Error).message}`);
    }
  };
  const nameOf = (id: string) => bundle.entities.find((e) => e.id === id)?.name ?? bundle.places.find((p) => p.id === id)?.name ?? id;
  // Removing an article takes a second click, so the first only asks; the second removes it for good.
  const removeOwnArticle = (articleId: string, name: string) => {
    setConfirming(undefined);
    void save(removeArticle(collection, articleId)).then(() => onMessage(`Removed ${name} from your collection.`));
  };
  const forgetSpelling = (a: AddedAlias) => void save(removeAlias(collection, a)).then(() => onMessage(`“${a.alias}” is no longer read as ${nameOf(a.targetId)}.`));
  const forgetPlace = (id: string, name: string) => void save(removePlace(collection, id)).then(() => onMessage(`Removed the place ${name}.`));
  return { confirming, setConfirming, importError, exportCollection, importFile, nameOf, removeOwnArticle, forgetSpelling, forgetPlace };
}

/** What the list of a person's own articles reads from its model. */
export type YourArticlesModel = ReturnType<typeof useYourArticlesModel>;
