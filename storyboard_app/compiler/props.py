"""Products and places that recur across a storyboard's shots, each a candidate Kling element.

A shot's reference picture with the role *product* or *location* and a name ("the espresso
machine", "the diner") stands for that thing. The same thing in several shots of one
storyboard is recognised by its role and its name (case and spacing ignored), and its
pictures are gathered from those shots in order (shot by shot, as each tray holds them):
the first is the frontal one when it is made into a Kling element (kling-api.md §13.2:
2–4 pictures). A picture without a name stays a plain reference: nothing says which
thing it shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from storyboard_app.compiler.guidances import GuidanceReference, GuidancesPayload
from storyboard_app.domain.models import Storyboard
from storyboard_app.domain.vocabulary import ImageRole

PROP_ROLES = (ImageRole.PRODUCT, ImageRole.LOCATION)


class Pictured(Protocol):
    """A reference picture: a shot's own or a guidance's."""

    @property
    def image(self) -> str: ...
    @property
    def role(self) -> ImageRole: ...
    @property
    def label(self) -> str: ...


def prop_key(role: ImageRole, label: str) -> str:
    """The name a product or place goes by in the element store and the account's
    elements: ``product:the espresso machine`` (its role, then its name, casefolded)."""
    return f"{role.value}:{' '.join(label.split()).casefold()}"


def is_prop(ref: Pictured) -> bool:
    """Whether the picture shows a named product or place."""
    return ref.role in PROP_ROLES and bool(ref.label.strip())


@dataclass(frozen=True)
class Prop:
    """A named product or place of one storyboard, with every picture of it in its shots."""

    role: ImageRole
    label: str
    """Its name as first written."""
    pictures: tuple[str, ...]
    """Each picture once, in order of first appearance (the first is the frontal one)."""
    shots: tuple[int, ...]
    """The shots (1-based) that show it."""

    @property
    def key(self) -> str:
        """See :func:`prop_key`."""
        return prop_key(self.role, self.label)


def gather_props(shots: Iterable[tuple[int, Iterable[Pictured]]]) -> tuple[Prop, ...]:
    """The named products and places of ``(shot number, references)`` pairs, in order."""
    found: dict[str, tuple[ImageRole, str, list[str], list[int]]] = {}
    for number, references in shots:
        for ref in references:
            if not is_prop(ref):
                continue
            key = prop_key(ref.role, ref.label)
            _role, _label, pictures, numbers = found.setdefault(
                key, (ref.role, " ".join(ref.label.split()), [], [])
            )
            if ref.image not in pictures:
                pictures.append(ref.image)
            if number not in numbers:
                numbers.append(number)
    return tuple(
        Prop(role, label, tuple(pictures), tuple(numbers))
        for role, label, pictures, numbers in found.values()
    )


def storyboard_props(board: Storyboard) -> tuple[Prop, ...]:
    """The named products and places of a storyboard's shots."""
    return gather_props((n, shot.references) for n, shot in enumerate(board.shots, start=1))


def payload_props(payload: GuidancesPayload) -> tuple[Prop, ...]:
    """The named products and places of a payload's shots (their own pictures only)."""
    return gather_props((g.index, _own(g.references)) for g in payload.guidances)


def _own(references: Iterable[GuidanceReference]) -> list[GuidanceReference]:
    return [ref for ref in references if ref.source == "shot"]


def subject_key(ref: GuidanceReference) -> str | None:
    """What a payload's picture may go to Kling as an element of: a character (their name,
    casefolded) or a named product or place (:func:`prop_key`); None for the rest."""
    if ref.source == "character":
        return ref.label.casefold()
    if is_prop(ref):
        return prop_key(ref.role, ref.label)
    return None
