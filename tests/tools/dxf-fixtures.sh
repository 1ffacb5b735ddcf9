#!/bin/sh
# Regenerates the CAD drawing fixtures in tests/fixtures/formats/dxf/ with GDAL's DXF driver (Debian gdal-bin), from
# parcels.geojson below: synthetic parcels (示例) in CGCS2000 3° zone 38 with the zone prefix (EPSG:4526), as a
# survey company's 勘测定界图 would hold them. GDAL writes polygons as HATCH, closed lines as LWPOLYLINE, and labels
# (OGR_STYLE LABEL) as MTEXT; the CAD layer comes from the Layer field.
#   parcels.dxf       two hatched parcels (one with a hole), one closed polyline, one open polyline, four labels
#   parcels-gbk.dxf   the same, re-encoded as GBK with $DWGCODEPAGE ANSI_936 (older Chinese AutoCAD)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../fixtures/formats/dxf"
mkdir -p "$out"
cat > "$out/parcels.geojson" <<'JSON'
{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4526"}},"features":[
{"type":"Feature","properties":{"Layer":"复垦地块"},"geometry":{"type":"Polygon","coordinates":[[[38517364.282,4296812.417],[38517650.7,4296824.723],[38517665.409,4296573.463],[38517515.884,4296542.299],[38517355.947,4296560.654],[38517364.282,4296812.417]]]}},
{"type":"Feature","properties":{"Layer":"复垦地块"},"geometry":{"type":"Polygon","coordinates":[[[38518120.733,4295940.106],[38518523.284,4295936.978],[38518518.94,4295628.442],[38518115.815,4295634.704],[38518120.733,4295940.106]],[[38518260.733,4295840.106],[38518260.733,4295757.732],[38518361.998,4295760.1],[38518360.646,4295841.564],[38518260.733,4295840.106]]]}},
{"type":"Feature","properties":{"Layer":"建新地块"},"geometry":{"type":"LineString","coordinates":[[38516402.518,4297511.884],[38516654.291,4297516.296],[38516649.857,4297290.079],[38516399.702,4297292.514],[38516402.518,4297511.884]]}},
{"type":"Feature","properties":{"Layer":"道路"},"geometry":{"type":"LineString","coordinates":[[38516300.0,4297600.0],[38518600.0,4295500.0]]}},
{"type":"Feature","properties":{"Layer":"注记","OGR_STYLE":"LABEL(f:\"SimSun\",t:\"FK2026-101\",s:3g)"},"geometry":{"type":"Point","coordinates":[38517500.0,4296700.0]}},
{"type":"Feature","properties":{"Layer":"注记","OGR_STYLE":"LABEL(f:\"SimSun\",t:\"桃坊坡村 旱地\",s:3g)"},"geometry":{"type":"Point","coordinates":[38517450.0,4296650.0]}},
{"type":"Feature","properties":{"Layer":"注记","OGR_STYLE":"LABEL(f:\"SimSun\",t:\"FK2026-102\",s:3g)"},"geometry":{"type":"Point","coordinates":[38518200.0,4295700.0]}},
{"type":"Feature","properties":{"Layer":"注记","OGR_STYLE":"LABEL(f:\"SimSun\",t:\"JX2026-201\",s:3g)"},"geometry":{"type":"Point","coordinates":[38516500.0,4297400.0]}}
]}
JSON
rm -f "$out/parcels.dxf"
ogr2ogr -f DXF "$out/parcels.dxf" "$out/parcels.geojson"
# The same drawing as an older Chinese AutoCAD saves it: GBK text, $DWGCODEPAGE ANSI_936.
sed 's/^ANSI_1252$/ANSI_936/' "$out/parcels.dxf" | iconv -f UTF-8 -t GBK > "$out/parcels-gbk.dxf"
