import type { KnownEntity, KnownPlace } from '../data/knowledgeSchema';
import { MAX_ARTICLE_BYTES } from '../ingest/checkSources';
import type { AddArticlesModel, AddArticlesProps } from './useAddArticlesModel';
import { addAlias, addArticles, addKnown } from './collectionEdits';
import type { AddedAlias, Collection } from './collectionSchema';
import { changedFields, curationFor, type ArticleCorrection } from './curation';
import type { PreviewResult } from './previewArticles';
import { readPickedFiles, type PickedFile } from './runPreview';

/** What a person can do in the add-articles form, each action already bound to the form's state. */
export interface AddArticlesActions {
  checkPasted: () => void;
  checkFiles: (list: FileList | null) => Promise<void>;
  /** Checks an article again with the publication date the person gave it. */
  publish: (fileName: string, iso: string) => Promise<void>;
  correct: (articleId: string, next: ArticleCorrection) => void;
  addEntity: (entity: KnownEntity) => void;
  addSpelling: (alias: AddedAlias) => void;
  addPlace: (place: KnownPlace) => void;
  accept: () => Promise<void>;
  discard: () => void;
}

/** The name a pasted article is checked and stored under. */
const PASTED_NAME = 'Pasted text.txt';

/** Binds the form's actions to its model and to the props that keep and announce the articles. */
export function addArticlesActions(model: AddArticlesModel, { collection, save, onAdded }: Pick<AddArticlesProps, 'collection' | 'save' | 'onAdded'>): AddArticlesActions {
  const { text, setText, run, corrections, setCorrections } = model;
  // Knowledge added here is kept at once and the preview runs again, so the person sees its effect.
  const teach = async (next: Collection) => {
    await save(next);
    await run.check(run.sources, run.early, next);
  };
  return {
    checkPasted: () => {
      // A paste of many megabytes is refused from its length, before the ingest sees it.
      if (text.length > MAX_ARTICLE_BYTES) {
        void run.check([], [{ name: 'Pasted text', message: `the text is ${(text.length / 1e6).toFixed(1)} million characters; an article is expected to be under ${MAX_ARTICLE_BYTES / 1e6} MB` }]);
        return;
      }
      void run.check([{ name: PASTED_NAME, bytes: new TextEncoder().encode(text) }], []);
    },
    checkFiles: async (list) => {
      if (!list || list.length === 0) return;
      const picked: PickedFile[] = [...list].map((f) => ({ name: f.name, size: f.size, read: () => f.arrayBuffer() }));
      const { sources: read, rejected } = await readPickedFiles(picked);
      await run.check(read, rejected);
    },
    // A publication date the person gives goes above the title as a header line the ingest reads,
    // and the article is checked again with it.
    publish: async (fileName, iso) => {
      const encoder = new TextEncoder();
      const next = run.sources.map((s) => (s.name === fileName ? { ...s, bytes: encoder.encode(`Published: ${iso}\n${new TextDecoder().decode(s.bytes)}`) } : s));
      if (fileName === PASTED_NAME) setText(`Published: ${iso}\n${text}`);
      await run.check(next, run.early);
    },
    correct: (articleId, next) => setCorrections((current) => ({ ...current, [articleId]: next })),
    addEntity: (entity) => void teach(addKnown(collection, { entity })),
    addSpelling: (alias) => void teach(addAlias(collection, alias)),
    addPlace: (place) => void teach(addKnown(collection, { place })),
    accept: async () => {
      if (!run.result) return;
      const { articles, curations } = articlesToAdd(run.result, corrections);
      await save(addArticles(collection, articles, curations));
      onAdded(addedMessage(run.result, corrections));
      setText('');
      run.clear();
      setCorrections({});
    },
    discard: run.discard,
  };
}

/** The articles to add and the curations their corrections make, only for the fields the person really changed. */
function articlesToAdd(result: PreviewResult, corrections: Record<string, ArticleCorrection>) {
  const articles = result.previews.map((p) => p.article);
  const curations = result.previews.flatMap((p) => {
    const c = curationFor(p.article.id, changedFields(p.event, corrections[p.article.id] ?? {}));
    return c ? [c] : [];
  });
  return { articles, curations };
}

/** The announcement of the added articles, by the titles the person will find them under. */
function addedMessage(result: PreviewResult, corrections: Record<string, ArticleCorrection>): string {
  const count = result.previews.length;
  const names = result.previews.map((p) => corrections[p.article.id]?.title ?? p.event?.title ?? p.document.title).join('; ');
  return `Added ${count === 1 ? '1 article' : `${count} articles`} to your collection: ${names}`;
}
