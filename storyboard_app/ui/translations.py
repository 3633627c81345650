"""The window's language: Qt's translators for the app's own strings and Qt's dialogs.

The language is a setting (``ui/language``: ``system``, ``en``, ``zh_CN`` or ``zh_TW``,
chosen in Settings) read once at start-up, so a change applies on the next start. ``system``
follows LC_ALL / LC_MESSAGES / LANG. The app's strings come from
``resources/i18n/storyboard_<language>.qm`` (built from the ``.ts`` sources with
``pyside6-lrelease``), Qt's own (buttons of standard dialogs) from the ``qtbase`` catalogue
that ships with PySide6. The core's messages (problems) switch to the same language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QGuiApplication

from storyboard_app import i18n
from storyboard_app.render.fonts import cjk_family

I18N = Path(__file__).resolve().parent.parent.parent / "resources" / "i18n"
LANGUAGE_KEY = "ui/language"
SYSTEM = "system"


def chosen_language(settings: QSettings) -> str:
    """The setting as stored: ``system`` or one of :data:`storyboard_app.i18n.LANGUAGES`."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value == SYSTEM or value in i18n.LANGUAGES else SYSTEM


def resolve(choice: str) -> str:
    """The language a choice comes to (``system`` is looked up in the environment)."""
    return i18n.language_from_environment() if choice == SYSTEM else choice


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Translate the window, Qt's dialogs and the core's messages into ``language``.

    Returns the installed translators (installed ones must stay referenced).
    """
    i18n.install(language)
    if language == "en":
        return []
    installed = []
    for folder, name in (
        (I18N, f"storyboard_{language}"),
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{language}"),
    ):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(language))
    _chinese_first_font(language)
    return installed


def _chinese_first_font(language: str) -> None:
    """In Chinese, the window's font is the CJK face (its Latin letters included), as on a
    Chinese desktop: widgets size themselves by their font's line height, and a Latin face
    with CJK only as a fallback is shorter than the Chinese it shows (a list's second line
    was cut off)."""
    family = cjk_family("zh-tw" if language == "zh_TW" else "zh-cn")
    if family is None or not isinstance(app := QCoreApplication.instance(), QGuiApplication):
        return
    font = app.font()
    _latin_first.append(QFont(font))
    font.setFamilies([family, *font.families()])
    app.setFont(font)


_latin_first: list[QFont] = []
"""The window's font before a Chinese face was put first (restored by English)."""


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translations` (back to English)."""
    for translator in translators:
        app.removeTranslator(translator)
    i18n.install("en")
    QLocale.setDefault(QLocale(QLocale.Language.English))
    if _latin_first and isinstance(app, QGuiApplication):
        app.setFont(_latin_first[0])
        _latin_first.clear()
