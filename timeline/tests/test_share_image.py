"""Share images (og:image) of events and thumbnails of person photos."""

import io
import logging
from unittest import mock

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.urls import reverse
from PIL import Image

from factories import EventFactory, ParticipationFactory, PersonFactory
from timeline import share_images
from timeline.models import Event
from timeline.share_images import ShareCard, font_path, load_font, render_card
from timeline.thumbnails import make_thumbnail, thumbnail_url

pytestmark = pytest.mark.django_db

# Every Vietnamese vowel with every tone mark, plus đ/Đ: what a title may contain.
VIETNAMESE_LETTERS = "aàảãáạ ăằẳẵắặ âầẩẫấậ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự yỳỷỹýỵ đ"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored_share_files(media):
    folder = media / "share"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def get_image(client, event):
    return client.get(reverse("event-share-image", args=[event.slug]))


def test_share_image_is_a_1200_by_630_png(client):
    event = EventFactory(title="Bộ trưởng Ngoại giao hai nước hội đàm tại Hà Nội")
    ParticipationFactory(event=event, person=PersonFactory(name="Trần Thị Mai"))

    response = get_image(client, event)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "max-age" in response["Cache-Control"]
    image = Image.open(io.BytesIO(response.content))
    assert image.format == "PNG"
    assert image.size == (1200, 630)


def test_url_is_stable_and_language_neutral(client):
    event = EventFactory()
    assert reverse("event-share-image", args=[event.slug]) == f"/events/{event.slug}/share.png"


def test_same_event_twice_is_drawn_once(client, media):
    event = EventFactory()
    with mock.patch.object(share_images, "render_share_image", wraps=share_images.render_share_image) as render:
        first = get_image(client, event)
        second = get_image(client, event)

    assert render.call_count == 1
    assert first.content == second.content
    assert len(stored_share_files(media)) == 1


def test_changing_the_title_makes_a_new_image_and_removes_the_old(client, media):
    event = EventFactory(title="Hai bên ký bản ghi nhớ")
    before = get_image(client, event).content
    [old_file] = stored_share_files(media)

    event.title = "Hai bên ký hiệp định thương mại tự do"
    event.save()
    after = get_image(client, event).content

    [new_file] = stored_share_files(media)
    assert new_file != old_file
    assert new_file.startswith(event.slug)
    assert after != before


def test_adding_a_participant_makes_a_new_image(client, media):
    event = EventFactory()
    get_image(client, event)
    [old_file] = stored_share_files(media)

    ParticipationFactory(event=event, person=PersonFactory(name="Lê Quang Vinh"))
    get_image(client, event)

    assert stored_share_files(media) != [old_file]
    assert len(stored_share_files(media)) == 1


def test_an_event_whose_slug_extends_another_keeps_its_image(client, media):
    first = EventFactory(slug="2024-05-03-gap")
    second = EventFactory(slug="2024-05-03-gap-2")
    get_image(client, second)
    get_image(client, first)
    first.title = "Đổi tên"
    first.save()
    get_image(client, first)

    names = stored_share_files(media)
    assert len(names) == 2
    assert any(n.startswith("2024-05-03-gap-2-") for n in names)


def test_draft_and_rejected_events_have_no_image(client):
    for status in (Event.Status.DRAFT, Event.Status.REJECTED):
        event = EventFactory(status=status)
        assert get_image(client, event).status_code == 404
    assert client.get(reverse("event-share-image", args=["no-such-event"])).status_code == 404


def test_merged_event_redirects_to_the_survivor_image(client):
    survivor = EventFactory()
    merged = EventFactory(merged_into=survivor)

    response = get_image(client, merged)

    assert response.status_code in (301, 302)
    assert response["Location"] == reverse("event-share-image", args=[survivor.slug])


def pixels(font, text):
    mask = font.getmask(text)
    return mask.size, bytes(mask)


def test_font_has_every_vietnamese_letter():
    for weight in ("regular", "bold"):
        font = load_font(weight, 48)
        notdef = pixels(font, "\uffff")  # the box drawn for a missing glyph
        for letter in VIETNAMESE_LETTERS.replace(" ", "") + VIETNAMESE_LETTERS.upper().replace(" ", ""):
            assert font.getmask(letter).getbbox() is not None, letter
            assert pixels(font, letter) != notdef, f"{letter} drawn as the missing-glyph box in {weight}"


def test_vietnamese_title_renders(client):
    event = EventFactory(title=f"Hội đàm: {VIETNAMESE_LETTERS}")
    ParticipationFactory(event=event, person=PersonFactory(name="Đặng Thị Ngọc Thịnh"))

    response = get_image(client, event)

    assert response.status_code == 200
    assert Image.open(io.BytesIO(response.content)).size == (1200, 630)


def test_long_title_is_ellipsized_within_the_image():
    card = ShareCard(date="1/2/2024", type_label="Hội đàm", title="rất dài " * 200, participants=())
    font, lines = share_images.fit_title(card.title)
    assert len(lines) <= share_images.TITLE_MAX_LINES
    assert lines[-1].endswith("…")
    assert all(font.getlength(line) <= share_images.TEXT_WIDTH for line in lines)
    assert Image.open(io.BytesIO(render_card(card))).size == (1200, 630)


def test_text_contrast_is_at_least_4_5():
    def luminance(rgb):
        def channel(c):
            c /= 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in rgb)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    background = luminance(share_images.BACKGROUND)
    for colour in (share_images.TEXT, share_images.ACCENT, share_images.MUTED):
        assert (background + 0.05) / (luminance(colour) + 0.05) >= 4.5


def test_missing_font_names_the_path_and_the_package(settings, tmp_path):
    settings.SHARE_IMAGE_FONT_DIR = str(tmp_path / "nofonts")
    with pytest.raises(ImproperlyConfigured) as error:
        font_path("bold")
    assert "nofonts" in str(error.value)
    assert "fonts-dejavu-core" in str(error.value)


def test_share_image_url_tag_is_absolute(rf):
    event = EventFactory()
    html = Template("{% load timeline_images %}{% share_image_url event %}").render(
        Context({"event": event, "request": rf.get("/")})
    )
    assert html == f"http://testserver/events/{event.slug}/share.png"


# --- person thumbnails -----------------------------------------------------------------


def png_upload(mode="RGBA", size=(400, 250), name="portrait.png"):
    image = Image.new(mode, size, (200, 30, 30, 128) if mode == "RGBA" else 1)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")


def test_rgba_photo_gets_a_160_square_jpeg_thumbnail():
    person = PersonFactory(photo=png_upload("RGBA"))

    url = thumbnail_url(person)

    assert url.startswith("/media/persons/thumbs/") and url.endswith(".jpg")
    name = make_thumbnail(person)
    with default_storage.open(name) as f:
        thumb = Image.open(f)
        thumb.load()
    assert thumb.format == "JPEG"
    assert thumb.size == (160, 160)


def test_palette_photo_gets_a_thumbnail():
    person = PersonFactory(photo=png_upload("P", name="logo.png"))
    assert thumbnail_url(person).endswith(".jpg")


def test_thumbnail_is_made_once(media):
    person = PersonFactory(photo=png_upload())
    with mock.patch("timeline.thumbnails.make_thumbnail", wraps=make_thumbnail) as make:
        assert thumbnail_url(person) == thumbnail_url(person)
    assert make.call_count == 1
    assert len(list((media / "persons" / "thumbs").iterdir())) == 1


def test_no_photo_no_thumbnail():
    assert thumbnail_url(PersonFactory()) == ""


def test_corrupt_photo_gives_no_thumbnail_and_a_warning(caplog):
    person = PersonFactory(photo=SimpleUploadedFile("broken.png", b"not an image at all"))
    with caplog.at_level(logging.WARNING, logger="timeline.thumbnails"):
        assert thumbnail_url(person) == ""
    assert "broken" in caplog.text


def test_thumbnail_filter():
    person = PersonFactory(photo=png_upload())
    html = Template("{% load timeline_images %}{{ person|thumbnail }}").render(Context({"person": person}))
    assert html.endswith(".jpg")
    assert (
        Template("{% load timeline_images %}{{ person|thumbnail }}").render(Context({"person": PersonFactory()})) == ""
    )


@pytest.mark.parametrize("leaves", ["unpublished", "rejected", "merged away", "deleted"])
def test_an_event_leaving_the_public_timeline_leaves_no_share_image_on_disk(
    client, media, leaves, django_capture_on_commit_callbacks
):
    event = EventFactory(title="Hai bên ký bản ghi nhớ")
    other = EventFactory(title="Hội đàm cấp cao")
    for language in ("", "?lang=en"):
        for shown in (event, other):
            assert client.get(reverse("event-share-image", args=[shown.slug]) + language).status_code == 200
    assert len(list(media.glob("share/**/*.png"))) == 4
    with django_capture_on_commit_callbacks(execute=True):
        if leaves == "unpublished":
            event.status = Event.Status.DRAFT
            event.save()
        elif leaves == "rejected":
            event.status = Event.Status.REJECTED
            event.save()
        elif leaves == "merged away":
            other.merge_from([event])
            event.refresh_from_db()
        else:
            event.delete()
    left = sorted(path.name for path in media.glob("share/**/*.png"))
    assert len(left) == 2 and all(name.startswith(other.slug) for name in left)
