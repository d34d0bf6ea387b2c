import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { documentSchema, eventReportSchema, eventSchema } from '../../src/data/bundleSchema';
import { columnLayout } from '../../src/data/columnLayout';
import { columnsCheck } from '../../src/data/columnsCheck';
import { defineRecord, dictionary, optional, type Fields } from '../../src/data/columnSpec';
import { packColumns } from '../../src/data/packColumns';
import { packBundle, unpackBundle } from '../../src/data/packedBundle';
import { packedTableSchema } from '../../src/data/packedSchema';
import { recordCheck } from '../../src/data/recordCheck';
import { documentSpec, eventSpec, reportSpec } from '../../src/data/recordSpecs';
import { str } from '../../src/data/shapeChecks';
import { splitBundle } from '../../src/data/splitBundle';
import { unpackColumns } from '../../src/data/unpackColumns';
import { seedBundle } from '../seedFixtures';

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const unwrap = (s: z.ZodType): z.ZodType => (s instanceof z.ZodOptional ? (s.unwrap() as z.ZodType) : s);

/** The object schema inside a field's schema: the object itself, or the items of an array of objects. */
function innerShape(s: z.ZodType): Record<string, z.ZodType> {
  const u = unwrap(s);
  const o = u instanceof z.ZodArray ? (u.element as z.ZodType) : u;
  return (o as z.ZodObject).shape as Record<string, z.ZodType>;
}

/**
 * Where a spec and its zod schema disagree, at any depth: a key only one of them has, or a
 * field optional in one and not the other. A field added to bundleSchema.ts but not to its
 * spec (or the other way round) shows here.
 */
function disagreements(fields: Fields, shape: Record<string, z.ZodType>, at = ''): string[] {
  const out: string[] = [];
  for (const key of Object.keys(shape)) if (!(key in fields)) out.push(`${at}${key}: in the zod schema, not in the spec`);
  for (const [key, f] of Object.entries(fields)) {
    const s = shape[key];
    if (!s) {
      out.push(`${at}${key}: in the spec, not in the zod schema`);
      continue;
    }
    if (f.optional !== s instanceof z.ZodOptional) out.push(`${at}${key}: optional in ${f.optional ? 'the spec' : 'zod'} only`);
    if (f.kind === 'nested' || f.kind === 'items') out.push(...disagreements(f.fields, innerShape(s), `${at}${key}.`));
  }
  return out;
}

describe('the column specs', () => {
  it('list every field of the event schema once, as optional as zod has it, nested fields too', () => {
    expect(Object.keys(eventSpec.fields).sort()).toEqual(Object.keys(eventSchema.shape).sort());
    expect(disagreements(eventSpec.fields, eventSchema.shape)).toEqual([]);
  });

  it('list every field of the document schema once, its body fields included', () => {
    expect(Object.keys(documentSpec.fields).sort()).toEqual(Object.keys(documentSchema.shape).sort());
    expect(disagreements(documentSpec.fields, documentSchema.shape)).toEqual([]);
  });

  it('list every field of a merged event report once', () => {
    expect(disagreements(reportSpec.fields, eventReportSchema.shape)).toEqual([]);
  });

  it('find a field that zod has and the spec lacks', () => {
    const wider = eventSchema.extend({ note: z.string().optional() });
    expect(disagreements(eventSpec.fields, wider.shape)).toEqual(['note: in the zod schema, not in the spec']);
  });
});

describe('a new optional event field', () => {
  // What adding `note?: string` to events takes: the field in the zod schema and one spec entry.
  const noteSchema = eventSchema.extend({ note: z.string().optional() });
  const noteSpec = defineRecord('event', noteSchema, { ...eventSpec.fields, note: optional(dictionary(str)) });
  const events = json(splitBundle(structuredClone(seedBundle().bundle), 2).index.events).map((e, i) => (i % 3 === 0 ? { ...e, note: `note ${i % 2}` } : e));

  it('gets its column, its place in the packed schema and in both fast checks, and comes back unpacked', () => {
    const table = json(packColumns(noteSpec.fields, events));
    expect(table.note).toEqual({ values: ['note 0', 'note 1'], codes: events.map((e, i) => (i % 3 === 0 ? (i % 2 === 0 ? 0 : 1) : -1)) });
    const schema = packedTableSchema(noteSpec);
    expect(Object.keys(schema.shape)).toContain('note');
    expect(schema.parse(table)).toEqual(table);
    expect(columnsCheck(columnLayout(noteSpec))(table)).toBe(true);
    expect(unpackColumns(noteSpec, table)).toEqual(events);
    const check = recordCheck(noteSpec.fields);
    expect(events.every(check)).toBe(true);
    expect(check({ ...events[1], note: 3 })).toBe(false);
    expect(noteSchema.safeParse({ ...events[1], note: 3 }).success).toBe(false);
  });

  it('is one the specs without it leave to zod', () => {
    expect(recordCheck(eventSpec.fields)(events[0])).toBe(false);
    expect(columnsCheck(columnLayout(eventSpec))(json(packColumns(noteSpec.fields, events)))).toBe(false);
  });
});

describe('unpacked records', () => {
  it('are plain objects, with their required keys first', () => {
    const { documents, events } = unpackBundle(json(packBundle(splitBundle(structuredClone(seedBundle().bundle), 2).index)));
    for (const record of [documents[0], events[0], events[0]!.date, events[0]!.sources[0]]) expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.keys(events[0]!).slice(0, 7)).toEqual(['id', 'title', 'kind', 'date', 'actorIds', 'topicIds', 'sources']);
  });
});
