import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook, screen, waitFor } from '@testing-library/react';
import { useAfterFirstPaint } from '../../src/schedule/useAfterFirstPaint';
import { DRAW_TIMELINE_FIRST_ABOVE } from '../../src/app/AppShell';
import { generateBundle } from '../../src/synthetic/generateBundle';
import { mockBundleFetch, renderApp } from '../renderApp';

afterEach(() => vi.unstubAllGlobals());

describe('useAfterFirstPaint', () => {
  it('is true at once when nothing is deferred', () => {
    expect(renderHook(() => useAfterFirstPaint(false)).result.current).toBe(true);
  });

  it('is false on the first render and true after it has been painted', async () => {
    const { result } = renderHook(() => useAfterFirstPaint(true));
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
  });
});

describe('a large bundle', () => {
  it('draws the timeline first, then the filters, map and list of events', async () => {
    const bundle = generateBundle({ events: DRAW_TIMELINE_FIRST_ABOVE + 200, seed: 3 });
    mockBundleFetch(JSON.stringify(bundle));
    // Frames are held here until the test lets them be painted, in a page that is visible.
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(false);
    renderApp();
    try {
      // The timeline is drawn while the list is still to come.
      expect(await screen.findByRole('region', { name: 'Timeline' }, { timeout: 20_000 })).toBeInTheDocument();
      expect(screen.getByText('Drawing the list of events…')).toBeInTheDocument();
      expect(screen.queryByRole('list', { name: 'Events' })).toBeNull();
      for (const f of frames.splice(0)) f(performance.now());
    } finally {
      hidden.mockRestore();
    }
    await screen.findByRole('list', { name: 'Events' });
    expect(screen.queryByText('Drawing the list of events…')).toBeNull();
    expect(screen.getByText(`${bundle.events.length.toLocaleString('en')} events`)).toBeInTheDocument();
  }, 30_000);
});
