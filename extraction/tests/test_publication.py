"""The publication date: the caller's at any precision, the URL's, the page's date line but not a 'today' widget."""

from datetime import date

import pytest

from extraction import extract_article
from extraction.dating import YEAR_RULES, Evidence, date_article
from extraction.publication import YearBasis, date_in_url, page_date, parse_published
from extraction.records import YearGuess


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2020", ("2020-01-01", "2020-12-31", "year")),
        ("2020-10", ("2020-10-01", "2020-10-31", "month")),
        ("2020-02-29", ("2020-02-29", "2020-02-29", "day")),
        (date(2019, 5, 1), ("2019-05-01", "2019-05-01", "day")),
    ],
)
def test_a_curator_gives_the_year_the_month_or_the_day(value, expected):
    span = parse_published(value)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == expected


@pytest.mark.parametrize("value", ["10/2020", "2020-13", "2021-02-29", "20", "1850"])
def test_a_bad_publication_date_says_what_to_write(value):
    with pytest.raises(ValueError, match=r"YYYY|year must be"):
        parse_published(value)


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://tin.example.vn/amp/20190304/hai-nuoc-ky-ket-1234.html", ("2019-03-04", "day")),
        ("https://bao.example.vn/chinh-tri/hoi-dam-cap-cao-20181105093012345.htm", ("2018-11-05", "day")),
        ("https://bao.example.com.vn/channel/123/201811/thu-tuong-tiep-456/", ("2018-11", "month")),
        ("https://news.example.com/2017/06/21/leaders-meet/", ("2017-06-21", "day")),
        ("https://news.example.com/world/2017-06-21/leaders-meet.html", ("2017-06-21", "day")),
    ],
)
def test_outlets_write_the_date_into_the_url(url, expected):
    span = date_in_url(url)
    assert (span.iso(), span.precision) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://bao.example.vn/hoi-dam-cap-cao-245507.html",  # an article number
        "https://2020news.example.vn/hoi-dam.html",  # the host
        "https://bao.example.vn/view/12345678901",  # no month 45
        "https://bao.example.vn/bo-truong-tiep-dai-su-201909.html",  # an article number at the end of a slug
        "https://bao.example.vn/the-gioi/197909/tin.html",  # no news URL of 1979
        None,
    ],
)
def test_numbers_that_are_not_dates_in_urls(url):
    assert date_in_url(url) is None


def test_a_date_line_after_the_urls_date_is_the_day_the_page_was_viewed():
    url_date = date_in_url("https://bao.example.vn/20190304/ky-ket.html")
    assert page_date(["Thứ năm, 12/01/2023"], url_date, None) is None
    assert page_date(["Lan Anh 10:15 | 04/03/2019"], url_date, None).start == date(2019, 3, 4)


def test_a_date_line_years_after_every_date_of_the_text_is_a_today_widget():
    assert page_date(["Thứ năm, 12/01/2023"], None, 2018) is None
    assert page_date(["Thứ năm, 12/01/2023"], None, 2022).start == date(2023, 1, 12)


def test_a_monday_s_date_line_over_the_news_of_the_weekend_is_the_page_s_however_old_the_background():
    # The text tells Saturday 7/9 and recalls 2019; the page is dated Monday 9/9/2024.
    assert page_date(["Thứ Hai, 07:30, 09/09/2024"], None, 2019, frozenset({(9, 7)})).start == date(2024, 9, 9)


def publication(given, url, date_lines):
    found = date_article(Evidence("", given, url, tuple(date_lines)))
    return found.published, found.year.basis


def test_sources_are_ranked_given_then_url_then_page():
    given = parse_published("2018-11")
    url = "https://bao.example.vn/channel/1/201811/tiep-2/"
    assert publication(given, url, ["Thứ hai, 05/11/2018"]) == (given, "given")
    assert publication(None, url, ["Thứ hai, 05/11/2018"])[0].iso() == "2018-11-05"  # the day, in the month
    assert publication(None, url, [])[1] == "url"
    assert publication(None, None, ["Thứ hai, 05/11/2018"])[1] == "page"
    assert publication(None, None, []) == (None, "")


ARTICLE = """https://bao.example.vn/the-gioi/hai-nuoc-hoi-dam-881.html
Hai Ngoại trưởng hội đàm tại Lima
Thứ bảy, 07/02/2026
Chiều 14/3, Bộ trưởng Ngoại giao Trần Văn Bình hội đàm với Ngoại trưởng Peru Carlos Rivera tại Lima.
Hai bên đánh giá cao việc nâng cấp quan hệ năm 2012 và ký kết Hiệp định thương mại ngày 3/2/2016.
"""


def test_an_article_that_never_writes_its_year_keeps_its_events_as_year_unknown():
    extracted = extract_article(ARTICLE.replace(" và ký kết Hiệp định thương mại ngày 3/2/2016", ""))
    assert extracted.year_unknown and extracted.published is None
    talks = next(e for e in extracted.events if e.type == "talks")
    assert talks.year_unknown and (talks.date.start.month, talks.date.start.day) == (3, 14)
    upgrade = next(e for e in extracted.events if e.type == "upgrade")
    assert not upgrade.year_unknown and upgrade.date.iso() == "2012"  # its year is written


def test_the_widget_is_not_the_year_but_a_full_date_of_the_text_is():
    extracted = extract_article(ARTICLE)
    assert extracted.year.year == 2016 and extracted.year.basis == "text"
    talks = next(e for e in extracted.events if e.type == "talks")
    assert talks.date.iso() == "2016-03-14" and not talks.year_unknown


def test_news_days_before_a_fact_the_text_tells_as_past_are_of_the_next_year():
    # Written after the agreement of 3/5/2016 it praises: the talks of 14/3 are those of 2017.
    assert extract_article(ARTICLE.replace("3/2/2016", "3/5/2016")).year.year == 2017
    # The agreement to be signed is the news's next step: the talks are of its year.
    planned = ARTICLE.replace("và ký kết Hiệp định thương mại ngày 3/2/2016", "và sẽ ký kết Hiệp định ngày 3/5/2016")
    assert extract_article(planned).year.year == 2016


def test_a_day_recalled_as_just_past_is_not_news_after_the_dated_lead():
    text = (
        "Ngày 4-9-2031, tại Lima, Tổng thống Peru Carlos Rivera đã hội đàm với Tổng thống Chile Ana Soto.\n"
        "Ngày 17-7 vừa qua, Chile tuyên bố rút khỏi thỏa thuận nghề cá."
    )
    assert extract_article(text).year.year == 2031


LATER_VIEW = """https://bao.example.vn/the-gioi/ket-thuc-chuyen-tham-77.html
Thứ Hai, 12/01/2026 08:30
Tổng thống Chile kết thúc chuyến thăm Việt Nam
Chiều 20/5, Tổng thống Chile Ana Torres rời Hà Nội, kết thúc chuyến thăm cấp Nhà nước Việt Nam từ ngày 18 - 20/5.
"""


def test_a_date_line_months_before_the_news_it_reports_is_a_later_view_and_the_news_of_the_year_before():
    extracted = extract_article(LATER_VIEW)
    visit = next(e for e in extracted.events if e.type == "visit")
    assert visit.date.iso() == "2025-05-18" and visit.date.iso("end") == "2025-05-20"
    assert extracted.year.year == 2025 and extracted.published is None  # the line is not when it was written
    # A visit the line announces, or news days after it, keep the line's year.
    planned = extract_article(LATER_VIEW.replace("Chiều 20/5, ", "").replace("rời Hà Nội, kết thúc", "sẽ có"))
    assert next(e for e in planned.events if e.type == "visit").date.iso() == "2026-05-18"
    days_after = extract_article(LATER_VIEW.replace("/5", "/1"))
    assert next(e for e in days_after.events if e.type == "visit").date.iso() == "2026-01-18"
    assert days_after.published.iso() == "2026-01-12"


def test_a_given_month_dates_the_year_less_events():
    extracted = extract_article(ARTICLE, published="2017-03")
    assert extracted.published_source == "given" and extracted.year.year == 2017
    assert next(e for e in extracted.events if e.type == "talks").date.iso() == "2017-03-14"


def test_the_timeline_dates_an_article_only_when_nothing_of_its_own_does():
    hint = YearGuess(2019, "timeline: a visit already on it", 0.6, "timeline")
    undated = "Chiều 14/3, Bộ trưởng Ngoại giao Trần Văn Bình hội đàm với Ngoại trưởng Peru Carlos Rivera."
    assert extract_article(undated, year_hint=hint).year.basis == YearBasis.TIMELINE
    assert extract_article(undated + " Hai bên ký kết ngày 3/2/2016.", year_hint=hint).year.year == 2016
    assert extract_article(undated, published="2021", year_hint=hint).year.basis == YearBasis.GIVEN


def test_the_year_rules_are_named_and_ranked_once():
    names = [name for name, _ in YEAR_RULES]
    assert names.index("the curator's date") < names.index("the date in the URL") < names.index("the page's date line")
    assert names[-1] == "the timeline's knowledge"
    assert {basis.value for basis in YearBasis} == {"given", "url", "page", "text", "timeline"}


def test_a_two_digit_year_time_stamp_closing_a_slug_dates_the_article():
    span = date_in_url("https://bao.example.vn/the-gioi/thu-tuong-tham-lima-112240315093045120.htm")
    assert (span.iso(), span.precision) == ("2024-03-15", "day")
    assert date_in_url("https://bao.example.vn/the-gioi/thu-tuong-tham-lima-112240315993045120.htm") is None  # 99h


def test_a_date_alone_under_its_label_is_the_page_s_date_line():
    page = (
        "Hai Ngoại trưởng gặp nhau\nNgười đăng:\nMinh An\nNgày đăng:\n09/03/2024\n"
        "Chiều 8/3, Bộ trưởng Ngoại giao Trần Văn Bình gặp Ngoại trưởng Peru Carlos Rivera tại Lima."
    )
    extracted = extract_article(page)
    assert extracted.year.basis == "page" and extracted.published.iso() == "2024-03-09"
    assert next(e for e in extracted.events if e.type == "meeting").date.iso() == "2024-03-08"


TALKS = "Chiều 14/3, tại Lima, Thủ tướng Lê Văn Hải hội đàm với Tổng thống Peru Carlos Rivera."


@pytest.mark.parametrize(
    "where",
    [
        TALKS + "\nHai bên ký kết Bản ghi nhớ hợp tác ngày 14/3/2024.",  # the last sentence
        TALKS + "\nHai nhà lãnh đạo tại lễ đón. (Ảnh: Minh An, 14/3/2024)",  # a caption's credit
        "Hội đàm cấp cao Việt Nam - Peru ngày 14/3/2024\n" + TALKS,  # the title
        TALKS + "\nTừ đầu năm 2024 đến nay, thương mại hai chiều tăng 12%.",  # the year called current
    ],
)
def test_an_article_that_states_its_year_anywhere_is_dated(where):
    extracted = extract_article(where)
    assert extracted.year.year == 2024 and extracted.year.basis == "text"
    assert next(e for e in extracted.events if e.type == "talks").date.iso() == "2024-03-14"


def test_the_year_a_text_calls_current_outranks_a_background_date():
    text = TALKS + "\nHai nước thiết lập quan hệ ngày 2/11/1970. 8 tháng đầu năm 2024, thương mại đạt 5 tỷ USD."
    assert extract_article(text).year.year == 2024


def test_the_one_year_the_named_leaders_held_their_offices_dates_the_article_as_knowledge():
    text = (
        "Sáng 30/1, Chủ tịch nước Võ Văn Thưởng hội đàm với Tổng thống Peru Carlos Rivera tại Hà Nội. "
        "Cùng ngày, Tổng thống Carlos Rivera hội kiến Chủ tịch Quốc hội Vương Đình Huệ."
    )
    extracted = extract_article(text)
    # 30/1 under President Võ Văn Thưởng (3/2023 - 3/2024) and NA Chairman Vương Đình Huệ is 2024 only.
    assert (extracted.year.year, extracted.year.basis) == (2024, YearBasis.TIMELINE)
    talks = next(e for e in extracted.events if e.type == "talks")
    assert talks.date.iso() == "2024-01-30" and talks.why_draft.startswith("its year is a guess")


def test_a_partners_term_narrows_the_year_and_the_news_day_gives_the_month():
    text = (
        "Chiều 13-11, tại Phủ Chủ tịch, Chủ tịch nước Nguyễn Xuân Phúc tiếp Thủ tướng Đức Olaf Scholz đang thăm "
        "chính thức Việt Nam."
    )
    extracted = extract_article(text)
    # President Nguyễn Xuân Phúc (4/2021 - 1/2023) received Chancellor Olaf Scholz (from 12/2021) on 13/11 of 2022.
    assert (extracted.year.year, extracted.published.iso()) == (2022, "2022-11")
    assert [e.date.iso() for e in extracted.events if e.type == "visit"] == ["2022-11"]


def test_a_predecessor_named_in_the_news_rules_no_year_out():
    text = (
        "Chiều 13-11, tại Phủ Chủ tịch, Chủ tịch nước Nguyễn Xuân Phúc tiếp Thủ tướng Đức Olaf Scholz, người mở lại "
        "đối thoại vốn chững lại dưới thời người tiền nhiệm Angela Merkel. Ông Scholz nói bà Merkel đã đặt nền móng."
    )
    # Chancellor Merkel's terms (to 12/2021) do not hold 13/11/2022: she is named as the one before.
    assert extract_article(text).year.year == 2022


@pytest.mark.parametrize(
    "text",
    [
        # Prime Minister for ten years: many years fit.
        "Chiều 12/9, Thủ tướng Nguyễn Tấn Dũng tiếp Đại sứ Peru Carlos Rivera.",
        # A deputy does not hold the office.
        "Chiều 12/9, Phó Chủ tịch nước Võ Văn Thưởng tiếp Đại sứ Peru Carlos Rivera.",
    ],
)
def test_terms_that_leave_several_years_or_offices_not_held_date_nothing(text):
    assert extract_article(text).year.year is None


def test_a_year_of_the_background_the_leaders_terms_rule_out_is_not_the_articles():
    text = (
        "Sáng 21/9, Chủ tịch nước Võ Văn Thưởng gặp Tổng thống Peru Carlos Rivera tại New York. "
        "Việt Nam trở thành thành viên Liên hợp quốc ngày 20/9/1977."
    )
    # On 21/9 of 1977 the President was another; Võ Văn Thưởng held the office on 21/9 of 2023 only.
    assert extract_article(text).year.year == 2023


def test_the_terms_of_partners_foreign_ministers_rule_out_a_year_of_the_background():
    text = (
        "Hôm qua (6/4), Bộ trưởng Ngoại giao Saudi Arabia Faisal bin Farhan và người đồng cấp Iran Hossein "
        "Amir-Abdollahian đã hội đàm tại Bắc Kinh. Saudi Arabia cắt đứt quan hệ ngoại giao với Iran ngày 3/1/2016, "
        "sau khi người biểu tình tấn công Đại sứ quán."
    )
    # Neither minister held his office in 2016.
    assert extract_article(text).year.year is None


def test_a_day_written_with_its_weekday_rules_out_the_years_that_give_it_another():
    text = (
        "Thủ tướng Chile Ana Soto đã tới Lima tối 24/10 (thứ Năm), bắt đầu chuyến thăm Peru. Hai nước ký Hiệp định "
        "thương mại ngày 2/5/2022."
    )
    # 24/10 was a Monday in 2022, a Thursday in 2024 and 2019: the text's last written year is not the article's.
    assert extract_article(text).year.year != 2022
    assert extract_article(text.replace("(thứ Năm)", "(thứ Hai)")).year.year == 2022


def test_a_page_that_names_what_did_not_exist_before_a_year_is_not_of_an_earlier_one():
    text = (
        "Chiều 8/6, Ngoại trưởng Chile Ana Soto điện đàm với Ngoại trưởng Peru Luis Vega về hợp tác trong bối cảnh "
        "dịch Covid-19. Hai Bộ trưởng hài lòng trước quan hệ hai nước, đặc biệt qua chuyến thăm cấp Nhà nước Peru "
        "của Tổng thống Chile Pablo Rojas vào tháng 8/2018."
    )
    # The last written year would make the news of 2019: nobody spoke of Covid-19 before 2020.
    assert extract_article(text).year.year != 2019
    assert extract_article(text.replace(" trong bối cảnh dịch Covid-19", "")).year.year == 2019


def test_a_leader_named_only_in_the_dated_background_rules_no_year_out():
    text = (
        "Sáng 14/3, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Singapore Lý Hiển Long, đúng vào năm hai nước "
        "kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Singapore. "
        "Hồi tháng 2/2022, Chủ tịch nước Nguyễn Xuân Phúc đã thăm chính thức Singapore."
    )
    # The 50th year of relations (1973) is 2023; the former President's term, told of 2022, rules nothing out.
    assert extract_article(text).year.year == 2023


def test_an_anniversary_still_being_prepared_does_not_give_the_article_its_year():
    text = (
        "Sáng 3/7, Trưởng Ban Đối ngoại Trung ương Lê Minh Tâm hội đàm với Trưởng Ban Liên lạc Đối ngoại Trung "
        "Quốc Vương Hỗ Ninh. Hai bên nhất trí chuẩn bị tốt các hoạt động kỷ niệm 70 năm thiết lập quan hệ ngoại "
        "giao Việt Nam - Trung Quốc."
    )
    assert extract_article(text).year.year is None
    celebrated = text.replace("chuẩn bị tốt các hoạt động kỷ niệm", "tổ chức các hoạt động kỷ niệm")
    assert extract_article(celebrated).year.year == 2020
    last_year = text.replace("nhất trí chuẩn bị tốt các hoạt động", "đánh giá cao các hoạt động năm ngoái")
    assert extract_article(last_year).year.year is None  # celebrated last year: not the text's year
    next_year = text.replace("Hai bên nhất trí chuẩn bị tốt các hoạt động", "Năm sau, hai nước sẽ")
    assert extract_article(next_year).year.year is None  # celebrated next year: not the text's year either


def test_a_date_line_written_with_hyphens_or_dots_dates_the_page():
    for line in ("Thứ Sáu, 23-06-2023, 20:41", "Thứ Sáu, 23.06.2023 20:41"):
        text = f"Chủ tịch nước tiếp Đại sứ Peru\n{line}\nChiều 22/6, Chủ tịch nước Trần Văn Bình tiếp Đại sứ Ana Soto."
        assert extract_article(text).published.iso() == "2023-06-23"


@pytest.mark.parametrize(
    "text, told, far, line_year, without_the_line",
    [
        (  # on the day the text tells its news
            "Tổng thống Peru thăm Việt Nam\nThứ Năm, 12/01/2023 - 18:05\nChiều 12/1, Chủ tịch nước Trần Văn Bình "
            "tiếp Đại sứ Peru Ana Soto. Hai nước thiết lập quan hệ ngoại giao ngày 14/11/1994 và ký hiệp định thương "
            "mại ngày 1/1/2014.",
            "Chiều 12/1",
            "Chiều 3/1",
            2023,
            2014,
        ),
        (  # days before what the text announces
            "Tổng thống Peru điện đàm với Tổng thống Chile\nThứ ba, 2/4/2024, 23:05 (GMT+7)\nSáng nay, Tổng thống Peru "
            "Carlos Rivera điện đàm với Tổng thống Chile Ana Soto. Bộ trưởng Ngoại giao Chile sẽ thăm Peru từ 4 đến "
            "9/4. Lần gần nhất hai ông điện đàm là vào tháng 7/2022.",
            "từ 4 đến 9/4",
            "từ 4 đến 9/9",
            2024,
            None,  # the only year left is one the text recalls as past: not the news's
        ),
    ],
)
def test_a_date_line_near_a_day_the_text_tells_is_the_pages_own_however_old_its_background(
    text, told, far, line_year, without_the_line
):
    assert extract_article(text).year.year == line_year
    assert extract_article(text.replace(told, far)).year.year == without_the_line  # far from it: a widget's day


def test_a_year_the_text_recalls_as_past_is_not_the_year_of_news_written_without_one():
    text = (
        "Tối 2/4, Tổng thống Chile Ana Soto điện đàm với Tổng thống Peru Carlos Rivera.\n"
        "Lần gần nhất hai nhà lãnh đạo điện đàm là vào tháng 7/2029."
    )
    extracted = extract_article(text)
    assert extracted.year.year is None
    news = [event for event in extracted.events if event.date.precision == "day"]
    assert news and all(event.year_unknown for event in news)


def test_a_visit_recalled_at_the_news_gives_no_year_to_it():
    text = (
        "Tối 2/4, Tổng thống Chile Ana Soto điện đàm với Tổng thống Peru Carlos Rivera.\n"
        "Tại cuộc điện đàm, bà Ana Soto nhắc lại chuyến thăm Peru tháng 7/2029 của mình."
    )
    assert extract_article(text).year.year is None


def test_a_month_of_the_background_months_before_the_news_written_without_a_year_gives_no_year():
    text = (
        "Tối 10/3, Ngoại trưởng Chile Ana Soto hội đàm với Ngoại trưởng Peru Carlos Rivera tại Bắc Kinh.\n"
        "Hai nước cắt đứt quan hệ ngoại giao vào tháng 1/2029 sau một cuộc tranh chấp biên giới."
    )
    assert extract_article(text).year.year is None


def test_a_process_since_a_month_written_with_its_year_still_dates_the_news_after_it():
    text = "Ngày 8/7, hai nước ký hiệp ước quốc phòng. Hai nước bắt đầu đàm phán hiệp ước này từ tháng 11-2029."
    assert extract_article(text).year.year == 2030


def test_the_latest_meeting_and_a_chain_of_earlier_visits_give_no_year_to_news_written_without_one():
    latest = (
        "Ngày 15/8, Tổng thống Chile Ana Soto gặp Tổng thống Peru Carlos Rivera tại Lima.\n"
        "Cuộc gặp thượng đỉnh gần nhất giữa bà Ana Soto và ông Carlos Rivera diễn ra tại Quito ngày 16/7/2028."
    )
    chain = (
        "Ngày 7/5, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera tại Lima.\n"
        'Quan hệ hai nước được cải thiện rõ rệt kể từ chuyến thăm "phá băng" của Tổng thống Chile tới Lima tháng '
        '10/2026, tiếp đó là chuyến thăm "làm tan băng" của Thủ tướng Peru Luis Vera tới Santiago tháng 4/2027.'
    )
    assert extract_article(latest).year.year is None and extract_article(chain).year.year is None


def test_an_update_stamp_with_the_time_before_the_weekday_and_date_dates_the_page():
    text = (
        "Cập nhật lúc 20:41, Thứ Bảy, 13/12/2031 (GMT+7)\n"
        "Hôm nay, tại Lima, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Luis Vega."
    )
    article = extract_article(text)
    assert article.published is not None and article.published.iso("start") == "2031-12-13"
    assert [(e.type, e.date.iso("start")) for e in article.events] == [("talks", "2031-12-13")]


def test_a_day_a_mechanism_was_launched_from_does_not_give_the_news_its_year():
    text = (
        "Chiều 17-5, Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng thống Chile Ana Soto tại Tây An. Cơ chế gặp gỡ "
        "cấp cao hai nước được khởi động từ hội nghị thượng đỉnh trực tuyến ngày 25-1-2029."
    )
    assert extract_article(text).year.year != 2029


def test_an_anniversary_s_bracket_of_two_days_dates_the_anniversary_not_the_talks():
    text = (
        "Sáng 8/6, Đại tướng Lê Văn An hội đàm với Bộ trưởng Quốc phòng Ấn Độ Rajnath Singh tại Hà Nội. Phát biểu "
        "tại hội đàm, Đại tướng Lê Văn An nhấn mạnh chuyến thăm diễn ra đúng dịp hai nước kỷ niệm 50 năm thiết lập "
        "quan hệ ngoại giao (7-1-1972 / 7-1-2022)."
    )
    article = extract_article(text)
    assert sorted((e.type, e.date.iso()) for e in article.events) == [("anniversary", "2022"), ("talks", "2022-06-08")]


def test_another_pair_s_anniversary_gives_no_year_from_the_home_country_s_relations():
    text = (
        "Tối 8/5, Chủ tịch Trung Quốc Lý Minh tới Budapest. Chặng cuối của hành trình là chuyến thăm cấp nhà nước tới "
        "Hungary, trùng dịp hai nước kỷ niệm 75 năm thiết lập quan hệ ngoại giao."
    )
    # The home country's relations with Hungary began in 1950: 2025 would be another pair's 75th year.
    assert extract_article(text).year.year != 2025


def test_a_month_told_as_past_weeks_after_the_news_day_puts_the_news_in_the_next_year():
    text = (
        "Chiều 16.4, Chủ tịch Trung Quốc Lý Minh tiếp Thủ tướng Đức Hans Weber tại Bắc Kinh. Tháng 6.2023, Thủ tướng "
        "Trung Quốc Vương Cường tới Berlin dự vòng tham vấn liên chính phủ."
    )
    assert extract_article(text).year.year == 2024


def test_a_month_of_a_visit_by_someone_then_in_another_office_is_recalled_not_the_news():
    text = (
        "Chiều 29-11, Tổng Bí thư Lê Văn An tiếp đoàn đại biểu Đảng Cộng sản Cuba. Tổng Bí thư xúc động nhắc lại "
        "những kỷ niệm sâu sắc về các chuyến thăm lịch sử của lãnh tụ Cuba tới vùng giải phóng miền Nam Việt Nam, tình "
        "cảm thủy chung son sắt mà nhân dân Cuba dành cho nhân dân Việt Nam trong những năm tháng khó khăn nhất, cũng "
        "như chuyến thăm Việt Nam của đồng chí Carlos Ruiz, khi đó là Chủ tịch Quốc hội Cuba, vào tháng 11-2018."
    )
    assert extract_article(text).year.year != 2018


def test_a_date_line_days_after_the_end_of_a_visit_the_text_tells_is_the_page_s_however_old_the_background():
    text = (
        "https://example.vn/bai-viet.html\n\nThứ hai, 13/7/2031, 08:15 (GMT+7)\n\n"
        "Dấu ấn chuyến thăm Peru của Tổng thống Ana Soto\n\n"
        "Tổng thống Chile Ana Soto kết thúc chuyến thăm chính thức Peru kéo dài 5 ngày, từ 6/7 đến 10/7. "
        "Ngày 25/7/2029, hai nước tuyên bố thiết lập quan hệ Đối tác toàn diện."
    )
    assert extract_article(text).year.year == 2031


def test_a_page_is_not_dated_before_a_day_it_tells_as_done_by_a_background_day_near_its_news():
    text = (
        "Chiều 20/9, Tổng thống Chile Ana Soto tới Lima, bắt đầu chuyến thăm cấp Nhà nước Peru. Chuyến thăm ban đầu "
        "được lên kế hoạch vào tháng 3. Ngày 24/3/2031, hai bên thông báo hoãn chuyến thăm. Tổng thống Ana Soto nhậm "
        "chức ngày 8/9/2030."
    )
    assert extract_article(text).year.year != 2030
