import { columnLayout } from './columnLayout';
import { columnName, entries, listedKey, type Field, type Fields, type ItemsField, type RecordSpec } from './columnSpec';
import { columnLength, listValue, type Dictionary, type ListColumn } from './columns';

// Unpacking derived from a column spec. The readers are made once per table, each bound to its
// column, and then run for every record: at 100,000 events every allocation per event shows
// in the first draw, so each object is made once, with only the keys it has (required fields
// first, then the optional ones present), and nothing is copied or spread.

type Row = Record<string, unknown>;
type Table = Record<string, unknown>;
/** Writes the field(s) of record (or item) `i` into `into`. */
type Reader = (i: number, into: Row) => void;

/**
 * The list of a field a split bundle keeps in its body files: one shared, frozen empty list
 * rather than 100,000 new ones, since nothing adds to a loaded record's evidence.
 */
const MOVED: readonly never[] = Object.freeze([]);

/**
 * A maker of plain objects for one kind of record. The objects one function makes with `new`
 * get room for the keys they end up with (V8's slack tracking), where `{}` has room for four
 * and keeps the others in a separate store that is allocated again as it grows. Its prototype
 * is Object.prototype, so what it makes is a plain object, as `{}` is.
 */
function objectMaker(): new () => Row {
  const Maker = function () {} as unknown as new () => Row;
  Maker.prototype = Object.prototype;
  return Maker;
}

/** True for record `i` when every required field of `fields` has a value: an optional nested object is present. */
function presence(fields: Fields, table: Table, prefix: string): (i: number) => boolean {
  const required = entries(fields).filter(([, f]) => !f.optional);
  const columns = required.map(([key, f]) => ({ column: table[columnName(prefix, key)], coded: f.kind === 'dictionary' }));
  return (i) => {
    for (const { column, coded } of columns) if (coded ? (column as Dictionary).codes[i]! < 0 : (column as unknown[])[i] == null) return false;
    return true;
  };
}

function itemsReader(key: string, f: ItemsField, table: Table, prefix: string): Reader | undefined {
  const listed = listedKey(f);
  const { [listed]: _listed, ...rest } = f.fields;
  // Beside another field's list, the items' own columns are written together or not at all.
  if (f.beside !== undefined && entries(rest).some(([k, sub]) => sub.kind !== 'moved' && table[k] === undefined)) return undefined;
  const { values, codes, offsets } = table[columnName(prefix, f.beside ?? listed)] as ListColumn;
  const readItem = fieldsReader(rest, table, '', false);
  const MakeItem = objectMaker();
  return (i, into) => {
    const list: Row[] = [];
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
      const item = new MakeItem();
      item[listed] = values[codes[j]!];
      readItem(j, item);
      list.push(item);
    }
    into[key] = list;
  };
}

function nestedReader(key: string, fields: Fields, table: Table, prefix: string, optional: boolean): Reader {
  const read = fieldsReader(fields, table, prefix, optional);
  const MakeNested = objectMaker();
  if (!optional)
    return (i, into) => {
      const o = new MakeNested();
      read(i, o);
      into[key] = o;
    };
  const present = presence(fields, table, prefix);
  return (i, into) => {
    if (!present(i)) return;
    const o = new MakeNested();
    read(i, o);
    into[key] = o;
  };
}

function valueReader(key: string, optional: boolean, column: unknown[]): Reader {
  if (!optional) return (i, into) => void (into[key] = column[i]);
  return (i, into) => {
    const v = column[i];
    if (v != null) into[key] = v;
  };
}

function dictionaryReader(key: string, optional: boolean, { values, codes }: Dictionary): Reader {
  if (!optional) return (i, into) => void (into[key] = values[codes[i]!]);
  return (i, into) => {
    const code = codes[i]!;
    if (code >= 0) into[key] = values[code];
  };
}

function rareReader(key: string, column: unknown[]): Reader {
  return (i, into) => {
    const v = column[i];
    if (v) into[key] = v;
  };
}

/** The reader of one field, or none when the table holds nothing of it. */
function fieldReader(key: string, f: Field, table: Table, prefix: string, absent: boolean): Reader | undefined {
  const column = table[columnName(prefix, key)];
  switch (f.kind) {
    case 'value':
      return valueReader(key, f.optional || absent, column as unknown[]);
    case 'dictionary':
      return dictionaryReader(key, f.optional || absent, column as Dictionary);
    case 'list':
      return column === undefined ? undefined : (i, into) => void (into[key] = listValue(column as ListColumn, i));
    case 'rare':
      return column === undefined ? undefined : rareReader(key, column as unknown[]);
    case 'nested':
      return nestedReader(key, f.fields, table, f.prefix, absent || f.optional);
    case 'items':
      return itemsReader(key, f, table, prefix);
    case 'moved':
      return f.optional ? undefined : (_i, into) => void (into[key] = MOVED);
    default:
      return undefined; // A body field stays in the body files; a listed one is read by its items field.
  }
}

/** One reader for all of `fields`: the required fields first, then the optional ones, so that records share their first keys. */
function fieldsReader(fields: Fields, table: Table, prefix: string, absent: boolean): Reader {
  const ordered = [...entries(fields).filter(([, f]) => !f.optional), ...entries(fields).filter(([, f]) => f.optional)];
  const readers = ordered.map(([key, f]) => fieldReader(key, f, table, prefix, absent)).filter((r): r is Reader => r !== undefined);
  const n = readers.length;
  return (i, into) => {
    for (let k = 0; k < n; k++) readers[k]!(i, into);
  };
}

/** The records a packed table of the record type `spec` holds; the table must have passed its packed schema. */
export function unpackColumns(spec: RecordSpec, packed: object): Row[] {
  const table = packed as Table;
  const read = fieldsReader(spec.fields, table, '', false);
  // The first column has one entry per record, as every column not of items does.
  const n = columnLength(table[columnLayout(spec).columns[0]!.name] as unknown[]);
  const MakeRecord = objectMaker();
  const records: Row[] = [];
  for (let i = 0; i < n; i++) {
    const record = new MakeRecord();
    read(i, record);
    records.push(record);
  }
  return records;
}
