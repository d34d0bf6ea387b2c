import type { ViewBundle } from '../data/bundleSchema';
import { formatEventDate } from '../format/formatEventDate';
import type { Collection } from './collectionSchema';
import { KnowledgeAdditions } from './KnowledgeAdditions';
import { useYourArticlesModel, type YourArticlesProps, type YourArticlesModel } from './useYourArticlesModel';

export type { YourArticlesProps } from './useYourArticlesModel';

/** The person's own articles, each removable, and the collection's export and import. */
export function YourArticles(props: YourArticlesProps) {
  const { bundle, collection } = props;
  const model = useYourArticlesModel(props);
  return (
    <section className="your-articles" aria-labelledby="your-articles-heading">
      <h3 id="your-articles-heading">Your articles ({collection.articles.length})</h3>
      {collection.articles.length === 0 ? (
        <p className="hint">You have not added any articles. They are kept in this browser only, until you remove them.</p>
      ) : (
        <ul>
          {collection.articles.map((a) => (
            <OwnArticle key={a.id} article={a} bundle={bundle} model={model} />
          ))}
        </ul>
      )}
      <KnowledgeAdditions
        knowledge={collection.knowledge}
        nameOf={model.nameOf}
        onRemoveSpelling={model.forgetSpelling}
        onRemovePlace={model.forgetPlace}
      />
      <div className="add-actions">
        <button type="button" onClick={model.exportCollection}>
          Export collection
        </button>
        <label className="file-button">
          Import a collection
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => void model.importFile(e.target.files?.[0]).then(() => (e.target.value = ''))}
          />
        </label>
      </div>
      {model.problem && (
        <p role="alert" className="form-error">
          {model.problem}
        </p>
      )}
    </section>
  );
}

/** One of the person's articles: its title, its event and where it came from, and a remove button that asks first. */
function OwnArticle({
  article: a,
  bundle,
  model,
}: {
  article: Collection['articles'][number];
  bundle: ViewBundle;
  model: YourArticlesModel;
}) {
  const event = bundle.events.find((e) => e.sources.some((s) => s.documentId === a.id && s.role === 'primary'));
  return (
    <li>
      <span className="mine-badge">yours</span> <strong>{bundle.documents.find((d) => d.id === a.id)?.title ?? a.name}</strong>
      <span className="hint">
        {' '}
        {event ? `${event.title}, ${formatEventDate(event.date)}` : 'no dated event'} · added {a.addedAt.slice(0, 10)} from {a.name}
      </span>{' '}
      {model.confirming === a.id ? (
        <button type="button" className="danger" onClick={() => model.removeOwnArticle(a.id, a.name)}>
          Remove for good
        </button>
      ) : (
        <button type="button" onClick={() => model.setConfirming(a.id)} aria-label={`Remove ${a.name}`}>
          Remove
        </button>
      )}
    </li>
  );
}
