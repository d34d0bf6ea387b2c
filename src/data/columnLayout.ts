import './zodConfig';
import { z } from 'zod';
import { columnName, entries, listedKey, type DictionaryField, type Fields, type ListedField, type ListField, type RareField, type RecordSpec, type ValueField } from './columnSpec';

// The columns a record spec stands for, flattened in the order they are written: what the
// packed zod schema (packedSchema.ts) and the fast check of the columns (columnsCheck.ts) go
// through. Pack and unpack walk the spec itself, since they build the nested objects.

/** One column of a packed table. */
export interface Column {
  readonly name: string;
  /** The field the column stores (for a list, `check` and `schema` are of one entry). */
  readonly field: ValueField | DictionaryField | ListField | ListedField | RareField;
  /** The zod schema of one stored value, taken from the record's schema in bundleSchema.ts. */
  readonly schema: z.ZodType;
  /** Entries may say "none" (null, or code -1), because the field or the object holding it is optional. */
  readonly none: boolean;
  /** Written for every bundle; otherwise a bundle may leave the column out. */
  readonly always: boolean;
  /** For a column with one entry per entry of the list column `list` rather than one per record; `noun` names those entries. */
  readonly per?: { readonly list: string; readonly noun: string; readonly beside: boolean };
}

/** The columns of a record type, and the list columns whose every record must have an entry. */
export interface Layout {
  readonly noun: string;
  readonly columns: readonly Column[];
  readonly nonEmpty: readonly { readonly list: string; readonly noun: string }[];
}

const unwrap = (s: z.ZodType): z.ZodType => (s instanceof z.ZodOptional ? (s.unwrap() as z.ZodType) : s);

function elementOf(s: z.ZodType): z.ZodType {
  const u = unwrap(s);
  if (!(u instanceof z.ZodArray)) throw new Error('a list or items field needs an array schema');
  return u.element as z.ZodType;
}

function shapeOf(s: z.ZodType): Record<string, z.ZodType> {
  const u = unwrap(s);
  if (!(u instanceof z.ZodObject)) throw new Error('a nested or items field needs an object schema');
  return u.shape as Record<string, z.ZodType>;
}

interface Walk {
  columns: Column[];
  nonEmpty: { list: string; noun: string }[];
}

/** Adds the columns of `fields` (whose zod schemas are `shape`) to `out`. */
function walk(out: Walk, fields: Fields, shape: Record<string, z.ZodType>, prefix: string, absent: boolean, per?: Column['per']) {
  for (const [key, f] of entries(fields)) {
    const s = shape[key];
    if (!s) throw new Error(`the spec has a field "${key}" its zod schema does not`);
    const name = columnName(prefix, key);
    const none = absent || f.optional;
    // An absent object is told by its required fields saying "none", which a list column cannot say.
    if (absent && (f.kind === 'list' || f.kind === 'items' || f.kind === 'rare')) throw new Error(`"${key}" cannot be inside an optional nested field`);
    if (f.kind === 'nested') walk(out, f.fields, shapeOf(s), f.prefix, none, per);
    else if (f.kind === 'items') {
      const inner = shapeOf(elementOf(s));
      const listed = listedKey(f);
      const list = f.beside === undefined ? columnName(prefix, listed) : columnName(prefix, f.beside);
      if (f.beside === undefined) out.columns.push({ name: list, field: f.fields[listed] as ListedField, schema: unwrap(inner[listed]!), none: false, always: true });
      if (f.nonEmpty) out.nonEmpty.push({ list, noun: f.noun });
      const { [listed]: _listed, ...rest } = f.fields;
      walk(out, rest, inner, '', false, { list, noun: f.noun, beside: f.beside !== undefined });
    } else if (f.kind !== 'moved' && f.kind !== 'body' && f.kind !== 'listed') {
      const always = per ? !per.beside : f.kind === 'value' || f.kind === 'dictionary' || !f.optional;
      out.columns.push({ name, field: f, schema: f.kind === 'list' ? elementOf(s) : unwrap(s), none, always, ...(per ? { per } : {}) });
    }
  }
}

/** The columns of a record spec, in the order they are written. */
export function columnLayout(spec: RecordSpec): Layout {
  const out: Walk = { columns: [], nonEmpty: [] };
  walk(out, spec.fields, spec.schema.shape as Record<string, z.ZodType>, '', false);
  return { noun: spec.noun, ...out };
}
