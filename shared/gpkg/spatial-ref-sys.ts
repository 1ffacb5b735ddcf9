// Rows of gpkg_spatial_ref_sys. GeoPackage requires EPSG:4326 and the undefined Cartesian (-1) and geographic (0)
// systems; Landlink stores everything in CGCS2000 geographic (EPSG:4490). The WKT is GDAL's own WKT1 for these codes,
// so GDAL and QGIS recognise them without a warning.
export interface SpatialRefSysRow {
  readonly srsName: string;
  readonly srsId: number;
  readonly organization: string;
  readonly organizationCoordsysId: number;
  readonly definition: string;
  readonly description: string;
}

export const CGCS2000_SRS_ID = 4490;

export const CGCS2000_WKT =
  'GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,' +
  'AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],' +
  'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],' +
  'AUTHORITY["EPSG","4490"]]';

export const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],' +
  'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,' +
  'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]';

export const REQUIRED_SPATIAL_REF_SYS: readonly SpatialRefSysRow[] = [
  { srsName: 'Undefined Cartesian SRS', srsId: -1, organization: 'NONE', organizationCoordsysId: -1, definition: 'undefined', description: 'undefined Cartesian coordinate reference system' },
  { srsName: 'Undefined geographic SRS', srsId: 0, organization: 'NONE', organizationCoordsysId: 0, definition: 'undefined', description: 'undefined geographic coordinate reference system' },
  { srsName: 'WGS 84 geodetic', srsId: 4326, organization: 'EPSG', organizationCoordsysId: 4326, definition: WGS84_WKT, description: 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid' },
  { srsName: 'China Geodetic Coordinate System 2000', srsId: CGCS2000_SRS_ID, organization: 'EPSG', organizationCoordsysId: 4490, definition: CGCS2000_WKT, description: 'CGCS2000 geographic longitude/latitude (2000国家大地坐标系)' },
];
