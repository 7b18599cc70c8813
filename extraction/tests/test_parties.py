"""Parties told by their office alone ("hai Thủ tướng") are the holders of that office the article named; "hai nhà
lãnh đạo" are the two sides of the event told before."""

import pytest

from extraction import extract_article
from extraction.parties import with_office_holders
from extraction.persons import PersonMention


def talks_of(text, published="2025-03-15"):
    return [
        (e.date.iso("start"), sorted(p.name for p in e.participants))
        for e in extract_article(text, published=published).events
        if e.type == "talks"
    ]


def test_the_two_prime_ministers_are_the_last_two_the_article_named():
    text = (
        "Thủ tướng Lê Minh Tâm đón Thủ tướng Campuchia Chan Dara tại sân bay.\n"
        "Sáng 14/3/2025, hai Thủ tướng đã hội đàm tại Trụ sở Chính phủ."
    )
    assert talks_of(text) == [("2025-03-14", ["Chan Dara", "Lê Minh Tâm"])]


def test_two_holders_of_another_office_or_of_one_country_name_nobody():
    one_country = (
        "Thủ tướng Lê Minh Tâm và Phó Thủ tướng Trần Văn Bình đón đoàn Campuchia.\n"
        "Sáng 14/3/2025, hai Bộ trưởng đã hội đàm tại Trụ sở Chính phủ."
    )
    assert talks_of(one_country) == []


def test_the_two_leaders_of_a_dated_sentence_are_the_sides_of_the_event_told_before():
    text = (
        "Tổng thống Peru Luis Vera tới Hà Nội chiều 13/3, bắt đầu chuyến thăm chính thức Việt Nam theo lời mời "
        "của Chủ tịch nước Lê Minh Tâm.\n"
        "Sáng 14/3, hai nhà lãnh đạo đã hội đàm tại Phủ Chủ tịch."
    )
    assert talks_of(text) == [("2025-03-14", ["Luis Vera", "Lê Minh Tâm"])]


def test_the_two_leaders_are_the_two_of_the_welcome_even_when_one_country_is_unsaid():
    text = (
        "Chiều 13/3, Thủ tướng Ana Soto chủ trì lễ đón chính thức Chủ tịch nước Lê Minh Tâm.\n"
        "Hai nhà lãnh đạo hội đàm ngày 14/3."
    )
    assert talks_of(text) == [("2025-03-14", ["Ana Soto", "Lê Minh Tâm"])]


def test_the_two_ministers_after_the_welcome_are_its_parties_not_those_attending_it():
    text = (
        "Sáng 14/3, Đại tướng Lê Văn Hải chủ trì lễ đón chính thức Trung tướng Ana Soto, Bộ trưởng Quốc phòng Chile.\n"
        "Tham dự lễ đón có Thượng tướng Trần Văn Bình, Thứ trưởng Bộ Quốc phòng; Trung tướng Ngô Văn Nam.\n"
        "Sau lễ đón chính thức, hai Bộ trưởng tiến hành hội đàm."
    )
    assert talks_of(text) == [("2025-03-14", ["Ana Soto", "Lê Văn Hải"])]


def test_an_office_told_alone_as_a_subject_is_its_holder_named_before():
    earlier = [[PersonMention("Ana Soto", "Chủ tịch Quốc hội", 30, 38, country="CL")]]
    sentence = "Chủ tịch Quốc hội Chile cũng đã hội kiến Chủ tịch nước Lê Văn Hải."
    mentions = [PersonMention("Lê Văn Hải", "Chủ tịch nước", 55, 65, country="VN")]
    found = with_office_holders(sentence, mentions, earlier)
    assert [(m.name, m.offset) for m in found] == [("Ana Soto", 0), ("Lê Văn Hải", 55)]
    assert with_office_holders(sentence.replace("Chile", "Peru"), mentions, earlier) == mentions


def test_the_two_leaders_who_sign_after_the_talks_are_the_talks_not_a_visit_of_long_ago_told_since():
    text = (
        "Ngày 10/3/2031, tại Santiago, Chủ tịch nước Lê Văn An và Tổng thống Chile Ana Soto đã hội đàm. Chủ tịch "
        "Trần Văn Bình thăm Chile năm 1971 và cùng năm đó Tổng thống Carlos Rivera sang thăm Việt Nam. Kết thúc hội "
        "đàm, hai nhà lãnh đạo đã ký Tuyên bố chung về quan hệ Đối tác toàn diện."
    )
    signings = [e for e in extract_article(text, published="2031-03-10").events if e.type == "signing"]
    assert [sorted(p.name for p in e.participants) for e in signings] == [["Ana Soto", "Lê Văn An"]]


def test_the_subject_after_a_meeting_told_first_is_the_actor_of_both_not_a_second_counterpart():
    text = (
        "Ngày 12/5/2031, sau cuộc gặp với Tổng thống Peru Carlos Rivera, Tổng thống Chile Ana Soto đã hội đàm "
        "với Tổng thống Ecuador Luis Vega tại Lima."
    )
    events = extract_article(text, published="2031-05-13").events
    people = {e.type: sorted(p.name for p in e.participants) for e in events}
    assert people == {"meeting": ["Ana Soto", "Carlos Rivera"], "talks": ["Ana Soto", "Luis Vega"]}


def test_who_the_opening_names_as_another_trip_s_maker_is_not_in_the_visit_the_sentence_recalls():
    text = (
        "Trước chuyến đi của ông Carlos Rivera, chuyến thăm cấp Nhà nước gần nhất của một Tổng thống Peru là "
        "chuyến thăm của Tổng thống Luis Vega ngày 29-30/9/2026."
    )
    visits = [e for e in extract_article(text, published="2031-01-30").events if e.type == "visit"]
    assert [sorted(p.name for p in e.participants) for e in visits] == [["Luis Vega"]]


def test_who_made_the_trip_a_visit_is_the_first_since_is_not_in_the_visit():
    text = (
        "Chiều 9/7/2031, ông Carlos Rivera tới Lima, bắt đầu chuyến thăm Peru trong hai ngày 9-10/7 - lần đầu một "
        "Tổng thống Chile tới nước này kể từ chuyến đi của bà Ana Soto năm 2011."
    )
    visits = [e for e in extract_article(text, published="2031-07-09").events if e.type == "visit"]
    assert [sorted(p.name for p in e.participants) for e in visits] == [["Carlos Rivera"]]


def test_the_two_leaders_are_never_one_of_them_and_the_spouse_he_travels_with():
    text = (
        "Tổng thống Chile Luis Vega cùng Đệ nhất phu nhân Ana Soto tới Lima tối 23/3/2031, bắt đầu chuyến thăm kéo "
        "dài hai ngày. Hai nhà lãnh đạo đã gặp nhau hồi đầu tháng 1 tại Hội nghị Thượng đỉnh ở Quito."
    )
    meetings = [e for e in extract_article(text, published="2031-03-25").events if e.type == "meeting"]
    assert meetings and all("Ana Soto" not in {p.name for p in e.participants} for e in meetings)


def test_the_visit_a_first_is_counted_from_is_its_own_visitors_alone():
    text = (
        "Ngày 17/9, Tổng thống Chile Ana Soto thăm Peru. Bà Soto là nguyên thủ Chile đầu tiên thăm Peru kể từ chuyến "
        "thăm của Tổng thống Luis Vega năm 2016."
    )
    events = extract_article(text, published="2031-09-18").events
    assert [[p.name for p in e.participants] for e in events if e.date.iso() == "2016"] == [["Luis Vega"]]


@pytest.mark.parametrize(
    "text",
    [
        "Theo chương trình, ngày 10/11, Tổng thống Peru Luis Vega sẽ hội kiến Thủ tướng Chile Pedro Díaz, trước khi "
        "rời Santiago tới thành phố Quito tham dự Hội nghị thượng đỉnh Andes.",
        "Trong chuyến thăm tháng 11 này, Tổng thống Peru Luis Vega sẽ hội kiến Thủ tướng Chile Pedro Díaz, Chủ tịch "
        "Quốc hội Chile Rosa Pérez và dự Diễn đàn Doanh nghiệp Peru - Chile.",
    ],
)
def test_the_gathering_a_leader_leaves_for_after_a_meeting_is_his_without_the_one_he_met(text):
    events = extract_article(text, published="2031-11-09").events
    assert [[p.name for p in e.participants] for e in events if e.type == "conference"] == [["Luis Vega"]]


def test_the_leader_a_predecessor_is_named_by_takes_no_part():
    text = (
        "Tổng thống Chile Ana Soto đã thăm cấp nhà nước Peru vào tháng 5/2026 và hội đàm với người tiền nhiệm của ông "
        "Carlos Rivera là Tổng thống Luis Vega."
    )
    events = extract_article(text, published="2031-01-20").events
    assert [sorted(p.name for p in e.participants) for e in events if e.type == "talks"] == [["Ana Soto", "Luis Vega"]]


def test_two_presidents_are_those_in_office_on_the_events_dates_not_one_deposed_long_before():
    # Reference data: the terms of office of Egypt's presidents (fixtures/reference/offices.json).
    text = (
        "Ngày 3/5/2031, Tổng thống Ai Cập Abdel Fattah al-Sisi đón Tổng thống Chile Ana Soto tại Cairo. Quan hệ hai "
        "nước từng xấu đi sau khi Tổng thống Ai Cập Mohamed Morsi bị phế truất năm 2013. Tháng 9/2030, hai Tổng "
        "thống đã có cuộc gặp đầu tiên tại New York."
    )
    events = extract_article(text, published="2031-05-04").events
    met = [sorted(p.name for p in e.participants) for e in events if e.type == "meeting" and e.date.iso() == "2030-09"]
    assert met == [["Abdel Fattah al-Sisi", "Ana Soto"]]


def test_who_supports_a_summit_of_others_takes_no_part_in_it():
    text = (
        "Ngày 23/3, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera. Tổng thống Ana Soto bày tỏ "
        "ủng hộ hội nghị thượng đỉnh Ecuador - Bolivia - Colombia dự kiến diễn ra vào cuối tháng 4 tới."
    )
    events = extract_article(text, published="2031-03-24").events
    assert [[p.name for p in e.participants] for e in events if e.type == "conference"] == [[]]


def test_the_relative_a_visitor_is_named_by_takes_no_part():
    text = (
        "Tháng 11/2026, Hoàng tử Luis Vega, cháu nội của Nữ hoàng Rosa Pérez, đã thăm Chile và dự Hội nghị quốc tế "
        "tại Santiago."
    )
    events = extract_article(text, published="2031-01-20").events
    assert [[p.name for p in e.participants] for e in events if e.type == "visit"] == [["Luis Vega"]]
