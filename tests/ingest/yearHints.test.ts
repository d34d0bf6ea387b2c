import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../src/ingest/dates';
import { readMetadata } from '../../src/ingest/metadata';
import { findYearHints } from '../../src/ingest/yearHints';
import { evalText } from './evalFixtures';

const hintsOf = (text: string) => findYearHints(text, readMetadata(text), findDateExpressions(text), 2026);

describe('findYearHints', () => {
  it('infers the year before a follow-up planned "in 2023"', () => {
    const h = hintsOf(evalText('08_'));
    expect(h.supported).toMatchObject({ year: 2022, basis: 'inferred' });
    expect(h.supported!.evidence[0]!.text).toMatch(/next summit will be held in India in 2023/);
  });

  it('reads the year of the address a person gives', () => {
    const h = hintsOf('Source: https://astanatimes.com/2015/07/nazarbayev/\nNazarbayev Attends\n\nHe went to Ufa on July 9-10.');
    expect(h.supported).toMatchObject({ year: 2015, basis: 'inferred' });
  });

  it('only guesses, and says so, from the years a text names, never from a deadline', () => {
    const h = hintsOf('A summit\n\nOn October 16 the leaders signed a programme until 2020 and recalled the plan of 2015.');
    expect(h.supported).toBeUndefined();
    expect(h.guess).toMatchObject({ year: 2015, basis: 'year-unknown' });
    expect(h.guess.reason).toMatch(/guess/);
  });

  it('falls back to the year it was read when the text names none', () => {
    expect(hintsOf(evalText('01_')).guess).toMatchObject({ year: 2026, basis: 'year-unknown' });
  });
});
