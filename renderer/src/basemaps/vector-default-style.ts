// A plain default style for a vector basemap (PMTiles or MBTiles with MVT tiles), whose own style Landlink does not
// have: per source layer a light fill, an outline or line, points, and labels from a name field. Muted colours keep
// the project's parcels the thing that stands out. Labels use the bundled Noto Sans SC (no glyph server).
import type { LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from '../map/layer-styles';

export interface VectorLayerInfo {
  readonly id: string;
  readonly minzoom?: number;
  readonly maxzoom?: number;
}

const PALETTE = ['#8c9c6b', '#b59f7b', '#7b9bb5', '#a88f9c', '#9cab8c', '#b5a36b'];
const POLYGON = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const LINE = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const POINT = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
/** Common name fields, Chinese first (三调 and local data use 名称/MC), then OSM-style ones. */
const NAME = ['coalesce', ['get', '名称'], ['get', 'MC'], ['get', 'name:zh'], ['get', 'name'], ['get', 'NAME']];

/** The `vector_layers` of PMTiles metadata or of the MBTiles `json` metadata row, tolerating missing parts. */
export function readVectorLayers(metadata: unknown): VectorLayerInfo[] {
  const list = (metadata as { vector_layers?: unknown } | null)?.vector_layers;
  if (!Array.isArray(list)) return [];
  return list.filter((layer): layer is VectorLayerInfo => typeof (layer as VectorLayerInfo)?.id === 'string');
}

export function vectorDefaultLayers(basemapId: string, vectorLayers: readonly VectorLayerInfo[]): LayerSpecification[] {
  const layers: LayerSpecification[] = [];
  vectorLayers.forEach((info, index) => {
    const colour = PALETTE[index % PALETTE.length]!;
    const common = { source: basemapId, 'source-layer': info.id } as const;
    const prefix = `${basemapId}-${index}`;
    layers.push(
      { id: `${prefix}-fill`, type: 'fill', ...common, filter: POLYGON as never, paint: { 'fill-color': colour, 'fill-opacity': 0.45 } },
      { id: `${prefix}-line`, type: 'line', ...common, filter: ['any', POLYGON, LINE] as never, paint: { 'line-color': colour, 'line-width': 1.2, 'line-opacity': 1 } },
      { id: `${prefix}-circle`, type: 'circle', ...common, filter: POINT as never, paint: { 'circle-color': colour, 'circle-radius': 3, 'circle-opacity': 1 } },
      {
        id: `${prefix}-label`,
        type: 'symbol',
        ...common,
        minzoom: 12,
        layout: { 'text-field': NAME as never, 'text-font': LABEL_FONT, 'text-size': 11 },
        paint: { 'text-color': '#4d4d4d', 'text-halo-color': '#ffffff', 'text-halo-width': 1, 'text-opacity': 1 },
      },
    );
  });
  return layers;
}
