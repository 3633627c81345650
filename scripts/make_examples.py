"""Build the bundled example projects in ``examples/``, pictures included.

Every reference image is drawn here with Pillow (nothing is downloaded), from fixed random
seeds, so running this again gives byte-identical files; a test checks that the committed
examples still match what this script makes.

    python scripts/make_examples.py [OUT_DIR]
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from storyboard_app.domain.models import (
    CameraMove,
    Character,
    DialogueLine,
    Project,
    ReferenceImage,
    Shot,
    Storyboard,
)
from storyboard_app.domain.vocabulary import (
    Angle,
    AspectRatio,
    Direction,
    ImageRole,
    Mode,
    MoveKind,
    ShotSize,
    Speed,
)
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import save_project

DETECTIVE = "Night City Detective.storyboard"
COFFEE = "Aurora Espresso Advert.storyboard"
TEAHOUSE = "雨夜茶馆.storyboard"


def _vertical_gradient(
    size: tuple[int, int], top: tuple[int, ...], bottom: tuple[int, ...]
) -> Image.Image:
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / (height - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    return image


def draw_rainy_alley() -> Image.Image:
    """A neon-lit street at night in the rain, seen from the kerb."""
    rng = random.Random(7)
    width, height = 1280, 720
    image = _vertical_gradient((width, height), (8, 10, 28), (30, 22, 48))
    draw = ImageDraw.Draw(image)
    horizon = int(height * 0.62)
    x = -20
    while x < width:  # buildings with lit windows
        w = rng.randint(90, 190)
        top = rng.randint(60, 300)
        shade = rng.randint(14, 30)
        draw.rectangle([x, top, x + w, horizon], fill=(shade, shade, shade + 10))
        for wy in range(top + 16, horizon - 20, 26):
            for wx in range(x + 10, x + w - 14, 22):
                if rng.random() < 0.28:
                    draw.rectangle([wx, wy, wx + 10, wy + 14], fill=(250, 205, 120))
        x += w + rng.randint(4, 20)
    neon = [((300, 330, 470, 372), (255, 40, 170)), ((820, 280, 960, 318), (40, 230, 255))]
    glow = Image.new("RGB", (width, height))
    glow_draw = ImageDraw.Draw(glow)
    for box, colour in neon:
        glow_draw.rounded_rectangle(box, radius=8, outline=colour, width=8)
    glow = glow.filter(ImageFilter.GaussianBlur(10))
    image = Image.blend(image, glow, 0.0).copy()
    image.paste(glow, (0, 0), glow.convert("L").point(lambda v: min(255, v * 2)))
    draw = ImageDraw.Draw(image)
    for box, colour in neon:
        draw.rounded_rectangle(box, radius=8, outline=colour, width=4)
    draw.rectangle([0, horizon, width, height], fill=(16, 16, 26))  # wet street
    reflection = image.crop((0, horizon - (height - horizon), width, horizon)).transpose(
        Image.Transpose.FLIP_TOP_BOTTOM
    )
    reflection = reflection.filter(ImageFilter.GaussianBlur(6))
    image.paste(
        Image.blend(Image.new("RGB", reflection.size, (16, 16, 26)), reflection, 0.55), (0, horizon)
    )
    draw = ImageDraw.Draw(image)
    # a lone figure in a hat under a street lamp
    draw.line([(1060, 230), (1060, 590)], fill=(40, 40, 50), width=8)
    draw.ellipse([1030, 215, 1090, 245], fill=(255, 230, 160))
    draw.polygon(
        [(1030, 300), (1090, 300), (1150, 590), (970, 590)], fill=(60, 56, 44)
    )  # lamp light
    draw.polygon([(996, 585), (1034, 585), (1044, 470), (986, 470)], fill=(6, 6, 10))  # coat
    draw.ellipse([996, 436, 1034, 474], fill=(6, 6, 10))  # head
    draw.rectangle([982, 440, 1048, 447], fill=(6, 6, 10))  # hat brim
    draw.rectangle([998, 422, 1032, 442], fill=(6, 6, 10))  # hat crown
    for _ in range(900):  # rain
        rx, ry = rng.randint(0, width), rng.randint(0, height)
        draw.line([(rx, ry), (rx - 4, ry + 18)], fill=(150, 160, 190), width=1)
    return image


def draw_espresso_machine() -> Image.Image:
    """A product shot of a chrome-and-teal espresso machine on a light backdrop."""
    width, height = 1024, 1024
    image = _vertical_gradient((width, height), (236, 232, 226), (200, 194, 186))
    draw = ImageDraw.Draw(image)
    draw.ellipse([220, 840, 804, 920], fill=(170, 164, 156))  # shadow
    draw.rounded_rectangle([260, 240, 764, 860], radius=48, fill=(28, 120, 126))  # body
    draw.rounded_rectangle([290, 270, 734, 420], radius=24, fill=(210, 214, 218))  # chrome top
    draw.rectangle([300, 286, 724, 300], fill=(245, 247, 250))
    draw.rounded_rectangle([440, 470, 584, 520], radius=10, fill=(40, 40, 44))  # group head
    draw.rectangle([420, 520, 604, 548], fill=(60, 60, 66))  # portafilter
    draw.rectangle([604, 526, 720, 540], fill=(30, 30, 34))  # handle
    draw.rounded_rectangle([460, 660, 564, 760], radius=12, fill=(250, 250, 248))  # cup
    draw.rectangle([486, 548, 494, 660], fill=(92, 56, 30))  # pour
    draw.rectangle([530, 548, 538, 660], fill=(92, 56, 30))
    draw.rounded_rectangle([330, 780, 694, 812], radius=8, fill=(210, 214, 218))  # drip tray
    for index, colour in enumerate(((236, 180, 80), (240, 240, 240), (236, 180, 80))):
        cx = 340 + index * 50
        draw.ellipse([cx - 16, 330, cx + 16, 362], fill=colour)
    draw.text((560, 330), "AURORA", fill=(28, 120, 126))
    return image


def draw_kitchen_sunrise() -> Image.Image:
    """A kitchen counter by a window at sunrise."""
    width, height = 1280, 720
    image = _vertical_gradient((width, height), (255, 190, 120), (250, 236, 210))
    draw = ImageDraw.Draw(image)
    draw.rectangle([140, 80, 700, 420], fill=(255, 214, 150), outline=(120, 90, 70), width=14)
    draw.ellipse([360, 250, 480, 370], fill=(255, 246, 200))
    draw.line([(420, 80), (420, 420)], fill=(120, 90, 70), width=10)
    draw.line([(140, 250), (700, 250)], fill=(120, 90, 70), width=10)
    draw.rectangle([0, 470, width, 520], fill=(200, 170, 140))  # counter top
    draw.rectangle([0, 520, width, height], fill=(120, 96, 78))
    draw.rounded_rectangle([900, 300, 1060, 470], radius=16, fill=(28, 120, 126))  # machine
    draw.polygon([(0, 520), (260, 470), (420, 470), (0, 640)], fill=(230, 150, 90))  # light
    return image


def draw_teahouse_street() -> Image.Image:
    """An old street at night in the rain: a teahouse's lit window and red lanterns."""
    rng = random.Random(11)
    width, height = 1280, 720
    image = _vertical_gradient((width, height), (10, 14, 30), (36, 30, 44))
    draw = ImageDraw.Draw(image)
    ground = int(height * 0.7)
    draw.polygon([(0, 120), (520, 60), (1280, 150), (1280, 190), (0, 170)], fill=(20, 18, 22))
    draw.rectangle([80, 170, 1200, ground], fill=(46, 34, 30))  # the teahouse's wooden front
    for x in range(80, 1200, 48):
        draw.line([(x, 170), (x, ground)], fill=(36, 26, 24), width=3)
    draw.rectangle([380, 260, 760, 470], fill=(255, 196, 110))  # the lit window
    for x in range(380, 761, 63):
        draw.line([(x, 260), (x, 470)], fill=(90, 50, 30), width=5)
    draw.line([(380, 365), (760, 365)], fill=(90, 50, 30), width=5)
    draw.rectangle([860, 300, 980, ground], fill=(24, 16, 14))  # the door
    glow = Image.new("RGB", (width, height))
    glow_draw = ImageDraw.Draw(glow)
    for cx in (250, 1080):  # red lanterns under the eaves
        glow_draw.ellipse([cx - 70, 150, cx + 70, 330], fill=(255, 60, 40))
    glow = glow.filter(ImageFilter.GaussianBlur(30))
    image.paste(glow, (0, 0), glow.convert("L").point(lambda v: min(255, v * 2)))
    draw = ImageDraw.Draw(image)
    for cx in (250, 1080):
        draw.line([(cx, 175), (cx, 200)], fill=(30, 20, 20), width=3)
        draw.ellipse([cx - 40, 200, cx + 40, 290], fill=(220, 40, 30))
        draw.rectangle([cx - 22, 194, cx + 22, 204], fill=(200, 160, 60))
        draw.rectangle([cx - 22, 286, cx + 22, 296], fill=(200, 160, 60))
    draw.rectangle([0, ground, width, height], fill=(22, 20, 28))  # wet flagstones
    for y in range(ground + 20, height, 34):
        draw.line([(0, y), (width, y)], fill=(32, 30, 40), width=2)
    reflection = image.crop((380, 260, 760, 470)).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    reflection = reflection.filter(ImageFilter.GaussianBlur(8)).resize((380, 90))
    image.paste(Image.blend(Image.new("RGB", reflection.size, (22, 20, 28)), reflection, 0.5),
                (380, ground + 4))  # fmt: skip
    draw = ImageDraw.Draw(image)
    draw.pieslice([560, 430, 680, 500], 180, 360, fill=(200, 120, 60))  # an oil-paper umbrella
    draw.line([(620, 465), (620, 560)], fill=(60, 40, 30), width=3)
    draw.polygon([(600, 500), (640, 500), (652, 600), (588, 600)], fill=(210, 200, 180))
    for _ in range(1100):  # rain
        rx, ry = rng.randint(0, width), rng.randint(0, height)
        draw.line([(rx, ry), (rx - 3, ry + 16)], fill=(140, 150, 180), width=1)
    return image


def _save_image(image: Image.Image, folder: Path, name: str, store: AssetStore) -> str:
    scratch = folder / name
    if name.endswith(".jpg"):
        image.save(scratch, "JPEG", quality=88, optimize=True)
    else:
        image.save(scratch, "PNG", optimize=True)
    try:
        return store.import_image(scratch)
    finally:
        scratch.unlink()


def detective_project(store: AssetStore, scratch: Path) -> Project:
    """Three shots, 12 s: wide 3 s, medium 5 s, close-up 4 s; a line; rain and siren."""
    alley = _save_image(draw_rainy_alley(), scratch, "alley.png", store)
    ray = Character(
        name="Ray Malone",
        appearance="weathered detective in his fifties, grey stubble, tired eyes",
        wardrobe="soaked beige trench coat and a dark fedora",
        voice="gravelly baritone",
    )
    shots = (
        Shot(
            id="det-01-wide",
            size=ShotSize.WS,
            angle=Angle.HIGH,
            moves=(CameraMove(kind=MoveKind.CRANE, direction=Direction.DOWN, speed=Speed.SLOW),),
            duration=3,
            subject="A rain-soaked city street at night, neon signs buzzing over wet asphalt",
            action="A lone figure in a hat stands under a street lamp",
            characters=("Ray Malone",),
            sound=("heavy rain", "distant police siren"),
            first_frame=alley,
            notes="Establish the city before we meet Ray. Hold the neon reflections.",
        ),
        Shot(
            id="det-02-medium",
            size=ShotSize.MS,
            angle=Angle.EYE_LEVEL,
            moves=(
                CameraMove(
                    kind=MoveKind.DOLLY, direction=Direction.IN, speed=Speed.SLOW, start=0, end=3
                ),
            ),
            duration=5,
            subject="Ray Malone under a magenta neon sign",
            action="He lights a cigarette in the rain and looks up",
            characters=("Ray Malone",),
            dialogue=(
                DialogueLine(
                    character="Ray Malone",
                    delivery="low, weary",
                    line="Rain never washes anything clean in this town.",
                ),
            ),
            sound=("rain on the brim of a hat", "lighter click"),
        ),
        Shot(
            id="det-03-closeup",
            size=ShotSize.CU,
            angle=Angle.LOW,
            moves=(
                CameraMove(kind=MoveKind.RACK_FOCUS, direction=Direction.OUT, speed=Speed.SLOW),
            ),
            duration=4,
            subject="Ray's face, lit red and blue",
            action="Police lights sweep across his eyes as a siren grows louder",
            characters=("Ray Malone",),
            sound=("siren getting closer", "heavy rain"),
            notes="End on his eyes; the lights sell the siren.",
        ),
    )
    board = Storyboard(
        id="det-board-1",
        name="Alley",
        model="kling-v3",
        mode=Mode.STD,
        aspect_ratio=AspectRatio.WIDE,
        audio=True,
        style="neo-noir, 35mm film grain, anamorphic flares",
        lighting="hard neon rim light, wet reflections, deep shadows",
        negative_prompt="blur, watermark, text, cartoon",
        shots=shots,
    )
    return Project(title="Night City Detective", storyboards=(board,), characters=(ray,))


def coffee_project(store: AssetStore, scratch: Path) -> Project:
    """A 30-second product advert: two 15-second storyboards."""
    machine = _save_image(draw_espresso_machine(), scratch, "machine.png", store)
    kitchen = _save_image(draw_kitchen_sunrise(), scratch, "kitchen.jpg", store)
    product = ReferenceImage(
        image=machine, role=ImageRole.PRODUCT, label="the Aurora espresso machine"
    )
    location = ReferenceImage(image=kitchen, role=ImageRole.LOCATION, label="the kitchen")
    maya = Character(
        name="Maya",
        appearance="woman in her thirties, short dark curly hair, warm smile",
        wardrobe="oversized cream knit sweater",
        voice="bright, friendly",
    )
    narrator = Character(name="Narrator", voice="warm, unhurried female voice-over")
    ritual = Storyboard(
        id="coffee-board-1",
        name="Morning ritual",
        model="kling-v3",
        mode=Mode.PRO,
        aspect_ratio=AspectRatio.WIDE,
        audio=True,
        style="premium commercial, shallow depth of field, clean composition",
        lighting="soft golden sunrise through the window",
        negative_prompt="blur, watermark, text overlays, distorted logo",
        shots=(
            Shot(
                id="cof-01-beans",
                size=ShotSize.ECU,
                moves=(CameraMove(kind=MoveKind.DOLLY, direction=Direction.IN, speed=Speed.SLOW),),
                duration=2,
                subject="Dark roasted coffee beans tumbling into a grinder",
                sound=("beans rattling",),
            ),
            Shot(
                id="cof-02-pour",
                size=ShotSize.MCU,
                moves=(
                    CameraMove(kind=MoveKind.TRUCK, direction=Direction.RIGHT, speed=Speed.SLOW),
                ),
                duration=3,
                subject=(
                    "The Aurora espresso machine pouring two streams of espresso into a white cup"
                ),
                references=(product,),
                sound=("machine hum", "espresso dripping"),
            ),
            Shot(
                id="cof-03-crema",
                size=ShotSize.CU,
                angle=Angle.HIGH,
                moves=(CameraMove(kind=MoveKind.ZOOM, direction=Direction.IN, speed=Speed.SLOW),),
                duration=3,
                subject="Golden crema swirling on the surface of the espresso",
            ),
            Shot(
                id="cof-04-maya",
                size=ShotSize.MS,
                moves=(CameraMove(kind=MoveKind.HANDHELD),),
                duration=4,
                subject="Maya in her kitchen at sunrise",
                action="She lifts the cup, breathes in the aroma and smiles",
                characters=("Maya",),
                dialogue=(
                    DialogueLine(
                        character="Maya",
                        delivery="softly, to herself",
                        line="Finally, a morning that tastes like morning.",
                    ),
                ),
                references=(location,),
            ),
            Shot(
                id="cof-05-kitchen",
                size=ShotSize.WS,
                moves=(CameraMove(kind=MoveKind.DOLLY, direction=Direction.OUT, speed=Speed.SLOW),),
                duration=3,
                subject=(
                    "Sunlit kitchen, Maya by the window with her cup, the machine on the counter"
                ),
                characters=("Maya",),
                references=(location, product),
                sound=("birdsong outside",),
            ),
        ),
    )
    brand = Storyboard(
        id="coffee-board-2",
        name="Brand moment",
        model="kling-v3",
        mode=Mode.PRO,
        aspect_ratio=AspectRatio.WIDE,
        audio=True,
        style="premium commercial, shallow depth of field, clean composition",
        lighting="soft studio light with a warm key",
        negative_prompt="blur, watermark, text overlays, distorted logo",
        shots=(
            Shot(
                id="cof-06-steam",
                size=ShotSize.INSERT,
                duration=3,
                subject="Steam wand frothing milk in a steel jug",
                sound=("milk frothing hiss",),
            ),
            Shot(
                id="cof-07-orbit",
                size=ShotSize.MS,
                angle=Angle.LOW,
                moves=(
                    CameraMove(kind=MoveKind.ORBIT, direction=Direction.RIGHT, speed=Speed.SLOW),
                ),
                duration=4,
                subject="A teal espresso machine with chrome details on a marble counter",
                action="Camera circles the machine as light glints off the chrome",
            ),
            Shot(
                id="cof-08-friends",
                size=ShotSize.TWO_SHOT,
                duration=4,
                subject="Maya and a friend laughing over two cappuccinos at a sunny table",
                characters=("Maya",),
                dialogue=(
                    DialogueLine(
                        character="Narrator",
                        delivery="warm voice-over",
                        line="Aurora. Every morning, a little sunrise.",
                    ),
                ),
                sound=("soft cafe chatter",),
            ),
            Shot(
                id="cof-09-packshot",
                size=ShotSize.EWS,
                moves=(CameraMove(kind=MoveKind.STATIC),),
                duration=4,
                subject="Packshot: the teal espresso machine centred on a clean cream background",
                action="A single cup of espresso steams beside it",
                notes="Leave room on the right for the logo and the end card.",
            ),
        ),
    )
    return Project(
        title="Aurora Espresso Advert",
        storyboards=(ritual, brand),
        characters=(maya, narrator),
    )


def teahouse_project(store: AssetStore, scratch: Path) -> Project:
    """A scene written in Chinese, two storyboards of 12 s, Chinese dialogue (spoken by
    espeak-ng's Mandarin voice in the previs) and wholly Chinese prompts."""
    street = _save_image(draw_teahouse_street(), scratch, "street.png", store)
    lin = Character(
        name="林晓",
        appearance="三十岁左右的女人，齐肩黑发，戴圆框眼镜",
        wardrobe="米色风衣",
        voice="轻柔的女声",
    )
    chen = Character(
        name="陈伯",
        appearance="六十多岁的茶馆老板，花白头发，笑容慈祥",
        wardrobe="深蓝色对襟衫",
        voice="低沉温和的男声",
    )
    style = "电影感，温暖色调，浅景深，35毫米胶片颗粒"
    reunion = Storyboard(
        id="tea-board-1",
        name="重逢",
        model="kling-v3",
        mode=Mode.STD,
        aspect_ratio=AspectRatio.WIDE,
        audio=True,
        style=style,
        lighting="暖黄的灯笼光与冷蓝的雨夜相互映衬",
        negative_prompt="模糊，水印，字幕，卡通",
        shots=(
            Shot(
                id="tea-01-street",
                size=ShotSize.WS,
                angle=Angle.HIGH,
                moves=(
                    CameraMove(kind=MoveKind.CRANE, direction=Direction.DOWN, speed=Speed.SLOW),
                ),
                duration=3,
                subject="雨夜的老街，红灯笼在屋檐下轻轻摇晃",
                action="一个撑着油纸伞的女人走向茶馆门口",
                characters=("林晓",),
                sound=("雨声", "远处的雷声"),
                first_frame=street,
                notes="先交代老街和茶馆，再见人物。",
            ),
            Shot(
                id="tea-02-counter",
                size=ShotSize.MS,
                angle=Angle.EYE_LEVEL,
                moves=(
                    CameraMove(
                        kind=MoveKind.DOLLY,
                        direction=Direction.IN,
                        speed=Speed.SLOW,
                        start=0,
                        end=3,
                    ),
                ),
                duration=5,
                subject="茶馆里，陈伯在柜台后擦拭茶杯",
                action="林晓推门进来，收起雨伞",
                characters=("林晓", "陈伯"),
                dialogue=(
                    DialogueLine(
                        character="陈伯",
                        delivery="惊讶",
                        line="这么大的雨，你怎么来了？",
                        language="zh",
                    ),
                    DialogueLine(
                        character="林晓", delivery="轻声", line="陈伯，我回来了。", language="zh"
                    ),
                ),
                sound=("门上的风铃声",),
            ),
            Shot(
                id="tea-03-face",
                size=ShotSize.CU,
                angle=Angle.LOW,
                moves=(CameraMove(kind=MoveKind.STATIC),),
                duration=4,
                subject="陈伯的脸，眼里泛起泪光",
                action="他放下茶杯，久久说不出话",
                characters=("陈伯",),
                sound=("雨声渐弱",),
            ),
        ),
    )
    tea = Storyboard(
        id="tea-board-2",
        name="一壶茶",
        model="kling-v3",
        mode=Mode.STD,
        aspect_ratio=AspectRatio.WIDE,
        audio=True,
        style=style,
        lighting="室内暖光，窗外冷色雨夜",
        negative_prompt="模糊，水印，字幕，卡通",
        shots=(
            Shot(
                id="tea-04-window",
                size=ShotSize.OTS,
                moves=(CameraMove(kind=MoveKind.PAN, direction=Direction.RIGHT, speed=Speed.SLOW),),
                duration=4,
                subject="林晓坐在窗边，窗外雨丝斜斜",
                action="陈伯为她倒上一杯热茶",
                characters=("林晓", "陈伯"),
                dialogue=(
                    DialogueLine(
                        character="陈伯",
                        delivery="温和",
                        line="还是你最爱喝的龙井。",
                        language="zh",
                    ),
                ),
                sound=("倒茶的水声",),
            ),
            Shot(
                id="tea-05-cup",
                size=ShotSize.MCU,
                moves=(CameraMove(kind=MoveKind.HANDHELD),),
                duration=4,
                subject="林晓双手捧着茶杯",
                action="她低头微笑，热气模糊了她的眼镜",
                characters=("林晓",),
                dialogue=(
                    DialogueLine(
                        character="林晓",
                        delivery="哽咽",
                        line="这个味道，十年都没变。",
                        language="zh",
                    ),
                ),
            ),
            Shot(
                id="tea-06-outside",
                size=ShotSize.EWS,
                moves=(CameraMove(kind=MoveKind.DOLLY, direction=Direction.OUT, speed=Speed.SLOW),),
                duration=4,
                subject="茶馆的窗户透出温暖的灯光，雨中的老街空无一人",
                sound=("雨声", "茶壶的咕嘟声"),
                notes="片尾：留出右侧空间放片名。",
            ),
        ),
    )
    return Project(title="雨夜茶馆", storyboards=(reunion, tea), characters=(lin, chen))


def build(out: Path) -> list[Path]:
    """Write the example bundles under ``out``; return their folders."""
    folders = []
    for folder_name, make in (
        (DETECTIVE, detective_project),
        (COFFEE, coffee_project),
        (TEAHOUSE, teahouse_project),
    ):
        folder = out / folder_name
        store = AssetStore(folder)
        with tempfile.TemporaryDirectory() as scratch:
            project = make(store, Path(scratch))
        save_project(folder, project)
        backup = folder / "project.json.bak"
        backup.unlink(missing_ok=True)
        folders.append(folder)
    return folders


if __name__ == "__main__":
    target = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parent.parent / "examples"
    )
    for made in build(target):
        print(f"wrote {made}")
