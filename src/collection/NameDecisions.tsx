import { useId, useState } from 'react';
import type { Knowledge, KnownEntity } from '../data/knowledgeSchema';
import { PART_LABELS } from '../format/eventActors';
import type { AddedAlias } from './collectionSchema';
import { slugify } from './extendKnowledge';
import { freshEntityId, type NameDecision } from './nameDecisions';

/** Props of the list of names found in one article. */
export interface NameDecisionsProps {
  names: NameDecision[];
  knowledge: Knowledge;
  documentId: string;
  /** Resolves with whether the new entity was kept; the form that made it stays open when it was not. */
  onAddEntity: (entity: KnownEntity) => Promise<boolean>;
  /** Resolves with whether the spelling was kept; the form that made it stays open when it was not. */
  onAddAlias: (alias: AddedAlias) => Promise<boolean>;
}

type Editing = { spelling: string; mode: 'entity' | 'same-as'; type: 'person' | 'organisation' };

const DECIDED: Record<NameDecision['decision'], string> = {
  known: 'known',
  'new-person': 'new person',
  'new-organisation': 'new organisation',
  ignored: 'ignored: not recognised',
};

/** What the table says was decided for a name. */
function decidedText(d: NameDecision): string {
  if (d.decision === 'known') return `known ${d.type}${d.name ? `: ${d.name}` : ''}`;
  return DECIDED[d.decision];
}

/** The entity a person confirms: its name, type and the role the article gives, the spelling kept as an alias. */
export function entityFromDecision(
  d: NameDecision,
  name: string,
  type: 'person' | 'organisation',
  role: string,
  documentId: string,
  knowledge: Pick<Knowledge, 'entities'>,
): KnownEntity {
  const taken = new Set(knowledge.entities.map((e) => e.id));
  const entity: KnownEntity = { id: freshEntityId(slugify(name), taken), name, type, aliases: d.spelling !== name ? [d.spelling] : [] };
  if (role.trim()) entity.roles = [{ title: role.trim(), documentId }];
  return entity;
}

/**
 * Every name the ingest found in an article and what it decided: a known entity, a new person
 * or organisation, or a name it ignored. A new one can be accepted as it is, renamed, or
 * marked as the same as a known entity; an ignored one can be added as a person or an
 * organisation with a role. Each choice is kept in the person's knowledge at once.
 */
export function NameDecisions({ names, knowledge, documentId, onAddEntity, onAddAlias }: NameDecisionsProps) {
  const [editing, setEditing] = useState<Editing | undefined>();
  if (names.length === 0) return null;
  return (
    <details className="name-decisions" open>
      <summary>Names found ({names.length})</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">In the article</th>
            <th scope="col">Decided</th>
            <th scope="col">In the event</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {names.map((d) => (
            <NameRow
              key={d.spelling}
              decision={d}
              editing={editing?.spelling === d.spelling ? editing : undefined}
              onEdit={setEditing}
              knowledge={knowledge}
              documentId={documentId}
              // A form closes once what it made is kept; when it is not, it stays open with what was typed.
              onAddEntity={(e) => void onAddEntity(e).then((kept) => kept && setEditing(undefined))}
              onAddAlias={(a) => void onAddAlias(a).then((kept) => kept && setEditing(undefined))}
            />
          ))}
        </tbody>
      </table>
    </details>
  );
}

interface NameRowProps {
  decision: NameDecision;
  editing?: Editing;
  onEdit: (e: Editing | undefined) => void;
  knowledge: Knowledge;
  documentId: string;
  onAddEntity: (entity: KnownEntity) => void;
  onAddAlias: (alias: AddedAlias) => void;
}

function NameRow({ decision: d, editing, onEdit, knowledge, documentId, onAddEntity, onAddAlias }: NameRowProps) {
  const isNew = d.decision === 'new-person' || d.decision === 'new-organisation';
  const newType = d.decision === 'new-organisation' ? 'organisation' : 'person';
  return (
    <>
      <tr className={`decision-${d.decision}`}>
        <th scope="row">{d.spelling}</th>
        <td>
          {decidedText(d)}
          {d.role && <div className="muted">{d.role}</div>}
        </td>
        <td>{d.part ? (d.part === 'named' ? 'only named' : PART_LABELS[d.part]) : ''}</td>
        <td>
          <div className="decision-actions">
            {isNew && (
              <>
                <button
                  type="button"
                  onClick={() => onAddEntity(entityFromDecision(d, d.name ?? d.spelling, newType, d.role ?? '', documentId, knowledge))}
                  aria-label={`Accept ${d.spelling} as a new ${newType}`}
                >
                  Accept
                </button>
                <button
                  type="button"
                  onClick={() => onEdit({ spelling: d.spelling, mode: 'entity', type: newType })}
                  aria-label={`Rename ${d.spelling}`}
                >
                  Rename…
                </button>
              </>
            )}
            {d.decision === 'ignored' && (
              <>
                <button
                  type="button"
                  onClick={() => onEdit({ spelling: d.spelling, mode: 'entity', type: 'person' })}
                  aria-label={`Add ${d.spelling} as a new person`}
                >
                  Add as person…
                </button>
                <button
                  type="button"
                  onClick={() => onEdit({ spelling: d.spelling, mode: 'entity', type: 'organisation' })}
                  aria-label={`Add ${d.spelling} as a new organisation`}
                >
                  Add as organisation…
                </button>
              </>
            )}
            {d.decision !== 'known' && (
              <button
                type="button"
                onClick={() => onEdit({ spelling: d.spelling, mode: 'same-as', type: newType })}
                aria-label={`Mark ${d.spelling} as the same as a known entity`}
              >
                Same as…
              </button>
            )}
          </div>
        </td>
      </tr>
      {editing && (
        <DecisionFormRow
          decision={d}
          editing={editing}
          onEdit={onEdit}
          knowledge={knowledge}
          documentId={documentId}
          onAddEntity={onAddEntity}
          onAddAlias={onAddAlias}
        />
      )}
    </>
  );
}

/** The form under a name's row: a new person or organisation, or the known entity it is. */
function DecisionFormRow({
  decision: d,
  editing,
  onEdit,
  knowledge,
  documentId,
  onAddEntity,
  onAddAlias,
}: NameRowProps & { editing: Editing }) {
  return (
    <tr className="decision-form-row">
      <td colSpan={4}>
        {editing.mode === 'entity' ? (
          <EntityForm
            decision={d}
            type={editing.type}
            knowledge={knowledge}
            documentId={documentId}
            onAdd={onAddEntity}
            onCancel={() => onEdit(undefined)}
          />
        ) : (
          <SameAsForm decision={d} knowledge={knowledge} onAdd={onAddAlias} onCancel={() => onEdit(undefined)} />
        )}
      </td>
    </tr>
  );
}

function EntityForm({
  decision: d,
  type: initialType,
  knowledge,
  documentId,
  onAdd,
  onCancel,
}: {
  decision: NameDecision;
  type: 'person' | 'organisation';
  knowledge: Knowledge;
  documentId: string;
  onAdd: (e: KnownEntity) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(d.name ?? d.spelling);
  const [role, setRole] = useState(d.role ?? '');
  const [type, setType] = useState(initialType);
  const id = useId();
  const valid = name.trim().length >= 2;
  return (
    <form
      className="knowledge-form"
      aria-label={`New entity for ${d.spelling}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onAdd(entityFromDecision(d, name.trim(), type, role, documentId, knowledge));
      }}
    >
      <label htmlFor={`${id}-type`}>Add as</label>
      <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as 'person' | 'organisation')}>
        <option value="person">person</option>
        <option value="organisation">organisation</option>
      </select>
      <label htmlFor={`${id}-name`}>Name</label>
      <input id={`${id}-name`} type="text" value={name} maxLength={120} required onChange={(e) => setName(e.target.value)} />
      <label htmlFor={`${id}-role`}>Role</label>
      <input
        id={`${id}-role`}
        type="text"
        value={role}
        maxLength={200}
        placeholder="e.g. Deputy Minister of Foreign Affairs of Kyrgyzstan"
        onChange={(e) => setRole(e.target.value)}
      />
      <button type="submit" disabled={!valid}>
        Add {type}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

function SameAsForm({
  decision: d,
  knowledge,
  onAdd,
  onCancel,
}: {
  decision: NameDecision;
  knowledge: Knowledge;
  onAdd: (a: AddedAlias) => void;
  onCancel: () => void;
}) {
  const [targetId, setTargetId] = useState('');
  const id = useId();
  const targets = [...knowledge.entities].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <form
      className="knowledge-form"
      aria-label={`Same as for ${d.spelling}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (targetId) onAdd({ alias: d.spelling, targetId });
      }}
    >
      <label htmlFor={`${id}-target`}>“{d.spelling}” is</label>
      <select id={`${id}-target`} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
        <option value="">choose…</option>
        {targets.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name} ({t.type})
          </option>
        ))}
      </select>
      <button type="submit" disabled={!targetId}>
        Same as this
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
