"""The ``storyboard-app`` entry point: the command line, or the window for ``open``."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from storyboard_app import cli, i18n


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run it; with no command (or ``open``) start the GUI."""
    i18n.install(i18n.language_from_environment())  # the window may choose another
    args, _parser = cli.parse_command_line(argv)
    if args.command in (None, "open"):
        # A window paints first (Qt alone); the project and the editor load behind it.
        from storyboard_app.ui.start_window import show_start_window

        project = getattr(args, "project", None)
        size: tuple[int, int] = getattr(args, "size", (1600, 1000))
        start = show_start_window(project, size)
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
