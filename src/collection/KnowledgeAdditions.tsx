import type { AddedAlias, Collection } from './collectionSchema';

/** Props of the list of what a person taught the knowledge file. */
export interface KnowledgeAdditionsProps {
  knowledge: Collection['knowledge'];
  /** The name of an entity or place, for the spelling that stands for it. */
  nameOf: (id: string) => string;
  onRemoveSpelling: (alias: AddedAlias) => void;
  onRemovePlace: (id: string, name: string) => void;
}

/** The spellings and places a person added to the knowledge file, each removable; nothing when there are none. */
export function KnowledgeAdditions({ knowledge: { aliases, places }, nameOf, onRemoveSpelling, onRemovePlace }: KnowledgeAdditionsProps) {
  if (aliases.length === 0 && places.length === 0) return null;
  return (
    <>
      <h4>Your additions to the knowledge file</h4>
      <ul className="knowledge-additions">
        {aliases.map((a) => (
          <li key={`${a.targetId}:${a.alias}`}>
            “{a.alias}” means {nameOf(a.targetId)}{' '}
            <button type="button" onClick={() => onRemoveSpelling(a)}>
              Remove
            </button>
          </li>
        ))}
        {places.map((p) => (
          <li key={p.id}>
            Place {p.name} ({p.lat}, {p.lon}){' '}
            <button type="button" onClick={() => onRemovePlace(p.id, p.name)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
