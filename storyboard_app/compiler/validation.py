"""Validation: every limit of the capability table checked, reported as problems.

Nothing here raises for something a user can fix. The UI's problems dock and the
``validate`` command show the same list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping

from storyboard_app.compiler.guidances import GuidancesPayload, compile_guidances
from storyboard_app.compiler.kling import (
    AccountElements,
    CharacterRoute,
    KlingElement,
    character_routes,
    kling_plan,
    kling_prompts,
    kling_shot_prompts,
    prop_routes,
    voice_plan,
)
from storyboard_app.compiler.move_words import direction_word, move_word
from storyboard_app.domain.capabilities import (
    CAPABILITIES,
    KLING_V3,
    ImageRules,
    ModelCapability,
    capability,
)
from storyboard_app.domain.edits import name_pattern
from storyboard_app.domain.images import ImageCatalog, ImageInfo
from storyboard_app.domain.models import Project, Shot, Storyboard
from storyboard_app.domain.problems import Problem, Severity
from storyboard_app.domain.vocabulary import ImageRole
from storyboard_app.i18n import _

ERROR = Severity.ERROR
WARNING = Severity.WARNING
NOTE = Severity.NOTE


def _s(seconds: float | str) -> str:
    """Seconds with their unit: "3 s" ("3 秒"); a range such as "3–15" is given as text."""
    value = seconds if isinstance(seconds, str) else f"{seconds:g}"
    return _("{seconds} s").format(seconds=value)


def _list_words(values: list[str]) -> str:
    if len(values) == 1:
        return values[0]
    return _("{some} or {last}").format(some=_(", ").join(values[:-1]), last=values[-1])


def _all_words(values: list[str]) -> str:
    if len(values) == 1:
        return values[0]
    return _("{some} and {last}").format(some=_(", ").join(values[:-1]), last=values[-1])


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def image_problems(info: ImageInfo, rules: ImageRules, path: str, model: str) -> list[Problem]:
    """What is wrong with one image against a model's image rules."""
    name = info.path
    if not info.exists:
        return [
            Problem(
                severity=ERROR,
                code="image-missing",
                path=path,
                message=_("{name} is missing from the project folder.").format(name=name),
                hint=_("Put the file back in the project's assets, or remove the image."),
            )
        ]
    if not info.readable:
        return [
            Problem(
                severity=ERROR,
                code="image-unreadable",
                path=path,
                message=_("{name} cannot be read as an image ({error}).").format(
                    name=name, error=info.error or _("unknown format")
                ),
                hint=_("Replace it with a JPEG or PNG file."),
            )
        ]
    problems = []
    if info.format not in rules.formats:
        problems.append(
            Problem(
                severity=ERROR,
                code="image-format",
                path=path,
                message=_("{name} is a {format} image; {model} takes {formats}.").format(
                    name=name, format=info.format, model=model, formats=rules.describe_formats()
                ),
                hint=_("Export it as PNG or JPEG and use that file instead."),
            )
        )
    if info.size_bytes > rules.max_bytes:
        problems.append(
            Problem(
                severity=ERROR,
                code="image-too-large",
                path=path,
                message=_("{name} is {size}; {model} takes images up to {most}.").format(
                    name=name, size=_mb(info.size_bytes), model=model, most=_mb(rules.max_bytes)
                ),
                hint=_("Save it as a JPEG or at a smaller size."),
            )
        )
    if min(info.width, info.height) < rules.min_side:
        problems.append(
            Problem(
                severity=ERROR,
                code="image-too-small",
                path=path,
                message=_(
                    "{name} is {width}×{height} px; {model} needs at least {least} px on each side."
                ).format(
                    name=name,
                    width=info.width,
                    height=info.height,
                    model=model,
                    least=rules.min_side,
                ),
                hint=_("Use a larger version of the image."),
            )
        )
    aspect = info.width / info.height if info.height else 0.0
    if not rules.min_aspect - 1e-9 <= aspect <= rules.max_aspect + 1e-9:
        problems.append(
            Problem(
                severity=ERROR,
                code="image-aspect",
                path=path,
                message=_(
                    "{name} is {width}×{height} px ({aspect}:1); {model} takes images between "
                    "1:{tallest} and {widest}:1."
                ).format(
                    name=name,
                    width=info.width,
                    height=info.height,
                    aspect=f"{aspect:.2f}",
                    model=model,
                    tallest=f"{1 / rules.min_aspect:g}",
                    widest=f"{rules.max_aspect:g}",
                ),
                hint=_("Crop it closer to the storyboard's aspect ratio."),
            )
        )
    return problems


def _board_settings(board: Storyboard, cap: ModelCapability, at: str) -> Iterator[Problem]:
    if board.mode not in cap.modes:
        modes = _list_words([m.value for m in cap.modes])
        yield Problem(
            severity=ERROR,
            code="mode-unsupported",
            path=f"{at}.mode",
            message=_("{model} has no {mode} mode; it takes {modes}.").format(
                model=cap.name, mode=board.mode.value, modes=modes
            ),
            hint=_("Pick another mode or another model."),
        )
    if board.aspect_ratio not in cap.aspect_ratios:
        yield Problem(
            severity=ERROR,
            code="aspect-unsupported",
            path=f"{at}.aspect_ratio",
            message=_("{model} does not render {aspect}.").format(
                model=cap.name, aspect=board.aspect_ratio.value
            ),
        )
    if board.audio and board.mode not in cap.audio_modes:
        where = _list_words([m.value for m in cap.audio_modes]) if cap.audio_modes else ""
        yield Problem(
            severity=ERROR,
            code="audio-unsupported",
            path=f"{at}.audio",
            message=(
                _("{model} has no native audio in {mode} mode; only in {modes}.")
                if where
                else _("{model} has no native audio in {mode} mode.")
            ).format(model=cap.name, mode=board.mode.value, modes=where),
            hint=_("Switch audio off, or change the mode."),
        )
    if len(board.negative_prompt) > cap.negative_prompt_max:
        yield Problem(
            severity=ERROR,
            code="negative-prompt-too-long",
            path=f"{at}.negative_prompt",
            message=_("The negative prompt is {length} characters; {model} allows {most}.").format(
                length=len(board.negative_prompt), model=cap.name, most=cap.negative_prompt_max
            ),
            hint=_("Remove {count} characters.").format(
                count=len(board.negative_prompt) - cap.negative_prompt_max
            ),
        )


def _board_timing(board: Storyboard, cap: ModelCapability, at: str) -> Iterator[Problem]:
    count = len(board.shots)
    if count == 0:
        yield Problem(
            severity=ERROR,
            code="no-shots",
            path=f"{at}.shots",
            message=_("Storyboard “{name}” has no shots.").format(name=board.name),
            hint=_("Add a shot."),
        )
        return
    model_cuts = board.cuts == "model"
    if model_cuts and not cap.model_cuts:
        yield Problem(
            severity=ERROR,
            code="model-cuts-unsupported",
            path=f"{at}.cuts",
            message=_("{model} cannot plan the cuts itself (“Let Kling cut”).").format(
                model=cap.name
            ),
            hint=_("Switch to kling-v3 or kling-v3-omni, or cut the storyboard yourself."),
        )
    if count > cap.max_shots and not model_cuts:
        yield Problem(
            severity=ERROR,
            code="too-many-shots",
            path=f"{at}.shots",
            message=_(
                "Storyboard “{name}” has {count} shots; {model} renders at most {most} in one "
                "request."
            ).format(name=board.name, count=count, model=cap.name, most=cap.max_shots),
            hint=_(
                "Move the extra shots to a new storyboard: a project plays its storyboards "
                "one after another."
            ),
        )
    # When the model cuts, the shots are notes inside one prompt: only the total is sent.
    for j, shot in enumerate(() if model_cuts else board.shots):
        number = j + 1
        if shot.duration < cap.shot_min_duration:
            yield Problem(
                severity=ERROR,
                code="shot-too-short",
                path=f"{at}.shots[{j}].duration",
                message=_(
                    "Shot {number} lasts {duration}; {model} needs at least {least} per shot."
                ).format(
                    number=number,
                    duration=_s(shot.duration),
                    model=cap.name,
                    least=_s(cap.shot_min_duration),
                ),
                hint=_("Make it {least} or longer.").format(least=_s(cap.shot_min_duration)),
            )
        elif (
            abs(shot.duration / cap.duration_step - round(shot.duration / cap.duration_step)) > 1e-9
        ):
            lower = (shot.duration // cap.duration_step) * cap.duration_step
            yield Problem(
                severity=ERROR,
                code="shot-duration-step",
                path=f"{at}.shots[{j}].duration",
                message=_(
                    "Shot {number} lasts {duration}; {model} takes durations in steps of {step}."
                ).format(
                    number=number,
                    duration=_s(shot.duration),
                    model=cap.name,
                    step=_s(cap.duration_step),
                ),
                hint=_("Make it {shorter} or {longer}.").format(
                    shorter=_s(lower), longer=_s(lower + cap.duration_step)
                ),
            )
    total = board.total_duration
    if not any(abs(total - allowed) < 1e-9 for allowed in cap.total_durations):
        steps = list(cap.total_durations)
        contiguous = steps == list(range(steps[0], steps[-1] + 1))
        allowed = _s(
            f"{steps[0]}–{steps[-1]}" if contiguous else _list_words([str(d) for d in steps])
        )
        if total > cap.max_total:
            code, hint = (
                "total-too-long",
                _(
                    "Shorten the shots by {excess} in all, or move a shot to another storyboard."
                ).format(excess=_s(total - cap.max_total)),
            )
        elif total < cap.min_total:
            code = "total-too-short"
            hint = _("Lengthen the shots by {missing}.").format(missing=_s(cap.min_total - total))
        else:
            code = "total-not-allowed"
            hint = _("Change the shot durations to add up to {allowed}.").format(allowed=allowed)
        yield Problem(
            severity=ERROR,
            code=code,
            path=f"{at}.shots",
            message=_("Storyboard “{name}” lasts {total}; {model} renders {allowed}.").format(
                name=board.name, total=_s(total), model=cap.name, allowed=allowed
            ),
            hint=hint,
        )


def _shot_content(
    project: Project, board: Storyboard, shot: Shot, number: int, at: str
) -> Iterator[Problem]:
    if not (shot.subject.strip() or shot.action.strip() or shot.dialogue):
        yield Problem(
            severity=WARNING,
            code="shot-empty",
            path=f"{at}.action",
            message=_(
                "Shot {number} has no subject, action or dialogue: the model gets only its framing."
            ).format(number=number),
            hint=_("Describe who or what is in the shot and what happens."),
        )
    for k, move in enumerate(shot.moves):
        where = f"{at}.moves[{k}]"
        if move.direction not in move.kind.directions:
            allowed = _list_words([direction_word(d) for d in move.kind.directions])
            yield Problem(
                severity=ERROR,
                code="move-direction",
                path=f"{where}.direction",
                message=_("Shot {number}: a {move} move goes {allowed}, not {direction}.").format(
                    number=number,
                    move=move_word(move.kind),
                    allowed=allowed,
                    direction=direction_word(move.direction),
                ),
            )
        start = move.start if move.start is not None else 0.0
        end = move.end if move.end is not None else shot.duration
        if start >= end or end > shot.duration + 1e-9:
            yield Problem(
                severity=ERROR,
                code="move-window",
                path=f"{where}.end" if end > shot.duration else f"{where}.start",
                message=_(
                    "Shot {number}: the {move} move runs {window}, but the shot lasts {duration}."
                ).format(
                    number=number,
                    move=move_word(move.kind),
                    window=_s(f"{start:g}–{end:g}"),
                    duration=_s(shot.duration),
                ),
                hint=_("Its window must start before it ends and end within the shot."),
            )
    for k, line in enumerate(shot.dialogue):
        where = f"{at}.dialogue[{k}]"
        if not line.character.strip():
            yield Problem(
                severity=ERROR,
                code="dialogue-no-character",
                path=f"{where}.character",
                message=_("Shot {number}: dialogue line {line} has no character.").format(
                    number=number, line=k + 1
                ),
                hint=_("Choose who says it."),
            )
        elif project.character(line.character) is None:
            yield Problem(
                severity=WARNING,
                code="dialogue-unknown-character",
                path=f"{where}.character",
                message=_("Shot {number}: {name} is not in the project's characters.").format(
                    number=number, name=line.character
                ),
                hint=_(
                    "Add {name} to the characters so they look and sound the same in every shot."
                ).format(name=line.character),
            )
        if not line.line.strip():
            yield Problem(
                severity=WARNING,
                code="dialogue-empty",
                path=f"{where}.line",
                message=_(
                    "Shot {number}: dialogue line {line} is empty and will be left out."
                ).format(number=number, line=k + 1),
            )
        elif not board.audio:
            yield Problem(
                severity=WARNING,
                code="dialogue-muted",
                path=f"{where}.line",
                message=_(
                    "Shot {number} has dialogue but the storyboard's audio is off: nobody will "
                    "be heard."
                ).format(number=number),
                hint=_("Switch native audio on, or keep the line as a note."),
            )
    cast = {name.casefold() for name in shot.cast()}
    words = f"{shot.subject}\n{shot.action}"
    for character in project.characters:
        if not character.name.strip() or character.name.casefold() in cast:
            continue
        if name_pattern(character.name, ignore_case=True).search(words):
            yield Problem(
                severity=NOTE,
                code="character-named-not-cast",
                path=f"{at}.characters",
                message=_(
                    "Shot {number} names {name} but does not list them in its characters: the "
                    "blocking frame leaves them out and their pictures and voice are not sent."
                ).format(number=number, name=character.name),
                hint=_("Add {name} to the shot's characters if they are in it.").format(
                    name=character.name
                ),
            )
    for k, name in enumerate(shot.characters):
        if project.character(name) is None:
            yield Problem(
                severity=WARNING,
                code="unknown-character",
                path=f"{at}.characters[{k}]",
                message=_("Shot {number}: {name} is not in the project's characters.").format(
                    number=number, name=name
                ),
                hint=_("Add {name} to the characters, with their appearance.").format(name=name),
            )


def _shot_images(
    board: Storyboard,
    shot: Shot,
    number: int,
    cap: ModelCapability,
    at: str,
    catalog: ImageCatalog,
) -> Iterator[Problem]:
    if shot.references and cap.references_per_shot == 0:
        yield Problem(
            severity=ERROR,
            code="references-unsupported",
            path=f"{at}.references",
            message=_("Shot {number} has reference images; {model} takes none.").format(
                number=number, model=cap.name
            ),
            hint=_("Remove them, or switch the storyboard to kling-v3."),
        )
    elif len(shot.references) > cap.references_per_shot:
        yield Problem(
            severity=ERROR,
            code="too-many-references",
            path=f"{at}.references",
            message=_(
                "Shot {number} has {count} reference images; at most {most} per shot."
            ).format(number=number, count=len(shot.references), most=cap.references_per_shot),
            hint=_("Remove the least useful one."),
        )
    count = len(board.shots)
    if shot.last_frame and not shot.first_frame and not (count > 1 and number == count):
        yield Problem(
            severity=ERROR,
            code="last-frame-without-first",
            path=f"{at}.last_frame",
            message=_(
                "Shot {number} has a last frame but no first frame; {model} needs a first frame "
                "to end on a last frame."
            ).format(number=number, model=cap.name),
            hint=_("Add a first frame, or clear the last frame."),
        )
    if shot.last_frame and not cap.last_frame:
        yield Problem(
            severity=ERROR,
            code="last-frame-unsupported",
            path=f"{at}.last_frame",
            message=_("{model} takes no last frame.").format(model=cap.name),
        )
    elif shot.last_frame and board.mode not in cap.last_frame_modes:
        yield Problem(
            severity=ERROR,
            code="last-frame-mode",
            path=f"{at}.last_frame",
            message=_("{model} takes a last frame only in {modes} mode.").format(
                model=cap.name, modes=_list_words([m.value for m in cap.last_frame_modes])
            ),
            hint=_("Change the mode, or clear the last frame."),
        )
    elif shot.last_frame and board.audio and not cap.last_frame_with_audio:
        yield Problem(
            severity=ERROR,
            code="last-frame-audio",
            path=f"{at}.last_frame",
            message=_("{model} takes first and last frames only for silent videos.").format(
                model=cap.name
            ),
            hint=_("Switch audio off, or clear the last frame."),
        )
    if count > 1 and number == count and shot.last_frame and not board.shots[0].first_frame:
        # An end frame needs a start frame ("does not support only the end frame", V-LEG;
        # V-CAP), and a multi-shot request's start frame is shot 1's.
        yield Problem(
            severity=WARNING,
            code="last-frame-without-start",
            path=f"{at}.last_frame",
            message=_(
                "Shot {number}'s last frame ends the storyboard, but shot 1 has no first "
                "frame: {model} takes an end frame only with a start frame, so it will not be "
                "sent."
            ).format(number=number, model=cap.name),
            hint=_("Give shot 1 a first frame, or render shot by shot, or clear the last frame."),
        )
    for field, wrong_place in (
        ("first_frame", number != 1),
        ("last_frame", number != count),
    ):
        if getattr(shot, field) and wrong_place and count > 1:
            message = (
                _(
                    "Shot {number} has its own first frame; one multi-shot request takes a "
                    "first frame only for shot 1, so it will not be sent."
                )
                if field == "first_frame"
                else _(
                    "Shot {number} has its own last frame; one multi-shot request takes a "
                    "last frame only for shot {last}, so it will not be sent."
                )
            )
            yield Problem(
                severity=WARNING,
                code="frame-mid-sequence",
                path=f"{at}.{field}",
                message=message.format(number=number, last=count),
                hint=_("Render shot by shot to use it, or clear it."),
            )
    rules = cap.image_rules
    for k, ref in enumerate(shot.references):
        yield from image_problems(
            catalog.inspect(ref.image), rules, f"{at}.references[{k}].image", cap.name
        )
    for field in ("first_frame", "last_frame"):
        value = getattr(shot, field)
        if value:
            yield from image_problems(catalog.inspect(value), rules, f"{at}.{field}", cap.name)


def _board_prompts(
    payload: GuidancesPayload, account: AccountElements, cap: ModelCapability, at: str
) -> Iterator[Problem]:
    if payload.cuts == "model":
        yield from _model_cut_prompt_problems(payload, account, cap, at)
        prompts: tuple[str, ...] = ()
    else:
        prompts = kling_shot_prompts(payload, account)
    multi = len(prompts) > 1
    limit = cap.shot_prompt_max if multi else cap.prompt_max
    for j, prompt in enumerate(prompts):
        # Characters as the service counts them: Unicode code points (kling-api.md §4.1,
        # "each shot prompt ≤512", from ComfyUI's pydantic MultiPromptEntry, whose
        # max_length counts code points), so a Chinese character counts one, not three bytes.
        if len(prompt) > limit:
            message = (
                _(
                    "Shot {number}'s prompt is {length} characters; {model} allows {most} per "
                    "shot in a multi-shot request."
                )
                if multi
                else _(
                    "Shot {number}'s prompt is {length} characters; {model} allows {most} in a "
                    "prompt."
                )
            )
            yield Problem(
                severity=ERROR,
                code="shot-prompt-too-long",
                path=f"{at}.shots[{j}]",
                message=message.format(
                    number=j + 1, length=len(prompt), model=cap.name, most=limit
                ),
                hint=_(
                    "Shorten its subject, action, dialogue or the style line by {count} characters."
                ).format(count=len(prompt) - limit),
            )
    yield from _left_out(payload, account, at)
    plan = kling_plan(payload, account)
    if plan.omni:
        frames = [f for f in (payload.first_frame, payload.last_frame) if f]
        images = len(plan.references) + len(frames)
        omni = capability(plan.model_name) or cap
        if payload.first_frame and payload.last_frame and omni.end_frame_images_max is not None:
            yield from _end_frame_images(payload.guidances[-1].index, images, omni, at)
        # §13.6: reference images and multi-image elements count together (<= 7)
        if images + len(plan.elements) > omni.request_images_max:
            yield Problem(
                severity=ERROR,
                code="too-many-images",
                path=f"{at}.shots",
                message=_(
                    "Storyboard “{name}” sends {count} images and elements (references, "
                    "character images and elements, frames); {model} takes at most {most} in "
                    "one request."
                ).format(
                    name=payload.storyboard,
                    count=images + len(plan.elements),
                    model=omni.name,
                    most=omni.request_images_max,
                ),
                hint=_("Remove some reference images, or split the storyboard."),
            )


def _shots_words(numbers: tuple[int, ...]) -> str:
    if len(numbers) == 1:
        return _("shot {number}").format(number=numbers[0])
    return _("shots {numbers} and {last}").format(
        numbers=_(", ").join(str(n) for n in numbers[:-1]), last=numbers[-1]
    )


def _left_out(payload: GuidancesPayload, account: AccountElements, at: str) -> Iterator[Problem]:
    """What had no room in the prompts (how speakers sound, the negatives on Omni)."""
    left_out = kling_prompts(payload, account).left_out
    if "negatives" in left_out:
        where = (
            _("the prompt")
            if payload.cuts == "model"
            else _("the prompt of {shots}").format(shots=_shots_words(left_out["negatives"]))
        )
        yield Problem(
            severity=WARNING,
            code="negatives-left-out",
            path=f"{at}.negative_prompt",
            message=_(
                "Kling's omni-video has no negative prompt field, so the negatives are "
                "written into the prompts as “Avoid: …”; there is no room left for them, so "
                "{where} goes without them."
            ).format(where=where),
            hint=_("Shorten the negative prompt, or the text of those shots."),
        )
    for number in left_out.get("voices", ()):
        yield Problem(
            severity=WARNING,
            code="voices-left-out",
            path=f"{at}.shots[{number - 1}].dialogue",
            message=_(
                "How the speakers of shot {number} sound (the character bible's voice) "
                "has no room in the prompts and is not sent."
            ).format(number=number),
            hint=_("Shorten the shot's text, or the voices in the character bible."),
        )


def _model_cut_prompt_problems(
    payload: GuidancesPayload, account: AccountElements, cap: ModelCapability, at: str
) -> Iterator[Problem]:
    prompt = kling_prompts(payload, account).whole
    if len(prompt) > cap.prompt_max:
        yield Problem(
            severity=ERROR,
            code="prompt-too-long",
            path=f"{at}.shots",
            message=_(
                "With Kling cutting, the shots make one prompt of {length} characters; "
                "{model} allows {most}."
            ).format(length=len(prompt), model=cap.name, most=cap.prompt_max),
            hint=_(
                "Shorten the shots' subject, action or dialogue, or the style line, by "
                "{over} characters."
            ).format(over=len(prompt) - cap.prompt_max),
        )
    if payload.last_frame and payload.first_frame:
        # §16.2/§16.4: frames with multi-shot are allowed since 05/07/2026; whether that
        # covers shot_type "intelligence" as well as "customize" is not documented.
        yield Problem(
            severity=WARNING,
            code="model-cuts-end-frame",
            path=f"{at}.shots[{len(payload.guidances) - 1}].last_frame",
            message=_(
                "Kling documents start and end frames with its own shot planning only "
                "for storyboards cut by the director; with “Let Kling cut” the end frame may be "
                "refused or ignored."
            ),
            hint=_("Cut the storyboard yourself to be sure the end frame is used."),
        )


def _end_frame_images(
    number: int, images: int, omni: ModelCapability, at: str
) -> Iterator[Problem]:
    limit = omni.end_frame_images_max
    if limit is None or images <= limit:
        return
    source = (
        ""
        if omni.end_frame_images_confirmed
        else _(
            " Kling documents this for its O1 model; whether it holds for "
            "{model} is not stated, so it may be accepted."
        ).format(model=omni.name)
    )
    yield Problem(
        severity=ERROR if omni.end_frame_images_confirmed else WARNING,
        code="end-frame-with-images",
        path=f"{at}.shots[{number - 1}].last_frame",
        message=_(
            "This request sets an end frame and carries {images} images in all; Kling's "
            "omni-video takes start and end frames only with at most {most} images."
        ).format(images=images, most=limit)
        + source,
        hint=_(
            "Remove the reference images (or the character pictures) from this storyboard, "
            "or clear the last frame."
        ),
    )


def _unsent_character_pictures(
    project: Project, shot: Shot, number: int, cap: ModelCapability, at: str
) -> Iterator[Problem]:
    if cap.references_per_shot:
        return
    shown = [
        c.name
        for name in shot.cast()
        if (c := project.character(name)) is not None and c.references
    ]
    if shown:
        names = _list_words(shown)
        yield Problem(
            severity=WARNING,
            code="character-pictures-unsent",
            path=f"{at}.characters",
            message=_(
                "Shot {number} shows {names}; {model} takes no reference pictures, so "
                "only the words describing {names} are sent, not the pictures."
            ).format(number=number, names=names, model=cap.name),
            hint=_("Switch the storyboard to kling-v3 to send the pictures."),
        )


def _unsent_voices(
    project: Project,
    shot: Shot,
    number: int,
    payload: GuidancesPayload,
    account: AccountElements,
    known: bool,
    at: str,
) -> Iterator[Problem]:
    """A character's Kling voice (preset or recording) goes bound to their element (§14.4,
    kling-v3 and kling-v3-omni) or in ``voice_list`` (§14.5, kling-v2-6 image2video): each
    one that goes neither way is named, with the reason."""
    cap = capability(payload.model)
    if cap is None:
        return
    plan = kling_plan(payload, account)
    bound = {e.key for e in plan.elements if e.role == ImageRole.CHARACTER}
    listed = {name.casefold() for name, _voice in voice_plan(payload, account)}
    for name in dict.fromkeys(shot.speakers()):
        character = project.character(name)
        if character is None or not (character.voice_id or character.voice_sample):
            continue
        key = name.casefold()
        if key in bound or key in listed:
            continue
        if cap.voices_max:
            why = _voice_list_refusal(payload, account, name, cap.voices_max)
            hint = _("Give the storyboard a first frame, sound on, in pro mode.")
        elif not cap.elements_max:
            why = _("{model} takes no voices").format(model=cap.name)
            hint = _("Use kling-v3 or kling-v3-omni, and give the character 2–4 pictures.")
        elif not 2 <= len(character.references) <= 4:
            why = _("it is bound to an element, made from 2–4 pictures; {name} has {count}").format(
                name=name, count=len(character.references)
            )
            hint = _("Use kling-v3 or kling-v3-omni, and give the character 2–4 pictures.")
        elif known:
            why = _(
                "it is bound to {name}'s element, which goes to this request only when ready"
            ).format(name=name)
            hint = _("Make the element in the Characters tab (Make Kling Element).")
        else:
            continue  # no account known here: the render sends it with the ready element
        yield Problem(
            severity=WARNING,
            code="character-voice-unsent",
            path=f"{at}.dialogue",
            message=_("Shot {number}: {name}'s Kling voice is not sent: {why}.").format(
                number=number, name=name, why=why
            ),
            hint=hint,
        )


def _voice_list_refusal(
    payload: GuidancesPayload, account: AccountElements, name: str, most: int
) -> str:
    """Why a speaker's voice is not in a kling-v2-6 ``voice_list`` (§14.5)."""
    if not payload.first_frame:
        return _("{model} takes voices only when it starts from a first frame").format(
            model=payload.model
        )
    if not payload.audio:
        return _("the storyboard is silent")
    if name.casefold() not in {n.casefold() for n in account.voices}:
        return _("their custom voice is not made on this Kling account yet")
    return _("{model} takes at most {most} voices in a request").format(
        model=payload.model, most=most
    )


def _element_routes(
    payload: GuidancesPayload, account: AccountElements, at: str
) -> Iterator[Problem]:
    """Which characters go as Kling elements and which as plain pictures, and why (only
    when the account's elements are known)."""
    cap = capability(payload.model)
    if cap is None or cap.reference_model is None:
        return  # no pictures go at all: character-pictures-unsent says so
    model = kling_plan(payload, account).model_name
    routes = character_routes(payload, account)
    elements = [r.character for r in routes if r.element]
    if elements:
        yield Problem(
            severity=NOTE,
            code="characters-as-elements",
            path=f"{at}.characters",
            message=(
                _("{names} goes as a Kling element (the same person in every shot).")
                if len(elements) == 1
                else _("{names} go as Kling elements (the same person in every shot).")
            ).format(names=_all_words(elements)),
        )
    reasons = {
        "model": _("{model} takes no elements on this request"),
        "limit": _("the request already carries as many elements as {model} takes"),
        "not-ready": _("its element is not ready on this Kling account"),
        "pictures": _("an element is made from 2–4 pictures"),
    }
    for route in routes:
        if route.element:
            continue
        yield Problem(
            severity=WARNING if route.why in ("limit", "not-ready") else NOTE,
            code="character-as-pictures",
            path=f"{at}.characters",
            message=_("{name} goes as plain reference pictures: {why}.").format(
                name=route.character, why=reasons[route.why].format(model=model)
            ),
            hint=_("Make the element in the Characters tab (Make Kling Element).")
            if route.why == "not-ready"
            else "",
        )
    yield from _prop_routes(payload, account, model, at)


def _prop_routes(
    payload: GuidancesPayload, account: AccountElements, model: str, at: str
) -> Iterator[Problem]:
    """Which named products and places go as Kling elements and which as pictures, and why."""
    routes = prop_routes(payload, account)
    as_elements = [_prop_words(r) for r in routes if r.element]
    if as_elements:
        yield Problem(
            severity=NOTE,
            code="props-as-elements",
            path=f"{at}.shots",
            message=(
                _("{names} goes as a Kling element (the same look in every shot).")
                if len(as_elements) == 1
                else _("{names} go as Kling elements (the same look in every shot).")
            ).format(names=_all_words(as_elements)),
        )
    for route in routes:
        if route.element:
            continue
        reasons = {
            "model": _("{model} takes no elements on this request").format(model=model),
            "limit": _("the request already carries as many elements as {model} takes").format(
                model=model
            ),
            "not-ready": _(
                "its element is not ready on this Kling account, or was made from other pictures"
            ),
            "pictures": _(
                "an element is made from 2–4 pictures; the shots hold {count} of it"
            ).format(count=route.pictures),
        }
        yield Problem(
            severity=WARNING if route.why == "limit" else NOTE,
            code="prop-as-pictures",
            path=f"{at}.shots",
            message=_("{name} goes as plain reference pictures: {why}.").format(
                name=_prop_words(route), why=reasons[route.why]
            ),
            hint=_("Make it in the Storyboard tab, under Props and places.")
            if route.why == "not-ready"
            else "",
        )


def _prop_words(route: CharacterRoute) -> str:
    """ "the espresso machine (product)" in the reader's language."""
    kind = _("product") if route.role == ImageRole.PRODUCT else _("place")
    return _("“{name}” ({kind})").format(name=route.character, kind=kind)


def validate_storyboard(
    project: Project,
    index: int,
    catalog: ImageCatalog,
    elements: Mapping[str, KlingElement] | None = None,
) -> list[Problem]:
    """The problems of one storyboard of the project (not of the project as a whole).

    ``elements`` are the rendering account's (:class:`AccountElements`): given, validation
    also says which characters go as elements and which as pictures, and why; without them
    (no account known) preset voices count as sent and elements are not discussed.
    """
    board = project.storyboards[index]
    at = f"storyboards[{index}]"
    cap = capability(board.model)
    if cap is None:
        known = ", ".join(sorted(CAPABILITIES))
        return [
            Problem(
                severity=ERROR,
                code="unknown-model",
                path=f"{at}.model",
                message=_(
                    "Storyboard “{name}” uses the model “{model}”, which this app does not know."
                ).format(name=board.name, model=board.model),
                hint=_("Pick one of: {models}.").format(models=known),
            )
        ]
    problems = [*_board_settings(board, cap, at), *_board_timing(board, cap, at)]
    payload = compile_guidances(project, index)
    account = _account(project, elements)
    for j, shot in enumerate(board.shots):
        shot_at = f"{at}.shots[{j}]"
        problems.extend(_shot_content(project, board, shot, j + 1, shot_at))
        problems.extend(_shot_images(board, shot, j + 1, cap, shot_at, catalog))
        problems.extend(_unsent_character_pictures(project, shot, j + 1, cap, shot_at))
        problems.extend(
            _unsent_voices(project, shot, j + 1, payload, account, elements is not None, shot_at)
        )
    if board.shots:
        if elements is not None:
            problems.extend(_element_routes(payload, account, at))
        problems.extend(_board_prompts(payload, account, cap, at))
    return problems


def _account(project: Project, elements: Mapping[str, KlingElement] | None) -> AccountElements:
    """The account's elements and voices; without an account, Kling's preset voices only
    (their ids are the same for every account, §14.3)."""
    if isinstance(elements, AccountElements):
        return elements
    presets = {c.name: c.voice_id for c in project.characters if c.voice_id}
    return AccountElements(elements or {}, presets)


def validate_project(
    project: Project, catalog: ImageCatalog, elements: Mapping[str, KlingElement] | None = None
) -> list[Problem]:
    """Every problem of the project, storyboard by storyboard, then its characters
    (``elements``: the rendering account's, see :func:`validate_storyboard`)."""
    problems: list[Problem] = []
    if not project.title.strip():
        problems.append(
            Problem(
                severity=WARNING,
                code="title-empty",
                path="title",
                message=_("The project has no title."),
                hint=_("Give it one: exports and renders are named after it."),
            )
        )
    shot_ids = Counter(shot.id for board in project.storyboards for shot in board.shots)
    for i, board in enumerate(project.storyboards):
        problems.extend(validate_storyboard(project, i, catalog, elements))
        for j, shot in enumerate(board.shots):
            if shot_ids[shot.id] > 1:
                problems.append(
                    Problem(
                        severity=ERROR,
                        code="duplicate-shot-id",
                        path=f"storyboards[{i}].shots[{j}].id",
                        message=_("Shot id {id} is used by {count} shots.").format(
                            id=shot.id, count=shot_ids[shot.id]
                        ),
                        hint=_("Give each shot its own id (the app does this for new shots)."),
                    )
                )
    names = Counter(c.name.casefold() for c in project.characters)
    # Character images go with every storyboard; they are checked against the first one's
    # model (all known models share the Kling image rules).
    character_cap = capability(project.storyboards[0].model) or KLING_V3
    for k, character in enumerate(project.characters):
        at = f"characters[{k}]"
        if names[character.name.casefold()] > 1:
            problems.append(
                Problem(
                    severity=WARNING,
                    code="duplicate-character",
                    path=f"{at}.name",
                    message=_("Two characters are called {name}.").format(name=character.name),
                    hint=_("Rename or merge them; shots find characters by name."),
                )
            )
        if character.voice_sample and not character.voice_sample.lower().endswith(
            (".mp3", ".wav", ".mp4", ".mov")
        ):
            problems.append(
                Problem(
                    severity=ERROR,
                    code="voice-sample-format",
                    path=f"{at}.voice_sample",
                    message=_("{file} is not a recording Kling takes.").format(
                        file=character.voice_sample
                    ),
                    hint=_("Use an .mp3 or .wav sound file, or an .mp4 or .mov video, of 5–30 s."),
                )
            )
        for m, path in enumerate(character.references):
            problems.extend(
                image_problems(
                    catalog.inspect(path),
                    character_cap.image_rules,
                    f"{at}.references[{m}]",
                    character_cap.name,
                )
            )
    return problems
