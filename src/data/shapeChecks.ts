// The small checks the fast shape checks are made of (bundleShape.ts for records, packedShape.ts
// for columns). Each says true only for a value its zod schema in bundleSchema.ts passes
// unchanged; they are kept apart from both users so that the column specs can name them too.

type Obj = Record<string, unknown>;

/** A check of one value: true only when zod would pass it unchanged. */
export type Check = (v: unknown) => boolean;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A plain object (not null, not an array). */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A string. */
export const str = (v: unknown): v is string => typeof v === 'string';
/** A string of at least one character. */
export const nonEmpty = (v: unknown) => typeof v === 'string' && v.length > 0;
/** An id as slugSchema allows it. */
export const slug = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 80 && SLUG.test(v);
/** A YYYY-MM-DD date string. */
export const isoDate = (v: unknown) => typeof v === 'string' && ISO_DATE.test(v);
/** A safe integer. */
export const int = (v: unknown) => Number.isSafeInteger(v);
/** A safe integer of 0 or more. */
export const nat = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
/** A finite number. */
export const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
/** A boolean. */
export const bool = (v: unknown) => typeof v === 'boolean';
/** Absent, or passing `check`. */
export const opt = (v: unknown, check: Check) => v === undefined || check(v);
const setsOf = new WeakMap<Check, ReadonlySet<unknown>>();

/** A check for one of a fixed set of strings, as a zod enum or literal allows them. */
export const inSet = (values: Iterable<string>): Check => {
  const set = new Set<unknown>(values);
  const check: Check = (v) => typeof v === 'string' && set.has(v);
  setsOf.set(check, set);
  return check;
};

/** The strings an `inSet` check allows, so that a hot loop can test them without calling the check; undefined for other checks. */
export const setOf = (check: Check): ReadonlySet<unknown> | undefined => setsOf.get(check);
/** A check that also allows null, as a column of optional values holds it for "none". */
export const nullable = (check: Check): Check => (v) => v === null || check(v);

/** True when `o` has exactly `known` own keys, all of them known ones: zod strips others, so those objects are left to zod. */
export function onlyKeys(o: Obj, known: number): boolean {
  let n = 0;
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) n++;
  return n === known;
}

/** Counts how many of the given values are defined, i.e. how many known keys an object has. */
export function defined(...values: unknown[]): number {
  let n = 0;
  for (const v of values) if (v !== undefined) n++;
  return n;
}

/** An array whose every item passes `check`. */
export function every(v: unknown, check: Check): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
  return true;
}

/** A list check: an array whose every item passes `check`. */
export const listOf =
  (check: Check): Check =>
  (v) =>
    every(v, check);

/** A passage of a document with its text, as evidenceSchema has it. */
export const evidence = (v: unknown) => isObj(v) && nat(v.start) && nat(v.end) && str(v.text) && onlyKeys(v, 3);
