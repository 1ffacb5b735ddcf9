import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { circleRing, compassPoint, destinationPoint, distanceAndBearing } from './distance-bearing';
import { ellipsoidalArea } from '../area/ellipsoidal-area';

describe('distance and bearing on CGCS2000', () => {
  it('gives north, east, south and west for the cardinal directions', () => {
    const origin = [114, 38.8];
    expect(distanceAndBearing(origin, [114, 38.81]).bearingDeg).toBeCloseTo(0, 6);
    expect(distanceAndBearing(origin, [114.01, 38.8]).bearingDeg).toBeCloseTo(90, 0);
    expect(distanceAndBearing(origin, [114, 38.79]).bearingDeg).toBeCloseTo(180, 6);
    expect(distanceAndBearing(origin, [113.99, 38.8]).bearingDeg).toBeCloseTo(270, 0);
    // One hundredth of a degree of latitude near 38.8° N is about 1.11 km.
    expect(distanceAndBearing(origin, [114, 38.81]).distanceM).toBeCloseTo(1110.6, 0);
  });

  it('names compass points in both languages', () => {
    expect(compassPoint(0, 'zh-CN')).toBe('北');
    expect(compassPoint(44, 'en')).toBe('NE');
    expect(compassPoint(359, 'en')).toBe('N');
    expect(compassPoint(225, 'zh-CN')).toBe('西南');
  });

  it('goes back to where destinationPoint went', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 359.9, noNaN: true }), fc.double({ min: 1, max: 5000, noNaN: true }), (bearing, distance) => {
        const to = destinationPoint([114, 38.8], bearing, distance);
        const back = distanceAndBearing([114, 38.8], to);
        expect(back.distanceM).toBeCloseTo(distance, 3);
        const diff = Math.abs(((back.bearingDeg - bearing + 540) % 360) - 180);
        expect(diff).toBeLessThan(1e-6);
      }),
    );
  });

  it('draws an accuracy circle of the right area', () => {
    const ring = circleRing([114, 38.8], 10, 96);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ellipsoidalArea({ type: 'Polygon', coordinates: [ring.slice().reverse()] })).toBeCloseTo(Math.PI * 100, -1);
  });
});
