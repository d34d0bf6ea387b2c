import { entries, type Field, type Fields } from './columnSpec';
import { every, isObj, isoDate, listOf, nonEmpty, setOf, slug, str, type Check } from './shapeChecks';

// The fast shape check of a record (bundleShape.ts), derived from its column spec: every
// required field present and passing its check, every optional one absent or passing, and no
// other key, since zod would strip it and the record would then not be used as it is. It goes
// through the record's keys rather than the spec's fields, so that it reads each value once and
// counts the required fields it meets on the way, which leaves no key count to keep by hand.

/** Which form of a record to check: the whole record, or a split bundle's, which leaves out its body fields. */
export type View = 'whole' | 'split';

function fieldCheck(f: Field, view: View): Check {
  if (f.kind === 'list') return listOf(f.check);
  if (f.kind === 'nested') return recordCheck(f.fields, view);
  if (f.kind !== 'items') return f.check;
  const item = recordCheck(f.fields, view);
  return f.nonEmpty ? (v) => every(v, item) && (v as unknown[]).length > 0 : listOf(item);
}

// The checks most fields have, called by name below rather than through `checks` (and the sets
// of the fields that take one of a few strings, tested in place): one call site that calls many
// different checks cannot inline any of them.
const DIRECT: readonly Check[] = [slug, nonEmpty, str, isoDate];

/** The check of a record with these fields: true only when zod would pass it unchanged. */
export function recordCheck(fields: Fields, view: View = 'whole'): Check {
  const kept = entries(fields).filter(([, f]) => view === 'whole' || f.kind !== 'body');
  // Plain arrays rather than the entries: the loop below runs for every record of the bundle.
  const keys = kept.map(([k]) => k);
  const checks = kept.map(([, f]) => fieldCheck(f, view));
  const required = kept.map(([, f]) => !f.optional);
  const requiredCount = required.filter(Boolean).length;
  const indexOf = new Map(keys.map((k, i) => [k, i]));
  // The field that followed each field (and, at the end, came first) last time. Records of one
  // bundle list their keys in the same order, so this guess is nearly always right, and a key
  // compared by identity costs less than a look-up. A wrong guess only costs the look-up.
  const next = new Int32Array(keys.length + 1);
  const sets = checks.map(setOf);
  const direct = checks.map((c, i) => (sets[i] ? DIRECT.length : DIRECT.indexOf(c)));
  return (v) => {
    if (!isObj(v)) return false;
    // The record's own keys, read as for-in gives them (which V8 makes cheap): each must be a
    // field, with a value that passes; inherited keys are left to zod.
    let requiredSeen = 0;
    let prev = keys.length;
    for (const k in v) {
      let i = next[prev]!;
      if (keys[i] !== k) {
        const found = indexOf.get(k);
        if (found === undefined) return false;
        next[prev] = i = found;
      }
      if (!Object.prototype.hasOwnProperty.call(v, k)) return false;
      const x = v[k];
      if (x === undefined) return false;
      const d = direct[i];
      const ok = d === 0 ? slug(x) : d === 1 ? nonEmpty(x) : d === 2 ? str(x) : d === 3 ? isoDate(x) : d === 4 ? sets[i]!.has(x) : checks[i]!(x);
      if (!ok) return false;
      if (required[i]) requiredSeen++;
      prev = i;
    }
    return requiredSeen === requiredCount;
  };
}
