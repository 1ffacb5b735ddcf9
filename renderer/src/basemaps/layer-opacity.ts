// One opacity slider for a whole basemap: each of its layers keeps the opacity its style gave it, times the slider.
import type { LayerSpecification } from 'maplibre-gl';

const OPACITY_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  raster: ['raster-opacity'],
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['text-opacity', 'icon-opacity'],
};

/** The paint values that give `layer` the basemap's `opacity` (0–1). */
export function opacityPaint(layer: LayerSpecification, opacity: number): [property: string, value: number][] {
  const paint = ('paint' in layer ? layer.paint : undefined) as Record<string, unknown> | undefined;
  return (OPACITY_PROPERTIES[layer.type] ?? []).map((property) => {
    const base = typeof paint?.[property] === 'number' ? (paint[property] as number) : 1;
    return [property, Math.round(base * opacity * 1000) / 1000];
  });
}
