#!/bin/sh
# Put AML Desktop in this user's application menu (no administrator rights needed).
#   ./install-desktop-entry.sh             add the menu entry and icon for the program in this folder
#   ./install-desktop-entry.sh --remove    take them away again (the clinic database is never touched)
# Run it again after moving the folder: the menu entry points at the folder where it was run.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/aml-desktop.desktop"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry"
  find "$data/icons/hicolor" -path '*/apps/aml-desktop.*' -delete 2>/dev/null || true
  echo "Removed the AML Desktop menu entry."
  exit 0
fi

[ -x "$here/aml-desktop" ] || { echo "aml-desktop not found next to this script" >&2; exit 1; }
mkdir -p "$data/applications"
for dir in "$here"/share/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$dir"/aml-desktop.* "$data/icons/hicolor/$size/apps/"
done
# The shipped entry runs `aml-desktop` from PATH; here it runs this folder's program.
sed -e "s|^Exec=.*|Exec=\"$here/aml-desktop\"|" -e "s|^Icon=.*|Icon=aml-desktop|" \
  "$here/share/applications/aml-desktop.desktop" > "$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
echo "Added AML Desktop to the application menu ($entry)."
