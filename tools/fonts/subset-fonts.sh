#!/usr/bin/env bash
# Remakes the handout fonts in resources/fonts/handout from Debian's font packages:
#   Noto Serif Regular/Bold/Italic (fonts-noto-core, SIL OFL 1.1) cut to Latin, pinyin and punctuation;
#   Droid Sans Fallback (fonts-droid-fallback, Apache 2.0) cut to GB2312 plus every CJK character the
#   bundled pack uses.
# Run it when the pack starts using Chinese characters outside GB2312 (HandoutFontsTest says so):
#   apt-get install fonttools fonts-noto-core fonts-droid-fallback
#   bash tools/fonts/subset-fonts.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

NOTO=${NOTO_DIR:-/usr/share/fonts/truetype/noto}
DROID=${DROID_FILE:-/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}
# Debian's python3 has fontTools from the fonttools package.
PYTHON=${PYTHON:-/usr/bin/python3}
"$PYTHON" tools/fonts/subset-fonts.py "$NOTO" "$DROID" resources/content/xi-power-concentration.json resources/fonts/handout
