// What the print page needs from a project beyond the map layers: the places an atlas pages through (with their
// boxes) and compact tallies the summary tables are built from. Read in the project worker (read-print-data.ts)
// and sent to the UI once per print view; the table builders are pure functions of it.
import type { BBox } from './fit-frame';

export interface PrintPlace {
  readonly code: string;
  readonly name: string;
  readonly bbox: BBox | null;
}

export interface PrintTownship extends PrintPlace {
  readonly villages: readonly PrintPlace[];
}

/** Houses counted by township, village and status. */
export interface HouseTally {
  readonly township: string;
  readonly village: string;
  readonly status: string;
  readonly count: number;
}

/** Reclaimed parcels counted and measured (ellipsoidal m²) by township, village, linkage project and status. */
export interface ParcelTally {
  readonly township: string;
  readonly village: string;
  readonly projectCode: string;
  readonly status: string;
  readonly count: number;
  readonly areaM2: number;
}

/** The quota chain of one linkage project (from the project summary), with where its parcels lie. */
export interface PrintLinkageProject {
  readonly code: string;
  readonly name: string;
  readonly acceptedMu: number;
  readonly constructionMu: number;
  readonly surplusMu: number;
  readonly soldMu: number;
  readonly availableMu: number;
  readonly bbox: BBox | null;
  readonly townships: readonly string[];
  readonly villages: readonly string[];
}

export interface PrintData {
  readonly projectName: string;
  readonly county: string;
  readonly synthetic: boolean;
  readonly countyBbox: BBox | null;
  readonly townships: readonly PrintTownship[];
  readonly houses: readonly HouseTally[];
  readonly parcels: readonly ParcelTally[];
  readonly projects: readonly PrintLinkageProject[];
}
