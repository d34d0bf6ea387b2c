import { describe, expect, it } from 'vitest';
import { buildMapScene } from '../../src/map/mapScene';
import { MARKER_RADIUS, type PlaceMarker } from '../../src/map/markers';

const marker = (placeId: string, count: number): PlaceMarker => ({ placeId, name: placeId, lat: 0, lon: 0, count });

describe('buildMapScene', () => {
  const markers = [marker('dushanbe', 4), marker('tashkent', 1), marker('nowhere', 2)];
  const points = new Map<string, [number, number]>([
    ['dushanbe', [400, 300]],
    ['tashkent', [410, 250]],
  ]);

  it('puts markers at their zoomed positions with a size that does not zoom', () => {
    const plain = buildMapScene(markers, points, [], { k: 1, x: 0, y: 0 }, 800, 360);
    const zoomed = buildMapScene(markers, points, [], { k: 2, x: -400, y: -300 }, 800, 360);
    expect(plain.markers.map((m) => m.placeId)).toEqual(['dushanbe', 'tashkent']);
    expect(zoomed.markers[0]).toMatchObject({ x: 400, y: 300, r: MARKER_RADIUS[1] });
    expect(zoomed.markers[1]).toMatchObject({ x: 420, y: 200, r: plain.markers[1]!.r });
  });

  it('names the places that the view does not show', () => {
    const scene = buildMapScene(markers, points, [], { k: 1, x: 0, y: -200 }, 800, 360);
    expect(scene.outside).toEqual([]);
    expect(buildMapScene(markers, points, [], { k: 1, x: -600, y: 0 }, 800, 360).outside).toEqual(['dushanbe', 'tashkent']);
  });
});
