import { useId, useState } from 'react';
import { knownPlaceSchema, type Knowledge, type KnownPlace } from '../data/knowledgeSchema';
import { formatZodError } from '../data/formatZodError';
import type { AddedAlias } from './collectionSchema';
import { slugify } from './extendKnowledge';

/** Props of the alias form. */
export interface AliasFormProps {
  knowledge: Knowledge;
  /** Names the ingest could not resolve, offered as the spelling to teach. */
  suggestions: string[];
  onAdd: (alias: AddedAlias) => void;
}

/** "Treat ‘E. Rahmon’ as Emomali Rahmon": teaches the knowledge file a spelling of something it knows. */
export function AliasForm({ knowledge, suggestions, onAdd }: AliasFormProps) {
  const [alias, setAlias] = useState(suggestions[0] ?? '');
  const [targetId, setTargetId] = useState('');
  const id = useId();
  const targets = [
    ...knowledge.entities.map((e) => ({ id: e.id, label: `${e.name} (${e.type})` })),
    ...knowledge.places.map((p) => ({ id: p.id, label: `${p.name} (place)` })),
  ].sort((a, b) => a.label.localeCompare(b.label));
  return (
    <form
      className="knowledge-form"
      aria-label="Add a spelling"
      onSubmit={(e) => {
        e.preventDefault();
        if (alias.trim().length >= 2 && targetId) onAdd({ alias: alias.trim(), targetId });
      }}
    >
      <label htmlFor={`${id}-alias`}>Treat</label>
      <input id={`${id}-alias`} type="text" list={`${id}-names`} value={alias} maxLength={200} onChange={(e) => setAlias(e.target.value)} />
      <datalist id={`${id}-names`}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <label htmlFor={`${id}-target`}>as</label>
      <select id={`${id}-target`} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
        <option value="">choose…</option>
        {targets.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </select>
      <button type="submit" disabled={alias.trim().length < 2 || !targetId}>
        Add spelling
      </button>
    </form>
  );
}

/**
 * A new place for the knowledge file, validated by the same schema as the shipped file. The form
 * is emptied once the place is kept; when it could not be, what was typed stays for another try.
 */
export function NewPlaceForm({ knowledge, onAdd }: { knowledge: Knowledge; onAdd: (place: KnownPlace) => Promise<boolean> }) {
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  const states = knowledge.entities.filter((e) => e.type === 'state').sort((a, b) => a.name.localeCompare(b.name));
  return (
    <form
      className="knowledge-form"
      aria-label="Add a place"
      onSubmit={(e) => {
        e.preventDefault();
        const checked = checkNewPlace(knowledge, { name, country, lat, lon });
        setError(checked.error);
        if (!checked.place) return;
        void onAdd(checked.place).then((kept) => {
          if (!kept) return;
          setName('');
          setLat('');
          setLon('');
        });
      }}
    >
      <label htmlFor={`${id}-name`}>New place</label>
      <input id={`${id}-name`} type="text" value={name} maxLength={80} required onChange={(e) => setName(e.target.value)} />
      <label htmlFor={`${id}-country`}>in</label>
      <select id={`${id}-country`} value={country} required onChange={(e) => setCountry(e.target.value)}>
        <option value="">state…</option>
        {states.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-lat`}>latitude</label>
      <input
        id={`${id}-lat`}
        type="number"
        step="any"
        min={-90}
        max={90}
        value={lat}
        required
        onChange={(e) => setLat(e.target.value)}
        className="coord"
      />
      <label htmlFor={`${id}-lon`}>longitude</label>
      <input
        id={`${id}-lon`}
        type="number"
        step="any"
        min={-180}
        max={180}
        value={lon}
        required
        onChange={(e) => setLon(e.target.value)}
        className="coord"
      />
      <button type="submit">Add place</button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}

/**
 * The place a person typed, as the knowledge file keeps it, or why it cannot be kept: a name
 * already known, a coordinate missing or out of range.
 */
function checkNewPlace(
  knowledge: Knowledge,
  typed: { name: string; country: string; lat: string; lon: string },
): { place?: KnownPlace; error?: string } {
  const placeId = slugify(typed.name);
  if (knowledge.places.some((p) => p.id === placeId)) return { error: `${typed.name} is already known as a place` };
  const parsed = knownPlaceSchema.safeParse({
    id: placeId,
    name: typed.name.trim(),
    country: typed.country,
    lat: Number(typed.lat),
    lon: Number(typed.lon),
    aliases: [],
  });
  if (!parsed.success || typed.lat.trim() === '' || typed.lon.trim() === '') {
    return { error: parsed.success ? 'latitude and longitude are required' : formatZodError(parsed.error) };
  }
  return { place: parsed.data };
}
