// A smooth, gentle displacement of the whole plane (a sum of a few long sine waves). Applied to every vertex of
// every layer, it bends straight Voronoi edges into boundaries that look surveyed rather than drawn with a ruler,
// while keeping the tiling exact: the displacement's slope stays far below 1, so the warp is one-to-one and
// neighbouring cells, and parcels inside villages, stay neighbours and insiders.
import type { XY } from './plane';

export type Warp = (p: XY) => XY;

export function smoothWarp(next: () => number, amplitude = 160, wavelengths: readonly number[] = [9000, 5200, 3100]): Warp {
  const waves = wavelengths.flatMap((wavelength) =>
    [0, 1].map(() => {
      const angle = next() * Math.PI * 2;
      return { kx: (Math.cos(angle) * 2 * Math.PI) / wavelength, ky: (Math.sin(angle) * 2 * Math.PI) / wavelength, phase: next() * Math.PI * 2, ax: next() - 0.5, ay: next() - 0.5 };
    }),
  );
  const scale = amplitude / waves.length;
  return ([x, y]) => {
    let dx = 0;
    let dy = 0;
    for (const w of waves) {
      const s = Math.sin(w.kx * x + w.ky * y + w.phase);
      dx += w.ax * s;
      dy += w.ay * s;
    }
    return [x + 2 * scale * dx, y + 2 * scale * dy];
  };
}

/** Inserts points every `step` metres along each edge so the warp can bend it. Symmetric, so shared edges match. */
export function densify(ring: readonly XY[], step: number): XY[] {
  const result: XY[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
    for (let k = 0; k < n; k++) result.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  return result;
}
