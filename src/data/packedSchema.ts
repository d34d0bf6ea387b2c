import './zodConfig';
import { z } from 'zod';
import type { RecordSpec } from './columnSpec';
import { columnLayout, type Column, type Layout } from './columnLayout';
import { columnLength, dictionarySchema, listColumnSchema, type DictionarySchema, type ListColumnSchema } from './columns';

// The packed zod schema of a record type, derived from its column spec and, for the values,
// from the record's own zod schema, so that a column can never disagree with its field. The
// types below compute the same shape for TypeScript: a table's columns are typed by name.

type Unwrap<S> = S extends z.ZodOptional<infer T> ? T : S;
type ElementOf<S> = Unwrap<S> extends z.ZodArray<infer E> ? E : never;
type ShapeOf<S> = Unwrap<S> extends z.ZodObject<infer Sh> ? Sh : never;
type Zod<S> = Extract<S, z.ZodType>;
type Str<S> = Extract<S, z.ZodType<string>>;
type Name<P extends string, K extends string> = P extends '' ? K : `${P}${Capitalize<K>}`;
type Flat<T> = { [K in keyof T]: T[K] };
type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type NoneOf<F, None extends boolean> = F extends { optional: true } ? true : None;
type ListedKeys<Fs> = { [K in keyof Fs]: Fs[K] extends { kind: 'listed' } ? K : never }[keyof Fs];
type Optionals<T> = { [K in keyof T]: z.ZodOptional<Extract<T[K], z.ZodType>> };

/** The zod type of the column of one stored field `F` whose record schema is `S`. */
type Leaf<F, S, None extends boolean> = F extends { kind: 'value' }
  ? z.ZodArray<None extends true ? z.ZodNullable<Zod<Unwrap<S>>> : Zod<Unwrap<S>>>
  : F extends { kind: 'dictionary' }
    ? DictionarySchema<Str<Unwrap<S>>>
    : F extends { kind: 'list'; optional: true }
      ? z.ZodOptional<ListColumnSchema<Str<ElementOf<S>>>>
      : F extends { kind: 'list' }
        ? ListColumnSchema<Str<ElementOf<S>>>
        : F extends { kind: 'listed' }
          ? ListColumnSchema<Str<Unwrap<S>>>
          : F extends { kind: 'rare' }
            ? z.ZodOptional<z.ZodArray<z.ZodNullable<Zod<Unwrap<S>>>>>
            : never;

/** The columns one field `F` (named `K`, with record schema `S`) adds to a table. */
type FieldColumns<F, S, K extends string, P extends string, None extends boolean> = F extends { kind: 'nested'; fields: infer Sub; prefix: infer P2 extends string }
  ? Columns<Sub, ShapeOf<S>, P2, None>
  : F extends { kind: 'items'; optional: true; fields: infer Sub }
    ? Optionals<Columns<Omit<Sub, ListedKeys<Sub>>, ShapeOf<ElementOf<S>>, '', false>>
    : F extends { kind: 'items'; fields: infer Sub }
      ? Columns<Sub, ShapeOf<ElementOf<S>>, '', false>
      : F extends { kind: 'moved' | 'body' }
        ? never
        : { [_ in Name<P, K>]: Leaf<F, S, None> };

type Columns<Fs, Sh, P extends string, None extends boolean> = Flat<
  Intersect<{ [K in keyof Fs & string]: FieldColumns<Fs[K], K extends keyof Sh ? Sh[K] : never, K, P, NoneOf<Fs[K], None>> }[keyof Fs & string]>
>;

/** The zod schema of the packed table of the record type `R`. */
export type PackedTableSchema<R extends RecordSpec> = z.ZodObject<Extract<Columns<R['fields'], R['schema']['shape'], '', false>, z.core.$ZodShape>>;

function columnSchema(c: Column): z.ZodType {
  const v = c.schema as z.ZodType<string>;
  const kind = c.field.kind;
  const column = kind === 'dictionary' ? dictionarySchema(v, c.none) : kind === 'list' || kind === 'listed' ? listColumnSchema(v) : z.array(c.none || kind === 'rare' ? v.nullable() : v);
  return c.always ? column : column.optional();
}

type Table = Record<string, unknown[] | { codes: number[]; offsets?: number[] } | undefined>;

/** Every column that has one entry per record has as many as the first; else an issue naming the one that does not. */
function sameLengths(table: Table, names: readonly string[], ctx: z.RefinementCtx) {
  const present = names.filter((k) => table[k] !== undefined);
  const [first, ...rest] = present;
  if (first === undefined) return;
  const n = columnLength(table[first] as unknown[]);
  for (const key of rest) {
    const m = columnLength(table[key] as unknown[]);
    if (m !== n) ctx.addIssue({ code: 'custom', path: [key], message: `has ${m} entries where ${first} has ${n}` });
  }
}

/** The checks across columns: their lengths, the entries of per-entry columns, and the lists that must not be empty. */
function crossChecks(layout: Layout) {
  const perRecord = layout.columns.filter((c) => !c.per).map((c) => c.name);
  // A column beside another field's list is counted before those of items: the order in which these issues have always been reported.
  const perEntry = layout.columns.filter((c) => c.per).sort((a, b) => Number(b.per!.beside) - Number(a.per!.beside));
  return (table: Table, ctx: z.RefinementCtx) => {
    sameLengths(table, perRecord, ctx);
    for (const { name, per } of perEntry) {
      const column = table[name];
      const entries = (table[per!.list] as { codes: number[] }).codes.length;
      if (column !== undefined && columnLength(column as unknown[]) !== entries)
        ctx.addIssue({ code: 'custom', path: [name], message: `has ${columnLength(column as unknown[])} ${name}s for ${entries} ${per!.noun}s` });
    }
    for (const { list, noun } of layout.nonEmpty) {
      const o = (table[list] as { offsets: number[] }).offsets;
      const bare = o.findIndex((v, i) => i > 0 && v === o[i - 1]);
      if (bare > 0) ctx.addIssue({ code: 'custom', path: [list, 'offsets', bare], message: `${layout.noun} ${bare - 1} has no ${noun}` });
    }
  };
}

/** The zod schema of a record type's packed table: its columns, and how their lengths must agree. */
export function packedTableSchema<R extends RecordSpec>(spec: R): PackedTableSchema<R> {
  const layout = columnLayout(spec);
  const shape = Object.fromEntries(layout.columns.map((c) => [c.name, columnSchema(c)]));
  return z.object(shape).superRefine(crossChecks(layout) as (t: unknown, ctx: z.RefinementCtx) => void) as unknown as PackedTableSchema<R>;
}
