#!/usr/bin/env bash
# Draws the app icon and the content-pack icon (original artwork, drawn here with ImageMagick
# from the app's palette) and writes every size and format jpackage wants:
#   xi-policy-study.png (Linux, 512 px), xi-policy-study.ico (Windows), xi-policy-study.icns (macOS),
#   xipack.png / xipack.ico / xipack.icns for the .xipack file association.
# The results are committed; run this again only when the design changes. Needs ImageMagick 6+.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

NAVY='#1f2a36'    # -xs-header-bg
PAPER='#f4f1ea'   # -xs-bg
SEAL='#a3232b'    # -xs-accent
GOLD='#ffe27a'    # -xs-highlight
MUTED='#7d8a9b'   # between -xs-muted and -xs-header-muted, readable on navy

# The app icon at 1024 px: a navy tile, a timeline of events, and a red seal stamped on one event.
# The seal holds three narrowing bars on a vertical stroke: power drawn together to one point.
app_master() {
  convert -size 1024x1024 xc:none \
    -fill "$NAVY" -draw 'roundrectangle 56,56 968,968 196,196' \
    -fill "$MUTED" -draw 'roundrectangle 168,560 430,596 18,18' \
                   -draw 'roundrectangle 300,470 560,506 18,18' \
    -fill "$PAPER" -draw 'roundrectangle 150,676 874,712 18,18' \
                   -draw 'circle 250,694 250,744' -draw 'circle 430,694 430,744' \
    -stroke "$GOLD" -strokewidth 24 -draw 'line 720,520 720,680' -stroke none \
    -fill "$GOLD" -draw 'circle 720,694 720,766' \
    -fill "$SEAL" -draw 'roundrectangle 566,170 874,478 40,40' \
    -fill none -stroke "$PAPER" -strokewidth 18 -draw 'roundrectangle 600,204 840,444 18,18' -stroke none \
    -fill "$PAPER" -draw 'rectangle 640,250 800,280' -draw 'rectangle 660,310 780,340' \
                   -draw 'rectangle 680,370 760,400' -draw 'rectangle 706,250 734,400' \
    "$1"
}

# The content-pack icon: a sheet of paper with a folded corner, a small timeline and the seal.
pack_master() {
  convert -size 1024x1024 xc:none \
    -fill "$PAPER" -stroke "$NAVY" -strokewidth 28 \
      -draw 'path "M 200,80 L 640,80 L 840,280 L 840,944 L 200,944 Z"' \
    -fill "$NAVY" -stroke none -draw 'path "M 640,80 L 640,280 L 840,280 Z"' \
    -fill "$NAVY" -draw 'roundrectangle 270,760 770,788 14,14' \
                  -draw 'circle 340,774 340,810' -draw 'circle 470,774 470,810' \
    -fill "$SEAL" -draw 'circle 640,774 640,826' \
    -fill "$SEAL" -draw 'roundrectangle 300,340 620,660 36,36' \
    -fill none -stroke "$PAPER" -strokewidth 18 -draw 'roundrectangle 334,374 586,626 16,16' -stroke none \
    -fill "$PAPER" -draw 'rectangle 380,420 540,450' -draw 'rectangle 400,480 520,510' \
                   -draw 'rectangle 420,540 500,570' -draw 'rectangle 446,420 474,570' \
    "$1"
}

# Writes an .icns file from PNGs: the 'icns' header, then one (type, length, PNG data) entry each.
write_icns() {
  local out=$1; shift
  local body="$tmp/icns-body"
  : > "$body"
  while [ $# -gt 0 ]; do
    local type=$1 png=$2; shift 2
    printf '%s' "$type" >> "$body"
    be32 $(( $(stat -c %s "$png") + 8 )) >> "$body"
    cat "$png" >> "$body"
  done
  { printf 'icns'; be32 $(( $(stat -c %s "$body") + 8 )); cat "$body"; } > "$out"
}

be32() {
  printf "\\$(printf '%03o' $(( ($1 >> 24) & 255 )))\\$(printf '%03o' $(( ($1 >> 16) & 255 )))"
  printf "\\$(printf '%03o' $(( ($1 >> 8) & 255 )))\\$(printf '%03o' $(( $1 & 255 )))"
}

make_set() {
  local name=$1 master=$2
  for s in 16 24 32 48 64 128 256 512 1024; do
    convert "$master" -filter Lanczos -resize ${s}x${s} -strip "$tmp/$name-$s.png"
  done
  cp "$tmp/$name-512.png" "$name.png"
  convert "$tmp/$name-16.png" "$tmp/$name-24.png" "$tmp/$name-32.png" "$tmp/$name-48.png" \
          "$tmp/$name-64.png" "$tmp/$name-128.png" "$tmp/$name-256.png" "$name.ico"
  write_icns "$name.icns" \
    icp4 "$tmp/$name-16.png" icp5 "$tmp/$name-32.png" icp6 "$tmp/$name-64.png" \
    ic07 "$tmp/$name-128.png" ic08 "$tmp/$name-256.png" ic09 "$tmp/$name-512.png" \
    ic10 "$tmp/$name-1024.png" ic11 "$tmp/$name-32.png" ic12 "$tmp/$name-64.png" \
    ic13 "$tmp/$name-256.png" ic14 "$tmp/$name-512.png"
}

app_master "$tmp/app.png"
pack_master "$tmp/pack.png"
make_set xi-policy-study "$tmp/app.png"
make_set xipack "$tmp/pack.png"
# A contact sheet to look at the small sizes side by side (not used by the build).
convert -background '#f4f1ea' "$tmp"/xi-policy-study-{16,32,48,64,128,256}.png "$tmp"/xipack-{16,32,48,64,128,256}.png \
  -gravity south -bordercolor "#f4f1ea" -border 8 +append preview.png
ls -l xi-policy-study.* xipack.* preview.png
