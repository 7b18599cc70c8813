"""Which date each event takes: its own, its occasion's, the news day's, at the precision the text supports."""

from datetime import date

import pytest

from extraction import extract_article
from extraction.publishing import judge


def dated(text, published=None):
    return sorted(
        (e.type, e.date.iso("start"), e.date.iso("end")) for e in extract_article(text, published=published).events
    )


def test_background_events_keep_their_own_years_and_lend_none_to_the_news():
    text = (
        "Chiều 27/11/2023, tại Hà Nội, Thủ tướng Lê Văn Hải hội đàm với Tổng thống Peru Carlos Rivera. "
        "Tổng thống Carlos Rivera từng thăm Việt Nam năm 2019 và ký Hiệp định thương mại năm 2020."
    )
    assert dated(text) == [
        ("signing", "2020", "2020"),
        ("talks", "2023-11-27", "2023-11-27"),
        ("visit", "2019", "2019"),
    ]


def test_the_same_day_is_the_day_written_last_even_in_a_sentence_with_no_event():
    text = (
        "Chủ tịch Quốc hội Peru Ana Soto thăm chính thức Việt Nam từ ngày 18 đến 22/10/2025.\n"
        "Sáng 20/10, bà Ana Soto đặt vòng hoa tại Đài tưởng niệm.\n"
        "Chiều cùng ngày, Chủ tịch Quốc hội Trần Văn Bình chủ trì lễ đón Chủ tịch Quốc hội Peru Ana Soto."
    )
    assert ("other", "2025-10-20", "2025-10-20") in dated(text)


def test_what_a_visit_of_several_days_holds_without_a_day_of_its_own_is_dated_to_its_month():
    text = (
        "Tổng thống Peru Carlos Rivera kết thúc chuyến thăm cấp Nhà nước Việt Nam từ ngày 29-30/1/2024.\n"
        "Trong khuôn khổ chuyến thăm, Tổng thống Carlos Rivera đã hội đàm với Chủ tịch nước Trần Văn Bình."
    )
    assert ("talks", "2024-01", "2024-01") in dated(text)


def test_a_summit_a_trip_is_made_for_keeps_the_days_written_after_it():
    text = "Thủ tướng Lê Văn Hải rời Bangkok sang Indonesia dự Hội nghị Cấp cao G20 tại Bali từ ngày 15 đến 16/11/2022."
    assert ("conference", "2022-11-15", "2022-11-16") in dated(text)


def test_an_anniversary_is_dated_to_its_year_and_its_ceremony_to_its_day():
    text = (
        "Sáng 20/10/2025, Thủ tướng Peru Carlos Rivera thăm Việt Nam đúng dịp hai nước kỷ niệm 75 năm thiết lập quan "
        "hệ ngoại giao."
    )
    assert ("anniversary", "2025", "2025") in dated(text)
    text = "Sáng 20/10/2025, hai nước tổ chức lễ mít tinh kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam - Peru."
    assert ("anniversary", "2025-10-20", "2025-10-20") in dated(text)


def test_a_visit_takes_the_span_another_sentence_gives_not_the_day_of_one_activity():
    text = (
        "Tối 14/4/2031, nhân dịp thăm cấp Nhà nước tới Việt Nam, Tổng thống Ruritania Ivo Baran hội kiến "
        "Chủ tịch Quốc hội Lê Văn Tâm.\n\n"
        "Chuyến thăm cấp Nhà nước tới Việt Nam của Tổng thống Ivo Baran diễn ra từ 14/4 đến 16/4/2031."
    )
    assert ("visit", "2031-04-14", "2031-04-16") in dated(text)


def test_a_visit_named_after_the_talks_of_the_day_is_dated_to_its_month():
    text = (
        "Chiều 10/9/2031, Thủ tướng Lê Văn Tâm hội đàm với Thủ tướng Ruritania Ivo Baran đang thăm chính thức Việt Nam."
    )
    found = dated(text)
    assert ("talks", "2031-09-10", "2031-09-10") in found and ("visit", "2031-09", "2031-09") in found


def test_the_day_after_the_occasion_a_sentence_opens_with_is_its_events_not_the_datelines():
    text = (
        "Lima, 16/11 (TTXVN) - Nhân dịp tham dự Hội nghị Cấp cao APEC tại Lima, Peru, chiều 14/11 theo giờ địa "
        "phương, Chủ tịch nước Lê Văn An đã gặp Thủ tướng Nhật Bản Sato Ken."
    )
    assert ("meeting", "2024-11-14", "2024-11-14") in dated(text, published="2024-11-16")


def test_right_after_is_the_day_written_before_and_the_new_office_gives_its_country():
    text = (
        "Ngày 1/10/2024, ông Sato Ken nhậm chức Thủ tướng Nhật Bản. "
        "Ngay sau đó, Thủ tướng Sato Ken điện đàm với Tổng thống Mỹ John Miller."
    )
    (call,) = [e for e in extract_article(text, published="2024-10-02").events if e.type == "call"]
    assert (call.date.iso(), sorted(call.countries)) == ("2024-10-01", ["JP", "US"])


def test_right_after_as_planned_is_the_day_written_before():
    text = (
        "Tổng thống Ruritania Ivo Baran thăm chính thức Việt Nam từ ngày 14 đến 16/3/2031.\n"
        "Sáng 15/3, Chủ tịch nước Lê Văn An chủ trì lễ đón chính thức Tổng thống Ivo Baran tại Phủ Chủ tịch.\n"
        "Theo chương trình, ngay sau đó hai nhà lãnh đạo hội đàm."
    )
    assert ("talks", "2031-03-15", "2031-03-15") in dated(text)


def test_a_visit_begun_one_day_and_ended_another_spans_both():
    text = (
        "Ngày 11/12/2023, Thủ tướng Lào Khamphet Vongsa đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam.\n"
        "Ngày 12/12, Thủ tướng Khamphet Vongsa hội kiến Chủ tịch nước Lê Văn An và kết thúc chuyến thăm."
    )
    assert ("visit", "2023-12-11", "2023-12-12") in dated(text)


def test_after_a_ceremony_that_is_no_event_the_leaders_act_on_the_day_written_before():
    text = (
        "Sáng 14/3/2025, Thủ tướng Lê Minh Tâm đón Thủ tướng Campuchia Chan Dara tại sân bay.\n"
        "Sau lễ đón, hai Thủ tướng đã hội đàm."
    )
    assert dated(text, published="2025-03-15") == [("talks", "2025-03-14", "2025-03-14")]


def test_a_date_that_opens_the_next_clause_is_its_cues():
    text = "Chiều 3/5/2024, Thủ tướng Lê Minh Tâm tiếp Đại sứ Pháp Jean Morel, ngày 4/5 tiếp Đại sứ Đức Hans Weber."
    meetings = extract_article(text).events
    assert sorted((e.date.iso(), e.participants[-1].name) for e in meetings) == [
        ("2024-05-03", "Jean Morel"),
        ("2024-05-04", "Hans Weber"),
    ]


def test_a_numbered_summit_named_without_a_date_is_of_its_year():
    text = (
        "Chiều 20/10/2020, Thủ tướng Lê Minh Tâm tiếp Đại sứ Peru Luis Gomez.\n"
        "Đại sứ khẳng định Peru sẽ phối hợp để bảo đảm thành công của Hội nghị Cấp cao ASEAN lần thứ 37."
    )
    assert ("conference", "2020", "2020") in dated(text)


def test_the_verbs_that_follow_a_planned_one_are_planned_too():
    text = (
        "Tổng thống Peru Ana Soto sẽ thăm chính thức Việt Nam từ ngày 10 đến 12/3/2025.\n"
        "Theo chương trình, Tổng thống sẽ hội đàm với Chủ tịch nước Lê Văn An, hội kiến Thủ tướng Lê Minh Tâm."
    )
    events = extract_article(text, published="2025-03-01").events
    assert all(e.planned for e in events)
    assert all(e.date.iso() == "2025-03" for e in events if e.type in ("talks", "meeting"))


def test_a_meeting_the_leaders_agree_to_hold_is_not_of_the_day_they_agree():
    text = (
        "Ngày 3/7/2025, Thủ tướng Ba Lan Jan Nowak điện đàm với Tổng thống Chile Ana Soto. "
        "Hai nhà lãnh đạo nhất trí sớm gặp nhau tại Warszawa."
    )
    assert dated(text) == [("call", "2025-07-03", "2025-07-03")]


def test_the_same_day_is_the_newss_not_a_day_of_the_background_written_since():
    text = (
        "Sáng 4/3/2025, Thủ tướng Lê Văn Hải tiếp Đại sứ Chile Pablo Rojas. "
        "Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25/3/1971. "
        "Chiều cùng ngày, Bộ trưởng Ngoại giao Trần Minh Đức tiếp Đại sứ Peru Luis Vera."
    )
    assert [d for d in dated(text) if d[0] == "meeting"] == [("meeting", "2025-03-04", "2025-03-04")] * 2


def test_the_opening_of_the_call_told_before_takes_no_date_of_the_words_reported():
    text = (
        "Chiều 10/6/2025, Thủ tướng Lê Văn Hải điện đàm với Thủ tướng Chile Ana Soto. "
        "Mở đầu cuộc điện đàm, Thủ tướng Lê Văn Hải chúc mừng đảng của bà Ana Soto thắng cử ngày 3/5."
    )
    assert dated(text) == [("call", "2025-06-10", "2025-06-10")]


def test_a_date_in_a_clause_of_another_happening_is_not_the_visits():
    text = (
        "Ngày 4/6/2025, Ngoại trưởng Chile Ana Soto đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam. "
        "Đây là chuyến thăm Việt Nam đầu tiên của bà Ana Soto kể từ khi nhậm chức hồi tháng 3/2024, đồng thời là "
        "chuyến công du châu Á đầu tiên của bà."
    )
    assert dated(text) == [("visit", "2025-06-04", "2025-06-04")]


def test_talks_right_after_the_welcome_are_of_the_welcomes_day_and_the_stay_of_its_months():
    text = (
        "Sáng 8/5/2025, Chủ tịch nước Trần Văn Bình chủ trì lễ đón Tổng thống Peru Carlos Rivera thăm cấp Nhà nước "
        "Việt Nam từ ngày 7 đến 9/5.\n"
        "Ngay sau lễ đón, hai nhà lãnh đạo đã hội đàm.\n"
        "Trong thời gian ở Hà Nội, Tổng thống Carlos Rivera đã hội kiến Chủ tịch Quốc hội Lê Minh Tâm."
    )
    events = dated(text)
    assert ("talks", "2025-05-08", "2025-05-08") in events
    assert ("meeting", "2025-05", "2025-05") in events


def test_a_summits_year_names_it_and_its_days_date_it():
    text = (
        "Thủ tướng Lê Văn Hải dự Hội nghị thượng đỉnh G20 năm 2026 tại Ankara từ ngày 14-15/11, theo lời mời của "
        "Tổng thống Thổ Nhĩ Kỳ Ali Demir."
    )
    assert dated(text, published="2026-11-16") == [("conference", "2026-11-14", "2026-11-15")]
    # A page that writes no other year: the days are of the year named, not of a year guessed elsewhere.
    found = extract_article(f"Tin liên quan: chuyến thăm ngày 2/3/2019.\n\n{text}").events
    summits = [(e.date.iso(), e.date.iso("end")) for e in found if e.type == "conference"]
    assert summits == [("2026-11-14", "2026-11-15")]


def test_an_opening_clause_of_what_came_before_lends_its_meeting_no_date_of_the_main_clause():
    text = (
        "Sau khi dự Hội nghị Cấp cao Đông Á tại Viêng Chăn, chiều 28/10/2026, Thủ tướng Peru Carlos Rivera tới Hà "
        "Nội, bắt đầu chuyến thăm chính thức Việt Nam từ 28-30/10."
    )
    events = dated(text)
    assert ("visit", "2026-10-28", "2026-10-30") in events
    assert not any(kind == "conference" and start == "2026-10-28" for kind, start, _ in events)


def test_a_visit_named_as_the_occasion_after_a_dated_talk_keeps_its_days_and_the_talk_its_day():
    text = (
        "Sáng 12/6/2025, tại Hà Nội, Trưởng Ban Đối ngoại Trung ương Lê Minh Tâm đã hội đàm với Trưởng Ban Đối ngoại "
        "Đảng Nhân dân Cách mạng Lào Bounmy Vongsa, nhân dịp đồng chí dẫn đầu đoàn đại biểu thăm, làm việc tại Việt "
        "Nam từ ngày 11 đến 14/6."
    )
    assert dated(text) == [("talks", "2025-06-12", "2025-06-12"), ("visit", "2025-06-11", "2025-06-14")]


def test_without_a_year_a_day_of_the_background_is_never_the_news_day():
    text = (
        "Tối qua, Bộ trưởng Ngoại giao Lê Minh Tâm đã điện đàm với Bộ trưởng Ngoại giao Peru Ana Soto.\n"
        "Việt Nam và Peru thiết lập quan hệ ngoại giao ngày 14/11/1994."
    )
    assert not any(kind == "call" and start.startswith("1994") for kind, start, _ in dated(text))


def test_a_caption_of_the_leaders_at_the_session_is_the_session_not_a_treaty_told_after_it():
    text = (
        "Sáng 9/1/2025, Thủ tướng Lê Văn Hải và Thủ tướng Lào Bounmy Vongsa đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên "
        "Chính phủ Việt Nam - Lào.\n"
        "Ngày 18/7/1977, hai nước ký Hiệp ước Hữu nghị và Hợp tác.\n"
        "Hai Thủ tướng tại Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam - Lào. Ảnh: TTXVN"
    )
    sessions = [e for e in dated(text) if e[0] == "committee_session"]
    assert sessions == [("committee_session", "2025-01-09", "2025-01-09")]


def test_an_upgrade_at_the_talks_is_not_an_earlier_upgrade_to_another_level():
    text = (
        "Chiều 10/9/2023, Tổng Bí thư Lê Minh Tâm hội đàm với Tổng thống Peru Carlos Rivera.\n"
        "Tại hội đàm, hai bên ra Tuyên bố chung về việc nâng cấp quan hệ lên Đối tác chiến lược toàn diện.\n"
        "Tháng 7/2013, nhân chuyến thăm Peru của Chủ tịch nước Trần Văn Bình, hai nước thiết lập quan hệ Đối tác "
        "toàn diện."
    )
    upgrades = sorted(start for kind, start, _ in dated(text) if kind == "upgrade")
    assert upgrades == ["2013-07", "2023-09-10"]


def test_a_welcome_told_before_the_talks_of_a_day_is_of_that_day():
    text = (
        "Hôm nay, Tổng thống Peru Carlos Rivera và Chủ tịch nước Trần Văn Bình nhất trí tăng cường hợp tác.\n"
        "Cuộc hội đàm giữa hai nhà lãnh đạo diễn ra sáng 17/11 tại Hà Nội.\n"
        "Trước đó, Chủ tịch nước Trần Văn Bình đã chủ trì lễ đón chính thức Tổng thống Peru Carlos Rivera."
    )
    assert ("other", "2025-11-17", "2025-11-17") in dated(text, published="2025-11-18")


def test_what_is_agreed_for_some_day_or_was_once_done_has_no_day_of_the_article():
    text = (
        "Ngày 7/11/2024, Tổng thống Peru Carlos Rivera điện đàm với Tổng thống Chile Ana Soto. Hai nhà lãnh đạo "
        "cũng nhất trí sẽ sớm gặp mặt trực tiếp. Tổng thống Carlos Rivera từng thăm cấp Nhà nước Chile."
    )
    assert dated(text) == [("call", "2024-11-07", "2024-11-07")]


def test_a_session_named_with_the_visit_and_dated_after_keeps_its_name_and_takes_the_day():
    text = (
        "Bộ trưởng Ngoại giao Peru Ana Soto thăm chính thức Việt Nam ngày 30/11 - 2/12/2026 và đồng chủ trì Kỳ họp "
        "lần thứ 3 Ủy ban hỗn hợp Việt Nam - Peru.\nKỳ họp diễn ra sáng 1/12 tại Nhà khách Chính phủ."
    )
    session = next(e for e in extract_article(text).events if e.type == "committee_session")
    assert (session.date.iso(), session.ordinal) == ("2026-12-01", 3)
    assert session.title.startswith("Kỳ họp lần thứ 3") and session.evidence.startswith("Kỳ họp diễn ra")


def test_this_morning_on_a_page_that_does_not_say_its_day_is_no_day_of_the_visit():
    text = (
        "Sáng nay, Tổng thống Peru Carlos Rivera hội đàm với Chủ tịch nước Trần Văn Bình. Chủ tịch nước thăm cấp "
        "Nhà nước Peru từ ngày 2 đến 4/3/2026."
    )
    talks = next(e for e in extract_article(text).events if e.type == "talks")
    assert talks.date.precision != "month"  # not the visit's month as if the text had said so
    given = next(e for e in extract_article(text, published="2026-03-03").events if e.type == "talks")
    assert given.date.iso() == "2026-03-03"


def test_the_president_and_his_spouse_are_two_and_what_she_does_meanwhile_is_not_the_talks():
    text = (
        "Chủ tịch nước Trần Văn Bình hội đàm với Tổng thống Peru Carlos Rivera ngày 3/3/2026.\n"
        "Hôm qua, Chủ tịch nước và Phu nhân Lê Thị Hoa đã tới Lima, bắt đầu chuyến thăm cấp Nhà nước Peru từ ngày 2 "
        "đến 4/3/2026.\n"
        "Cùng thời gian hội đàm, Phu nhân Lê Thị Hoa đã thăm Trường Đại học Lima."
    )
    events = [(e.type, [p.name for p in e.participants]) for e in extract_article(text).events]
    assert ("visit", ["Trần Văn Bình", "Lê Thị Hoa"]) in events
    assert [kind for kind, _ in events].count("talks") == 1


def test_a_date_in_a_clause_about_another_thing_is_not_the_meetings():
    text = (
        "Sáng 26/7/2026, Bộ trưởng Ngoại giao Lê Văn Hải gặp Bộ trưởng Ngoại giao Peru Ana Soto, trao đổi về khuôn "
        "khổ Đối tác chiến lược mà hai nước xác lập hồi tháng 3/2024. Ngày 5/8/2026, Tổng thống Peru Carlos Rivera "
        "gửi bức điện mừng mà ông đã soạn từ ngày 2/8 tới Chủ tịch nước Trần Văn Bình. Chuyến thăm của Tổng thống "
        "Carlos Rivera là chuyến công du đầu tiên sau cuộc bầu cử hồi tháng 6/2026."
    )
    events = dated(text)
    assert ("meeting", "2026-07-26", "2026-07-26") in events
    assert not any(start.startswith("2026-06") or start.startswith("2024") for _, start, _ in events)


def test_the_establishment_told_on_its_own_day_before_the_cue():
    text = "Ngày 2/12/1960, Cuba trở thành quốc gia đầu tiên ở Tây bán cầu thiết lập quan hệ ngoại giao với Việt Nam."
    assert dated(text) == [("upgrade", "1960-12-02", "1960-12-02")]


def test_an_arrival_dates_the_visit_and_a_plans_day_is_not_the_news_day():
    text = (
        "Thủ tướng Peru Carlos Rivera tới Santiago hôm 15-5, chưa đầy hai tuần sau cuộc bầu cử.\n"
        "Tổng thống Chile Ana Soto chủ trì lễ đón Thủ tướng Carlos Rivera, sau đó hai nhà lãnh đạo hội đàm.\n"
        "Rời Santiago, ông Carlos Rivera sẽ tới Lima dự lễ nhậm chức của Tổng thống Peru ngày 18/5."
    )
    events = dated(text, published="2025-05-16")
    assert ("visit", "2025-05-15", "2025-05-15") in events
    assert ("talks", "2025-05-15", "2025-05-15") in events


def test_a_signing_at_the_end_of_the_meeting_is_of_its_day_not_of_this_year_its_clause_names():
    text = (
        "Chiều 12/3/2026, lãnh đạo tỉnh Lào Cai và tỉnh Vân Nam tổ chức Hội nghị Nhóm công tác liên hợp lần thứ 12.\n"
        "Kết thúc Hội nghị, hai bên đã ký Biên bản Hội nghị, thống nhất 7 nội dung hợp tác trọng tâm trong năm nay."
    )
    assert ("signing", "2026-03-12", "2026-03-12") in dated(text)


def test_a_call_told_as_done_does_not_take_the_month_of_the_plan_told_after_it():
    text = (
        "Tổng thống Peru Carlos Rivera cho biết ông đã có cuộc điện đàm rất tốt với Tổng thống Chile Ana Soto và nhà "
        "lãnh đạo này nhiều khả năng sẽ tới Lima trong tháng tới."
    )
    assert ("call", "2025-01-28", "2025-01-28") in dated(text, published="2025-01-28")


def test_there_is_the_place_and_day_of_the_sentence_before():
    text = (
        "Ngày 3/6, Tổng thống Chile Ana Soto đã tới Lima.\n"
        "Tại đây, Tổng thống Ana Soto hội đàm với Tổng thống Peru Carlos Rivera về hợp tác khai khoáng."
    )
    assert dated(text, published="2031-06-05") == [("talks", "2031-06-03", "2031-06-03")]


def test_the_programme_of_a_visit_without_its_days_is_the_visits_month():
    text = (
        "Tổng thống Chile Ana Soto hôm nay bắt đầu thăm chính thức Peru từ ngày 3 đến 6/6/2031.\n"
        "Theo chương trình, Tổng thống Ana Soto sẽ hội đàm với Tổng thống Peru Carlos Rivera.\n"
        "Trong chương trình thăm, bà đã hội kiến Chủ tịch Quốc hội Peru Luis Vera."
    )
    events = dated(text, published="2031-06-03")
    assert ("talks", "2031-06", "2031-06") in events
    assert ("meeting", "2031-06", "2031-06") in events


def test_a_visits_days_written_after_its_arrival_day_are_the_visits():
    text = "Tổng thống Chile Ana Soto tới Lima trưa 3/6, bắt đầu chuyến thăm cấp nhà nước Peru từ ngày 3 đến 6/6/2031."
    assert dated(text) == [("visit", "2031-06-03", "2031-06-06")]


def test_a_visits_stay_written_after_its_arrival_is_the_visits_days():
    text = (
        "Chủ tịch nước Lê Văn An đã tới Lima chiều 29.10, bắt đầu chương trình tham dự Tuần lễ Cấp cao APEC và làm "
        "việc tại Peru từ ngày 29.10 đến 1.11.2031 theo lời mời của Tổng thống Peru Carlos Rivera."
    )
    assert ("visit", "2031-10-29", "2031-11-01") in dated(text)


def test_a_plan_told_on_a_visits_first_day_is_of_the_visits_month_and_not_a_meeting_recalled():
    text = (
        "Tổng thống Peru Carlos Rivera đã tới Hà Nội chiều 3/6/2031, bắt đầu chuyến thăm cấp Nhà nước Việt Nam từ "
        "ngày 3 đến 5/6.\n"
        "Hồi tháng 11 năm ngoái, Tổng thống Carlos Rivera đã có cuộc gặp với Thủ tướng Lê Minh Tâm tại Lima.\n"
        "Tổng thống Carlos Rivera sẽ hội đàm với Chủ tịch nước Trần Văn Bình, sau đó lần lượt gặp Thủ tướng Lê Minh "
        "Tâm và Chủ tịch Quốc hội Vũ Thị Hoa."
    )
    events = dated(text, published="2031-06-03")
    assert ("talks", "2031-06", "2031-06") in events
    assert events.count(("meeting", "2031-06", "2031-06")) == 2


def test_what_the_two_leaders_agree_is_of_their_talks_day_not_of_the_visits_month():
    text = (
        "Sáng 8/5/2031, tại Lima, Thủ tướng Lê Minh Tâm đã hội đàm với Tổng thống Peru Carlos Rivera, trong khuôn khổ "
        "chuyến thăm chính thức Peru từ ngày 7-9/5.\n"
        "Hai nhà lãnh đạo nhất trí nâng cấp quan hệ Việt Nam - Peru lên Đối tác toàn diện."
    )
    assert ("upgrade", "2031-05-08", "2031-05-08") in dated(text)


def test_a_plan_told_before_the_visit_begins_is_of_the_visits_month():
    text = (
        "Chủ tịch Quốc hội Vũ Văn Hòa hôm nay lên đường thăm chính thức Chile từ ngày 18 đến 23/4.\n"
        "Tại Santiago, Chủ tịch Quốc hội Vũ Văn Hòa sẽ hội đàm với Chủ tịch Thượng viện Chile Luis Vera."
    )
    assert ("talks", "2031-04", "2031-04") in dated(text, published="2031-04-17")


def test_the_two_leaders_after_a_welcome_are_the_welcomes_not_another_talks_of_one_of_them():
    text = (
        "Ngày 27/2/2031, Tổng thống Peru Carlos Rivera đã hội đàm với Chủ tịch nước Trần Văn Bình.\n"
        "Chiều 1/3/2031, Chủ tịch nước Trần Văn Bình chủ trì lễ đón chính thức Tổng thống Chile Ana Soto.\n"
        "Sau lễ đón, hai nhà lãnh đạo đã hội đàm."
    )
    assert ("talks", "2031-03-01", "2031-03-01") in dated(text)


def test_a_summit_in_a_clause_of_what_came_before_takes_no_date_of_the_main_clause():
    text = (
        "Tổng thống Chile Ana Soto tới Lima, sau khi dự Hội nghị thượng đỉnh G20 tại Brasília, và gặp Tổng thống "
        "Peru Carlos Rivera trưa 11/6/2031."
    )
    assert ("conference", "2031-06-11", "2031-06-11") not in dated(text)


def test_the_planned_programme_of_a_visit_given_by_its_first_day_is_of_its_month():
    text = (
        "Sau Lima, Chủ tịch nước Trần Văn Bình sẽ thăm cấp Nhà nước Chile từ ngày 25/9/2031.\n"
        "Trong chuyến thăm, Chủ tịch nước sẽ hội đàm với Tổng thống Chile Ana Soto."
    )
    assert ("talks", "2031-09", "2031-09") in dated(text)


def test_a_call_told_as_done_on_a_day_after_the_publication_was_the_year_before():
    text = (
        "Sáng 16/5, Thủ tướng Lê Minh Tâm hội đàm với Thủ tướng Thái Lan Ana Soto.\n"
        "Ngay sau khi bà Ana Soto nhậm chức tháng 8 năm ngoái, Thủ tướng Lê Minh Tâm đã điện đàm chúc mừng người "
        "đồng cấp vào chiều 29/8."
    )
    assert ("call", "2030-08-29", "2030-08-29") in dated(text, published="2031-05-16")


def test_the_year_a_chair_holds_a_groups_chair_does_not_date_the_meeting_they_chair():
    text = (
        "Chiều 28/7, Thủ tướng Peru Carlos Rivera, Chủ tịch APEC năm nay, đã chủ trì cuộc gặp đặc biệt giữa Tổng "
        "thống Chile Ana Soto và Tổng thống Bolivia Luis Vera tại Lima."
    )
    events = dated(text, published="2031-07-29")
    assert events and all(start == "2031-07-28" for _, start, _ in events)


def test_the_day_of_an_arrival_to_attend_a_summit_is_not_the_summits():
    text = "Tổng thống Bolivia Luis Vera tới Lima chiều 3-9 để dự hội nghị thượng đỉnh với Tổng thống Chile Ana Soto."
    assert dated(text, published="2031-09-04") == [("talks", "2031-09", "2031-09")]
    recalled = (
        "Lần gần nhất một thủ tướng Ấn Độ tới Pakistan là tháng 1/2029, khi ông Raj Kumar tới Islamabad dự hội nghị "
        "thượng đỉnh Hiệp hội Nam Á."
    )
    assert dated(recalled, published="2031-12-26") == [("conference", "2029-01", "2029-01")]


def test_a_signing_that_refers_back_takes_the_talks_day_and_a_later_plan_of_the_same_people_reads_on():
    text = (
        "Chiều 20/5/2031, Bộ trưởng Ngoại giao Lê Minh Tâm hội đàm với Bộ trưởng Ngoại giao Chile Ana Soto.\n"
        "Trong cuộc hội đàm, Bộ trưởng Lê Minh Tâm và Bộ trưởng Ana Soto ký biên bản ghi nhớ, thống nhất triển khai "
        "các nội dung trong năm nay.\n"
        "Bộ trưởng Lê Minh Tâm và Bộ trưởng Ana Soto sẽ ký thêm biên bản về lao động."
    )
    assert ("signing", "2031-05-20", "2031-05-20") in dated(text, published="2031-05-21")


def test_a_visit_planned_for_later_this_year_in_a_sentence_that_refers_back_keeps_its_year():
    text = (
        "Chiều 20/5/2031, Thủ tướng Lê Minh Tâm gặp Thủ tướng Chile Ana Soto tại Tokyo.\n"
        "Trong cuộc gặp, hai Thủ tướng nhất trí chuẩn bị tích cực cho chuyến thăm Chile của Chủ tịch nước Trần Văn "
        "Bình vào cuối năm nay."
    )
    assert ("visit", "2031", "2031") in dated(text, published="2031-05-21")


def test_a_visit_planned_after_the_summit_is_of_the_summits_month_not_of_an_anniversary_planned_years_on():
    text = (
        "Chiều 6/7, tại Lima, nhân dịp tham dự Hội nghị cấp cao G20, Thủ tướng Lê Minh Tâm gặp Thủ tướng Ấn Độ Raj "
        "Kumar.\n"
        "Thủ tướng Lê Minh Tâm đề nghị hai bên chuẩn bị tốt các hoạt động kỷ niệm 10 năm quan hệ Đối tác chiến lược "
        "toàn diện vào năm 2034, sau chuyến thăm Ấn Độ của Chủ tịch nước Trần Văn Bình hồi tháng 4 vừa qua.\n"
        "Sau Hội nghị, Thủ tướng Lê Minh Tâm sẽ thăm chính thức Peru theo lời mời của Tổng thống Luis Vera."
    )
    assert ("visit", "2031-07", "2031-07") in dated(text, published="2031-07-07")


def test_a_date_inside_the_occasion_named_after_the_sentences_date_is_the_occasions():
    text = (
        "Ngày 1.11, nhân dịp ông Luis Vera đắc cử Tổng thống Peru trong cuộc bầu cử vòng hai ngày 30.10, Chủ tịch "
        "nước Lê Minh Tâm đã gửi điện mừng ông Luis Vera."
    )
    assert dated(text, published="2031-11-02") == [("message", "2031-11-01", "2031-11-01")]


def test_meetings_on_the_sidelines_of_a_two_day_meeting_told_before_are_of_its_month():
    text = (
        "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 50 diễn ra tại Lima trong hai ngày 19-20.7.2031.\n"
        "Bên lề Hội nghị, Phó Thủ tướng Lê Minh Tâm đã có các cuộc gặp song phương với Ngoại trưởng Chile Ana Soto "
        "và Ngoại trưởng Peru Luis Vera."
    )
    meetings = [event for event in dated(text, published="2031-07-21") if event[0] == "meeting"]
    assert meetings == [("meeting", "2031-07", "2031-07")] * 2


def test_a_visit_recalled_in_the_message_keeps_its_month_and_the_message_its_day():
    text = (
        "Ngày 21.9, Chủ tịch nước Lê Minh Tâm và Nhà vua Peru Luis Vera trao đổi điện mừng.\n"
        "Trong điện mừng, Chủ tịch nước Lê Minh Tâm nhắc lại chuyến thăm Việt Nam của Nhà vua Luis Vera khi còn là "
        "Thái tử vào tháng 2.2019."
    )
    assert dated(text, published="2031-09-21") == [
        ("message", "2031-09-21", "2031-09-21"),
        ("visit", "2019-02", "2019-02"),
    ]


def test_the_year_of_an_opening_clause_since_an_earlier_step_is_not_the_upgrades():
    text = (
        "Chiều 10/3, Tổng Bí thư Lê Minh Tâm hội đàm với Tổng thống Chile Ana Soto.\n"
        "Trên cơ sở những thành tựu đạt được kể từ khi thiết lập Đối tác Chiến lược năm 2023, hai nhà lãnh đạo nhất "
        "trí nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện."
    )
    assert ("upgrade", "2031-03-10", "2031-03-10") in dated(text, published="2031-03-10")
    then = (
        "Đây là lần đầu tiên ông Luis Vera tới Chile kể từ năm 2025, khi ông tới Santiago dự hội nghị thượng đỉnh APEC."
    )
    assert dated(then, published="2031-03-10") == [("conference", "2025", "2025")]


def test_a_clause_on_the_summits_sidelines_after_the_talks_of_a_day_is_of_the_summits_month():
    text = (
        "Thủ tướng Lê Minh Tâm dự Hội nghị cấp cao G7 mở rộng tại Tokyo từ ngày 19-21/5/2031. Ngày 21-5, Thủ tướng "
        "Lê Minh Tâm hội đàm với Thủ tướng Nhật Bản Ito Ken; bên lề hội nghị, Thủ tướng cũng đã gặp Thủ tướng Ấn Độ "
        "Raj Kumar."
    )
    assert ("meeting", "2031-05", "2031-05") in dated(text, published="2031-05-22")


def test_the_visit_an_upgrade_took_place_on_is_of_the_upgrades_date_not_of_the_next_clauses():
    text = (
        "Hai nước nâng quan hệ lên Đối tác chiến lược vào tháng 6-2023 nhân chuyến thăm Peru của Tổng Bí thư Lê Minh "
        "Tâm, và lên Đối tác chiến lược toàn diện vào tháng 7-2025."
    )
    assert ("visit", "2023-06", "2023-06") in dated(text, published="2031-05-16")
    assert ("upgrade", "2025-07", "2025-07") in dated(text, published="2031-05-16")


def test_a_visit_the_news_came_after_with_no_date_of_its_own_has_no_day_of_the_news():
    text = (
        "Chiều 21-9, tại New York, Thủ tướng Lê Minh Tâm đã gặp Tổng thư ký Liên Hiệp Quốc Antonio Guterres.\n"
        "Chuyến công tác diễn ra chỉ hơn một tuần sau chuyến thăm cấp Nhà nước tới Việt Nam của Tổng thống Peru "
        "Luis Vera."
    )
    assert dated(text, published="2031-09-22") == [("meeting", "2031-09-21", "2031-09-21")]


def test_a_day_decades_before_the_articles_year_is_never_its_news_day():
    text = (
        "Chuyến thăm cấp Nhà nước của Tổng thống Peru Luis Vera là dịp để hai nước nhìn lại chặng đường hơn 5 thập "
        "kỷ quan hệ hữu nghị.\n"
        "Việt Nam và Peru thiết lập quan hệ ngoại giao ngày 14/11/1994."
    )
    assert all(start.startswith("2031") for kind, start, _ in dated(text, published="2031-05") if kind == "visit")


def test_the_year_a_leader_took_office_dates_no_visit():
    text = "Đây là lần thứ ba ông Luis Vera, người giữ chức Thủ tướng Peru từ năm 2020, thăm chính thức Việt Nam."
    assert not any(start.startswith("2020") for _, start, _ in dated(text, published="2031-03-06"))
    took_office = (
        "Ngay sau khi bà Ana Soto nhậm chức hồi tháng 8/2030, Thủ tướng Lê Minh Tâm và Thủ tướng Chile Ana Soto đã "
        "điện đàm."
    )
    assert dated(took_office, published="2031-03-06") == [("call", "2030-08", "2030-08")]


def test_an_upgrade_announced_after_the_talks_is_of_the_day_it_was_announced():
    text = (
        "Chiều 8.11, sau cuộc hội đàm tại Hà Nội, Thủ tướng Lê Minh Tâm và Thủ tướng Canada John Smith đã công bố "
        "quyết định xác lập khuôn khổ quan hệ Đối tác toàn diện."
    )
    assert dated(text, published="2031-11-12") == [("upgrade", "2031-11-08", "2031-11-08")]


def test_the_year_a_sentence_opens_with_is_that_of_the_days_it_writes_without_one():
    text = (
        "Năm 2028 ghi dấu hai chuyến thăm cấp Nhà nước: Chủ tịch nước Lê Minh Tâm thăm Ấn Độ từ ngày 2 - 4/3 và "
        "Tổng thống Ấn Độ Raj Kumar thăm Việt Nam từ 18-20/11."
    )
    assert dated(text, published="2031-11-12") == [
        ("visit", "2028-03-02", "2028-03-04"),
        ("visit", "2028-11-18", "2028-11-20"),
    ]


def test_the_day_a_declaration_is_signed_is_not_this_year_it_aims_at():
    text = (
        "Tổng thống Chile Ana Soto và Tổng thống Peru Luis Vera hôm nay (27/4) đã ký tuyên bố chung, cam kết chấm "
        "dứt tranh chấp ngay trong năm nay."
    )
    assert dated(text, published="2031-04-27") == [("signing", "2031-04-27", "2031-04-27")]


def test_what_a_visit_holds_unsaid_which_day_is_of_the_visits_month_and_apart_from_a_plan():
    text = (
        "Tổng thống Chile Ana Soto thăm cấp Nhà nước Peru từ ngày 6 đến 8/5/2031.\n"
        "Ngày 7/5, bà Ana Soto hội đàm với Tổng thống Peru Luis Vega.\n"
        "Cùng ngày, Ngoại trưởng Chile Pablo Rojas đã có cuộc gặp với Ngoại trưởng Peru Marta Diaz trong chuyến thăm.\n"
        "Trong chuyến thăm, Tổng thống Ana Soto còn hội kiến Chủ tịch Quốc hội Peru Carlos Ruiz.\n"
        "Sáng 8/5, Tổng thống Ana Soto dự kiến làm việc với lãnh đạo thành phố Lima."
    )
    meetings = [e for e in extract_article(text).events if e.type == "meeting"]
    with_ruiz = next(e for e in meetings if "Carlos Ruiz" in {p.name for p in e.participants})
    assert with_ruiz.date.precision == "month" and with_ruiz.date.start.month == 5
    assert not any(e.planned for e in meetings if e is with_ruiz or e.date.precision == "month")


def test_same_day_is_the_day_of_the_event_told_last_not_of_an_arrival_recalled_before_it():
    text = (
        "Sáng 29/7/2031, Bộ trưởng Quốc phòng Lê Văn Hải hội đàm với Bộ trưởng Quốc phòng Chile Ana Soto.\n"
        "Bà Ana Soto tới Hà Nội chiều 28/7.\n"
        "Tại hội đàm, hai Bộ trưởng nhất trí tăng cường hợp tác.\n"
        "Cùng ngày, bà Ana Soto đã hội kiến Thủ tướng Trần Minh Đức."
    )
    meeting = next(e for e in extract_article(text).events if e.type == "meeting")
    assert meeting.date.start == meeting.date.end and meeting.date.start.day == 29


def test_an_onward_trip_with_no_day_of_its_own_is_of_the_months_not_the_news_day_nor_the_trips_last_day():
    onward = (
        "Ngày 6/5/2031, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Luis Vega tại Lima.\n"
        "Sau Peru, bà Ana Soto sẽ thăm chính thức Ecuador."
    )
    last_day = (
        "Ngày 6/5/2031, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Luis Vega tại Lima.\n"
        "Bà Ana Soto sẽ thăm chính thức Ecuador trong chuyến công tác kéo dài đến ngày 12/5."
    )
    for text in (onward, last_day):
        visit = next(e for e in extract_article(text, published="2031-05-06").events if e.type == "visit")
        assert (visit.date.precision, visit.date.start.month) == ("month", 5), text


def test_a_meeting_on_the_sidelines_unsaid_which_day_is_not_the_day_of_another_meeting_told_as_its_own():
    text = (
        "Hội nghị thượng đỉnh Nhóm Andes lần thứ 9 diễn ra từ ngày 22 đến 24/10/2031 tại Lima.\n"
        "Ngày 23/10, Thủ tướng Lê Văn Hải có cuộc gặp ngắn với Tổng thống Chile Ana Soto.\n"
        "Bên lề hội nghị, Thủ tướng Lê Văn Hải đã gặp Tổng thống Ecuador Luis Vega."
    )
    meetings = {e.participants[-1].name: e.date for e in extract_article(text).events if e.type == "meeting"}
    assert meetings["Ana Soto"].precision == "day"
    assert meetings["Luis Vega"].precision == "month"


def test_a_meeting_told_with_a_summit_s_days_is_dated_to_their_month():
    text = (
        "Thủ tướng Lê Văn Hải sẽ tới Lima dự Hội nghị Cấp cao APEC diễn ra từ ngày 14-16/11/2032, nơi ông dự kiến "
        "gặp Tổng thống Chile Ana Soto."
    )
    assert ("meeting", "2032-11", "2032-11") in dated(text)
    # Talks told as lasting those days are talks of those days.
    lasting = "Ngoại trưởng Peru Ana Soto hội đàm với Ngoại trưởng Chile Carlos Rivera kéo dài từ 3-5/6/2032 tại Lima."
    assert ("talks", "2032-06-03", "2032-06-05") in dated(lasting)


def test_activities_added_to_a_trip_of_several_days_without_a_day_are_dated_to_its_month():
    trip = (
        "Thủ tướng Lê Văn Hải dự Hội nghị Cấp cao G20 tại Rio de Janeiro.\n"
        "Chiều 18/11/2032, Thủ tướng gặp Tổng thống Chile Ana Soto.\n"
        "Sáng 19/11, Thủ tướng gặp Thủ tướng Peru Carlos Rivera.\n"
        "Ngoài ra, Thủ tướng còn gặp Tổng thống Brazil Luis Costa."
    )
    assert dated(trip)[-3:] == [
        ("meeting", "2032-11", "2032-11"),
        ("meeting", "2032-11-18", "2032-11-18"),
        ("meeting", "2032-11-19", "2032-11-19"),
    ]
    # After one day told, what is added is of that day.
    one_day = "\n".join(line for line in trip.splitlines() if "19/11" not in line)
    assert ("meeting", "2032-11-18", "2032-11-18") in dated(one_day) and ("meeting", "2032-11", "2032-11") not in dated(
        one_day
    )


def test_a_summit_named_as_the_occasion_of_a_visit_recalled_is_of_that_visit_s_month():
    text = (
        "Ngày 11/11/2032, Tổng thống Peru Ana Soto hội đàm với Chủ tịch nước Lê Văn Bình. Bà Ana Soto nhắc lại chuyến "
        "thăm Việt Nam của Tổng thống Carlos Rivera tháng 11/2027 nhân dịp dự Hội nghị Cấp cao APEC tại Hà Nội."
    )
    assert ("conference", "2027-11", "2027-11") in dated(text)


def test_the_news_day_is_the_arrival_day_a_visit_s_days_begin_with_not_the_page_s_day():
    text = (
        "Chiều 16/5 (giờ địa phương), Tổng thống Peru Ana Soto đã tới Santiago, bắt đầu chuyến thăm Chile từ ngày 16 "
        "đến 17/5.\nTổng thống Chile Carlos Rivera đã chủ trì lễ đón chính thức bà Ana Soto tại Phủ Tổng thống."
    )
    assert ("other", "2032-05-16", "2032-05-16") in dated(text, published="2032-05-17")


def test_a_plan_of_the_same_day_is_of_that_day_not_of_a_statistic_s_year_in_its_sentence():
    text = (
        "Ngày 16/5/2032, Tổng thống Peru Ana Soto hội đàm với Chủ tịch Chile Carlos Rivera. Chiều cùng ngày, bà Ana "
        "Soto dự kiến gặp Thủ tướng Chile Luis Costa, trong bối cảnh kim ngạch thương mại năm ngoái đạt kỷ lục."
    )
    assert ("meeting", "2032-05-16", "2032-05-16") in dated(text)


def test_a_round_up_of_meetings_during_a_trip_of_several_days_is_dated_to_its_month():
    text = (
        "Từ ngày 24 đến 27/11/2032, Thủ tướng Lê Văn Hải thăm chính thức Peru và dự Hội nghị Cấp cao APEC.\n"
        "Chiều 27/11, Thủ tướng hội đàm với Tổng thống Peru Carlos Rivera.\n"
        "Bên lề các hội nghị, Thủ tướng đã có các cuộc gặp song phương với Tổng thống Chile Ana Soto và Thủ tướng "
        "Canada Luis Costa."
    )
    assert dated(text).count(("meeting", "2032-11", "2032-11")) == 2
    # A trip of one day: its day.
    one_day = text.replace("Từ ngày 24 đến 27/11/2032", "Ngày 27/11/2032")
    assert dated(one_day).count(("meeting", "2032-11-27", "2032-11-27")) == 2


def test_a_round_up_naming_the_days_of_the_summit_takes_its_months_whatever_the_day_of_the_news():
    text = (
        "Hội nghị Cấp cao Pháp ngữ diễn ra tại Hà Nội từ ngày 14 đến 16/11/2032.\n"
        "Chiều 13/11, Chủ tịch nước Lê Văn Bình hội đàm với Tổng thống Pháp Jean Morel.\n"
        "Trong những ngày diễn ra Hội nghị, Chủ tịch nước đã tiếp Thủ tướng Canada Ana Soto và Tổng thống Bénin "
        "Carlos Rivera."
    )
    assert dated(text).count(("meeting", "2032-11", "2032-11")) == 2


def test_talks_referring_back_are_of_the_day_told_not_of_the_year_they_discuss():
    text = (
        "Sáng 9/1/2032, Thủ tướng Lê Văn Hải chủ trì lễ đón Thủ tướng Lào Khamphet Vongsa.\n"
        "Sau lễ đón, hai Thủ tướng đã hội đàm, trao đổi về phương hướng hợp tác trong năm 2032."
    )
    assert ("talks", "2032-01-09", "2032-01-09") in dated(text)


def test_a_leg_of_the_journey_before_the_news_is_of_its_month_not_the_news_day():
    text = (
        "Rạng sáng nay (20/6/2031), chuyên cơ chở Tổng thống Chile Ana Soto hạ cánh xuống Nội Bài, bắt đầu chuyến "
        "thăm cấp Nhà nước Việt Nam. Trước khi đến Hà Nội, bà Ana Soto đã có chuyến thăm cấp Nhà nước tới Lào."
    )
    assert dated(text) == [("visit", "2031-06", "2031-06"), ("visit", "2031-06-20", "2031-06-20")]


def test_a_stop_on_the_way_told_after_the_arrival_is_of_its_month_not_the_news_day():
    text = (
        "Tối qua (14.3), Tổng thống Chile Ana Soto kết thúc chuyến thăm cấp Nhà nước Việt Nam. "
        "Bà Ana Soto đến Hà Nội sau chặng dừng chân tại Viêng Chăn (Lào)."
    )
    assert ("visit", "2031-03", "2031-03") in dated(text, published="2031-03-15")


def test_the_news_day_is_the_pages_day_its_visit_spans_not_a_day_of_the_year_recalled():
    text = (
        "Chiều nay 10-9, Tổng thống Chile Ana Soto tới Hà Nội, bắt đầu chuyến thăm cấp nhà nước Việt Nam trong hai "
        "ngày 10 và 11-9. Bà Ana Soto tới Việt Nam sau khi dự Hội nghị thượng đỉnh G20 tại New Delhi. "
        "Ngày 29-3 năm nay, Thủ tướng Lê Văn Hải và Tổng thống Ana Soto đã có cuộc điện đàm."
    )
    assert ("conference", "2031-09", "2031-09") in dated(text, published="2031-09-10")


def test_a_reception_right_after_arriving_is_of_the_arrival_day():
    text = (
        "Bắc Kinh, 10/11/2031. Chiều 9/11, chuyên cơ chở Chủ tịch nước Lê Văn Hải hạ cánh xuống sân bay Bắc Kinh. "
        "Ngay sau khi đến Bắc Kinh, Chủ tịch nước Lê Văn Hải đã tiếp Đại sứ Chile Ana Soto."
    )
    assert ("meeting", "2031-11-09", "2031-11-09") in dated(text, published="2031-11-10")


def test_a_numbered_summit_whose_days_are_written_without_a_year_is_of_those_days():
    text = (
        "Trong các ngày từ 9 - 11/11, Chủ tịch nước Lê Văn Hải sẽ tham dự Hội nghị các nhà lãnh đạo kinh tế APEC "
        "lần thứ 40 do Tổng thống Chile Ana Soto chủ trì."
    )
    assert dated(text, published="2031-11-08") == [("conference", "2031-11-09", "2031-11-11")]


def test_a_meeting_in_the_news_of_a_summit_of_several_days_is_of_its_month():
    text = (
        "Melbourne, 5/3/2031. Từ ngày 4-6/3, Thủ tướng Lê Văn Hải dự Hội nghị Cấp cao đặc biệt ASEAN - Australia "
        "tại Melbourne. Thủ tướng Lê Văn Hải gặp Tổng thống Chile Ana Soto."
    )
    assert ("meeting", "2031-03", "2031-03") in dated(text, published="2031-03-05")


def test_a_date_in_what_the_host_said_is_not_the_reception_s():
    text = (
        "Sáng 28/4, tiếp Đại sứ Chile Ana Soto, Chủ tịch nước Lê Văn Hải cho biết, nhận lời mời của Tổng thống "
        "Chile, Chủ tịch nước sẽ tham dự Lễ nhậm chức của Tổng thống Chile tổ chức tại Santiago ngày 6/5 tới."
    )
    assert ("meeting", "2031-04-28", "2031-04-28") in dated(text, published="2031-04-28")


@pytest.mark.parametrize(
    "text",
    [
        "Chiều nay (7/10), Thủ tướng Lê Văn Hải đã tới sân bay Haneda, Thủ đô Tokyo, bắt đầu chuyến tham dự Hội nghị "
        "Cấp cao Mekong - Chile lần thứ 10 theo lời mời của Thủ tướng Chile Ana Soto.",
        "Trong ngày 7.10, sân bay Đà Nẵng liên tục đón chuyên cơ của các nhà lãnh đạo đến dự Tuần lễ Cấp cao APEC "
        "2031, trong đó có Tổng thống Chile Ana Soto.",
    ],
)
def test_a_summit_the_arrival_is_told_for_is_of_the_arrivals_month(text):
    assert ("conference", "2031-10", "2031-10") in dated(text, published="2031-10-07")


def test_during_the_stay_is_of_the_visit_told_not_of_one_recalled_months_before():
    text = (
        "Ngày 26/2/2031, Thủ tướng Lê Văn Hải hội đàm với Thủ tướng Chile Ana Soto đang thăm chính thức Việt Nam. "
        "Bà Ana Soto nhắc lại chuyến thăm chính thức Chile của Thủ tướng Lê Văn Hải hồi tháng 3 năm ngoái. "
        "Trong thời gian ở Hà Nội, Thủ tướng Ana Soto còn dự và phát biểu tại Diễn đàn Tương lai ASEAN lần thứ hai."
    )
    assert ("conference", "2031-02", "2031-02") in dated(text, published="2031-02-27")


def test_on_the_sidelines_of_the_summit_is_the_summit_told_not_the_next_one_named_after_it():
    text = (
        "Ngày 20/11/2031, Hội nghị cấp cao Pháp ngữ lần thứ 20 khai mạc tại Lima với sự tham dự của Phó Chủ tịch "
        "nước Lê Thị Hoa. Hội nghị quyết định Chile đăng cai Hội nghị cấp cao lần thứ 21 năm 2033. Bên lề hội nghị, "
        "Phó Chủ tịch nước Lê Thị Hoa đã hội kiến Tổng thống Peru Luis Vega."
    )
    assert ("meeting", "2031-11-20", "2031-11-20") in dated(text, published="2031-11-21")


@pytest.mark.parametrize("opening", ["Trong thời gian ở Campuchia", "Trong chuyến công tác"])
def test_what_is_done_during_a_stay_is_of_its_month_when_only_the_arrival_is_dated(opening):
    text = (
        "Chiều 3/11/2025, Phó Thủ tướng Lê Văn An tới Phnom Penh, bắt đầu chuyến thăm chính thức Campuchia. "
        f"{opening}, Phó Thủ tướng Lê Văn An đã chào xã giao Chủ tịch Thượng viện Campuchia Sok Vanna."
    )
    assert ("meeting", "2025-11", "2025-11") in dated(text)


def test_a_conference_named_as_the_occasion_keeps_the_day_written_in_its_name_not_a_part_of_the_day():
    own_day = (
        "Nhân dịp tham dự Hội nghị thượng đỉnh về An ninh biên giới do Chính phủ Chile tổ chức tại Santiago ngày "
        "31/3/2025, Bộ trưởng Công an Lê Văn An đã hội đàm với Bộ trưởng Nội vụ Chile Ana Soto."
    )
    assert ("conference", "2025-03-31", "2025-03-31") in dated(own_day)
    meetings_day = (
        "Bên lề Hội nghị Cấp cao ASEAN lần thứ 47 tại Kuala Lumpur chiều 27/10/2025, Thủ tướng Lê Văn An gặp Thủ "
        "tướng Australia John Smith."
    )
    assert ("conference", "2025-10", "2025-10") in dated(meetings_day)


def test_a_summit_an_arrival_begins_the_programme_of_is_of_the_arrivals_month():
    text = (
        "Chiều 21/9/2024 (giờ địa phương), Chủ tịch nước Lê Văn An và Đoàn đại biểu cấp cao Việt Nam đã tới New "
        "York, bắt đầu chương trình dự Tuần lễ cấp cao Khóa họp 79 Đại hội đồng Liên hợp quốc."
    )
    assert dated(text) == [("conference", "2024-09", "2024-09")]


def test_what_is_done_during_a_stay_in_a_city_is_of_the_occasion_told_there_not_of_a_visit_recalled():
    text = (
        "Chiều 12/7/2031, tại Jakarta, Bộ trưởng Ngoại giao Lê Văn An dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần "
        "thứ 64. Hai bên đánh giá cao kết quả chuyến thăm Việt Nam của Ngoại trưởng Chile Ana Soto hồi tháng 4 vừa "
        "qua. Trong thời gian ở Jakarta, Bộ trưởng Lê Văn An cũng gặp Tổng Thư ký ASEAN Luis Vega."
    )
    meetings = [e.date.iso() for e in extract_article(text).events if e.type == "meeting"]
    assert meetings == ["2031-07"]


def test_an_event_told_before_the_news_on_a_day_of_its_own_keeps_that_day():
    text = (
        "Ngày 21/1, Tổng thống Chile Ana Soto điện đàm với Tổng thống Peru Luis Vega.\n"
        "Trước đó, hôm 31/12, hai nhà lãnh đạo đã trao đổi thư chúc mừng năm mới."
    )
    assert ("message", "2024-12-31", "2024-12-31") in dated(text, published="2025-01-22")


def test_a_plan_naming_no_one_is_of_the_plan_told_just_before_not_of_a_summit_next_year():
    text = (
        "Hội nghị Cấp cao ASEAN lần thứ 18 dự kiến được tổ chức tại Gia-các-ta vào tháng 5/2031.\n"
        "Ngày mai (31/10), Thủ tướng Chile Ana Soto sẽ hội đàm với Thủ tướng Lê Văn An. Hai bên dự kiến ra Tuyên bố "
        "chung về quan hệ Đối tác chiến lược."
    )
    assert ("signing", "2030-10-31", "2030-10-31") in dated(text, published="2030-10-30")


def test_a_year_in_a_later_clause_is_not_the_date_of_a_summit_a_month_opens():
    text = (
        "Tháng 11 năm ngoái, bên lề Hội nghị Cấp cao ASEAN lần thứ 35 tại Bangkok, hai Thủ tướng Lê Văn An và John "
        "Smith nhất trí lấy năm 2031 làm dịp đưa quan hệ lên tầm cao mới."
    )
    assert ("conference", "2030-11", "2030-11") in dated(text, published="2031-07-22")


def test_a_summit_an_arrival_begins_a_visit_and_the_attendance_of_is_of_the_arrivals_month():
    text = (
        "Chiều 26/5/2031, Thủ tướng Lê Văn An tới sân bay quốc tế Chubu - Nagoya, bắt đầu chuyến thăm làm việc "
        "tại Nhật Bản và dự Hội nghị thượng đỉnh G7 mở rộng."
    )
    assert ("conference", "2031-05", "2031-05") in dated(text)


def test_what_was_done_where_the_trip_before_went_is_not_of_the_arrivals_day():
    text = (
        "Tổng thống Peru Luis Vega tới Vilnius tối 10/7/2031 sau chuyến thăm Chile, nơi ông hội kiến Tổng thống "
        "Chile Ana Soto."
    )
    found = extract_article(text)
    judge(found)
    meetings = [e for e in found.events if e.type == "meeting"]
    assert meetings and all(e.draft_reasons for e in meetings)  # its day unsaid: waits for a curator


def test_the_last_time_before_the_news_is_of_no_day_the_article_tells():
    text = (
        "Ngày 20/6/2031, Tổng thống Chile Ana Soto hội đàm với Chủ tịch nước Lê Văn An. Lần gần nhất Tổng thống Ana "
        "Soto tới Việt Nam là dịp dự Tuần lễ Cấp cao APEC tại Đà Nẵng."
    )
    assert dated(text) == [("talks", "2031-06-20", "2031-06-20")]


def test_the_day_before_is_the_day_before_the_one_written():
    text = (
        "Sáng 11/3/2031, Tổng Bí thư Lê Văn An đến Singapore. Trước đó một ngày, tại Jakarta, Tổng Bí thư và "
        "Tổng thống Indonesia Budi Santoso đã hội đàm."
    )
    assert ("talks", "2031-03-10", "2031-03-10") in dated(text)


def test_a_visit_s_span_told_after_its_source_is_the_visit_s():
    text = (
        "Rạng sáng nay (20/6), Tổng thống Chile Ana Soto đến Hà Nội, bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam "
        "theo lời mời của Chủ tịch nước Lê Văn An. Theo thông báo của Bộ Ngoại giao, chuyến thăm diễn ra từ ngày 19 "
        "đến 20/6."
    )
    assert [e[1:] for e in dated(text, published="2031-06-20") if e[0] == "visit"] == [("2031-06-19", "2031-06-20")]


def test_the_day_that_opens_a_sentence_is_its_meeting_s_not_the_visit_s_days():
    text = (
        "Ngày 22-9, trong khuôn khổ chuyến thăm chính thức Chile từ ngày 21 đến 23-9, Chủ tịch Quốc hội Lê Văn An đã "
        "hội kiến Tổng thống Chile Ana Soto."
    )
    assert ("meeting", "2031-09-22", "2031-09-22") in dated(text, published="2031-09-22")


def test_a_gathering_before_that_is_of_its_month_not_of_that_day():
    text = (
        "Sáng 7/3/2031, Thủ tướng Lê Minh Tâm hội đàm với Thủ tướng Chile Pablo Rojas. Trước đó, Thủ tướng Lê Minh "
        "Tâm đã dự Hội nghị Cấp cao Đặc biệt ASEAN - Chile tại Santiago."
    )
    assert ("conference", "2031-03", "2031-03") in dated(text)


def test_a_summit_on_whose_eve_leaders_meet_is_not_of_that_day():
    text = (
        "Ngày 26/6/2031, trước thềm Hội nghị thượng đỉnh G20 tại Toronto, Thủ tướng Lê Minh Tâm đã hội kiến "
        "Thủ tướng Chile Pablo Rojas."
    )
    assert ("conference", "2031-06", "2031-06") in dated(text)


def test_half_a_year_after_is_no_next_year():
    text = (
        "Sáng 23/6/2031, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Chile Ana Soto. Chuyến thăm diễn ra hơn nửa "
        "năm sau khi hai nước nâng cấp quan hệ."
    )
    assert not [e for e in dated(text) if e[1].startswith("2032")]


def test_a_gathering_named_on_the_sidelines_keeps_its_own_days():
    text = (
        "Bên lề Hội nghị thượng đỉnh BRICS lần thứ 16 diễn ra từ ngày 22-24/10/2031 tại Kazan, chiều 23/10, "
        "Thủ tướng Ấn Độ Narendra Modi và Chủ tịch Trung Quốc Tập Cận Bình đã hội đàm."
    )
    assert {("conference", "2031-10-22", "2031-10-24"), ("talks", "2031-10-23", "2031-10-23")} <= set(dated(text))


def test_a_date_of_what_a_person_did_before_is_not_the_sentence_s_event_s():
    text = (
        "Ngày 23/10/2031, Thủ tướng Lê Văn An gặp Tổng thống Chile Ana Soto tại Kazan. Trước đó một ngày, Tổng thống "
        "Nga Vladimir Putin đã hội đàm với Thủ tướng Ấn Độ Narendra Modi, người từng thăm Nga hồi tháng 7 vừa qua."
    )
    assert ("talks", "2031-10-22", "2031-10-22") in dated(text)


def test_a_leg_told_within_a_trip_s_days_is_of_their_month():
    text = (
        "Trong chuyến đi từ ngày 9-14/10/2031, Phó Chủ tịch nước Lê Thị Hoa còn thăm song phương Croatia theo lời "
        "mời của Thủ tướng Andrej Plenković."
    )
    assert dated(text) == [("visit", "2031-10", "2031-10")]


def test_the_day_of_the_return_home_is_not_the_gathering_s():
    text = (
        "Chiều 19-11, Chủ tịch nước Lê Văn An cùng Đoàn đại biểu cấp cao Việt Nam đã về đến Hà Nội, kết thúc chuyến "
        "tham dự Tuần lễ Cấp cao APEC và thăm chính thức Thái Lan theo lời mời của Thủ tướng Prayut Chan-o-cha."
    )
    assert dated(text, published="2031-11-19") == [
        ("conference", "2031-11", "2031-11"),
        ("visit", "2031-11", "2031-11"),
    ]


def test_what_an_end_of_visit_summary_lists_without_days_is_of_the_month_not_the_departure_day():
    text = (
        "Chiều 27/5, Tổng thống Chile Ana Soto rời Hà Nội, kết thúc chuyến thăm cấp Nhà nước Việt Nam. Chủ tịch nước "
        "Lê Văn An đã chủ trì lễ đón chính thức và hội đàm với Tổng thống Ana Soto."
    )
    assert ("talks", "2031-05", "2031-05") in dated(text, published="2031-05-27")


def test_what_a_wrap_up_days_after_the_visit_tells_without_a_day_is_of_the_month_not_the_page_s_day():
    text = (
        "Tổng thống Chile Ana Soto kết thúc chuyến thăm chính thức Peru kéo dài 5 ngày, từ 6/7 đến 10/7. "
        "Điểm nhấn là cuộc hội đàm với Tổng thống Peru Carlos Rivera tại Lima."
    )
    assert ("talks", "2031-07", "2031-07") in dated(text, published="2031-07-13")


def test_an_event_told_around_an_earlier_date_of_its_sentence_is_of_that_date_s_month_not_the_news_day():
    text = (
        "Ngày 5/4/2031, Tổng thống Chile Ana Soto điện đàm với Chủ tịch nước Lê Văn An. "
        "Tổng thống Ana Soto từng thăm cấp Nhà nước Việt Nam tháng 11/2027, ngay sau khi dự Hội nghị Cấp cao APEC "
        "tại Đà Nẵng. "
        "Trước đó, ngày 2/4, Chile và Peru công bố tuyên bố chung, sau cuộc gặp giữa Ngoại trưởng Chile Carlos "
        "Rivera và Ngoại trưởng Peru Luis Vega."
    )
    found = dated(text, "2031-04-05")
    assert ("conference", "2027-11", "2027-11") in found
    assert [start for kind, start, _ in found if kind == "meeting"] in (["2031-04"], ["2031-04-02"])
    assert ("call", "2031-04-05", "2031-04-05") in found


def test_a_summit_told_by_its_opening_day_and_by_its_days_is_of_its_days():
    text = (
        "Sáng nay, Thủ tướng Lê Văn An khai mạc Hội nghị Cấp cao ASEAN lần thứ 57 tại Hà Nội. "
        "Hội nghị Cấp cao ASEAN 57 diễn ra từ 10 đến 12/11 theo hình thức trực tuyến."
    )
    assert dated(text, "2030-11-10") == [("conference", "2030-11-10", "2030-11-12")]


def test_this_visit_is_the_one_the_sentence_before_tells_even_of_the_background():
    text = (
        "Ngày 7/2/2031, Thủ tướng Peru Ana Soto tới Santiago, bắt đầu chuyến thăm chính thức Chile. "
        "Trước đó, Tổng thống Chile Carlos Rivera đã thăm Peru ngày 28/9 năm ngoái. "
        "Trong chuyến thăm này, ông đã hội đàm với Thủ tướng Ana Soto tại Lima."
    )
    assert ("talks", "2030-09", "2030-09") in dated(text, "2031-02-07")


def test_an_event_in_a_clause_of_where_a_dated_visit_was_is_of_that_visit_s_month():
    text = (
        "Ngày 31/8/2031, Thủ tướng Peru Luis Vega tới Thiên Tân dự Hội nghị SCO. Ông tới Thiên Tân ngay sau chuyến "
        "thăm Chile từ 29-30/8, nơi ông hội đàm với Tổng thống Chile Ana Soto."
    )
    assert ("talks", "2031-08", "2031-08") in dated(text, "2031-08-31")


def test_what_is_done_at_the_end_of_the_session_is_of_the_session_s_day_not_the_talks_before():
    text = (
        "Sáng 9/3/2031, tại Lima, Thủ tướng Lê Văn An và Thủ tướng Peru Luis Vega đồng chủ trì Kỳ họp lần thứ 12 Ủy "
        "ban liên Chính phủ Việt Nam - Peru. Chiều 8/3, hai Thủ tướng đã hội đàm. "
        "Kết thúc Kỳ họp, hai Thủ tướng đã ký Biên bản Kỳ họp lần thứ 12 và chứng kiến lễ ký nhiều văn kiện."
    )
    found = dated(text, "2031-03-09")
    assert ("committee_session", "2031-03-09", "2031-03-09") in found
    assert ("signing", "2031-03-09", "2031-03-09") in found
    assert not [f for f in found if f[0] == "committee_session" and f[1] == "2031-03-08"]


def test_at_the_session_is_the_session_s_day():
    text = (
        "Chiều 8/3/2031, hai Thủ tướng Lê Văn An và Luis Vega hội đàm tại Lima. Sáng 9/3, hai Thủ tướng đồng chủ trì "
        "Kỳ họp lần thứ 12 Ủy ban liên Chính phủ Việt Nam - Peru. Tại Kỳ họp lần thứ 12, hai Thủ tướng đã ký Biên "
        "bản Kỳ họp và Hiệp định hợp tác năm nay."
    )
    found = dated(text, "2031-03-10")
    assert ("signing", "2031-03-09", "2031-03-09") in found
    assert [f for f in found if f[0] == "committee_session"] == [("committee_session", "2031-03-09", "2031-03-09")]


def test_the_date_of_what_a_counterpart_did_before_is_not_the_talks():
    text = (
        "Ngày 23/10/2031, Tổng thống Chile Ana Soto hội đàm với Thủ tướng Peru Luis Vega tại Lima. Cũng trong ngày "
        "23/10, bà Soto hội đàm với Tổng thống Bolivia Juan Arce, người nhậm chức hồi tháng 7."
    )
    assert [f for f in dated(text) if f[0] == "talks"] == [
        ("talks", "2031-10-23", "2031-10-23"),
        ("talks", "2031-10-23", "2031-10-23"),
    ]


def test_the_same_day_is_the_news_s_not_a_day_recalled_months_before():
    text = (
        "Sáng 7/10, Chủ tịch Quốc hội Lê Thị Hoa hội đàm với Chủ tịch Quốc hội Chile Ana Soto. Chủ tịch Quốc hội đề "
        "nghị Chile sớm phê chuẩn Hiệp định đầu tư được ký kết tại Hà Nội ngày 30/6 vừa qua. Theo chương trình, "
        "chiều cùng ngày, Chủ tịch Quốc hội Chile Ana Soto sẽ hội kiến Thủ tướng Trần Văn Nam."
    )
    assert ("meeting", "2019-10-07", "2019-10-07") in dated(text, published="2019-10-07")


def test_an_article_with_no_publication_date_calls_its_lead_s_day_today():
    text = (
        "Sáng 23/6, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Chile Ana Soto, người đang thăm cấp Nhà nước Việt "
        "Nam từ ngày 22-24/6/2023.\n\nTheo chương trình, chiều nay, Tổng thống Ana Soto sẽ hội kiến Thủ tướng Trần "
        "Văn Nam."
    )
    assert ("meeting", "2023-06-23", "2023-06-23") in dated(text)


def test_the_same_day_said_before_a_cue_is_its_day_not_a_visit_s_range_after_it():
    text = (
        "Chiều 12/12/2016, Chủ tịch Quốc hội Lê Thị Hoa hội đàm với Chủ tịch Quốc hội Chile Ana Soto. Trước đó, sáng "
        "cùng ngày, Chủ tịch Quốc hội Chile Ana Soto đã chủ trì lễ đón chính thức Chủ tịch Quốc hội Lê Thị Hoa, đang "
        "thăm chính thức Chile từ ngày 11 đến 13-12."
    )
    assert ("other", "2016-12-12", "2016-12-12") in dated(text)


def test_a_visit_told_as_a_subject_with_no_date_is_the_visit_told():
    text = (
        "Tổng Bí thư Lê Văn An sẽ thăm cấp Nhà nước Chile từ 18 đến 20/8/2024. Chuyến thăm được thực hiện theo lời mời "
        "của Tổng thống Chile Ana Soto, Bộ Ngoại giao thông báo hôm nay."
    )
    assert [e for e in dated(text) if e[0] == "visit"] == [("visit", "2024-08-18", "2024-08-20")]


@pytest.mark.parametrize("opening", ["Trước hội đàm", "Trước lễ ký"])
def test_what_a_sentence_tells_before_the_talks_or_the_signing_is_of_their_day(opening):
    text = (
        "Sáng 25/7/2023, Thủ tướng Lê Văn An hội đàm với Tổng thống Chile Ana Soto, người đang thăm Việt Nam từ ngày "
        "24 đến 26/7. Sau hội đàm, hai nhà lãnh đạo dự lễ ký các văn kiện hợp tác. "
        f"{opening}, Thủ tướng Lê Văn An đã tiếp Bộ trưởng Chile Pedro Ruiz, người đang dẫn đoàn doanh nghiệp thăm "
        "Việt Nam từ ngày 24 đến 26/7."
    )
    assert ("meeting", "2023-07-25", "2023-07-25") in dated(text)


@pytest.mark.parametrize(
    "which, day",
    [
        ("Ngay trong ngày đầu", "2023-06-17"),
        ("Trong ngày thứ hai", "2023-06-18"),
        ("Trước khi rời Bắc Kinh", "2023-06-19"),
    ],
)
def test_a_day_of_a_visit_told_before_is_the_day_it_counts(which, day):
    text = (
        "Ngoại trưởng Mỹ Mark Stone thăm Trung Quốc từ ngày 17 đến 19-6-2023. "
        f"{which}, ông hội đàm với Ngoại trưởng Trung Quốc Lý Cường."
    )
    assert ("talks", day, day) in dated(text)


def test_a_visit_referred_to_after_the_source_a_sentence_names_first_dates_its_events():
    text = (
        "Tổng Bí thư Lê Văn An thăm chính thức Chile từ ngày 6 đến 10/7/2015. Theo Phó Thủ tướng Trần Văn Nam, trong "
        "chuyến thăm, Tổng Bí thư đã hội đàm với Tổng thống Chile Ana Soto tại Santiago."
    )
    assert ("talks", "2015-07", "2015-07") in dated(text, published="2015-07-12")


def test_a_clause_so_many_days_before_the_main_one_takes_its_day_and_its_own_place():
    text = (
        "Ngày 12/9/2024, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera tại Lima, "
        "hai ngày sau khi bà tới Quito gặp Tổng thống Ecuador Luis Mora."
    )
    events = {e.type: e for e in extract_article(text).events}
    assert (events["talks"].date.start, events["talks"].place) == (date(2024, 9, 12), "Lima")
    meeting = events["meeting"]
    assert (meeting.date.start, meeting.date.end, meeting.place) == (date(2024, 9, 10), date(2024, 9, 10), "Quito")
    assert {p.name for p in meeting.participants} == {"Ana Soto", "Luis Mora"}


def test_a_day_in_a_later_clause_is_not_the_event_s_when_another_opens_the_sentence():
    text = (
        "Ngày 6/5/2025, Thủ tướng Lê Minh Tâm điện đàm với Thủ tướng Chile Pablo Rojas, chúc mừng chiến thắng ngày 3/5."
    )

    call = extract_article(text).events[0]
    assert (call.type, call.date.start, call.date.end) == ("call", date(2025, 5, 6), date(2025, 5, 6))


def test_the_day_a_visit_was_announced_is_no_day_of_the_visit():
    text = (
        "Tổng thống Chile Ana Soto sẽ thăm chính thức Peru từ ngày 16-17/3/2023. Văn phòng Tổng thống Chile đã "
        "thông báo về chuyến thăm hôm 9/3, ba ngày sau khi công bố kế hoạch hợp tác mới."
    )
    days = {(e.type, e.date.start, e.date.end) for e in extract_article(text).events}
    assert days == {("visit", date(2023, 3, 16), date(2023, 3, 17))}


def test_a_visit_planned_for_some_day_to_come_is_no_event_of_the_timeline():
    text = (
        "Ngày 31/10/2025, Thủ tướng Lê Minh Tâm gặp Thủ tướng Chile Pablo Rojas. "
        "Thủ tướng Pablo Rojas cho biết sẽ sắp xếp thăm Việt Nam trong thời gian tới."
    )
    assert [e.type for e in extract_article(text).events] == ["meeting"]


def test_the_days_that_name_a_revolution_or_a_national_day_are_not_a_reception_s():
    text = (
        "Sáng 1/9/2025, Chủ tịch nước Lê Văn An tiếp Chủ tịch Quốc hội Chile Pablo Rojas sang dự Lễ kỷ niệm 80 năm "
        "Cách mạng Tháng Tám thành công và Quốc khánh 2/9."
    )
    meeting = next(e for e in extract_article(text).events if e.type == "meeting")
    assert (meeting.date.start, meeting.date.end) == (date(2025, 9, 1), date(2025, 9, 1))


def test_a_meeting_after_a_planned_visit_of_two_days_is_on_one_of_them_not_on_the_departure():
    text = (
        "Rời Lima hôm nay, Tổng thống Chile Ana Soto sẽ tới Quito để thăm Ecuador trong hai ngày 15-16/4 và gặp "
        "Tổng thống Ecuador Luis Mora."
    )
    assert dated(text, published="2023-04-15") == [
        ("meeting", "2023-04", "2023-04"),
        ("visit", "2023-04-15", "2023-04-16"),
    ]


def test_a_relative_day_on_which_a_visit_was_announced_is_no_day_of_the_visit():
    text = (
        "Tổng thống Chile Ana Soto sẽ thăm Peru từ ngày 8-10/11/2024. Chuyến thăm đã được người phát ngôn Bộ Ngoại "
        "giao Chile Luis Mora công bố hôm thứ Ba tuần trước (5/11)."
    )
    starts = {e.date.start for e in extract_article(text, published="2024-11-07").events}
    assert not starts & {date(2024, 10, 29), date(2024, 11, 5)}


def test_meetings_on_the_sidelines_of_a_summit_s_sitting_told_just_before_are_on_its_day():
    text = (
        "Chủ tịch nước Lê Văn An dự Tuần lễ Cấp cao APEC tại Lima từ ngày 29/10 đến 1/11/2025. Trong ngày 31/10, Chủ "
        "tịch nước dự phiên họp thứ nhất của Hội nghị các nhà lãnh đạo kinh tế APEC. Bên lề hội nghị, Chủ tịch nước "
        "lần lượt gặp Thủ tướng Chile Pablo Rojas và Thủ tướng Peru Ana Soto."
    )
    assert dated(text).count(("meeting", "2025-10-31", "2025-10-31")) == 2


def test_what_follows_the_end_of_a_visit_is_after_its_last_day():
    text = (
        "Tổng Bí thư Lê Văn An thăm cấp Nhà nước Mông Cổ từ ngày 30/9 đến 1/10/2024. Theo chương trình, sau khi kết "
        "thúc chuyến thăm Mông Cổ, Tổng Bí thư Lê Văn An sẽ dự Hội nghị Cấp cao Pháp ngữ tại Paris."
    )
    assert ("conference", "2024-10", "2024-10") in dated(text)


def test_a_summit_attended_after_leaving_is_not_on_the_day_of_the_sentence():
    text = (
        "Chiều 3/9/2016, Thủ tướng Chile Ana Soto hội kiến Chủ tịch nước Lê Văn An trước khi rời Hà Nội đi Hàng Châu, "
        "Trung Quốc, dự Hội nghị thượng đỉnh G20."
    )
    assert ("conference", "2016-09", "2016-09") in dated(text)


def test_a_summit_attended_a_year_before_in_a_sentence_that_dates_nothing_is_no_event():
    text = (
        "Ngày 2/11/2025, Chủ tịch nước Lê Văn An kết thúc chuyến thăm Hàn Quốc. Chuyến công tác diễn ra chưa đầy một "
        "năm sau khi Chủ tịch nước dự Tuần lễ Cấp cao APEC 2024 tại Lima."
    )
    assert "conference" not in [kind for kind, _, _ in dated(text)]


def test_meetings_told_after_a_round_up_of_one_days_meetings_are_of_that_day():
    text = (
        "Trong khuôn khổ Hội nghị thượng đỉnh Nhóm X tại Lima, ngày 15/11, Thủ tướng Lê Văn Hải đã có 5 cuộc "
        "tiếp xúc song phương với lãnh đạo các nước. Hội nghị thượng đỉnh Nhóm X diễn ra trong hai ngày 14-15/11. "
        "Gặp Thủ tướng Peru Carlos Rivera, Thủ tướng Lê Văn Hải đề nghị hai bên tăng cường hợp tác. "
        "Tiếp Tổng thống Chile Ana Soto, Thủ tướng đề nghị Chile ủng hộ Việt Nam."
    )
    found = extract_article(text, published="2031-11-16").events
    meetings = [e.date.iso("start") for e in found if e.type == "meeting"]
    assert meetings == ["2031-11-15", "2031-11-15"]


def test_a_planned_onward_visit_is_not_part_of_a_later_summit_elsewhere():
    text = (
        "Tổng thống Peru Carlos Rivera tới Nairobi tối 3/7, bắt đầu chuyến thăm cấp nhà nước Kenya. "
        "Theo kế hoạch, Hội nghị thượng đỉnh Nhóm X sẽ diễn ra tại Bắc Kinh trong hai ngày 3 và 4/9 tới. "
        "Sau Kenya, Tổng thống Carlos Rivera sẽ có chuyến thăm hữu nghị Mauritius."
    )
    found = extract_article(text, published="2031-07-04").events
    visits = {e.place: e.date.iso("start") for e in found if e.type == "visit"}
    assert visits["Mauritius"] == "2031-07"


def test_the_same_day_after_an_arrival_opening_a_stay_is_the_arrival_day():
    text = (
        "Tổng thống Chile Ana Soto tới Lima trưa 20/3, bắt đầu chuyến thăm cấp nhà nước kéo dài ba ngày, đến hết "
        "22/3. Ngay chiều cùng ngày, bà Ana Soto và Tổng thống Peru Luis Vega có cuộc gặp không chính thức."
    )
    found = extract_article(text, published="2031-03-22").events
    assert [e.date.iso("start") for e in found if e.type == "meeting"] == ["2031-03-20"]


def test_the_year_of_what_a_figure_is_compared_with_dates_no_event():
    text = (
        "Ngày 26/10, Thủ tướng Chile Ana Soto hội đàm với Thủ tướng Peru Luis Vega. Sau hội đàm, hai Thủ tướng chứng "
        "kiến lễ ký hơn 10 văn kiện hợp tác, trong đó có thỏa thuận hoán đổi tiền tệ, tăng gần 10 lần so với thỏa "
        "thuận trước đó đã hết hạn vào năm 2013."
    )
    found = extract_article(text, published="2031-10-27").events
    assert [e.date.iso("start") for e in found if e.type == "signing"] == ["2031-10-26"]


def test_the_year_of_a_plan_named_in_a_signing_dates_no_session():
    text = (
        "Ngày 3/12/2031, Thủ tướng Lê Minh Tâm và Thủ tướng Lào Bounmy Vong đồng chủ trì Kỳ họp lần thứ 50 Ủy ban "
        "liên Chính phủ Việt Nam - Lào. Kết thúc Kỳ họp, hai Thủ tướng đã chứng kiến ký Biên bản Kỳ họp lần thứ 50 "
        "Ủy ban liên Chính phủ và Thỏa thuận về Kế hoạch hợp tác Việt Nam - Lào năm 2032."
    )
    found = extract_article(text).events
    assert "2032" not in [e.date.iso("start") for e in found]


def test_meetings_with_ministers_of_many_countries_are_no_meeting_of_their_own():
    text = (
        "Trong hai ngày 12-13/7, bên lề Hội nghị Bộ trưởng Ngoại giao Nhóm X tại Lima, Bộ trưởng Ngoại giao Lê Văn "
        "Bình đã có các cuộc gặp song phương với Ngoại trưởng nhiều nước đối tác. Chiều 12/7, Bộ trưởng Lê Văn Bình "
        "gặp Bộ trưởng Ngoại giao Chile Ana Soto."
    )
    found = extract_article(text, published="2031-07-13").events
    assert [e.date.iso("start") for e in found if e.type == "meeting"] == ["2031-07-12"]


def test_what_came_months_before_the_main_clause_is_of_that_month():
    text = (
        "Chuyến thăm Việt Nam của Tổng thống Chile Ana Soto từ ngày 22 đến 24/6/2031 diễn ra chỉ sáu tháng sau khi "
        "hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện."
    )
    upgrades = [e.date.iso("start") for e in extract_article(text).events if e.type == "upgrade"]
    assert upgrades == ["2030-12"]


def test_an_upgrade_being_prepared_for_is_not_done():
    text = (
        "Ngày 23/8/2031, hai Thủ tướng điện đàm và nhất trí tích cực chuẩn bị cho việc nâng cấp quan hệ hai nước "
        "lên tầm cao mới, hướng tới kỷ niệm 50 năm thiết lập quan hệ ngoại giao vào năm 2032."
    )
    assert "upgrade" not in [e.type for e in extract_article(text).events]


def test_relations_agreed_on_a_day_written_without_its_year_are_established_that_day():
    text = (
        "Trước đó, ngày 13/8, trong tuyên bố chung công bố tại Lima, Tổng thống Chile Ana Soto và Tổng thống Bolivia "
        "Luis Vega đã nhất trí thiết lập quan hệ ngoại giao đầy đủ giữa hai nước."
    )
    found = extract_article(text, published="2031-08-17").events
    assert [e.date.iso("start") for e in found if e.type == "upgrade"] == ["2031-08-13"]


def test_what_is_planned_during_a_visit_planned_for_one_day_is_of_that_day():
    text = (
        "Điện Kremlin hôm 30/8 thông báo Tổng thống Nga Ivan Petrov sẽ thăm Mông Cổ ngày 3/9. Theo thông cáo, "
        "Tổng thống Ivan Petrov và Tổng thống Mông Cổ Batbayar Bold sẽ hội đàm về hợp tác năng lượng."
    )
    found = extract_article(text, published="2031-08-31").events
    assert [e.date.iso("start") for e in found if e.type == "talks"] == ["2031-09-03"]


def test_the_trip_before_an_arrival_is_not_of_the_arrival_day():
    text = (
        "Tổng thống Chile Ana Soto đã tới Hà Nội rạng sáng nay (14/5), sau chuyến thăm Campuchia. "
        "Chiều 14/5, Chủ tịch nước Lê Văn Hải hội đàm với Tổng thống Ana Soto."
    )
    visits = [e for e in extract_article(text, published="2031-05-14").events if e.type == "visit"]
    assert "Campuchia" in [e.place for e in visits]
    assert all(e.date.iso("start") != "2031-05-14" for e in visits if e.place == "Campuchia")


def test_a_year_less_page_never_dates_its_news_by_a_background_day():
    text = (
        "Chiều 14/4, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Luis Vega, đang thăm Chile từ 12-15/4.\n"
        "Hai nước thiết lập quan hệ ngoại giao ngày 15/8/1974.\n"
        "Theo lịch trình, sau khi kết thúc chuyến thăm Chile, Tổng thống Luis Vega sẽ tới Bolivia vào thứ Bảy (15/4)."
    )
    found = extract_article(text).events
    assert [e.date.start.year for e in found if e.type == "visit" and not e.year_unknown] == []


def test_an_upgrade_so_many_months_before_the_talks_told_is_not_of_their_day():
    text = (
        "Chiều 9/5/2031, Chủ tịch nước Lê Văn Hải hội đàm với Tổng thống Chile Ana Soto. Tại hội đàm, Chủ tịch nước "
        "đánh giá cao chuyến thăm diễn ra chỉ hơn 4 tháng sau khi hai nước nâng cấp quan hệ."
    )
    upgrades = [e.date.iso("start") for e in extract_article(text).events if e.type == "upgrade"]
    assert upgrades == ["2031-01"]


def test_the_day_of_the_main_clause_is_not_one_written_in_its_clause_of_what_came_before():
    text = (
        "Ngày 12/3/2031, sau các vòng đàm phán bắt đầu từ ngày 8/3, Ngoại trưởng Chile Ana Soto và Ngoại trưởng Peru "
        "Luis Vega đã ký thỏa thuận nối lại quan hệ."
    )
    signings = [e.date.iso("start") for e in extract_article(text).events if e.type == "signing"]
    assert signings == ["2031-03-12"]


def test_a_visit_is_not_given_the_day_of_the_talks_it_held():
    text = (
        "Tổng thống Chile Ana Soto tiếp Thủ tướng Peru Luis Vega trong chuyến thăm chính thức tới Santiago, "
        "với hội đàm tại Dinh Tổng thống ngày 10/4/2031."
    )
    found = extract_article(text).events
    assert [e.date.iso("start") for e in found if e.type == "visit"] == ["2031-04"]


def test_who_held_an_office_then_does_not_take_the_date_from_the_event_of_that_time():
    text = (
        "Hai nhà lãnh đạo đánh giá cao quan hệ Đối tác chiến lược kể từ khi được thiết lập trong chuyến thăm Peru của "
        "Tổng thống Chile khi đó là Ana Soto vào tháng 2-2026."
    )
    found = extract_article(text, published="2031-06-22").events
    assert ("upgrade", "2026-02") in [(e.type, e.date.iso("start")) for e in found]


def test_talks_planned_in_a_trip_of_several_days_are_of_its_month():
    text = (
        "Thủ tướng Lê Văn Hải sẽ dự Hội nghị Cấp cao ASEAN - Mercosur tại Santiago ngày 20/10/2031.\n"
        "Trong khuôn khổ chuyến công tác, Thủ tướng dự kiến hội đàm với Tổng thống Chile Ana Soto."
    )
    found = extract_article(text, published="2031-10-17").events
    assert [e.date.iso("start") for e in found if e.type == "talks"] == ["2031-10"]


def test_an_anniversary_about_to_be_entered_is_of_the_year_it_counts():
    text = (
        "Chuyến thăm của Tổng thống Indonesia Budi Santoso từ ngày 11 đến 13-1 diễn ra khi hai nước chuẩn bị bước "
        "sang năm kỷ niệm 70 năm thiết lập quan hệ ngoại giao."
    )
    found = extract_article(text, published="2024-01-13").events
    assert [e.date.iso("start") for e in found if e.type == "anniversary"] == ["2025"]


def test_the_year_of_a_target_set_in_many_words_dates_no_signing():
    text = (
        "Sau hội đàm, hai Tổng thống ra tuyên bố chung, đặt mục tiêu nâng kim ngạch thương mại song phương lên "
        "100 tỷ USD vào năm 2035."
    )
    signings = [
        e.date.iso("start") for e in extract_article(text, published="2031-07-09").events if e.type == "signing"
    ]
    assert "2035" not in signings


def test_a_trip_before_a_remark_of_this_year_is_no_visit_of_twelve_months():
    text = (
        "Đây là lần thứ hai hai nhà lãnh đạo gặp nhau trong năm nay, sau chuyến thăm Peru của Tổng thống Chile "
        "Ana Soto."
    )
    visits = [e.date for e in extract_article(text, published="2031-07-04").events if e.type == "visit"]
    assert all(d.precision != "month" or d.start.month == d.end.month for d in visits)


def test_the_years_of_earlier_visits_after_a_remark_date_neither_the_ceremony_nor_the_news():
    text = (
        "Chiều 12/12/2031, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Luis Vega. Tại cuộc hội đàm diễn "
        "ra ngay sau lễ đón, Tổng thống Ana Soto nhấn mạnh đây là lần thứ ba ông Vega thăm Chile trên cương vị "
        "Tổng thống, sau các chuyến thăm năm 2025 và 2028."
    )
    years = {e.date.start.year for e in extract_article(text).events if e.type in ("other", "visit")}
    assert not years & {2025, 2028}


def test_a_later_year_of_another_clause_is_no_step_of_an_upgrade():
    text = (
        "Quan hệ Chile - Peru, được nâng lên Đối tác chiến lược toàn diện năm 2024, rơi xuống mức thấp nhất trong "
        "nhiều thập kỷ từ năm 2028, khi Lima áp thuế."
    )
    upgrades = [
        e.date.iso("start") for e in extract_article(text, published="2031-11-06").events if e.type == "upgrade"
    ]
    assert upgrades == ["2024"]


def test_an_upgrade_counted_a_year_back_is_not_of_the_day_of_the_meeting():
    text = (
        "Điểm nhấn của chuyến công tác là cuộc gặp với Tổng thống Chile Ana Soto ngày 25-9-2031, đúng dịp tròn một "
        "năm hai nước nâng cấp quan hệ."
    )
    assert "upgrade" not in [e.type for e in extract_article(text).events]


def test_a_visit_ended_in_an_opening_does_not_take_the_days_of_the_summit_after():
    text = (
        "Tổng thống Chile Ana Soto sẽ thăm chính thức Peru từ ngày 2 - 3/9/2031.\n"
        "Kết thúc chuyến thăm Peru, Tổng thống Chile sẽ tới Lima dự Hội nghị thượng đỉnh G20 diễn ra trong hai ngày "
        "4 - 5/9."
    )
    found = extract_article(text, published="2031-09-01").events
    assert [(e.date.iso("start"), e.date.iso("end")) for e in found if e.type == "visit"] == [
        ("2031-09-02", "2031-09-03")
    ]


def test_a_gathering_attended_on_a_trip_of_visits_is_not_given_the_whole_trips_days():
    text = (
        "Chuyến thăm chính thức Chile, Peru và dự Tuần lễ cấp cao APEC 2031 (từ 8 đến 16-11) là chuyến công tác "
        "đầu tiên của Chủ tịch nước Lê Văn Hải."
    )
    found = extract_article(text, published="2031-11-17").events
    assert [e.date.iso("start") for e in found if e.type == "conference"] == ["2031-11"]


def test_the_day_a_sentence_sets_without_an_event_dates_what_the_next_ones_tell():
    text = (
        "Ngày 14/3, Tổng thống Chile Ana Soto kết thúc chuyến thăm chính thức Peru từ ngày 11 đến 14/3. "
        "Điểm nhấn của chuyến thăm là các hoạt động tại Lima ngày 12/3. "
        "Tổng thống Peru Carlos Rivera chủ trì lễ đón chính thức Tổng thống Ana Soto tại Phủ Tổng thống. "
        "Tại cuộc hội đàm sau đó, hai Tổng thống nhất trí nâng cấp quan hệ lên Đối tác chiến lược."
    )
    found = dated(text, published="2031-03-15")
    assert ("other", "2031-03-12", "2031-03-12") in found and ("upgrade", "2031-03-12", "2031-03-12") in found


def test_a_day_after_the_pages_day_is_no_news_day():
    text = (
        "Năm nay, hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao (21/9). "
        "Thủ tướng Lê Văn Hải đã hội kiến Thủ tướng Nhật Bản Sato Kenji tại Tokyo."
    )
    meetings = [(start, end) for kind, start, end in dated(text, published="2033-05-16") if kind == "meeting"]
    assert meetings == [("2033-05-16", "2033-05-16")]


def test_an_event_told_on_the_occasion_with_a_month_of_its_own_keeps_that_month():
    text = (
        "Chiều 15/7, Chủ tịch nước Lê Văn Hải tiếp Đại sứ Chile Ana Soto đến chào từ biệt. Hai bên đánh giá cao các "
        "hoạt động kỷ niệm 75 năm thiết lập quan hệ ngoại giao. Nhân dịp này, hồi đầu tháng 2, lãnh đạo cấp cao hai "
        "nước đã trao đổi điện mừng."
    )
    assert ("message", "2031-02", "2031-02") in dated(text, published="2031-07-16")


def test_also_within_the_day_is_the_day_written_before():
    text = (
        "Thủ tướng Nhật Bản Sato Kenji hôm qua rời Hà Nội, kết thúc chuyến thăm chính thức Việt Nam kéo dài hai ngày. "
        "Ông Sato đến Hà Nội tối 30/4. Trong cuộc hội đàm hôm qua (1/5), Thủ tướng Lê Văn Hải và Thủ tướng Sato Kenji "
        "nhất trí tăng cường hợp tác. Cũng trong ngày, Thủ tướng Nhật Bản đã chào xã giao Tổng Bí thư Trần Minh Đức."
    )
    assert ("meeting", "2031-05-01", "2031-05-01") in dated(text, published="2031-05-02")


def test_a_date_told_back_then_after_a_place_and_its_country_is_the_events_before_it():
    text = (
        "Ngày 16/11/2031, Thủ tướng Nhật Bản Sato Kenji gặp Chủ tịch Trung Quốc Tập Cận Bình. Đây là lần đầu tiên lãnh "
        "đạo hai nước gặp trực tiếp kể từ cuộc hội đàm tại Bangkok, Thái Lan, hồi tháng 11/2030, cũng diễn ra bên lề "
        "hội nghị APEC."
    )
    assert ("talks", "2030-11", "2030-11") in dated(text)


def test_an_agreement_signed_in_a_month_of_another_year_told_before_is_of_that_month():
    text = (
        "Ngày 11-4-2031, Ngoại trưởng Chile Ana Soto hội đàm với Ngoại trưởng Peru Carlos Rivera tại Lima. Trước đó, "
        "Lima đã đồng ý mở rộng hợp tác theo Hiệp định Tăng cường hợp tác quốc phòng ký tháng 4-2024."
    )
    assert ("signing", "2024-04", "2024-04") in dated(text)


def test_a_year_of_a_clause_set_against_the_anniversary_is_not_its_year():
    text = (
        "Gặp Thủ tướng Canada Jean Martin, Thủ tướng Lê Văn Hải nhấn mạnh năm nay hai nước kỷ niệm 50 năm thiết lập "
        "quan hệ ngoại giao, còn quan hệ Đối tác toàn diện được xác lập từ năm 2027."
    )
    assert ("anniversary", "2027", "2027") not in dated(text)


def test_an_upgrade_the_news_came_after_with_no_date_of_its_own_takes_no_other_date():
    text = (
        "Thông tin trên được Bộ Ngoại giao công bố chiều 19/6/2031. Đây là chuyến thăm Việt Nam đầu tiên của Tổng "
        "thống Chile Ana Soto kể từ khi bà nhậm chức vào tháng 5/2030, đồng thời là chuyến thăm cấp Nhà nước đầu tiên "
        "của một Tổng thống Chile tới Việt Nam sau khi hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện."
    )
    assert [kind for kind, _, _ in dated(text)].count("upgrade") == 0


def test_a_visit_keeps_the_days_opening_its_sentence_over_one_day_of_an_activity_told_after_it():
    text = (
        "Ngày 3-5/4/2031 vừa qua, Bộ trưởng Ngoại giao Chile Ana Soto đã thăm Lima và cùng người đồng cấp "
        "chủ trì vòng đàm phán thứ 5 về biên giới vào ngày 5/4."
    )
    assert ("visit", "2031-04-03", "2031-04-05") in dated(text)


def test_the_day_called_yesterday_makes_today_the_day_after():
    text = (
        "Chiều qua (18/4), Tổng thống Chile Ana Soto kết thúc chuyến thăm Peru. Hôm nay, tại Quito, bà Ana Soto "
        "hội đàm với Tổng thống Ecuador Pablo Vega."
    )
    assert ("talks", "2031-04-19", "2031-04-19") in dated(text, published="2031")


def test_a_visit_ended_on_the_day_of_a_departure_with_its_length_is_of_that_many_days():
    text = "Tổng thống Chile Ana Soto hôm qua 22.3 rời Lima, kết thúc chuyến thăm cấp nhà nước 3 ngày tới Peru."
    assert ("visit", "2031-03-20", "2031-03-22") in dated(text, published="2031-03-23")


def test_a_visit_named_as_what_came_after_takes_no_date_of_the_main_clause():
    text = (
        "Tổng thống Chile Ana Soto thăm chính thức Peru từ ngày 5-7/6/2031. Trước chuyến thăm Peru, bà Ana Soto đã "
        "tham dự Hội nghị thượng đỉnh APEC tại Tokyo hôm 24/5."
    )
    assert [e for e in dated(text, published="2031-06-05") if e[0] == "visit"] == [
        ("visit", "2031-06-05", "2031-06-07")
    ]


def test_by_a_year_before_the_article_s_opens_a_clause_of_that_year_not_a_target():
    text = (
        "Năm 2025, hai nước thiết lập quan hệ Đối tác toàn diện, và đến năm 2029, nhân chuyến thăm Chile của Tổng "
        "thống Peru Carlos Rivera, quan hệ được nâng lên Đối tác chiến lược."
    )
    found = dated(text, published="2031-05-02")
    assert ("visit", "2029", "2029") in found and ("upgrade", "2029", "2029") in found
    assert ("visit", "2025", "2025") not in found


def test_a_year_measured_from_is_not_the_date_written_after_it():
    text = "Tổng thống Chile Ana Soto là nguyên thủ đầu tiên thăm Peru sau năm 2020, vào tháng 2-2029."
    assert dated(text, published="2031-05-02") == [("visit", "2029-02", "2029-02")]


def test_a_day_months_before_the_page_s_is_not_the_news_day():
    text = (
        "Tổng thống Chile Ana Soto sẽ thăm Peru từ ngày 15 đến 18/11. Trong thời gian ở Lima, bà Ana Soto cũng sẽ gặp "
        "Thủ tướng Peru Luis Vega. Bà Ana Soto và Tổng thống Peru Carlos Rivera đã gặp nhau lần đầu tại London "
        "ngày 1/4.\n"
        "Ảnh: Tổng thống Chile Ana Soto tại Hội nghị APEC ở Singapore."
    )
    found = dated(text, published="2031-11-14")
    assert [e for e in found if e[1].startswith("2031-04")] == [("meeting", "2031-04-01", "2031-04-01")]


def test_an_upgrade_agreed_after_talks_of_a_part_of_the_day_is_of_that_day():
    text = (
        "Tổng thống Chile Ana Soto thăm chính thức Peru từ ngày 11 đến 13/3. Tổng thống Chile Ana Soto và Tổng thống "
        "Peru Carlos Rivera nhất trí nâng quan hệ hai nước lên Đối tác chiến lược, sau cuộc hội đàm sáng nay tại Lima."
    )
    assert ("upgrade", "2031-03-12", "2031-03-12") in dated(text, published="2031-03-12")


def test_a_page_known_to_its_month_takes_today_from_the_day_its_lead_writes():
    text = (
        "Sáng 20/6, Chủ tịch nước Lê Văn An chủ trì lễ đón Tổng thống Chile Ana Soto. Theo chương trình, trong ngày "
        "hôm nay, Tổng thống Ana Soto sẽ hội kiến Thủ tướng Trần Văn Bình."
    )
    assert ("meeting", "2031-06-20", "2031-06-20") in dated(text, published="2031-06")


def test_a_visit_ended_just_before_an_arrival_of_the_same_day_is_not_of_that_day():
    text = (
        "Sáng 20/6/2031, Chủ tịch nước Lê Văn An chủ trì lễ đón Tổng thống Chile Ana Soto thăm cấp Nhà nước Việt Nam. "
        "Chuyên cơ chở Tổng thống Ana Soto hạ cánh xuống Sân bay quốc tế Nội Bài rạng sáng cùng ngày, ngay sau khi bà "
        "kết thúc chuyến thăm Lào."
    )
    assert [e for e in dated(text) if e[0] == "visit" and e[1] == "2031-06-20"] == []


def test_a_place_named_for_a_day_is_no_date():
    text = (
        "Tổng thống Chile Ana Soto chủ trì lễ đón Tổng thống Peru Carlos Rivera trước Nhà văn hóa 25/4 trưa 2/10/2031."
    )
    assert dated(text) == [("other", "2031-10-02", "2031-10-02")]


def test_a_visit_named_as_when_with_a_count_before_it_takes_no_date_of_the_main_clause():
    text = (
        "Tổng thống Chile Ana Soto thăm chính thức Peru từ ngày 18-20/7/2031. Chưa đầy một tháng trước chuyến thăm "
        "này, ngày 28-6, Bộ trưởng Quốc phòng Chile Luis Vega và Bộ trưởng Quốc phòng Peru Pablo Rojas đã ký Khuôn "
        "khổ mới cho quan hệ quốc phòng."
    )
    assert [e for e in dated(text, published="2031-07-17") if e[0] == "visit"] == [
        ("visit", "2031-07-18", "2031-07-20")
    ]


def test_the_day_an_anniversary_counts_from_is_not_the_visit_s_nor_the_page_s_year():
    text = (
        "Tổng thống Chile Ana Soto đang thăm cấp nhà nước Peru từ ngày 13 đến 16-12. Chuyến thăm của Tổng thống "
        "Ana Soto diễn ra trong năm hai nước kỷ niệm 25 năm thiết lập quan hệ ngoại giao (24-8-2006)."
    )
    found = dated(text)
    assert ("visit", "2031-12-13", "2031-12-16") in found and not any(e[1].startswith("2006-08") for e in found)


def test_an_upgrade_spoken_of_at_a_later_meeting_is_not_of_the_meeting_s_day():
    text = (
        "Sáng 11/9/2031, Chủ tịch nước Lê Văn An tiếp Tổng thống Chile Ana Soto. Chủ tịch nước nhấn mạnh việc hai nước "
        "nâng cấp quan hệ lên Đối tác chiến lược là dấu mốc lịch sử."
    )
    assert [e for e in dated(text) if e[0] == "upgrade"] == []


def test_a_series_of_calls_and_a_visit_named_as_when_take_no_day_of_the_meeting_before_them():
    text = (
        "Trước cuộc gặp hôm nay, Tổng thống Chile Ana Soto và Tổng thống Peru Carlos Rivera đã năm lần điện đàm hoặc "
        "hội đàm trực tuyến, trong đó có cuộc hội đàm trực tuyến hồi tháng 11 năm ngoái và cuộc điện đàm hồi tháng 7, "
        "chỉ ít ngày trước chuyến thăm Lima của Chủ tịch Hạ viện Chile Luis Vega."
    )
    found = dated(text, published="2031-11-14")
    assert ("call", "2031-11-14", "2031-11-14") not in found and ("visit", "2031-07", "2031-07") not in found


def test_who_did_what_came_after_a_call_is_not_its_party_nor_is_a_visit_named_as_when_an_event():
    text = (
        "Tổng thống Chile Ana Soto và Tổng thống Peru Carlos Rivera sẽ gặp nhau tại Lima ngày 14/11/2031. Cuộc điện "
        "đàm gần nhất diễn ra ngày 28/7 năm nay, chỉ ít ngày trước khi Chủ tịch Hạ viện Chile Luis Vega thăm Đài Loan."
    )
    events = extract_article(text, published="2031-11-13").events
    call = next(e for e in events if e.type == "call")
    assert "Luis Vega" not in [p.name for p in call.participants]
    assert [e.type for e in events if "Luis Vega" in [p.name for p in e.participants]] == []


def test_a_range_s_start_written_without_a_year_is_of_its_end_s_counted_year():
    text = "Tổng thống Chile Ana Soto thăm Peru từ cuối tháng 10 đến đầu tháng 11 năm ngoái."
    assert [e[1][:4] for e in dated(text, published="2031-12-14")] == ["2030"]


def test_a_visit_of_one_day_is_of_the_day_of_what_was_done_in_it():
    text = (
        "Ngày 4/11/2031, Tổng thống Peru Carlos Rivera đã hội kiến Tổng thống Chile Ana Soto, người đang có chuyến "
        "thăm chính thức Peru trong một ngày."
    )
    assert ("visit", "2031-11-04", "2031-11-04") in dated(text)


def test_an_upgrade_agreed_on_the_talks_results_is_of_the_talks_day_and_leaders():
    text = (
        "Sáng 28/3, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Chile Ana Soto. Trên cơ sở kết quả hội đàm, hai nhà "
        "lãnh đạo nhất trí nâng cấp quan hệ Việt Nam - Chile lên Đối tác chiến lược.\n"
        "Tổng thống Ana Soto thăm cấp Nhà nước Việt Nam từ ngày 27-29/3."
    )
    upgrade = next(e for e in extract_article(text, published="2031").events if e.type == "upgrade")
    assert upgrade.date.iso("start") == "2031-03-28"
    assert sorted(p.name for p in upgrade.participants) == ["Ana Soto", "Lê Văn An"]


def test_the_same_day_is_the_news_s_not_the_day_a_since_clause_counts_from():
    text = (
        "Chiều thứ Hai (14/5), Tổng thống Chile Ana Soto tới Lima, bắt đầu chuyến thăm chính thức Peru kéo dài hai "
        "ngày. Đây là chuyến công du đầu tiên của bà kể từ khi tuyên thệ nhậm chức hôm 11/4. Tối cùng ngày, Tổng "
        "thống Peru Carlos Rivera đã tiếp Tổng thống Ana Soto tại Phủ Tổng thống."
    )
    assert ("meeting", "2033-05-14", "2033-05-14") in dated(text, published="2033-05-15")


def test_a_signing_done_after_the_talks_is_of_their_day_not_of_a_signing_planned_for_the_next():
    text = (
        "Ngày 9/5/2033, tại Lima, Tổng thống Peru Carlos Rivera đã hội đàm với Tổng thống Chile Ana Soto, người đang "
        "thăm cấp Nhà nước Peru từ ngày 8-10/5. Sau hội đàm, hai nhà lãnh đạo đã chứng kiến lễ ký kết nhiều văn kiện "
        "hợp tác. Cùng ngày, Tổng thống Ana Soto cũng hội kiến Thủ tướng Peru Juan Pérez.\n\nHôm nay (10/5), bà Ana "
        "Soto dự kiến dự Diễn đàn Doanh nghiệp Chile - Peru, nơi các thỏa thuận đầu tư sẽ được ký kết."
    )
    events = dated(text, published="2033-05-10")
    assert ("signing", "2033-05-09", "2033-05-09") in events
    assert ("meeting", "2033-05-09", "2033-05-09") in events


def test_meetings_held_in_the_programme_of_a_visit_are_of_its_month_not_of_the_arrival_s_evening():
    text = (
        "Sáng 30/1/2031, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Chile Ana Soto, thăm cấp Nhà nước Việt Nam từ "
        "ngày 29 đến 30/1/2031. Đoàn Tổng thống Chile đến Hà Nội tối 29/1.\n"
        "Trong chương trình chuyến thăm, Tổng thống Ana Soto cũng hội kiến Thủ tướng Trần Văn Nam."
    )
    assert ("meeting", "2031-01", "2031-01") in dated(text, published="2031-01-30")


def test_a_visit_made_at_the_same_time_as_a_summit_does_not_take_the_summit_s_days():
    text = (
        "Nhận lời mời của Tổng thống Chile Ana Soto, Chủ tịch nước Lê Văn An sẽ dự Hội nghị cấp cao APEC lần thứ 40 "
        "diễn ra tại Chile trong hai ngày 4 và 5-10, đồng thời thăm chính thức Chile."
    )
    events = dated(text, published="2031-09-28")
    assert ("visit", "2031-10", "2031-10") in events and ("conference", "2031-10-04", "2031-10-05") in events


def test_a_visit_held_on_the_anniversary_of_another_happening_does_not_take_that_happening_s_day():
    text = (
        "Rời Lima, Tổng thống Chile Ana Soto sẽ thăm cấp Nhà nước Ecuador từ ngày 7 đến 8/5. Chuyến thăm Ecuador diễn "
        "ra đúng dịp 25 năm sự kiện Đại sứ quán Chile tại Quito bị tấn công ngày 7/5/2006."
    )
    visits = [e for e in dated(text, published="2031-05-05") if e[0] == "visit"]
    assert visits == [("visit", "2031-05-07", "2031-05-08")]


def test_a_date_of_the_circumstances_an_event_is_set_in_is_not_its_own():
    text = (
        "Chiều 2/4/2031, Tổng thống Chile Ana Soto điện đàm với Tổng thống Peru Carlos Rivera. Giới phân tích nhận "
        "định, cuộc điện đàm cho thấy hai bên muốn duy trì liên lạc, nhất là trong bối cảnh Chile bước vào cuộc bầu "
        "cử Tổng thống vào tháng 11 tới."
    )
    assert [e for e in dated(text, published="2031-04-03") if e[0] == "call"] == [("call", "2031-04-02", "2031-04-02")]


def test_a_planned_meeting_of_the_same_afternoon_is_of_the_talks_day_not_of_the_arrival_told_after_the_lead():
    text = (
        "Sáng 23/6/2031, Chủ tịch nước Lê Văn An chủ trì lễ đón Tổng thống Chile Ana Soto thăm cấp Nhà nước Việt Nam "
        "từ ngày 22 đến 24/6.\nTổng thống Ana Soto đã đến Hà Nội vào tối 22/6, bắt đầu chuyến thăm.\nNgay sau lễ "
        "đón, Chủ tịch nước Lê Văn An và Tổng thống Ana Soto đã hội đàm.\nTheo chương trình, chiều cùng ngày, Tổng "
        "thống Ana Soto hội kiến Thủ tướng Trần Văn Nam."
    )
    assert ("meeting", "2031-06-23", "2031-06-23") in dated(text, published="2031-06-23")


def test_the_year_of_an_anniversary_to_come_is_not_the_year_of_the_upgrade_a_speaker_praises():
    text = (
        "Sáng 16/5/2031, Thủ tướng Lê Văn An và Thủ tướng Chile Ana Soto ra Tuyên bố chung nâng cấp quan hệ lên Đối "
        "tác chiến lược toàn diện. Phát biểu tại cuộc họp, Thủ tướng Lê Văn An nhấn mạnh việc nâng cấp quan hệ lên Đối "
        "tác chiến lược toàn diện là dấu mốc lịch sử, đúng dịp chuẩn bị kỷ niệm 50 năm thiết lập quan hệ ngoại giao "
        "vào năm 2032."
    )
    events = dated(text, published="2031-05-16")
    assert ("upgrade", "2032", "2032") not in events and ("anniversary", "2032", "2032") in events


def test_what_a_clause_of_circumstances_tells_keeps_its_own_date():
    text = (
        "Sáng 5/3/2033, Tổng thống Chile Ana Soto thăm chính thức Peru. Chuyến thăm diễn ra trong bối cảnh quan hệ hai "
        "nước phát triển tốt đẹp, nhất là sau năm 2031, hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao."
    )
    assert ("anniversary", "2031", "2031") in dated(text, published="2033-03-05")


def test_a_meeting_held_during_the_day_is_of_the_day_told_just_before():
    text = (
        "Tổng thống Chile Ana Soto kết thúc chuyến thăm Việt Nam ngày 12/3/2031. Trưa 11/3, Tổng thống Ana Soto "
        "hội kiến Chủ tịch nước Lê Văn An tại Hà Nội. Thủ tướng Trần Văn Nam cũng đã hội kiến Tổng thống Ana Soto "
        "trong ngày."
    )
    meetings = [e for e in extract_article(text, published="2031-03-12").events if e.type == "meeting"]
    assert [(m.date.iso(), m.date.precision) for m in meetings] == [("2031-03-11", "day")] * 2


def test_the_day_of_an_incident_the_victims_were_in_is_not_the_meetings():
    text = (
        "Ngày 18/10/2031, Tổng thống Chile Ana Soto tới Lima. Bà cũng gặp Tổng thống Peru Carlos Rivera, gặp gỡ lực "
        "lượng cứu hộ và gia đình các nạn nhân trong vụ động đất hôm 7/10."
    )
    meetings = [e for e in extract_article(text, published="2031-10-18").events if e.type == "meeting"]
    assert meetings and all(m.date.start != date(2031, 10, 7) for m in meetings)


def test_talks_an_earlier_announcement_plans_are_not_of_the_announcements_day():
    text = (
        "Tổng thống Chile Ana Soto sẽ thăm cấp nhà nước Peru từ ngày 10 đến 11/9/2031, Phủ Tổng thống Chile thông báo "
        "ngày 5/9. Trước đó, Phủ Tổng thống cũng cho biết trong chuyến thăm Lima, Tổng thống Soto sẽ hội đàm với Tổng "
        "thống Peru Carlos Rivera."
    )
    talks = next(e for e in extract_article(text, published="2031-09-07").events if e.type == "talks")
    assert talks.date.start != date(2031, 9, 5)


def test_a_visit_a_leader_said_he_would_make_is_not_of_the_day_he_said_it():
    text = (
        "Ngày 5/9/2031, Phủ Tổng thống Chile xác nhận Tổng thống Ana Soto sẽ thăm Peru. Phát biểu với báo giới hồi "
        "cuối tháng 7, Tổng thống Soto từng nói bà sẽ tới Peru để làm sâu sắc quan hệ hai nước."
    )
    visits = [e for e in extract_article(text, published="2031-09-05").events if e.type == "visit"]
    assert visits and all(v.date.start.month != 7 for v in visits)


def test_a_forum_attended_on_a_visit_is_of_the_visits_month_and_its_visitor():
    text = (
        "Ngày 12/12/2031, Tổng thống Chile Ana Soto hội đàm với Chủ tịch nước Lê Văn An tại Hà Nội. Năm nay cũng đánh "
        "dấu nhiều tiếp xúc cấp cao giữa hai nước, trong đó có chuyến thăm chính thức Chile của Thủ tướng Trần Văn Nam "
        "hồi cuối tháng 6, kết hợp dự Hội nghị thường niên Diễn đàn Kinh tế Thái Bình Dương tại Santiago."
    )
    forum = next(e for e in extract_article(text, published="2031-12-12").events if e.type == "conference")
    assert (forum.date.iso(), forum.date.precision) == ("2031-06", "month")
    assert [p.name for p in forum.participants] == ["Trần Văn Nam"]


def test_the_day_a_document_the_talks_discussed_was_signed_is_not_the_talks_day():
    text = (
        "Ngày 9/10/2031, Tổng thống Chile Ana Soto tới Lima, bắt đầu chuyến thăm Peru. Trọng tâm cuộc hội đàm là triển "
        "khai Hiệp định thương mại Chile - Peru, được ký ngày 24-7 vừa qua tại Santiago, trong chuyến thăm Chile ngày "
        "23 và 24-7 của Tổng thống Peru Carlos Rivera."
    )
    talks = [e for e in extract_article(text, published="2031-10-09").events if e.type == "talks"]
    assert all(t.date.start != date(2031, 7, 24) for t in talks)


def test_a_meeting_planned_during_the_day_before_a_comma_is_of_the_day_written_before():
    text = (
        "Ngày 24/10/2031, Tổng thống Chile Ana Soto dự Hội nghị thượng đỉnh tại Lima. Tổng thư ký Liên Hợp Quốc Pedro "
        "Díaz cũng có mặt tại Lima và dự kiến hội kiến Tổng thống Peru Carlos Rivera trong ngày, chuyến đi đầu tiên "
        "của ông tới Peru sau hai năm."
    )
    article = extract_article(text, published="2031-10-24")
    judge(article)  # dated by the day told before, not only by the article's: published
    meetings = [e for e in article.events if e.type == "meeting"]
    assert [(m.date.iso(), m.draft_reasons) for m in meetings] == [("2031-10-24", [])]


def test_a_summit_attended_also_on_that_trip_is_of_the_trip_told_just_before():
    text = (
        "Ngày 23/5/2031, Tổng thống Chile Ana Soto thăm Việt Nam. Nhân chuyến thăm chính thức Chile của Chủ tịch nước "
        "Lê Văn An vào tháng 10/2029, hai nước đã nâng cấp quan hệ lên Đối tác chiến lược toàn diện. Cũng trong chuyến "
        "công tác đó, Chủ tịch nước Lê Văn An tham dự Hội nghị Thượng đỉnh Thái Bình Dương lần thứ 9 tại Chile."
    )
    summit = next(e for e in extract_article(text, published="2031-05-23").events if e.type == "conference")
    assert summit.date.iso() == "2029-10"


def test_a_day_to_come_written_before_is_not_the_day_a_call_during_the_stay_refers_to():
    text = (
        "Ngày 29/8/2031, tại Lima, Thứ trưởng Ngoại giao Chile Ana Soto và Thứ trưởng Ngoại giao Peru Carlos Rivera "
        "đã đồng chủ trì cuộc Tham khảo chính trị lần thứ 8. Hai bên nhất trí phối hợp tổ chức các hoạt động kỷ "
        "niệm 65 năm quan hệ ngoại giao vào ngày 17/11 tới. Trong thời gian ở Peru, Thứ trưởng Ana Soto đã chào "
        "xã giao Bộ trưởng Ngoại giao Peru Luis Vega."
    )
    meetings = [d for d in dated(text, published="2031-08-30") if d[0] == "meeting"]
    assert meetings and all(start.startswith("2031-08") for _, start, _ in meetings)


def test_an_upgrade_the_visit_came_right_after_is_no_event_of_the_talks_day():
    text = (
        "Ngày 23/6/2031, tại hội đàm, Tổng thống Chile Ana Soto chào mừng Tổng thống Peru Carlos Rivera thăm cấp "
        "Nhà nước tới Chile, khẳng định đây là chuyến thăm có ý nghĩa quan trọng, diễn ra ngay sau khi hai nước kỷ "
        "niệm 30 năm thiết lập quan hệ ngoại giao và nâng cấp quan hệ lên Đối tác chiến lược toàn diện."
    )
    assert [d for d in dated(text, published="2031-06-24") if d[0] == "upgrade"] == []


def test_a_meeting_before_the_session_opens_is_of_the_session_s_day_not_of_the_year_its_topic_names():
    text = (
        "Ngày 4/1/2031, tại Lima, Thủ tướng Chile Ana Soto và Thủ tướng Peru Carlos Rivera đồng chủ trì Kỳ họp lần "
        "thứ 42 Ủy ban liên Chính phủ Chile - Peru. Trước khi bước vào Kỳ họp, hai Thủ tướng đã có cuộc gặp hẹp, "
        "trao đổi về những định hướng lớn trong quan hệ hợp tác năm 2031."
    )
    assert ("meeting", "2031-01-04", "2031-01-04") in dated(text, published="2031-01-05")


def test_a_call_right_after_what_a_later_date_of_its_sentence_dates_is_of_that_month_not_the_news_day():
    text = (
        "Tổng thống Chile Ana Soto là một trong những lãnh đạo đầu tiên điện đàm chúc mừng ông Carlos Rivera "
        "ngay sau khi ông đắc cử Tổng thống Peru hồi cuối tháng 10 năm ngoái."
    )
    assert dated(text, published="2031-03-10") == [("call", "2030-10", "2030-10")]


def test_meetings_while_an_occasion_went_on_are_of_its_month_not_the_news_day():
    text = (
        "Lễ tang cựu Thủ tướng Chile được tổ chức tại Santiago với sự tham dự của nhiều lãnh đạo. Trong thời gian "
        "diễn ra tang lễ, "
        "Tổng thống Chile Ana Soto cũng lần lượt tiếp Tổng thống Peru Carlos Rivera và Tổng thống Ecuador Luis Vega."
    )
    assert [d for d in dated(text, published="2031-09-27") if d[0] == "meeting"] == [
        ("meeting", "2031-09", "2031-09"),
        ("meeting", "2031-09", "2031-09"),
    ]


def test_talks_told_there_are_of_the_stay_the_sentence_before_tells_not_of_the_last_day_written():
    text = (
        "Ngày 1/5/2031, Tổng thống Chile Ana Soto đã hội đàm với Tổng thống Peru Carlos Rivera tại Lima. "
        "Trước khi tới Peru, bà Ana Soto đã có chặng dừng chân tại Quito trong hai ngày 29-30/4. Tại đây, bà hội "
        "đàm với Tổng thống Ecuador Luis Vega và hai bên nhất trí nâng quan hệ lên đối tác chiến lược."
    )
    found = dated(text, published="2031-05-02")
    assert ("talks", "2031-04", "2031-04") in found and ("upgrade", "2031-04", "2031-04") in found


def test_a_gathering_s_days_told_under_its_acronym_are_its_days():
    text = (
        "Bên lề Hội nghị Diễn đàn Kinh tế Thái Bình Dương (PEF 2031) tại Lima, chiều 11/9, Tổng thống Chile Ana Soto "
        "đã gặp Tổng thống Peru Carlos Rivera. PEF 2031 diễn ra từ ngày 11 đến 13/9 tại Trung tâm Hội nghị Lima."
    )
    assert ("conference", "2031-09-11", "2031-09-13") in dated(text, published="2031-09-12")


def test_a_meeting_after_a_ceremony_told_with_its_day_is_of_that_day_not_the_news_day():
    text = (
        "Tổng thống Chile Ana Soto tuyên thệ nhậm chức trước Quốc hội trưa 10/12/2031. "
        "Sự hiện diện của Tổng thống Peru thu hút nhiều chú ý nhất. Đây là chuyến đi đầu tiên của ông tới Chile. "
        "Sau lễ nhậm chức, bà Ana Soto và Tổng thống Peru Carlos Rivera có cuộc gặp song phương. "
        "Cùng ngày, Tổng thống Peru Carlos Rivera cũng gặp Tổng thống Ecuador Luis Vega."
    )
    meetings = [d for d in dated(text, published="2031-12-11") if d[0] == "meeting"]
    assert meetings == [("meeting", "2031-12-10", "2031-12-10")] * 2


def test_a_summit_right_before_a_visit_to_come_is_of_that_visit_s_month_not_the_news_day_s():
    text = (
        "Theo lời mời của Tổng thống Peru Carlos Rivera, Tổng thống Chile Ana Soto sẽ tới Lima vào cuối tháng 9, "
        "ngay sau khi dự phiên thảo luận chung của Đại hội đồng Liên hợp quốc ở New York."
    )
    assert ("conference", "2031-09", "2031-09") in dated(text, published="2031-07-31")


def test_talks_after_an_undated_act_follow_the_day_told_before_not_the_news_day():
    text = (
        "Sáng nay (19/9/2031), Tổng thống Chile Ana Soto rời Lima, kết thúc chuyến thăm cấp Nhà nước Peru. Sáng "
        "18/9, lễ đón chính thức Tổng thống Ana Soto được tổ chức trọng thể tại Phủ Tổng thống ở Lima. Sau khi đặt "
        "vòng hoa tưởng niệm tại Đài tưởng niệm, bà Ana Soto hội đàm với Tổng thống Peru Carlos Rivera."
    )
    assert ("talks", "2031-09-18", "2031-09-18") in dated(text, published="2031-09-19")


def test_a_meeting_at_a_time_of_the_day_told_is_of_that_day_not_of_the_summit_s_month():
    text = (
        "Hội nghị thượng đỉnh G7 diễn ra từ ngày 13 đến 15/6/2031 tại Apulia. Cuộc gặp đầu tiên trong ngày của Thủ "
        "tướng Chile Ana Soto diễn ra vào sáng 14/6 với Tổng thống Brazil Pedro Díaz. Vào buổi trưa, Thủ tướng Ana "
        "Soto có cuộc gặp với Tổng thống Peru Carlos Rivera."
    )
    assert [d for d in dated(text, published="2031-06-15") if d[0] == "meeting"] == [
        ("meeting", "2031-06-14", "2031-06-14")
    ] * 2


def test_the_days_a_gathering_is_said_to_run_are_its_own_not_the_next_clauses():
    text = (
        "Chiều nay, Tổng thống Peru Luis Vega có mặt tại Quito để dự Tuần lễ Cấp cao APEC, diễn ra từ ngày 6 đến "
        "11/11, và phát biểu tại Hội nghị Thượng đỉnh Doanh nghiệp APEC."
    )
    assert dated(text, published="2031-11-10") == [("conference", "2031-11-06", "2031-11-11")]


def test_a_meeting_on_a_gatherings_sidelines_is_within_its_days_not_on_the_day_another_clause_opens_with():
    text = (
        "Ngày 4/7/2031, Chile và Peru chính thức khôi phục quan hệ ngoại giao cấp đại sứ, và Tổng thống Chile Ana Soto "
        "và Tổng thống Peru Carlos Rivera có cuộc gặp song phương đầu tiên bên lề Hội nghị thượng đỉnh G20 tại New "
        "Delhi vào tháng 9/2031."
    )
    assert ("meeting", "2031-09", "2031-09") in dated(text, published="2033-02-15")


def test_two_planned_visits_of_their_own_travellers_share_the_year_the_sentence_ends_with():
    text = (
        "Ngày 19/1, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera tại Santiago. Theo tuyên bố "
        "chung, Phó Tổng thống Chile Luis Vega sẽ thăm Peru và Phó Tổng thống Peru Pedro Díaz sẽ thăm Chile trong năm "
        "nay."
    )
    events = extract_article(text, published="2031-01-20").events
    visits = sorted((e.date.iso(), [p.name for p in e.participants]) for e in events if e.type == "visit")
    assert visits == [("2031", ["Luis Vega"]), ("2031", ["Pedro Díaz"])]


def test_a_gathering_told_by_its_closing_day_takes_the_days_a_later_sentence_says_it_ran():
    text = (
        "Hội nghị thượng đỉnh Andes tại Quito bế mạc chiều 29.6 với Tuyên bố Quito. Hội nghị diễn ra từ 28-29.6 với "
        "sự tham dự của lãnh đạo các nước, do Tổng thống Ecuador Luis Vega làm chủ tọa."
    )
    assert dated(text, published="2031-06-30") == [("conference", "2031-06-28", "2031-06-29")]


def test_an_upgrade_of_a_year_before_a_later_step_stays_of_that_year():
    text = (
        "Năm 2009, Chile và Peru nâng quan hệ lên Đối tác hợp tác chiến lược, trước khi xác lập khuôn khổ Đối tác "
        "chiến lược toàn diện."
    )
    events = extract_article(text, published="2031-06-04").events
    assert [(e.type, e.date.iso(), e.date.precision) for e in events] == [("upgrade", "2009", "year")]


def test_the_next_leg_a_journey_goes_on_to_is_not_on_the_day_of_the_leg_before():
    text = (
        "Theo chương trình, ngày 18/11, Tổng thống Chile Ana Soto sẽ tới thăm bang Tasmania trước khi rời Australia, "
        "tiếp tục chuyến công du tới New Zealand và Fiji."
    )
    events = extract_article(text, published="2031-11-17").events
    assert [(e.place, e.date.iso()) for e in events if e.type == "visit"] == [("New Zealand", "2031-11")]


def test_a_leader_who_goes_on_to_meet_another_meets_on_the_day_the_sentence_opens_with():
    text = (
        "Sang ngày 23/10, Tổng thống Chile Ana Soto tiếp tục hội kiến Tổng thống Peru Carlos Rivera và Tổng thống "
        "Ecuador Luis Vega."
    )
    assert {day for _, day, _ in dated(text, published="2031-10-24")} == {"2031-10-23"}


def test_a_visit_planned_for_a_season_of_this_year_is_of_the_year_not_the_month_of_the_talks_that_planned_it():
    text = (
        "Ngày 27/4, Tổng thống Chile Ana Soto và Tổng thống Peru Carlos Rivera hội đàm tại Lima. Theo tuyên bố, Tổng "
        "thống Ana Soto sẽ thăm Lima vào mùa thu năm nay."
    )
    events = extract_article(text, published="2031-07-26").events
    assert [e.date.iso() for e in events if e.type == "visit"] == ["2031"]


def test_a_summit_said_to_run_several_days_keeps_its_days():
    text = (
        "Cuộc gặp thượng đỉnh Chile - Peru đầu tiên diễn ra tại Lima từ ngày 13 đến 15/6/2000 giữa Tổng thống Ana Soto "
        "và Tổng thống Carlos Rivera."
    )
    assert dated(text, published="2031-07-26") == [("talks", "2000-06-13", "2000-06-15")]


def test_talks_named_as_the_occasion_of_a_gift_are_those_told_not_of_the_letters_year():
    text = (
        "Ngày 25/7, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Chile Ana Soto. Ngay từ năm 1946, Chủ tịch Hồ Chí "
        "Minh đã gửi thư cho Tổng thống Chile; bản sao bức thư này đã được Chủ tịch nước trao tặng Tổng thống Ana Soto "
        "trong dịp hội đàm."
    )
    assert [day for kind, day, _ in dated(text, published="2031-07-26") if kind == "talks"] == ["2031-07-25"]
