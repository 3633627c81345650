"""Where a character's Kling element ids are kept: a small JSON store per user, not the project.

Why not the project file: an element belongs to the Kling account that made it (§13.7: it is
listed per account, and another account's id is not documented to work), and to the region's
host (Singapore or Beijing, separate services). A project is shared with colleagues who
render with their own accounts, so ids in it would be wrong for them and would tie the file
to one account. The store is keyed by (account, region, character) and remembers the
fingerprint of what the element was made from (the pictures' bytes, the bound voice, the
name): when the pictures change, the fingerprint no longer matches and the element is made
again. The account is recorded as a hash of its access key, never the key itself.

The store lives beside the job database (the app passes the path); each write replaces the
file atomically, so a crash leaves the old or the new store, never half of one.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.compiler.kling import AccountElements, KlingElement
from storyboard_app.compiler.props import Prop, storyboard_props
from storyboard_app.domain.capabilities import KLING_USD_PER_UNIT
from storyboard_app.domain.models import Character, Project
from storyboard_app.domain.vocabulary import ImageRole
from storyboard_app.i18n import _
from storyboard_app.providers.kling.elements import (
    CHARACTER_TAG,
    ITEM_TAG,
    PICTURES_MAX,
    PICTURES_MIN,
    SCENE_TAG,
    ElementTask,
    KlingElements,
)
from storyboard_app.providers.kling.errors import KlingError
from storyboard_app.providers.kling.voices import KlingVoices, VoiceTask
from storyboard_app.storage.bundle import ProjectLoadError, load_project

NOT_SENT = "not sent"
CREATING = "creating"
READY = "ready"
FAILED = "failed"
OUTDATED = "out of date"
NOT_POSSIBLE = "not possible"


def account_key(access_key: str) -> str:
    """A stable name for an account that does not reveal its access key."""
    return hashlib.sha256(("storyboard-app/kling/" + access_key).encode()).hexdigest()[:16]


def fingerprint(name: str, pictures: Sequence[bytes], voice_id: str | None) -> str:
    """What an element was made from: its name, its pictures' bytes in order, its voice."""
    return fingerprint_of(name, [hashlib.sha256(p).digest() for p in pictures], voice_id)


def fingerprint_of(name: str, digests: Sequence[bytes], voice_id: str | None) -> str:
    """:func:`fingerprint` from the pictures' SHA-256 digests (a window keeps those cached
    instead of reading every picture at every edit)."""
    digest = hashlib.sha256(name.strip().casefold().encode())
    for picture in digests:
        digest.update(picture)
    digest.update(b"voice:" + (voice_id or "").encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class StoredElement:
    """One character's element on one account and region."""

    account: str
    region: str
    character: str
    fingerprint: str
    state: str
    """``not sent``, ``creating``, ``ready`` or ``failed``."""
    task_id: str = ""
    element_id: str = ""
    """The id as a string: it can be larger than a float holds exactly (§13.3)."""
    voice_id: str = ""
    message: str = ""
    units: float | None = None
    """Units the creation cost, as the service reported it (the price is not documented)."""


class ElementStore:
    """The JSON file of element ids, safe to share between threads of one process."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()

    def _read(self) -> list[StoredElement]:
        try:
            items = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        return [StoredElement(**item) for item in items]

    def _write(self, items: list[StoredElement]) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self._path.parent, suffix=".part")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump([asdict(item) for item in items], stream, indent=1, ensure_ascii=False)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, self._path)

    def get(self, account: str, region: str, character: str) -> StoredElement | None:
        """The stored element of a character on that account and region, if any."""
        wanted = (account, region, character.casefold())
        with self._lock:
            return next(
                (
                    e
                    for e in self._read()
                    if (e.account, e.region, e.character.casefold()) == wanted
                ),
                None,
            )

    def by_task(self, account: str, region: str, task_ids: set[str]) -> StoredElement | None:
        """What is kept of the creation task with one of these ids (its task id or its
        external id) on that account and region, if any."""
        with self._lock:
            return next(
                (
                    e
                    for e in self._read()
                    if (e.account, e.region) == (account, region) and e.task_id in task_ids
                ),
                None,
            )

    def put(self, element: StoredElement) -> None:
        """Keep ``element``, replacing the character's previous one on that account/region."""
        key = (element.account, element.region, element.character.casefold())
        with self._lock:
            items = [
                e for e in self._read() if (e.account, e.region, e.character.casefold()) != key
            ]
            self._write([*items, element])


def _stored(base: StoredElement, task: ElementTask) -> StoredElement:
    state = {"succeed": READY, "failed": FAILED}.get(task.status, CREATING)
    return replace(
        base,
        state=state,
        task_id=task.task_id,
        element_id=str(task.element_id) if task.element_id is not None else "",
        voice_id=task.voice_id or base.voice_id,
        message=task.message,
        units=task.units,
    )


async def ensure_element(
    api: KlingElements,
    store: ElementStore,
    account: str,
    region: str,
    character: str,
    description: str,
    pictures: Sequence[bytes],
    voice_id: str | None = None,
    *,
    name: str | None = None,
    tag: str = CHARACTER_TAG,
) -> StoredElement:
    """The character's ready element: kept if its pictures and voice are unchanged, followed
    if it is still being made, else made (again). Every step is written to the store first,
    so a creation that was under way when the app stopped is followed, not paid twice.

    ``character`` is the store's name of it; ``name`` (default: the same) the element's name
    at Kling, ``tag`` its kind (§13.2; a product or place: :func:`ensure_prop`).
    """
    made_from = fingerprint(character, pictures, voice_id)
    base = StoredElement(account, region, character, made_from, NOT_SENT, voice_id=voice_id or "")
    if not PICTURES_MIN <= len(pictures) <= PICTURES_MAX:
        failed = replace(
            base,
            state=FAILED,
            message=f"needs {PICTURES_MIN}–{PICTURES_MAX} pictures, has {len(pictures)}",
        )
        store.put(failed)
        return failed
    known = store.get(account, region, character)
    if known is not None and known.fingerprint == made_from:
        if known.state == READY:
            return known
        if known.state == CREATING and known.task_id:
            try:
                task = await api.wait(known.task_id)
            except KlingError as error:
                if not _never_made(error):
                    raise
            else:
                done = _stored(known, task)
                store.put(done)
                return done
    # The external id is stored before the create is sent: if its answer is lost, the next
    # run looks the task up by it (a query takes either id, §13.1) instead of paying again.
    external = f"el-{made_from[:20]}-{uuid.uuid4().hex[:8]}"
    store.put(replace(base, state=CREATING, task_id=external))
    try:
        task = await api.create(name or character, description, pictures, voice_id, external, tag)
    except KlingError as error:  # refused: nothing was made (a lost answer is UncertainCreate)
        store.put(replace(base, state=FAILED, message=str(error)))
        raise
    creating = _stored(base, task)
    store.put(creating)
    done = _stored(creating, await api.wait(task.task_id))
    store.put(done)
    return done


def _never_made(error: KlingError) -> bool:
    """Whether the service says the task asked about does not exist (1201/1203, or 404)."""
    return error.code in (1201, 1203) or error.http_status == 404


def voice_key(character: str) -> str:
    """The store's name of a character's custom voice (kept beside their element)."""
    return f"voice:{character}"


async def ensure_voice(
    api: KlingVoices,
    store: ElementStore,
    account: str,
    region: str,
    character: str,
    sample: bytes,
) -> StoredElement:
    """The character's custom voice made from ``sample`` (§14.2), kept like an element: made
    once per account, region and recording, made again when the recording changes."""
    key = voice_key(character)
    made_from = fingerprint(key, [sample], None)
    known = store.get(account, region, key)
    if known is not None and known.fingerprint == made_from:
        if known.state == READY:
            return known
        if known.state == CREATING and known.task_id:
            try:
                done = _stored_voice(known, await api.wait(known.task_id))
            except KlingError as error:
                if not _never_made(error):
                    raise
            else:
                store.put(done)
                return done
    base = StoredElement(account, region, key, made_from, NOT_SENT)
    # As for elements: the external id is stored before the create is sent, so a lost
    # answer is looked up by it at the next run instead of paying for the voice again.
    external = f"vo-{made_from[:20]}-{uuid.uuid4().hex[:8]}"
    store.put(replace(base, state=CREATING, task_id=external))
    try:
        task = await api.create(character, sample, external)
    except KlingError as error:  # refused: nothing was made (a lost answer is UncertainCreate)
        store.put(replace(base, state=FAILED, message=str(error)))
        raise
    creating = _stored_voice(base, task)
    store.put(creating)
    done = _stored_voice(creating, await api.wait(task.task_id))
    store.put(done)
    return done


def _stored_voice(base: StoredElement, task: VoiceTask) -> StoredElement:
    state = {"succeed": READY, "failed": FAILED}.get(task.status, CREATING)
    voice_id = task.voice.voice_id if task.voice else base.voice_id
    return replace(
        base, state=state, task_id=task.task_id, voice_id=voice_id, message=task.message,
        units=task.units,
    )  # fmt: skip


def _custom_voice_id(
    store: ElementStore, account: str, region: str, character: Character, digest: Digest
) -> str | None:
    if not character.voice_sample:
        return None
    key = voice_key(character.name)
    known = store.get(account, region, key)
    current = fingerprint_of(key, [digest(character.voice_sample)], None)
    if known is None or known.state != READY or known.fingerprint != current:
        return None
    return known.voice_id


Read = Callable[[str], bytes]
Digest = Callable[[str], bytes]
"""A file's SHA-256 digest by its path in the project."""


def digest_by_reading(read: Read) -> Digest:
    """Digests computed by reading each file whole."""
    return lambda path: hashlib.sha256(read(path)).digest()


async def ensure_character(
    elements: KlingElements,
    voices: KlingVoices,
    store: ElementStore,
    account: str,
    region: str,
    character: Character,
    read: Read,
) -> StoredElement:
    """Make (or keep) the character's element from their pictures, with their voice bound:
    a preset voice by id, or a custom voice made first from their recording."""
    voice_id = character.voice_id or None
    if character.voice_sample:
        voice = await ensure_voice(
            voices, store, account, region, character.name, read(character.voice_sample)
        )
        if voice.state != READY:
            failed = StoredElement(
                account, region, character.name, "", FAILED,
                message=f"the custom voice failed: {voice.message or voice.state}",
            )  # fmt: skip
            store.put(failed)
            return failed
        voice_id = voice.voice_id
    description = "; ".join(
        part for part in (character.appearance.strip(), character.wardrobe.strip()) if part
    )
    pictures = [read(path) for path in character.references]
    return await ensure_element(
        elements, store, account, region, character.name, description, pictures, voice_id
    )


def ready_elements(
    store: ElementStore,
    account: str,
    region: str,
    project: Project,
    read: Read,
    digest: Digest | None = None,
) -> AccountElements:
    """The project's characters whose element is ready on this account and region and was
    made from their current pictures and voice: what :func:`compile_kling` may use; with
    each character's Kling voice id (a preset, or their ready custom voice) for
    ``voice_list`` (kling-v2-6, §14.5). ``digest`` (default: read and hash) gives each
    file's SHA-256."""
    digest = digest or digest_by_reading(read)
    found: dict[str, KlingElement] = {}
    voices: dict[str, str] = {}
    for character in project.characters:
        try:
            spoken = _custom_voice_id(store, account, region, character, digest)
        except OSError:
            spoken = None  # the recording is gone: validation names the file
        if character.voice_sample and spoken:
            voices[character.name] = spoken
        elif character.voice_id and not character.voice_sample:
            voices[character.name] = character.voice_id
        if not PICTURES_MIN <= len(character.references) <= PICTURES_MAX:
            continue
        stored = store.get(account, region, character.name)
        if stored is None or stored.state != READY or not stored.element_id:
            continue
        voice_id = spoken or (character.voice_id or None)
        if character.voice_sample and voice_id == (character.voice_id or None):
            continue  # the recording changed since: the element must be made again
        pictures = [digest(path) for path in character.references]
        if stored.fingerprint != fingerprint_of(character.name, pictures, voice_id):
            continue
        voice = f"voice {voice_id}" if voice_id else ""
        found[character.name] = KlingElement(character.name, int(stored.element_id), voice)
    for board in project.storyboards:
        for prop in storyboard_props(board):
            made = None if prop.key in found else _prop_ready(store, account, region, prop, digest)
            if made is not None:
                found[prop.key] = KlingElement(
                    prop.label, int(made.element_id), role=prop.role, pictures=prop.pictures
                )
    return AccountElements(found, voices)


def _prop_ready(
    store: ElementStore, account: str, region: str, prop: Prop, digest: Digest
) -> StoredElement | None:
    """The prop's element if it is ready and made from exactly its pictures now."""
    if not PICTURES_MIN <= len(prop.pictures) <= PICTURES_MAX:
        return None
    stored = store.get(account, region, prop.key)
    if stored is None or stored.state != READY or not stored.element_id:
        return None
    try:
        current = fingerprint_of(prop.key, [digest(path) for path in prop.pictures], None)
    except OSError:
        return None  # a picture is gone: validation names the file
    return stored if stored.fingerprint == current else None


PROP_TAGS = {ImageRole.PRODUCT: ITEM_TAG, ImageRole.LOCATION: SCENE_TAG}
"""§13.2 tag_list: a product is an Item (o_104), a place a Scene (o_106). Which tag suits a
prop best is our reading of the tag names; the vendor documents the names only."""


async def ensure_prop(
    api: KlingElements,
    store: ElementStore,
    account: str,
    region: str,
    prop: Prop,
    read: Read,
) -> StoredElement:
    """Make (or keep, or follow) a storyboard's product or place as one element, from its
    pictures in its shots (the first is the frontal one); stored under :attr:`Prop.key`."""
    pictures = [read(path) for path in prop.pictures]
    return await ensure_element(
        api, store, account, region, prop.key, prop.label, pictures,
        name=prop.label, tag=PROP_TAGS[prop.role],
    )  # fmt: skip


def prop_state(
    store: ElementStore, account: str, region: str, prop: Prop, digest: Digest
) -> tuple[str, StoredElement | None]:
    """Where a product's or place's element stands: as :func:`element_state` says it of a
    character (``not possible`` when its shots hold fewer than 2 or more than 4 pictures)."""
    if not PICTURES_MIN <= len(prop.pictures) <= PICTURES_MAX:
        return NOT_POSSIBLE, None
    stored = store.get(account, region, prop.key)
    if stored is None:
        return NOT_SENT, None
    if stored.state in (CREATING, FAILED):
        return stored.state, stored
    ready = _prop_ready(store, account, region, prop, digest) is not None
    return (READY if ready else OUTDATED), stored


def elements_in_folder(
    store: ElementStore, account: str, region: str
) -> Callable[[GuidancesPayload, Path], AccountElements]:
    """For a render queue: the ready elements of the project in a folder, for a payload of it.

    A project that cannot be read (moved, half-written) gives none: its characters then go
    as their pictures, as the payload view of the job shows.
    """

    def elements(_payload: GuidancesPayload, folder: Path) -> AccountElements:
        try:
            project = load_project(folder)
        except ProjectLoadError:
            return AccountElements()
        return ready_elements(
            store, account, region, project, lambda path: (folder / path).read_bytes()
        )

    return elements


def element_state(
    store: ElementStore,
    account: str,
    region: str,
    character: Character,
    read: Read,
    digest: Digest | None = None,
) -> tuple[str, StoredElement | None]:
    """Where a character's element stands on this account and region: ``not possible``
    (not 2–4 pictures), ``not sent``, ``creating``, ``failed``, ``out of date`` (made from
    other pictures or another voice) or ``ready``; with what the store keeps of it."""
    if not PICTURES_MIN <= len(character.references) <= PICTURES_MAX:
        return NOT_POSSIBLE, None
    stored = store.get(account, region, character.name)
    if stored is None:
        return NOT_SENT, None
    if stored.state in (CREATING, FAILED):
        return stored.state, stored
    project = Project(characters=(character,))
    try:
        current = character.name in ready_elements(store, account, region, project, read, digest)
    except OSError:
        current = False
    return (READY if current else OUTDATED), stored


def custom_voice_ready(
    store: ElementStore, account: str, region: str, character: Character, digest: Digest
) -> bool:
    """Whether the custom voice of the character's current recording is ready on this
    account and region (for ``voice_list`` on kling-v2-6, which needs no element)."""
    return _custom_voice_id(store, account, region, character, digest) is not None


async def ensure_custom_voice(
    voices: KlingVoices,
    store: ElementStore,
    account: str,
    region: str,
    character: Character,
    read: Read,
) -> StoredElement:
    """Make (or keep) the custom voice of the character's recording alone, for a character
    who cannot become an element (kling-v2-6 takes the voice in ``voice_list``, §14.5)."""
    if not character.voice_sample:
        raise ValueError(f"{character.name} has no recording")
    return await ensure_voice(
        voices, store, account, region, character.name, read(character.voice_sample)
    )


def element_cost(stored: StoredElement | None) -> str:
    """What making the element cost, as the service reported it ('' when unknown)."""
    if stored is None or stored.units is None:
        return ""
    return _("{units} units ≈ ${usd}").format(
        units=f"{stored.units:g}", usd=f"{stored.units * KLING_USD_PER_UNIT:.2f}"
    )


def element_status(
    store: ElementStore,
    account: str,
    region: str,
    character: Character,
    read: Read,
    digest: Digest | None = None,
) -> str:
    """A character's element on this account and region, in words for the character bible:
    not sent, creating, ready (with its id and what it cost), failed (with the reason)."""
    state, stored = element_state(store, account, region, character, read, digest)
    if state == NOT_POSSIBLE:
        return _(
            "not possible: an element is made from {least}–{most} pictures ({count} here)"
        ).format(least=PICTURES_MIN, most=PICTURES_MAX, count=len(character.references))
    if stored is None:
        return _("not sent (make it with: storyboard-app elements PROJECT)")
    units = (
        _(", cost {units} units ≈ ${usd}").format(
            units=f"{stored.units:g}", usd=f"{stored.units * KLING_USD_PER_UNIT:.2f}"
        )
        if stored.units is not None
        else ""
    )
    if state == CREATING:
        return _("creating…")
    if state == FAILED:
        return _("failed: {reason}").format(reason=stored.message or _("no reason given"))
    if state == OUTDATED:
        return _("out of date: the pictures or the voice changed, it will be made again")
    voice = _(", with its voice") if stored.voice_id else ""
    return _("ready: element {id}{voice}{units}").format(
        id=stored.element_id, voice=voice, units=units
    )
