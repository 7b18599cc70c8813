"""Dated background events a sentence lists: several in clauses of one sentence, the establishment of
relations with its full date, the states' own signings, and aspirations that are no event."""

import pytest

from extraction import extract_article


def events_of(text, published="2025-10-30"):
    return [(e.type, e.date.iso()) for e in extract_article(text, published=published).events]


def test_clauses_of_one_sentence_each_tell_their_dated_event():
    text = (
        "Năm 2009, hai nước thiết lập quan hệ Đối tác chiến lược; Tổng thống Chile Ana Soto thăm Việt Nam năm "
        "2015; Chủ tịch nước Lê Văn An thăm Chile năm 2018."
    )
    assert sorted(events_of(text)) == [("upgrade", "2009"), ("visit", "2015"), ("visit", "2018")]


def test_two_visits_of_one_clause_with_their_own_years_are_two():
    text = "Tổng thống Chile Ana Soto thăm Việt Nam năm 2015 và Chủ tịch nước Lê Văn An thăm Chile năm 2018."
    assert sorted(events_of(text)) == [("visit", "2015"), ("visit", "2018")]


def test_an_establishment_of_relations_with_its_date_far_after_the_cue():
    text = (
        "Việt Nam thiết lập quan hệ ngoại giao với Cộng hòa Chile, quốc gia Nam Mỹ có quan hệ truyền thống, "
        "vào ngày 25/3/1971."
    )
    assert events_of(text) == [("upgrade", "1971-03-25")]


def test_the_states_signing_a_document_on_a_date_is_an_event_without_a_person():
    text = "Việt Nam và Chile ra Tuyên bố chung về quan hệ Đối tác toàn diện ngày 30/9/2020."
    found = extract_article(text, published="2025-10-30").events
    signing = [e for e in found if e.type == "signing"]
    assert [(e.date.iso(), e.countries) for e in signing] == [("2020-09-30", ["CL", "VN"])]


def test_an_aspiration_to_raise_relations_is_no_upgrade():
    text = "Ngày 30/9/2020, hai bên khẳng định hướng tới nâng quan hệ lên Đối tác chiến lược trong 10 năm tới."
    assert "upgrade" not in [kind for kind, _ in events_of(text)]


def test_an_anniversary_of_a_partnership_is_the_articles_year_not_the_year_relations_began():
    text = (
        "Chuyến thăm của Tổng Bí thư Lê Văn An diễn ra theo lời mời của Thủ tướng Anh John Smith, đúng vào dịp "
        "kỷ niệm 15 năm thiết lập quan hệ Đối tác chiến lược Việt Nam - Anh.\n\n"
        "Việt Nam thiết lập quan hệ ngoại giao với Anh ngày 11/9/1973.\n\n"
        "Kim ngạch thương mại 8 tháng đầu năm 2025 đạt 6 tỷ USD."
    )
    anniversaries = [e for e in extract_article(text).events if e.type == "anniversary"]
    assert [a.date.iso() for a in anniversaries] == ["2025"]


def test_relations_established_and_raised_told_in_the_passive():
    text = (
        "Chủ tịch nước Lê Văn An tiếp Đại sứ Chile Ana Soto ngày 29/10/2025. Quan hệ Việt Nam - Chile được thiết "
        "lập ngày 25/12/1971 và nâng lên Đối tác toàn diện năm 2007; quan hệ Đối tác chiến lược hai nước được "
        "thiết lập năm 2018."
    )
    upgrades = [e for e in extract_article(text, published="2025-10-30").events if e.type == "upgrade"]
    assert sorted((e.date.iso(), e.establishes_relations, e.level) for e in upgrades) == [
        ("1971-12-25", True, "diplomatic_relations"),
        ("2007", False, "comprehensive_partnership"),
        ("2018", False, "strategic_partnership"),
    ]


def test_a_passive_establishment_after_a_comma_is_still_told():
    text = (
        "Thủ tướng Lê Minh Tâm hội đàm với Thủ tướng Peru Carlos Rivera ngày 4/6/2025. Hai bên nhất trí làm sâu "
        "sắc quan hệ Đối tác toàn diện Việt Nam - Peru, được thiết lập năm 2017 nhân chuyến thăm của Chủ tịch nước."
    )
    upgrades = [e for e in extract_article(text, published="2025-06-05").events if e.type == "upgrade"]
    assert [(e.date.iso(), e.level) for e in upgrades] == [("2017", "comprehensive_partnership")]


def test_relations_of_two_other_countries_take_their_written_date_never_the_home_countrys_year():
    written = (
        "Ngày 21/12/1972, chính phủ của Thủ tướng Australia John Carter chính thức thiết lập quan hệ ngoại giao với "
        "Trung Quốc, chỉ vài tuần sau khi nhậm chức."
    )
    undated = "Australia là một trong những nước sớm thiết lập quan hệ ngoại giao với Trung Quốc."
    assert events_of(written, published="2022-12-21") == [("upgrade", "1972-12-21")]
    assert events_of(undated, published="2022-12-21") == []


def test_the_same_year_is_the_year_written_before_not_the_articles():
    text = (
        "Hai nước ký Hiệp định thương mại vào tháng 3/2004. Tháng 9 cùng năm, Tổng thống Chile Ana Soto thăm "
        "Việt Nam lần đầu. Cũng trong năm đó, Chủ tịch nước Lê Văn An thăm Chile vào tháng 12."
    )
    visits = [date for kind, date in events_of(text) if kind == "visit"]
    assert visits == ["2004-09", "2004-12"]


def test_a_date_opening_a_later_clause_is_its_events_not_the_sentences():
    text = (
        "Tháng 9/2023, Thủ tướng Lê Văn An thăm chính thức Chile, và tới tháng 11/2024, nhân dịp Thủ tướng dự "
        "Hội nghị thượng đỉnh G20 tại Lima, hai nước nâng cấp quan hệ lên Đối tác chiến lược."
    )
    assert ("upgrade", "2024-11") in events_of(text)


def test_the_month_after_a_colon_dates_the_visits_it_opens_not_the_year_before():
    text = (
        "Năm 2029, nhân kỷ niệm 30 năm quan hệ ngoại giao, hai bên trao đổi nhiều đoàn cấp cao: tháng 9/2029, "
        "Phó Chủ tịch nước Lê Thị Hoa thăm chính thức Chile; tháng 12/2029, Bộ trưởng Ngoại giao Chile Luis Vega "
        "thăm Việt Nam."
    )
    assert sorted(d for kind, d in events_of(text, "2031-03-28") if kind == "visit") == ["2029-09", "2029-12"]


@pytest.mark.parametrize(
    ("text", "published", "year"),
    [
        (
            "Chuyến thăm diễn ra đúng dịp hai nước kỷ niệm 30 năm ký Hiệp ước hữu nghị Việt Nam - Chile (16/6/1994).",
            "2024-06-18",
            "2024",
        ),
        (
            "Việt Nam và Chile thiết lập quan hệ ngày 12/7/1995; hai nước kỷ niệm 30 năm thiết lập quan hệ vào năm "
            "tới.",
            "2024-09-26",
            "2025",
        ),
    ],
)
def test_the_day_an_anniversary_counts_from_is_not_its_year(text, published, year):
    assert ("anniversary", year) in events_of(text, published)


def test_relations_recalled_by_a_speaker_are_between_the_states_named_with_no_participant():
    text = (
        "Sáng 5/12/2031, Chủ tịch nước Lê Văn An tiếp Đại sứ Chile tới trình Quốc thư. Tiếp Đại sứ Peru, Chủ tịch "
        "nước nhắc lại Peru là một trong những nước đầu tiên ở Nam Mỹ thiết lập quan hệ ngoại giao với Việt Nam, "
        "ngày 14/11/1994."
    )
    established = [e for e in extract_article(text).events if e.establishes_relations]
    assert [(sorted(e.countries), e.participants) for e in established] == [(["PE", "VN"], [])]


def test_one_anniversary_told_twice_with_the_day_it_counts_from_is_one_event():
    text = (
        "Ngày 12/3/2031, Tổng thống Chile Ana Soto và Chủ tịch nước Lê Văn An trao đổi điện mừng nhân dịp 60 năm "
        "thiết lập quan hệ ngoại giao hai nước. Các cuộc trao đổi điện mừng diễn ra đúng ngày kỷ niệm 60 năm Việt "
        "Nam và Chile thiết lập quan hệ ngoại giao (12/3/1971)."
    )
    anniversaries = [e for e in extract_article(text).events if e.type == "anniversary"]
    assert [(e.date.iso(), e.ordinal) for e in anniversaries] == [("2031", 60)]


def test_an_anniversary_ceremony_is_held_on_its_day():
    text = (
        "Tối 4/2, tại Hà Nội, Đại sứ quán Chile tổ chức lễ kỷ niệm 55 năm thiết lập quan hệ ngoại giao Việt Nam - "
        "Chile (25/3/1971-25/3/2026). Phó Thủ tướng Lê Văn An nhấn mạnh năm kỷ niệm 55 năm quan hệ ngoại giao là dịp "
        "để Tổng thống Chile Ana Soto thăm Việt Nam."
    )
    anniversaries = [e for e in extract_article(text, published="2026-02-05").events if e.type == "anniversary"]
    assert [(e.date.iso(), e.date.precision) for e in anniversaries] == [("2026-02-04", "day")]


def test_an_establishment_the_article_does_not_date_takes_the_day_written_in_its_anniversary():
    text = (
        "Tối 4/2, Đại sứ quán Ba Lan tổ chức lễ kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam - Ba Lan "
        "(4/2/1950-4/2/2025). Đại sứ Ba Lan Anna Nowak nhắc lại Ba Lan là một trong những nước đầu tiên thiết lập quan "
        "hệ ngoại giao với Việt Nam."
    )
    established = [e for e in extract_article(text, published="2025-02-05").events if e.establishes_relations]
    assert [(e.date.iso(), e.draft_reasons) for e in established] == [("1950-02-04", [])]


def test_an_establishment_only_the_reference_data_dates_waits_for_a_curator():
    from extraction.publishing import DraftReason, judge

    text = (
        "Sáng 5/2, Chủ tịch nước Lê Văn An tiếp Đại sứ Ba Lan Anna Nowak. Đại sứ nhắc lại Ba Lan là một trong những "
        "nước đầu tiên thiết lập quan hệ ngoại giao với Việt Nam."
    )
    article = extract_article(text, published="2025-02-05")
    judge(article)
    established = [e for e in article.events if e.establishes_relations]
    assert [(e.date.iso(), e.draft_reasons) for e in established] == [("1950", [DraftReason.DATED_BY_REFERENCE])]


def test_one_anniversary_told_at_its_ceremony_and_by_a_visit_in_its_year_is_one_event():
    text = (
        "Tối 19/6, Phó Thủ tướng Lê Văn An dự lễ kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Chile. Phó "
        "Thủ tướng nhấn mạnh chuyến thăm của Tổng thống Chile Ana Soto từ ngày 25-27/2 vừa qua diễn ra đúng vào năm "
        "kỷ niệm 50 năm quan hệ ngoại giao."
    )
    anniversaries = [e for e in extract_article(text, published="2021-06-20").events if e.type == "anniversary"]
    assert len(anniversaries) == 1


def test_a_document_signed_in_a_year_after_a_partnership_is_no_second_partnership():
    text = (
        "Từ khi hai nước xác lập quan hệ Đối tác toàn diện năm 2007, hợp tác song phương đạt nhiều kết quả; Hiệp định "
        "thương mại tự do Việt Nam - Chile ký năm 2011 là FTA song phương đầu tiên của Việt Nam ở khu vực."
    )
    assert ("upgrade", "2011") not in events_of(text)


def test_a_concert_celebrating_an_anniversary_is_held_on_its_day():
    text = (
        "Tối 16/5, Chủ tịch Trung Quốc Lý Minh và Tổng thống Nga Ivan Petrov dự buổi hòa nhạc kỷ niệm 75 năm thiết lập "
        "quan hệ ngoại giao Trung - Nga tại Bắc Kinh."
    )
    anniversaries = [e for e in extract_article(text, published="2024-05-17").events if e.type == "anniversary"]
    assert [e.date.iso() for e in anniversaries] == ["2024-05-16"]


def test_an_anniversary_is_not_counted_from_relations_far_from_every_year_its_sentence_writes():
    text = (
        "Đối thoại chiến lược lần thứ 6 giữa hai nước được tổ chức tại Lima vào tháng 12/2029, trong chuyến thăm Peru "
        "của Ngoại trưởng Ana Soto nhân dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao."
    )
    years = [e.date.iso() for e in extract_article(text, published="2031-03-21").events if e.type == "anniversary"]
    assert all(abs(int(year) - 2029) <= 1 for year in years)


def test_who_praises_a_milestone_of_years_before_is_not_in_it():
    text = (
        "Sáng 4/6/2031, Thủ tướng Lê Văn An hội đàm với Thủ tướng Chile Ana Soto. Thủ tướng Ana Soto cũng đánh giá cao "
        "dấu mốc tháng 3-2018, khi hai nước nâng cấp quan hệ lên Đối tác chiến lược."
    )
    upgrades = [e for e in extract_article(text, published="2031-06-04").events if e.type == "upgrade"]
    assert upgrades and all(p.name != "Ana Soto" for e in upgrades for p in e.participants)


def test_relations_normalized_years_before_are_dated_by_their_year_not_by_the_years_counted():
    text = (
        "Ngày 5/4/2031, Chủ tịch nước Lê Văn An hội kiến Tổng thống Chile Ana Soto tại Hà Nội. Theo ông, việc hai nước "
        "quyết định nâng cấp quan hệ là kết quả của quá trình gần 20 năm kể từ khi bình thường hóa quan hệ năm 2012."
    )
    upgrades = [e for e in extract_article(text, published="2031-04-05").events if e.type == "upgrade"]
    assert "2012" in [e.date.iso() for e in upgrades]
    assert all(e.date.start.year != 2011 for e in upgrades)  # not 2031 less the "nearly 20 years"


def test_the_process_of_normalizing_relations_is_no_second_normalization():
    text = (
        "Ngày 23/5/2031, Tổng thống Chile Ana Soto tuyên bố dỡ bỏ lệnh cấm vận đối với Peru tại Lima. Đây là chuyến "
        "thăm Peru đầu tiên của bà kể từ khi hai nước bình thường hóa quan hệ năm 2012. Bà nhấn mạnh việc dỡ bỏ lệnh "
        'cấm vận "không phải vì Ecuador" mà xuất phát từ mong muốn hoàn tất tiến trình bình thường hóa quan hệ.'
    )
    assert events_of(text, published="2031-05-23").count(("upgrade", "2012")) == 1


def test_an_anniversary_recalled_two_years_on_is_the_year_it_counts_to_not_the_day_it_counts_from():
    text = (
        "Ngày 11/7/2031, hai bên vui mừng nhận thấy quan hệ phát triển, nhất là sau Năm Hữu nghị Chile - Peru 2029, "
        "dịp hai nước kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao (5-9-1969) và 45 năm Ngày ký Hiệp ước Hữu nghị."
    )
    assert ("anniversary", "2029") in events_of(text, published="2031-07-11")
