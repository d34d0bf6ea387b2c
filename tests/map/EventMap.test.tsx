import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Basemap, CountryFeature } from '../../src/map/basemap';
import { EventMap } from '../../src/map/EventMap';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/StoreProvider';
import { seedBundle } from '../seedFixtures';

// The real 1:50m file is tested on its own; here a two-country basemap keeps the tests quick
// and lets each one decide whether the basemap loads, fails or is still on its way.
const basemapMock = vi.hoisted(() => ({ load: vi.fn<() => Promise<Basemap>>() }));
vi.mock('../../src/map/basemap', () => ({ loadBasemap: () => basemapMock.load() }));

const square = (name: string, id: string, [w, s, e, n]: number[]): CountryFeature => ({
  type: 'Feature',
  id,
  properties: { name },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w!, s!],
        [w!, n!],
        [e!, n!],
        [e!, s!],
        [w!, s!],
      ],
    ],
  },
});
const BASEMAP: Basemap = {
  countries: [square('Tajikistan', '762', [67.4, 36.7, 75.1, 41]), square('China', '156', [75.1, 30, 100, 45])],
  borders: {
    type: 'MultiLineString',
    coordinates: [
      [
        [75.1, 36.7],
        [75.1, 41],
      ],
    ],
  },
};

const { bundle } = seedBundle();

function renderMap(events = bundle.events) {
  const store = createAppStore();
  const view = render(
    <StoreProvider store={store}>
      <EventMap bundle={bundle} events={events} />
    </StoreProvider>,
  );
  return { store, ...view };
}

/** Waits until the basemap's two countries are drawn, so no update lands after a test. */
const basemapShown = () => waitFor(() => expect(document.querySelectorAll('.map-country')).toHaveLength(2));

/** The screen position of a marker, read from its transform. */
function markerAt(el: Element): [number, number] {
  const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '') ?? [];
  return [Number(x), Number(y)];
}

beforeEach(() => {
  basemapMock.load.mockReset();
  basemapMock.load.mockResolvedValue(BASEMAP);
});

describe('EventMap', () => {
  it('is a region named Map with a marker per place, named by city and count', async () => {
    renderMap();
    const region = screen.getByRole('region', { name: 'Map' });
    const dushanbe = within(region).getByRole('button', { name: /^Dushanbe, \d+ events?$/ });
    expect(dushanbe).toHaveAttribute('tabindex', '0');
    const count = bundle.events.filter((e) => e.placeId === 'dushanbe').length;
    expect(dushanbe).toHaveAccessibleName(`Dushanbe, ${count} events`);
    expect(within(region).getByRole('button', { name: /^Tashkent, 1 event$/ })).toBeInTheDocument();
    await basemapShown();
    const countryNames = [...region.querySelectorAll('.map-country-labels text')].map((t) => t.textContent);
    expect(countryNames).toContain('China');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('toggles the place filter with Enter, Space and a click', async () => {
    const { store } = renderMap();
    const dushanbe = screen.getByRole('button', { name: /^Dushanbe, \d+ events?$/ });
    dushanbe.focus();
    fireEvent.keyDown(dushanbe, { key: 'Enter' });
    expect(store.getState().places).toEqual(['dushanbe']);
    expect(dushanbe).toHaveAttribute('aria-pressed', 'true');
    fireEvent.keyDown(dushanbe, { key: 'Enter' });
    expect(store.getState().places).toEqual([]);
    fireEvent.keyDown(dushanbe, { key: ' ' });
    expect(store.getState().places).toEqual(['dushanbe']);
    fireEvent.click(dushanbe);
    expect(store.getState().places).toEqual([]);
    await basemapShown();
  });

  it('reports the hovered place and highlights the place of the hovered event', async () => {
    const { store } = renderMap();
    const tashkent = screen.getByRole('button', { name: /^Tashkent/ });
    fireEvent.mouseEnter(tashkent);
    expect(store.getState().hoveredPlace).toBe('tashkent');
    expect(await screen.findByText('Click to filter by this place.')).toBeInTheDocument();
    fireEvent.mouseLeave(tashkent);
    expect(store.getState().hoveredPlace).toBeUndefined();
    const dushanbe = screen.getByRole('button', { name: /^Dushanbe/ });
    expect(dushanbe).not.toHaveClass('map-marker-highlighted');
    act(() => store.getState().hoverEvent('dushanbe-conference-2018'));
    expect(dushanbe).toHaveClass('map-marker-highlighted');
    await basemapShown();
  });

  it('centres on the place of the selected event', async () => {
    const { store } = renderMap();
    act(() => store.getState().selectEvent('2024-09-04-tashkent-conference'));
    const [x, y] = markerAt(screen.getByRole('button', { name: /^Tashkent/ }));
    expect(x).toBeCloseTo(400, 0);
    expect(y).toBeCloseTo(180, 0);
    await basemapShown();
  });

  it('zooms with the buttons and keys while markers keep their size, and fits the events', async () => {
    renderMap();
    const region = screen.getByRole('region', { name: 'Map' });
    const marker = () => screen.getByRole('button', { name: /^Dushanbe/ });
    const radius = () => marker().querySelector('.map-marker-shape')!.getAttribute('r');
    const tashkent = () => markerAt(screen.getByRole('button', { name: /^Tashkent/ }));
    const gap = () => Math.hypot(tashkent()[0] - markerAt(marker())[0], tashkent()[1] - markerAt(marker())[1]);
    const [r0, d0] = [radius(), gap()];
    await userEvent.click(within(region).getByRole('button', { name: 'Zoom the map in' }));
    expect(gap()).toBeCloseTo(d0 * 2, 0);
    expect(radius()).toBe(r0);
    region.focus();
    fireEvent.keyDown(region, { key: '-' });
    expect(gap()).toBeCloseTo(d0, 0);
    const before = tashkent();
    fireEvent.keyDown(region, { key: 'ArrowLeft' });
    expect(tashkent()[0]).toBeGreaterThan(before[0]);
    await userEvent.click(within(region).getByRole('button', { name: 'Fit to events' }));
    for (const m of within(region)
      .getAllByRole('button')
      .filter((b) => b.tagName.toLowerCase() === 'g')) {
      const [x, y] = markerAt(m);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(800);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(360);
    }
    await userEvent.click(within(region).getByRole('button', { name: 'Central Asia' }));
    expect(gap()).toBeCloseTo(d0, 0);
  });

  it('tints the states that take part in the events in view', async () => {
    const conference = bundle.events.filter((e) => e.id === 'dushanbe-conference-2018');
    const { container } = renderMap(conference);
    await basemapShown();
    const tints = [...container.querySelectorAll('.map-country-actor title')].map((t) => t.textContent);
    expect(tints).toEqual(['Tajikistan']);
    expect(container.querySelectorAll('.map-country')).toHaveLength(2);
    expect(container.querySelector('.map-borders')).toHaveAttribute('d');
  });

  it('says it is loading, and still shows the places when the basemap fails', async () => {
    let fail: (e: Error) => void = () => {};
    basemapMock.load.mockReturnValue(new Promise((_, reject) => (fail = reject)));
    const { container } = renderMap();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the map');
    await act(async () => fail(new Error('The base map could not be loaded (offline).')));
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be loaded.*shown without the countries/);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Dushanbe, \d+ events?$/ })).toBeInTheDocument();
    expect(container.querySelectorAll('.map-country')).toHaveLength(0);
  });

  it('says so when no event in view has a place', () => {
    renderMap([]);
    expect(screen.getByText('No events with a known place in view.')).toBeInTheDocument();
  });
});
