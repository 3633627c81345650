"""Products and places as Kling elements: grouping across shots, the request, the limits
shared with characters, the fallback to pictures, and what validation says."""

from __future__ import annotations

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.kling import (
    IMAGE2VIDEO,
    OMNI_VIDEO,
    AccountElements,
    KlingElement,
    compile_kling,
    prop_routes,
)
from storyboard_app.compiler.props import storyboard_props
from storyboard_app.compiler.validation import validate_storyboard
from storyboard_app.domain.images import ImageInfo
from storyboard_app.domain.models import Character, Project, ReferenceImage, Shot
from storyboard_app.domain.vocabulary import ImageRole
from storyboard_app.providers.kling.elements import element_body
from tests.conftest import board, project_of

MACHINE = (
    ReferenceImage(image="assets/m1.png", role=ImageRole.PRODUCT, label="the espresso machine"),
    ReferenceImage(image="assets/m2.png", role=ImageRole.PRODUCT, label="The  Espresso Machine"),
)
ID = 829836802793406551


class GoodImages:
    def inspect(self, path: str) -> ImageInfo:
        return ImageInfo(
            path=path, exists=True, size_bytes=4000, format="PNG", width=640, height=360
        )


def _project(
    model: str = "kling-v3",
    first_frame: bool = True,
    cast: int = 0,
    refs: tuple[ReferenceImage, ...] = MACHINE,
) -> Project:
    names = ("Ann", "Bo", "Cy")[:cast]
    people = tuple(
        Character(name=n, references=(f"assets/{n}1.png", f"assets/{n}2.png")) for n in names
    )
    shots = (
        Shot(
            id="a", subject="Coffee", duration=3, characters=names, references=refs[:1],
            first_frame="assets/f.png" if first_frame else None,
        ),
        Shot(id="b", subject="Steam", duration=3, references=refs[1:]),
    )  # fmt: skip
    return project_of(board(3).evolve(model=model, shots=shots), characters=people)


def _machine(pictures: tuple[str, ...] = ("assets/m1.png", "assets/m2.png")) -> KlingElement:
    return KlingElement("the espresso machine", ID, role=ImageRole.PRODUCT, pictures=pictures)


def _account(project: Project, prop: KlingElement | None = None) -> AccountElements:
    found = {c.name: KlingElement(c.name, ID + 1 + n) for n, c in enumerate(project.characters)}
    if prop is not None:
        found[prop.key] = prop
    return AccountElements(found)


def test_a_product_is_one_thing_across_shots_by_role_and_name() -> None:
    refs = (
        *MACHINE,
        ReferenceImage(image="assets/m1.png", role=ImageRole.PRODUCT, label="the espresso machine"),
        ReferenceImage(image="assets/k.png", role=ImageRole.LOCATION, label="the espresso machine"),
        ReferenceImage(image="assets/x.png", role=ImageRole.PRODUCT, label=""),
        ReferenceImage(image="assets/s.png", role=ImageRole.STYLE, label="noir"),
    )
    shots = tuple(Shot(id=f"s{n}", references=(ref,)) for n, ref in enumerate(refs))
    props = storyboard_props(board(1).evolve(shots=shots))
    assert [(p.role, p.label, p.pictures, p.shots) for p in props] == [
        (ImageRole.PRODUCT, "the espresso machine", ("assets/m1.png", "assets/m2.png"), (1, 2, 3)),
        (ImageRole.LOCATION, "the espresso machine", ("assets/k.png",), (4,)),
    ]  # the unnamed product and the style picture stay plain pictures
    assert props[0].key == "product:the espresso machine"


def test_kling_v3_sends_the_product_as_an_element_with_its_token() -> None:
    project = _project()
    request = compile_kling(compile_guidances(project, 0), elements=_account(project, _machine()))
    assert (request.endpoint, request.model_name) == (IMAGE2VIDEO, "kling-v3")
    assert request.body["element_list"] == [{"element_id": ID}]
    prompts = [item["prompt"] for item in request.body["multi_prompt"]]
    assert "the espresso machine is <<<element_1>>>" in prompts[0]
    assert "The  Espresso Machine is <<<element_1>>>" in prompts[1]  # its own words
    assert [i.path for i in request.images()] == ["assets/f.png"]  # not its pictures
    assert request.props == {"the espresso machine (product)": f"element {ID} (<<<element_1>>>)"}


def test_an_element_made_from_other_pictures_is_not_sent_the_pictures_are() -> None:
    project = _project()
    stale = _machine(("assets/m1.png", "assets/old.png"))
    payload = compile_guidances(project, 0)
    request = compile_kling(payload, elements=_account(project, stale))
    assert (request.endpoint, request.model_name) == (OMNI_VIDEO, "kling-v3-omni")
    assert "element_list" not in request.body
    assert [i["image_url"].path for i in request.body["image_list"][:2]] == [
        "assets/m1.png",
        "assets/m2.png",
    ]
    [route] = prop_routes(payload, _account(project, stale))
    assert (route.element, route.why) == (False, "not-ready")


def test_characters_come_first_within_the_element_limit_and_the_product_goes_as_pictures() -> None:
    project = _project(cast=3)
    payload = compile_guidances(project, 0)
    account = _account(project, _machine())
    request = compile_kling(payload, elements=account)
    # A first frame allows 3 elements (§13.5, §13.6): the three faces take them.
    assert request.endpoint == OMNI_VIDEO
    assert [e["element_id"] for e in request.body["element_list"]] == [ID + 1, ID + 2, ID + 3]
    sent = [i.path for i in request.images()]
    assert {"assets/m1.png", "assets/m2.png"} <= set(sent)
    [route] = prop_routes(payload, account)
    assert (route.element, route.why) == (False, "limit")
    problems = validate_storyboard(project, 0, GoodImages(), account)
    [limit] = [p for p in problems if p.code == "prop-as-pictures"]
    assert limit.message == (
        "“the espresso machine” (product) goes as plain reference pictures: the request "
        "already carries as many elements as kling-v3-omni takes."
    )


def test_without_a_first_frame_omni_takes_the_product_as_an_element_too() -> None:
    project = _project(first_frame=False, cast=1)
    request = compile_kling(compile_guidances(project, 0), elements=_account(project, _machine()))
    assert (request.endpoint, request.model_name) == (OMNI_VIDEO, "kling-v3-omni")
    assert [e["element_id"] for e in request.body["element_list"]] == [ID + 1, ID]
    assert "image_list" not in request.body


def test_validation_says_which_went_as_element_and_why_the_others_went_as_pictures() -> None:
    project = _project()
    notes = validate_storyboard(project, 0, GoodImages(), _account(project, _machine()))
    assert [p.message for p in notes if p.code == "props-as-elements"] == [
        "“the espresso machine” (product) goes as a Kling element (the same look in every shot)."
    ]
    lone = _project(refs=MACHINE[:1])
    [one] = [
        p for p in validate_storyboard(lone, 0, GoodImages(), _account(lone))
        if p.code == "prop-as-pictures"
    ]  # fmt: skip
    assert one.message == (
        "“the espresso machine” (product) goes as plain reference pictures: an element is made "
        "from 2–4 pictures; the shots hold 1 of it."
    )
    [missing] = [
        p for p in validate_storyboard(project, 0, GoodImages(), _account(project))
        if p.code == "prop-as-pictures"
    ]  # fmt: skip
    assert missing.hint == "Make it in the Storyboard tab, under Props and places."
    # Without an account, elements are not discussed.
    assert not [p for p in validate_storyboard(project, 0, GoodImages()) if "prop" in p.code]


def test_a_product_element_is_tagged_item_and_a_place_scene() -> None:
    body = element_body("the diner", "the diner", [b"a", b"b"], tag="o_106")
    assert body["tag_list"] == [{"tag_id": "o_106"}]
    assert "element_voice_id" not in body
