import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeViewState, describeNotices, encodeViewState, MAX_QUERY_LENGTH, NOTICES_SHOWN } from '../../src/state/urlCodec';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/viewState';

const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const idsArb = fc.uniqueArray(idArb, { maxLength: 6 });
const dayArb = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const stateArb: fc.Arbitrary<ViewState> = fc
  .record({
    q: fc.string({ maxLength: 60 }).map((s) => s.trim()),
    actors: idsArb,
    actorScope: fc.constantFrom('part' as const, 'named' as const),
    minSources: fc.integer({ min: 1, max: 20 }),
    topics: idsArb,
    places: idsArb,
    kinds: idsArb,
    window: fc.option(
      fc.tuple(dayArb, dayArb).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]),
      { nil: undefined },
    ),
    event: fc.option(idArb, { nil: undefined }),
    lanes: fc.constantFrom('place' as const, 'kind' as const),
  })
  .map(({ window, event, ...rest }) => ({ ...rest, ...(window ? { from: window[0], to: window[1] } : {}), ...(event ? { event } : {}) }));

describe('encodeViewState / decodeViewState', () => {
  it('round-trips any view state', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const { state: back, notices } = decodeViewState(encodeViewState(state));
        expect(notices).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the string, and what it keeps is a view it writes back the same way', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const { state } = decodeViewState(s);
        // Whatever survives the decoding is a valid view: written and read again, it is unchanged and needs no notice.
        const again = decodeViewState(encodeViewState(state));
        expect(again.notices).toEqual([]);
        expect(again.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('q', 'actors', 'from', 'to', 'event', 'lanes', 'places', 'x'), fc.string())),
        (pairs) => {
          const search = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
          expect(() => decodeViewState(search)).not.toThrow();
        },
      ),
    );
  });

  it('writes readable links: commas literal, defaults left out', () => {
    expect(encodeViewState({ ...DEFAULT_VIEW_STATE, actors: ['vladimir-voronkov', 'rashid-alimov'], topics: ['border-security'] })).toBe(
      'actors=vladimir-voronkov,rashid-alimov&topics=border-security',
    );
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(encodeViewState({ ...DEFAULT_VIEW_STATE, actors: ['isis'], actorScope: 'named' })).toBe('actors=isis&named=1');
  });

  it('reads the actor scope and refuses any other value with a notice', () => {
    expect(decodeViewState('named=1').state.actorScope).toBe('named');
    const { state, notices } = decodeViewState('named=yes&actors=isis');
    expect(state.actorScope).toBe('part');
    expect(state.actors).toEqual(['isis']);
    expect(notices.map((n) => n.key)).toEqual(['named']);
  });

  it('drops malformed values with a notice and keeps the rest', () => {
    const long = 'a'.repeat(5000);
    const { state, notices } = decodeViewState(
      `?actors=vladimir-voronkov,<script>alert(1)</script>&from=not-a-date&to=2023-02-30&q=${long}&foo=bar&event=2022-10-18-dushanbe-conference`,
    );
    expect(state.actors).toEqual(['vladimir-voronkov']);
    expect(state.from).toBeUndefined();
    expect(state.q).toBe('');
    expect(state.event).toBe('2022-10-18-dushanbe-conference');
    expect(notices.map((n) => n.key).sort()).toEqual(['actors', 'foo', 'from', 'q', 'to']);
    for (const n of notices) expect(n.value.length).toBeLessThanOrEqual(40);
  });

  it('keeps a search of MAX_QUERY_LENGTH characters and drops a longer one, with a notice', () => {
    const at = decodeViewState(`?q=${'a'.repeat(MAX_QUERY_LENGTH)}`);
    expect(at.state.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(at.notices).toEqual([]);
    const over = decodeViewState(`?q=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`);
    expect(over.state.q).toBe('');
    expect(over.notices.map((n) => n.key)).toEqual(['q']);
  });

  it('drops a window that ends before it starts', () => {
    const { state, notices } = decodeViewState('from=2023-09-10&to=2023-09-01');
    expect(state.from).toBeUndefined();
    expect(notices).toHaveLength(1);
  });
});

describe('the number of sources in a link', () => {
  it('keeps "at least N sources" and refuses what is not a number of sources', () => {
    expect(decodeViewState('sources=2').state.minSources).toBe(2);
    expect(encodeViewState({ ...DEFAULT_VIEW_STATE, minSources: 3 })).toBe('sources=3');
    for (const bad of ['0', 'two', '-1', '99', '2.5']) {
      const { state, notices } = decodeViewState(`sources=${bad}`);
      expect(state.minSources).toBe(1);
      expect(notices.map((n) => n.key)).toEqual(['sources']);
    }
  });
});

describe('the notice for what a link dropped', () => {
  it('names the first few parts of a link with 40,000 ids and counts the rest, in a few hundred characters', () => {
    const ids = Array.from({ length: 40_000 }, (_, i) => `Bad_Id_${i}`);
    const { notices } = decodeViewState(`actors=${ids.join(',')}`);
    expect(notices).toHaveLength(40_000);
    const text = describeNotices(notices);
    expect(text.length).toBeLessThan(2000);
    expect(text).toMatch(/^40,000 parts of this link were ignored: /);
    expect(text).toContain('actors=Bad_Id_0 (not a valid id)');
    expect(text).toContain(`actors=Bad_Id_${NOTICES_SHOWN - 1} (not a valid id)`);
    expect(text).not.toContain(`Bad_Id_${NOTICES_SHOWN} `);
    expect(text).toMatch(/and 39,995 more$/);
  });

  it('lists every part when there are only a few', () => {
    const { notices } = decodeViewState('named=yes&lanes=up');
    expect(describeNotices(notices)).toBe(
      '2 parts of this link were ignored: named=yes (named is "1" to count actors only named, or "0"); lanes=up (lanes is "place" or "kind")',
    );
    expect(describeNotices(notices.slice(0, 1))).toBe(
      '1 part of this link was ignored: named=yes (named is "1" to count actors only named, or "0")',
    );
  });
});
