import type { DocumentEntry, EventSource, ViewBundle } from '../data/bundleSchema';
import type { FacetKey } from '../state/viewState';
import { SourceText } from '../text/SourceText';
import { ReaderLegend } from './ReaderLegend';
import type { DocumentBodyState } from './useDocumentBody';

/** Props of the document in the reader. */
export interface ReaderDocumentProps {
  bundle: ViewBundle;
  doc: DocumentEntry;
  source: EventSource;
  body: DocumentBodyState;
  /** The document's publisher, dateline and date of publication, on one line. */
  byline: string;
  /** The words of the current search to highlight. */
  terms: string[];
  onFilter: (key: FacetKey, id: string) => void;
}

/** The document's text once it is in, or why it is not: a split bundle reads it from its body file. */
function DocumentText({ bundle, body, terms, onFilter }: Pick<ReaderDocumentProps, 'bundle' | 'body' | 'terms' | 'onFilter'>) {
  return (
    <>
      {body.status === 'ready' && <ReaderLegend />}
      {body.status === 'ready' && (
        <SourceText
          bundle={bundle}
          doc={body.doc}
          mentions={body.mentions}
          evidence={body.evidence}
          searchTerms={terms}
          onFilter={onFilter}
        />
      )}
      {body.status === 'loading' && (
        <p role="status" className="muted">
          Loading the article’s text…
        </p>
      )}
      {body.status === 'error' && (
        <div role="alert">
          <p>{body.message}</p>
          <button type="button" onClick={body.retry}>
            Retry
          </button>
        </div>
      )}
      {body.status === 'missing' && <p role="alert">The text of this article is not in this collection’s files.</p>}
    </>
  );
}

/** The source's document: its title, where it comes from, how it relates to the event, and its text. */
export function ReaderDocument({ bundle, doc, source, body, byline, terms, onFilter }: ReaderDocumentProps) {
  return (
    <article className="reader-doc">
      <h2>{doc.title}</h2>
      {doc.origin === 'user' && (
        <p className="mine-note">
          <span className="mine-badge">yours</span> An article you added in this browser; remove it under “Add articles”.
        </p>
      )}
      <p className="muted">{byline}</p>
      {source.role === 'referenced' && <p className="muted">This article mentions the event in passing; the sentence is marked.</p>}
      <DocumentText bundle={bundle} body={body} terms={terms} onFilter={onFilter} />
    </article>
  );
}
