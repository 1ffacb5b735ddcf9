// A map layer with a change applied: features replaced in place (the table keeps its order), new ones added at the
// end, removed ids dropped. One pass over the layer, no copy of any feature: a county-sized layer patches in
// milliseconds. The bbox grows to cover what was added; shrinking it waits for the next open.
import type { FeatureCollection } from 'geojson';

export function patchLayer(layer: FeatureCollection, changed: FeatureCollection, removed: readonly number[]): FeatureCollection {
  const replacements = new Map(changed.features.map((f) => [Number(f.id), f]));
  const gone = new Set(removed);
  const features = [];
  for (const feature of layer.features) {
    const id = Number(feature.id);
    if (gone.has(id)) continue;
    const replacement = replacements.get(id);
    if (replacement) {
      features.push(replacement);
      replacements.delete(id);
    } else features.push(feature);
  }
  for (const added of replacements.values()) features.push(added);
  const bbox = unionBbox(layer.bbox, changed.bbox);
  return bbox ? { type: 'FeatureCollection', bbox, features } : { type: 'FeatureCollection', features };
}

function unionBbox(a: FeatureCollection['bbox'], b: FeatureCollection['bbox']): FeatureCollection['bbox'] {
  if (!a || a.length !== 4) return b && b.length === 4 ? b : undefined;
  if (!b || b.length !== 4) return a;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}
