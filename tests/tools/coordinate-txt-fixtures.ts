// Regenerates the boundary-point coordinate TXT fixtures (界址点坐标交换格式) in tests/fixtures/formats/coordinate-txt/,
// written from the format's description (DOMAIN.md) rather than by Landlink's writer, and their reference areas:
// each ring is converted to CGCS2000 degrees by GeographicLib's TransverseMercatorProj (exact transverse Mercator,
// CGCS2000 ellipsoid) and measured by GeographicLib's Planimeter (Debian geographiclib-tools).
//
//   npx tsx tests/tools/coordinate-txt-fixtures.ts
//
// Plots are synthetic (示例, near 114°E, 38.8°N in 3° zone 38): a simple plot, a plot with a hole, and a plot in
// two parts whose second part has a hole holding an island (a third part).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '../fixtures/formats/coordinate-txt');
const A = 6378137;
const INVERSE_FLATTENING = 298.257222101;
const ZONE = 38;
const CENTRAL_MERIDIAN = 114;

type Ring = [northing: number, easting: number][]; // as the file lists them: X = northing, Y = plain easting, open
interface Plot { code: string; name: string; use: string; landClass: string; rings: Ring[]; holes: number[] }

/** Corners relative to a plot's north-west corner, in metres (x = east, y = north), clockwise from the north-west. */
function ringAt(n0: number, e0: number, corners: [number, number][]): Ring {
  return corners.map(([de, dn]) => [Number((n0 + dn).toFixed(3)), Number((e0 + de).toFixed(3))]);
}

const PLOTS: Plot[] = [
  {
    code: 'FK2026-001', name: '桃坊坡村复垦一号', use: '拆旧区', landClass: '0702', holes: [],
    rings: [ringAt(4_296_812.417, 517_364.282, [[0, 0], [286.418, 12.306], [301.127, -238.954], [151.602, -270.118], [-8.335, -251.763]])],
  },
  {
    code: 'FK2026-002', name: '南庄村复垦二号', use: '拆旧区', landClass: '0702', holes: [1],
    rings: [
      ringAt(4_295_940.106, 518_120.733, [[0, 0], [402.551, -3.128], [398.207, -311.664], [-4.918, -305.402]]),
      ringAt(4_295_840.106, 518_260.733, [[0, 0], [0, -82.374], [101.265, -80.006], [99.913, 1.458]]), // a hole, anticlockwise
    ],
  },
  {
    code: 'FK2026-003', name: '北沟村复垦三号', use: '拆旧区', landClass: '0702', holes: [2],
    rings: [
      ringAt(4_297_511.884, 516_402.518, [[0, 0], [251.773, 4.412], [247.339, -221.805], [-2.816, -219.37]]),
      ringAt(4_297_505.002, 516_902.114, [[0, 0], [412.226, 8.903], [409.05, -396.112], [-6.441, -388.297]]),
      ringAt(4_297_385.002, 517_022.114, [[0, 0], [0, -150.553], [170.334, -148.92], [168.015, 2.276]]),
      ringAt(4_297_345.002, 517_062.114, [[0, 0], [61.708, 0.314], [60.551, -58.006], [-1.227, -57.44]]),
    ],
  },
];

function toDegrees(ring: Ring): [number, number][] {
  const input = ring.map(([n, e]) => `${(e - 500_000).toFixed(3)} ${n.toFixed(3)}`).join('\n');
  const output = execFileSync('TransverseMercatorProj', ['-r', '-l', String(CENTRAL_MERIDIAN), '-k', '1', '-e', String(A), `1/${INVERSE_FLATTENING}`, '-p', '12'], { input, encoding: 'utf8' });
  return output.trim().split('\n').map((line) => {
    const [lat, lon] = line.trim().split(/\s+/).map(Number);
    return [lat!, lon!];
  });
}

function planimeterArea(ring: Ring): number {
  const input = toDegrees(ring).map(([lat, lon]) => `${lat.toFixed(12)} ${lon.toFixed(12)}`).join('\n');
  const output = execFileSync('Planimeter', ['-e', String(A), `1/${INVERSE_FLATTENING}`, '-p', '15'], { input, encoding: 'utf8' });
  return Math.abs(Number(output.trim().split(/\s+/)[2]));
}

const plotArea = (plot: Plot) => plot.rings.reduce((sum, ring, i) => sum + (plot.holes.includes(i) ? -1 : 1) * planimeterArea(ring), 0);

interface Variant { file: string; encoding: 'gbk' | 'utf-8' | 'utf-8-bom'; eol: '\r\n' | '\n'; system: string; zoneLine: string; prefixed: boolean; numbering: 'run-on' | 'restart'; unit: 'ha' | 'm2'; wrongArea?: string }

function plotLines(plot: Plot, variant: Variant, area: number): string[] {
  const points: string[] = [];
  let running = 1;
  plot.rings.forEach((ring, r) => {
    let n = variant.numbering === 'restart' ? 1 : running;
    const first = n;
    for (const [north, east] of [...ring, ring[0]!]) {
      const isClosing = points.length > 0 && north === ring[0]![0] && east === ring[0]![1] && n > first;
      const pointName = `J${isClosing ? first : n++}`;
      points.push(`${pointName},${r + 1},${north.toFixed(3)},${(variant.prefixed ? east + ZONE * 1_000_000 : east).toFixed(3)}`);
    }
    running = n;
  });
  const stated = variant.wrongArea === plot.code ? area * 1.02 : area;
  const areaText = variant.unit === 'ha' ? (stated / 10_000).toFixed(4) : stated.toFixed(2);
  return [`${points.length},${areaText},${plot.code},${plot.name},面,,${plot.use},${plot.landClass},@`, ...points];
}

const encodeGbk = (text: string) => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });

function writeVariant(variant: Variant, areas: number[]) {
  const lines = [
    '[属性描述]',
    '格式版本号=1.01',
    '数据产生单位=示例县自然资源局（虚构）',
    '数据产生日期=2026-11-30',
    `坐标系=${variant.system}`,
    '几度分带=3',
    '投影类型=高斯克吕格',
    '计量单位=米',
    variant.zoneLine,
    '精度=0.001',
    '转换参数=,,,,,,',
    '[地块坐标]',
    ...PLOTS.flatMap((plot, i) => plotLines(plot, variant, areas[i]!)),
  ];
  const text = lines.join(variant.eol) + variant.eol;
  const bytes = variant.encoding === 'gbk' ? encodeGbk(text) : Buffer.from((variant.encoding === 'utf-8-bom' ? '\uFEFF' : '') + text, 'utf8');
  writeFileSync(path.join(out, variant.file), bytes);
  return text;
}

mkdirSync(path.join(out, 'malformed'), { recursive: true });
const areas = PLOTS.map(plotArea);
const good: Variant[] = [
  { file: 'gk38-prefixed-gbk-crlf.txt', encoding: 'gbk', eol: '\r\n', system: '2000国家大地坐标系', zoneLine: '带号=38', prefixed: true, numbering: 'run-on', unit: 'ha' },
  { file: 'gk38-plain-utf8-bom-lf.txt', encoding: 'utf-8-bom', eol: '\n', system: '2000国家大地坐标系', zoneLine: '带号=38', prefixed: false, numbering: 'restart', unit: 'm2' },
  { file: 'gk38-zone-from-prefix-utf8.txt', encoding: 'utf-8', eol: '\r\n', system: '2000国家大地坐标系', zoneLine: '带号=', prefixed: true, numbering: 'restart', unit: 'ha', wrongArea: 'FK2026-002' },
  { file: 'xian80-gk38-prefixed-gbk.txt', encoding: 'gbk', eol: '\r\n', system: '西安80坐标系', zoneLine: '带号=38', prefixed: true, numbering: 'run-on', unit: 'ha' },
];
const texts = good.map((v) => writeVariant(v, areas));

// Malformed files, each from the first good file with one fault; the expected line is the line to fix.
const base = texts[0]!.split('\r\n');
const lineOf = (prefix: string) => base.findIndex((l) => l.startsWith(prefix)) + 1;
const malformed: Record<string, { lines: string[]; line: number | null; says: string }> = {};
{
  const lines = [...base];
  const closing = lineOf('J1,1,') + 5; // plot 1's closing point (5 corners)
  lines.splice(closing - 1, 1);
  lines[lineOf('6,') - 1] = lines[lineOf('6,') - 1]!.replace(/^6,/, '5,');
  malformed['unclosed-ring.txt'] = { lines, line: closing - 1, says: 'does not end on its first point' };
}
{
  const lines = [...base];
  const header = lineOf('6,');
  lines[header - 1] = lines[header - 1]!.replace(/^6,/, '7,');
  malformed['wrong-count.txt'] = { lines, line: header, says: '界址点数 = 7 but 6 point lines follow' };
}
{
  const lines = [...base];
  const at = lineOf('J3,1,');
  lines[at - 1] = lines[at - 1]!.replace(/,(\d+)\.(\d+),/, ',$1.$2x,');
  malformed['bad-number.txt'] = { lines, line: at, says: 'is not a number' };
}
malformed['no-attribute-section.txt'] = { lines: base.slice(lineOf('[地块坐标]') - 1), line: null, says: 'has no [属性描述] section' };
malformed['no-coordinate-section.txt'] = { lines: base.filter((l) => l !== '[地块坐标]'), line: null, says: 'has no [地块坐标] section' };
{
  const lines = texts[1]!.split('\n').map((l) => (l === '带号=38' ? '带号=' : l));
  malformed['plain-easting-no-zone.txt'] = { lines, line: lines.findIndex((l) => l.startsWith('J1,1,')) + 1, says: 'carries no zone number' };
}
{
  const lines = [...base];
  const at = lineOf('J4,1,');
  lines[at - 1] = lines[at - 1]!.replace(/,38(\d{6}\.\d{3})$/, ',39$1');
  malformed['point-off-zone.txt'] = { lines, line: at, says: 'fits no position' };
}
for (const [file, m] of Object.entries(malformed)) writeFileSync(path.join(out, 'malformed', file), encodeGbk(m.lines.join('\r\n')));

writeFileSync(
  path.join(out, 'expected.json'),
  `${JSON.stringify({
    note: 'Made by tests/tools/coordinate-txt-fixtures.ts: areas by GeographicLib TransverseMercatorProj -r + Planimeter on the CGCS2000 ellipsoid (outer rings minus holes).',
    plots: PLOTS.map((p, i) => ({ code: p.code, name: p.name, rings: p.rings.length, holes: p.holes.length, area_m2: areas[i], corners: p.rings.map((r) => r.map(([n, e]) => [n, e])) })),
    files: good.map((v) => ({ file: v.file, encoding: v.encoding === 'gbk' ? 'gbk' : 'utf-8', prefixed: v.prefixed, numbering: v.numbering, unit: v.unit, ...(v.wrongArea ? { wrong_area: v.wrongArea } : {}) })),
    malformed: Object.fromEntries(Object.entries(malformed).map(([f, m]) => [f, { line: m.line, says: m.says }])),
  }, null, 2)}\n`,
);
console.log(`wrote ${good.length} files and ${Object.keys(malformed).length} malformed ones to ${path.relative(process.cwd(), out)}`);
