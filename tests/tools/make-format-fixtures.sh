#!/bin/sh
# Regenerates the import/export fixtures in tests/fixtures/formats/ with GDAL's ogr2ogr (Debian gdal-bin) from
# dltb.geojson (three synthetic 三调-style parcels near 114°E, 38.8°N, CGCS2000) and corners.csv:
#   dltb-gbk-gk38.zip       GBK shapefile, zone 38 with the zone prefix, no .cpg and no .prj (detection only)
#   dltb-gk38-esri.zip      UTF-8 shapefile, zone 38 with the zone prefix, with .cpg and .prj
#   dltb.kml                KML as GDAL writes it (Schema + SchemaData)
#   dltb-indexed.gpkg       GeoPackage with an R*Tree spatial index, as QGIS writes it
#   corners-gbk.csv         corner-point table, X = northing first, GBK without BOM (what Excel saves)
#   corners.xlsx            the same corner points as an Excel workbook
# google-earth.kml is written by hand (Data elements, MultiGeometry, altitudes) and kept as it is.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../fixtures/formats"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$out"
rm -f dltb-gbk-gk38.zip dltb-gk38-esri.zip dltb.kml dltb-indexed.gpkg corners-gbk.csv corners.xlsx
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=CP936 -s_srs EPSG:4490 -t_srs EPSG:4526 "$tmp/dltb.shp" dltb.geojson
rm "$tmp/dltb.cpg" "$tmp/dltb.prj"
(cd "$tmp" && zip -q -X "$out/dltb-gbk-gk38.zip" dltb.shp dltb.shx dltb.dbf)
mkdir "$tmp/esri"
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=UTF-8 -s_srs EPSG:4490 -t_srs EPSG:4526 "$tmp/esri/dltb.shp" dltb.geojson
(cd "$tmp/esri" && zip -q -X "$out/dltb-gk38-esri.zip" dltb.shp dltb.shx dltb.dbf dltb.prj dltb.cpg)
ogr2ogr -f KML dltb.kml dltb.geojson
ogr2ogr -f GPKG -nln dltb dltb-indexed.gpkg dltb.geojson
iconv -f UTF-8 -t GBK corners.csv > corners-gbk.csv
ogr2ogr -f XLSX -nln 界址点 -oo AUTODETECT_TYPE=YES -oo EMPTY_STRING_AS_NULL=YES "$tmp/corners.xlsx" corners.csv
cp "$tmp/corners.xlsx" corners.xlsx
