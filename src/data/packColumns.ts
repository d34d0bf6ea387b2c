import { columnName, entries, listedKey, type Fields, type ItemsField } from './columnSpec';
import { encodeDictionary, encodeLists, optionalColumn } from './columns';

// Packing derived from a column spec: each field of the records becomes its columns, in the
// spec's order (which is the order they are written in, so the same bundle packs to the same
// bytes). Unpacking is in unpackColumns.ts.

type Row = Record<string, unknown>;
type Table = Record<string, unknown>;

/** Throws for a field the split bundle should already have moved to its body files. */
function refuseMoved(key: string, isOptional: boolean, rows: readonly (Row | undefined)[]) {
  for (const r of rows) {
    const v = r?.[key];
    if (isOptional ? v : (v as unknown[]).length > 0) throw new Error(`a packed bundle keeps its ${key} in its body files`);
  }
}

/** The columns of an items field: its listed field as a list column (unless it is another field's list), the others one entry per item. */
function packItems(out: Table, key: string, f: ItemsField, rows: readonly (Row | undefined)[], prefix: string) {
  const lists = rows.map((r) => r?.[key] as Row[] | undefined);
  const listed = listedKey(f);
  if (f.beside !== undefined) {
    const of = f.beside;
    // The items travel beside the list, so they are kept only when every record gives one per entry, in its order.
    const follows = (r: Row | undefined, i: number) => {
      const entries = r?.[of] as unknown[];
      return lists[i]?.length === entries.length && lists[i]!.every((item, j) => item[listed] === entries[j]);
    };
    if (rows.length === 0 || !rows.every(follows)) return;
  } else out[columnName(prefix, listed)] = encodeLists(lists.map((l) => l!.map((item) => item[listed] as string)));
  const { [listed]: _listed, ...rest } = f.fields;
  packFields(out, rest, lists.flatMap((l) => l ?? []), '', false);
}

/** Adds the columns of `fields` for `rows` to `out`; `absent` when the object holding them may be missing. */
function packFields(out: Table, fields: Fields, rows: readonly (Row | undefined)[], prefix: string, absent: boolean) {
  for (const [key, f] of entries(fields)) {
    const name = columnName(prefix, key);
    const values = () => rows.map((r) => r?.[key]);
    switch (f.kind) {
      case 'value':
        out[name] = f.optional || absent ? optionalColumn(values()) : values();
        break;
      case 'dictionary':
        out[name] = encodeDictionary(values() as (string | undefined)[]);
        break;
      case 'list':
        if (!f.optional) out[name] = encodeLists(values() as string[][]);
        else if (rows.some((r) => r?.[key])) out[name] = encodeLists(rows.map((r) => (r?.[key] as string[] | undefined) ?? []));
        break;
      case 'rare':
        if (rows.some((r) => r?.[key])) out[name] = rows.map((r) => r?.[key] ?? null);
        break;
      case 'nested':
        packFields(out, f.fields, values() as (Row | undefined)[], f.prefix, absent || f.optional);
        break;
      case 'items':
        packItems(out, key, f, rows, prefix);
        break;
      case 'moved':
        refuseMoved(key, f.optional, rows);
        break;
      // A body field has no column, and a listed one is written by its items field.
    }
  }
}

/** The columns of `records` as `fields` store them. */
export function packColumns(fields: Fields, records: readonly object[]): Table {
  const out: Table = {};
  packFields(out, fields, records as readonly Row[], '', false);
  return out;
}
