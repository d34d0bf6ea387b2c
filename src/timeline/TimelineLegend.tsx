/** The key to the marks: what a dot, a diamond, a bar, a band and a dashed outline mean. */
export function TimelineLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle className="legend-primary" cx="7" cy="7" r="5" />
        </svg>
        Meeting reported
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <path className="legend-referenced" d="M7,1L13,7L7,13L1,7Z" />
        </svg>
        Referenced event
      </li>
      <li>
        <svg width="22" height="14" aria-hidden="true">
          <rect className="legend-primary" x="1" y="3" width="20" height="8" rx="3" />
        </svg>
        Date range
      </li>
      <li>
        <svg width="22" height="14" aria-hidden="true">
          <rect className="legend-band" x="1" y="1" width="20" height="12" rx="2" />
        </svg>
        Month or year only
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle className="legend-uncertain" cx="7" cy="7" r="5" />
        </svg>
        Date inferred or curated
      </li>
    </ul>
  );
}
