"""Every relationship's full ladder (issue 18): the reference data, the eras built from it and from the
events that set a level, the relationship pages and the list of relationships."""

import json
from datetime import date

import pytest
from django.core.management import call_command

from extraction.levels import BY_CODE
from extraction.reference import countries
from factories import CountryFactory, EventFactory
from timeline import ladder
from timeline.eras import eras_to_show
from timeline.models import Event

pytestmark = pytest.mark.django_db


def pair_event(iso, **fields):
    event = EventFactory(**fields)
    event.countries.add(CountryFactory(iso="VN"), CountryFactory(iso=iso))
    return event


def ladder_text(page: str) -> str:
    """The relationship page's landing: the current level and the list of the eras."""
    return page[page.index('class="current-level"') : page.index("</section>")]


# --- the reference data ---------------------------------------------------------------------


def test_reference_file_is_whole_and_agrees_with_the_country_reference():
    data = json.loads(ladder.RELATIONS_FILE.read_text(encoding="utf-8"))
    assert data["sources"] and all(source["url"].startswith("https://") for source in data["sources"])
    isos = [entry["iso"] for entry in data["relations"]]
    assert len(isos) == len(set(isos)) >= 150
    for entry in data["relations"]:
        steps = ladder.steps_of(("VN", entry["iso"]))
        assert steps[0].is_establishment and all(step.level in BY_CODE for step in steps)
        assert [step.start for step in steps] == sorted(step.start for step in steps)
        # Every country is named in both languages: by the country reference, or by this file.
        known = countries().get(entry["iso"])
        assert bool(known) != ("vi" in entry and "en" in entry)
        if known and known.get("relations_with_vn"):
            assert known["relations_with_vn"] == steps[0].start.year, entry["iso"]
    assert sum(1 for entry in data["relations"] if entry.get("levels")) >= 30


def test_dates_keep_the_precision_they_are_written_with():
    assert ladder.parse_date("1973-09-21") == (date(1973, 9, 21), date(1973, 9, 21), "day")
    assert ladder.parse_date("2009-04") == (date(2009, 4, 1), date(2009, 4, 30), "month")
    assert ladder.parse_date("2007") == (date(2007, 1, 1), date(2007, 12, 31), "year")


# --- relationship pages ---------------------------------------------------------------------


def test_japan_shows_its_whole_ladder_with_only_the_seed_articles(client):
    call_command("import_articles", "fixtures/articles", verbosity=0)
    page = ladder_text(client.get("/relations/vn-jp/").content.decode())
    assert "Cấp độ hiện nay: <strong>Đối tác chiến lược toàn diện</strong>" in page
    eras = page[page.index('class="eras"') :]
    steps = ["Thiết lập quan hệ ngoại giao", "Đối tác chiến lược:", "Đối tác chiến lược sâu rộng:"]
    dates = ["21/9/1973", "4/2009", "3/2014", "27/11/2023"]
    positions = [eras.index(text) for text in dates]
    assert positions == sorted(positions) and all(step in eras for step in steps)
    english = ladder_text(client.get("/en/relations/vn-jp/").content.decode())
    for text in ("Establishment of diplomatic relations", "21 Sep 1973", "Extensive Strategic Partnership", "Mar 2014"):
        assert text in english


def test_the_page_follows_a_change_of_the_reference_data(client, settings, tmp_path):
    pair_event("JP", title="Hội đàm cấp cao", start=date(2024, 5, 2))
    assert "3/2014" in ladder_text(client.get("/relations/vn-jp/").content.decode())
    data = json.loads(ladder.RELATIONS_FILE.read_text(encoding="utf-8"))
    japan = next(entry for entry in data["relations"] if entry["iso"] == "JP")
    japan["levels"] = [{"level": "strategic_partnership", "date": "2010-06-15"}]
    changed = tmp_path / "relations.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    settings.TIMELINE_RELATIONS_FILE = str(changed)
    page = ladder_text(client.get("/relations/vn-jp/").content.decode())
    assert "15/6/2010" in page and "3/2014" not in page and "27/11/2023" not in page
    assert "Cấp độ hiện nay: <strong>Đối tác chiến lược</strong>" in page


def test_united_states_has_its_level_from_the_reference_without_any_article(client):
    page = client.get("/relations/vn-us/").content.decode()
    landing = ladder_text(page)
    assert "Cấp độ hiện nay: <strong>Đối tác chiến lược toàn diện</strong>" in landing and "10/9/2023" in landing
    assert "12/7/1995" in landing and "25/7/2013" in landing and "Hoa Kỳ" in page
    english = client.get("/en/relations/vn-us/").content.decode()
    assert "Comprehensive Strategic Partnership" in english and "United States" in english
    # A country only the ladder's file names (no event, not in the country reference) has its page too.
    assert "Việt Nam – Li-băng" in client.get("/relations/vn-lb/").content.decode()
    assert "Viet Nam – Lebanon" in client.get("/en/relations/vn-lb/").content.decode()
    # A pair the reference does not know, and no event names, is still not a page.
    assert client.get("/relations/vn-tw/").status_code == 404
    assert client.get("/relations/jp-us/").status_code == 404


def test_an_event_that_agrees_with_a_step_is_shown_as_its_source(client):
    upgrade = pair_event(
        "JP",
        title="Hai nước nâng cấp quan hệ",
        type="upgrade",
        level="comprehensive_strategic_partnership",
        start=date(2023, 11, 27),
    )
    page = ladder_text(client.get("/relations/vn-jp/").content.decode())
    step = page[page.index("Đối tác chiến lược toàn diện:") :]
    assert f'<a href="{upgrade.get_absolute_url()}">27/11/2023</a>' in step
    assert "được một bài báo xác nhận" in step
    # The establishment is told by no article: its date is not a link, and its source is the reference.
    first = page[page.index("Thiết lập quan hệ ngoại giao:") :]
    assert first.index("21/9/1973") < first.index("dữ liệu tham chiếu") < first.index("</li>")
    assert "<a" not in first[: first.index("</li>")]


def test_a_level_only_an_event_tells_adds_a_step_after_the_reference_ones():
    pair_event(
        "MX", title="Nâng cấp quan hệ", type="upgrade", level="comprehensive_partnership", start=date(2026, 3, 4)
    )
    eras = eras_to_show(Event.objects.published(), ["VN", "MX"])
    assert [(era.level, era.start, era.source) for era in eras] == [
        ("diplomatic_relations", date(1975, 5, 19), "reference"),
        ("comprehensive_partnership", date(2026, 3, 4), "event"),
    ]
    assert eras[0].end == date(2026, 3, 3) and eras[1].end is None


def test_a_level_the_reference_dates_otherwise_is_not_a_second_step():
    pair_event("JP", title="Nâng cấp", type="upgrade", level="strategic_partnership", start=date(2016, 1, 5))
    eras = eras_to_show(Event.objects.published(), ["VN", "JP"])
    assert [era.start.year for era in eras] == [1973, 2009, 2014, 2023] and not eras[1].slug


# --- what the importer asks -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("iso", "level", "establishes", "start", "end", "reason"),
    [
        ("JP", "comprehensive_strategic_partnership", False, date(2023, 11, 27), None, None),
        ("JP", "strategic_partnership", False, date(2009, 4, 20), None, None),  # within the month the file gives
        ("JP", "", True, date(1973, 9, 21), None, None),
        ("JP", "comprehensive_strategic_partnership", False, date(2023, 11, 1), date(2023, 11, 30), None),
        ("JP", "comprehensive_strategic_partnership", False, date(2022, 11, 27), None, ladder.DATE_DIFFERS),
        ("JP", "", True, date(1975, 9, 21), None, ladder.DATE_DIFFERS),
        ("JP", "comprehensive_partnership", False, date(2012, 1, 1), None, ladder.LEVEL_NOT_IN_REFERENCE),
        ("TW", "strategic_partnership", False, date(2012, 1, 1), None, ladder.UNKNOWN_RELATIONSHIP),
        ("JP", "", False, date(2012, 1, 1), None, None),  # sets no level: nothing to compare
    ],
)
def test_disagreement_says_why_an_event_needs_review(iso, level, establishes, start, end, reason):
    event = Event(title="x", type="upgrade", level=level, establishes_relations=establishes, start=start)
    event.end = end or start
    assert ladder.disagreement(event, pair=("VN", iso)) == reason


def test_each_reason_is_said_in_both_languages():
    from django.utils import translation

    for code in (ladder.UNKNOWN_RELATIONSHIP, ladder.LEVEL_NOT_IN_REFERENCE, ladder.DATE_DIFFERS):
        with translation.override("vi"):
            vietnamese = str(ladder.REASONS[code])
        with translation.override("en"):
            english = str(ladder.REASONS[code])
        assert "tham chiếu" in vietnamese and "reference data" in english


def test_disagreement_reads_the_countries_of_a_saved_event():
    event = pair_event("KR", type="upgrade", level="comprehensive_strategic_partnership", start=date(2021, 5, 1))
    assert ladder.disagreement(event) == ladder.DATE_DIFFERS
    third = pair_event("KR", type="upgrade", level="comprehensive_strategic_partnership", start=date(2022, 12, 5))
    third.countries.add(CountryFactory(iso="US"))
    assert ladder.disagreement(third) is None  # not one of the home country's pairs


# --- the list of relationships --------------------------------------------------------------


def level_sections(page: str) -> dict[str, str]:
    """The list of relationships by level: the heading of each group -> its list."""
    sections = page.split('<section class="relationship-level"')[1:]
    return {
        section[section.index(">", section.index("<h2")) + 1 : section.index(" (")]: section for section in sections
    }


def test_relations_lists_every_pair_of_the_reference_with_its_current_level(client):
    pair_event("JP", title="Hội đàm", start=date(2024, 5, 2))
    page = client.get("/relations/").content.decode()
    levels = level_sections(page)
    assert sum(section.count("<li>") for section in levels.values()) == len(ladder.reference().steps)
    # The closest levels first, each group counted; a pair sits in its current level's group with its date.
    assert list(levels)[:2] == ["Quan hệ đặc biệt", "Đối tác hợp tác chiến lược toàn diện"]
    assert "Việt Nam – Malawi</a> · từ 23/9/2024" in levels["Quan hệ ngoại giao"]
    japan = levels["Đối tác chiến lược toàn diện"]
    japan = japan[japan.index("Việt Nam – Nhật Bản") :]
    assert japan.index("từ 27/11/2023") < japan.index("1 sự kiện, 2024") < japan.index("</li>")
    assert "Nhật Bản" not in levels["Đối tác chiến lược"]
    english = level_sections(client.get("/en/relations/").content.decode())
    assert "Viet Nam – Japan</a> · since 27 Nov 2023" in english["Comprehensive Strategic Partnership"]
    assert "Viet Nam – Malawi" in english["Diplomatic relations"]


def test_the_overview_draws_the_years_of_the_events_not_the_whole_ladder(client):
    pair_event("JP", title="Hội đàm", start=date(2024, 5, 2))
    page = client.get("/relations/vn-jp/").content.decode()
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert "1973" not in svg and "2009" not in svg  # listed above the overview, not drawn fifty years wide
    assert "Việt Nam – Nhật Bản: Đối tác chiến lược toàn diện (27/11/2023)" in svg
    assert "21/9/1973" in ladder_text(page)
