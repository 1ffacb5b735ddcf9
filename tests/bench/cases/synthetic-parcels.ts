// Synthetic parcels for the geometry benchmarks: ~20-vertex star-shaped parcels on a grid near 114°E, 38.8°N (the
// sample county), 0.3–30 mu each. A fraction of them is shifted onto its neighbour to give the overlap check work.
import type { Polygon, Position } from 'geojson';

export function syntheticParcels(count: number, overlapShare = 0.01, seed = 42): Polygon[] {
  let state = seed;
  const random = () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
  const columns = Math.ceil(Math.sqrt(count));
  const cell = 160; // metres
  const lat0 = 38.3, lon0 = 113.5;
  const metresPerDegreeLon = 111_320 * Math.cos((lat0 * Math.PI) / 180);
  const parcels: Polygon[] = [];
  for (let i = 0; i < count; i++) {
    const shift = random() < overlapShare ? 0.6 * cell : 0;
    const cx = ((i % columns) + 0.5) * cell + shift;
    const cy = (Math.floor(i / columns) + 0.5) * cell;
    const radius = 15 + 60 * random();
    const ring: Position[] = [];
    for (let k = 0; k < 20; k++) {
      const angle = (2 * Math.PI * k) / 20;
      const r = radius * (0.75 + 0.25 * random());
      ring.push([lon0 + (cx + r * Math.cos(angle)) / metresPerDegreeLon, lat0 + (cy + r * Math.sin(angle)) / 110_950]);
    }
    ring.push([...ring[0]!]);
    parcels.push({ type: 'Polygon', coordinates: [ring] });
  }
  return parcels;
}
