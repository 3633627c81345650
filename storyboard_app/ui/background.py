"""Running CPU- or disk-heavy work off the GUI thread and getting the result back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtGui import QImageReader, QImageWriter


class _Relay(QObject):
    """Carries a worker's outcome back to the thread that owns it (the GUI thread)."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported to the GUI, which tells the user
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class Background(QObject):
    """A pool of worker threads; ``run`` hands results to callbacks on the GUI thread."""

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        # Qt loads its image-format plugins on first use and moves each to the GUI thread,
        # taking QObject locks. Done from a worker (the PDF writer asks for them while
        # holding Python's GIL), that deadlocks against a GUI thread that holds those
        # locks while it waits for the GIL (destroying a widget, say). Load them here.
        QImageWriter.supportedImageFormats()
        QImageReader.supportedImageFormats()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Run ``work()`` on a worker thread, then ``done(result)`` or ``failed(error)`` here."""
        relay = _Relay(self)
        self._relays.add(relay)

        @Slot(object)
        def on_success(result: Any) -> None:
            self._forget(relay)
            done(result)

        @Slot(object)
        def on_failure(error: Exception) -> None:
            self._forget(relay)
            failed(error)

        relay.succeeded.connect(on_success)
        relay.failed.connect(on_failure)
        self.pool.start(_Task(work, relay))

    def _forget(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()

    def busy(self) -> bool:
        """Whether any work is still running or queued."""
        return bool(self._relays)

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until the pool is idle (for shutdown and tests only)."""
        return self.pool.waitForDone(milliseconds)
