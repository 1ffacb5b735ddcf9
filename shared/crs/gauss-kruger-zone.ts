// Zone arithmetic of China's Gauss-Krüger grids (DOMAIN.md, "Coordinate systems").

/** The 3° zone whose central meridian is nearest to the longitude (zone 38 ↔ 114°E). */
export function threeDegreeZoneOf(longitude: number): number {
  return Math.round(longitude / 3);
}

/** The 6° zone containing the longitude (zone 20 ↔ 114°E…120°E, central meridian 117°E). */
export function sixDegreeZoneOf(longitude: number): number {
  return Math.floor(longitude / 6) + 1;
}

export function centralMeridianOfZone(zone: number, zoneWidth: 3 | 6): number {
  return zoneWidth === 3 ? zone * 3 : zone * 6 - 3;
}

/** False easting of a zone: 500 km, with the zone number in front when prefixed. */
export function falseEastingOfZone(zone: number, prefixed: boolean): number {
  return (prefixed ? zone * 1_000_000 : 0) + 500_000;
}
