import { addArticlesActions } from './addArticlesActions';
import { ArticleInput } from './ArticleInput';
import { PreviewsToAdd } from './PreviewsToAdd';
import { RejectedFiles } from './RejectedFiles';
import { useAddArticlesModel, type AddArticlesProps } from './useAddArticlesModel';

export type { AddArticlesProps } from './useAddArticlesModel';

/**
 * Paste an article or drop .txt files, see what the ingest finds in each, correct it, teach
 * the knowledge file a spelling or a place, and add the articles to the collection.
 */
export function AddArticles(props: AddArticlesProps) {
  const { bundle, knowledge } = props;
  const model = useAddArticlesModel(props);
  const actions = addArticlesActions(model, props);
  const { status, result, gazetteerError } = model.run;
  return (
    <section className="add-articles" aria-labelledby="add-articles-heading">
      <h3 id="add-articles-heading">Add articles</h3>
      <p className="hint">
        Paste an article (its first line is the title) or choose plain-text .txt files. They are checked here, in your browser; nothing is
        sent anywhere.
      </p>
      <ArticleInput
        text={model.text}
        onText={model.setText}
        checking={status.kind === 'checking'}
        onCheckPasted={actions.checkPasted}
        onFiles={actions.checkFiles}
      />
      {gazetteerError && (
        <p role="status" className="notice gazetteer-missing">
          The gazetteer could not be loaded ({gazetteerError.message}), so articles are checked with the knowledge file alone: places it
          does not list may be missing.
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
      <RejectedFiles rejected={model.rejected} />
      {result && result.previews.length > 0 && (
        <PreviewsToAdd
          previews={result.previews}
          bundle={bundle}
          knowledge={knowledge}
          corrections={model.corrections}
          unresolved={model.unresolved}
          actions={actions}
        />
      )}
      {model.saveError && (
        <p role="alert" className="form-error">
          {model.saveError}
        </p>
      )}
    </section>
  );
}
