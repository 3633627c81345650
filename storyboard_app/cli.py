"""The command line: ``validate``, ``compile`` and ``new`` (``open`` is handed to the GUI).

Exit codes: 0 success, 1 validation or runtime error, 2 usage error. Problems and error
messages go to stderr; requested output (JSON, problem lists) to stdout or ``-o FILE``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from storyboard_app import __version__, remote_cli
from storyboard_app.compiler.cost import estimate_cost
from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import compile_kling
from storyboard_app.compiler.validation import validate_project
from storyboard_app.domain.models import Project, Shot, Storyboard
from storyboard_app.domain.problems import Problem, has_errors
from storyboard_app.export.package import write_package
from storyboard_app.export.shotlist import write_shot_list
from storyboard_app.export.timelines import write_timeline
from storyboard_app.render.previs import find_missing, render_previs
from storyboard_app.script.breakdown import script_to_project
from storyboard_app.script.load import parse_scene_list, read_script
from storyboard_app.script.model import ScriptError
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import (
    BUNDLE_SUFFIX,
    ProjectLoadError,
    ProjectSaveError,
    atomic_write_text,
    create_project,
    load_project,
)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """The command was called with arguments that do not fit (exit code 2)."""


def add_storyboard_option(command: argparse.ArgumentParser) -> None:
    """``--storyboard NAME_OR_NUMBER`` for the commands that work on one storyboard."""
    command.add_argument(
        "--storyboard",
        metavar="NAME_OR_NUMBER",
        default="1",
        help="which storyboard: its name or its number from 1 (default: 1)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command, ``open`` included."""
    parser = argparse.ArgumentParser(
        prog="storyboard-app",
        description="Plan a short video shot by shot, render it as a previs animatic, and "
        "compile it for an AI video service. With no command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser(
        "validate",
        help="check a project against its models' limits",
        description="Print each problem of the project as 'path: severity: message'. "
        "Exit 1 if any is an error.",
    )
    validate.add_argument("project", type=Path, help="project folder (NAME.storyboard)")

    compile_ = commands.add_parser(
        "compile",
        help="print the guidances payload or the Kling request of a storyboard",
        description="Compile one storyboard to JSON. Images are named by file; their bytes "
        "are read only when a request is really sent.",
    )
    compile_.add_argument("project", type=Path, help="project folder (NAME.storyboard)")
    add_storyboard_option(compile_)
    compile_.add_argument(
        "--format",
        choices=("guidances", "kling"),
        default="guidances",
        help="the app's own payload (default) or the Kling API request",
    )
    compile_.add_argument("-o", "--output", type=Path, help="write to FILE instead of stdout")

    render = commands.add_parser(
        "render",
        help="render a storyboard as a previs animatic MP4 (no account needed)",
        description="Render one storyboard with the local previs renderer: its pictures, "
        "simulated camera moves, subtitles and spoken dialogue, at 24 fps. The file is "
        "written under a temporary name and renamed when complete.",
    )
    render.add_argument("project", type=Path, help="project folder (NAME.storyboard)")
    add_storyboard_option(render)
    render.add_argument("-o", "--output", type=Path, required=True, help="the MP4 to write")
    render.add_argument(
        "--resolution", choices=("720p", "1080p"), default="720p", help="default: 720p"
    )
    render.add_argument(
        "--title-cards",
        action="store_true",
        help="render title cards for pictures that are missing instead of stopping",
    )

    submit = commands.add_parser(
        "submit",
        help="render storyboards with a service (kling) or the local previs renderer",
        description="Queue every named storyboard of every named project (a Kling job is "
        "sent only when fewer than --limit tasks run). Prints one line per job. With --wait, "
        "follows them to the end, downloads the results and prints each video's path; exits "
        "1 with the service's message if any job failed. Kling keys come from "
        "KLING_ACCESS_KEY/KLING_SECRET_KEY or the keychain.",
    )
    submit.add_argument("projects", type=Path, nargs="+", metavar="PROJECT")
    submit.add_argument(
        "--storyboard",
        metavar="NAME_OR_NUMBER",
        action="append",
        help="which storyboard(s), repeatable (default: every storyboard)",
    )
    submit.add_argument("--provider", choices=("local", "kling"), default="kling")
    submit.add_argument("--mode", choices=("std", "pro", "4k"), help="override the mode")
    submit.add_argument(
        "--base-url", help="Kling API address (default: KLING_BASE_URL or Singapore)"
    )
    submit.add_argument(
        "--limit",
        type=int,
        default=5,
        help="tasks running at once on the service (your resource pack's concurrency; default 5)",
    )
    submit.add_argument("--wait", action="store_true", help="follow the jobs to the end")
    submit.add_argument(
        "--shot-by-shot",
        action="store_true",
        help="one request per shot (each with its own first/last frame), joined into one video",
    )
    submit.add_argument(
        "--output",
        type=Path,
        metavar="DIR",
        help="where videos go (default: each project's renders/)",
    )

    jobs = commands.add_parser(
        "jobs",
        help="list render jobs and their states",
        description="List the jobs in the job database (unfinished ones by default).",
    )
    jobs.add_argument("--all", action="store_true", help="include finished jobs")
    jobs.add_argument(
        "--resume",
        action="store_true",
        help="follow every unfinished Kling job to its end (after a crash)",
    )
    jobs.add_argument("--base-url", help="Kling API address for --resume")

    export = commands.add_parser(
        "export",
        help="shot list, editor timelines or a package to share",
        description="Export a project: csv (shot list), otio (OpenTimelineIO), fcp7xml "
        "(Final Cut 7 / Premiere XML), fcpxml (Final Cut Pro X), edl (CMX 3600), zip (the "
        "project with its assets and active takes), pdf (the printable storyboard).",
    )
    export.add_argument("project", type=Path, help="project folder (NAME.storyboard)")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    export.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default="a4",
        help="PDF paper size, landscape (default: a4)",
    )

    script = commands.add_parser(
        "import-script",
        help="break a screenplay (Fountain or Final Draft) down into storyboards",
        description="Create a project from a screenplay: each scene becomes one or more "
        "storyboards (an establishing shot, a shot per action paragraph, a shot per line of "
        "dialogue), timed by reading time and fitted to the model's limits.",
    )
    script.add_argument("file", type=Path, help="a .fountain or .fdx file")
    script.add_argument("-o", "--output", type=Path, required=True, help="project folder to create")
    script.add_argument("--scenes", help="which scenes, e.g. 1,3-5 (default: all)")

    new = commands.add_parser(
        "new",
        help="create a new, empty project folder",
        description="Create a project folder with one storyboard of one shot.",
    )
    new.add_argument("project", type=Path, help="folder to create (NAME.storyboard)")
    new.add_argument("--title", help="project title (default: the folder's name)")

    open_ = commands.add_parser(
        "open",
        help="open a project in the app window",
        description="Open the app window on a project.",
    )
    open_.add_argument("project", type=Path, nargs="?", help="project folder (NAME.storyboard)")
    open_.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="save a screenshot of the window once it is painted, then exit",
    )
    open_.add_argument(
        "--size", default="1600x1000", metavar="WxH", help="window size (default: 1600x1000)"
    )
    return parser


def say(message: str) -> None:
    """A message for the person at the terminal (stderr, so stdout stays pipeable)."""
    print(message, file=sys.stderr)


def _print_problems(problems: Sequence[Problem], stream: TextIO) -> None:
    for problem in problems:
        print(problem.format(), file=stream)


def _summary(problems: Sequence[Problem]) -> str:
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"


def cmd_validate(args: argparse.Namespace) -> int:
    """``validate PROJECT``."""
    project = load_project(args.project)
    problems = validate_project(project, AssetStore(args.project))
    _print_problems(problems, sys.stdout)
    say(f"{args.project}: {_summary(problems)}" if problems else f"{args.project}: no problems")
    return EXIT_ERROR if has_errors(problems) else EXIT_OK


def board_index(project: Project, name_or_number: str) -> int:
    """The index of the storyboard named or numbered, or a usage error listing them."""
    index = project.storyboard_index(name_or_number)
    if index is None:
        names = ", ".join(f"{i + 1} “{b.name}”" for i, b in enumerate(project.storyboards))
        raise UsageError(f"no storyboard “{name_or_number}”; this project has: {names}")
    return index


def cmd_compile(args: argparse.Namespace) -> int:
    """``compile PROJECT [--storyboard] [--format] [-o]``."""
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
        say(f"Not compiled: {_summary(problems)}.")
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
        say(f"Estimated cost: {cost.describe()}")
    if args.output:
        atomic_write_text(args.output, text)
        say(f"Wrote {args.output}")
    else:
        sys.stdout.write(text)
    return EXIT_OK


EXPORT_FORMATS = ("pdf", "csv", "otio", "fcp7xml", "fcpxml", "edl", "zip")
"""The PDF is drawn with Qt, so ``main`` hands ``--format pdf`` to the app layer."""


def cmd_export(args: argparse.Namespace) -> int:
    """``export PROJECT --format … -o FILE``."""
    project = load_project(args.project)
    if args.format == "csv":
        write_shot_list(project, args.output, args.project)
    elif args.format == "zip":
        files = write_package(project, args.project, args.output)
        say(f"{len(files)} files packed.")
    else:
        write_timeline(project, args.project, args.output, args.format)
    say(f"Wrote {args.output}")
    return EXIT_OK


def cmd_import_script(args: argparse.Namespace) -> int:
    """``import-script FILE -o PROJECT [--scenes 1,3-5]``."""
    try:
        script = read_script(args.file)
    except ScriptError as error:
        say(f"storyboard-app import-script: {error}")
        return EXIT_ERROR
    scenes = None
    if args.scenes:
        try:
            scenes = parse_scene_list(args.scenes, len(script.scenes))
        except ValueError as error:
            raise UsageError(f"--scenes: {error}") from None
    project = script_to_project(script, scenes)
    folder: Path = args.output
    if folder.suffix != BUNDLE_SUFFIX:
        folder = folder.with_name(folder.name + BUNDLE_SUFFIX)
    create_project(folder, project)
    shots = sum(len(board.shots) for board in project.storyboards)
    say(
        f"Created {folder}: {len(project.storyboards)} storyboards, {shots} shots, "
        f"{len(project.characters)} characters, from {len(scenes or script.scenes)} scenes."
    )
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    """``new PROJECT [--title]``."""
    folder: Path = args.project
    if folder.suffix != BUNDLE_SUFFIX:
        folder = folder.with_name(folder.name + BUNDLE_SUFFIX)
    title = args.title or folder.stem
    project = Project(title=title, storyboards=(Storyboard(name="Storyboard 1", shots=(Shot(),)),))
    create_project(folder, project)
    say(f"Created {folder}")
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
            say(f"{self.label}: {percent}%")
        self._shown = percent


def cmd_render(args: argparse.Namespace) -> int:
    """``render PROJECT [--storyboard] -o OUT.mp4 [--resolution] [--title-cards]``."""
    project = load_project(args.project)
    index = board_index(project, args.storyboard)
    payload = compile_guidances(project, index)
    if not payload.guidances:
        say(f"Storyboard “{payload.storyboard}” has no shots to render.")
        return EXIT_ERROR
    missing = find_missing(payload, args.project)
    if missing and not args.title_cards:
        for item in missing:
            say(item.describe())
        say(
            "Not rendered. Put the files back, or pass --title-cards to render title cards "
            "in their place."
        )
        return EXIT_ERROR
    resolution = 1080 if args.resolution == "1080p" else 720
    result = render_previs(
        payload,
        args.project,
        args.output,
        resolution,
        args.title_cards,
        progress=ProgressBar(f"Rendering “{payload.storyboard}”"),
    )
    for line in result.log:
        say(line)
    say(
        f"Wrote {result.path} ({result.duration:g} s, {result.width}×{result.height}, "
        f"{result.frames} frames, {result.spoken_lines} spoken lines)"
    )
    return EXIT_OK


COMMANDS = {
    "validate": cmd_validate,
    "compile": cmd_compile,
    "new": cmd_new,
    "render": cmd_render,
    "export": cmd_export,
    "import-script": cmd_import_script,
    "submit": remote_cli.submit,
    "jobs": remote_cli.jobs,
}


def run(args: argparse.Namespace) -> int:
    """Run a parsed non-GUI command, turning expected failures into messages and exit codes."""
    try:
        return COMMANDS[args.command](args)
    except UsageError as error:
        say(f"storyboard-app {args.command}: error: {error}")
        return EXIT_USAGE
    except (ProjectLoadError, ProjectSaveError, OSError) as error:
        say(f"storyboard-app {args.command}: {error}")
        return EXIT_ERROR
