import type { Column, Layout } from './columnLayout';
import { columnLength } from './columns';
import { every, isObj, listOf, nullable, onlyKeys, type Check } from './shapeChecks';

// The fast shape check of a packed table (packedShape.ts), derived from its column layout: the
// same columns and cross-column rules as the packed zod schema (packedSchema.ts), checked
// column by column, so its cost is that of the columns' entries and not of the fields' number.

type Obj = Record<string, unknown>;

/** True when every code is a whole number naming one of `count` values (or -1, "none", when allowed). */
function codesIn(codes: unknown, count: number, min: number): boolean {
  if (!Array.isArray(codes)) return false;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (!Number.isInteger(c) || c < min || c >= count) return false;
  }
  return true;
}

/** A dictionary column of values passing `value`; `optional` allows code -1. */
function dictionary(v: unknown, value: Check, optional: boolean): boolean {
  return isObj(v) && every(v.values, value) && codesIn(v.codes, (v.values as unknown[]).length, optional ? -1 : 0) && onlyKeys(v, 2);
}

/** A list column of entries passing `value`, with offsets rising from 0 to the number of codes. */
function listColumn(v: unknown, value: Check): boolean {
  if (!isObj(v) || !every(v.values, value) || !codesIn(v.codes, (v.values as unknown[]).length, 0) || !onlyKeys(v, 3)) return false;
  const o = v.offsets;
  if (!Array.isArray(o) || o.length === 0 || o[0] !== 0 || o[o.length - 1] !== (v.codes as unknown[]).length) return false;
  for (let i = 1; i < o.length; i++) if (!Number.isInteger(o[i]) || o[i] < o[i - 1]) return false;
  return true;
}

function columnCheck(c: Column): Check {
  const { kind, check } = c.field;
  if (kind === 'dictionary') return (v) => dictionary(v, check, c.none);
  if (kind === 'list' || kind === 'listed') return (v) => listColumn(v, check);
  return listOf(c.none || kind === 'rare' ? nullable(check) : check);
}

const lengthOf = (c: unknown) => columnLength(c as unknown[]);
const codeCount = (c: unknown) => (c as { codes: unknown[] }).codes.length;

/** True when the columns agree: one entry per record, per-entry columns one per entry of their list, and no empty list that must not be. */
function agree(v: Obj, layout: Layout, perRecord: readonly string[], perEntry: readonly Column[]): boolean {
  let n = -1;
  for (const name of perRecord) {
    const column = v[name];
    if (column === undefined) continue;
    if (n < 0) n = lengthOf(column);
    else if (lengthOf(column) !== n) return false;
  }
  for (const c of perEntry) if (v[c.name] !== undefined && lengthOf(v[c.name]) !== codeCount(v[c.per!.list])) return false;
  for (const { list } of layout.nonEmpty) {
    const o = (v[list] as { offsets: number[] }).offsets;
    for (let i = 1; i < o.length; i++) if (o[i] === o[i - 1]) return false;
  }
  return true;
}

/** The check of a packed table with this layout: true only when its packed zod schema would pass it unchanged. */
export function columnsCheck(layout: Layout): Check {
  const columns = layout.columns.map((c) => ({ name: c.name, always: c.always, check: columnCheck(c) }));
  const perRecord = layout.columns.filter((c) => !c.per).map((c) => c.name);
  const perEntry = layout.columns.filter((c) => c.per);
  return (v) => {
    if (!isObj(v)) return false;
    let known = 0;
    for (const c of columns) {
      const column = v[c.name];
      if (column === undefined) {
        if (c.always) return false;
      } else if (c.check(column)) known++;
      else return false;
    }
    return onlyKeys(v, known) && agree(v, layout, perRecord, perEntry);
  };
}
