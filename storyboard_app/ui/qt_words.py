"""Qt's own words that its shipped Chinese catalogues (``qtbase_zh_CN.qm``, ``qtbase_zh_TW.qm``)
lack for the Qt version the app runs on: the file dialog's "&Look in:" and "Files of &type:"
(Qt gave them shortcuts; the catalogues still have "Look in:") and the file list's "Folder"
and "Drive" types. They are asked for here in Qt's own contexts, so lupdate puts them in the
app's ``.ts`` files: where Qt's catalogue has no answer, the app's translator gives one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_words() -> list[str]:
    """Those words in the window's language, as Qt 6.11 asks for them (context, source,
    disambiguation): the app's translator answers for them (a test checks each one)."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
    ]
