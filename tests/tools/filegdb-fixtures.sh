#!/bin/sh
# Regenerates tests/fixtures/formats/filegdb/sandiao.gdb.zip with GDAL's OpenFileGDB driver (Debian gdal-bin): a
# small synthetic 三调-style File Geodatabase (示例, not real survey data) in CGCS2000 3° zone 38 with the zone prefix
# (EPSG:4526), holding DLTB (land parcels with BSM, TBBH, DLBM, DLMC, QSDWMC, ZLDWDM, ZLDWMC, TBMJ, KCMJ, TBDLMJ),
# XZQ (village boundary) and CZCDYD (城镇村等用地), zipped as county staff receive it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../fixtures/formats/filegdb"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
cat > "$tmp/dltb.geojson" <<'JSON'
{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"BSM":"130000000001","TBBH":"1001","DLBM":"0702","DLMC":"农村宅基地","QSDWMC":"东王庄村","ZLDWDM":"130123001001","ZLDWMC":"东王庄村","TBMJ":78839.17,"KCMJ":0.0,"TBDLMJ":78839.17},"geometry":{"type":"Polygon","coordinates":[[[38517364.282,4296812.417],[38517650.7,4296824.723],[38517665.409,4296573.463],[38517515.884,4296542.299],[38517355.947,4296560.654],[38517364.282,4296812.417]]]}},
{"type":"Feature","properties":{"BSM":"130000000002","TBBH":"1002","DLBM":"0103","DLMC":"旱地","QSDWMC":"南庄村","ZLDWDM":"130123001002","ZLDWMC":"南庄村","TBMJ":115438.12,"KCMJ":1200.5,"TBDLMJ":114237.62},"geometry":{"type":"Polygon","coordinates":[[[38518120.733,4295940.106],[38518523.284,4295936.978],[38518518.94,4295628.442],[38518115.815,4295634.704],[38518120.733,4295940.106]],[[38518260.733,4295840.106],[38518260.733,4295757.732],[38518361.998,4295760.1],[38518360.646,4295841.564],[38518260.733,4295840.106]]]}},
{"type":"Feature","properties":{"BSM":"130000000003","TBBH":"1003","DLBM":"0404","DLMC":"其他草地","QSDWMC":"北沟村","ZLDWDM":"130123001003","ZLDWMC":"北沟村","TBMJ":55909.19,"KCMJ":0.0,"TBDLMJ":55909.19},"geometry":{"type":"Polygon","coordinates":[[[38516402.518,4297511.884],[38516654.291,4297516.296],[38516649.857,4297290.079],[38516399.702,4297292.514],[38516402.518,4297511.884]]]}}
]}
JSON
cat > "$tmp/xzq.geojson" <<'JSON'
{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"BSM":"130000100001","XZQDM":"130123001","XZQMC":"示例镇"},"geometry":{"type":"Polygon","coordinates":[[[38516000,4298000],[38519000,4298000],[38519000,4295000],[38516000,4295000],[38516000,4298000]]]}}
]}
JSON
cat > "$tmp/czcdyd.geojson" <<'JSON'
{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"BSM":"130000200001","CZCLX":"203","CZCMC":"东王庄村"},"geometry":{"type":"Polygon","coordinates":[[[38517364.282,4296812.417],[38517650.7,4296824.723],[38517665.409,4296573.463],[38517364.282,4296812.417]]]}}
]}
JSON
gdb="$tmp/sandiao.gdb"
ogr2ogr -f OpenFileGDB -a_srs EPSG:4526 -nln DLTB -nlt MULTIPOLYGON "$gdb" "$tmp/dltb.geojson"
ogr2ogr -update -f OpenFileGDB -a_srs EPSG:4526 -nln XZQ -nlt MULTIPOLYGON "$gdb" "$tmp/xzq.geojson"
ogr2ogr -update -f OpenFileGDB -a_srs EPSG:4526 -nln CZCDYD -nlt MULTIPOLYGON "$gdb" "$tmp/czcdyd.geojson"
rm -f "$out/sandiao.gdb.zip"
(cd "$tmp" && zip -q -X -r "$out/sandiao.gdb.zip" sandiao.gdb)
cp "$tmp/dltb.geojson" "$out/dltb-source.geojson"
