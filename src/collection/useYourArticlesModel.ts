import { useState } from 'react';
import { downloadBlob } from '../export/download';
import { CollectionStorageError, type CollectionChange } from './collectionDb';
import { mergeCollection, readCollectionFile, removeAlias, removeArticle, removePlace, toCollectionFile } from './collectionEdits';
import type { ViewBundle } from '../data/bundleSchema';
import type { AddedAlias, Collection } from './collectionSchema';

/** Props of the list of a person's own articles. */
export interface YourArticlesProps {
  bundle: ViewBundle;
  collection: Collection;
  /** Stores a change to the collection and resolves with the collection then shown; rejects when it could not be kept. */
  save: (change: CollectionChange) => Promise<Collection>;
  onMessage: (message: string) => void;
}

/** A collection file larger than this cannot be one this app exported, so it is refused before it is read. */
const MAX_COLLECTION_BYTES = 500_000_000;

/**
 * Holds which article waits for its second "Remove" click and why the last change failed, with
 * the list's actions. Each change is made to the stored collection, so one another tab made
 * meanwhile is kept, and each says whether it worked.
 */
export function useYourArticlesModel({ bundle, collection, save, onMessage }: YourArticlesProps) {
  const [confirming, setConfirming] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const exportCollection = () => {
    const json = JSON.stringify(toCollectionFile(bundle, collection));
    downloadBlob(
      new Blob([json], { type: 'application/json' }),
      `dushanbe-timeline-collection-${new Date().toISOString().slice(0, 10)}.json`,
    );
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(undefined);
    try {
      if (file.size > MAX_COLLECTION_BYTES) throw new Error(`the file is ${(file.size / 1e6).toFixed(0)} MB, too large to be a collection`);
      const incoming = readCollectionFile(await file.text());
      let added = 0;
      await save((stored) => {
        const merged = mergeCollection(stored, incoming);
        added = merged.added;
        return merged.collection;
      });
      onMessage(
        added === 0
          ? `${file.name} holds no articles you do not already have.`
          : `Imported ${added === 1 ? '1 article' : `${added} articles`} from ${file.name}.`,
      );
    } catch (e) {
      setProblem(
        e instanceof CollectionStorageError ? `${file.name} could not be imported: ${e.message}.` : `${file.name}: ${(e as Error).message}`,
      );
    }
  };
  /** Stores a change, then announces it; when it could not be kept, says why and leaves the list as it was. */
  const change = (what: string, next: CollectionChange, done: string) => {
    setProblem(undefined);
    void save(next).then(
      () => onMessage(done),
      (e: Error) => setProblem(`${what}: ${e.message}.`),
    );
  };
  const nameOf = (id: string) => bundle.entities.find((e) => e.id === id)?.name ?? bundle.places.find((p) => p.id === id)?.name ?? id;
  // Removing an article takes a second click, so the first only asks; the second removes it for good.
  const removeOwnArticle = (articleId: string, name: string) => {
    setConfirming(undefined);
    change(`${name} could not be removed`, (stored) => removeArticle(stored, articleId), `Removed ${name} from your collection.`);
  };
  const forgetSpelling = (a: AddedAlias) =>
    change(
      `“${a.alias}” could not be removed`,
      (stored) => removeAlias(stored, a),
      `“${a.alias}” is no longer read as ${nameOf(a.targetId)}.`,
    );
  const forgetPlace = (id: string, name: string) =>
    change(`The place ${name} could not be removed`, (stored) => removePlace(stored, id), `Removed the place ${name}.`);
  return { confirming, setConfirming, problem, exportCollection, importFile, nameOf, removeOwnArticle, forgetSpelling, forgetPlace };
}

/** What the list of a person's own articles reads from its model. */
export type YourArticlesModel = ReturnType<typeof useYourArticlesModel>;
