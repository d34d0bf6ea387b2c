import { describe, expect, it } from 'vitest';
import { clusterPeople } from '../../../src/ingest/people/clusterPeople';
import { samePersonReason } from '../../../src/ingest/people/sameName';

const person = (documentId: string, name: string, surnameOnly = false) => ({
  documentId,
  person: { id: name.toLowerCase().replace(/[^a-z]+/g, '-'), name, surnameOnly },
});

describe('samePersonReason', () => {
  it('joins transliterations of one name (seeds 000 and 003, 01, 09)', () => {
    expect(samePersonReason('Emomali Rahmon', 'Emomali Rakhmon')).toBeDefined();
    expect(samePersonReason('Nurtai Abykayev', 'Nurtai Abykyev')).toBeDefined();
    expect(samePersonReason('Sirojiddin Mukhriddin', 'Sirojiddin Muhriddin')).toBeDefined();
    expect(samePersonReason('Nikolay Bordyuzha', 'Nikolai Bordyuzha')).toBeDefined();
  });

  it('never joins two people who share only a first name or only a surname', () => {
    expect(samePersonReason('Vladimir Voronkov', 'Vladimir Norov')).toBeUndefined();
    expect(samePersonReason('Raheel Sharif', 'Shahbaz Sharif')).toBeUndefined();
    expect(samePersonReason('Ruslan Mirzayev', 'Shaukat Mirzayev')).toBeUndefined();
  });
});

describe('clusterPeople', () => {
  it('gives a new person one slug id across articles and lists each merge with its reason', () => {
    const { idOf, added, merges } = clusterPeople(
      [person('a05', 'Nikolay Bordyuzha'), person('a07', 'Nikolai Bordyuzha'), person('b05', 'Nikolay Bordyuzha')],
      [],
      new Set(),
    );
    expect(added).toEqual([{ id: 'nikolay-bordyuzha', name: 'Nikolay Bordyuzha' }]);
    expect(idOf.get('nikolai-bordyuzha')).toBe('nikolay-bordyuzha');
    expect(merges).toEqual([
      {
        documentId: 'a07',
        spelling: 'Nikolai Bordyuzha',
        into: 'Nikolay Bordyuzha',
        reason: expect.stringMatching(/variant|transliteration/),
      },
    ]);
  });

  it('lets the knowledge file id win, and keeps Voronkov and Norov apart', () => {
    const known = [
      { id: 'emomali-rahmon', names: ['Emomali Rahmon', 'Emomali Rakhmon'] },
      { id: 'vladimir-voronkov', names: ['Vladimir Voronkov'] },
    ];
    const { idOf, added } = clusterPeople(
      [person('x', 'Emomali Rakhmonn'), person('y', 'Vladimir Norov')],
      known,
      new Set(['emomali-rahmon', 'vladimir-voronkov']),
    );
    expect(idOf.get('emomali-rakhmonn')).toBe('emomali-rahmon');
    expect(idOf.get('vladimir-norov')).toBe('vladimir-norov');
    expect(added.map((a) => a.id)).toEqual(['vladimir-norov']);
  });

  it('joins a lone surname to the one person of that surname, and not when there are two', () => {
    const one = clusterPeople([person('a', 'Vladimir Putin'), person('b', 'Putin', true)], [], new Set());
    expect(one.idOf.get('putin')).toBe('vladimir-putin');
    const two = clusterPeople([person('a', 'Raheel Sharif'), person('b', 'Shahbaz Sharif'), person('c', 'Sharif', true)], [], new Set());
    expect(two.idOf.get('sharif')).toBe('sharif');
  });
});
