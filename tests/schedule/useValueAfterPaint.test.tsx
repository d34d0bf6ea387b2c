import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useValueAfterPaint } from '../../src/schedule/useValueAfterPaint';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('useValueAfterPaint', () => {
  it('gives the first value at once', () => {
    expect(renderHook(() => useValueAfterPaint(1)).result.current).toBe(1);
  });

  it('keeps the previous value until the frame of the change has been painted, then takes the newest', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
    vi.spyOn(document, 'hidden', 'get').mockReturnValue(false);
    const { result, rerender } = renderHook(({ v }) => useValueAfterPaint(v), { initialProps: { v: 'a' } });
    rerender({ v: 'b' });
    rerender({ v: 'c' });
    expect(result.current).toBe('a');
    // Nothing is shown before the frame has run, however long the page waits.
    await new Promise((r) => setTimeout(r, 20));
    expect(result.current).toBe('a');
    act(() => frames.splice(0).forEach((f) => f(performance.now())));
    await waitFor(() => expect(result.current).toBe('c'));
  });

  it('follows in a hidden page too, where no frame is painted', async () => {
    const { result, rerender } = renderHook(({ v }) => useValueAfterPaint(v), { initialProps: { v: 1 } });
    rerender({ v: 2 });
    await waitFor(() => expect(result.current).toBe(2));
  });
});
