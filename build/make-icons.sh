#!/usr/bin/env bash
# Rasterises build/icon.svg into the icons electron-builder packs:
#   build/icons/NxN.png  Linux (AppImage, deb: hicolor sizes 16–512; electron-builder reads the folder)
#   build/icon.png       512×512, the window/taskbar icon and the fallback for every target
#   build/icon.ico       Windows exe and NSIS installer (16, 24, 32, 48, 64, 128, 256)
# The outputs are committed; run this again after editing icon.svg.
# Needs (Debian): librsvg2-bin (rsvg-convert) and imagemagick (convert, for the .ico).
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "make-icons: needs rsvg-convert: sudo apt-get install -y librsvg2-bin"; exit 2; }
CONVERT=/usr/bin/convert   # Debian's ImageMagick, not a stand-in elsewhere on PATH
[ -x "$CONVERT" ] || { echo "make-icons: needs ImageMagick: sudo apt-get install -y imagemagick"; exit 2; }

mkdir -p icons
for n in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio icon.svg --output "icons/${n}x${n}.png"
done
cp icons/512x512.png icon.png
# -strip keeps the files byte-stable across runs (no timestamps in the PNG chunks).
ICO_INPUTS=()
for n in 16 24 32 48 64 128 256; do ICO_INPUTS+=("icons/${n}x${n}.png"); done
"$CONVERT" "${ICO_INPUTS[@]}" -strip icon.ico
echo "make-icons: wrote build/icons/{16..512}.png, build/icon.png, build/icon.ico"
