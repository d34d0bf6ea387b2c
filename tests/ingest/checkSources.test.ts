import { describe, expect, it } from 'vitest';
import { checkSources, documentIdOf, MAX_ARTICLE_BYTES, tooLargeMessage, type RawSource } from '../../src/ingest/checkSources';
import { seedText } from '../seedFixtures';
import { evalText } from './evalFixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** A seed as its file is named in seeds/. */
const seedFile = (name: string, text = seedText(name.slice(0, 3))): RawSource => ({ name, bytes: utf8(text) });

describe('checkSources on the seed articles', () => {
  it('accepts the five seeds, in name order, with ids from their file names', () => {
    const names = [
      '004_24de86d139aaadbd.txt',
      '000_a629d553c455d77e.txt',
      '002_ae18acf054cccfff.txt',
      '001_30bc9b6824f9c85d.txt',
      '003_f2b45495b35568df.txt',
    ];
    const { accepted, rejected } = checkSources(names.map((n) => seedFile(n)));
    expect(rejected).toEqual([]);
    expect(accepted.map((a) => a.id)).toEqual([
      '000_a629d553c455d77e',
      '001_30bc9b6824f9c85d',
      '002_ae18acf054cccfff',
      '003_f2b45495b35568df',
      '004_24de86d139aaadbd',
    ]);
    expect(accepted[2]!.text).toBe(seedText('002'));
  });

  it('drops a byte-order mark, so the text starts with the article’s first words (seed 002)', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(seedText('002'))]);
    const { accepted } = checkSources([{ name: '002.txt', bytes: bom }]);
    expect(accepted[0]!.text.startsWith('On September 4-5, Tashkent hosts')).toBe(true);
    expect(accepted[0]!.text).toBe(seedText('002'));
  });

  it('refuses a second copy of a seed, re-wrapped, and names the file it repeats', () => {
    const text = seedText('004');
    const copy = { name: 'copy.txt', bytes: utf8(text.replace(/\n/g, '\n\n')) };
    const { accepted, rejected } = checkSources([seedFile('004_24de86d139aaadbd.txt', text), copy]);
    expect(accepted.map((a) => a.name)).toEqual(['004_24de86d139aaadbd.txt']);
    expect(rejected).toEqual([{ name: 'copy.txt', message: 'the file repeats 004_24de86d139aaadbd.txt word for word' }]);
  });

  it('refuses an article already in the collection, under the label it has there', () => {
    const { accepted, rejected } = checkSources(
      [seedFile('003_f2b45495b35568df.txt')],
      [{ text: seedText('003'), label: '“Participation in the High-Level International Conference”' }],
    );
    expect(accepted).toEqual([]);
    expect(rejected[0]!.message).toBe(
      'this article is already in your collection as “Participation in the High-Level International Conference”',
    );
  });
});

describe('checkSources refusals', () => {
  it('refuses page furniture with neither a date nor a meeting: the end of the a05 page, "Khoyetsian Rose: Related Post"', () => {
    const a05 = evalText('a05_');
    const tail = a05.slice(a05.indexOf('Khoyetsian Rose:'));
    expect(checkSources([{ name: 'tail.txt', bytes: utf8(tail) }]).rejected).toEqual([
      { name: 'tail.txt', message: 'no date and no meeting anywhere in the text, so it is not a report of a meeting' },
    ]);
  });

  it('keeps an undated report of a meeting: the a05 paragraph "Following the meeting of the Heads of State the sitting continued …"', () => {
    const a05 = evalText('a05_');
    const paragraph = a05.slice(
      a05.indexOf('Following the meeting of the Heads of State'),
      a05.indexOf('Foreign Affairs.') + 'Foreign Affairs.'.length,
    );
    expect(paragraph).toMatch(/^Following the meeting[\s\S]*the Ministers of Defense and Foreign Affairs\.$/);
    const { accepted, rejected } = checkSources([{ name: 'sitting.txt', bytes: utf8(paragraph) }]);
    expect(rejected).toEqual([]);
    expect(accepted.map((a) => a.id)).toEqual(['sitting']);
  });

  it('refuses a seed saved in Latin-1 (its no-break spaces are not UTF-8) and one saved in UTF-16 (NUL bytes)', () => {
    const latin1 = { name: '000.txt', bytes: new Uint8Array(Buffer.from(seedText('000'), 'latin1')) };
    const utf16 = { name: '004.txt', bytes: new Uint8Array(Buffer.from(seedText('004'), 'utf16le')) };
    expect(checkSources([latin1, utf16]).rejected).toEqual([
      { name: '000.txt', message: 'the file is not UTF-8 text (is it a binary file?)' },
      { name: '004.txt', message: 'the file contains NUL bytes, so it is a binary file, not an article' },
    ]);
  });

  it('refuses an empty file, a file of blank lines, and a file over the size limit, and still accepts the good one beside them', () => {
    const files: RawSource[] = [
      { name: 'a-empty.txt', bytes: new Uint8Array() },
      { name: 'b-blank.txt', bytes: utf8('\n\n  \n') },
      { name: 'c-huge.txt', bytes: new Uint8Array(MAX_ARTICLE_BYTES + 1) },
      seedFile('d-001.txt', seedText('001')),
    ];
    const { accepted, rejected } = checkSources(files);
    expect(rejected).toEqual([
      { name: 'a-empty.txt', message: 'the file is empty' },
      { name: 'b-blank.txt', message: 'the file holds only white space' },
      { name: 'c-huge.txt', message: tooLargeMessage(MAX_ARTICLE_BYTES + 1) },
    ]);
    expect(accepted.map((a) => a.id)).toEqual(['d-001']);
  });
});

describe('documentIdOf and tooLargeMessage', () => {
  it('takes the id from a seed’s path without folders or extension', () => {
    expect(documentIdOf('seeds/000_a629d553c455d77e.txt')).toBe('000_a629d553c455d77e');
    expect(documentIdOf('C:\\articles\\b06_astana-osce-summit.txt')).toBe('b06_astana-osce-summit');
  });

  it('states the size in megabytes and the limit', () => {
    expect(tooLargeMessage(2_500_000)).toBe('the file is 2.5 MB; an article is expected to be under 2 MB');
  });
});
