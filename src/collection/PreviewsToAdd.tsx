import type { ViewBundle } from '../data/bundleSchema';
import type { Knowledge } from '../data/knowledgeSchema';
import type { AddArticlesActions } from './addArticlesActions';
import { ArticlePreviewCard } from './ArticlePreviewCard';
import type { ArticleCorrection } from './curation';
import { AliasForm, NewPlaceForm } from './KnowledgeForms';
import type { ArticlePreview } from './previewArticles';

/** Props of the checked articles waiting to be added. */
export interface PreviewsToAddProps {
  previews: ArticlePreview[];
  bundle: ViewBundle;
  knowledge: Knowledge;
  corrections: Record<string, ArticleCorrection>;
  /** The names the ingest could not resolve, offered as spellings to teach. */
  unresolved: string[];
  actions: AddArticlesActions;
}

/** A preview of each checked article, the forms that teach the knowledge file, and the buttons that add or discard them. */
export function PreviewsToAdd({ previews, bundle, knowledge, corrections, unresolved, actions }: PreviewsToAddProps) {
  return (
    <>
      {previews.map((p) => (
        <ArticlePreviewCard
          key={p.article.id}
          preview={p}
          bundle={bundle}
          knowledge={knowledge}
          correction={corrections[p.article.id] ?? {}}
          onCorrect={(next) => actions.correct(p.article.id, next)}
          onPublished={(iso) => void actions.publish(p.article.name, iso)}
          onAddEntity={actions.addEntity}
          onAddAlias={actions.addSpelling}
        />
      ))}
      <div className="teach">
        <h4>Teach the knowledge file</h4>
        <AliasForm knowledge={knowledge} suggestions={unresolved} onAdd={actions.addSpelling} />
        <NewPlaceForm knowledge={knowledge} onAdd={actions.addPlace} />
      </div>
      <div className="accept-bar">
        <button type="button" className="primary" onClick={() => void actions.accept()}>
          {previews.length === 1 ? 'Add this article' : `Add these ${previews.length} articles`}
        </button>
        <button type="button" onClick={actions.discard}>
          Discard
        </button>
      </div>
    </>
  );
}
