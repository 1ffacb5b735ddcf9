#!/bin/sh
# Regenerates the tiny shapefile fixtures in tests/fixtures/shapefile/ with GDAL's ogr2ogr (Debian gdal-bin):
# GBK with and without .cpg (and with the DBF language byte 0x4D), UTF-8 with .cpg, Gauss-Krueger zone 38 with the
# zone prefix and an ESRI .prj (zipped), and the unprefixed 114E grid without a .prj.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../fixtures/shapefile"
src="$out/parcels.geojson"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$out"
rm -rf gbk-cpg gbk-no-cpg gbk-ldid utf8-cpg gk38-prefixed.zip gk114-no-prj
mkdir gbk-cpg gbk-no-cpg gbk-ldid utf8-cpg gk114-no-prj
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=CP936 -a_srs EPSG:4490 gbk-cpg/parcels.shp "$src"
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=CP936 -a_srs EPSG:4490 gbk-no-cpg/parcels.shp "$src"
rm gbk-no-cpg/parcels.cpg
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=CP936 -a_srs EPSG:4490 gbk-ldid/parcels.shp "$src"
rm gbk-ldid/parcels.cpg
# Byte 29 of the DBF header: language driver 0x4D = code page 936 (what ArcGIS writes for GBK).
printf '\115' | dd of=gbk-ldid/parcels.dbf bs=1 seek=29 conv=notrunc 2>/dev/null
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=UTF-8 -a_srs EPSG:4490 utf8-cpg/parcels.shp "$src"
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=UTF-8 -s_srs EPSG:4490 -t_srs EPSG:4526 "$tmp/gk38.shp" "$src"
(cd "$tmp" && zip -q -X "$out/gk38-prefixed.zip" gk38.shp gk38.shx gk38.dbf gk38.prj gk38.cpg)
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=UTF-8 -s_srs EPSG:4490 -t_srs EPSG:4547 gk114-no-prj/parcels.shp "$src"
rm gk114-no-prj/parcels.prj
