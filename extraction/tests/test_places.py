"""Places: where an event happens, normalised ("Thủ đô Tokyo" and "Tokyo" are one place)."""

import pytest

from extraction import extract_article
from extraction.places import find_place


@pytest.mark.parametrize(
    "sentence, name, country",
    [
        ("Hai Bộ trưởng hội đàm tại Seoul ngày 4/6.", "Seoul", "KR"),
        ("Lễ ký diễn ra ở Hà Nội.", "Hà Nội", "VN"),
        ("Hai bên gặp nhau tại Canberra, Australia, ngày 2/3.", "Canberra", "AU"),
        ("Chủ tịch nước thăm chính thức Indonesia từ ngày 3-5/7.", "Indonesia", "ID"),
        ("Đoàn đã tới Thủ đô Bắc Kinh, bắt đầu chuyến thăm.", "Bắc Kinh", "CN"),
        ("Đoàn đã đến thủ đô Bắc Kinh.", "Bắc Kinh", "CN"),
        ("Thủ tướng thăm cấp Nhà nước Mông Cổ.", "Mông Cổ", "MN"),
    ],
)
def test_place_after_place_words(sentence, name, country):
    place = find_place(sentence)
    assert (place.name, place.country) == (name, country)


def test_unknown_building_is_not_a_place():
    assert find_place("Cuộc gặp diễn ra tại trụ sở Bộ Ngoại giao.") is None


def test_visit_place_is_read_after_the_cue():
    sentence = "Tại Hà Nội, Bộ trưởng cho biết sẽ thăm chính thức Nhật Bản."
    assert find_place(sentence, sentence.index("thăm")).name == "Nhật Bản"


# --- every country Viet Nam has relations with is known, not only the frequent partners ---


def test_a_less_reported_country_is_a_country_and_not_part_of_a_name():
    article = extract_article("Chiều 5/3/2024, Thủ tướng Lê Văn An hội kiến Tổng thống Kenya John Kamau tại Hà Nội.")
    persons = {person.name: person.country for person in article.persons}
    assert persons == {"Lê Văn An": "VN", "John Kamau": "KE"}
    assert [event.type for event in article.events] == ["meeting"]
    assert "KE" in article.events[0].countries


@pytest.mark.parametrize(
    "sentence, name, country",
    [
        ("Phái đoàn đã đến Juba, Nam Sudan, ngày 2/3.", "Juba", "SS"),
        ("Bộ trưởng thăm chính thức Nam Sudan từ ngày 3-5/7.", "Nam Sudan", "SS"),
        ("Bộ trưởng thăm chính thức Sudan từ ngày 3-5/7.", "Sudan", "SD"),
        ("Hai bên hội đàm tại Thủ đô Tbilisi.", "Tbilisi", "GE"),
        ("Chủ tịch nước thăm Cộng hòa Dân chủ Congo.", "Cộng hòa Dân chủ Congo", "CD"),
        ("Đoàn đại biểu đã tới Bờ Biển Ngà.", "Côte d'Ivoire", "CI"),
        ("Tổng Bí thư thăm chính thức Guinea-Bissau.", "Guinea-Bissau", "GW"),
    ],
)
def test_places_of_countries_only_the_full_reference_lists(sentence, name, country):
    place = find_place(sentence)
    assert (place.name, place.country) == (name, country)


@pytest.mark.parametrize(
    "sentence, country",
    [
        ("Năm 1955, Chủ tịch Hồ Chí Minh thăm Liên Xô.", "RU"),
        ("Năm 1957, Chủ tịch Hồ Chí Minh thăm Tiệp Khắc.", "CZ"),
        ("Năm 1957, Chủ tịch Hồ Chí Minh thăm Nam Tư.", "RS"),
    ],
)
def test_a_state_of_the_past_is_its_successor_as_relations_with_viet_nam_are_counted(sentence, country):
    assert find_place(sentence).country == country


def test_a_region_of_the_americas_is_not_the_united_states():
    from extraction.reference import places_in

    assert places_in("Peru là đối tác quan trọng ở Nam Mỹ, khu vực Mỹ Latinh và châu Mỹ.") == places_in("Peru")
    assert [p.country for p in places_in("Tổng thống Mỹ tới Bắc Triều Tiên.")] == ["US", "KP"]


def test_a_place_of_the_clause_after_is_not_the_meetings():
    text = (
        "Theo chương trình, sáng 1/10/2031, Tổng thống Chile Ana Soto sẽ hội kiến Thủ tướng Peru Luis Vega, dự Diễn "
        "đàn Doanh nghiệp Chile - Peru trước khi lên đường thăm Bolivia."
    )
    meetings = [e for e in extract_article(text).events if e.type == "meeting"]
    assert meetings and all(e.place != "Bolivia" for e in meetings)


def test_a_visit_is_not_placed_where_the_summit_its_sentence_looks_ahead_to_is_held():
    text = (
        "Chuyến thăm cấp nhà nước tới Peru từ 20-23/6 của Tổng thống Chile Ana Soto được đánh giá đã đưa quan hệ "
        "hai nước lên tầm cao mới. Giới quan sát cho rằng kết quả chuyến công du cuối tuần qua sẽ tạo đà cho Chile "
        "trước thềm Hội nghị thượng đỉnh G20 tại Brasilia vào tháng 9 tới, sự kiện mà Tổng thống Peru Carlos "
        "Rivera đã xác nhận sẽ tham dự."
    )
    places = {e.place for e in extract_article(text, published="2031-06-26").events if e.type == "visit"}
    assert places == {"Peru"}


def test_a_country_named_with_its_state_form_is_the_place_and_its_visit_a_visit_of_its_own():
    text = (
        "Tổng thống Chile Ana Soto sẽ thăm chính thức Peru từ ngày 8 đến 9/7/2031. Sau khi rời Lima, Tổng thống "
        "Ana Soto sẽ thăm Cộng hòa Ecuador trong hai ngày 9 và 10-7."
    )
    visits = [e for e in extract_article(text, published="2031-07-05").events if e.type == "visit"]
    assert sorted((e.place, e.date.iso("start")) for e in visits) == [("Ecuador", "2031-07-09"), ("Peru", "2031-07-08")]


def test_a_visit_in_a_clause_of_what_came_before_is_to_its_own_destination_not_the_gatherings_city():
    text = (
        "Ngày 28/9, Tổng thống Peru Carlos Rivera đến Santiago. Đây là chuyến thăm đầu tiên của ông Rivera tới Chile, "
        "sau khi ông dự Hội nghị Cấp cao Andes tại Quito và thăm Bolivia hồi đầu tháng."
    )
    events = extract_article(text, published="2031-09-29").events
    assert [e.place for e in events if e.type == "visit" and e.date.precision == "month"] == ["Bolivia"]
