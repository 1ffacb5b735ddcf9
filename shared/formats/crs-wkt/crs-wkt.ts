// WKT for the systems Landlink writes data in: ESRI flavour for a shapefile's .prj (what ArcGIS writes and what
// Chinese county data carries: Gauss_Kruger, CGCS2000_3_Degree_GK_Zone_38), and OGC WKT1 with EPSG authorities for
// a GeoPackage's gpkg_spatial_ref_sys (what GDAL and QGIS identify by code).
import type { CrsInfo, Datum } from '../../crs/crs-info';
import { ELLIPSOID_OF_DATUM } from '../../crs/crs-registry';

const ESRI_GEOGRAPHIC: Record<Datum, { gcs: string; datum: string; spheroid: string }> = {
  CGCS2000: { gcs: 'GCS_China_Geodetic_Coordinate_System_2000', datum: 'D_China_2000', spheroid: 'CGCS2000' },
  WGS84: { gcs: 'GCS_WGS_1984', datum: 'D_WGS_1984', spheroid: 'WGS_1984' },
  Xian1980: { gcs: 'GCS_Xian_1980', datum: 'D_Xian_1980', spheroid: 'Xian_1980' },
  Beijing1954: { gcs: 'GCS_Beijing_1954', datum: 'D_Beijing_1954', spheroid: 'Krasovsky_1940' },
};
const ESRI_PREFIX: Record<Datum, string> = { CGCS2000: 'CGCS2000', WGS84: 'WGS_1984', Xian1980: 'Xian_1980', Beijing1954: 'Beijing_1954' };
const OGC_GEOGRAPHIC: Record<Datum, { name: string; datum: string; spheroid: string; code: number; datumCode: number; spheroidCode: number }> = {
  CGCS2000: { name: 'China Geodetic Coordinate System 2000', datum: 'China_2000', spheroid: 'CGCS2000', code: 4490, datumCode: 1043, spheroidCode: 1024 },
  WGS84: { name: 'WGS 84', datum: 'WGS_1984', spheroid: 'WGS 84', code: 4326, datumCode: 6326, spheroidCode: 7030 },
  Xian1980: { name: 'Xian 1980', datum: 'Xian_1980', spheroid: 'IAG 1975', code: 4610, datumCode: 6610, spheroidCode: 7049 },
  Beijing1954: { name: 'Beijing 1954', datum: 'Beijing_1954', spheroid: 'Krassowsky 1940', code: 4214, datumCode: 6214, spheroidCode: 7024 },
};

const n = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));

function esriGeographic(datum: Datum): string {
  const g = ESRI_GEOGRAPHIC[datum];
  const e = ELLIPSOID_OF_DATUM[datum];
  return `GEOGCS["${g.gcs}",DATUM["${g.datum}",SPHEROID["${g.spheroid}",${n(e.a)},${n(e.inverseFlattening)}]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]`;
}

/** The .prj text for a shapefile in this system. */
export function esriWkt(crs: CrsInfo): string {
  if (crs.kind === 'geographic') return esriGeographic(crs.datum);
  const gk = crs.gaussKruger;
  if (!gk) // Web Mercator, the only other projected system Landlink knows
    return `PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",${esriGeographic('WGS84')},PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]`;
  const family = gk.zoneWidth === 3 ? '3_Degree_GK' : 'GK';
  const name = `${ESRI_PREFIX[crs.datum]}_${family}_${gk.prefixed ? `Zone_${gk.zone}` : `CM_${gk.centralMeridian}E`}`;
  return `PROJCS["${name}",${esriGeographic(crs.datum)},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${n(gk.falseEasting)}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${n(gk.centralMeridian)}],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
}

function ogcGeographic(datum: Datum): string {
  const g = OGC_GEOGRAPHIC[datum];
  const e = ELLIPSOID_OF_DATUM[datum];
  return `GEOGCS["${g.name}",DATUM["${g.datum}",SPHEROID["${g.spheroid}",${e.a},${e.inverseFlattening},AUTHORITY["EPSG","${g.spheroidCode}"]],AUTHORITY["EPSG","${g.datumCode}"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","${g.code}"]]`;
}

/** OGC WKT1 with EPSG authorities, for gpkg_spatial_ref_sys. */
export function ogcWkt(crs: CrsInfo): string {
  if (crs.kind === 'geographic') return ogcGeographic(crs.datum);
  const gk = crs.gaussKruger;
  if (!gk)
    return `PROJCS["WGS 84 / Pseudo-Mercator",${ogcGeographic('WGS84')},PROJECTION["Mercator_1SP"],PARAMETER["central_meridian",0],PARAMETER["scale_factor",1],PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],EXTENSION["PROJ4","+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs"],AUTHORITY["EPSG","3857"]]`;
  return `PROJCS["${crs.name}",${ogcGeographic(crs.datum)},PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",${gk.centralMeridian}],PARAMETER["scale_factor",1],PARAMETER["false_easting",${gk.falseEasting}],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Northing",NORTH],AXIS["Easting",EAST],AUTHORITY["EPSG","${crs.code}"]]`;
}
