// What the basemap list knows about one added basemap, and what it takes to put it on the map.
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';

export type BasemapKind = 'pmtiles-raster' | 'pmtiles-vector' | 'mbtiles-raster' | 'mbtiles-vector' | 'geotiff';

/** The MapLibre side of a basemap: one source, its layers, and for an orthophoto the canvas the image source shows. */
export interface BasemapMapContent {
  readonly source: SourceSpecification;
  readonly layers: readonly LayerSpecification[];
  /** For `geotiff`: the reprojected image, handed to the image source after it is added (no URL, no request). */
  readonly image?: HTMLCanvasElement;
  /** [west, south, east, north] in degrees, for zoom-to. */
  readonly bounds: readonly [number, number, number, number] | null;
}

export interface BasemapEntry {
  /** Also the MapLibre source id and the prefix of its layer ids, e.g. `basemap-3`. */
  readonly id: string;
  /** The file name the user picked, e.g. `无人机正射影像.tif`. */
  readonly name: string;
  readonly kind: BasemapKind;
  readonly visible: boolean;
  /** 0–1. */
  readonly opacity: number;
  readonly content: BasemapMapContent;
  /** Frees what the basemap holds besides its map layers (protocol registrations, a worker's database). */
  readonly release: () => void;
}
