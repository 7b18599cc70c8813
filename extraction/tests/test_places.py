"""Places: where an event happens, normalised ("Thủ đô Tokyo" and "Tokyo" are one place)."""

import pytest

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
