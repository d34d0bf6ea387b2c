import './zodConfig';
import { z } from 'zod';

// Column encodings for the packed bundle. A list of 100,000 JSON objects spends most of its
// bytes on repeated keys and repeated strings (every event spells out "actorIds" and the same
// few hundred actor ids); columns store each key once and each repeated string once.

/** Repeated strings stored once: the distinct values, and per record the position of its value (-1 for none). */
export interface Dictionary<T extends string = string> {
  values: T[];
  codes: number[];
}

/** A list of strings per record: the distinct values, every record's codes one after another, and where each record's codes start (one more offset than records). */
export interface ListColumn {
  values: string[];
  codes: number[];
  offsets: number[];
}

/** Codes each value by its first appearance; `undefined` becomes -1. */
export function encodeDictionary<T extends string>(items: readonly (T | undefined)[]): Dictionary<T> {
  const values: T[] = [];
  const codeOf = new Map<T, number>();
  const codes = items.map((v) => {
    if (v === undefined) return -1;
    let code = codeOf.get(v);
    if (code === undefined) {
      code = values.push(v) - 1;
      codeOf.set(v, code);
    }
    return code;
  });
  return { values, codes };
}

/** Codes every record's list against one dictionary. */
export function encodeLists(lists: readonly (readonly string[])[]): ListColumn {
  const offsets = [0];
  const flat: string[] = [];
  for (const list of lists) offsets.push(flat.push(...list));
  const { values, codes } = encodeDictionary(flat);
  return { values, codes, offsets };
}

/** The list of record `i`. */
export function listValue(c: ListColumn, i: number): string[] {
  const out: string[] = [];
  for (let j = c.offsets[i]!; j < c.offsets[i + 1]!; j++) out.push(c.values[c.codes[j]!]!);
  return out;
}

/** A column of optional values: null where a record has none. */
export const optionalColumn = <T>(items: readonly (T | undefined)[]): (T | null)[] => items.map((v) => (v === undefined ? null : v));

const codes = z.array(z.number().int());

/** The schema of a dictionary column whose values match `value`; `optional` allows -1 for "none". */
export function dictionarySchema<T extends z.ZodType<string>>(value: T, optional = false) {
  return z.object({ values: z.array(value), codes }).superRefine((d, ctx) => {
    const min = optional ? -1 : 0;
    const bad = d.codes.findIndex((c) => c < min || c >= d.values.length);
    if (bad >= 0) ctx.addIssue({ code: 'custom', path: ['codes', bad], message: `code ${d.codes[bad]} names no value (there are ${d.values.length})` });
  });
}

/** The schema of a list column whose values match `value`. */
export function listColumnSchema<T extends z.ZodType<string>>(value: T) {
  return z.object({ values: z.array(value), codes, offsets: codes }).superRefine((c, ctx) => {
    const bad = c.codes.findIndex((code) => code < 0 || code >= c.values.length);
    if (bad >= 0) ctx.addIssue({ code: 'custom', path: ['codes', bad], message: `code ${c.codes[bad]} names no value (there are ${c.values.length})` });
    const o = c.offsets;
    const ordered = o.length > 0 && o[0] === 0 && o[o.length - 1] === c.codes.length && o.every((v, i) => i === 0 || v >= o[i - 1]!);
    if (!ordered) ctx.addIssue({ code: 'custom', path: ['offsets'], message: 'offsets must rise from 0 to the number of codes' });
  });
}

/** How many records a column holds, whatever its kind. */
export function columnLength(c: unknown[] | Dictionary | ListColumn): number {
  if (Array.isArray(c)) return c.length;
  return 'offsets' in c ? c.offsets.length - 1 : c.codes.length;
}

/** The zod type of a dictionary column of `T` values. */
export type DictionarySchema<T extends z.ZodType<string>> = ReturnType<typeof dictionarySchema<T>>;

/** The zod type of a list column of `T` entries. */
export type ListColumnSchema<T extends z.ZodType<string>> = ReturnType<typeof listColumnSchema<T>>;
