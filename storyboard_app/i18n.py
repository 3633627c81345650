"""Translations for the Qt-free core: validation problems and the command line's messages.

gettext's model without its binary step: messages are marked ``_("English text {name}")``
(placeholders are filled with ``.format`` after translation, so a translation may move
them), and the catalogues are the standard ``.po`` files in ``storyboard_app/locale/``
(``zh_CN.po``, ``zh_TW.po``), read directly, so translators use any PO editor and nothing
is compiled. ``scripts/update_catalogues.py`` adds new messages to them; a test fails on any
message left untranslated. The window's own strings go through Qt's system instead
(:mod:`storyboard_app.ui.translations`), in the same language.

The language is English until :func:`install` is called (the command line and the app do,
from the environment or the Settings dialog).
"""

from __future__ import annotations

import ast
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

LOCALE = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("en", "zh_CN", "zh_TW")
"""English (the messages as written), Simplified Chinese and Traditional Chinese."""
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
"""Each language in its own words, as the Settings dialog lists them."""

_TRADITIONAL = ("zh_tw", "zh_hk", "zh_mo", "zh_hant")

_current: dict[str, str] = {}
_language = "en"


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the system asks for: the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG``
    that is set (as POSIX orders them), as one of :data:`LANGUAGES`; English otherwise.

    ``zh_TW``, ``zh_HK``, ``zh_MO`` and ``zh_Hant`` are Traditional; any other Chinese is
    Simplified.
    """
    environ = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            return language_of_locale(value)
    return "en"


def language_of_locale(name: str) -> str:
    """``zh_TW.UTF-8`` → ``zh_TW``, ``zh_CN.UTF-8`` or ``zh`` → ``zh_CN``, else ``en``."""
    code = name.split(".")[0].split("@")[0].replace("-", "_").lower()
    if not code.startswith("zh"):
        return "en"
    return "zh_TW" if code.startswith(_TRADITIONAL) else "zh_CN"


def _unquote(literal: str) -> str:
    value = ast.literal_eval(literal)
    assert isinstance(value, str)
    return value


def read_po(file: Path) -> dict[str, str]:
    """A ``.po`` file's translations, msgid → msgstr (entries with an empty msgstr left out).

    Handles what PO editors write: comments, multi-line strings, the header entry.
    """
    entries: dict[str, str] = {}
    msgid: list[str] = []
    msgstr: list[str] = []
    target: list[str] | None = None

    def flush() -> None:
        key, value = "".join(msgid), "".join(msgstr)
        if key and value:
            entries[key] = value
        msgid.clear()
        msgstr.clear()

    for raw in file.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("msgid "):
            flush()
            target = msgid
            target.append(_unquote(line[6:]))
        elif line.startswith("msgstr "):
            target = msgstr
            target.append(_unquote(line[7:]))
        elif line.startswith('"') and target is not None:
            target.append(_unquote(line))
        elif not line:
            target = None
    flush()
    return entries


@cache
def catalogue(language: str) -> dict[str, str]:
    """The translations of one language (empty for English)."""
    file = LOCALE / f"{language}.po"
    return read_po(file) if language != "en" and file.is_file() else {}


def install(language: str) -> None:
    """Translate the core's messages into ``language`` (one of :data:`LANGUAGES`)."""
    global _language
    _language = language if language in LANGUAGES else "en"
    _current.clear()
    _current.update(catalogue(_language))


def current_language() -> str:
    """The language messages are translated into now."""
    return _language


def _(message: str) -> str:
    """``message`` in the current language (as written when it has no translation)."""
    return _current.get(message, message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogues without translating it now: for a table of
    messages built before the language is known, each translated with ``_`` when shown."""
    return message
