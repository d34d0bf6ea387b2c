import { describe, expect, it } from 'vitest';
import { pruneUnknownIds } from '../../src/state/pruneUnknownIds';
import { seedBundle } from '../seedFixtures';

describe('pruneUnknownIds', () => {
  it('keeps the ids the bundle knows and reports the rest', () => {
    const { kept, notices } = pruneUnknownIds(
      { actors: ['vladimir-voronkov', 'foo'], topics: ['border-security'], places: ['atlantis'], kinds: ['conference'] },
      seedBundle().bundle,
    );
    expect(kept).toEqual({ actors: ['vladimir-voronkov'], topics: ['border-security'], places: [], kinds: ['conference'] });
    expect(notices.map((n) => `${n.key}=${n.value}`)).toEqual(['actors=foo', 'places=atlantis']);
  });
});
