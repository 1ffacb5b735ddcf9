// The file name and picker filter an export is offered under: the layer's name in the user's language and the
// format's extension (a shapefile travels as one .zip of its parts).
import type { FileFilter } from '../../../shared/host/host';
import type { ExportFormat } from '../../../shared/formats/export/export-layer';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['shapefile', 'kml', 'csv', 'xlsx', 'geojson', 'geopackage', 'coordinate-txt'];

const EXTENSION: Record<ExportFormat, string> = { shapefile: 'zip', kml: 'kml', csv: 'csv', xlsx: 'xlsx', geojson: 'geojson', geopackage: 'gpkg', 'coordinate-txt': 'txt' };
const FILTER_NAME: Record<ExportFormat, string> = { shapefile: 'Shapefile (zip)', kml: 'KML', csv: 'CSV', xlsx: 'Excel', geojson: 'GeoJSON', geopackage: 'GeoPackage', 'coordinate-txt': '界址点坐标 TXT' };

export function exportFilter(format: ExportFormat): FileFilter[] {
  return [{ name: FILTER_NAME[format], extensions: [EXTENSION[format]] }];
}

/** `复垦地块.zip` for one layer; `<project>-layers.gpkg` for several in a GeoPackage. */
export function exportFileName(projectFileName: string, layerLabels: readonly string[], format: ExportFormat): string {
  const base = layerLabels.length === 1 ? layerLabels[0]! : projectFileName.replace(/\.gpkg$/i, '') + (layerLabels.length > 1 ? '-layers' : '');
  // Characters Windows refuses in file names.
  return `${base.replace(/[\\/:*?"<>|]/g, '_')}.${EXTENSION[format]}`;
}
