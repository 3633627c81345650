"""Kling voices by name: the account's own voices and Kling's presets; hearing one first.

The lists come from ``GET /v1/general/custom-voices`` (``KlingVoices.custom``: the account's
own voices, made from a recording with Make Kling Voice, as their creation tasks) and
``GET /v1/general/presets-voices`` (``KlingVoices.presets``); a voice's sample from its
``trial_url``. All are fetched as asyncio tasks on the qasync loop, so the window never
waits. Only a custom voice whose creation succeeded can be chosen; one still being made or
failed is listed, greyed, with why. The sample is kept in a temporary folder that goes with
the dialog. Sound plays through QtMultimedia, which is loaded only when something is first
played (it is large; the editor paints without it).
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QGenericArgumentHolder,
    QMetaObject,
    QObject,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.providers.kling.auth import BaseUrlRefused, TokenSource
from storyboard_app.providers.kling.errors import KlingError
from storyboard_app.providers.kling.voices import CustomVoice, Voice
from storyboard_app.ui.kling_service import KlingService, check_address

if TYPE_CHECKING:  # QtMultimedia loads with the first sound played, httpx with the first call
    import httpx
    from PySide6.QtMultimedia import QMediaPlayer

SAMPLE_MAX_BYTES = 20 * 1024 * 1024
"""A preset's sample is a few seconds of sound; anything far larger is not one."""


class SamplePlayer(QObject):
    """Plays one sound file at a time; QtMultimedia is loaded at the first :meth:`play`.

    Signals:
        problem(str): the sound cannot be played, in plain words.
    """

    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player: QMediaPlayer | None = None
        """The media player, once something was played."""

    def play(self, path: Path) -> None:
        """Play a sound file from its start.

        The player is driven from the event loop, never from Python (see ui/player.py
        ``_queued``: stopping or changing the source from Python can deadlock).
        """
        player = self._player()
        _later(player, "stop")
        _later(player, "setSource", Q_ARG(QUrl, QUrl.fromLocalFile(str(path))))
        _later(player, "play")

    def stop(self) -> None:
        """Stop playing and let go of the file (nothing to do when nothing was played)."""
        if self.player is not None:
            _later(self.player, "stop")
            _later(self.player, "setSource", Q_ARG(QUrl, QUrl()))

    def _player(self) -> QMediaPlayer:
        if self.player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self.player = QMediaPlayer(self)
            self.player.setAudioOutput(QAudioOutput(self.player))
            self.player.errorOccurred.connect(self._failed)
        return self.player

    def _failed(self, _error: object, text: str) -> None:
        self.problem.emit(self.tr("The sound cannot be played: {reason}").format(reason=text))


def _later(player: QMediaPlayer, slot: str, *arguments: QGenericArgumentHolder) -> None:
    QMetaObject.invokeMethod(player, slot, Qt.ConnectionType.QueuedConnection, *arguments)


class PresetVoiceDialog(QDialog):
    """The account's own voices ("Your voices") and Kling's preset voices, by name; Play
    plays the selected one's sample, OK chooses it.

    ``chosen`` holds the voice picked once the dialog is accepted.
    """

    def __init__(self, service: KlingService, current: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kling voices"))
        self.service = service
        self.chosen: Voice | None = None
        self._current = current
        self._account: tuple[str, str] | None = None
        """The account's key and region in the element store, once keys are known."""
        self._closed = False
        self._tasks: set[asyncio.Task[None]] = set()
        self._samples = tempfile.TemporaryDirectory(prefix="storyboard-voice-")
        self.samples: dict[str, Path] = {}
        """Downloaded samples by voice id (in a temporary folder removed with the dialog)."""
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_items: self._selection_changed())
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.play = QPushButton(self.tr("Play sample"))
        self.play.clicked.connect(self.play_selected)
        self.sound = SamplePlayer(self)
        self.sound.problem.connect(self.status.setText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.play)
        layout.addWidget(self.buttons)
        self.resize(460, 480)
        self.finished.connect(lambda _result: self._close())
        self._selection_changed()
        self._load()

    def _selection_changed(self) -> None:
        voice = self.selected()
        self.play.setEnabled(voice is not None and bool(voice.trial_url))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(voice is not None)

    def selected(self) -> Voice | None:
        """The voice selected in the list (a usable one: headings and voices not ready
        carry none)."""
        item = self.list.currentItem()
        voice = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return voice if isinstance(voice, Voice) else None

    def accept(self) -> None:
        self.chosen = self.selected()
        if self.chosen is not None:
            super().accept()

    def _where(self) -> tuple[str, TokenSource] | None:
        credentials = self.service.credentials_now()
        if credentials is None:
            self.status.setText(self.service.has_keys()[1])
            return None
        try:
            base = check_address(self.service.account().base_url)
        except BaseUrlRefused as error:
            self.status.setText(str(error))
            return None
        from storyboard_app.providers.kling.element_store import account_key

        self._account = (account_key(credentials.access_key), base)
        return base, TokenSource(credentials)

    def _load(self) -> None:
        where = self._where()
        if where is not None:
            self.status.setText(self.tr("Asking Kling for your voices and its preset voices…"))
            self._run(self._fetch(*where))

    def _run(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _fetch(self, base: str, tokens: TokenSource) -> None:
        import httpx

        from storyboard_app.providers.kling.client import KlingClient
        from storyboard_app.providers.kling.voices import KlingVoices

        troubles = (KlingError, TimeoutError, httpx.HTTPError, OSError)
        async with await _http() as http:
            voices = KlingVoices(KlingClient(http, base, tokens))
            own, presets = await asyncio.gather(
                voices.custom(), voices.presets(), return_exceptions=True
            )
        for answer in (own, presets):
            if isinstance(answer, BaseException) and not isinstance(answer, troubles):
                raise answer  # a bug, not the service's answer: not hidden
        if self._closed:
            return
        said = []
        if isinstance(own, BaseException):
            said.append(self.tr("Your voices cannot be listed: {reason}").format(reason=_why(own)))
        if isinstance(presets, BaseException):
            said.append(
                self.tr("Kling's preset voices cannot be listed: {reason}").format(
                    reason=_why(presets)
                )
            )
        listed_own = None if isinstance(own, BaseException) else own
        listed_presets = None if isinstance(presets, BaseException) else presets
        if listed_own is not None or listed_presets is not None:
            self._show(listed_own, listed_presets)
        if said:
            self.status.setText(" ".join(said))

    def _show(self, own: list[CustomVoice] | None, presets: list[Voice] | None) -> None:
        if own is not None:
            self._heading(self.tr("Your voices"))
            for custom in own:
                self._add_custom(custom)
            if not own:
                self._note(
                    self.tr(
                        "None yet: drop a recording in a character's Kling voice, then "
                        "press Make Kling Voice."
                    )
                )
        if presets is not None:
            self._heading(self.tr("Kling's preset voices"))
            for voice in presets:
                self._add_voice(voice, voice.name or voice.voice_id,
                                self.tr("Kling preset voice, id {id}"))  # fmt: skip
            if not presets:
                self._note(self.tr("Kling lists no preset voices for this account."))
        self.status.setText(self.tr("Choose a voice; Play sample lets you hear it first."))
        self.list.setFocus()

    def _add_custom(self, custom: CustomVoice) -> None:
        if custom.usable and custom.voice is not None:
            name = custom.voice.name or custom.voice.voice_id
            self._add_voice(custom.voice, name, self.tr("Your voice, id {id}"))
            return
        name = (custom.voice.name if custom.voice else "") or self._known_name(custom)
        if custom.status == "failed":
            why = self.tr("failed: {reason}").format(
                reason=custom.message or self.tr("Kling gave no reason")
            )
        elif custom.status in ("submitted", "processing"):
            why = self.tr("still being made at Kling; it can be chosen once ready")
        else:
            why = self.tr("not usable ({status})").format(status=custom.status or "?")
        self._note(self.tr("{name}: {why}").format(name=name, why=why))

    def _known_name(self, custom: CustomVoice) -> str:
        """A voice not made yet has no name at Kling (§14.3 gives it with the voice): the
        character it is being made for, when this computer asked for it; else its task."""
        from storyboard_app.paths import element_store
        from storyboard_app.providers.kling.element_store import ElementStore, voice_key

        if self._account is not None:
            ids = {custom.task_id, custom.external_task_id} - {""}
            stored = ElementStore(element_store()).by_task(*self._account, ids)
            if stored is not None and stored.character.startswith(voice_key("")):
                return stored.character.removeprefix(voice_key(""))
        return self.tr("A voice (task {task})").format(task=custom.task_id)

    def _add_voice(self, voice: Voice, name: str, tip: str) -> None:
        item = QListWidgetItem(name)
        item.setToolTip(tip.format(id=voice.voice_id))
        item.setData(Qt.ItemDataRole.UserRole, voice)
        self.list.addItem(item)
        if voice.voice_id == self._current:
            self.list.setCurrentItem(item)

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # cannot be chosen; drawn as text, not greyed
        item.setForeground(self.list.palette().brush(QPalette.ColorRole.Text))
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def _note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed, cannot be chosen
        font = item.font()
        font.setItalic(True)
        item.setFont(font)
        item.setToolTip(text)
        self.list.addItem(item)

    def play_selected(self) -> None:
        """Play the selected voice's sample (downloaded the first time)."""
        voice = self.selected()
        if voice is None or not voice.trial_url:
            return
        known = self.samples.get(voice.voice_id)
        if known is not None:
            self.sound.play(known)
            return
        self.status.setText(self.tr("Fetching the sample of {name}…").format(name=voice.name))
        self._run(self._download(voice))

    async def _download(self, voice: Voice) -> None:
        import httpx

        folder = Path(self._samples.name)
        suffix = Path(urlsplit(voice.trial_url).path).suffix or ".mp3"
        target = folder / f"{voice.voice_id}{suffix}"
        try:
            async with await _http() as http:
                sound = await fetch_sample(http, voice.trial_url)
            await _write_off_thread(target, sound)
        except (TimeoutError, httpx.HTTPError, OSError, ValueError) as error:
            self.status.setText(
                self.tr("The sample of {name} cannot be fetched: {reason}").format(
                    name=voice.name, reason=str(error) or type(error).__name__
                )
            )
            return
        if self._closed:
            return  # closed while the sample was on its way
        self.samples[voice.voice_id] = target
        self.status.setText(self.tr("Playing the sample of {name}.").format(name=voice.name))
        self.sound.play(target)

    def _close(self) -> None:
        self._closed = True
        self.sound.stop()
        for task in self._tasks:
            task.cancel()
        self._samples.cleanup()


def _why(error: BaseException) -> str:
    return str(error) or type(error).__name__


async def _write_off_thread(path: Path, content: bytes) -> None:
    """Write a file off the GUI thread (a thread of our own: the qasync loop's default
    executor runs QThreads that outlive the app)."""
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="voice-sample")
    job = writer.submit(path.write_bytes, content)
    writer.shutdown(wait=False)  # the thread ends once the file is written
    await asyncio.wrap_future(job)


async def _http() -> httpx.AsyncClient:
    import httpx

    from storyboard_app.providers.kling.client import load_tls_context

    tls = await asyncio.wrap_future(load_tls_context())
    return httpx.AsyncClient(verify=tls, timeout=httpx.Timeout(30.0, connect=15.0))


async def fetch_sample(http: httpx.AsyncClient, url: str) -> bytes:
    """A sample's bytes: a public link, so no key is sent with it; refuses what is not
    a web address or is far too large to be a short sample (ValueError)."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise ValueError(
            QCoreApplication.translate("PresetVoiceDialog", "“{url}” is not a web address").format(
                url=url
            )
        )
    async with http.stream("GET", url, follow_redirects=True) as answer:
        answer.raise_for_status()
        sound = bytearray()
        async for chunk in answer.aiter_bytes():
            sound += chunk
            if len(sound) > SAMPLE_MAX_BYTES:
                raise ValueError(
                    QCoreApplication.translate(
                        "PresetVoiceDialog", "it is far larger than a short sample"
                    )
                )
    if not sound:
        raise ValueError(QCoreApplication.translate("PresetVoiceDialog", "the link gave nothing"))
    return bytes(sound)


def choose_preset(
    service: KlingService, current: str, parent: QWidget, chosen: Callable[[Voice], None]
) -> PresetVoiceDialog:
    """Open the preset list (window-modal, the window keeps running); ``chosen`` is called
    with the voice picked when OK closes it."""
    dialog = PresetVoiceDialog(service, current, parent)
    dialog.accepted.connect(lambda: chosen(dialog.chosen) if dialog.chosen else None)
    dialog.open()
    return dialog
