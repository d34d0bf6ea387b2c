import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/searchIndex';
import { seedBundle } from '../seedFixtures';

const { bundle } = seedBundle();
const index = buildSearchIndex(bundle);
const docsOf = (ids: Set<string>) =>
  [...new Set(bundle.events.filter((e) => ids.has(e.id)).flatMap((e) => e.sources.map((s) => s.documentId.slice(0, 3))))].sort();

describe('buildSearchIndex', () => {
  it('finds both documents that name Rahmon, whatever the spelling', () => {
    const { eventIds, termsByDocument } = index.search('Rahmon');
    expect(docsOf(eventIds)).toEqual(expect.arrayContaining(['000', '003']));
    expect(eventIds.has('dushanbe-conference-2018')).toBe(true);
    expect(eventIds.has('2022-10-18-dushanbe-conference')).toBe(true);
    expect(termsByDocument.get('000_a629d553c455d77e')).toContain('rakhmon');
  });

  it('finds the 2017 convention', () => {
    expect(index.search('convention').eventIds.has('sco-convention-on-countering-extremism')).toBe(true);
  });

  it('matches prefixes and tolerates a typo', () => {
    expect(index.search('Tashk').eventIds.has('2024-09-04-tashkent-conference')).toBe(true);
    expect(index.search('Voronkv').eventIds.has('2022-10-18-dushanbe-conference')).toBe(true);
  });

  it('returns nothing for an empty search or a word no source has', () => {
    expect(index.search('   ').eventIds.size).toBe(0);
    expect(index.search('zzyzxqq').eventIds.size).toBe(0);
  });
});
