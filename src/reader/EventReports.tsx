import { useId, useState } from 'react';
import type { EventRecord, ViewBundle } from '../data/bundleSchema';
import { isDisputed } from '../data/eventReports';
import { formatEventDate } from '../format/formatEventDate';
import { addMeetingEdit } from '../collection/collectionEdits';
import { useCollection } from '../collection/useCollection';
import { mergeCandidates, reportRows } from './reportRows';

/**
 * Who reports the event and whether they agree: for an event merged from several reports, each
 * one's source, date and the reason it was joined, with Split to take one off; and for any
 * event, Merge with another report of the same meeting. Both are kept with the person's
 * collection, like their other corrections.
 */
export function EventReports({ bundle, event }: { bundle: ViewBundle; event: EventRecord }) {
  const { collection, save, saving } = useCollection();
  const [other, setOther] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const id = useId();
  const rows = reportRows(bundle, event);
  const candidates = mergeCandidates(bundle.events, event);
  const edit = async (change: Parameters<typeof addMeetingEdit>[1]) => {
    if (!collection) return;
    try {
      setProblem(undefined);
      await save(addMeetingEdit(collection, change));
    } catch (e) {
      setProblem(`The change could not be kept in this browser: ${(e as Error).message}`);
    }
  };
  return (
    <section className="event-reports" aria-label="Reports of this event">
      {rows.length > 0 && (
        <>
          <h3>
            Reported by {event.sources.filter((s) => s.role === 'primary').length} sources
            {isDisputed(event) && <span className="disputed-tag"> · they disagree on the date</span>}
          </h3>
          <table>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Date it gives</th>
                <th scope="col">Why it is this event</th>
                <th scope="col">
                  <span className="visually-hidden">Split</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={`${r.id}-${r.documentId}`} className={r.differs ? 'report-differs' : undefined}>
                  <th scope="row">{r.source}</th>
                  <td>
                    {r.date}
                    {r.asStated && <div className="muted">“{r.asStated}”</div>}
                  </td>
                  <td>{i === 0 ? 'the first report' : r.reason}</td>
                  <td>
                    <button type="button" disabled={!collection || saving} onClick={() => void edit({ kind: 'split', eventId: event.id, documentId: r.documentId })} aria-label={`Split off the report of ${r.source}`}>
                      Split
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {candidates.length > 0 && (
        <form
          className="merge-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (other) void edit({ kind: 'merge', eventId: event.id, otherId: other }).then(() => setOther(''));
          }}
        >
          <label htmlFor={`${id}-other`}>Same meeting as</label>
          <select id={`${id}-other`} value={other} onChange={(e) => setOther(e.target.value)}>
            <option value="">choose an event…</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title} ({formatEventDate(c.date)})
              </option>
            ))}
          </select>
          <button type="submit" disabled={!other || !collection || saving}>
            Merge
          </button>
        </form>
      )}
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
    </section>
  );
}
