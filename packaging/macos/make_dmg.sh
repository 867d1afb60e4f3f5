#!/bin/sh
# Wraps dist/Ledhalsa.app (pyinstaller build.spec on macOS) in dist/Ledhalsa-VERSION-macos.dmg: a disk image
# with the app and a link to Applications, to drag it there. The user's data (~/Library/Application Support/
# Ledhalsa) is not in the app: moving the app to the Trash leaves it.
set -eu
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' ledhalsa_desktop/__init__.py)
app=dist/Ledhalsa.app
if [ ! -d "$app" ]; then
  echo "no $app: run pyinstaller build.spec first" >&2
  exit 1
fi
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
ditto "$app" "$stage/Ledhalsa.app"
ln -s /Applications "$stage/Applications"
out=dist/Ledhalsa-$version-macos.dmg
rm -f "$out"
hdiutil create -volname "Ledhälsa $version" -srcfolder "$stage" -fs HFS+ -format UDZO -imagekey zlib-level=9 "$out"
echo "$out"
