import type { Rejection } from '../ingest/checkSources';

/** The files that were not added, each with the reason; nothing when every file was taken. */
export function RejectedFiles({ rejected }: { rejected: Rejection[] }) {
  if (rejected.length === 0) return null;
  return (
    <div role="alert" className="notice rejected-files">
      <p>{rejected.length === 1 ? 'This file was not added:' : `These ${rejected.length} files were not added:`}</p>
      <ul>
        {rejected.map((r) => (
          <li key={r.name}>
            <strong>{r.name}</strong>: {r.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
