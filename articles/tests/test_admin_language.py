"""One language per admin: no English interface text in /admin/ and no Vietnamese interface text in
/en/admin/, over every admin page with the seed articles (and the annotated corpora, when named:
articles/tests/corpora.py) imported. Data (titles, names, sentences of the articles) is what it is in
either admin and is left out."""

import gettext
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from articles.curation_models import Feed
from articles.tests.admin_pages import EVERYDAY_MODELS, admin_pages, admin_with_work
from timeline.models import Agreement, Country, Event, Mention, Person, PersonAlias, Position

pytestmark = pytest.mark.django_db
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


class VisibleText(HTMLParser):
    """The text a curator reads: text nodes and button labels; not scripts or styles, nor text marked with
    its own language (the link to the other admin, `lang="vi"`)."""

    def __init__(self):
        super().__init__()
        self.parts, self.hiding = [], []  # the open elements whose text is not read

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        marked = "lang" in attrs and tag != "html"  # text in a language of its own, marked so
        hidden = self.hiding or tag in ("script", "style", "svg", "textarea", "option") or marked
        if hidden and tag not in ("input", "br", "img", "meta", "link"):
            self.hiding.append(tag)
        if tag == "input" and attrs.get("type") == "submit":
            self.parts.append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if self.hiding and self.hiding[-1] == tag:
            self.hiding.pop()

    def handle_data(self, data):
        if not self.hiding:
            self.parts.append(data)


def visible_text(html: str) -> str:
    return " ".join(" ".join(text_nodes(html)).split())


def text_nodes(html: str) -> list[str]:
    parser = VisibleText()
    parser.feed(html)
    return [part for part in parser.parts if part.strip()]


# Letters only Vietnamese writes: in the English admin they are data or a string nobody translated.
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def untranslated(html: str, data_words: set[str]) -> list[str]:
    """Text of the page in Vietnamese letters with a word no imported article holds: interface text."""
    found = []
    for node in text_nodes(html):
        words = re.findall(r"\w+", node.casefold())
        if any(VIETNAMESE.search(word) and word not in data_words for word in words):
            found.append(node.strip())
    return found


def phrases(text: str) -> list[str]:
    """The literal parts of a catalog string worth looking for: two words or more, placeholders cut out."""
    parts = (part.strip(" .,:;()…“”") for part in PLACEHOLDER.split(text))
    return [part for part in parts if len(part.split()) >= 2]


def catalog() -> dict[str, str]:
    with open(settings.BASE_DIR / "locale" / "en" / "LC_MESSAGES" / "django.mo", "rb") as mo:
        entries = gettext.GNUTranslations(mo)._catalog
    pairs = {}
    for key, english in entries.items():
        vietnamese = key[0] if isinstance(key, tuple) else key
        if vietnamese and english and vietnamese != english and "\x00" not in vietnamese:
            pairs[vietnamese] = english
    return pairs


def history_app_english() -> set[str]:
    """django-simple-history's interface text (English: it has no Vietnamese catalog), read from its French one."""
    import simple_history

    po = Path(simple_history.__file__).parent / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    msgids = re.findall(r'^msgid "(.+)"$', po.read_text(encoding="utf-8"), re.MULTILINE)
    return {phrase for msgid in msgids for phrase in phrases(msgid)}


def data_text() -> str:
    """Everything the imported articles put in the database, folded: a phrase found there is data."""
    rows = list(_articles())
    rows += list(Event.objects.values_list("title", "place"))
    rows += list(Mention.objects.values_list("sentence", flat=True))
    rows += list(Person.objects.values_list("name", flat=True)) + list(
        PersonAlias.objects.values_list("name", flat=True)
    )
    rows += list(Position.objects.values_list("title", flat=True)) + list(
        Agreement.objects.values_list("name", flat=True)
    )
    rows += list(Country.objects.values_list("name_vi", "name_en")) + list(Feed.objects.values_list("name", flat=True))
    return " ".join(" ".join(row) if isinstance(row, tuple) else row for row in rows).casefold()


def _articles():
    from articles.models import Article

    for title, text, source in Article.objects.values_list("title", "raw_text", "source_name"):
        yield f"{title} {text} {source}"


@pytest.fixture(
    params=[pytest.param(EVERYDAY_MODELS, id="everyday"), pytest.param(None, marks=pytest.mark.slow, id="every-page")]
)
def pages(admin_client, request):
    admin_with_work()
    return admin_pages(request.param)


def test_no_english_in_the_vietnamese_admin_and_no_vietnamese_in_the_english_one(admin_client, pages):
    pairs, data = catalog(), data_text()
    english = {p for en in pairs.values() for p in phrases(en)} | history_app_english()
    english = {p for p in english if p.casefold() not in data}
    vietnamese = {p for vi in pairs for p in phrases(vi) if p.casefold() not in data}
    english -= vietnamese  # a phrase both catalogs hold (a setting's name, a format) says nothing
    data_words = set(re.findall(r"\w+", data))
    leaks, read = [], {"vi": set(), "en": set()}
    for page in pages:
        for prefix, language, foreign in (("", "vi", english), ("/en", "en", vietnamese)):
            with translation.override(language):
                response = admin_client.get(prefix + page)
            assert response.status_code in (200, 302, 403), prefix + page  # 403: a page nobody may add on
            if response.status_code != 200:
                continue
            shown = visible_text(response.content.decode())
            leaks += [(prefix + page, phrase) for phrase in foreign if phrase in shown]
            if language == "en":
                leaks += [(prefix + page, text) for text in untranslated(response.content.decode(), data_words)]
            read[language] |= {phrase for phrase in (vietnamese if language == "vi" else english) if phrase in shown}
    assert len(read["vi"]) > 50 and len(read["en"]) > 50  # the pages were read, in their own language
    assert not leaks, "\n".join(f"{page}: {phrase}" for page, phrase in sorted(leaks))
