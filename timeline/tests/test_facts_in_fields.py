"""The facts the site reasons with are fields: a title is display, editing it changes no era, level or key
moment; the English title of every type is composed from the facts, never a type name and a comma."""

from datetime import date

import pytest
from django.utils import translation

from factories import AgreementFactory, CountryFactory, EventFactory, ParticipationFactory, PersonFactory
from timeline.eras import eras_to_show
from timeline.models import Event

pytestmark = pytest.mark.django_db


def pair_event(iso="KR", **fields):
    event = EventFactory(**fields)
    event.countries.add(CountryFactory(iso="VN"), CountryFactory(iso=iso))
    return event


@pytest.fixture
def ladder():
    # A pair the reference ladder does not hold: its eras come from its events alone.
    established = pair_event(
        "ZZ", type="other", title="Hai nước bắt đầu quan hệ", start=date(1992, 12, 22), establishes_relations=True
    )
    upgrade = pair_event(
        "ZZ",
        type="upgrade",
        title="Một bước mới",
        start=date(2022, 12, 5),
        level="comprehensive_strategic_partnership",
    )
    return established, upgrade


def eras_seen():
    return [(era.start, era.label) for era in eras_to_show(Event.objects.published(), ("VN", "ZZ"))]


def test_editing_titles_changes_no_era_level_or_key_moment(client, ladder):
    established, upgrade = ladder
    eras, moments = eras_seen(), set(Event.objects.key_moments())
    page = client.get("/relations/vn-zz/").content.decode()
    assert "Đối tác chiến lược toàn diện" in page
    established.title = "Tiêu đề do biên tập viên viết lại"
    upgrade.title = "Nâng cấp quan hệ lên Đối tác chiến lược"  # names a lower level: the field decides
    established.save()
    upgrade.save()
    assert eras_seen() == eras
    assert set(Event.objects.key_moments()) == moments == {established, upgrade}
    page = client.get("/relations/vn-zz/").content.decode()
    current = page[page.index('class="current-level"') : page.index('class="eras"')]
    assert "Đối tác chiến lược toàn diện" in current


def test_the_level_field_moves_the_eras_and_key_moments(client, ladder):
    established, upgrade = ladder
    upgrade.level = "strategic_partnership"
    upgrade.save()
    assert eras_seen()[-1][1] == "Đối tác chiến lược"
    established.establishes_relations = False
    established.save()
    assert established not in set(Event.objects.key_moments())
    assert [label for _, label in eras_seen()] == ["Đối tác chiến lược"]


def english_title(event) -> str:
    with translation.override("en"):
        return Event.objects.get(pk=event.pk).display_title


@pytest.mark.parametrize("kind", Event.Type.values)
def test_every_type_has_an_english_title_composed_from_its_facts(kind):
    event = pair_event(type=kind, title="Tiêu đề tiếng Việt", place="Seoul", ordinal=3)
    person = PersonFactory(name="Kim Min-su", country=CountryFactory(iso="KR"))
    ParticipationFactory(event=event, person=person, role="Bộ trưởng Ngoại giao Hàn Quốc")
    event.agreements.add(AgreementFactory(name="Memorandum on education", short_name=""))
    title = english_title(event)
    assert title.replace("–", "-").isascii() and " " in title  # English words, no Vietnamese letter
    labels = {"Visit", "Talks", "Meeting", "Phone call", "Conference", "Signing", "Anniversary", "Message", "Event"}
    assert not any(title.startswith(f"{label},") for label in labels)
    assert title not in labels


def test_english_titles_say_the_level_the_route_and_the_ordinal():
    upgrade = pair_event(type="upgrade", title="x", level="strategic_partnership")
    assert english_title(upgrade) == "Viet Nam – Republic of Korea relations upgraded to Strategic Partnership"
    visit = pair_event(type="visit", title="x", visitor=CountryFactory(iso="KR"), host=CountryFactory(iso="VN"))
    ParticipationFactory(event=visit, person=PersonFactory(name="Tập Cận Bình"))
    assert english_title(visit) == "Visit from Republic of Korea to Viet Nam by Xi Jinping"
    session = pair_event(type="committee_session", title="x", ordinal=12)
    assert english_title(session).startswith("12th session of the Viet Nam – Republic of Korea committee")
