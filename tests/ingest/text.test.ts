import { describe, expect, it } from 'vitest';
import { findParagraphs, wrapWidthOf } from '../../src/ingest/text';
import { evalText } from './evalFixtures';
import { seedText } from '../seedFixtures';

const paragraphsOf = (text: string) => findParagraphs(text).map((p) => text.slice(p.start, p.end));

describe('findParagraphs', () => {
  it('joins the lines of a release copied from a PDF, wrapped at one width', () => {
    const text = evalText('d08_');
    expect(wrapWidthOf(text)).toBeGreaterThan(80);
    const lead = paragraphsOf(text).find((p) => p.startsWith('DUSHANBE/'))!;
    expect(lead).toMatch(/The International High-Level\nConference on/);
    expect(lead).toMatch(/Tajikistan on 18-19 October 2022\.$/);
    // The headline, longer than the wrapped lines and followed by a blank line, stays its own.
    expect(paragraphsOf(text)[1]).toMatch(/^High-Level Conference on .* to be held in Dushanbe$/);
  });

  it('finds no wrap width in a text of whole paragraphs, so its lines stay apart', () => {
    const text = seedText('004');
    expect(wrapWidthOf(text)).toBeUndefined();
    const lines = text.split('\n').filter((l) => l.trim()).length;
    expect(paragraphsOf(text).length).toBeGreaterThan(lines - 3);
  });
});
