/** The key to the reader's highlight colours; each type also has its own underline style. */
export function ReaderLegend() {
  return (
    <ul className="reader-legend" aria-label="Highlight colours">
      <li>
        <mark className="evidence">Evidence</mark>
      </li>
      <li>
        <mark className="m-person">Person</mark>
      </li>
      <li>
        <mark className="m-organisation">Organisation</mark>
      </li>
      <li>
        <mark className="m-state">State</mark>
      </li>
      <li>
        <mark className="m-place">Place</mark>
      </li>
      <li>
        <mark className="m-date">Date</mark>
      </li>
      <li>
        <mark className="m-figure">Figure</mark>
      </li>
      <li>
        <mark className="m-topic-word">Topic word</mark>
      </li>
      <li>
        <mark className="search-hit">Search match</mark>
      </li>
    </ul>
  );
}
