"""A transliterated leader's name read as the office holder it sounds like, so that a year-less page is dated by his
terms (reference data: fixtures/reference/offices.json)."""

from extraction import extract_article
from extraction.names import english_name
from extraction.transliteration import holder_sounding_like


def test_a_transliteration_is_the_one_holder_of_the_office_in_that_country_it_sounds_like():
    assert holder_sounding_like("Mô-ri-xi-ô Ma-cri", "Tổng thống Argentina", "AR") == "Mauricio Macri"
    # Beyond the home country's main partners: the leaders of Europe's, Africa's and the Americas' other states.
    assert holder_sounding_like("Các-lơ Nê-ham-mơ", "Thủ tướng Áo", "AT") == "Karl Nehammer"
    assert holder_sounding_like("Uy-li-am Ru-tô", "Tổng thống Kenya", "KE") == "William Ruto"


def test_no_holder_is_read_into_a_name_of_another_country_office_or_sound():
    assert holder_sounding_like("Mô-ri-xi-ô Ma-cri", "Tổng thống Chile", "CL") is None
    assert holder_sounding_like("Mô-ri-xi-ô Ma-cri", "Ngoại trưởng Argentina", "AR") is None
    assert holder_sounding_like("Ana Xô-tô", "Tổng thống Argentina", "AR") is None
    assert holder_sounding_like("Mauricio Ramos", "Tổng thống Argentina", "AR") is None  # Latin letters: as written


def test_the_terms_of_transliterated_leaders_date_a_page_that_never_writes_its_year():
    text = (
        "Chiều 20/2, tại Santiago, Tổng thống Chile Xê-ba-xti-an Pi-nhê-ra hội đàm với Tổng thống Argentina "
        "Mô-ri-xi-ô Ma-cri."
    )
    assert [(e.type, e.date.iso("start")) for e in extract_article(text).events] == [("talks", "2019-02-20")]


def test_a_monarch_written_in_transliteration_is_the_one_readers_know():
    text = "Ngày 20/9/2023, Tổng thống Pháp Ê-ma-nu-en Ma-crông hội đàm với Nhà vua Anh Sác-lơ III tại Paris."
    names = {english_name(p.name) for e in extract_article(text).events for p in e.participants}
    assert names == {"Emmanuel Macron", "Charles III"}
