"""The ``storyboard-app`` entry point: the command line, or the window for ``open``."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from storyboard_app import cli, i18n


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run it; with no command (or ``open``) start the GUI."""
    i18n.install(i18n.language_from_environment())  # the window may choose another
    parser = cli.build_parser()
    args = parser.parse_args(argv)
    if args.command in (None, "open"):
        from storyboard_app import app  # the GUI is imported only when it is needed

        return app.run_gui(
            project=getattr(args, "project", None),
            screenshot=getattr(args, "screenshot", None),
            size=getattr(args, "size", "1600x1000"),
            parser=parser,
        )
    if args.command == "export" and args.format == "pdf":
        from storyboard_app import app  # Qt's PDF writer draws it

        return app.export_pdf(args.project, args.output, args.paper)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
