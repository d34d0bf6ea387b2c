import { useState, type Dispatch, type SetStateAction } from 'react';
import type { ViewBundle } from '../data/bundleSchema';
import type { Knowledge } from '../data/knowledgeSchema';
import type { Rejection } from '../ingest/checkSources';
import type { CollectionChange } from './collectionDb';
import type { Collection } from './collectionSchema';
import type { ArticleCorrection } from './curation';
import { usePreviewRun, type PreviewRun } from './usePreviewRun';

/** Props of the add-articles step. */
export interface AddArticlesProps {
  base: ViewBundle;
  bundle: ViewBundle;
  collection: Collection;
  knowledge: Knowledge;
  /** Stores a change to the collection and resolves with the collection then shown; rejects when it could not be kept. */
  save: (change: CollectionChange) => Promise<Collection>;
  onAdded: (message: string) => void;
}

/** The add-articles form's state: the pasted text, the latest check, the corrections, and what follows from them. */
export interface AddArticlesModel {
  text: string;
  setText: (text: string) => void;
  run: PreviewRun;
  /** The person's corrections, by the id of the article they correct. */
  corrections: Record<string, ArticleCorrection>;
  setCorrections: Dispatch<SetStateAction<Record<string, ArticleCorrection>>>;
  /** Every file not added, whether refused before the ingest or by it. */
  rejected: Rejection[];
  /** The names the ingest could not resolve in any article, offered as spellings to teach. */
  unresolved: string[];
  /** Why the last addition to the collection could not be kept, until the next one. */
  saveError: string | undefined;
  setSaveError: (message: string | undefined) => void;
}

/** Holds the add-articles form's state and derives what its render shows. */
export function useAddArticlesModel({
  base,
  collection,
  knowledge,
}: Pick<AddArticlesProps, 'base' | 'collection' | 'knowledge'>): AddArticlesModel {
  const [text, setText] = useState('');
  const [corrections, setCorrections] = useState<Record<string, ArticleCorrection>>({});
  const [saveError, setSaveError] = useState<string | undefined>();
  const run = usePreviewRun(base, collection, knowledge);
  const rejected = [...run.early, ...(run.result?.rejected ?? [])];
  const unresolved = [...new Set(run.result?.previews.flatMap((p) => p.unresolved) ?? [])];
  return { text, setText, run, corrections, setCorrections, rejected, unresolved, saveError, setSaveError };
}
