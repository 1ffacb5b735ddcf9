// The overview inset: the county and its townships in outline, with the printed frame marked in red, drawn as SVG
// (vector in the PDF) from the project's admin areas.
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { BBox } from '../../../shared/print/fit-frame';
import { project } from '../../../shared/print/web-mercator';

interface Props {
  readonly admin: FeatureCollection | null;
  readonly countyBbox: BBox | null;
  readonly frame: BBox;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly caption: string;
}

const pathCache = new WeakMap<FeatureCollection, Map<string, string>>();

function ringsOf(feature: Feature): Position[][] {
  const g = feature.geometry;
  if (!g) return [];
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

export function OverviewInset({ admin, countyBbox, frame, widthMm, heightMm, caption }: Props): React.JSX.Element {
  const captionH = 4.5;
  const box = countyBbox ?? frame;
  // Everything is drawn in world pixels at zoom 0 scaled to a 1000-unit view box that keeps the aspect ratio.
  const [x0, y0] = project(Math.min(box[0], frame[0]), Math.max(box[3], frame[3]), 0);
  const [x1, y1] = project(Math.max(box[2], frame[2]), Math.min(box[1], frame[1]), 0);
  const drawW = widthMm, drawH = heightMm - captionH;
  const s = Math.min(drawW / (x1 - x0), drawH / (y1 - y0)) * 0.94;
  const ox = (drawW - (x1 - x0) * s) / 2, oy = (drawH - (y1 - y0) * s) / 2;
  const toSvg = ([lon, lat]: Position): string => {
    const [x, y] = project(lon!, lat!, 0);
    return `${((x - x0) * s + ox).toFixed(2)},${((y - y0) * s + oy).toFixed(2)}`;
  };
  const key = `${x0},${y0},${s},${drawW},${drawH}`;
  let paths = admin ? pathCache.get(admin) : undefined;
  if (admin && !paths) pathCache.set(admin, (paths = new Map()));
  let d = paths?.get(key);
  if (admin && d === undefined) {
    const parts: string[] = [];
    for (const f of admin.features) {
      if (f.properties?.level !== 'township' && f.properties?.level !== 'county') continue;
      for (const ring of ringsOf(f)) {
        // Every few vertices are enough at inset size.
        const step = Math.max(1, Math.floor(ring.length / 200));
        const pts = ring.filter((_, i) => i % step === 0).map(toSvg);
        if (pts.length > 2) parts.push(`M${pts.join('L')}Z`);
      }
    }
    d = parts.join('');
    paths!.set(key, d);
  }
  const [fx0, fy0] = toSvg([frame[0], frame[3]]).split(',').map(Number) as [number, number];
  const [fx1, fy1] = toSvg([frame[2], frame[1]]).split(',').map(Number) as [number, number];
  return (
    <div className="print-inset" data-testid="print-inset">
      <svg width={`${drawW}mm`} height={`${drawH}mm`} viewBox={`0 0 ${drawW} ${drawH}`}>
        <rect x={0} y={0} width={drawW} height={drawH} fill="#fafafa" />
        {d ? <path d={d} fill="#ede8dc" stroke="#7a6f5a" strokeWidth={0.15} /> : null}
        <rect x={Math.min(fx0, fx1)} y={Math.min(fy0, fy1)} width={Math.max(0.8, Math.abs(fx1 - fx0))} height={Math.max(0.8, Math.abs(fy1 - fy0))} fill="rgba(215,48,39,0.12)" stroke="#d73027" strokeWidth={0.45} />
      </svg>
      <div className="print-inset-caption">{caption}</div>
    </div>
  );
}
