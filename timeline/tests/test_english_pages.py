"""English throughout on the pages (issue 18, item 4): foreign leaders under the names English readers use,
the evidence glossed in English from the event's facts, the agreement page's heading in English."""

import re
from datetime import date

import pytest
from django.utils import translation

from factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    MentionFactory,
    ParticipationFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


def url(obj) -> str:
    """An object's Vietnamese address (a request to /en/ leaves English active in the test's thread)."""
    with translation.override("vi"):
        return obj.get_absolute_url()


def pair_event(iso="CN", **fields):
    event = EventFactory(**fields)
    event.countries.add(CountryFactory(iso="VN"), CountryFactory(iso=iso))
    return event


@pytest.fixture
def wang_yi_talks():
    talks = pair_event(type="talks", title="Hội đàm với Bộ trưởng Ngoại giao Trung Quốc", start=date(2024, 4, 9))
    wang = PersonFactory(name="Vương Nghị")
    ParticipationFactory(event=talks, person=wang, role="Bộ trưởng Ngoại giao Trung Quốc")
    ParticipationFactory(event=talks, person=PersonFactory(name="Bùi Thanh Sơn"), role="Bộ trưởng Ngoại giao")
    MentionFactory(event=talks, sentence="Hai Bộ trưởng đã hội đàm tại Hà Nội.")
    return talks, wang


def test_chinese_leaders_appear_under_their_english_names_on_english_pages(client, wang_yi_talks):
    talks, wang = wang_yi_talks
    for address in ("/en/", "/en/relations/vn-cn/", f"/en{url(talks)}"):
        page = client.get(address).content.decode()
        assert f'<a href="/en{url(wang)}">Wang Yi</a>' in page, address
        # (The filters' type-ahead offers the names the filter reads, not the page's text.)
        shown = re.sub(r"<datalist.*?</datalist>", "", page, flags=re.S)
        assert "Vương Nghị" not in shown, address
    person = client.get(f"/en{url(wang)}").content.decode()
    assert "<h1>Wang Yi</h1>" in person and '<span lang="vi">Vương Nghị</span>' in person
    assert "<title>Wang Yi" in person
    # The Vietnamese pages keep the name as the sources write it; a name the reference lacks stays as it is.
    assert f'<a href="{url(wang)}">Vương Nghị</a>' in client.get("/").content.decode()
    assert "<h1>Vương Nghị</h1>" in client.get(url(wang)).content.decode()
    assert "Bùi Thanh Sơn" in client.get("/en/").content.decode()


def test_evidence_stays_vietnamese_with_an_english_gloss_from_the_facts(client, wang_yi_talks):
    talks, _ = wang_yi_talks
    page = client.get(f"/en{url(talks)}").content.decode()
    assert '<blockquote lang="vi">Hai Bộ trưởng đã hội đàm tại Hà Nội.</blockquote>' in page
    gloss = page[page.index('class="gloss"') : page.index('<figure class="evidence">')]
    assert (
        "Talks between Minister of Foreign Affairs of China Wang Yi and Minister of Foreign Affairs Bùi Thanh Sơn"
        in (gloss)
    )
    assert "9 Apr 2024" in gloss
    assert 'class="gloss"' not in client.get(url(talks)).content.decode()


def test_a_visit_is_glossed_with_who_went_where(client):
    japan, vietnam = CountryFactory(iso="JP"), CountryFactory(iso="VN")
    visit = EventFactory(
        type="visit", title="Thủ tướng Nhật Bản thăm Việt Nam", start=date(2020, 10, 18), visitor=japan, host=vietnam
    )
    visit.end = date(2020, 10, 20)
    visit.save()
    visit.countries.add(japan, vietnam)
    suga = PersonFactory(name="Suga Yoshihide", country=japan)
    ParticipationFactory(event=visit, person=suga, role="Thủ tướng Nhật Bản")
    ParticipationFactory(event=visit, person=PersonFactory(name="Nguyễn Xuân Phúc"), role="Thủ tướng")
    MentionFactory(event=visit)
    page = client.get(f"/en{url(visit)}").content.decode()
    assert "Visit of Prime Minister of Japan Suga Yoshihide to Viet Nam, 18–20 Oct 2020" in page


def test_upgrades_and_numbered_sessions_are_glossed_and_article_text_is_escaped(client):
    upgrade = pair_event(
        "JP", type="upgrade", title="Nâng cấp", level="comprehensive_strategic_partnership", start=date(2023, 11, 1)
    )
    upgrade.precision, upgrade.end = "month", date(2023, 11, 30)
    upgrade.save()
    session = pair_event("JP", type="committee_session", title="Phiên họp", ordinal=12, start=date(2024, 8, 7))
    ParticipationFactory(event=session, person=PersonFactory(name="<b>Kamikawa</b>"), role="")
    for event in (upgrade, session):
        MentionFactory(event=event)
    page = client.get(f"/en{url(upgrade)}").content.decode()
    assert "Viet Nam and Japan raise their relations to Comprehensive Strategic Partnership, Nov 2023" in page
    page = client.get(f"/en{url(session)}").content.decode()
    assert "12th committee session, Viet Nam – Japan: &lt;b&gt;Kamikawa&lt;/b&gt;, 7 Aug 2024" in page
    assert "<b>Kamikawa" not in page


def test_an_event_whose_facts_say_too_little_has_no_gloss(client):
    event = pair_event("JP", type="other", title="Sự kiện khác", start=date(2024, 1, 2))
    MentionFactory(event=event)
    assert 'class="gloss"' not in client.get(f"/en{url(event)}").content.decode()


def test_agreement_page_heading_is_english_on_english_pages(client):
    agreement = AgreementFactory(name="Bản ghi nhớ hợp tác", kind="mou", signed_on=date(2023, 11, 27))
    agreement.parties.add(CountryFactory(iso="VN"), CountryFactory(iso="JP"))
    event = pair_event("JP", type="signing", title="Ký bản ghi nhớ", start=date(2023, 11, 27))
    event.agreements.add(agreement)
    page = client.get(f"/en{url(agreement)}").content.decode()
    assert "<h1>Memorandum of understanding between Viet Nam and Japan (signed 27 Nov 2023)</h1>" in page
    assert '<span lang="vi">Bản ghi nhớ hợp tác</span>' in page
    assert "<h1>Bản ghi nhớ hợp tác</h1>" in client.get(url(agreement)).content.decode()
    # With no party recorded, the countries of its events say between whom; "other" is an "Agreement".
    other = AgreementFactory(name="Thỏa thuận hợp tác", kind="other")
    event.agreements.add(other)
    assert "<h1>Agreement between Viet Nam and Japan</h1>" in client.get(f"/en{url(other)}").content.decode()
