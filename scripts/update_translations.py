"""Bring the window's Qt translations up to date (translators run this).

    python scripts/update_translations.py            # lupdate: new strings into the .ts files
    python scripts/update_translations.py --release  # lrelease: .ts → .qm (committed)

The ``.ts`` files in ``resources/i18n`` are the sources translators edit (Qt Linguist:
``pyside6-linguist resources/i18n/storyboard_zh_CN.ts``); the ``.qm`` files next to them are
what the app loads. Only the files in :data:`TRANSLATED` have their strings wrapped in
``tr()`` so far; README lists the rest.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "zh_TW")
TRANSLATED = (
    "storyboard_app/ui/accounts_dialog.py",
    "storyboard_app/ui/characters.py",
    "storyboard_app/ui/controllers/exports.py",
    "storyboard_app/ui/controllers/files.py",
    "storyboard_app/ui/controllers/menus.py",
    "storyboard_app/ui/controllers/playback.py",
    "storyboard_app/ui/controllers/problems.py",
    "storyboard_app/ui/controllers/rendering.py",
    "storyboard_app/ui/controllers/sequence.py",
    "storyboard_app/ui/controllers/takes.py",
    "storyboard_app/ui/dialogs.py",
    "storyboard_app/ui/document.py",
    "storyboard_app/ui/editor.py",
    "storyboard_app/ui/film_words.py",
    "storyboard_app/ui/frame_generation.py",
    "storyboard_app/ui/image_slots.py",
    "storyboard_app/ui/inspector.py",
    "storyboard_app/ui/jobs_panel.py",
    "storyboard_app/ui/kling_dialogs.py",
    "storyboard_app/ui/kling_elements.py",
    "storyboard_app/ui/kling_props.py",
    "storyboard_app/ui/kling_service.py",
    "storyboard_app/ui/model_names.py",
    "storyboard_app/ui/main_window.py",
    "storyboard_app/ui/payload_panel.py",
    "storyboard_app/ui/pdf.py",
    "storyboard_app/ui/picture_labels.py",
    "storyboard_app/ui/player.py",
    "storyboard_app/ui/preview.py",
    "storyboard_app/ui/problems_list.py",
    "storyboard_app/ui/prompt_language.py",
    "storyboard_app/ui/qt_words.py",
    "storyboard_app/ui/render_jobs.py",
    "storyboard_app/ui/render_services.py",
    "storyboard_app/ui/saving.py",
    "storyboard_app/ui/script_dialog.py",
    "storyboard_app/ui/service_accounts.py",
    "storyboard_app/ui/service_submit.py",
    "storyboard_app/ui/settings_dialog.py",
    "storyboard_app/ui/shot_lists.py",
    "storyboard_app/ui/sketch.py",
    "storyboard_app/ui/start_window.py",
    "storyboard_app/ui/storyboard_list.py",
    "storyboard_app/ui/system_check.py",
    "storyboard_app/ui/takes_panel.py",
    "storyboard_app/ui/timeline.py",
    "storyboard_app/ui/voice_presets.py",
    "storyboard_app/ui/voice_slot.py",
    "storyboard_app/ui/workspace.py",
)
"""The window's source files whose user-visible strings go through ``tr()``."""


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` next to this Python, else on PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.is_file() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -r requirements.lock)")
    return found


def ts_file(language: str) -> Path:
    """The translation source of a language."""
    return I18N / f"storyboard_{language}.ts"


def lupdate(targets: list[Path]) -> None:
    """Add the sources' strings to ``targets`` (translations kept, vanished ones dropped)."""
    subprocess.run(
        [tool("pyside6-lupdate"), *TRANSLATED, "-locations", "none", "-no-obsolete", "-silent",
         "-ts", *map(str, targets)],
        cwd=ROOT,
        check=True,
    )  # fmt: skip


def lrelease(source: Path, target: Path) -> None:
    """Compile one ``.ts`` into the ``.qm`` the app loads."""
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True
    )


def main(argv: list[str]) -> int:
    """Update the .ts files, or with ``--release`` build the .qm files."""
    I18N.mkdir(parents=True, exist_ok=True)
    if "--release" in argv:
        for language in LANGUAGES:
            lrelease(ts_file(language), ts_file(language).with_suffix(".qm"))
            print(f"wrote {ts_file(language).with_suffix('.qm').relative_to(ROOT)}")
    else:
        lupdate([ts_file(language) for language in LANGUAGES])
        print("updated " + ", ".join(str(ts_file(lang).relative_to(ROOT)) for lang in LANGUAGES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
