import { describe, expect, it } from 'vitest';
import { transformForKey } from '../../src/map/mapKeys';
import { IDENTITY } from '../../src/map/mapZoom';

describe('transformForKey', () => {
  const t = { k: 2, x: -400, y: -180 };

  it('zooms with + and - about the middle, and 0 returns to the default frame', () => {
    expect(transformForKey('+', IDENTITY, 800, 360, false)).toEqual({ k: 2, x: -400, y: -180 });
    expect(transformForKey('-', t, 800, 360, false)).toEqual(IDENTITY);
    expect(transformForKey('0', t, 800, 360, false)).toEqual(IDENTITY);
  });

  it('pans with the arrows only when the map itself has focus', () => {
    expect(transformForKey('ArrowLeft', t, 800, 360, true)!.x).toBeGreaterThan(t.x);
    expect(transformForKey('ArrowRight', t, 800, 360, true)!.x).toBeLessThan(t.x);
    expect(transformForKey('ArrowUp', t, 800, 360, true)!.y).toBeGreaterThan(t.y);
    expect(transformForKey('ArrowDown', t, 800, 360, true)!.y).toBeLessThan(t.y);
    expect(transformForKey('ArrowLeft', t, 800, 360, false)).toBeUndefined();
    expect(transformForKey('a', t, 800, 360, true)).toBeUndefined();
  });
});
