import { useEffect, useRef, useState } from 'react';

const KEYS: [string, string][] = [
  ['?', 'Show or hide this list'],
  ['Tab', 'Move between controls, the timeline and its events'],
  ['+ / −', 'Zoom the timeline (or the map) in or out'],
  ['0', 'Show the whole period'],
  ['← →', 'On the timeline: pan; on an event: previous or next event'],
  ['Home / End', 'First or last event in view'],
  ['Enter', 'Open the source of the focused event; toggle a map place'],
  ['Escape', 'Close the source or this list'],
];

/** A "?" shortcut that lists the keys, in a dialog that Escape closes. */
export function KeyboardHelp() {
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Typing a question mark into a text box is not a request for help.
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
      if (e.key === '?') {
        e.preventDefault();
        setOpen((o) => !o);
      } else if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (open) dialogRef.current?.focus();
  }, [open]);
  return (
    <>
      <button type="button" onClick={() => setOpen(!open)} aria-haspopup="dialog" title="Keyboard shortcuts (?)">
        Keys
      </button>
      {open && (
        <div className="keys-dialog" role="dialog" aria-modal="false" aria-label="Keyboard shortcuts" tabIndex={-1} ref={dialogRef}>
          <h2>Keyboard shortcuts</h2>
          <dl>
            {KEYS.map(([k, what]) => (
              <div key={k}>
                <dt>
                  <kbd>{k}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
          <button type="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
      )}
    </>
  );
}
