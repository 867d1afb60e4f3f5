#!/bin/sh
# Adds Ledhälsa from this folder to your applications menu (for you only; nothing outside your home changes).
set -e
here=$(cd "$(dirname "$0")" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor
mkdir -p "$apps"
for size in 16 24 32 48 64 128 256; do
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$here/icons/ledhalsa-$size.png" "$icons/${size}x${size}/apps/ledhalsa.png"
done
sed "s|^Exec=ledhalsa|Exec=\"$here/ledhalsa\"|" "$here/ledhalsa.desktop" > "$apps/ledhalsa.desktop"
echo "Ledhälsa is now in your applications menu."
