import type { ViewBundle, DocumentEntry, EventRecord } from '../data/bundleSchema';
import { describeBasis, formatEventDate } from '../format/formatEventDate';
import type { FacetKey } from '../state/viewState';
import { eventActors, PART_LABELS, type ActorFact } from '../format/eventActors';

/** Props of the event facts. */
export interface EventFactsProps {
  bundle: ViewBundle;
  event: EventRecord;
  /** The source document; its quotations and figures are listed once its text is at hand. */
  doc?: DocumentEntry;
  onFilter: (key: FacetKey, id: string) => void;
}

/** A fact whose values are buttons that filter to them; nothing when there are none. */
function FactChips({
  term,
  items,
  onPick,
}: {
  term: string;
  items: { id: string; label: string; detail?: string }[];
  onPick: (id: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>
        <ul className="fact-chips">
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" onClick={() => onPick(item.id)} title={`Filter to events with ${item.label}`}>
                {item.label}
                {item.detail && <span className="chip-detail">{item.detail}</span>}
              </button>
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

/** The event's facts beside the text: the date with its basis and words, place, actors, topics, quotations and figures. */
export function EventFacts({ bundle, event, doc, onFilter }: EventFactsProps) {
  const place = event.placeId ? bundle.places.find((p) => p.id === event.placeId) : undefined;
  const actors = eventActors(bundle, event, doc?.id);
  const describe = (a: ActorFact) => [a.part && PART_LABELS[a.part], a.role].filter(Boolean).join(' · ') || undefined;
  const topics = event.topicIds.map((id) => bundle.topics.find((t) => t.id === id)).filter((t) => t !== undefined);
  const nameOf = (id?: string) => (id ? (bundle.entities.find((e) => e.id === id)?.name ?? id) : 'Speaker not named');
  return (
    <div className="event-facts">
      <dl>
        <dt>Date</dt>
        <dd>
          {formatEventDate(event.date)}
          <span className={`basis-tag basis-${event.date.basis}`}>{event.date.basis}</span>
          {event.date.asStated && <div className="muted">The source says “{event.date.asStated}”.</div>}
          {event.date.basis !== 'stated' && <div className="muted">{describeBasis(event.date)}</div>}
        </dd>
        <dt>Place</dt>
        <dd>{place ? place.name : 'Not given by the sources'}</dd>
        <dt>Kind</dt>
        <dd>
          {event.kind}
          {event.planned ? ' (planned)' : ''}
        </dd>
        <FactChips
          term="Took part"
          items={actors.taking.map((a) => ({ id: a.id, label: a.name, detail: describe(a) }))}
          onPick={(id) => onFilter('actors', id)}
        />
        <FactChips
          term="Also named"
          items={actors.named.map((a) => ({ id: a.id, label: a.name, detail: describe(a) }))}
          onPick={(id) => onFilter('actors', id)}
        />
        <FactChips term="Topics" items={topics.map((t) => ({ id: t.id, label: t.label }))} onPick={(id) => onFilter('topics', id)} />
      </dl>
      {doc?.quotes && doc.quotes.length > 0 && (
        <details>
          <summary>Quotations ({doc.quotes.length})</summary>
          <ul className="quotes">
            {doc.quotes.map((q) => (
              <li key={q.start}>
                <blockquote>{q.text}</blockquote>
                <span className="muted">— {nameOf(q.speakerId)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {doc?.figures && doc.figures.length > 0 && (
        <details>
          <summary>Figures ({doc.figures.length})</summary>
          <ul className="figures">
            {doc.figures.map((f) => (
              <li key={f.start} title={f.context.text}>
                <strong>{f.text}</strong>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
