// The EPSG code ranges of China's Gauss-Krüger grids. Each family is a run of consecutive codes, one per zone, so the
// definitions are generated from these parameters rather than copied one by one.
import type { Datum } from './crs-info';

export interface GaussKrugerFamily {
  readonly datum: Datum;
  readonly zoneWidth: 3 | 6;
  readonly prefixed: boolean;
  /** EPSG code of the first zone. */
  readonly firstCode: number;
  /** Zone number of the first code; the family runs to lastZone. */
  readonly firstZone: number;
  readonly lastZone: number;
  /** How EPSG names the family, for messages: "CGCS2000 / 3-degree Gauss-Kruger". */
  readonly title: string;
}

const threeDegree = { zoneWidth: 3, firstZone: 25, lastZone: 45 } as const;
const sixDegree = { zoneWidth: 6, firstZone: 13, lastZone: 23 } as const;

export const GAUSS_KRUGER_FAMILIES: readonly GaussKrugerFamily[] = [
  { datum: 'CGCS2000', ...threeDegree, prefixed: true, firstCode: 4513, title: 'CGCS2000 / 3-degree Gauss-Kruger zone' },
  { datum: 'CGCS2000', ...threeDegree, prefixed: false, firstCode: 4534, title: 'CGCS2000 / 3-degree Gauss-Kruger CM' },
  { datum: 'CGCS2000', ...sixDegree, prefixed: true, firstCode: 4491, title: 'CGCS2000 / Gauss-Kruger zone' },
  { datum: 'CGCS2000', ...sixDegree, prefixed: false, firstCode: 4502, title: 'CGCS2000 / Gauss-Kruger CM' },
  { datum: 'Xian1980', ...threeDegree, prefixed: true, firstCode: 2349, title: 'Xian 1980 / 3-degree Gauss-Kruger zone' },
  { datum: 'Xian1980', ...threeDegree, prefixed: false, firstCode: 2370, title: 'Xian 1980 / 3-degree Gauss-Kruger CM' },
  { datum: 'Xian1980', ...sixDegree, prefixed: true, firstCode: 2327, title: 'Xian 1980 / Gauss-Kruger zone' },
  { datum: 'Xian1980', ...sixDegree, prefixed: false, firstCode: 2338, title: 'Xian 1980 / Gauss-Kruger CM' },
  { datum: 'Beijing1954', ...threeDegree, prefixed: true, firstCode: 2401, title: 'Beijing 1954 / 3-degree Gauss-Kruger zone' },
  { datum: 'Beijing1954', ...threeDegree, prefixed: false, firstCode: 2422, title: 'Beijing 1954 / 3-degree Gauss-Kruger CM' },
  { datum: 'Beijing1954', ...sixDegree, prefixed: true, firstCode: 21413, title: 'Beijing 1954 / Gauss-Kruger zone' },
  { datum: 'Beijing1954', ...sixDegree, prefixed: false, firstCode: 21453, title: 'Beijing 1954 / Gauss-Kruger CM' },
];
