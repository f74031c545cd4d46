#!/bin/sh
# AppImage recipe: one file that runs on most x86-64 Linux systems, made from dist/aml-desktop.
#   .venv/bin/python packaging/build.py           # first: the one-folder build
#   packaging/linux/build-appimage.sh             # then: build/AppDir and dist/AML_Desktop-<version>-x86_64.AppImage
# The last step needs appimagetool (https://github.com/AppImage/appimagetool/releases, continuous
# build, on PATH or named by $APPIMAGETOOL). Without it the script stops after build/AppDir, which
# runs as it is (build/AppDir/AppRun). An AppImage needs FUSE on the target; where FUSE is missing run
# it with --appimage-extract-and-run, or hand out the plain folder instead (packaging/README.md).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
program="$root/dist/aml-desktop"
appdir="$root/build/AppDir"
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/aml_desktop/__init__.py")
[ -x "$program/aml-desktop" ] || { echo "run packaging/build.py first: $program/aml-desktop is missing" >&2; exit 1; }

rm -rf "$appdir"
mkdir -p "$appdir/usr/lib"
cp -a "$program" "$appdir/usr/lib/aml-desktop"
cp -a "$program/share" "$appdir/usr/share"
cp "$program/share/applications/aml-desktop.desktop" "$appdir/aml-desktop.desktop"
cp "$program/share/icons/hicolor/256x256/apps/aml-desktop.png" "$appdir/aml-desktop.png"
ln -s aml-desktop.png "$appdir/.DirIcon"
cat > "$appdir/AppRun" <<'APPRUN'
#!/bin/sh
# Start the frozen program inside the AppImage; arguments pass through (aml-desktop recommend case.json).
here=$(dirname "$(readlink -f "$0")")
exec "$here/usr/lib/aml-desktop/aml-desktop" "$@"
APPRUN
chmod 755 "$appdir/AppRun"
echo "AppDir ready: $appdir (try $appdir/AppRun --version)"

tool=${APPIMAGETOOL:-$(command -v appimagetool || command -v appimagetool-x86_64.AppImage || true)}
if [ -z "$tool" ]; then
  echo "appimagetool not found: stopping after the AppDir (see the top of this script)." >&2
  exit 0
fi
out="$root/dist/AML_Desktop-$version-x86_64.AppImage"
ARCH=x86_64 "$tool" --no-appstream "$appdir" "$out"
echo "AppImage: $out ($(du -h "$out" | cut -f1))"
