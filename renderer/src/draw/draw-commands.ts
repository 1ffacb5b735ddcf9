// What the drawing tools do: start and stop a tool, and turn a finished shape into a project change (new parcel or
// house, edited boundary, split parcel), after checking it with the geometry validation of issue 4. Every change is
// one undoable step; a refused shape changes nothing and says why.
import i18next from 'i18next';
import type { Geometry, LineString, MultiPolygon, Polygon } from 'geojson';
import { validateGeometry } from '../../../shared/geo/validate/index';
import { ellipsoidalArea } from '../../../shared/geo/area/ellipsoidal-area';
import { lineLength } from '../../../shared/geo/area/line-length';
import { formatMu, formatSquareMetres, squareMetresToMu } from '../../../shared/geo/units';
import { splitPolygon } from '../../../shared/geo/edit/split-polygon';
import { mergePolygons } from '../../../shared/geo/edit/merge-polygons';
import { findOverlaps } from '../../../shared/geo/overlap/find-overlaps';
import type { AppServices } from '../app/app-services';
import { useAppStore } from '../state/app-store';
import { selectedFeaturesOf, type SelectedFeatures } from '../state/selected-features';
import { getMapInstance } from '../map/map-instance';
import { identifyState } from '../identify/use-map-identify';
import { RpcError } from '../rpc/rpc-error';
import { LedgerEditCancelled } from '../ledger/confirm-ledger-edit';
import { currentLanguage } from '../i18n/i18n';
import { useDrawState, type DrawTool } from './draw-state';
import { terraDrawSession } from './terra-draw-session';
import { representativePoint, villageAt } from './place-in-village';

const POLYGON_TABLES = ['reclaim_parcels', 'construction_plots', 'resettlement_sites'];

function say(error: unknown, app: AppServices): void {
  // Cancelling an edit that would break quota sales is the user's choice, not a failure.
  if (error instanceof LedgerEditCancelled) {
    app.ui.toast(error.message, 'info');
    return;
  }
  const zh = currentLanguage() === 'zh-CN';
  const text = error instanceof RpcError ? (zh ? error.failure.messageZh : error.failure.message) : error instanceof Error ? error.message : String(error);
  app.ui.toast(text, 'error');
}

/** The first error of the geometry validation, in the user's language, or null if the shape is acceptable. */
function geometryError(geometry: Geometry): string | null {
  const problem = validateGeometry(geometry).find((p) => p.severity === 'error');
  if (!problem) return null;
  return currentLanguage() === 'zh-CN' ? problem.messageZh : problem.message;
}

function selectedFeatures(): SelectedFeatures | null {
  const { selection, project } = useAppStore.getState();
  return selectedFeaturesOf(selection, project?.view.layers);
}

function singlePolygon(geometry: Geometry | null): Polygon | null {
  if (geometry?.type === 'Polygon') return geometry;
  if (geometry?.type === 'MultiPolygon' && geometry.coordinates.length === 1) return { type: 'Polygon', coordinates: geometry.coordinates[0]! };
  return null;
}

function placeProperties(geometry: Geometry): Record<string, unknown> {
  const point = representativePoint(geometry);
  const admin = useAppStore.getState().project?.view.layers.find((l) => l.table === 'admin_areas')?.features.features ?? [];
  const place = point ? villageAt(point, admin) : null;
  return place ? { village: place.village, ...(place.township ? { township: place.township } : {}) } : {};
}

export function stopTool(): void {
  const map = getMapInstance();
  if (map) terraDrawSession(map).stop();
  // The click that finished a shape (the second click of a double click) must not also select what lies under it.
  setTimeout(() => {
    if (!useDrawState.getState().tool) identifyState.suspended = false;
  }, 400);
  useDrawState.setState({ tool: null, liveAreaM2: null, liveLengthM: null });
}

function liveMeasure(geometry: Geometry | null): void {
  if (geometry?.type === 'Polygon' && (geometry.coordinates[0]?.length ?? 0) >= 4) useDrawState.setState({ liveAreaM2: ellipsoidalArea(geometry), liveLengthM: null });
  else if (geometry?.type === 'LineString') useDrawState.setState({ liveLengthM: lineLength(geometry.coordinates), liveAreaM2: null });
  else useDrawState.setState({ liveAreaM2: null, liveLengthM: null });
}

export function startTool(app: AppServices, tool: DrawTool): void {
  const map = getMapInstance();
  if (!map || !app.document.hasProject()) return;
  const session = terraDrawSession(map);
  identifyState.suspended = true;
  useDrawState.setState({ tool, liveAreaM2: null, liveLengthM: null, measured: null });
  const onChange = liveMeasure;

  if (tool === 'edit-geometry') {
    const selected = selectedFeatures();
    const polygon = selected && selected.features.length === 1 && POLYGON_TABLES.includes(selected.table) ? singlePolygon(selected.features[0]!.geometry) : null;
    if (!polygon) {
      app.ui.toast(i18next.t('draw.selectOnePolygon'), 'error');
      stopTool();
      return;
    }
    session.startEditing(polygon, { onChange, onFinish: () => undefined });
    return;
  }
  if (tool === 'split') {
    const selected = selectedFeatures();
    if (!selected || selected.features.length !== 1 || !POLYGON_TABLES.includes(selected.table)) {
      app.ui.toast(i18next.t('draw.selectOnePolygon'), 'error');
      stopTool();
      return;
    }
  }
  const mode = tool === 'new-house' ? 'point' : tool === 'split' || tool === 'measure-distance' ? 'linestring' : 'polygon';
  session.startDrawing(mode, { onChange, onFinish: (geometry) => void finishDrawing(app, tool, geometry) });
}

async function finishDrawing(app: AppServices, tool: DrawTool, geometry: Geometry): Promise<void> {
  const restart = (): void => startTool(app, tool);
  if (tool === 'measure-area' || tool === 'measure-distance') {
    const measured = geometry.type === 'Polygon' ? { areaM2: ellipsoidalArea(geometry) } : geometry.type === 'LineString' ? { lengthM: lineLength(geometry.coordinates) } : null;
    stopTool();
    useDrawState.setState({ measured });
    return;
  }
  if (tool === 'new-parcel' || tool === 'new-house') {
    const error = tool === 'new-parcel' ? geometryError(geometry) : null;
    if (error) {
      app.ui.toast(i18next.t('draw.refused', { reason: error }), 'error');
      restart();
      return;
    }
    const table = tool === 'new-parcel' ? 'reclaim_parcels' : 'old_houses';
    const stored: Geometry = geometry.type === 'Polygon' ? ({ type: 'MultiPolygon', coordinates: [geometry.coordinates] } satisfies MultiPolygon) : geometry;
    // Stop drawing before the save is under way: the user may already start the next shape meanwhile, and a stop
    // after the await would end that one.
    stopTool();
    try {
      const label = tool === 'new-parcel' ? { zh: '绘制新地块', en: 'Draw a new parcel' } : { zh: '标注新旧房', en: 'Place a new house' };
      const [fid] = await app.project.editFeatures(table, [{ kind: 'insert', geometry: stored, properties: { status: tool === 'new-parcel' ? 'planned' : 'pending', ...placeProperties(geometry) } }], label);
      if (fid !== undefined) app.ui.select({ table, fids: [fid] });
      if (geometry.type === 'Polygon') {
        const area = ellipsoidalArea(geometry);
        app.ui.toast(i18next.t('draw.added', { mu: formatMu(squareMetresToMu(area)), m2: formatSquareMetres(area) }));
        warnOverlaps(app, geometry, fid);
      }
    } catch (error) {
      say(error, app);
      restart();
    }
    return;
  }
  if (tool === 'split' && geometry.type === 'LineString') {
    await splitSelected(app, geometry);
  }
}

/** Warns (without refusing: staff may be correcting a neighbour next) when a new parcel overlaps existing parcels. */
function warnOverlaps(app: AppServices, geometry: Polygon, ownFid: number | undefined): void {
  const parcels = useAppStore.getState().project?.view.layers.find((l) => l.table === 'reclaim_parcels')?.features.features ?? [];
  const others = parcels
    .filter((f) => f.properties?.fid !== ownFid && (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'))
    .map((f) => ({ id: String(f.properties?.code ?? f.properties?.fid), geometry: f.geometry as Polygon | MultiPolygon }));
  const overlaps = findOverlaps([{ id: 'new', geometry }], others);
  if (overlaps.length === 0) return;
  const list = overlaps.map((o) => i18next.t('draw.overlapItem', { code: o.b, mu: formatMu(o.areaMu), m2: formatSquareMetres(o.areaM2) })).join(i18next.t('draw.listSeparator'));
  app.ui.toast(i18next.t('draw.overlapWarning', { list }), 'error');
}

async function splitSelected(app: AppServices, cut: LineString): Promise<void> {
  const selected = selectedFeatures();
  const target = selected?.features[0];
  stopTool();
  if (!selected || !target?.geometry || (target.geometry.type !== 'Polygon' && target.geometry.type !== 'MultiPolygon')) return;
  const result = splitPolygon(target.geometry, cut);
  const zh = currentLanguage() === 'zh-CN';
  if (!result.ok) {
    app.ui.toast(zh ? result.reason.zh : result.reason.en, 'error');
    return;
  }
  const asMulti = (g: Polygon | MultiPolygon): MultiPolygon => (g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g);
  for (const part of result.parts) {
    const error = geometryError(part);
    if (error) {
      app.ui.toast(i18next.t('draw.refused', { reason: error }), 'error');
      return;
    }
  }
  // The new part keeps the parcel's attributes but gets its own code (generated on insert).
  const { fid, code: _code, area_m2: _area, ...properties } = target.properties ?? {};
  try {
    const inserted = await app.project.editFeatures(selected.table, [
      { kind: 'update', fid: fid as number, geometry: asMulti(result.parts[0]) },
      { kind: 'insert', properties, geometry: asMulti(result.parts[1]) },
    ], { zh: `分割地块 ${String(_code ?? '')}`, en: `Split parcel ${String(_code ?? '')}` });
    app.ui.select({ table: selected.table, fids: [fid as number, ...inserted] });
    app.ui.toast(i18next.t('draw.split', { a: formatMu(squareMetresToMu(ellipsoidalArea(result.parts[0]))), b: formatMu(squareMetresToMu(ellipsoidalArea(result.parts[1]))) }));
  } catch (error) {
    say(error, app);
  }
}

/** Saves the boundary being edited (Enter) after validating it. */
export async function finishEditing(app: AppServices): Promise<void> {
  const map = getMapInstance();
  const selected = selectedFeatures();
  if (!map || !selected || useDrawState.getState().tool !== 'edit-geometry') return;
  const geometry = terraDrawSession(map).editedGeometry();
  const target = selected.features[0];
  if (!geometry || geometry.type !== 'Polygon' || !target) return;
  const error = geometryError(geometry);
  if (error) {
    app.ui.toast(i18next.t('draw.refused', { reason: error }), 'error');
    return;
  }
  try {
    await app.project.editFeatures(selected.table, [{ kind: 'update', fid: target.properties?.fid as number, geometry: { type: 'MultiPolygon', coordinates: [geometry.coordinates] } }], { zh: `修改边界 ${String(target.properties?.code ?? '')}`, en: `Edit boundary ${String(target.properties?.code ?? '')}` });
    stopTool();
  } catch (error) {
    say(error, app);
  }
}

export async function mergeSelected(app: AppServices): Promise<void> {
  const selected = selectedFeatures();
  const zh = currentLanguage() === 'zh-CN';
  if (!selected || selected.features.length < 2 || !POLYGON_TABLES.includes(selected.table)) {
    app.ui.toast(i18next.t('draw.selectSeveral'), 'error');
    return;
  }
  const shapes = selected.features.map((f) => f.geometry as Polygon | MultiPolygon);
  const result = mergePolygons(shapes);
  if (!result.ok) {
    app.ui.toast(zh ? result.reason.zh : result.reason.en, 'error');
    return;
  }
  // The largest parcel keeps its code and attributes; the others are deleted.
  const ordered = [...selected.features].sort((a, b) => ellipsoidalArea(b.geometry as Polygon) - ellipsoidalArea(a.geometry as Polygon));
  const keep = ordered[0]!.properties?.fid as number;
  try {
    await app.project.editFeatures(selected.table, [
      { kind: 'update', fid: keep, geometry: { type: 'MultiPolygon', coordinates: [result.geometry.coordinates] } },
      ...ordered.slice(1).map((f) => ({ kind: 'delete' as const, fid: f.properties?.fid as number })),
    ], { zh: `合并 ${ordered.length} 个地块`, en: `Merge ${ordered.length} parcels` });
    app.ui.select({ table: selected.table, fids: [keep] });
  } catch (error) {
    say(error, app);
  }
}

export async function deleteSelected(app: AppServices): Promise<void> {
  const selected = selectedFeatures();
  if (!selected || selected.features.length === 0) return;
  const choice = await app.ui.ask(i18next.t('draw.deleteTitle'), i18next.t('draw.deleteBody', { count: selected.features.length }), [
    { id: 'delete', label: i18next.t('draw.delete'), primary: true },
    { id: 'cancel', label: i18next.t('dialogs.cancel') },
  ]);
  if (choice !== 'delete') return;
  try {
    await app.project.editFeatures(selected.table, selected.features.map((f) => ({ kind: 'delete' as const, fid: f.properties?.fid as number })), { zh: `删除 ${selected.features.length} 个要素`, en: `Delete ${selected.features.length} features` });
    app.ui.select(null);
  } catch (error) {
    say(error, app);
  }
}
