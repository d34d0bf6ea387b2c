import type { z } from 'zod';
import type { Check } from './shapeChecks';

// The words a column spec is written in. A record type that a packed bundle stores as columns
// (events, documents) has one spec listing each of its fields once: how the field is stored as a
// column, how its fast shape check is done, and whether it is optional. The packed zod schema,
// pack, unpack and both fast shape checks are all derived from it (packedSchema.ts,
// packColumns.ts, unpackColumns.ts, recordCheck.ts, columnsCheck.ts), so that a new field is
// added to bundleSchema.ts and to its record's spec and nowhere else.

/** A field stored as it is, one entry per record; null for "none" when optional. */
export interface ValueField<O extends boolean = boolean> {
  readonly kind: 'value';
  readonly optional: O;
  readonly check: Check;
}

/** A string field whose values repeat, stored once each with a code per record; -1 for "none" when optional. */
export interface DictionaryField<O extends boolean = boolean> {
  readonly kind: 'dictionary';
  readonly optional: O;
  readonly check: Check;
}

/**
 * A list of strings per record, coded against one dictionary (`check` is of one entry). An
 * optional list's column is written only when some record has the field, and then gives the
 * others an empty list, which means the same.
 */
export interface ListField<O extends boolean = boolean> {
  readonly kind: 'list';
  readonly optional: O;
  readonly check: Check;
}

/** Inside an items field: the item's string, whose list per record is the items' list column (values, codes and offsets). */
export interface ListedField {
  readonly kind: 'listed';
  readonly optional: false;
  readonly check: Check;
}

/** An optional value few records have, stored whole, null for the others; the column is written only when some record has one. */
export interface RareField {
  readonly kind: 'rare';
  readonly optional: true;
  readonly check: Check;
}

/**
 * A field a split bundle keeps in its body files: its record in the split bundle has an empty
 * list there (none when optional), and packing refuses one that is not empty. No column.
 */
export interface MovedField<O extends boolean = boolean> {
  readonly kind: 'moved';
  readonly optional: O;
  readonly check: Check;
}

/** A field of the whole record that a split bundle's record leaves out (a document's text and what is found in it). No column. */
export interface BodyField<O extends boolean = boolean> {
  readonly kind: 'body';
  readonly optional: O;
  readonly check: Check;
}

/**
 * An object field whose own fields are columns of the record, named `prefix` + the field's
 * name when there is a prefix. An optional one is present when all its required fields are,
 * and then holds only value and dictionary fields, which can say "none".
 */
export interface NestedField<F extends Fields = Fields, P extends string = string, O extends boolean = boolean> {
  readonly kind: 'nested';
  readonly optional: O;
  readonly fields: F;
  readonly prefix: P;
}

/**
 * A list of objects per record, stored as columns of their fields: the one listed field is a
 * list column (one list per record, one entry per item), the others have one entry per item.
 * With `beside`, that list is the list field `beside` of the record and is not stored again; the other
 * columns are then written only when every record has one item per entry of it, in its order.
 * `noun` names an entry, for the messages.
 */
export interface ItemsField<F extends Fields = Fields, O extends boolean = boolean> {
  readonly kind: 'items';
  readonly optional: O;
  readonly fields: F;
  readonly noun: string;
  readonly nonEmpty: boolean;
  readonly beside?: string;
}

/** How one field of a record is stored and checked. */
export type Field = ValueField | DictionaryField | ListField | ListedField | RareField | MovedField | BodyField | NestedField | ItemsField;

/** A record's fields, each once, in the order their columns are written. */
export type Fields = { readonly [key: string]: Field };

/** The fields of a record type with the zod schema they mirror; `noun` names a record, for the messages. */
export interface RecordSpec<S extends z.ZodObject = z.ZodObject, F extends Fields = Fields> {
  readonly noun: string;
  readonly schema: S;
  readonly fields: F;
}

/** A record spec: every key of the zod schema must have a field (the unit test also refuses extra ones). */
export const defineRecord = <S extends z.ZodObject, F extends Fields & { readonly [K in keyof S['shape']]: Field }>(noun: string, schema: S, fields: F): RecordSpec<S, F> => ({
  noun,
  schema,
  fields,
});

/** A field stored as it is. */
export const value = (check: Check): ValueField<false> => ({ kind: 'value', optional: false, check });
/** A string field with repeating values. */
export const dictionary = (check: Check): DictionaryField<false> => ({ kind: 'dictionary', optional: false, check });
/** A list of strings per record; `check` is of one entry. */
export const list = (check: Check): ListField<false> => ({ kind: 'list', optional: false, check });
/** The string of an item whose list per record is stored as a list column. */
export const listed = (check: Check): ListedField => ({ kind: 'listed', optional: false, check });
/** A value few records have. */
export const rare = (check: Check): RareField => ({ kind: 'rare', optional: true, check });
/** A field a split bundle keeps in its body files. */
export const moved = (check: Check): MovedField<false> => ({ kind: 'moved', optional: false, check });
/** A field only the whole record has. */
export const body = (check: Check): BodyField<false> => ({ kind: 'body', optional: false, check });
/** An object field whose fields are columns, named with `prefix` when given. */
export function nested<F extends Fields>(fields: F): NestedField<F, '', false>;
export function nested<F extends Fields, P extends string>(fields: F, prefix: P): NestedField<F, P, false>;
export function nested(fields: Fields, prefix = ''): NestedField {
  return { kind: 'nested', optional: false, fields, prefix };
}
/** A list of objects per record, stored as one column per field; `nonEmpty` when every record has at least one. */
export const items = <F extends Fields>(fields: F, noun: string, nonEmpty = false): ItemsField<F, false> => ({ kind: 'items', optional: false, fields, noun, nonEmpty });
/** An optional list of objects with one item per entry of the record's list field `of` (whose entries `noun` names). */
export const beside = <F extends Fields>(of: string, fields: F, noun: string): ItemsField<F, true> => ({ kind: 'items', optional: true, fields, noun, nonEmpty: false, beside: of });

/** The same field, optional (a list of items is optional only beside a list, and a rare or listed field cannot be). */
export const optional = <F extends Exclude<Field, RareField | ListedField | ItemsField>>(f: F): Omit<F, 'optional'> & { readonly optional: true } => ({ ...f, optional: true });

/** The field's name, and the field. */
export const entries = (fields: Fields): [string, Field][] => Object.entries(fields);

/** The column name of field `key` inside a nested field with `prefix`. */
export const columnName = (prefix: string, key: string) => (prefix ? prefix + key[0]!.toUpperCase() + key.slice(1) : key);

/** The one listed field of an items field, whose list column carries the items' count. */
export function listedKey(f: ItemsField): string {
  const found = entries(f.fields).filter(([, sub]) => sub.kind === 'listed');
  if (found.length !== 1) throw new Error(`an items field has exactly one listed field, not ${found.length}`);
  return found[0]![0];
}
