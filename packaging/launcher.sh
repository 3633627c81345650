#!/bin/sh
# What the desktop entry runs: a project folder opens in the app; a screenplay (.fountain,
# .spmd, .fdx) is imported into NAME.storyboard beside it (or that project opens if it is
# already there); anything else goes to the storyboard-app command line as it is.
HERE=$(dirname "$(readlink -f "$0")")
APP="$HERE/storyboard-app"
case "${1:-}" in
  "")
    exec "$APP" ;;
  *.fountain|*.spmd|*.fdx)
    [ $# -eq 1 ] || exec "$APP" "$@"
    project="${1%.*}.storyboard"
    if [ ! -d "$project" ]; then
      "$APP" import-script "$1" -o "$project" || exit 1
    fi
    exec "$APP" open "$project" ;;
  *)
    if [ $# -eq 1 ] && [ -d "$1" ]; then exec "$APP" open "$1"; fi
    exec "$APP" "$@" ;;
esac
