import { normaliseSpaces } from '../../src/ingest/text';

/**
 * A passage of a real text as the ingest matches names in it (every kind of space a plain one,
 * as `analyseDocument` gives its extractors), from the first occurrence of `from` through the
 * first `to` after it. It throws when the text does not hold the words, so a test never runs on
 * a sentence the fixture has lost.
 */
export function passage(text: string, from: string, to?: string): string {
  const plain = normaliseSpaces(text);
  const start = plain.indexOf(from);
  if (start < 0) throw new Error(`the text does not contain "${from}"`);
  if (to === undefined) return from;
  const end = plain.indexOf(to, start + from.length);
  if (end < 0) throw new Error(`the text has no "${to}" after "${from}"`);
  return plain.slice(start, end + to.length);
}

/** The range of the first occurrence of `words` in `text` at or after `from`, with the words. */
export function spanOf(text: string, words: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`the text does not contain "${words}"`);
  return { start, end: start + words.length };
}
