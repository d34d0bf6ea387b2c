import type { EventRecord } from '../data/bundleSchema';
import type { Knowledge, KnownEntity } from '../data/knowledgeSchema';
import type { ArticleCorrection } from './curation';

/** The date the correction form shows: the person's, else the ingest's, else an empty day to fill in. */
export type CorrectionDate = NonNullable<ArticleCorrection['date']>;

/** What the correction form shows for each field, the person's correction first and the ingest's finding after it. */
export interface CorrectionFieldsModel {
  date: CorrectionDate;
  placeId: string;
  actorIds: string[];
  /** The name to show for an actor: from the knowledge file, else from the people found in the article. */
  nameOf: (actorId: string) => string;
  /** The known entities not yet among the actors, by name, to add one from. */
  addable: KnownEntity[];
}

/** Derives the correction form's values; nothing here is stored, so the form always shows the latest correction. */
export function correctionFieldsModel(
  event: EventRecord | undefined,
  correction: ArticleCorrection,
  knowledge: Knowledge,
  people: { id: string; name: string }[],
): CorrectionFieldsModel {
  const date =
    correction.date ??
    (event ? { start: event.date.start, end: event.date.end, precision: event.date.precision } : { start: '', precision: 'day' as const });
  const placeId = correction.placeId ?? event?.placeId ?? '';
  const actorIds = correction.actorIds ?? event?.actorIds ?? [];
  const nameOf = (actorId: string) =>
    (knowledge.entities.find((e) => e.id === actorId) ?? people.find((p) => p.id === actorId))?.name ?? actorId;
  const addable = knowledge.entities.filter((e) => !actorIds.includes(e.id)).sort((a, b) => a.name.localeCompare(b.name));
  return { date, placeId, actorIds, nameOf, addable };
}
