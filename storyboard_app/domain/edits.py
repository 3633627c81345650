"""Edits: pure functions from a project to a new, re-validated project.

The editor turns each user action into one of these and pushes the result on its undo
stack, so undo is a swap of immutable snapshots. An edit that a rule forbids outright (a
seventh shot) raises :class:`EditRefused` with the reason for the user; limits a director
may pass on the way to fixing something (a total over 15 s while re-timing) are left to
validation, which reports them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from storyboard_app.domain.capabilities import KLING_V3, capability
from storyboard_app.domain.models import (
    Character,
    Project,
    Shot,
    Storyboard,
    new_id,
)
from storyboard_app.i18n import _


class EditRefused(Exception):
    """The edit breaks a rule; the message says which, for the user."""


def _replace(items: Sequence[Any], index: int, item: Any) -> tuple[Any, ...]:
    return (*items[:index], item, *items[index + 1 :])


def _board(project: Project, board_index: int) -> Storyboard:
    if not 0 <= board_index < len(project.storyboards):
        raise EditRefused(_("There is no storyboard {number}.").format(number=board_index + 1))
    return project.storyboards[board_index]


def shot_index(board: Storyboard, shot_id: str) -> int:
    """The position of a shot in its storyboard."""
    for index, shot in enumerate(board.shots):
        if shot.id == shot_id:
            return index
    raise EditRefused(
        _("The shot {shot} is not in storyboard “{name}”.").format(shot=shot_id, name=board.name)
    )


def replace_board(project: Project, board_index: int, board: Storyboard) -> Project:
    """The project with one storyboard replaced."""
    _board(project, board_index)
    return project.evolve(storyboards=_replace(project.storyboards, board_index, board))


def update_board(project: Project, board_index: int, **changes: Any) -> Project:
    """Change storyboard settings (name, model, mode, audio, style…)."""
    return replace_board(project, board_index, _board(project, board_index).evolve(**changes))


def update_shot(project: Project, board_index: int, shot_id: str, **changes: Any) -> Project:
    """Change fields of one shot."""
    board = _board(project, board_index)
    index = shot_index(board, shot_id)
    shots = _replace(board.shots, index, board.shots[index].evolve(**changes))
    return replace_board(project, board_index, board.evolve(shots=shots))


def _shot_limit(board: Storyboard) -> int:
    cap = capability(board.model) or KLING_V3
    return cap.max_shots


def _check_room(board: Storyboard) -> None:
    limit = _shot_limit(board)
    if len(board.shots) >= limit:
        raise EditRefused(
            _(
                "“{name}” already has {most} shots, the most {model} renders in one "
                "request. Add a new storyboard for the next shots: the project plays its "
                "storyboards one after another."
            ).format(name=board.name, most=limit, model=board.model)
        )


def add_shot(
    project: Project, board_index: int, after: str | None = None, shot: Shot | None = None
) -> tuple[Project, str]:
    """Add a shot (after the one named, else at the end); returns the project and its id."""
    board = _board(project, board_index)
    _check_room(board)
    cap = capability(board.model) or KLING_V3
    new_shot = (shot or Shot(duration=max(cap.shot_min_duration, 3.0))).evolve(id=new_id())
    position = shot_index(board, after) + 1 if after else len(board.shots)
    shots = (*board.shots[:position], new_shot, *board.shots[position:])
    return replace_board(project, board_index, board.evolve(shots=shots)), new_shot.id


def duplicate_shot(project: Project, board_index: int, shot_id: str) -> tuple[Project, str]:
    """Copy a shot right after itself; returns the project and the copy's id."""
    board = _board(project, board_index)
    original = board.shots[shot_index(board, shot_id)]
    return add_shot(project, board_index, after=shot_id, shot=original)


def delete_shot(project: Project, board_index: int, shot_id: str) -> Project:
    """Remove a shot."""
    board = _board(project, board_index)
    index = shot_index(board, shot_id)
    shots = (*board.shots[:index], *board.shots[index + 1 :])
    return replace_board(project, board_index, board.evolve(shots=shots))


def move_shot(project: Project, board_index: int, shot_id: str, to_index: int) -> Project:
    """Move a shot to a new position (clamped to the storyboard)."""
    board = _board(project, board_index)
    index = shot_index(board, shot_id)
    moving = board.shots[index]
    rest = [shot for shot in board.shots if shot.id != shot_id]
    rest.insert(max(0, min(to_index, len(rest))), moving)
    return replace_board(project, board_index, board.evolve(shots=tuple(rest)))


def snap_duration(board: Storyboard, shot_id: str, wanted: float) -> float:
    """The duration a shot may take: snapped to the model's step, within its limits.

    The shot keeps at least the per-shot minimum and the storyboard stays within the
    model's longest total.
    """
    cap = capability(board.model) or KLING_V3
    step = cap.duration_step
    snapped = round(wanted / step) * step
    others = sum(shot.duration for shot in board.shots if shot.id != shot_id)
    longest = max(cap.shot_min_duration, cap.max_total - others)
    return float(max(cap.shot_min_duration, min(snapped, longest)))


def numbered_board_name(number: int) -> str:
    """The name the app gives a new storyboard: "Storyboard 2" (in the app's language)."""
    return _("Storyboard {number}").format(number=number)


def add_storyboard(project: Project, after: int | None = None) -> tuple[Project, int]:
    """Add a storyboard with one shot, using the settings of the one it follows."""
    position = len(project.storyboards) if after is None else after + 1
    template = project.storyboards[min(position, len(project.storyboards)) - 1]
    names = {board.name for board in project.storyboards}
    number = len(project.storyboards) + 1
    while numbered_board_name(number) in names:
        number += 1
    board = template.evolve(
        id=new_id(), name=numbered_board_name(number), shots=(Shot(id=new_id()),)
    )
    boards = (*project.storyboards[:position], board, *project.storyboards[position:])
    return project.evolve(storyboards=boards), position


def duplicate_storyboard(project: Project, board_index: int) -> tuple[Project, int]:
    """Copy a storyboard (its shots get new ids) right after itself."""
    board = _board(project, board_index)
    copy = board.evolve(
        id=new_id(),
        name=_("{name} copy").format(name=board.name),
        shots=tuple(shot.evolve(id=new_id()) for shot in board.shots),
    )
    boards = (
        *project.storyboards[: board_index + 1],
        copy,
        *project.storyboards[board_index + 1 :],
    )
    return project.evolve(storyboards=boards), board_index + 1


def delete_storyboard(project: Project, board_index: int) -> Project:
    """Remove a storyboard; the last one cannot go."""
    _board(project, board_index)
    if len(project.storyboards) == 1:
        raise EditRefused(_("A project needs at least one storyboard."))
    boards = (*project.storyboards[:board_index], *project.storyboards[board_index + 1 :])
    return project.evolve(storyboards=boards)


def move_storyboard(project: Project, board_index: int, to_index: int) -> Project:
    """Move a storyboard to a new position in the sequence."""
    board = _board(project, board_index)
    rest = [b for i, b in enumerate(project.storyboards) if i != board_index]
    rest.insert(max(0, min(to_index, len(rest))), board)
    return project.evolve(storyboards=tuple(rest))


def ensure_character(project: Project, name: str) -> Project:
    """The project with a character of that name (added if it has none)."""
    name = name.strip()
    if not name or project.character(name) is not None:
        return project
    return project.evolve(characters=(*project.characters, Character(name=name)))


def rename_character(project: Project, old: str, new: str) -> Project:
    """Rename a character and every dialogue line and shot that names them."""
    new = new.strip()
    character = project.character(old)
    if character is None:
        raise EditRefused(_("There is no character called {name}.").format(name=old))
    if not new:
        raise EditRefused(_("A character needs a name."))
    other = project.character(new)
    if other is not None and other is not character:
        raise EditRefused(_("There is already a character called {name}.").format(name=other.name))
    same = character.name.casefold()

    def renamed(name: str) -> str:
        return new if name.casefold() == same else name

    def in_text(text: str) -> str:
        return rename_in_text(text, character.name, new)

    boards = tuple(
        board.evolve(
            shots=tuple(
                shot.evolve(
                    subject=in_text(shot.subject),
                    action=in_text(shot.action),
                    notes=in_text(shot.notes),
                    characters=tuple(renamed(n) for n in shot.characters),
                    dialogue=tuple(
                        line.evolve(character=renamed(line.character)) for line in shot.dialogue
                    ),
                )
                for shot in board.shots
            )
        )
        for board in project.storyboards
    )
    characters = tuple(
        c.evolve(name=new) if c.name.casefold() == same else c for c in project.characters
    )
    return project.evolve(storyboards=boards, characters=characters)


def _spaced(letter: str) -> bool:
    """Whether words of this letter's script are set apart by spaces (not Chinese,
    Japanese or Korean, where a name runs straight into the next word)."""
    cjk = "\u3040" <= letter <= "\u9fff" or "\uac00" <= letter <= "\ud7af"
    return letter.isalnum() and not cjk


def name_pattern(name: str, ignore_case: bool = False) -> re.Pattern[str]:
    """Where a text names ``name``: as a whole word in scripts with spaces ("Mei", not
    "Meiling"), anywhere in Chinese, Japanese or Korean, which set words without them."""
    before = r"(?<!\w)" if _spaced(name[:1]) else ""
    after = r"(?!\w)" if _spaced(name[-1:]) else ""
    return re.compile(before + re.escape(name) + after, re.IGNORECASE if ignore_case else 0)


def rename_in_text(text: str, old: str, new: str) -> str:
    """``text`` with the name ``old`` (a whole word, same spelling) written as ``new``.

    Where the text already says the new name ("Mei Lin" when "Mei" becomes "Mei Lin") it
    is left alone, so a second rename never doubles a surname.
    """
    pattern = name_pattern(old)

    def replace(match: re.Match[str]) -> str:
        return match.group(0) if text.startswith(new, match.start()) else new

    return pattern.sub(replace, text)


def update_character(project: Project, name: str, **changes: Any) -> Project:
    """Change a character's appearance, wardrobe, voice or reference images."""
    wanted = name.casefold()
    if project.character(name) is None:
        raise EditRefused(_("There is no character called {name}.").format(name=name))
    return project.evolve(
        characters=tuple(
            c.evolve(**changes) if c.name.casefold() == wanted else c for c in project.characters
        )
    )
