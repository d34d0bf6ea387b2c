import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedEffect } from '../../src/schedule/useDebouncedEffect';

describe('useDebouncedEffect', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, with the last value, when the value stops changing for the given time', () => {
    const effect = vi.fn();
    const { rerender } = renderHook(({ v }) => useDebouncedEffect(v, 250, effect), { initialProps: { v: 'Pa' as string | undefined } });
    vi.advanceTimersByTime(200);
    rerender({ v: 'Patr' });
    vi.advanceTimersByTime(200);
    rerender({ v: 'Patrushev' });
    vi.advanceTimersByTime(249);
    expect(effect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(effect).toHaveBeenCalledTimes(1);
    expect(effect).toHaveBeenCalledWith('Patrushev');
  });

  it('does nothing for an undefined value, and nothing after unmount', () => {
    const effect = vi.fn();
    const { rerender, unmount } = renderHook(({ v }) => useDebouncedEffect(v, 250, effect), {
      initialProps: { v: undefined as string | undefined },
    });
    vi.advanceTimersByTime(1000);
    rerender({ v: 'Rakhmon' });
    unmount();
    vi.advanceTimersByTime(1000);
    expect(effect).not.toHaveBeenCalled();
  });
});
