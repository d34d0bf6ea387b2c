import type { KnownEntity, KnownPlace } from '../data/knowledgeSchema';
import { MAX_ARTICLE_BYTES } from '../ingest/checkSources';
import type { AddArticlesModel, AddArticlesProps } from './useAddArticlesModel';
import type { CollectionChange } from './collectionDb';
import { addAlias, addArticles, addKnown } from './collectionEdits';
import type { AddedAlias } from './collectionSchema';
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
  /** Each of the three resolves with whether the addition was kept, so that a form keeps its input when it was not. */
  addEntity: (entity: KnownEntity) => Promise<boolean>;
  addSpelling: (alias: AddedAlias) => Promise<boolean>;
  addPlace: (place: KnownPlace) => Promise<boolean>;
  accept: () => Promise<void>;
  discard: () => void;
}

/** The name a pasted article is checked and stored under. */
const PASTED_NAME = 'Pasted text.txt';

type Bound = Pick<AddArticlesProps, 'save' | 'onAdded'>;

/**
 * Knowledge added here is kept at once and the preview runs again, so the person sees its
 * effect. When it cannot be kept the form says so, and the preview and the entry stay as they were.
 */
function teacher(model: AddArticlesModel, save: Bound['save']) {
  const { run, setSaveError } = model;
  return async (what: string, change: CollectionChange): Promise<boolean> => {
    setSaveError(undefined);
    let next;
    try {
      next = await save(change);
    } catch (e) {
      setSaveError(
        `${what} could not be kept in this browser: ${(e as Error).message}. What you entered is still here, so you can try again.`,
      );
      return false;
    }
    await run.check(run.sources, run.early, next);
    return true;
  };
}

/**
 * Adds the checked articles and closes the form. When they cannot be kept the form says so and
 * stays as it is, with the text, the preview and the corrections, so a second click can try again.
 */
function accepter(model: AddArticlesModel, { save, onAdded }: Bound) {
  const { setText, run, corrections, setCorrections, setSaveError } = model;
  return async () => {
    const result = run.result;
    if (!result) return;
    const { articles, curations } = articlesToAdd(result, corrections);
    setSaveError(undefined);
    try {
      await save((stored) => addArticles(stored, articles, curations));
    } catch (e) {
      const what = articles.length === 1 ? 'The article' : `The ${articles.length} articles`;
      setSaveError(
        `${what} could not be saved in this browser: ${(e as Error).message}. Nothing was added; the articles and your corrections are still here, so you can try again.`,
      );
      return;
    }
    onAdded(addedMessage(result, corrections));
    setText('');
    run.clear();
    setCorrections({});
  };
}

/** Binds the form's actions to its model and to the props that keep and announce the articles. */
export function addArticlesActions(model: AddArticlesModel, { save, onAdded }: Bound): AddArticlesActions {
  const { text, setText, run, setCorrections, setSaveError } = model;
  const teach = teacher(model, save);
  // A new check is about other articles, so the message about an earlier failed addition goes.
  const check: typeof run.check = (...args) => {
    setSaveError(undefined);
    return run.check(...args);
  };
  return {
    checkPasted: () => {
      // A paste of many megabytes is refused from its length, before the ingest sees it.
      if (text.length > MAX_ARTICLE_BYTES) {
        void check(
          [],
          [
            {
              name: 'Pasted text',
              message: `the text is ${(text.length / 1e6).toFixed(1)} million characters; an article is expected to be under ${MAX_ARTICLE_BYTES / 1e6} MB`,
            },
          ],
        );
        return;
      }
      void check([{ name: PASTED_NAME, bytes: new TextEncoder().encode(text) }], []);
    },
    checkFiles: async (list) => {
      if (!list || list.length === 0) return;
      const picked: PickedFile[] = [...list].map((f) => ({ name: f.name, size: f.size, read: () => f.arrayBuffer() }));
      const { sources: read, rejected } = await readPickedFiles(picked);
      await check(read, rejected);
    },
    // A publication date the person gives goes above the title as a header line the ingest reads,
    // and the article is checked again with it.
    publish: async (fileName, iso) => {
      const encoder = new TextEncoder();
      const next = run.sources.map((s) =>
        s.name === fileName ? { ...s, bytes: encoder.encode(`Published: ${iso}\n${new TextDecoder().decode(s.bytes)}`) } : s,
      );
      if (fileName === PASTED_NAME) setText(`Published: ${iso}\n${text}`);
      await run.check(next, run.early);
    },
    correct: (articleId, next) => setCorrections((current) => ({ ...current, [articleId]: next })),
    // Each addition is a change to the stored collection, so what another tab added meanwhile stays.
    addEntity: (entity) => teach(entity.name, (stored) => addKnown(stored, { entity })),
    addSpelling: (alias) => teach(`The spelling “${alias.alias}”`, (stored) => addAlias(stored, alias)),
    addPlace: (place) => teach(place.name, (stored) => addKnown(stored, { place })),
    accept: accepter(model, { save, onAdded }),
    discard: () => {
      setSaveError(undefined);
      run.discard();
    },
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
