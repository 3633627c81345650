"""The Previs Player tab, whose player (and QtMultimedia with it) is built when first needed.

Loading QtMultimedia and making a media player costs ~80 ms, and the tab is hidden when a
window opens, so the window paints without it: the tab holds an empty page until it is
chosen or something is played.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

if TYPE_CHECKING:
    from storyboard_app.ui.player import Player


class LazyPlayer:
    """Adds the tab to ``tabs``; ``connect(player)`` wires the player once it exists."""

    def __init__(self, tabs: QTabWidget, title: str, connect: Callable[[Player], None]) -> None:
        self._tabs, self._connect = tabs, connect
        self._player: Player | None = None
        self._placeholder = QWidget()
        tabs.addTab(self._placeholder, title)
        tabs.currentChanged.connect(self._tab_changed)

    @property
    def built(self) -> Player | None:
        """The player if it was built, else None (nothing to stop)."""
        return self._player

    def get(self) -> Player:
        """The player, built and put in its tab now if it was not yet."""
        if self._player is None:
            from storyboard_app.ui.player import Player

            self._player = player = Player()
            self._connect(player)
            tabs, current = self._tabs, self._tabs.currentIndex()
            index = tabs.indexOf(self._placeholder)
            tabs.insertTab(index, player, tabs.tabText(index))
            tabs.removeTab(index + 1)
            self._placeholder.deleteLater()
            tabs.setCurrentIndex(current)
        return self._player

    def _tab_changed(self, index: int) -> None:
        if self._player is None and self._tabs.widget(index) is self._placeholder:
            self._tabs.setCurrentWidget(self.get())
