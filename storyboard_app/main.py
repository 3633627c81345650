"""The ``storyboard-app`` entry point: the command line, or the window for ``open``."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence

from storyboard_app import cli, i18n


def ask_fontconfig_early() -> None:
    """Start fontconfig's answers for the faces the editor's blocking frames draw names
    with: its process runs on the other core while the editor loads, instead of during
    the editor's first paint."""
    from storyboard_app.render import fontconfig

    fontconfig.ask_early("sans-serif")
    language = i18n.language_from_environment()
    if language != "en":  # a Chinese window's font comes from the same chain
        fontconfig.ask_early(f"sans-serif:lang={language.replace('_', '-').lower()}")


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run it; with no command (or ``open``) start the GUI."""
    i18n.install(i18n.language_from_environment())  # the window may choose another
    args, _parser = cli.parse_command_line(argv)
    if args.command in (None, "open"):
        # Until the editor has painted: no garbage collection (its full passes over the
        # ~60,000 objects start-up makes took 40-90 ms; the app collects and freezes the
        # heap once the editor shows), and no search of every installed package for
        # pydantic plugins (the app uses none).
        gc.disable()
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
        from storyboard_app.ui.pyside_imports import answer_from_globals

        answer_from_globals()  # before the rest loads: see ui/pyside_imports.py
        # A window paints first (Qt alone); the project and the editor load behind it.
        from storyboard_app.ui.start_window import DEFAULT_SIZE, show_start_window

        project = getattr(args, "project", None)
        size: tuple[int, int] | None = getattr(args, "size", None)
        if size is None and getattr(args, "screenshot", None) is not None:
            size = DEFAULT_SIZE  # a screenshot's size does not depend on the screen
        start = show_start_window(project, size)
        ask_fontconfig_early()  # answered while the editor's modules load
        from storyboard_app import app  # the GUI is imported only when it is needed

        return app.run_gui(
            project=project, screenshot=getattr(args, "screenshot", None), size=size, start=start
        )
    if args.command == "check":
        from storyboard_app.ui.system_check import run_check  # needs Qt: its media player

        return run_check()
    if args.command == "export" and args.format == "pdf":
        from storyboard_app import app  # Qt's PDF writer draws it

        return app.export_pdf(args.project, args.output, args.paper)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
