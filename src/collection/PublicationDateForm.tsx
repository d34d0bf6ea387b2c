import { useId, useState } from 'react';

/** Props of the question asked when an article carries no publication date. */
export interface PublicationDateFormProps {
  /** The article's file name, to name the field. */
  name: string;
  /** Called with the ISO date the person gives. */
  onPublished: (iso: string) => void;
}

/**
 * Asks for the publication date an article lost when it was copied: the page had one, and
 * with it the year of "October 16" and the day of "yesterday" follow. The date goes into the
 * article as a `Published:` line above its title, which the ingest reads as a header.
 */
export function PublicationDateForm({ name, onPublished }: PublicationDateFormProps) {
  const id = useId();
  const [value, setValue] = useState('');
  return (
    <form
      className="publication-date"
      onSubmit={(e) => {
        e.preventDefault();
        if (/^\d{4}-\d{2}-\d{2}$/.test(value)) onPublished(value);
      }}
    >
      <label htmlFor={id}>No publication date was found in {name}. If the page had one, give it:</label>{' '}
      <input id={id} type="date" value={value} onChange={(e) => setValue(e.target.value)} required />{' '}
      <button type="submit" disabled={!value}>
        Use this date
      </button>
    </form>
  );
}
