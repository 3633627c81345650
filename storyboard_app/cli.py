"""The command line: ``validate``, ``compile`` and ``new`` (``open`` is handed to the GUI).

Exit codes: 0 success, 1 validation or runtime error, 2 usage error. Problems and error
messages go to stderr; requested output (JSON, problem lists) to stdout or ``-o FILE``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from storyboard_app.i18n import N_, _

# The window is opened through this module's parser, so what only a command needs (even
# pydantic and the project model, and the compiler, PyAV, OpenTimelineIO, httpx, the script
# readers) is imported by that command: the window can paint before they load.
if TYPE_CHECKING:
    from storyboard_app.domain.models import Project
    from storyboard_app.domain.problems import Problem

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


ARGPARSE_MESSAGES = frozenset(
    (
        N_("usage: "),
        N_("positional arguments"),
        N_("options"),
        N_("show this help message and exit"),
        N_("%(prog)s: error: %(message)s\n"),
        N_("argument %(argument_name)s: %(message)s"),
        N_("the following arguments are required: %s"),
        N_("unrecognized arguments: %s"),
        N_("invalid choice: %(value)r (choose from %(choices)s)"),
        N_("invalid %(type)s value: %(value)r"),
        N_("expected one argument"),
        N_("expected at most one argument"),
        N_("expected at least one argument"),
        N_("expected %s argument"),
        N_("expected %s arguments"),
        N_("ambiguous option: %(option)s could match %(matches)s"),
        N_("not allowed with argument %s"),
        N_("one of the arguments %s is required"),
        N_("ignored explicit argument %r"),
        N_("unexpected option string: %s"),
        N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
        N_("can't open '%(filename)s': %(error)s"),
    )
)
"""argparse's own words a person reads (help headings, usage errors), in the catalogues."""


def _argparse_gettext(message: str) -> str:
    return _(message) if message in ARGPARSE_MESSAGES else message


def _argparse_ngettext(one: str, many: str, count: int) -> str:
    return _argparse_gettext(one if count == 1 else many)


def translate_argparse() -> None:
    """Let argparse's own words (``usage:``, ``options``, its errors) follow the language of
    :mod:`storyboard_app.i18n`: argparse looks them up through its module's ``_`` and
    ``ngettext`` (gettext's, which knows no catalogue of this app)."""
    setattr(argparse, "_", _argparse_gettext)  # noqa: B010 (a private name of argparse)
    setattr(argparse, "ngettext", _argparse_ngettext)  # noqa: B010


class PrintVersion(argparse.Action):
    """``--version``: the version is read from the package metadata only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(option_strings, dest, nargs=0, help=_("show the version and exit"))

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        from storyboard_app import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


class UsageError(Exception):
    """The command was called with arguments that do not fit (exit code 2)."""


def add_storyboard_option(command: argparse.ArgumentParser) -> None:
    """``--storyboard NAME_OR_NUMBER`` for the commands that work on one storyboard."""
    command.add_argument(
        "--storyboard",
        metavar="NAME_OR_NUMBER",
        default="1",
        help=_("which storyboard: its name or its number from 1 (default: 1)"),
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command, ``open`` included."""
    from storyboard_app.providers import registry  # --provider: Kling and each adapter's

    parser = argparse.ArgumentParser(
        prog="storyboard-app",
        description=_(
            "Plan a short video shot by shot, render it as a previs animatic, and "
            "compile it for an AI video service. With no command, the app opens."
        ),
    )
    parser.add_argument("--version", action=PrintVersion)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser(
        "validate",
        help=_("check a project against its models' limits"),
        description=_(
            "Print each problem of the project as 'path: severity: message'. "
            "Exit 1 if any is an error."
        ),
    )
    validate.add_argument("project", type=Path, help=_("project folder (NAME.storyboard)"))

    compile_ = commands.add_parser(
        "compile",
        help=_("print the guidances payload or the Kling request of a storyboard"),
        description=_(
            "Compile one storyboard to JSON. Images are named by file; their bytes "
            "are read only when a request is really sent."
        ),
    )
    compile_.add_argument("project", type=Path, help=_("project folder (NAME.storyboard)"))
    add_storyboard_option(compile_)
    compile_.add_argument(
        "--format",
        choices=("guidances", "kling"),
        default="guidances",
        help=_("the app's own payload (default) or the Kling API request"),
    )
    compile_.add_argument("-o", "--output", type=Path, help=_("write to FILE instead of stdout"))

    render = commands.add_parser(
        "render",
        help=_("render a storyboard as a previs animatic MP4 (no account needed)"),
        description=_(
            "Render one storyboard with the local previs renderer: its pictures, "
            "simulated camera moves, subtitles and spoken dialogue, at 24 fps. The file is "
            "written under a temporary name and renamed when complete."
        ),
    )
    render.add_argument("project", type=Path, help=_("project folder (NAME.storyboard)"))
    add_storyboard_option(render)
    render.add_argument("-o", "--output", type=Path, required=True, help=_("the MP4 to write"))
    render.add_argument(
        "--resolution", choices=("720p", "1080p"), default="720p", help=_("default: 720p")
    )
    render.add_argument(
        "--title-cards",
        action="store_true",
        help=_(
            "draw blocking frames (the shot's framing) for missing pictures instead of stopping"
        ),
    )

    elements = commands.add_parser(
        "elements",
        help=_("make each pictured character a Kling element, with their voice bound"),
        description=_(
            "For every character with 2–4 pictures: make (or keep) a Kling element "
            "on the account and region in use, binding their preset voice or a custom voice made "
            "from their recording; prints each one's state. Ids are kept per account and region "
            "in the app's own data folder, not in the project. Later Kling renders of kling-v3 "
            "and kling-v3-omni send the ready elements instead of the pictures. With --props: "
            "the storyboards' named products and places instead (listed; made with --make)."
        ),
    )
    elements.add_argument("project", type=Path, help=_("project folder (NAME.storyboard)"))
    elements.add_argument(
        "--base-url", help=_("Kling API address (default: KLING_BASE_URL or Singapore)")
    )
    elements.add_argument(
        "--props",
        action="store_true",
        help=_(
            "products and places instead of characters: list each named one of every "
            "storyboard with where its element stands (nothing is sent)"
        ),
    )
    elements.add_argument(
        "--make",
        nargs="*",
        metavar="NAME",
        help=_(
            "with --props: make (or follow) the elements of these products and places (all "
            "when no name is given); Ctrl+C stops following, and the next --make follows "
            "again without paying twice"
        ),
    )
    elements.add_argument(
        "--storyboard",
        metavar="NAME_OR_NUMBER",
        action="append",
        help=_("with --props: only this storyboard (may be repeated; default: all)"),
    )

    submit = commands.add_parser(
        "submit",
        help=_(
            "render storyboards with a service (kling, fal, replicate) or the local previs renderer"
        ),
        description=_(
            "Queue every named storyboard of every named project (a job is sent only when "
            "fewer than --limit tasks run on the service). Prints one line per job. With "
            "--wait, follows them to the end, downloads the results and prints each video's "
            "path; exits 1 with the service's message if any job failed. Keys come from the "
            "keychain or from FAL_KEY, REPLICATE_API_TOKEN, KLING_ACCESS_KEY/KLING_SECRET_KEY."
        ),
    )
    submit.add_argument(
        "projects", type=Path, nargs="+", metavar="PROJECT", help=_("project folders")
    )
    submit.add_argument(
        "--storyboard",
        metavar="NAME_OR_NUMBER",
        action="append",
        help=_("which storyboard(s), repeatable (default: every storyboard)"),
    )
    submit.add_argument(
        "--provider",
        choices=(*registry.remote_names(), "local"),
        default="kling",
        help=_("the service that renders (default kling; local: the previs renderer)"),
    )
    submit.add_argument("--mode", choices=("std", "pro", "4k"), help=_("override the mode"))
    submit.add_argument(
        "--base-url",
        metavar="URL",
        help=_(
            "replaces the service's origin (https://queue.fal.run, https://api.replicate.com, "
            "Kling's regional host; Kling's default: KLING_BASE_URL or Singapore), for a proxy"
        ),
    )
    submit.add_argument(
        "--allow-upload",
        action="store_true",
        help=_("Replicate: let images over 1 MB go to Replicate's file storage"),
    )
    submit.add_argument(
        "--limit",
        type=int,
        default=5,
        help=_(
            "tasks running at once on the service (your resource pack's concurrency; default 5)"
        ),
    )
    submit.add_argument("--wait", action="store_true", help=_("follow the jobs to the end"))
    submit.add_argument(
        "--again",
        action="store_true",
        help=_("submit a storyboard even if it already has an unfinished job (pays again)"),
    )
    submit.add_argument(
        "--shot-by-shot",
        action="store_true",
        help=_("one request per shot (each with its own first/last frame), joined into one video"),
    )
    submit.add_argument(
        "--output",
        type=Path,
        metavar="DIR",
        help=_("where videos go (default: each project's renders/)"),
    )

    jobs = commands.add_parser(
        "jobs",
        help=_("list render jobs and their states"),
        description=_("List the jobs in the job database (unfinished ones by default)."),
    )
    jobs.add_argument("--all", action="store_true", help=_("include finished jobs"))
    jobs.add_argument(
        "--resume",
        action="store_true",
        help=_("follow every unfinished job to its end (after a crash)"),
    )
    jobs.add_argument(
        "--base-url",
        metavar="URL",
        help=_("the service's origin for --resume or --send-again (default: its own)"),
    )
    jobs.add_argument(
        "--provider",
        choices=registry.remote_names(),
        help=_("with --resume: follow only this service's jobs (--base-url then applies to it)"),
    )
    jobs.add_argument(
        "--send-again",
        metavar="JOB",
        help=_("send a job that waits for your word again (with --accept-double-charge)"),
    )
    jobs.add_argument(
        "--accept-double-charge",
        action="store_true",
        help=_("with --send-again: you accept that the service may render and charge twice"),
    )

    export = commands.add_parser(
        "export",
        help=_("shot list, editor timelines or a package to share"),
        description=_(
            "Export a project: csv (shot list), otio (OpenTimelineIO), fcp7xml "
            "(Final Cut 7 / Premiere XML), fcpxml (Final Cut Pro X), edl (CMX 3600), zip (the "
            "project with its assets and active takes), pdf (the printable storyboard)."
        ),
    )
    export.add_argument("project", type=Path, help=_("project folder (NAME.storyboard)"))
    export.add_argument(
        "--format", required=True, choices=EXPORT_FORMATS, help=_("what to export (see above)")
    )
    export.add_argument("-o", "--output", type=Path, required=True, help=_("the file to write"))
    export.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default="a4",
        help=_("PDF paper size, landscape (default: a4)"),
    )

    script = commands.add_parser(
        "import-script",
        help=_("break a screenplay (Fountain or Final Draft) down into storyboards"),
        description=_(
            "Create a project from a screenplay: each scene becomes one or more "
            "storyboards (an establishing shot, a shot per action paragraph, a shot per line of "
            "dialogue), timed by reading time and fitted to the model's limits."
        ),
    )
    script.add_argument("file", type=Path, help=_("a .fountain or .fdx file"))
    script.add_argument(
        "-o", "--output", type=Path, required=True, help=_("project folder to create")
    )
    script.add_argument(
        "--scenes", help=_("which scenes, e.g. 1,3-5; 0 is the prologue (default: all)")
    )

    new = commands.add_parser(
        "new",
        help=_("create a new, empty project folder"),
        description=_("Create a project folder with one storyboard of one shot."),
    )
    new.add_argument("project", type=Path, help=_("folder to create (NAME.storyboard)"))
    new.add_argument("--title", help=_("project title (default: the folder's name)"))

    commands.add_parser(
        "check",
        help=_("check that this computer can play, write and speak video, and reach services"),
        description=_(
            "Write and play a test clip, load the certificate authorities, look for "
            "espeak-ng and a Chinese/Japanese font. Exit 1 if video or HTTPS does not work."
        ),
    )

    open_help, open_description = open_texts()
    add_open_arguments(commands.add_parser("open", help=open_help, description=open_description))
    return parser


def open_texts() -> tuple[str, str]:
    """The help and description of ``open`` (read when a parser is built, so translated)."""
    return _("open a project in the app window"), _("Open the app window on a project.")


def add_open_arguments(open_: argparse.ArgumentParser) -> None:
    """The arguments of ``open`` (also parsed alone: see ``parse_command_line``)."""
    open_.add_argument("project", type=Path, nargs="?", help=_("project folder (NAME.storyboard)"))
    open_.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help=_("save a screenshot of the window once it is painted, then exit"),
    )
    open_.add_argument(
        "--size",
        type=window_size,
        metavar="WxH",
        help=_(
            "window size (default: the size it had when last closed, else 1600x1000 fitted "
            "to the screen; 1600x1000 for --screenshot)"
        ),
    )


def window_size(text: str) -> tuple[int, int]:
    """``1600x1000`` → (1600, 1000): the ``--size`` option, refused in the user's language."""
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(
            _("takes WIDTHxHEIGHT, e.g. 1600x1000, not {text!r}").format(text=text)
        )
    return int(match.group(1)), int(match.group(2))


def parse_command_line(
    argv: Sequence[str] | None,
) -> tuple[argparse.Namespace, argparse.ArgumentParser]:
    """The parsed command line and the parser that read it.

    Opening the window (no arguments, or ``open ...``) builds only ``open``'s parser: the
    whole one, with every command, costs 10-40 ms of the start-up the window waits for.
    """
    translate_argparse()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or arguments[0] == "open":
        parser = argparse.ArgumentParser(prog="storyboard-app open", description=open_texts()[1])
        add_open_arguments(parser)
        args = parser.parse_args(arguments[1:])
        args.command = "open"
        return args, parser
    parser = build_parser()
    return parser.parse_args(arguments), parser


def say(message: str) -> None:
    """A message for the person at the terminal (stderr, so stdout stays pipeable)."""
    print(message, file=sys.stderr)


def _print_problems(problems: Sequence[Problem], stream: TextIO) -> None:
    for problem in problems:
        print(problem.format(), file=stream)


def _summary(problems: Sequence[Problem]) -> str:
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    return _("{errors} {error_word}, {warnings} {warning_word}").format(
        errors=errors,
        error_word=_("error") if errors == 1 else _("errors"),
        warnings=warnings,
        warning_word=_("warning") if warnings == 1 else _("warnings"),
    )


def cmd_validate(args: argparse.Namespace) -> int:
    """``validate PROJECT``."""
    from storyboard_app.compiler.validation import validate_project
    from storyboard_app.domain.problems import has_errors
    from storyboard_app.storage.assets import AssetStore
    from storyboard_app.storage.bundle import load_project

    project = load_project(args.project)
    problems = validate_project(project, AssetStore(args.project))
    _print_problems(problems, sys.stdout)
    summary = _summary(problems) if problems else _("no problems")
    say(f"{args.project}: {summary}")
    return EXIT_ERROR if has_errors(problems) else EXIT_OK


def board_index(project: Project, name_or_number: str) -> int:
    """The index of the storyboard named or numbered, or a usage error listing them."""
    index = project.storyboard_index(name_or_number)
    if index is None:
        names = ", ".join(f"{i + 1} “{b.name}”" for i, b in enumerate(project.storyboards))
        raise UsageError(
            _("no storyboard “{wanted}”; this project has: {names}").format(
                wanted=name_or_number, names=names
            )
        )
    return index


def cmd_compile(args: argparse.Namespace) -> int:
    """``compile PROJECT [--storyboard] [--format] [-o]``."""
    from storyboard_app.compiler.cost import estimate_cost
    from storyboard_app.compiler.guidances import compile_guidances
    from storyboard_app.compiler.kling import compile_kling
    from storyboard_app.compiler.validation import validate_project
    from storyboard_app.domain.problems import has_errors
    from storyboard_app.storage.assets import AssetStore
    from storyboard_app.storage.bundle import atomic_write_text, load_project

    project = load_project(args.project)
    index = board_index(project, args.storyboard)
    own = f"storyboards[{index}]"
    problems = [
        p
        for p in validate_project(project, AssetStore(args.project))
        if p.path.startswith(own + ".") or p.path == own or not p.path.startswith("storyboards[")
    ]
    _print_problems(problems, sys.stderr)
    if has_errors(problems):
        say(_("Not compiled: {summary}.").format(summary=_summary(problems)))
        return EXIT_ERROR
    payload = compile_guidances(project, index)
    document: object
    if args.format == "kling":
        document = compile_kling(payload).display()
    else:
        document = payload.model_dump(mode="json")
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    cost = estimate_cost(payload)
    if cost is not None:
        say(_("Estimated cost: {cost}").format(cost=cost.describe()))
    if args.output:
        atomic_write_text(args.output, text)
        say(_("Wrote {file}").format(file=args.output))
    else:
        sys.stdout.write(text)
    return EXIT_OK


EXPORT_FORMATS = ("pdf", "csv", "otio", "fcp7xml", "fcpxml", "edl", "zip")
"""The PDF is drawn with Qt, so ``main`` hands ``--format pdf`` to the app layer."""


def cmd_export(args: argparse.Namespace) -> int:
    """``export PROJECT --format … -o FILE``."""
    from storyboard_app.export.package import write_package
    from storyboard_app.export.shotlist import write_shot_list
    from storyboard_app.export.timelines import write_timeline
    from storyboard_app.storage.bundle import load_project

    project = load_project(args.project)
    if args.format == "csv":
        write_shot_list(project, args.output, args.project)
    elif args.format == "zip":
        files = write_package(project, args.project, args.output)
        say(_("{count} files packed.").format(count=len(files)))
    else:
        write_timeline(project, args.project, args.output, args.format)
    say(_("Wrote {file}").format(file=args.output))
    return EXIT_OK


def cmd_import_script(args: argparse.Namespace) -> int:
    """``import-script FILE -o PROJECT [--scenes 1,3-5]``: says what it made and skipped."""
    from storyboard_app.script import report
    from storyboard_app.script.breakdown import script_to_project
    from storyboard_app.script.load import parse_scene_list, read_script
    from storyboard_app.script.model import ScriptError
    from storyboard_app.storage.bundle import BUNDLE_SUFFIX, create_project

    try:
        script = read_script(args.file)
    except ScriptError as error:
        say(f"storyboard-app import-script: {error}")
        return EXIT_ERROR
    scenes = None
    if args.scenes:
        first = 0 if any(not scene.heading for scene in script.scenes) else 1
        count = sum(1 for scene in script.scenes if scene.heading)
        try:
            scenes = parse_scene_list(args.scenes, count, first)
        except ValueError as error:
            raise UsageError(f"--scenes: {error}") from None
    project = script_to_project(script, scenes)
    folder: Path = args.output
    if folder.suffix != BUNDLE_SUFFIX:
        folder = folder.with_name(folder.name + BUNDLE_SUFFIX)
    create_project(folder, project)
    made = report.made(project, script, scenes)
    say(_("Created {folder}: {made}.").format(folder=folder, made=made))
    skipped = report.skipped_summary(script)
    if skipped:
        say(_("Skipped from {file} (no shots made of these):").format(file=args.file.name))
        for line in skipped:
            say(f"  {line}")
    else:
        say(_("Nothing in {file} was skipped.").format(file=args.file.name))
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    """``new PROJECT [--title]``."""
    from storyboard_app.domain.edits import numbered_board_name
    from storyboard_app.domain.models import Project, Shot, Storyboard
    from storyboard_app.storage.bundle import BUNDLE_SUFFIX, create_project

    folder: Path = args.project
    if folder.suffix != BUNDLE_SUFFIX:
        folder = folder.with_name(folder.name + BUNDLE_SUFFIX)
    title = args.title or folder.stem
    board = Storyboard(name=numbered_board_name(1), shots=(Shot(),))
    project = Project(title=title, storyboards=(board,))
    create_project(folder, project)
    say(_("Created {folder}").format(folder=folder))
    return EXIT_OK


class ProgressBar:
    """A progress bar on a terminal; plain lines every 25 % when stderr is not one."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.tty = sys.stderr.isatty()
        self._shown = -1

    def __call__(self, fraction: float) -> None:
        percent = int(fraction * 100)
        if self.tty:
            if percent != self._shown:
                filled = percent * 30 // 100
                bar = "#" * filled + "." * (30 - filled)
                sys.stderr.write(f"\r{self.label} [{bar}] {percent:3d}%")
                sys.stderr.flush()
                if percent == 100:
                    sys.stderr.write("\n")
        elif percent // 25 != self._shown // 25:
            say(_("{label}: {percent}%").format(label=self.label, percent=percent))
        self._shown = percent


def cmd_render(args: argparse.Namespace) -> int:
    """``render PROJECT [--storyboard] -o OUT.mp4 [--resolution] [--title-cards]``."""
    from storyboard_app.compiler.guidances import compile_guidances
    from storyboard_app.render.previs import find_missing, render_previs
    from storyboard_app.storage.bundle import load_project

    project = load_project(args.project)
    index = board_index(project, args.storyboard)
    payload = compile_guidances(project, index)
    if not payload.guidances:
        say(_("Storyboard “{name}” has no shots to render.").format(name=payload.storyboard))
        return EXIT_ERROR
    missing = find_missing(payload, args.project)
    if missing and not args.title_cards:
        for item in missing:
            say(item.describe())
        say(
            _(
                "Not rendered. Put the files back, or pass --title-cards to draw blocking frames "
                "(each shot's framing) in their place."
            )
        )
        return EXIT_ERROR
    resolution = 1080 if args.resolution == "1080p" else 720
    result = render_previs(
        payload,
        args.project,
        args.output,
        resolution,
        args.title_cards,
        progress=ProgressBar(_("Rendering “{name}”").format(name=payload.storyboard)),
    )
    for line in result.log:
        say(line)
    wrote = (
        _("Wrote {file} ({duration} s, {width}×{height}, {frames} frames, {spoken} spoken line)")
        if result.spoken_lines == 1
        else _(
            "Wrote {file} ({duration} s, {width}×{height}, {frames} frames, {spoken} spoken lines)"
        )
    )
    say(
        wrote.format(
            file=result.path,
            duration=f"{result.duration:g}",
            width=result.width,
            height=result.height,
            frames=result.frames,
            spoken=result.spoken_lines,
        )
    )
    return EXIT_OK


def cmd_elements(args: argparse.Namespace) -> int:
    """``elements PROJECT [--props [--make [NAME ...]]]`` (httpx and the Kling clients load
    only for it)."""
    from storyboard_app import remote_cli

    if not args.props and (args.make is not None or args.storyboard):
        raise UsageError(_("--make and --storyboard go with --props"))
    return remote_cli.elements(args)


def cmd_submit(args: argparse.Namespace) -> int:
    """``submit PROJECT...`` (httpx and the job runner load only for it)."""
    from storyboard_app import remote_cli

    return remote_cli.submit(args)


def cmd_jobs(args: argparse.Namespace) -> int:
    """``jobs [--all] [--resume]``."""
    from storyboard_app import remote_cli

    return remote_cli.jobs(args)


COMMANDS = {
    "validate": cmd_validate,
    "compile": cmd_compile,
    "new": cmd_new,
    "render": cmd_render,
    "export": cmd_export,
    "import-script": cmd_import_script,
    "elements": cmd_elements,
    "submit": cmd_submit,
    "jobs": cmd_jobs,
}


def run(args: argparse.Namespace) -> int:
    """Run a parsed non-GUI command, turning expected failures into messages and exit codes."""
    from storyboard_app.storage.bundle import ProjectLoadError, ProjectSaveError

    try:
        return COMMANDS[args.command](args)
    except UsageError as error:
        say(
            _("storyboard-app {command}: error: {message}").format(
                command=args.command, message=error
            )
        )
        return EXIT_USAGE
    except (ProjectLoadError, ProjectSaveError, OSError) as error:
        say(f"storyboard-app {args.command}: {error}")
        return EXIT_ERROR
