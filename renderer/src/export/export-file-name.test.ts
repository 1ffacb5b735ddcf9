import { describe, expect, it } from 'vitest';
import { exportFileName, exportFilter } from './export-file-name';
import { tablesForFormat } from './export-tables';

describe('export file names', () => {
  it('one layer is named after it, with the format’s extension', () => {
    expect(exportFileName('示例县.gpkg', ['复垦地块'], 'shapefile')).toBe('复垦地块.zip');
    expect(exportFileName('示例县.gpkg', ['复垦地块'], 'xlsx')).toBe('复垦地块.xlsx');
    expect(exportFilter('kml')).toEqual([{ name: 'KML', extensions: ['kml'] }]);
  });

  it('several layers in a GeoPackage are named after the project; characters Windows refuses are replaced', () => {
    expect(exportFileName('示例县.gpkg', ['复垦地块', '旧房'], 'geopackage')).toBe('示例县-layers.gpkg');
    expect(exportFileName('a.gpkg', ['道路/河流'], 'kml')).toBe('道路_河流.kml');
  });

  it('only a GeoPackage takes several layers', () => {
    expect(tablesForFormat(['reclaim_parcels', 'old_houses'], 'geopackage')).toEqual(['reclaim_parcels', 'old_houses']);
    expect(tablesForFormat(['reclaim_parcels', 'old_houses'], 'csv')).toEqual(['reclaim_parcels']);
  });
});
