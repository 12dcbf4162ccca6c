#!/bin/sh
# Renders warroom.svg into every size the three systems ask for, next to this script:
#   png/warroom-SIZE.png  Linux hicolor sizes 16-512 (and 1024 for the macOS Retina element)
#   warroom.ico           Windows (16-256)
#   warroom.icns          macOS (16-1024)
# Needs rsvg-convert (Debian: librsvg2-bin) and python3. The results are committed; run this again after editing the SVG.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
command -v rsvg-convert >/dev/null || { echo "generate.sh: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }
mkdir -p "$here/png"
for size in 16 22 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" "$here/warroom.svg" --output "$here/png/warroom-$size.png"
done
python3 "$here/containers.py" "$here/png" "$here/warroom.ico" "$here/warroom.icns"
echo "icons written to $here"
