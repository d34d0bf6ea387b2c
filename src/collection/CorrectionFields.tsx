import type { EventRecord, Place } from '../data/bundleSchema';
import type { Knowledge, KnownEntity } from '../data/knowledgeSchema';
import type { ArticleCorrection } from './curation';
import { correctionFieldsModel, type CorrectionDate } from './correctionFieldsModel';

/** The kinds the ingest gives, offered when a person corrects one; any other word is allowed. */
const EVENT_KINDS = [
  'meeting',
  'conference',
  'summit',
  'session',
  'forum',
  'talks',
  'visit',
  'exercise',
  'declaration',
  'convention',
  'agreement',
  'strategy',
  'process',
];

/** Props of the correction form for one previewed article. */
export interface CorrectionFieldsProps {
  idPrefix: string;
  event: EventRecord | undefined;
  correction: ArticleCorrection;
  knowledge: Knowledge;
  /** The places to choose from: the knowledge file's and those the gazetteer found in the article. */
  places: Place[];
  /** People the ingest found in the article beyond the knowledge file, shown by name. */
  people?: { id: string; name: string }[];
  onChange: (next: ArticleCorrection) => void;
}

/** Title, date, place and actors of the article's event, prefilled with what the ingest found. */
export function CorrectionFields({ idPrefix, event, correction, knowledge, places, people = [], onChange }: CorrectionFieldsProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const { date, placeId, actorIds, nameOf, addable } = correctionFieldsModel(event, correction, knowledge, people);
  return (
    <fieldset className="correction-fields">
      <legend>Check and correct</legend>
      <label htmlFor={id('title')}>Title</label>
      <input
        id={id('title')}
        type="text"
        maxLength={200}
        value={correction.title ?? event?.title ?? ''}
        onChange={(e) => onChange({ ...correction, title: e.target.value })}
      />
      <label htmlFor={id('start')}>Date</label>
      <DateFields id={id} date={date} onChange={(next) => onChange({ ...correction, date: next })} />
      <label htmlFor={id('kind')}>Kind</label>
      <input
        id={id('kind')}
        type="text"
        list={id('kinds')}
        maxLength={40}
        value={correction.kind ?? event?.kind ?? ''}
        onChange={(e) => onChange({ ...correction, kind: e.target.value })}
      />
      <datalist id={id('kinds')}>
        {EVENT_KINDS.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      <label htmlFor={id('place')}>Place</label>
      <select id={id('place')} value={placeId} onChange={(e) => onChange({ ...correction, placeId: e.target.value || undefined })}>
        <option value="">(none)</option>
        {[...places]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
      </select>
      <span className="label">Actors</span>
      <ActorChips
        id={id}
        actorIds={actorIds}
        nameOf={nameOf}
        addable={addable}
        onChange={(next) => onChange({ ...correction, actorIds: next })}
      />
    </fieldset>
  );
}

/** The start and end of the event and how precise its date is; a start cannot be emptied, since an event needs one. */
function DateFields({
  id,
  date,
  onChange,
}: {
  id: (name: string) => string;
  date: CorrectionDate;
  onChange: (next: CorrectionDate) => void;
}) {
  return (
    <span className="date-fields">
      <input
        id={id('start')}
        type="date"
        value={date.start}
        required
        onChange={(e) => e.target.value && onChange({ ...date, start: e.target.value })}
      />
      <label htmlFor={id('end')}>to</label>
      <input
        id={id('end')}
        type="date"
        value={date.end ?? ''}
        min={date.start}
        onChange={(e) => onChange({ ...date, end: e.target.value || undefined })}
      />
      <label htmlFor={id('precision')} className="visually-hidden">
        Precision
      </label>
      <select
        id={id('precision')}
        value={date.precision}
        onChange={(e) => onChange({ ...date, precision: e.target.value as CorrectionDate['precision'] })}
      >
        <option value="day">exact day</option>
        <option value="month">month only</option>
        <option value="year">year only</option>
      </select>
    </span>
  );
}

/** Props of the actor chips. */
interface ActorChipsProps {
  id: (name: string) => string;
  actorIds: string[];
  nameOf: (actorId: string) => string;
  addable: KnownEntity[];
  onChange: (next: string[]) => void;
}

/** The event's actors, each removed by its chip, and a list to add a known entity from. */
function ActorChips({ id, actorIds, nameOf, addable, onChange }: ActorChipsProps) {
  return (
    <span className="actor-chips">
      {actorIds.map((a) => (
        <button
          key={a}
          type="button"
          className="chip"
          aria-label={`Remove actor ${nameOf(a)}`}
          onClick={() => onChange(actorIds.filter((x) => x !== a))}
        >
          {nameOf(a)} ×
        </button>
      ))}
      <label htmlFor={id('add-actor')} className="visually-hidden">
        Add an actor
      </label>
      <select id={id('add-actor')} value="" onChange={(e) => e.target.value && onChange([...actorIds, e.target.value])}>
        <option value="">Add an actor…</option>
        {addable.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
    </span>
  );
}
