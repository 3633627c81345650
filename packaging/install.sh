#!/bin/sh
# Put Storyboard in the desktop's menu and on the command line, for this user only:
#   ~/.local/bin/storyboard-app                     the command (a link to this folder)
#   ~/.local/share/applications/storyboard-app.desktop   the menu entry and file types
#   ~/.local/share/icons/hicolor/scalable/apps/storyboard-app.svg
#   ~/.local/share/mime/packages/storyboard-app.xml      .storyboard, .fountain, .fdx
# Nothing needs root. Run ./uninstall.sh (in this folder) to take it out again.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN="$HOME/.local/bin"
mkdir -p "$BIN" "$DATA/applications" "$DATA/icons/hicolor/scalable/apps" "$DATA/mime/packages"
ln -sf "$HERE/launcher.sh" "$BIN/storyboard-app"
sed "s|^Exec=.*|Exec=\"$HERE/launcher.sh\" %f|; s|^TryExec=.*|TryExec=$HERE/launcher.sh|" \
  "$HERE/storyboard-app.desktop" > "$DATA/applications/storyboard-app.desktop"
cp "$HERE/storyboard-app.svg" "$DATA/icons/hicolor/scalable/apps/storyboard-app.svg"
cp "$HERE/storyboard-app-mime.xml" "$DATA/mime/packages/storyboard-app.xml"
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$DATA/icons/hicolor" 2>/dev/null || true
echo "Installed: Storyboard is in your applications menu, and 'storyboard-app' runs it"
case ":$PATH:" in *":$BIN:"*) ;; *) echo "(add $BIN to your PATH to use the command from a terminal)";; esac
