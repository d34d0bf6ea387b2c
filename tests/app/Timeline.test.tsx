import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockBundleFetch, renderApp } from '../renderApp';

afterEach(() => vi.unstubAllGlobals());

describe('Timeline', () => {
  it('is a region named Timeline whose events are named by title and date', async () => {
    mockBundleFetch();
    renderApp();
    const region = await screen.findByRole('region', { name: 'Timeline' });
    // The 2018 conference is reported by seed 000 and recalled by seed 003, so its mark says it has two sources.
    const mark = within(region).getByRole('button', { name: /^High-level Dushanbe conference.*, 4 May 2018, 2 sources$/ });
    expect(mark).toHaveAttribute('tabindex');
    expect(within(region).getByRole('button', { name: /16th meeting.*23 June 2021, date inferred/ })).toBeInTheDocument();
  });

  it('zooms with the buttons and keys, and Fit all restores the whole period', async () => {
    mockBundleFetch();
    const { store } = renderApp();
    const region = await screen.findByRole('region', { name: 'Timeline' });
    await userEvent.click(within(region).getByRole('button', { name: 'Zoom in' }));
    const [a, b] = store.getState().window!;
    region.focus();
    fireEvent.keyDown(region, { key: '+' });
    const [c, d] = store.getState().window!;
    expect(d - c).toBeCloseTo((b - a) / 2, -3);
    fireEvent.keyDown(region, { key: 'ArrowLeft' });
    expect(store.getState().window![0]).toBeLessThan(c);
    fireEvent.keyDown(region, { key: '-' });
    expect(store.getState().window![1] - store.getState().window![0]).toBeCloseTo(b - a, -3);
    await userEvent.click(within(region).getByRole('button', { name: 'Fit all' }));
    expect(store.getState().window).toBeUndefined();
  });

  it('moves between events with the arrow keys and selects with Enter', async () => {
    mockBundleFetch();
    const { store } = renderApp();
    const region = await screen.findByRole('region', { name: 'Timeline' });
    const marks = within(region)
      .getAllByRole('button')
      .filter((el) => el.tagName.toLowerCase() === 'g');
    const tabStop = marks.filter((m) => m.getAttribute('tabindex') === '0');
    expect(tabStop).toHaveLength(1);
    tabStop[0]!.focus();
    fireEvent.keyDown(tabStop[0]!, { key: 'ArrowRight' });
    const next = document.activeElement!;
    expect(next).not.toBe(tabStop[0]);
    expect(next.getAttribute('role')).toBe('button');
    fireEvent.keyDown(next, { key: 'Enter' });
    expect(store.getState().event).toBe(next.getAttribute('data-event-id'));
  });

  it('groups lanes by kind when asked', async () => {
    mockBundleFetch();
    const { store, container } = renderApp();
    await screen.findByRole('region', { name: 'Timeline' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Lanes by/ }), 'kind');
    expect(store.getState().lanes).toBe('kind');
    const labels = [...container.querySelectorAll('.lane-labels text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Conference', 'Declaration', 'Strategy']));
  });
});
