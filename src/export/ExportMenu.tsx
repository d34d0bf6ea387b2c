import { useRef, useState } from 'react';
import type { ViewBundle, EventRecord } from '../data/bundleSchema';
import { downloadBlob } from './download';
import { eventsToCsv, eventsToJson, eventsToTimelineJs } from './exportEvents';
import { serializeSvg, svgToPng } from './exportSvg';

/** Props of the export menu. */
export interface ExportMenuProps {
  bundle: ViewBundle;
  /** The events in view: what is exported. */
  events: EventRecord[];
}

const stamp = () => new Date().toISOString().slice(0, 10);

/** Finds a view's drawing by its region name; undefined when that view is not on the page. */
function svgOf(region: string): SVGSVGElement | undefined {
  return document.querySelector<SVGSVGElement>(`[role="region"][aria-label="${region}"] svg[data-export]`) ?? undefined;
}

/** Exports the events in view (CSV, JSON, TimelineJS) and the timeline or map drawing (SVG, PNG). */
export function ExportMenu({ bundle, events }: ExportMenuProps) {
  const [message, setMessage] = useState('');
  const menuRef = useRef<HTMLDetailsElement>(null);
  // The menu closes once a choice is made, as menus do.
  const done = (m: string) => {
    setMessage(m);
    if (menuRef.current) menuRef.current.open = false;
  };
  const text = (content: string, type: string, name: string) => {
    downloadBlob(new Blob([content], { type }), name);
    done(`Saved ${name}`);
  };
  const drawing = async (region: 'Timeline' | 'Map', format: 'svg' | 'png') => {
    const svg = svgOf(region);
    if (!svg) return done(`The ${region.toLowerCase()} is not on the page to export.`);
    const background = getComputedStyle(document.documentElement).getPropertyValue('--panel').trim() || '#ffffff';
    const svgText = serializeSvg(svg, background);
    const name = `dushanbe-${region.toLowerCase()}-${stamp()}.${format}`;
    if (format === 'svg') return text(svgText, 'image/svg+xml', name);
    try {
      const { width, height } = svg.getBoundingClientRect();
      downloadBlob(await svgToPng(svgText, width, height), name);
      done(`Saved ${name}`);
    } catch (e) {
      done(`The PNG could not be made: ${(e as Error).message}`);
    }
  };
  return (
    <div className="export">
      <details className="export-menu" ref={menuRef}>
        <summary>Export</summary>
        <div className="export-items" role="group" aria-label="Export">
          <button type="button" onClick={() => text(eventsToCsv(events, bundle), 'text/csv', `dushanbe-events-${stamp()}.csv`)}>
            Events as CSV
          </button>
          <button type="button" onClick={() => text(eventsToJson(events, bundle), 'application/json', `dushanbe-events-${stamp()}.json`)}>
            Events as JSON
          </button>
          <button
            type="button"
            onClick={() => text(eventsToTimelineJs(events, bundle), 'application/json', `dushanbe-timelinejs-${stamp()}.json`)}
          >
            Events for TimelineJS
          </button>
          <button type="button" onClick={() => void drawing('Timeline', 'svg')}>
            Timeline as SVG
          </button>
          <button type="button" onClick={() => void drawing('Timeline', 'png')}>
            Timeline as PNG
          </button>
          <button type="button" onClick={() => void drawing('Map', 'svg')}>
            Map as SVG
          </button>
          <button type="button" onClick={() => void drawing('Map', 'png')}>
            Map as PNG
          </button>
        </div>
      </details>
      <p role="status" className="export-status">
        {message}
      </p>
    </div>
  );
}
