const ENTRIES: [className: string, label: string][] = [
  ['evidence', 'Evidence'],
  ['m-person', 'Person'],
  ['m-organisation', 'Organisation'],
  ['m-state', 'State'],
  ['m-place', 'Place'],
  ['m-date', 'Date'],
  ['m-figure', 'Figure'],
  ['m-topic-word', 'Topic word'],
  ['search-hit', 'Search match'],
];

/** The key to the reader's highlight colours; each type also has its own underline style. */
export function ReaderLegend() {
  return (
    <ul className="reader-legend" aria-label="Highlight colours">
      {ENTRIES.map(([className, label]) => (
        <li key={className}>
          <mark className={className}>{label}</mark>
        </li>
      ))}
    </ul>
  );
}
