"""Bring the core's message catalogues up to date with the source (translators run this).

Finds every ``_("…")`` in the Qt-free part of ``storyboard_app`` (not ``ui/``, whose strings
go through Qt's ``.ts`` files), and rewrites ``storyboard_app/locale/zh_CN.po`` and
``zh_TW.po``: each message with its places in the source, its translation kept, new ones
with an empty ``msgstr`` for the translator, messages no longer in the source dropped.

    python scripts/update_catalogues.py          # update the .po files
    python scripts/update_catalogues.py --check  # exit 1 if they are out of date
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

from storyboard_app.i18n import LOCALE, read_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "storyboard_app"
CATALOGUES = ("zh_CN", "zh_TW")
_HEADER = {
    "zh_CN": "Simplified Chinese",
    "zh_TW": "Traditional Chinese",
}


def source_messages() -> dict[str, list[str]]:
    """Every ``_("…")`` (and ``N_("…")``) message of the core, with the files it is used in.

    Sorted by file, then message, and without line numbers, so that edits elsewhere in a
    file leave the catalogues as they are.
    """
    found: dict[str, set[str]] = {}
    for file in sorted(PACKAGE.rglob("*.py")):
        relative = file.relative_to(ROOT)
        if relative.parts[1] == "ui":
            continue
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "N_")
                and len(node.args) == 1
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, set()).add(relative.as_posix())
    ordered = sorted(found.items(), key=lambda item: (sorted(item[1])[0], item[0]))
    return {message: sorted(files) for message, files in ordered}


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def po_text(language: str, messages: dict[str, list[str]], translations: dict[str, str]) -> str:
    """A whole ``.po`` file: header, then each message with the files it is used in."""
    lines = [
        f"# {_HEADER[language]} messages of storyboard-app's core (validation, command line).",
        "# Written by scripts/update_catalogues.py; translators fill in each msgstr.",
        'msgid ""',
        'msgstr ""',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        f'"Language: {language}\\n"',
        "",
    ]
    for message, places in messages.items():
        lines.append("#: " + " ".join(places))
        if "{" in message:
            lines.append("#, python-brace-format")
        lines.append(f"msgid {_quoted(message)}")
        lines.append(f"msgstr {_quoted(translations.get(message, ''))}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Update (or with ``--check`` only compare) the catalogues."""
    messages = source_messages()
    stale = []
    for language in CATALOGUES:
        file = LOCALE / f"{language}.po"
        old = read_po(file) if file.is_file() else {}
        text = po_text(language, messages, old)
        if file.is_file() and file.read_text(encoding="utf-8") == text:
            continue
        stale.append(file)
        if "--check" not in argv:
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(text, encoding="utf-8")
            print(f"wrote {file.relative_to(ROOT)}")
    if "--check" in argv and stale:
        print("out of date: " + ", ".join(str(f.relative_to(ROOT)) for f in stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
