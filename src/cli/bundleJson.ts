import type { Bundle, SplitBundle } from '../data/bundleSchema';
import type { PackedBundle } from '../data/packedBundle';

/** How many records go into one chunk: large enough to write quickly, small enough to stay far below V8's string limit. */
const RECORDS_PER_CHUNK = 2_000;

/**
 * The bundle as JSON text in chunks, byte for byte what JSON.stringify(bundle) gives, without
 * ever holding the whole text: one string of a 100,000-event bundle would be hundreds of MB.
 */
export function* bundleJsonChunks(bundle: Bundle | SplitBundle | PackedBundle): Generator<string> {
  const keys = Object.keys(bundle) as (keyof typeof bundle)[];
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const value = bundle[key];
    const prefix = `${k === 0 ? '{' : ','}${JSON.stringify(key)}:`;
    if (!Array.isArray(value)) {
      yield prefix + JSON.stringify(value);
      continue;
    }
    yield `${prefix}[`;
    for (let i = 0; i < value.length; i += RECORDS_PER_CHUNK) {
      const body = value
        .slice(i, i + RECORDS_PER_CHUNK)
        .map((record) => JSON.stringify(record))
        .join(',');
      yield i === 0 ? body : `,${body}`;
    }
    yield ']';
  }
  yield keys.length === 0 ? '{}' : '}';
}
