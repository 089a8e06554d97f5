#!/bin/sh
# Add BRST Desktop to this user's application menu (no administrator rights needed).
# Run it from the unpacked folder; run it again after moving the folder.
# With --remove, take the menu entry and icons away again (the folder itself is left alone).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
id=th.go.mhesi.BRSTDesktop
if [ "${1:-}" = "--remove" ]; then
    rm -f "$data/applications/$id.desktop"
    find "$data/icons/hicolor" -name "$id.*" -delete 2>/dev/null || true
    echo "BRST Desktop removed from the application menu."
    exit 0
fi
mkdir -p "$data/applications"
cp -R "$here/share/icons" "$data/"
# The menu entry must name the program by its full path; quote it for the Exec key.
sed "s|^Exec=.*|Exec=\"$here/brst-desktop\"|" "$here/share/applications/$id.desktop" \
    > "$data/applications/$id.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "BRST Desktop added to the application menu ($data/applications/$id.desktop)."
