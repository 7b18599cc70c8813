"""The 1200×630 PNG that link previews (og:image) show for an event.

The file is cached in default storage under a name that carries a hash of everything drawn,
so any change to the event yields a new name (and a new image) and an unchanged event is
served from the stored file without drawing again.
"""

import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import translation
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
SITE_NAMES = {"vi": "Dòng thời gian ngoại giao", "en": "Diplomatic timeline"}
SITE_NAME = SITE_NAMES["vi"]
LANGUAGES = tuple(SITE_NAMES)
STORAGE_DIR = "share"
FINGERPRINT_LENGTH = 12
# Part of the fingerprint: bump it when the drawing changes, so stored images are redrawn.
LAYOUT_VERSION = "2"

# Debian's fonts-dejavu-core: DejaVu Sans covers every precomposed Vietnamese letter.
DEFAULT_FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT_FILES = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf"}
FONT_PACKAGE = "fonts-dejavu-core"

# Near-black on off-white (≈17:1) and a dark blue accent (≈10:1): well above WCAG's 4.5:1.
BACKGROUND = (250, 248, 242)
TEXT = (26, 26, 26)
ACCENT = (16, 60, 110)
MUTED = (70, 70, 70)

MARGIN = 72
STRIPE_WIDTH = 16
TEXT_WIDTH = WIDTH - 2 * MARGIN
TITLE_SIZES = (64, 56, 50, 44)  # largest first; the first at which the title fits in TITLE_MAX_LINES
TITLE_MAX_LINES = 4
PARTICIPANT_MAX_LINES = 2
ELLIPSIS = "…"


def font_path(weight: str = "regular") -> Path:
    """The DejaVu Sans file for `weight`, or a configuration error that says how to get it."""
    directory = Path(getattr(settings, "SHARE_IMAGE_FONT_DIR", DEFAULT_FONT_DIR))
    path = directory / FONT_FILES[weight]
    if not path.is_file():
        raise ImproperlyConfigured(
            f"Share images need the font {path}: install the Debian package {FONT_PACKAGE} "
            f"(apt-get install {FONT_PACKAGE}) or point SHARE_IMAGE_FONT_DIR at a directory holding "
            f"{FONT_FILES['regular']} and {FONT_FILES['bold']}."
        )
    return path


def load_font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(weight)), size)


@dataclass(frozen=True)
class ShareCard:
    """Everything the image shows; its hash names the stored file."""

    date: str
    type_label: str
    title: str
    participants: tuple[str, ...]
    countries: str = ""  # "Việt Nam – Nhật Bản": the pair the event concerns
    language: str = "vi"

    @classmethod
    def for_event(cls, event, language: str = "vi") -> "ShareCard":
        """The card in `language` (the page's: an English page shares an English image)."""
        nfc = lambda text: unicodedata.normalize("NFC", str(text)).strip()  # noqa: E731
        language = language if language in LANGUAGES else "vi"
        with translation.override(language):
            return cls(
                date=nfc(event.display_date()),
                type_label=nfc(event.get_type_display()),
                title=nfc(event.display_title),
                participants=tuple(nfc(p.name) for p in event.participants.all()),
                countries=nfc(event.route_names or event.country_names),
                language=language,
            )

    @property
    def site_name(self) -> str:
        return SITE_NAMES.get(self.language, SITE_NAME)

    def fingerprint(self) -> str:
        payload = "\x1f".join(
            [LAYOUT_VERSION, self.language, self.date, self.type_label, self.title, self.countries, *self.participants]
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


# --- drawing -------------------------------------------------------------------------------


def _split_long_word(word: str, font, width: int) -> list[str]:
    """A word wider than the line (a long URL, a run of dashes) broken by characters."""
    pieces, current = [], ""
    for char in word:
        if current and font.getlength(current + char) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    return pieces + ([current] if current else [])


def wrap(text: str, font, width: int) -> list[str]:
    """Lines of `text` no wider than `width` pixels, broken at spaces."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if font.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if font.getlength(word) <= width:
            current = word
        else:
            *full, current = _split_long_word(word, font, width)
            lines += full
    if current:
        lines.append(current)
    return lines


def ellipsize(line: str, font, width: int) -> str:
    """`line` cut so that it and a trailing ellipsis fit in `width`."""
    while line and font.getlength(line.rstrip() + ELLIPSIS) > width:
        line = line[:-1]
    return line.rstrip(" ,;:-–") + ELLIPSIS


def fit_lines(text: str, font, width: int, max_lines: int) -> tuple[list[str], bool]:
    """At most `max_lines` lines; the last one ellipsized when the text did not fit. (lines, cut?)"""
    lines = wrap(text, font, width)
    if len(lines) <= max_lines:
        return lines, False
    kept = lines[:max_lines]
    kept[-1] = ellipsize(f"{kept[-1]} {lines[max_lines]}", font, width)
    return kept, True


def fit_title(title: str) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest title size at which the whole title fits; else the smallest one, ellipsized."""
    for size in TITLE_SIZES:
        font = load_font("bold", size)
        lines, cut = fit_lines(title, font, TEXT_WIDTH, TITLE_MAX_LINES)
        if not cut:
            return font, lines
    return font, lines


def participants_text(names) -> str:
    return ", ".join(names)


def render_card(card: ShareCard) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, STRIPE_WIDTH, HEIGHT], fill=ACCENT)

    site_font = load_font("bold", 28)
    meta_font = load_font("bold", 34)
    people_font = load_font("regular", 30)

    y = 56
    draw.text((MARGIN, y), card.site_name, font=site_font, fill=ACCENT)
    y += 70
    meta = "  ·  ".join(part for part in (card.date, card.type_label, card.countries) if part)
    meta = fit_lines(meta, meta_font, TEXT_WIDTH, 1)[0][0] if meta else ""
    draw.text((MARGIN, y), meta, font=meta_font, fill=ACCENT)
    y += 64

    title_font, title_lines = fit_title(card.title)
    line_height = round(title_font.size * 1.2)
    for line in title_lines:
        draw.text((MARGIN, y), line, font=title_font, fill=TEXT)
        y += line_height

    if card.participants:
        lines, _ = fit_lines(participants_text(card.participants), people_font, TEXT_WIDTH, PARTICIPANT_MAX_LINES)
        people_height = len(lines) * 40
        # Bottom-aligned, but never over the title.
        py = max(y + 24, HEIGHT - 48 - people_height)
        draw.line([(MARGIN, py - 18), (WIDTH - MARGIN, py - 18)], fill=(200, 196, 186), width=2)
        for line in lines:
            draw.text((MARGIN, py), line, font=people_font, fill=MUTED)
            py += 40

    out = io.BytesIO()
    # zlib's default level: optimize=True costs three times the drawing's time for a file 5 % smaller.
    image.save(out, format="PNG")
    return out.getvalue()


def render_share_image(event, language: str = "vi") -> bytes:
    """The event's share image, drawn now (no cache): 1200×630 PNG bytes."""
    return render_card(ShareCard.for_event(event, language))


# --- storage -------------------------------------------------------------------------------


def storage_dir(language: str = "vi") -> str:
    """Vietnamese images where they always were; each other language in a folder of its own."""
    return STORAGE_DIR if language == "vi" else f"{STORAGE_DIR}/{language}"


def storage_name(slug: str, fingerprint: str, language: str = "vi") -> str:
    return f"{storage_dir(language)}/{slug}-{fingerprint}.png"


def remove_share_images(slug: str) -> None:
    """Removes every stored image of the event `slug`, in every language: one that is no longer public
    (unpublished, rejected, merged away, deleted) leaves no picture of itself on the media server."""
    for language in LANGUAGES:
        for name in _stale_names(slug, keep=None, language=language):
            default_storage.delete(name)


def _stale_names(slug: str, keep: str | None, language: str = "vi") -> list[str]:
    """The event's other stored images. The fixed-length hex fingerprint keeps 'abc-2-…' out of 'abc'."""
    pattern = re.compile(rf"^{re.escape(slug)}-[0-9a-f]{{{FINGERPRINT_LENGTH}}}\.png$")
    directory = storage_dir(language)
    try:
        _, files = default_storage.listdir(directory)
    except FileNotFoundError:
        return []
    return [f"{directory}/{f}" for f in files if pattern.match(f) and f"{directory}/{f}" != keep]


def share_image_name(event, language: str = "vi") -> str:
    """The storage name of the event's current image in `language`, drawing and storing it if needed."""
    card = ShareCard.for_event(event, language)
    name = storage_name(event.slug, card.fingerprint(), card.language)
    if default_storage.exists(name):
        return name
    saved = default_storage.save(name, ContentFile(render_share_image(event, card.language)))
    if saved != name:  # another request stored the same image meanwhile: keep one copy
        default_storage.delete(saved)
    for stale in _stale_names(event.slug, keep=name, language=card.language):
        default_storage.delete(stale)
    return name
