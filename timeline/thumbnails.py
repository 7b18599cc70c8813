"""Square thumbnails of the person photos curators upload in admin.

No model field: the thumbnail's storage name is derived from the photo's name, so a new upload
(which Django always stores under a new name) gets a new thumbnail and the old one is left alone.
"""

import hashlib
import io
import logging

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

THUMB_DIR = "persons/thumbs"
DEFAULT_SIZE = (160, 160)
JPEG_QUALITY = 85
# JPEG has no alpha: transparent parts of a logo or cut-out portrait are laid on white.
MATTE = (255, 255, 255)


def thumbnail_name(person, size=DEFAULT_SIZE) -> str:
    key = person.photo.name if size == DEFAULT_SIZE else f"{person.photo.name}|{size[0]}x{size[1]}"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]
    return f"{THUMB_DIR}/{person.slug}-{digest}.jpg"


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "P", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, MATTE)
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")


def make_thumbnail(person, size=DEFAULT_SIZE) -> str:
    """Store a square-cropped JPEG of the person's photo; its storage name ('' if no usable photo)."""
    if not person.photo:
        return ""
    name = thumbnail_name(person, size)
    try:
        with person.photo.open("rb") as f, Image.open(f) as image:
            image = ImageOps.exif_transpose(image)  # phone photos are often stored sideways
            thumb = ImageOps.fit(_to_rgb(image), size, method=Image.Resampling.LANCZOS)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        # A corrupt or missing upload must not break the page that shows the person.
        logger.warning("No thumbnail for person %s: cannot read photo %r (%s)", person.pk, person.photo.name, exc)
        return ""
    out = io.BytesIO()
    thumb.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.save(name, ContentFile(out.getvalue()))


def thumbnail_url(person, size=DEFAULT_SIZE) -> str:
    """The thumbnail's URL, made on first use; '' when the person has no (readable) photo."""
    if not person or not person.photo:
        return ""
    name = thumbnail_name(person, size)
    if not default_storage.exists(name):
        name = make_thumbnail(person, size)
    return default_storage.url(name) if name else ""
