"""The Vietnamese date grammar: spans with precision, year-less dates and the article's year."""

from datetime import date

import pytest

from extraction import extract_article
from extraction.dates import MASTER, PATTERNS, find_dates
from extraction.dating import guess_year
from extraction.publication import parse_published
from extraction.records import YearGuess

Y2019 = YearGuess(2019, "text", 0.8)


def one(sentence, year=Y2019, published=None):
    spans = find_dates(sentence, year, published)
    assert len(spans) == 1, spans
    s = spans[0]
    return s.start.isoformat(), s.end.isoformat(), s.precision, s.year_inferred


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ngày 12/3/2018, hai bên ký kết.", ("2018-03-12", "2018-03-12", "day", False)),
        ("ngày 05/11/2016 tại Lima", ("2016-11-05", "2016-11-05", "day", False)),
        ("Hôm 3-5-2017 đoàn tới Viêng Chăn", ("2017-05-03", "2017-05-03", "day", False)),
        ("ngày 9 tháng 4 năm 2021", ("2021-04-09", "2021-04-09", "day", False)),
        ("Chiều 14/3, Chủ tịch nước tiếp", ("2019-03-14", "2019-03-14", "day", True)),
        ("tối ngày 2/9, tiệc chiêu đãi", ("2019-09-02", "2019-09-02", "day", True)),
        ("ngày 21-11 tại Bắc Kinh", ("2019-11-21", "2019-11-21", "day", True)),
        # "Tomorrow" with the day written after it: the day written.
        ("Ngày mai 22-11, đoàn sẽ tới Huế", ("2019-11-22", "2019-11-22", "day", True)),
        ("sáng mai 22.11 đoàn tới Huế", ("2019-11-22", "2019-11-22", "day", True)),
    ],
)
def test_days(sentence, expected):
    assert one(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("thăm chính thức Lào từ ngày 4-6/9.", ("2019-09-04", "2019-09-06", "day", True)),
        ("chuyến thăm (25-27/2) của Tổng thống", ("2019-02-25", "2019-02-27", "day", True)),
        ("Lễ hội dự kiến từ ngày 11~13/10/2016.", ("2016-10-11", "2016-10-13", "day", False)),
        ("từ ngày 28/2-2/3, đoàn công tác", ("2019-02-28", "2019-03-02", "day", True)),
        ("Ngày 5/6-8/6, Đại sứ làm việc", ("2019-06-05", "2019-06-08", "day", True)),
        ("từ ngày 10 đến 15 tháng 5", ("2019-05-10", "2019-05-15", "day", True)),
        ("diễn ra từ ngày 12 đến 14/11 tới", ("2019-11-12", "2019-11-14", "day", True)),
        ("từ 28/12-2/1 đoàn thăm", ("2019-12-28", "2020-01-02", "day", True)),
        # "Hoa Kỳ", "Thổ Nhĩ Kỳ" end in "Kỳ", as "kỳ 24" (a session's number) begins: a country, the days after it.
        ("đang thăm chính thức Hoa Kỳ từ ngày 24 đến 26/7", ("2019-07-24", "2019-07-26", "day", True)),
        ("chuyến công du kéo dài từ ngày 26-5 đến 4-6 tới tám nước", ("2019-05-26", "2019-06-04", "day", True)),
        ("sẽ ở lại thăm chính thức Việt Nam (1 và 2/3) theo lời mời", ("2019-03-01", "2019-03-02", "day", True)),
        ("chuyến thăm của ông Soto hôm 16 và 17-5.", ("2019-05-16", "2019-05-17", "day", True)),
    ],
)
def test_day_ranges_are_ranges_not_years(sentence, expected):
    assert one(sentence) == expected


def test_open_start_is_a_single_day():
    assert one("chuyến thăm Hà Nội của Thủ tướng từ ngày 9/12 tới") == ("2019-12-09", "2019-12-09", "day", True)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("hội đàm tại Hà Nội tháng 6/2017", ("2017-06-01", "2017-06-30", "month", False)),
        ("tháng 2 năm 2016", ("2016-02-01", "2016-02-29", "month", False)),
        ("sau chuyến thăm Peru vào tháng Tư.", ("2019-04-01", "2019-04-30", "month", True)),
        ("cuối tháng 11/2018", ("2018-11-01", "2018-11-30", "month", False)),
        ("đầu tháng 3", ("2019-03-01", "2019-03-31", "month", True)),
        ("tháng 9 năm nay sẽ là", ("2019-09-01", "2019-09-30", "month", True)),
        ("vào tháng 10 năm sau", ("2020-10-01", "2020-10-31", "month", True)),
    ],
)
def test_months(sentence, expected):
    assert one(sentence) == expected


@pytest.mark.parametrize("opening", ["Tháng 9 năm ngoái", "Tháng 9/2023"])
def test_a_month_and_year_opening_the_sentence_are_those_of_its_year_less_days(opening):
    sentence = f"{opening}, Bộ trưởng Trần Quốc Huy thăm Chile và được Tổng thống Chile tiếp ngày 12/9."
    days = [d.start for d in find_dates(sentence, published=date(2024, 10, 9)) if d.precision == "day"]
    assert days == [date(2023, 9, 12)]


def test_month_just_past_is_before_the_publication_date():
    assert one("chuyến thăm tháng 11 vừa qua", published=date(2020, 2, 1)) == (
        "2019-11-01",
        "2019-11-30",
        "month",
        True,
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("trong năm 2016, hai nước", ("2016-01-01", "2016-12-31", "year", False)),
        ("dự kiến vào nửa cuối năm 2021.", ("2021-01-01", "2021-12-31", "year", False)),
        ("đầu năm 2024", ("2024-01-01", "2024-12-31", "year", False)),
        ("khuôn khổ “Đối tác toàn diện” (2013)", ("2013-01-01", "2013-12-31", "year", False)),
        ("kỷ niệm 30 năm quan hệ (1993 - 2023)", ("1993-01-01", "2023-12-31", "year", False)),
        ("năm ngoái", ("2018-01-01", "2018-12-31", "year", True)),
    ],
)
def test_years(sentence, expected):
    assert one(sentence) == expected


def test_relative_days_need_the_publication_date():
    published = date(2021, 3, 10)  # a Wednesday
    assert one("hôm qua, hai bên điện đàm", published=published)[:2] == ("2021-03-09", "2021-03-09")
    assert one("tuần trước", published=published)[:3] == ("2021-03-01", "2021-03-31", "month")
    assert find_dates("hôm qua, hai bên điện đàm", Y2019, None) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Phiên họp thứ 15 Ủy ban liên Chính phủ",
        "Kỳ họp lần thứ 9",
        "hơn 45 năm qua quan hệ phát triển",
        "hưởng thọ 98 tuổi",
        "Đúng 8h30 giờ địa phương (6h30 giờ Hà Nội)",
        "nhóm G20 và đại dịch Covid-19",
        "tỷ lệ 50/50 giữa hai bên",
        "ngày 31/2/2020 không tồn tại",
    ],
)
def test_not_dates(sentence):
    assert find_dates(sentence, Y2019) == []


def test_year_less_date_without_any_year_is_dropped_not_guessed():
    assert find_dates("Chiều 14/3, hai bên hội đàm.", YearGuess(None, "", 0.0)) == []


def test_given_publication_date_wins_for_the_year():
    given = parse_published("2021-06-05")
    assert guess_year("Ngày 1/1/2015 …", given).year == 2021
    assert guess_year("Ngày 1/1/2015 …", given).basis == "given"
    assert one("ngày 2/6", year=guess_year("x", given), published=given)[0] == "2021-06-02"


def test_a_publication_month_gives_the_year_and_a_late_date_falls_in_the_year_before():
    given = parse_published("2021-02")
    assert one("ngày 28/12", year=guess_year("x", given), published=given)[0] == "2020-12-28"
    assert one("ngày 3/2", year=guess_year("x", given), published=given)[0] == "2021-02-03"


def test_year_from_the_latest_full_date_in_the_text():
    guess = guess_year("Ngày 2/4/2016 hai bên gặp nhau; ngày 7/7/2017 ký kết; chiều 9/7 họp báo.")
    assert guess.year == 2017 and "7/7/2017" in guess.source and guess.basis == "text"


def test_a_background_year_or_a_label_does_not_date_the_article():
    assert guess_year("Hai nước nâng cấp quan hệ năm 2012. Chiều 27/11, hai bên hội đàm.").year is None
    assert guess_year("Sau thành công của APEC 2017, hai bên gặp lại chiều 9/7.").year is None


def test_a_chairmanship_the_text_holds_gives_the_year_weakly():
    guess = guess_year("Với tư cách Chủ tịch APEC 2017, Peru tổ chức hội nghị chiều 9/7.")
    assert guess.year == 2017 and guess.confidence < 0.7
    assert guess_year("Ngày 2/3/2019 … Chủ tịch ASEAN 2020").year == 2019  # a written date comes first


@pytest.mark.parametrize(
    "text, year",
    [
        ("Chiều 26/10, bên lề Hội nghị Cấp cao ASEAN lần thứ 47, Thủ tướng gặp Thủ tướng Peru.", 2025),
        ("Sáng 6/9, tại Hội nghị Cấp cao Đông Á lần thứ 18, Thủ tướng phát biểu.", 2023),
        ("Ngày 12/11, Hội nghị các nhà Lãnh đạo Kinh tế APEC (AELM) lần thứ 25 khai mạc tại Đà Nẵng.", 2017),
        ("Ngày 16/11, Hội nghị các nhà Lãnh đạo Kinh tế APEC lần thứ 29 bế mạc.", 2022),  # none held in 2019
    ],
)
def test_a_numbered_summit_the_text_names_gives_its_year(text, year):
    guess = guess_year(text)
    assert guess.year == year and guess.confidence < 0.7


def test_a_summit_named_with_a_bare_number_gives_no_year():
    assert guess_year("Theo thỏa thuận tại Hội nghị Cấp cao APEC 25 ở Đà Nẵng, chiều 9/7 hai bên gặp lại.").year is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai bên đặt mục tiêu 2030 đưa kim ngạch lên 50 tỷ USD.",
        "Chiến lược phát triển Tầm nhìn 2045 được thông qua.",
        "Brazil là Chủ tịch BRICS 2025.",
        "Chile chuyển giao vai trò Chủ tịch APEC năm 2031 cho Peru.",
        "Hai nước tổ chức Năm Du lịch năm 2027 (kế hoạch).",
        "Với tư cách nước chủ nhà APEC 2017, Peru cảm ơn.",
        "Hai bên công bố kế hoạch với mục tiêu đón 30.000 sinh viên Chile tới Peru vào năm 2040.",
    ],
)
def test_target_years_and_labels_are_never_dates(sentence):
    assert find_dates(sentence, Y2019) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Sáng nay, hai Bộ trưởng hội đàm.", "2024-03-08"),
        ("Tối qua, Thủ tướng tiếp Đại sứ.", "2024-03-07"),
        ("Hôm qua, hai bên ký kết.", "2024-03-07"),
        ("Trưa qua 6-3, đoàn tới Lima.", "2024-03-06"),
        ("Chiều nay (8/3), hai bên gặp nhau.", "2024-03-08"),
    ],
)
def test_relative_days_against_the_publication_day(sentence, expected):
    published = parse_published("2024-03-08")
    assert find_dates(sentence, guess_year("", published), published)[0].start.isoformat() == expected


def test_relative_days_need_the_publication_day():
    assert find_dates("Sáng nay, hai Bộ trưởng hội đàm.", Y2019, parse_published("2024-03")) == []


def test_target_years_do_not_set_the_article_year():
    guess = guess_year("Chiều 3/4, hai bên bàn về tầm nhìn đến năm 2045 và Công ước năm 1982; hội đàm tháng 3/2019.")
    assert guess.year == 2019


FRIDAY = parse_published("2024-03-08")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ngoại trưởng Peru thăm Hà Nội từ 15 đến 17/9.", ("2019-09-15", "2019-09-17", "day", True)),
        ("Lễ hội diễn ra 30/4-1/5 tại Đà Nẵng.", ("2019-04-30", "2019-05-01", "day", True)),
        ("Chiều 29.11, hai Bộ trưởng ký biên bản.", ("2019-11-29", "2019-11-29", "day", True)),
        ("Ngày 12.3, đoàn tới Lima.", ("2019-03-12", "2019-03-12", "day", True)),
        ("Đoàn thăm Lima từ ngày 30.4-2.5.", ("2019-04-30", "2019-05-02", "day", True)),
        ("Đoàn thăm Lima từ 28.10 đến 2.11.", ("2019-10-28", "2019-11-02", "day", True)),
        ("Ông từng thăm Lima hồi tháng 8-2016.", ("2016-08-01", "2016-08-31", "month", False)),
        ("Cuộc trưng cầu ý dân tháng 4.2017 đã thông qua.", ("2017-04-01", "2017-04-30", "month", False)),
    ],
)
def test_day_ranges_and_dot_or_hyphen_separated_dates(sentence, expected):
    assert one(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Which day of the week the text does not say: its month, or both months of a week across two.
        ("Cuối tuần này, hai Ngoại trưởng sẽ gặp nhau.", ("2024-03-01", "2024-03-31", "month", True)),
        ("Đầu tuần tới, Thủ tướng lên đường thăm Chile.", ("2024-03-01", "2024-03-31", "month", True)),
        ("Tuần trước, hai bên điện đàm.", ("2024-02-01", "2024-03-31", "month", True)),
        ("Hồi đầu tuần, hai bên điện đàm.", ("2024-03-01", "2024-03-31", "month", True)),
        ("Ngày 29/8 năm ngoái, hai bên điện đàm.", ("2023-08-29", "2023-08-29", "day", True)),
        ("Ông thăm Lima từ ngày 4-7/11 năm ngoái.", ("2023-11-04", "2023-11-07", "day", True)),
        ("Ông thăm Lima vào tháng 11 năm kia.", ("2022-11-01", "2022-11-30", "month", True)),
        ("Tháng trước, Tổng thống Peru gửi thư mời.", ("2024-02-01", "2024-02-29", "month", True)),
        ("Chuyến thăm dự kiến vào tháng tới.", ("2024-04-01", "2024-04-30", "month", True)),
        ("Đoàn sẽ thăm Lima từ ngày 5 đến 7 tháng tới.", ("2024-04-05", "2024-04-07", "day", True)),
        ("Ngày 20 tháng trước, hai bên điện đàm.", ("2024-02-20", "2024-02-20", "day", True)),
    ],
)
def test_relative_weeks_and_months_count_from_the_publication_day(sentence, expected):
    assert one(sentence, year=guess_year("", FRIDAY), published=FRIDAY) == expected


def test_a_count_of_months_ago_is_not_the_month_before():
    assert find_dates("Hai tháng trước, hai bên điện đàm.", Y2019, FRIDAY) == []


@pytest.mark.parametrize("sentence", ["Trong những năm 1990, hai nước nối lại giao thương.", "từ các năm 1980"])
def test_a_decade_is_never_a_year(sentence):
    assert find_dates(sentence, Y2019) == []


def test_a_time_zone_gloss_restates_a_written_day_but_dates_a_relative_one():
    arrived = find_dates("Chiều 3/4 (tức sáng 4/4 theo giờ Hà Nội), đoàn tới Lima.", Y2019)
    assert [d.start.isoformat() for d in arrived] == ["2019-04-03"]
    welcomed = find_dates("Sáng nay, giờ địa phương (tức tối 5/4, giờ Hà Nội), lễ đón diễn ra.", Y2019, FRIDAY)
    assert [d.start.isoformat() for d in welcomed] == ["2024-04-05"]
    glossed_after_a_comma = find_dates("Tối 3/4 (giờ địa phương), tức sáng 4/4 giờ Hà Nội, đoàn tới Lima.", Y2019)
    assert [d.start.isoformat() for d in glossed_after_a_comma] == ["2019-04-03"]


def test_a_day_written_after_today_s_word_is_that_day():
    spans = find_dates("Phát biểu tại Lima trưa nay, 7/3, Ngoại trưởng nói.", guess_year("", FRIDAY), FRIDAY)
    assert [d.start.isoformat() for d in spans] == ["2024-03-07"]


def test_a_birth_date_does_not_date_the_article():
    text = "Chiều 30/8, Tổng thống Peru Carlos Rivera tới Hà Nội. Ông Rivera sinh ngày 23-11-1962 tại Lima."
    assert guess_year(text).year is None


def test_news_months_before_the_fact_it_reports_as_past_is_of_the_next_year():
    text = "Ngày 8-7, hai nước ký hiệp định quốc phòng. Hai bên bắt đầu đàm phán hiệp định này từ tháng 11-2023."
    guess = guess_year(text)
    assert guess.year == 2024 and guess.basis == "text"
    # A fact days after the news (the page's own date, the next step) moves nothing.
    assert guess_year("Chiều 27/10, hai Thủ tướng gặp nhau. Cập nhật ngày 28/10/2025.").year == 2025


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Peru thăm Việt Nam từ ngày 18 đến 22/10/2025. Chiều 20/10, hai bên hội đàm.",
        "Tổng thống Peru thăm Việt Nam (18-22/10/2025). Chiều 20/10, hai bên hội đàm.",
        "Ngày 18 tháng 10 năm 2025, Tổng thống Peru tới Hà Nội. Chiều 20/10, hai bên hội đàm.",
    ],
)
def test_a_range_of_days_or_a_date_in_words_with_its_year_gives_the_article_s_year(text):
    assert guess_year(text).year == 2025


def test_a_quantity_after_ngay_is_not_a_day_and_month():
    assert find_dates("Mỗi ngày 1.5 triệu thùng dầu được vận chuyển.", Y2019) == []


def test_a_day_written_until_a_few_days_after_an_earlier_one_ends_its_span():
    sentence = "Tổng thống sẽ đến Hà Nội vào 18/10/2031, thực hiện chuyến thăm chính thức Việt Nam đến 21/10."
    spans = find_dates(sentence, YearGuess(2031, "", 1.0))
    assert [(s.start.isoformat(), s.end.isoformat()) for s in spans] == [("2031-10-18", "2031-10-21")]
    # Far apart, it stays two dates.
    apart = find_dates("Ngày 3/2/2031 hai bên gặp nhau; đoàn sẽ trở lại đến 20/5.", YearGuess(2031, "", 1.0))
    assert len(apart) == 2


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        # Far ahead of the publication, but said to come: not the year before.
        ("Thủ tướng sẽ thăm Hà Nội từ ngày 3-5/12 tới.", "2025-05-24", ("2025-12-03", "2025-12-05")),
        # Already past this year when it is said to come: next year's.
        ("Thủ tướng sẽ thăm Hà Nội từ ngày 3-5/1 tới.", "2025-11-24", ("2026-01-03", "2026-01-05")),
        # Nothing says it is to come: a day far after the publication is last year's.
        ("Ngày 3/12, hai bên ký thỏa thuận.", "2025-05-24", ("2024-12-03", "2024-12-03")),
    ],
)
def test_days_said_to_come_are_the_next_ones_after_the_publication(sentence, published, expected):
    assert one(sentence, None, parse_published(published))[:2] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [("Ngày mai, hai bên sẽ ký.", "2025-03-21"), ("Sáng mai hai bên hội đàm.", "2025-03-21"),
     ("Hôm kia, ông đến Hà Nội.", "2025-03-18")],
)  # fmt: skip
def test_tomorrow_and_the_day_before_yesterday_count_from_the_publication_day(sentence, expected):
    assert one(sentence, None, parse_published("2025-03-20"))[0] == expected


def test_nowadays_is_no_date():
    assert find_dates("Ngày nay, quan hệ hai nước phát triển.", None, parse_published("2025-03-20")) == []


# One expression of each kind of the grammar, as a sentence may begin with it.
ONE_OF_EACH_KIND = {
    "cross_month": "29/5-2/6",
    "cross_month_dot": "Từ ngày 30.1-2.2",
    "cross_month_bracketed": "(7-1-1972 / 7-1-2022)",
    "cross_month_hyphen": "Từ ngày 26-5 đến 4-6",
    "day_range": "7-10/8",
    "word_range": "Từ ngày 10 đến 15 tháng 5",
    "word_date": "Ngày 3 tháng 5 năm 2024",
    "full_date": "3.5.2024",
    "hyphen_date": "Chiều 29-10",
    "day_month": "29/10",
    "month": "Đầu tháng Ba",
    "quarter": "Quý IV năm 2024",
    "year_range": "(1972 - 2022)",
    "year": "Nửa cuối năm 2022",
    "years_ago": "Cách đây 49 năm",
    "relative_year": "Năm ngoái",
    "relative_day": "Hôm kia",
    "relative_week": "Giữa tuần tới",
    "weekdays": "Thứ Năm và thứ Sáu tuần này",
    "relative_month": "Cuối tháng này",
    "relative_month_days": "Từ ngày 5 đến 7 tháng tới",
    "label_year": "APEC 2017",
}


@pytest.mark.parametrize("kind", [kind for kind, _ in PATTERNS])
def test_every_kind_of_date_is_found_at_a_sentence_s_start_and_inside_it(kind):
    """The grammar passes over the places where no date begins: a new kind that begins otherwise is found
    nowhere until its first letter is added, and this test names it."""
    example = ONE_OF_EACH_KIND[kind]
    for sentence in (f"{example}, hai bên gặp nhau.", f"Hai bên gặp nhau {example[0].lower()}{example[1:]}."):
        if kind == "label_year":
            sentence = f"Hai bên gặp nhau tại {example}."
        found = [match.lastgroup for match in MASTER.finditer(sentence)]
        assert kind in found, (sentence, found)


@pytest.mark.parametrize(
    "written, days",
    [
        # published on Tuesday 14 May 2024
        ("Tổng thống sẽ thăm Chile vào thứ Năm và thứ Sáu tuần này.", ("2024-05-16", "2024-05-17")),
        ("Hai bên sẽ hội đàm vào thứ Hai tuần tới.", ("2024-05-20", "2024-05-20")),
        ("Ông đã tới Lima từ hôm thứ Sáu.", ("2024-05-10", "2024-05-10")),
        ("Chủ nhật tuần trước, hai Ngoại trưởng điện đàm.", ("2024-05-12", "2024-05-12")),
    ],
)
def test_days_of_a_week_are_read_against_the_publication_day(written, days):
    found = find_dates(written, Y2019, parse_published("2024-05-14"))
    assert [(d.iso(), d.iso("end")) for d in found] == [days]


def test_an_ordinal_is_no_day_of_the_week():
    found = find_dates("Đây là lần thứ năm tuần này hai bên gặp nhau.", Y2019, parse_published("2024-05-14"))
    assert [d for d in found if d.precision == "day"] == []


@pytest.mark.parametrize("count", ["hai", "vài", "ít", "mấy"])
def test_a_count_of_months_or_weeks_is_no_date(count):
    published = date(2024, 3, 10)
    assert find_dates(f"chỉ {count} tháng sau chuyến thăm", Y2019, parse_published(published)) == []
    assert find_dates(f"{count} tuần trước", Y2019, parse_published(published)) == []


def test_a_month_to_come_is_the_next_such_month_after_the_publication():
    january, november = parse_published("2023-01-24"), parse_published("2023-11-20")
    year = YearGuess(2023, "given", 1.0)
    assert [d.iso() for d in find_dates("sẽ đăng cai vào tháng 8 tới.", year, january)] == ["2023-08"]
    assert [d.iso() for d in find_dates("vào tháng 2 tới", year, november)] == ["2024-02"]
    assert [d.iso() for d in find_dates("hồi tháng 8.", year, january)] == ["2022-08"]  # past, the one before


def test_days_to_come_are_the_next_such_days_but_days_before_a_trip_to_a_place_are_past():
    published = parse_published("2018-07-15")
    year = YearGuess(2018, "given", 1.0)
    to_come = find_dates("Tổng thống sẽ thăm Peru từ ngày 3-5/7 tới, theo lời mời của Chính phủ.", year, published)
    assert [d.iso("start") for d in to_come] == ["2019-07-03"]
    past = find_dates("ông Luis Vega đã có chuyến thăm hai ngày 8-9/7 tới thủ đô Lima của Peru.", year, published)
    assert [d.iso("start") for d in past] == ["2018-07-08"]


def test_a_range_from_tomorrow_with_its_day_in_brackets_runs_to_its_last_day():
    published = parse_published("2031-05-10")
    spans = find_dates("Chuyến thăm dự kiến diễn ra từ ngày mai (11-5) đến 14-5.", Y2019, published)
    assert [(d.iso("start"), d.iso("end")) for d in spans] == [("2031-05-11", "2031-05-14")]


def test_the_year_a_plan_is_named_for_is_no_date():
    published = parse_published("2031-05-10")
    assert find_dates("Hai bên ký Chương trình hợp tác giáo dục năm 2032.", Y2019, published) == []
    assert find_dates("Hai bên ký Kế hoạch hành động năm 2032.", Y2019, published) == []
    # The plan of a year is no title when the year is when something was held.
    assert [d.iso() for d in find_dates("Kế hoạch tổ chức diễn đàn vào năm 2032.", Y2019, published)] == ["2032"]


def test_the_count_of_the_year_s_meetings_is_no_date():
    published = parse_published("2031-05-10")
    assert find_dates("Đây là lần thứ ba trong năm nay hai ngoại trưởng gặp nhau.", Y2019, published) == []
    assert [d.iso() for d in find_dates("Năm nay hai ngoại trưởng gặp nhau ba lần.", Y2019, published)] == ["2031"]


def test_an_agency_s_dateline_is_the_day_its_today_counts_from():
    text = (
        "Cần Thơ, 9-5 (TTXVN) - Chiều nay, Chủ tịch nước Lê Văn An tiếp Bộ trưởng Ngoại giao Peru Ana Soto.\n"
        "Hai bên trao đổi về hợp tác nông nghiệp."
    )
    [meeting] = extract_article(text, published="2031-05-10").events
    assert meeting.date.iso() == "2031-05-09"
    # A dateline days away from the page's date is not this article's: the page's day stands.
    [meeting] = extract_article(text.replace("9-5", "9-3"), published="2031-05-10").events
    assert meeting.date.iso() == "2031-05-10"


def test_a_quarter_is_its_three_months():
    published = parse_published("2031-11-10")
    spans = find_dates(
        "Hai bên sẽ tổ chức tham vấn trong quý I năm tới và đối thoại trong quý 3/2032.", Y2019, published
    )
    assert [(d.iso("start"), d.iso("end"), d.precision) for d in spans] == [
        ("2032-01", "2032-03", "month"),
        ("2032-07", "2032-09", "month"),
    ]
    assert find_dates("Kính gửi quý khách.", Y2019, published) == []


@pytest.mark.parametrize(
    "sentence",
    ["Bà trở thành nguyên thủ đầu tiên thăm Lima sau năm 1990.", "Hai bên sẽ ký hiệp định trước năm 2030."],
)
def test_a_year_measured_from_or_to_is_no_date(sentence):
    assert find_dates(sentence, Y2019) == []


def test_a_visit_named_as_the_occasion_of_what_was_done_is_the_one_to_come():
    sentence = "Nhân dịp Tổng thống Peru thăm Việt Nam từ ngày 20-23/9, Đại sứ Lê Văn Minh đã trả lời phỏng vấn."
    assert one(sentence, published=date(2019, 9, 15))[:2] == ("2019-09-20", "2019-09-23")
    assert one("Tổng thống Peru đã thăm Việt Nam từ ngày 20-23/9.", published=date(2019, 9, 15))[0] == "2018-09-20"


@pytest.mark.parametrize(
    "sentence, days",
    [
        ("Tổng thống sẽ thăm Lào vào cuối tuần này (7-8/3) theo lời mời.", ("2019-03-07", "2019-03-08")),
        ("Hội nghị họp cuối tuần qua (15-16/3) tại Geneva.", ("2019-03-15", "2019-03-16")),
    ],
)
def test_a_week_told_relatively_is_the_days_its_brackets_write(sentence, days):
    assert one(sentence, published=date(2019, 3, 12))[:2] == days


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 10/3 (giờ Lima) tuần trước, Tổng thống Peru đã đón Tổng thống Chile.",
        "Hôm 10/3 (theo giờ địa phương) tuần qua, hai Ngoại trưởng đã hội đàm.",
    ],
)
def test_a_relative_week_after_a_written_day_and_its_gloss_says_which_week_not_another_date(sentence):
    assert [(span.start.isoformat(), span.precision) for span in find_dates(sentence, published=date(2019, 3, 15))] == [
        ("2019-03-10", "day")
    ]


def test_the_local_day_stands_before_the_home_time_zones_day_in_brackets():
    sentence = "Ngày 25/9 theo giờ địa phương (rạng sáng 26/9 giờ Việt Nam), tại New York, Chủ tịch nước gặp ông A."
    assert one(sentence)[:2] == ("2019-09-25", "2019-09-25")


def test_the_first_of_the_year_is_a_count_not_a_date():
    sentence = "Đây là chuyến thăm đầu tiên của một lãnh đạo nước ngoài tới Lima trong năm nay."
    assert find_dates(sentence, Y2019) == []


def test_a_day_restated_with_its_time_in_the_home_time_zone_is_the_local_day():
    sentence = (
        "Khoảng 18 giờ 30 chiều 26/9 (giờ địa phương, tức 5 giờ 30 sáng 27/9 giờ Hà Nội), Chủ tịch nước tới Lima."
    )
    assert one(sentence)[:2] == ("2019-09-26", "2019-09-26")


def test_after_a_year_opening_a_clause_of_that_year_is_a_date():
    sentence = "Quan hệ phát triển tốt đẹp, nhất là sau năm 2023, hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao."
    assert [(s.start.year, s.precision) for s in find_dates(sentence, Y2019)] == [(2023, "year")]


def test_a_day_after_days_of_last_year_is_of_last_year():
    published = parse_published("2025-03-05")
    spans = find_dates(
        "Từ ngày 17-19/3 năm ngoái, Ngoại trưởng Ana Soto thăm Việt Nam và được Thủ tướng tiếp ngày 18/3.",
        YearGuess(2025, "given", 1.0),
        published,
    )
    assert [d.iso("start") for d in spans] == ["2024-03-17", "2024-03-18"]


def test_the_year_a_sentence_opens_with_counted_from_the_article_s_is_that_of_its_months():
    found = find_dates(
        "Năm ngoái, hai nước tổ chức nhiều hoạt động, trong đó có chuyến thăm của Tổng thống Chile vào tháng 6.",
        Y2019,
        parse_published("2024-03-05"),
    )
    assert [d.iso() for d in found] == ["2023", "2023-06"]


@pytest.mark.parametrize(
    "written, days",
    [
        # published on Thursday 1 June 2023
        ("Tổng thống Chile sẽ thăm Việt Nam vào cuối tuần này, từ ngày 3 đến 4/6.", [("2023-06-03", "2023-06-04")]),
        ("Theo chương trình, hai Thủ tướng sẽ hội đàm tại Hà Nội vào Chủ nhật.", [("2023-06-04", "2023-06-04")]),
        ("Bộ trưởng đã tiếp Đại sứ Peru vào thứ Hai.", [("2023-05-29", "2023-05-29")]),
    ],
)
def test_a_weekday_or_weekend_is_the_one_the_sentence_s_tense_and_days_say(written, days):
    found = find_dates(written, Y2019, parse_published("2023-06-01"))
    assert [(d.iso(), d.iso("end")) for d in found] == days


def test_a_relative_year_before_a_day_keeps_its_own_year():
    found = find_dates("Năm ngoái, ngày 3/5, Tổng thống Chile thăm Hà Nội.", Y2019, parse_published("2023-06-01"))
    assert [d.iso() for d in found] == ["2022", "2022-05-03"]


def test_the_year_a_count_runs_since_is_not_that_of_the_days_after_it():
    found = find_dates(
        "Từ đầu năm 2021 đến nay, hai Tổng thống đã ba lần điện đàm, gần nhất hôm 28-7.",
        YearGuess(2022, "given", 1.0),
        parse_published("2022-11-14"),
    )
    assert [d.iso() for d in found] == ["2021", "2022-07-28"]


def test_the_day_a_visit_was_announced_ending_its_sentence_is_no_date_of_it():
    found = find_dates(
        "Chuyến thăm được thực hiện theo lời mời của Chủ tịch Chile, Bộ Ngoại giao thông báo hôm nay.",
        Y2019,
        parse_published("2024-08-15"),
    )
    assert found == []


@pytest.mark.parametrize("written", ["(25-10-1973 – 25-10-2023)", "(12.7.1993 - 12.7.2023)"])
def test_an_anniversary_s_two_ends_in_brackets_are_one_span_whatever_they_are_written_with(written):
    found = find_dates(f"Hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao {written}.", Y2019)
    assert len(found) == 1 and found[0].start.year < 2000 < found[0].end.year


def test_the_day_a_stay_begun_lasts_until_is_of_the_year_it_began():
    found = find_dates(
        "Thủ tướng đã đến Lima tối 25/6, bắt đầu chuyến công tác tại Peru kéo dài đến ngày 28/6.",
        YearGuess(2023, "given", 1.0),
        parse_published("2023-06-26"),
    )
    assert [(d.iso("start"), d.iso("end")) for d in found] == [("2023-06-25", "2023-06-28")]


def test_a_start_announced_for_the_first_of_next_year_is_not_the_news_s_year():
    text = (
        "Liên minh Andes ngày 24/8 đã quyết định mời Chile và Peru trở thành thành viên chính thức, có hiệu lực từ "
        "ngày 1/1/2032. Hai nước sẽ tham dự hội nghị cấp cao tiếp theo."
    )
    assert extract_article(text).year.year == 2031


def test_the_year_of_the_summit_a_second_one_follows_is_not_the_news_year():
    text = (
        "Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera ngày 13/9. Đây là cuộc gặp thượng đỉnh "
        "thứ hai giữa hai nhà lãnh đạo, sau hội nghị thượng đỉnh đầu tiên diễn ra ngày 25/4/2029 tại Lima."
    )
    assert guess_year(text).year is None


def test_a_year_less_page_takes_no_year_from_a_day_written_with_its_year_months_before_its_news():
    background = (
        "Sáng 25/10, Thủ tướng Chile Ana Soto hội đàm với Thủ tướng Peru Carlos Rivera tại Lima. Vòng tham vấn lần "
        "thứ 6 diễn ra tại Santiago ngày 2/5/2029, trong chuyến thăm Chile của Thủ tướng Carlos Rivera."
    )
    assert guess_year(background).year is None
    planned = (
        "Sáng 14/4, Thứ trưởng Ngoại giao Lê Văn An đối thoại với Thứ trưởng Ngoại giao Chile Ana Soto. Hai bên sẽ dự "
        "Hội nghị Liên Hợp Quốc về Đại dương tại Nice từ ngày 9 đến 13-6-2031."
    )
    assert guess_year(planned).year == 2031


def test_an_anniversary_counted_from_a_day_written_with_its_year_dates_a_year_less_page():
    text = (
        "Tổng thống Chile Ana Soto và Tổng thống Peru Carlos Rivera hôm 22-1 đã ký Hiệp ước hợp tác tại Lima. "
        "Hiệp ước được ký đúng dịp kỷ niệm 56 năm ngày ký Hiệp ước Santiago, văn kiện do hai nước ký ngày "
        "22-1-1975. Ý tưởng về hiệp ước mới được đưa ra tháng 9-2029."
    )
    assert guess_year(text).year == 2031


def test_a_weekday_with_a_hyphenated_day_in_brackets_is_that_day():
    found = find_dates("Chuyến thăm bắt đầu từ Chủ nhật (14-4) tại Trùng Khánh.", Y2019)
    assert [(d.start, d.end) for d in found] == [(date(2019, 4, 14), date(2019, 4, 14))]


def test_early_in_the_month_is_the_month_the_article_was_written_in():
    found = find_dates("Trước đó, hồi đầu tháng, hai Bộ trưởng đã điện đàm.", Y2019, parse_published("2019-06-20"))
    assert [(d.start, d.end, d.precision) for d in found] == [(date(2019, 6, 1), date(2019, 6, 30), "month")]


def test_a_month_recalled_with_hoi_is_the_one_before_the_news_however_near_the_next_one():
    text = (
        "Ngày 26/5/2031, Chủ tịch nước Lê Văn An chào mừng Tổng thống Chile Ana Soto thăm Việt Nam, chưa đầy 8 tháng "
        "sau chuyến thăm chính thức Chile của Chủ tịch nước hồi đầu tháng 10."
    )
    visits = [e for e in extract_article(text, published="2031-05-26").events if e.type == "visit"]
    assert "2030-10" in [v.date.iso() for v in visits]
    assert "2031-10" not in [v.date.iso() for v in visits]


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        ("Hai ông gặp nhau lần đầu vào ngày 25/4 cách đây hơn 4 năm.", "2031-09-13", "2027-04-25"),
        ("Hai ông gặp nhau lần đầu vào ngày 25/10 cách đây hơn 4 năm.", "2031-09-13", "2026-10-25"),
        ("Quan hệ được xác lập vào tháng 7 hai năm trước.", "2031-07-04", "2029-07-01"),
        ("Hai ông gặp nhau vào ngày 25/4 năm nay.", "2031-09-13", "2031-04-25"),
        ("Chuyến thăm gần nhất diễn ra đúng 5 năm trước, vào ngày 3/9, nhân dịp kỷ niệm.", "2031-09-02", "2026-09-03"),
        ("Tháng 9 cách đây vừa tròn nửa thế kỷ, Tổng thống Ana Soto đến thăm Lima.", "2031-09-02", "1981-09-01"),
    ],
)
def test_a_day_or_month_followed_by_years_counted_back_is_of_that_year(sentence, published, expected):
    spans = find_dates(sentence, None, date.fromisoformat(published))
    assert spans[0].start.isoformat() == expected


def test_years_counted_back_from_an_article_whose_year_nothing_gives_leave_the_year_unknown():
    text = "Ông Ana Soto và ông Carlos Rivera hội đàm lần đầu vào ngày 25/4 cách đây hơn 4 năm, tại Lima."
    events = extract_article(text).events
    assert events and all(e.year_unknown for e in events)


def test_the_years_counted_back_from_a_month_are_no_year_of_their_own():
    spans = find_dates(
        "Lần gần nhất là vào tháng 1 cách đây 10 năm, khi ông Ana Soto gặp bà Rosa Pérez.", None, date(2031, 9, 14)
    )
    assert [(s.start.isoformat(), s.precision) for s in spans] == [("2021-01-01", "month")]
