#!/bin/sh
# Take out what install.sh put in (the menu entry, icon, file types and command), then
# delete this folder to remove the app itself. Your projects are never touched.
set -eu
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
rm -f "$HOME/.local/bin/storyboard-app" "$DATA/applications/storyboard-app.desktop" \
  "$DATA/icons/hicolor/scalable/apps/storyboard-app.svg" "$DATA/mime/packages/storyboard-app.xml"
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
CONFIG="${XDG_CONFIG_HOME:-$HOME/.config}"
echo "Removed the menu entry, file types and command. Delete this folder to remove the app."
echo "Kept (delete them yourself if you want them gone):"
echo "  settings:                         $CONFIG/storyboard-app"
echo "  recovery files and job database:  $DATA/storyboard-app"
echo "  Qt's own (if no other Qt program uses them): $CONFIG/QtProject.conf,"
echo "    ${XDG_CACHE_HOME:-$HOME/.cache}/qtshadercache-*"
