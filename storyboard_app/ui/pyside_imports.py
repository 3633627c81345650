"""Importing Python modules after PySide6 without re-reading every module's source file.

Once PySide6 is imported it hooks ``__import__``: after every import it asks whether the new
module uses PySide6 (``shibokensupport.feature._mod_uses_pyside``), for its opt-in
``from __feature__ import snake_case, true_property``, and answers by reading the module's
whole source file (``inspect.getsource``) and searching it for "PySide6". About 280 modules
load between the start window and the editor (the project model, pydantic, the editor), so
that was ~100 ms of reading and splitting source files before the editor could paint.

:func:`answer_from_globals` makes the same decision from what the module holds instead: a
module uses PySide6 when one of its globals is a PySide6 module or class. The answer only
matters to ``__feature__``, which this app does not use (``tests/ui/test_startup.py`` keeps
it so); modules that name PySide6 only for type checking (under ``TYPE_CHECKING``) count
as not using it, which is true at run time.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the import hook this module adjusts)

FEATURE_MODULE = "shibokensupport.feature"
"""Where PySide6 6.11 keeps the hook's Python side (also ``PySide6.support.feature``)."""


def uses_pyside(module: object) -> bool:
    """Whether one of ``module``'s globals is a PySide6 module or class."""
    try:
        values = list(vars(module).values())
    except TypeError:  # an object that is not a module was put in sys.modules
        return False
    for value in values:
        if isinstance(value, ModuleType):
            name = getattr(value, "__name__", "")
        elif isinstance(value, type):
            name = getattr(value, "__module__", "")
        else:
            continue
        if isinstance(name, str) and name.startswith(("PySide6.", "shiboken6")):
            return True
    return False


def answer_from_globals() -> bool:
    """Make PySide6's after-import check use :func:`uses_pyside`; False if this PySide6
    has no such check (then nothing is changed)."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 (a private name)
    return True
