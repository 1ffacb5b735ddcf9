// One Terra Draw instance on the map, started lazily when a tool is chosen. It owns the mouse while a tool is
// active (identify is suspended), snaps to the project's features, and reports live and finished geometry.
import { TerraDraw, TerraDrawLineStringMode, TerraDrawPointMode, TerraDrawPolygonMode, TerraDrawSelectMode, type GeoJSONStoreFeatures, type TerraDrawMouseEvent } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Geometry } from 'geojson';
import { snapToProject } from './snap-to-project';

export interface DrawCallbacks {
  /** The geometry being drawn changed (live measurement). */
  onChange(geometry: Geometry | null): void;
  /** A polygon, point or line was completed. */
  onFinish(geometry: Geometry): void;
}

const DRAW_COLOUR = '#c0392b';

export class TerraDrawSession {
  private readonly draw: TerraDraw;
  private callbacks: DrawCallbacks | null = null;

  constructor(private readonly map: MapLibreMap) {
    const snapping = { toCustom: (event: TerraDrawMouseEvent) => snapToProject(this.map, event.containerX, event.containerY) };
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 9 }),
      modes: [
        new TerraDrawPolygonMode({ snapping, styles: { fillColor: DRAW_COLOUR, fillOpacity: 0.25, outlineColor: DRAW_COLOUR, outlineWidth: 2 } }),
        new TerraDrawPointMode({ styles: { pointColor: DRAW_COLOUR, pointWidth: 6 } }),
        new TerraDrawLineStringMode({ snapping, styles: { lineStringColor: DRAW_COLOUR, lineStringWidth: 2 } }),
        new TerraDrawSelectMode({
          flags: {
            polygon: { feature: { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true, snappable: snapping } } },
          },
        }),
      ],
    });
    this.draw.start();
    this.draw.on('change', (ids) => {
      const id = ids[0];
      const feature = id === undefined ? undefined : this.draw.getSnapshotFeature(id);
      this.callbacks?.onChange((feature?.geometry as Geometry | undefined) ?? null);
    });
    this.draw.on('finish', (id) => {
      const feature = this.draw.getSnapshotFeature(id);
      if (feature && this.draw.getMode() !== 'select') this.callbacks?.onFinish(feature.geometry as Geometry);
    });
  }

  /** Starts drawing a polygon, point or line. */
  startDrawing(mode: 'polygon' | 'point' | 'linestring', callbacks: DrawCallbacks): void {
    this.draw.clear();
    this.callbacks = callbacks;
    this.draw.setMode(mode);
  }

  /** Loads one polygon for vertex editing (drag vertices, add at midpoints, delete with right-click). */
  startEditing(polygon: GeoJSON.Polygon, callbacks: DrawCallbacks): void {
    this.draw.clear();
    this.callbacks = callbacks;
    // Terra Draw keeps 9 decimals (0.1 mm); stored corners may have more, which it would refuse.
    const rounded = { type: 'Polygon', coordinates: polygon.coordinates.map((ring) => ring.map(([x, y]) => [Math.round(x! * 1e9) / 1e9, Math.round(y! * 1e9) / 1e9])) };
    const feature = { type: 'Feature', geometry: rounded, properties: { mode: 'polygon' } } as GeoJSONStoreFeatures;
    const [result] = this.draw.addFeatures([feature]);
    this.draw.setMode('select');
    if (result?.valid && result.id !== undefined) this.draw.selectFeature(result.id);
  }

  /** The edited polygon as it stands now. */
  editedGeometry(): Geometry | null {
    const feature = this.draw.getSnapshot()[0];
    return (feature?.geometry as Geometry | undefined) ?? null;
  }

  /** Clears what was drawn and gives the mouse back to the map. */
  stop(): void {
    this.callbacks = null;
    this.draw.clear();
    this.draw.setMode('static');
  }
}

let session: TerraDrawSession | null = null;

export function terraDrawSession(map: MapLibreMap): TerraDrawSession {
  session ??= new TerraDrawSession(map);
  return session;
}
