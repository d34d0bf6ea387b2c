import { useId } from 'react';
import type { EventRecord, ViewBundle } from '../data/bundleSchema';
import { formatEventDate } from '../format/formatEventDate';
import type { ReportRow } from './reportRows';
import { useEventReportsModel } from './useEventReportsModel';

/** Props of the table of reports. */
interface ReportsTableProps {
  rows: ReportRow[];
  sourceCount: number;
  disputed: boolean;
  locked: boolean;
  onSplit: (documentId: string) => void;
}

/** Each report's source, the date it gives and why it was joined, with Split to take it off. */
function ReportsTable({ rows, sourceCount, disputed, locked, onSplit }: ReportsTableProps) {
  return (
    <>
      <h3>
        Reported by {sourceCount} sources
        {disputed && <span className="disputed-tag"> · they disagree on the date</span>}
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
                <button
                  type="button"
                  disabled={locked}
                  onClick={() => onSplit(r.documentId)}
                  aria-label={`Split off the report of ${r.source}`}
                >
                  Split
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Props of the merge form. */
interface MergeFormProps {
  candidates: EventRecord[];
  other: string;
  onChoose: (id: string) => void;
  onMerge: () => void;
  locked: boolean;
}

/** A choice of the nearby events that may be the same meeting, and Merge to join them. */
function MergeForm({ candidates, other, onChoose, onMerge, locked }: MergeFormProps) {
  const id = useId();
  return (
    <form
      className="merge-form"
      onSubmit={(e) => {
        e.preventDefault();
        onMerge();
      }}
    >
      <label htmlFor={`${id}-other`}>Same meeting as</label>
      <select id={`${id}-other`} value={other} onChange={(e) => onChoose(e.target.value)}>
        <option value="">choose an event…</option>
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title} ({formatEventDate(c.date)})
          </option>
        ))}
      </select>
      <button type="submit" disabled={!other || locked}>
        Merge
      </button>
    </form>
  );
}

/**
 * Who reports the event and whether they agree: for an event merged from several reports, each
 * one's source, date and the reason it was joined, with Split to take one off; and for any
 * event, Merge with another report of the same meeting. Both are kept with the person's
 * collection, like their other corrections.
 */
export function EventReports({ bundle, event }: { bundle: ViewBundle; event: EventRecord }) {
  const model = useEventReportsModel(bundle, event);
  return (
    <section className="event-reports" aria-label="Reports of this event">
      {model.rows.length > 0 && (
        <ReportsTable
          rows={model.rows}
          sourceCount={model.sourceCount}
          disputed={model.disputed}
          locked={model.locked}
          onSplit={model.split}
        />
      )}
      {model.candidates.length > 0 && (
        <MergeForm
          candidates={model.candidates}
          other={model.other}
          onChoose={model.setOther}
          onMerge={model.merge}
          locked={model.locked}
        />
      )}
      {model.problem && (
        <p role="alert" className="form-error">
          {model.problem}
        </p>
      )}
    </section>
  );
}
