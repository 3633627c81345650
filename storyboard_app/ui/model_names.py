"""The video models' names in the window's language: Kling is 可灵 / 可靈 in Chinese, as the
service is everywhere else in the window; the model ids (kling-v3) stay as they are."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from storyboard_app.domain.capabilities import ModelCapability, capability

CONTEXT = "ModelNames"
_LABELS = {
    "Kling": QT_TRANSLATE_NOOP("ModelNames", "Kling"),
    "Kling 3.0": QT_TRANSLATE_NOOP("ModelNames", "Kling 3.0"),
    "Kling 3.0 Omni": QT_TRANSLATE_NOOP("ModelNames", "Kling 3.0 Omni"),
    "Kling 2.6": QT_TRANSLATE_NOOP("ModelNames", "Kling 2.6"),
}


def capability_label(cap: ModelCapability | None) -> str:
    """A model's name for people ("可灵 3.0"); the service's name when the model is unknown."""
    label = cap.label if cap else "Kling"
    return QCoreApplication.translate(CONTEXT, str(_LABELS.get(label, label)))


def model_label(name: str) -> str:
    """A model combo's item: its name and its id, "可灵 3.0 (kling-v3)"."""
    return f"{capability_label(capability(name))} ({name})"
