"""Key moments that speak: short labels from the event's fields, in the reader's language, placed where
they overlap nothing; the eras named in full under the chart; a narrow chart with the whole span."""

from datetime import date

import pytest
from django.utils import translation

from factories import CountryFactory, EventFactory, ParticipationFactory, PersonAliasFactory, PersonFactory
from timeline.eras import eras_to_show
from timeline.models import Event
from timeline.overview import NARROW, WIDE, build_overview

pytestmark = pytest.mark.django_db


def pair_event(**fields):
    event = EventFactory(**fields)
    event.countries.add(CountryFactory(iso="VN"), CountryFactory(iso="JP"))
    return event


@pytest.fixture
def story():
    visit = pair_event(title="Thủ tướng Suga Yoshihide thăm Việt Nam", type="visit", start=date(2020, 10, 18))
    visit.host = CountryFactory(iso="VN")
    visit.save()
    suga = PersonFactory(name="Suga Yoshihide", country=CountryFactory(iso="JP"))
    PersonAliasFactory(person=suga, name="Suga")
    ParticipationFactory(event=visit, person=suga, role="Thủ tướng Nhật Bản")
    pair_event(
        title="Hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện",
        type="upgrade",
        level="comprehensive_strategic_partnership",
        start=date(2023, 11, 27),
    )
    pair_event(
        title="Phiên họp thứ 12 Ủy ban Hợp tác Việt Nam - Nhật Bản",
        type="committee_session",
        ordinal=12,
        start=date(2023, 11, 28),
    )
    pair_event(title="Phiên họp Đối thoại chiến lược", type="committee_session", ordinal=9, start=date(2023, 12, 1))


def overview(language):
    labels = {code: str(label) for code, label in Event.Type.choices}
    with translation.override(language):
        events = Event.objects.published()
        return build_overview(events, eras_to_show(events, ["VN", "JP"]), labels, english=language == "en")


STORY = {
    "en": ["Suga visit", "Comprehensive Strategic Partnership", "12th Cooperation Committee", "9th Strategic Dialogue"],
    "vi": [
        "Suga thăm Việt Nam",
        "Đối tác chiến lược toàn diện",
        "Ủy ban Hợp tác lần thứ 12",
        "Đối thoại chiến lược lần thứ 9",
    ],
}


@pytest.mark.parametrize("language", ["en", "vi"])
def test_key_moments_are_labelled_from_their_fields_in_the_readers_language(story, language):
    assert [moment.label for moment in overview(language).moments] == STORY[language]


def test_close_moments_never_overlap_and_the_narrow_chart_numbers_them(story):
    drawn = overview("en")
    for layout in drawn.layouts:
        texts, markers = [], []
        for placed in layout.moments:
            width = len(str(placed.moment.number if placed.numbered else placed.moment.label)) * 6.3
            left = placed.text_x if placed.anchor == "start" else placed.text_x - width
            assert left >= 0 and left + width <= layout.width, placed
            texts.append((placed.y, left, left + width))
            markers.append((placed.y, placed.x - 8, placed.x + 8))
        # No label meets another label or another moment's marker in its row.
        for n, (row, left, right) in enumerate(texts):
            for m, (other_row, other_left, other_right) in enumerate(texts + markers):
                if m != n and m != n + len(texts) and row == other_row:
                    assert right <= other_left or other_right <= left, (texts[n], (texts + markers)[m])
    # Three moments within a week in 2023 take three rows on the wide chart; the phone's numbers them.
    assert len({placed.y for placed in drawn.wide.moments}) >= 3
    assert all(placed.numbered for placed in drawn.narrow.moments)
    assert (drawn.wide.width, drawn.narrow.width) == (WIDE, NARROW)


def test_the_whole_span_is_drawn_with_its_first_and_last_year_written(story):
    narrow = overview("vi").narrow
    labelled = [column.year for column in narrow.columns if column.labelled]
    assert labelled[0] == 2020 and labelled[-1] == 2023
    assert narrow.columns[-1].x + narrow.column <= narrow.width


def test_the_page_names_each_era_in_full_and_lists_the_moments(client, story):
    page = client.get("/en/relations/vn-jp/").content.decode()
    legend = page[page.index('class="era-legend"') :]
    assert "Viet Nam – Japan: Comprehensive Strategic Partnership" in legend[: legend.index("</ul>")]
    assert ">12th Cooperation Committee</a>" in page  # in the list under the chart (numbered on phones)
    assert 'class="moment-label"' in page and 'class="moment-number"' in page


def test_a_crowded_history_keeps_the_phone_chart_low(story):
    for day in range(1, 29):
        pair_event(title=f"Phiên họp Ủy ban Hợp tác thứ {day}", type="committee_session", start=date(2021, 2, day))
    drawn = overview("vi")
    assert len(drawn.moments) == 32
    assert drawn.narrow.rows <= 5 and drawn.wide.rows <= 5
    assert drawn.narrow.height < 200
