import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evaluateSet } from '../../src/eval/evaluateSet';
import { evaluatePairs, pairSchema } from '../../src/eval/evaluatePairs';
import { scoreArticle, truthSchema } from '../../src/eval/scoreArticle';
import { buildBundle } from '../../src/ingest/buildBundle';
import { EVAL_DIR } from '../ingest/evalFixtures';
import { gazetteerIndex } from '../gazetteerFixtures';
import { loadKnowledge } from '../seedFixtures';

const truths = readdirSync(EVAL_DIR)
  .filter((f) => /^truth.*\.json$/.test(f))
  .flatMap((f) => z.array(truthSchema).parse(JSON.parse(readFileSync(join(EVAL_DIR, f), 'utf8'))));
const files = readdirSync(join(EVAL_DIR, 'articles')).map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(EVAL_DIR, 'articles', name))),
}));

describe('the evaluation set', () => {
  it('has an annotation for every article and at least 40 of them, each with its source', () => {
    expect(truths.length).toBeGreaterThanOrEqual(40);
    expect(new Set(truths.map((t) => t.file))).toEqual(new Set(files.map((f) => f.name)));
    for (const t of truths) expect(t.source_url).toMatch(/^https?:\/\//);
  });

  it('meets issue 16: a primary event for every report, place ≥ 90 % and date ≥ 85 %, with the gazetteer as npm run eval uses it', () => {
    const { totals } = evaluateSet(truths, files, loadKnowledge(), gazetteerIndex());
    expect(totals.withPrimary).toBe(totals.articles);
    expect(totals.place / totals.articles).toBeGreaterThanOrEqual(0.9);
    expect(totals.date / totals.articles).toBeGreaterThanOrEqual(0.85);
  });
});

describe('the merge pairs', () => {
  const pairs = z.array(pairSchema).parse(JSON.parse(readFileSync(join(EVAL_DIR, 'pairs.json'), 'utf8')));
  const textOf = (name: string) =>
    readFileSync(
      name.startsWith('seed:') ? join(EVAL_DIR, '..', '..', '..', 'seeds', name.slice(5)) : join(EVAL_DIR, 'articles', name),
      'utf8',
    );

  it('has at least ten pairs of one meeting and ten of different ones, each justified', () => {
    expect(pairs.filter((p) => p.same).length).toBeGreaterThanOrEqual(10);
    expect(pairs.filter((p) => !p.same).length).toBeGreaterThanOrEqual(10);
    for (const p of pairs) expect(() => textOf(p.a) && textOf(p.b)).not.toThrow();
  });

  it('merges no two reports of different meetings (precision 100 %), and at least half of those of one meeting', () => {
    const { rows, totals } = evaluatePairs(pairs, textOf, loadKnowledge(), gazetteerIndex());
    expect(rows.filter((r) => r.merged && !r.same).map((r) => `${r.a} + ${r.b}`)).toEqual([]);
    expect(totals.mergedRight / totals.same).toBeGreaterThanOrEqual(0.5);
  });
});

describe('scoreArticle', () => {
  const text = 'A meeting\n\nDUSHANBE, 24.06.2021 (NIAT Khovar) – Yesterday, the secretaries met in Dushanbe.';
  const truth = truthSchema.parse({
    file: 'x.txt',
    source_url: 'https://example.org/x',
    date_start: '2021-06-23',
    year_in_text: true,
    place: 'Dushanbe',
    actors: [],
  });

  it('scores place and date right when they match, and wrong when the annotation differs', () => {
    const { bundle } = buildBundle([{ id: 'x', text }], loadKnowledge());
    expect(scoreArticle(bundle, 'x', truth)).toMatchObject({ hasPrimary: true, place: true, date: true });
    expect(scoreArticle(bundle, 'x', { ...truth, place: 'Tashkent', date_start: '2021-06-24' })).toMatchObject({
      place: false,
      date: false,
    });
  });

  it('does not count a stated date as right where the year is not in the text', () => {
    const { bundle } = buildBundle([{ id: 'x', text: 'A meeting\n\nOn 23 June 2021 the secretaries met in Dushanbe.' }], loadKnowledge());
    expect(scoreArticle(bundle, 'x', { ...truth, year_in_text: false }).date).toBe(false);
  });
});
