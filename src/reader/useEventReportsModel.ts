import { useState } from 'react';
import type { EventRecord, ViewBundle } from '../data/bundleSchema';
import { isDisputed } from '../data/eventReports';
import { addMeetingEdit } from '../collection/collectionEdits';
import { useCollection } from '../collection/useCollection';
import { mergeCandidates, reportRows, type ReportRow } from './reportRows';

/** The reports of one event, the events it may be merged with, and the edits that split and merge them. */
export interface EventReportsModel {
  /** One per report of a merged event; none for an event of one report. */
  rows: ReportRow[];
  /** How many sources report the event (rather than mention it). */
  sourceCount: number;
  /** True when the reports disagree on the date. */
  disputed: boolean;
  candidates: EventRecord[];
  /** True while there is no collection to keep an edit in, or one is being saved. */
  locked: boolean;
  /** The event chosen to merge with, or '' before one is. */
  other: string;
  setOther: (id: string) => void;
  /** Why the last edit could not be kept, until the next one. */
  problem: string | undefined;
  split: (documentId: string) => void;
  /** Merges with the chosen event, then clears the choice. */
  merge: () => void;
}

/** The state and derived data behind an event's reports; splits and merges are stored with the collection, so one that cannot be kept says so. */
export function useEventReportsModel(bundle: ViewBundle, event: EventRecord): EventReportsModel {
  const { collection, save, saving } = useCollection();
  const [other, setOther] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const edit = async (change: Parameters<typeof addMeetingEdit>[1]) => {
    if (!collection) return;
    try {
      setProblem(undefined);
      await save((c) => addMeetingEdit(c, change));
    } catch (e) {
      setProblem(`The change could not be kept in this browser: ${(e as Error).message}`);
    }
  };
  return {
    rows: reportRows(bundle, event),
    sourceCount: event.sources.filter((s) => s.role === 'primary').length,
    disputed: isDisputed(event),
    candidates: mergeCandidates(bundle.events, event),
    locked: !collection || saving,
    other,
    setOther,
    problem,
    split: (documentId) => void edit({ kind: 'split', eventId: event.id, documentId }),
    merge: () => {
      if (other) void edit({ kind: 'merge', eventId: event.id, otherId: other }).then(() => setOther(''));
    },
  };
}
