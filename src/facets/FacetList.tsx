import { useId, useState } from 'react';

/** One value of a facet with its count in the current view. */
export interface FacetItem {
  id: string;
  label: string;
  count: number;
  /** A second line, e.g. a person's role. */
  detail?: string;
}

/** Props of a list of facet checkboxes. */
export interface FacetListProps {
  items: FacetItem[];
  selected: string[];
  onToggle: (id: string) => void;
  /** Name of the list for the filter box, e.g. "people". */
  noun: string;
  /** How many values show before "Show more". */
  initial?: number;
}

/**
 * Checkboxes sorted by count (selected first), each named by its label and count; a filter
 * box appears in long lists, and values past the first few wait behind "Show more".
 */
export function FacetList({ items, selected, onToggle, noun, initial = 8 }: FacetListProps) {
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState(false);
  const filterId = useId();
  const needle = filter.trim().toLowerCase();
  const visible = items
    .filter((i) => i.count > 0 || selected.includes(i.id))
    .filter((i) => !needle || i.label.toLowerCase().includes(needle))
    .sort(
      (a, b) => Number(selected.includes(b.id)) - Number(selected.includes(a.id)) || b.count - a.count || a.label.localeCompare(b.label),
    );
  const shown = expanded || needle ? visible : visible.slice(0, initial);
  return (
    <div className="facet-list">
      {items.length > initial && (
        <>
          <label htmlFor={filterId} className="visually-hidden">
            Filter {noun}
          </label>
          <input
            id={filterId}
            type="search"
            className="facet-filter"
            placeholder={`Filter ${noun}`}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </>
      )}
      {shown.length === 0 && <p className="facet-empty">No {noun} in this view.</p>}
      <ul>
        {shown.map((item) => (
          <li key={item.id}>
            <label className="facet-option">
              <input
                type="checkbox"
                checked={selected.includes(item.id)}
                onChange={() => onToggle(item.id)}
                aria-label={`${item.label} (${item.count})`}
              />
              <span className="facet-text">
                <span className="facet-label">{item.label}</span>
                {item.detail && <span className="facet-detail">{item.detail}</span>}
              </span>
              <span className="facet-count" aria-hidden="true">
                {item.count}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {!needle && visible.length > initial && (
        <button type="button" className="facet-more" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
          {expanded ? 'Show fewer' : `Show ${visible.length - initial} more`}
        </button>
      )}
    </div>
  );
}
