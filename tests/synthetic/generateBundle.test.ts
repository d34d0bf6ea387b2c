import { describe, expect, it } from 'vitest';
import knowledge from '../../seeds/knowledge.json';
import { bundleSchema, type Bundle, type Evidence } from '../../src/data/bundleSchema';
import { bundleJsonChunks } from '../../src/cli/bundleJson';
import { parseCliArgs } from '../../src/synthetic/cli';
import { casedKeyword } from '../../src/synthetic/composeDocument';
import { generateBundle } from '../../src/synthetic/generateBundle';
import { createRandom, mulberry32 } from '../../src/synthetic/random';

// One bundle for most checks: generating it takes a fraction of a second.
const bundle: Bundle = generateBundle({ events: 500, seed: 7 });
const docs = new Map(bundle.documents.map((d) => [d.id, d]));
const slice = (documentId: string, span: { start: number; end: number }) => docs.get(documentId)!.text.slice(span.start, span.end);

describe('generateBundle', () => {
  it('produces a bundle the app schema accepts, with the number of events asked for', () => {
    const parsed = bundleSchema.safeParse(bundle);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    expect(bundle.events).toHaveLength(500);
    // About one article per one to two events.
    expect(bundle.documents.length).toBeGreaterThan(500 / 2.2);
    expect(bundle.documents.length).toBeLessThan(500);
  });

  it('is deterministic: the same options give the same bytes, another seed does not', () => {
    const again = JSON.stringify(generateBundle({ events: 500, seed: 7 }));
    expect(again).toBe(JSON.stringify(bundle));
    expect(JSON.stringify(generateBundle({ events: 500, seed: 8 }))).not.toBe(again);
  });

  it('writes in chunks exactly the bytes of JSON.stringify', () => {
    expect([...bundleJsonChunks(bundle)].join('')).toBe(JSON.stringify(bundle));
    const empty = generateBundle({ events: 0, seed: 1 });
    expect([...bundleJsonChunks(empty)].join('')).toBe(JSON.stringify(empty));
  });

  it('gives every mention a slice that is a spelling of what it names', () => {
    const entities = new Map(bundle.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
    const places = new Map(bundle.places.map((p) => [p.id, p.name]));
    const keywords = new Map(knowledge.topics.map((t) => [t.id, t.keywords.map((k) => k.toLowerCase())]));
    expect(bundle.mentions.length).toBeGreaterThan(bundle.documents.length * 5);
    for (const m of bundle.mentions) {
      const text = slice(m.documentId, m);
      const where = `${m.documentId}:${m.start} ${m.type} ${m.id} "${text}"`;
      if (m.type === 'person' || m.type === 'organisation' || m.type === 'state') expect(entities.get(m.id), where).toContain(text);
      else if (m.type === 'place') expect(text, where).toBe(places.get(m.id));
      else if (m.type === 'topic') expect(keywords.get(m.id), where).toContain(text.toLowerCase());
      else if (m.type === 'figure') expect(text, where).toBe(docs.get(m.documentId)!.figures[Number(m.id)]!.text);
      else {
        expect(m.id, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(text, where).toContain(m.id.slice(0, 4));
      }
    }
  });

  it('gives every evidence, quote, figure, dateline and paragraph a span that slices exactly its text', () => {
    const check = (documentId: string, e: Evidence) => expect(slice(documentId, e), `${documentId}:${e.start}`).toBe(e.text);
    for (const ev of bundle.events) {
      for (const s of ev.sources) for (const e of s.evidence) check(s.documentId, e);
      // A date's evidence is in the first source, the article that first gave the date.
      for (const e of ev.date.evidence ?? []) check(ev.sources[0]!.documentId, e);
      if (ev.date.basis === 'stated') expect(ev.date.evidence?.[0]?.text, ev.id).toBe(ev.date.asStated);
      else expect(ev.date.reason, ev.id).toBeTruthy();
    }
    for (const d of bundle.documents) {
      if (d.dateline) check(d.id, d.dateline);
      for (const q of d.quotes) check(d.id, q);
      for (const f of d.figures) {
        check(d.id, f);
        check(d.id, f.context);
        expect(f.text.replace(/,/g, '')).toContain(String(f.value));
      }
      let last = 0;
      for (const p of d.paragraphs) {
        expect(p.start).toBeGreaterThanOrEqual(last);
        expect(d.text.slice(p.start, p.end)).not.toMatch(/^\s|\s$|\n\n/);
        last = p.end;
      }
      expect(d.paragraphs.at(-1)!.end).toBe(d.text.length);
      expect(d.text.startsWith(d.title)).toBe(true);
    }
  });

  it('keeps every date within 1995–2025, with ranges of two or three days', () => {
    for (const e of bundle.events) {
      expect(e.date.start >= '1995-01-01' && e.date.start <= '2025-12-31', e.id).toBe(true);
      if (e.date.end) {
        expect(e.date.end > e.date.start && e.date.end <= '2025-12-31', e.id).toBe(true);
        if (e.date.precision === 'day') expect(Date.parse(e.date.end) - Date.parse(e.date.start), e.id).toBeLessThanOrEqual(2 * 86_400_000);
      }
    }
  });

  it('refers only to places, actors, topics and documents the bundle holds', () => {
    const places = new Set(bundle.places.map((p) => p.id));
    const entities = new Set(bundle.entities.map((e) => e.id));
    const topics = new Set(bundle.topics.map((t) => t.id));
    for (const e of bundle.events) {
      if (e.placeId) expect(places.has(e.placeId), e.placeId).toBe(true);
      for (const a of e.actorIds) expect(entities.has(a), a).toBe(true);
      for (const t of e.topicIds) expect(topics.has(t), t).toBe(true);
      for (const s of e.sources) expect(docs.has(s.documentId), s.documentId).toBe(true);
      expect(e.actorIds.length).toBeGreaterThanOrEqual(1);
      expect(e.actorIds.length).toBeLessThanOrEqual(6);
      expect(new Set(e.actorIds).size).toBe(e.actorIds.length);
      expect(e.topicIds.length).toBeGreaterThanOrEqual(1);
      expect(e.topicIds.length).toBeLessThanOrEqual(4);
    }
    for (const d of bundle.documents) {
      if (d.datelinePlaceId) expect(places.has(d.datelinePlaceId)).toBe(true);
      for (const q of d.quotes) if (q.speakerId) expect(entities.has(q.speakerId)).toBe(true);
    }
    for (const e of bundle.entities) for (const r of e.roles) expect(docs.has(r.documentId)).toBe(true);
    expect(new Set(bundle.events.map((e) => e.id)).size).toBe(bundle.events.length);
    expect(new Set(bundle.entities.map((e) => e.id)).size).toBe(bundle.entities.length);
  });

  it('has the spreads of a real corpus: skewed places, a long tail of actors, mostly stated day dates', () => {
    const count = <T>(items: T[]) => items.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>());
    const places = [...count(bundle.events.map((e) => e.placeId)).entries()].sort((a, b) => b[1] - a[1]);
    expect(places[0]![0]).toBe('dushanbe');
    const basis = count(bundle.events.map((e) => e.date.basis));
    expect(basis.get('stated')! / 500).toBeGreaterThan(0.7);
    expect(basis.get('inferred')).toBeGreaterThan(0);
    expect(basis.get('curated')).toBeGreaterThan(0);
    const precision = count(bundle.events.map((e) => e.date.precision));
    expect(precision.get('day')! / 500).toBeGreaterThan(0.7);
    expect(precision.get('month')).toBeGreaterThan(0);
    expect(precision.get('year')).toBeGreaterThan(0);
    const referenced = bundle.events.filter((e) => e.sources.every((s) => s.role === 'referenced')).length / 500;
    expect(referenced).toBeGreaterThan(0.12);
    expect(referenced).toBeLessThan(0.3);
    expect(bundle.events.some((e) => e.sources.length >= 2)).toBe(true);
    const types = count(bundle.entities.map((e) => e.type));
    expect(types.get('person')).toBeGreaterThanOrEqual(300);
    expect(types.get('organisation')).toBeGreaterThanOrEqual(140);
    const kinds = new Set(bundle.events.map((e) => e.kind));
    for (const k of ['conference', 'meeting', 'summit', 'exercise', 'declaration', 'convention', 'strategy'])
      expect(kinds.has(k), k).toBe(true);
    const lengths = bundle.documents.map((d) => d.text.length).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThan(1500);
    expect(lengths.at(-1)).toBeLessThan(8000);
  });
});

describe('synthetic helpers', () => {
  it('mulberry32 and named streams repeat for a seed and differ between streams', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(createRandom(1, 'x').next()).not.toBe(createRandom(1, 'y').next());
  });

  it('cases keywords as news copy writes them, and lowercasing gives them back', () => {
    expect(casedKeyword('un security council')).toBe('UN Security Council');
    expect(casedKeyword('covid-19')).toBe('COVID-19');
    expect(casedKeyword('cooperation with the un')).toBe('cooperation with the UN');
    expect(casedKeyword('east-antiterror')).toBe('East-Antiterror');
    for (const t of knowledge.topics) for (const k of t.keywords) expect(casedKeyword(k).toLowerCase()).toBe(k.toLowerCase());
  });

  it('reads the command line and refuses what it does not know', () => {
    expect(parseCliArgs(['--events', '10', '--seed', '3', '--out', 'x.json'])).toEqual({
      events: 10,
      seed: 3,
      out: 'x.json',
      split: false,
    });
    expect(parseCliArgs(['--events=5', '--split', '--out=y.json'])).toEqual({ events: 5, seed: 1, out: 'y.json', split: true });
    expect(() => parseCliArgs(['--events', 'many', '--out', 'x'])).toThrow(/whole number/);
    expect(() => parseCliArgs(['--events', '1'])).toThrow(/--out/);
    expect(() => parseCliArgs(['--frobnicate'])).toThrow(/unknown argument/);
  });
});
