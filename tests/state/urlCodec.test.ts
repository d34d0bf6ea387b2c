import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeViewState, encodeViewState, MAX_QUERY_LENGTH } from '../../src/state/urlCodec';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/viewState';

const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const idsArb = fc.uniqueArray(idArb, { maxLength: 6 });
const dayArb = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const stateArb: fc.Arbitrary<ViewState> = fc
  .record({
    q: fc.string({ maxLength: 60 }).map((s) => s.trim()),
    actors: idsArb,
    actorScope: fc.constantFrom('part' as const, 'named' as const),
    minSources: fc.integer({ min: 1, max: 20 }),
    topics: idsArb,
    places: idsArb,
    kinds: idsArb,
    window: fc.option(fc.tuple(dayArb, dayArb).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]), { nil: undefined }),
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
      fc.property(fc.array(fc.tuple(fc.constantFrom('q', 'actors', 'from', 'to', 'event', 'lanes', 'places', 'x'), fc.string())), (pairs) => {
        const search = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        expect(() => decodeViewState(search)).not.toThrow();
      }),
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
