"""Kling elements from the window: make a character's element in the bible, and compile
validation, the payload view and the submit estimate with the account's ready elements.

An element (主体, kling-api.md §13) belongs to the Kling account and region that made it,
so its id lives in the user's element store, never in the project. Making one is a network
conversation of a minute or more (create, then poll until ``succeed`` or ``failed``); it
runs as an asyncio task on the qasync loop with the providers' own Kling client, so the
window stays live, and Cancel stops following it. A creation that was stopped is followed,
not paid again, the next time (the store keeps its task id, see
:func:`~storyboard_app.providers.kling.element_store.ensure_element`).

Reading the pictures and hashing them to know whether an element is out of date is not
done at every edit: :class:`Digests` keeps each file's SHA-256 by its size and time.

Wiring into the main window: :func:`install` (one line for the lead, see its docstring).
"""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storyboard_app.compiler.cost import CostEstimate, estimate_cost
from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.compiler.kling import AccountElements, KlingRequest, compile_kling
from storyboard_app.compiler.props import Prop
from storyboard_app.domain.models import Character, Project
from storyboard_app.paths import element_store
from storyboard_app.providers.kling.auth import BaseUrlRefused
from storyboard_app.providers.kling.element_store import (
    CREATING,
    FAILED,
    NOT_POSSIBLE,
    NOT_SENT,
    OUTDATED,
    READY,
    ElementStore,
    StoredElement,
    account_key,
    custom_voice_ready,
    element_cost,
    element_state,
    element_status,
    prop_state,
    ready_elements,
    voice_key,
)
from storyboard_app.providers.kling.elements import (
    CHARACTER_TAG,
    PICTURES_MAX,
    PICTURES_MIN,
    ElementTask,
    KlingElements,
    Sleep,
)
from storyboard_app.providers.kling.errors import KlingError, UncertainCreate
from storyboard_app.providers.kling.voices import CUSTOM_VOICE_UNITS
from storyboard_app.ui.kling_service import KlingService, check_address

if TYPE_CHECKING:  # httpx loads with the client, at the first request, not with the window
    from storyboard_app.providers.kling.auth import Credentials
    from storyboard_app.providers.kling.client import KlingClient
    from storyboard_app.ui.main_window import MainWindow  # it imports this module


class Digests:
    """Each file's SHA-256, kept while its size and modification time stay the same."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[int, int, bytes]] = {}

    def of(self, path: Path) -> bytes:
        """The digest of ``path`` (read only when the file changed since last asked)."""
        stat = os.stat(path)
        key = str(path)
        known = self._known.get(key)
        if known is not None and known[:2] == (stat.st_size, stat.st_mtime_ns):
            return known[2]
        digest = hashlib.sha256(path.read_bytes()).digest()
        self._known[key] = (stat.st_size, stat.st_mtime_ns, digest)
        return digest


@dataclass(frozen=True)
class Account:
    """The element store's names of the account and region in use."""

    account: str
    region: str


@dataclass(frozen=True)
class ElementView:
    """What the bible shows of one character's element."""

    state: str
    """One of the element store's states (``not sent`` … ``ready``), or ``no account``."""
    text: str
    cost: str
    button: str
    """The button's words ("" hides it)."""
    can_make: bool


NO_ACCOUNT = "no account"


def account_in_use(service: KlingService) -> Account | None:
    """The account and region in use, or None without keys or a usable address."""
    credentials = service.credentials_now()
    if credentials is None:
        return None
    try:
        region = check_address(service.account().base_url)
    except BaseUrlRefused:
        return None
    return Account(account_key(credentials.access_key), region)


def ready_on_account(
    service: KlingService,
    project: Project,
    folder: Path | None,
    digests: Digests | None = None,
    store: ElementStore | None = None,
) -> AccountElements | None:
    """The project's ready elements and voices on the account in use (None without an
    account or a saved project): what validation, the payload view and the submit
    dialog compile with, as the render itself does."""
    where = account_in_use(service)
    if where is None or folder is None:
        return None
    digests = digests or Digests()
    try:
        return ready_elements(
            store or ElementStore(element_store()), where.account, where.region, project,
            lambda path: (folder / path).read_bytes(),
            lambda path: digests.of(folder / path),
        )  # fmt: skip
    except OSError:
        return None  # a picture went missing: validation names the file


class KlingView(NamedTuple):
    """The request a payload becomes with the account's elements, and what it costs."""

    request: KlingRequest
    cost: CostEstimate | None


def kling_view(payload: GuidancesPayload, elements: AccountElements | None) -> KlingView:
    """The element-aware request and estimate (for the payload view and the submit dialog):
    the same compile the job runs, so what is shown is what is sent and billed."""
    return KlingView(compile_kling(payload, elements=elements), estimate_cost(payload, elements))


class ElementMaker(QObject):
    """Makes characters' Kling elements on the qasync loop and says how they stand.

    Signals:
        progress(str, str): a character's name and what the creation is doing now.
        finished(str): a character's creation ended (ready, failed or cancelled).
    """

    progress = Signal(str, str)
    finished = Signal(str)

    def __init__(
        self,
        service: KlingService,
        store: Callable[[], Path] = element_store,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._store_path = store
        self.digests = Digests()
        self.poll_seconds = 3.0
        """How often a creation task is asked about (§13.3: creation is asynchronous)."""
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._progress: dict[str, str] = {}

    # -- where ---------------------------------------------------------------------------

    def store(self) -> ElementStore:
        """The element store of this user."""
        return ElementStore(self._store_path())

    def account(self) -> Account | None:
        """The account and region in use, or None without keys or a usable address."""
        return account_in_use(self.service)

    def ready(self, project: Project, folder: Path | None) -> AccountElements | None:
        """:func:`ready_on_account` with this window's cached digests; None until the
        window has painted (the keychain is not read before the first paint)."""
        if not self.service.is_prepared:
            return None
        return ready_on_account(self.service, project, folder, self.digests, self.store())

    # -- state ---------------------------------------------------------------------------

    def busy(self, name: str) -> bool:
        """Whether this window is making the character's element now."""
        task = self._tasks.get(name.casefold())
        return task is not None and not task.done()

    def _cannot_look_up(self, where: Account | None, make: str) -> ElementView:
        """What a character's or a prop's element shows when it cannot be looked up: no
        usable account (no keys, or an address that is not usable), else an unsaved
        project."""
        if where is None:
            words = self.service.has_keys()[1] if self.service.credentials_now() is None else ""
            return ElementView(
                NO_ACCOUNT, words or self.tr("The Kling address is not usable."), "", make, True
            )
        return ElementView(NOT_SENT, self.tr("Save the project first."), "", make, False)

    def view(self, character: Character, folder: Path | None) -> ElementView:
        """The character's element as the bible shows it."""
        make, again = self.tr("Make Kling Element"), self.tr("Make Again")
        if self.busy(character.name):
            step = self._progress.get(character.name.casefold(), "")
            return ElementView(CREATING, step or self.tr("creating…"), "", "", False)
        where = self.account()
        if where is None or folder is None:
            return self._cannot_look_up(where, make)

        def read(path: str) -> bytes:
            return (folder / path).read_bytes()

        def digest(path: str) -> bytes:
            return self.digests.of(folder / path)

        store = self.store()
        try:
            state, stored = element_state(
                store, where.account, where.region, character, read, digest
            )
            text = element_status(store, where.account, where.region, character, read, digest)
        except OSError as error:
            return ElementView(
                NOT_POSSIBLE,
                self.tr("A picture cannot be read: {error}").format(error=error),
                "",
                "",
                False,
            )
        if state == NOT_POSSIBLE and character.voice_sample:
            # kling-v2-6 speaks with the custom voice alone (voice_list): offer to make it
            try:
                voiced = custom_voice_ready(store, where.account, where.region, character, digest)
            except OSError:
                voiced = False
            tried = store.get(where.account, where.region, voice_key(character.name))
            if voiced:
                voice = self.tr("ready")
            elif tried is not None and tried.state == FAILED:
                voice = self.tr("failed: {reason}").format(reason=tried.message)
            else:
                voice = self.tr("not made yet")
            return ElementView(
                state,
                self.tr("{element}. Custom voice: {voice}").format(element=text, voice=voice),
                "" if voiced else self._price_note(character, voice_only=True),
                "" if voiced else self.tr("Make Kling Voice"),
                not voiced,
            )
        if state == NOT_SENT:
            text = self.tr("not sent yet")
        elif state == CREATING:
            text = self.tr(
                "being made at Kling, not followed now: press the button to follow it "
                "(it is not made twice)"
            )
        # a ready element's words carry what it cost; one to be made says what it may cost
        if state == READY:
            cost = ""
        elif state == FAILED:
            cost = element_cost(stored) or self._price_note(character)
        else:
            cost = self._price_note(character)
        # nothing to make for a ready element, and nothing possible without 2–4 pictures
        button = {NOT_SENT: make, CREATING: make, FAILED: again, OUTDATED: again}.get(state, "")
        return ElementView(state, text, cost, button, bool(button))

    def _price_note(self, character: Character, voice_only: bool = False) -> str:
        if voice_only:
            return self.tr("{units} units (≈ $0.007) for the custom voice").format(
                units=f"{CUSTOM_VOICE_UNITS:g}"
            )
        note = self.tr("Kling does not publish the price of an element; it is shown once made")
        if character.voice_sample:
            return self.tr("{note}; the custom voice is {units} units (≈ $0.007)").format(
                note=note, units=f"{CUSTOM_VOICE_UNITS:g}"
            )
        return note

    # -- making --------------------------------------------------------------------------

    def make(self, character: Character, folder: Path | None) -> str:
        """Start making (or following) the character's element; '' when started, else why
        not, in words (no keys: where to enter them)."""
        return self._start(
            character.name,
            folder,
            lambda credentials, base, at: self._make(character, at, credentials, base),
        )

    def make_prop(self, prop: Prop, folder: Path | None) -> str:
        """Start making (or following) a storyboard's product or place as an element (its
        progress and end are signalled under :attr:`Prop.key`); '' when started, else why
        not, in words."""
        if not PICTURES_MIN <= len(prop.pictures) <= PICTURES_MAX:
            return self._pictures_words(prop)
        return self._start(
            prop.key,
            folder,
            lambda credentials, base, at: self._make_prop(prop, at, credentials, base),
        )

    def _start(
        self,
        name: str,
        folder: Path | None,
        run: Callable[[Credentials, str, Path], Coroutine[Any, Any, None]],
    ) -> str:
        if self.busy(name):
            return self.tr("It is being made already.")
        credentials = self.service.credentials_now()
        if credentials is None:
            return self.service.has_keys()[1]
        if folder is None:
            return self.tr("Save the project first: the pictures are read from it.")
        try:
            base = check_address(self.service.account().base_url)
        except BaseUrlRefused as error:
            return str(error)
        key = name.casefold()
        self._progress[key] = self.tr("sending the pictures to Kling…")
        task = asyncio.ensure_future(run(credentials, base, folder))
        self._tasks[key] = task
        task.add_done_callback(lambda _task: self._ended(name))
        self.progress.emit(name, self._progress[key])
        return ""

    def view_prop(self, prop: Prop, folder: Path | None) -> ElementView:
        """A storyboard's product or place and its element, as the Props and places list
        shows it."""
        make, again = self.tr("Make Kling Element"), self.tr("Make Again")
        if self.busy(prop.key):
            step = self._progress.get(prop.key, "")
            return ElementView(CREATING, step or self.tr("creating…"), "", "", False)
        if not PICTURES_MIN <= len(prop.pictures) <= PICTURES_MAX:
            return ElementView(NOT_POSSIBLE, self._pictures_words(prop), "", "", False)
        where = self.account()
        if where is None or folder is None:
            return self._cannot_look_up(where, make)
        try:
            state, stored = prop_state(
                self.store(), where.account, where.region, prop,
                lambda path: self.digests.of(folder / path),
            )  # fmt: skip
        except OSError as error:
            return ElementView(
                NOT_POSSIBLE,
                self.tr("A picture cannot be read: {error}").format(error=error),
                "",
                "",
                False,
            )
        price = self.tr("Kling does not publish the price of an element; it is shown once made")
        if state == READY and stored is not None:
            text = self.tr("ready: element {id}").format(id=stored.element_id)
            return ElementView(state, text, element_cost(stored), "", False)
        text = {
            NOT_SENT: self.tr("not sent yet"),
            CREATING: self.tr(
                "being made at Kling, not followed now: press the button to follow it "
                "(it is not made twice)"
            ),
            FAILED: self.tr("failed: {reason}").format(
                reason=(stored.message if stored else "") or self.tr("no reason given")
            ),
            OUTDATED: self.tr("out of date: its pictures changed since it was made"),
        }[state]
        cost = (element_cost(stored) or price) if state == FAILED else price
        button = {NOT_SENT: make, CREATING: make, FAILED: again, OUTDATED: again}[state]
        return ElementView(state, text, cost, button, True)

    def _pictures_words(self, prop: Prop) -> str:
        count = len(prop.pictures)
        if count < PICTURES_MIN:
            return self.tr(
                "only 1 picture of it in this storyboard's shots; an element is made from "
                "2–4 (the first from the front): give it more pictures with the same name"
            )
        return self.tr(
            "{count} pictures of it in this storyboard's shots; an element takes at most 4: "
            "remove some, or give some another name"
        ).format(count=count)

    def cancel(self, name: str) -> None:
        """Stop following the creation (Kling may still finish it; the next Make follows it,
        it does not pay twice)."""
        task = self._tasks.get(name.casefold())
        if task is not None and not task.done():
            task.cancel()

    def _ended(self, name: str) -> None:
        self._tasks.pop(name.casefold(), None)
        self._progress.pop(name.casefold(), None)
        self.finished.emit(name)

    def _say(self, name: str, text: str) -> None:
        self._progress[name.casefold()] = text
        self.progress.emit(name, text)

    async def _make_prop(
        self, prop: Prop, folder: Path, credentials: Credentials, base: str
    ) -> None:
        import httpx

        from storyboard_app.providers.kling.auth import TokenSource
        from storyboard_app.providers.kling.client import KlingClient, load_tls_context
        from storyboard_app.providers.kling.element_store import ensure_prop

        try:
            contents = await _read_off_thread(folder, prop.pictures)
            tls = await asyncio.wrap_future(load_tls_context())
        except OSError as error:
            self._fail(prop.key, str(error))
            return
        http = httpx.AsyncClient(verify=tls, timeout=httpx.Timeout(60.0, connect=15.0))
        client = KlingClient(http, base, TokenSource(credentials))

        async def sleep(_seconds: float) -> None:
            await asyncio.sleep(self.poll_seconds)

        try:
            where = Account(account_key(credentials.access_key), base)
            elements = _Reporting(client, sleep, lambda text: self._say(prop.key, text), self)
            await ensure_prop(
                elements, self.store(), where.account, where.region, prop, contents.__getitem__
            )
        except (KlingError, UncertainCreate, TimeoutError, httpx.HTTPError, OSError) as error:
            self._fail(prop.key, str(error) or type(error).__name__)
        finally:
            await client.aclose()

    async def _make(
        self, character: Character, folder: Path, credentials: Credentials, base: str
    ) -> None:
        import httpx

        from storyboard_app.providers.kling.auth import TokenSource
        from storyboard_app.providers.kling.client import KlingClient, load_tls_context
        from storyboard_app.providers.kling.element_store import (
            ensure_character,
            ensure_custom_voice,
        )
        from storyboard_app.providers.kling.voices import KlingVoices

        wanted = [*character.references]
        if character.voice_sample:
            wanted.append(character.voice_sample)
        try:
            contents = await _read_off_thread(folder, wanted)
            tls = await asyncio.wrap_future(load_tls_context())
        except OSError as error:
            self._fail(character.name, str(error))
            return
        http = httpx.AsyncClient(verify=tls, timeout=httpx.Timeout(60.0, connect=15.0))
        client = KlingClient(http, base, TokenSource(credentials))
        name = character.name

        async def sleep(_seconds: float) -> None:
            await asyncio.sleep(self.poll_seconds)

        try:
            where = Account(account_key(credentials.access_key), base)
            voices = KlingVoices(client, sleep)
            if not PICTURES_MIN <= len(character.references) <= PICTURES_MAX:
                self._say(name, self.tr("Kling is making the custom voice…"))
                await ensure_custom_voice(
                    voices,
                    self.store(),
                    where.account,
                    where.region,
                    character,
                    contents.__getitem__,
                )  # fmt: skip (a failure is kept with Kling's reason; the view shows it)
                return
            elements = _Reporting(client, sleep, lambda text: self._say(name, text), self)
            await ensure_character(
                elements, voices, self.store(), where.account, where.region,
                character, contents.__getitem__,
            )  # fmt: skip
        except (KlingError, UncertainCreate, TimeoutError, httpx.HTTPError, OSError) as error:
            self._fail(name, str(error) or type(error).__name__)
        finally:
            await client.aclose()

    def _fail(self, name: str, reason: str) -> None:
        """Keep the failure with its reason (the bible shows it; the next Make tries again)."""
        where = self.account()
        if where is None:
            return
        store = self.store()
        known = store.get(where.account, where.region, name)
        if known is not None and known.state == CREATING and known.task_id:
            return  # under way at Kling: kept, so the next Make follows it, never pays twice
        store.put(StoredElement(where.account, where.region, name, "", FAILED, message=reason))

    def step_words(self) -> dict[str, str]:
        """What each status of a creation task means, for people (§13.3)."""
        return {
            "submitted": self.tr("Kling has the pictures; waiting for it to start…"),
            "processing": self.tr("Kling is making the element…"),
        }

    def cancel_all(self) -> None:
        """Stop following every creation (each is followed again at the next Make)."""
        for task in list(self._tasks.values()):
            task.cancel()


class ViewWidgets(Protocol):
    """The parts of a panel that show an element's state (a character's, a prop's)."""

    @property
    def status(self) -> QLabel: ...
    @property
    def cost(self) -> QLabel: ...
    @property
    def busy(self) -> QProgressBar: ...
    @property
    def cancel_button(self) -> QPushButton: ...
    @property
    def make_button(self) -> QPushButton: ...


def show_view(panel: ViewWidgets, view: ElementView, making: bool, said: str) -> None:
    """Show an element's state, cost and buttons (``said``: what the last Make answered)."""
    panel.status.setText(said or view.text)
    cost = QCoreApplication.translate("ElementPanel", "Cost: {cost}")
    panel.cost.setText(cost.format(cost=view.cost) if view.cost else "")
    panel.cost.setVisible(bool(view.cost))
    panel.busy.setVisible(making)
    panel.cancel_button.setVisible(making)
    panel.make_button.setVisible(bool(view.button))
    panel.make_button.setText(view.button)
    panel.make_button.setEnabled(view.can_make)


class ElementPanel(QWidget):
    """A character's Kling element in the bible: its state, its cost, Make / Make Again,
    and while it is being made a busy bar and Cancel."""

    def __init__(self, maker: ElementMaker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.maker = maker
        self._character: Character | None = None
        self._folder: Path | None = None
        self._said = ""
        """What the last press of the button answered (no keys, …), until the next show."""
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cost = QLabel()
        self.cost.setObjectName("muted")
        self.cost.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no percentage: Kling only says submitted, processing, done
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.make_button = QPushButton(self.tr("Make Kling Element"))
        self.make_button.setToolTip(
            self.tr(
                "Send the character's 2–4 pictures (the first from the front) and their Kling "
                "voice to your Kling account, which makes one element of them: the same person "
                "in every shot"
            )
        )
        self.make_button.clicked.connect(self._make)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop following it; the next Make follows it again, it is not paid twice")
        )
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.cost)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        maker.progress.connect(self._changed)
        maker.finished.connect(self._changed)
        self._show(None)

    def show_character(self, character: Character | None, folder: Path | None) -> None:
        """Show a character's element (None: no character selected)."""
        if character != self._character:
            self._said = ""
        self._character, self._folder = character, folder
        self._show(self.maker.view(character, folder) if character else None)

    def _changed(self, name: str, *_progress: str) -> None:
        if self._character is not None and name.casefold() == self._character.name.casefold():
            self.show_character(self._character, self._folder)

    def _show(self, view: ElementView | None) -> None:
        if view is None:
            self.status.setText("—")
            self.cost.hide()
            self.busy.hide()
            self.make_button.hide()
            self.cancel_button.hide()
            return
        making = self.maker.busy(self._character.name) if self._character else False
        show_view(self, view, making, self._said)

    def _make(self) -> None:
        if self._character is None:
            return
        self._said = self.maker.make(self._character, self._folder)
        self.show_character(self._character, self._folder)

    def _cancel(self) -> None:
        if self._character is not None:
            self.maker.cancel(self._character.name)


def install(window: MainWindow) -> ElementMaker:
    """Put the element panel into the window's character bible, the storyboard's Props &
    places into its Storyboard tab (ui/kling_props.py), and refresh the window when an
    element is made. The main window's part (for the lead, ui/main_window.py):

    * in ``__init__``, after ``self.characters_panel`` is made::

          self.kling_elements = install_kling_elements(self)

    * in ``refresh_all``::

          elements = self.kling_elements.ready(project, self.document.folder)
          self._problems = validate_project(project, self._catalog(), elements)

    * in ``refresh_selection``, instead of ``compile_kling(payload)`` and
      ``estimate_cost(payload)``::

          view = kling_view(payload, self.kling_elements.ready(editor.project,
                                                             self.document.folder))
          # view.request.display() in the Kling request tab, view.cost in the cost label
    """
    from storyboard_app.ui.kling_props import PropsPanel

    maker = ElementMaker(window.services.kling, parent=window)
    window.characters_panel.use_element_panel(ElementPanel(maker))
    window.characters_panel.kling_voice.use_service(window.services.kling)
    window.board_settings.use_props_panel(PropsPanel(maker, window.editor))
    maker.finished.connect(lambda _name: window.refresh_all())
    window.services.kling.prepared.connect(window.refresh_all, Qt.ConnectionType.QueuedConnection)
    window.destroyed.connect(maker.cancel_all)
    return maker


async def _read_off_thread(folder: Path, paths: Sequence[str]) -> dict[str, bytes]:
    """The files' bytes, read off the GUI thread (pictures are up to 10 MB each)."""
    reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="element-pictures")
    job = reader.submit(lambda: {path: (folder / path).read_bytes() for path in paths})
    reader.shutdown(wait=False)  # the thread ends once the files are read
    return await asyncio.wrap_future(job)


class _Reporting(KlingElements):
    """The elements API, saying each step of a creation to the window."""

    def __init__(
        self, client: KlingClient, sleep: Sleep, say: Callable[[str], None], maker: ElementMaker
    ) -> None:
        super().__init__(client, sleep)
        self._say = say
        self._steps = maker.step_words()

    def _tell(self, task: ElementTask) -> ElementTask:
        if task.status in self._steps:
            self._say(self._steps[task.status])
        return task

    async def create(
        self,
        name: str,
        description: str,
        pictures: Sequence[bytes],
        voice_id: str | None = None,
        external_task_id: str | None = None,
        tag: str = CHARACTER_TAG,
    ) -> ElementTask:
        return self._tell(
            await super().create(name, description, pictures, voice_id, external_task_id, tag)
        )

    async def query(self, task_id: str) -> ElementTask:
        return self._tell(await super().query(task_id))
