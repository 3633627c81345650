"""Labels the app itself gives pictures: stored as data, shown in the user's language.

A picture made by Generate Frames is labelled :data:`GENERATED_FRAME` in the project, in
English whatever the language (the same file reads the same on every computer, and the label
is compared as written). Wherever a label is shown (the shot's picture tray, the CSV shot
list) it goes through :func:`shown_label`, which translates the app's own labels and leaves a
label the user typed as it is.
"""

from __future__ import annotations

from storyboard_app.i18n import N_, _

GENERATED_FRAME = N_("generated frame")
"""The stored label of a picture made by Generate Frames."""


def shown_label(label: str) -> str:
    """``label`` as people read it: the app's own labels translated, the user's as typed."""
    return _(label) if label == GENERATED_FRAME else label
