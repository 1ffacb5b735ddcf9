// What the import picker offers: every format the readers take. A shapefile is picked as its parts (.shp .dbf .shx
// .prj .cpg) or as a .zip; a .prj may also sit beside a table of coordinates. A .txt is a table or, when it carries
// [属性描述]/[地块坐标], the ministry's boundary-point coordinate TXT.
import type { FileFilter } from '../../../shared/host/host';

export const IMPORT_FILE_FILTERS: readonly FileFilter[] = [
  { name: 'GIS', extensions: ['shp', 'dbf', 'shx', 'prj', 'cpg', 'zip', 'kml', 'kmz', 'geojson', 'json', 'gpkg', 'csv', 'tsv', 'txt', 'xlsx', 'dxf'] },
  { name: 'Shapefile', extensions: ['shp', 'dbf', 'shx', 'prj', 'cpg', 'zip'] },
  { name: 'KML / KMZ', extensions: ['kml', 'kmz'] },
  { name: 'GeoJSON', extensions: ['geojson', 'json'] },
  { name: 'GeoPackage', extensions: ['gpkg'] },
  { name: 'CSV / Excel', extensions: ['csv', 'tsv', 'txt', 'xlsx'] },
  { name: '界址点坐标 TXT', extensions: ['txt'] },
  { name: 'CAD (DXF)', extensions: ['dxf'] },
];
