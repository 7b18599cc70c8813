"""Events: cue words per type, their dates, participants and place; planned; merged mentions."""

from datetime import date

import pytest

from extraction import extract_article


def events_of(text, published=None):
    return [
        (e.type, e.date.iso(), e.date.iso("end"), e.date.precision)
        for e in extract_article(text, published=published).events
    ]


def only(text, published=None):
    article = extract_article(text, published=published)
    assert len(article.events) == 1, [(e.type, e.title, e.date) for e in article.events]
    return article.events[0]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Ngày 3/4/2019, Thủ tướng Lê Minh Tâm thăm chính thức Campuchia.", "visit"),
        ("Ngày 3/4/2019, Thủ tướng Lê Minh Tâm hội đàm với Thủ tướng Lào Sone Keo.", "talks"),
        ("Ngày 3/4/2019, Bộ trưởng Trần Quốc Huy tiếp Đại sứ Brazil Paulo Lima.", "meeting"),
        ("Ngày 3/4/2019, Đại sứ Lê Thu Hà trình Thư ủy nhiệm lên Tổng thống Peru.", "meeting"),
        ("Ngày 3/4/2019, Thủ tướng Lê Minh Tâm điện đàm với Thủ tướng Canada John Reid.", "call"),
        ("Ngày 3/4/2019, Bộ trưởng Trần Quốc Huy dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52.", "conference"),
        (
            "Ngày 3/4/2019, Thứ trưởng Đỗ Hải Yến chủ trì Phiên họp thứ 9 Ủy ban hỗn hợp Việt Nam - Lào.",
            "committee_session",
        ),
        (
            "Ngày 3/4/2019, hai Thứ trưởng Đỗ Hải Yến và Kim Ho-jin tiến hành Đối thoại chiến lược lần thứ 5.",
            "committee_session",
        ),
        ("Ngày 3/4/2019, Bộ trưởng Trần Quốc Huy và Bộ trưởng Chile Ana Soto ký Bản ghi nhớ về giáo dục.", "signing"),
        ("Tháng 4/2019, hai nước nâng cấp quan hệ lên Đối tác chiến lược.", "upgrade"),
        ("Năm 2019, hai nước kỷ niệm 45 năm thiết lập quan hệ ngoại giao.", "anniversary"),
        ("Ngày 3/4/2019, Chủ tịch nước Lê Văn An gửi điện mừng Tổng thống Chile Ana Soto.", "message"),
        ("Ngày 3/4/2019, Đại sứ Lê Thu Hà dự lễ ra mắt Hội hữu nghị Việt Nam - Peru.", "other"),
    ],
)
def test_cue_words_give_the_type(sentence, kind):
    assert only(sentence).type == kind


def test_a_sentence_with_a_visit_and_a_session_gives_the_visit_its_range_and_the_session_its_month():
    article = extract_article(
        "Bộ trưởng Ngoại giao Trần Quốc Huy sẽ thăm chính thức Hàn Quốc và đồng chủ trì Phiên họp lần thứ 9 "
        "Ủy ban hỗn hợp Việt Nam - Hàn Quốc từ ngày 4-6/9/2018."
    )
    by_type = {e.type: e for e in article.events}
    assert set(by_type) == {"visit", "committee_session"}
    visit, session = by_type["visit"], by_type["committee_session"]
    assert (visit.date.start, visit.date.end) == (date(2018, 9, 4), date(2018, 9, 6))
    # Which of the visit's days the session took the sentence does not say: its month.
    assert (session.date.start, session.date.end, session.date.precision) == (
        date(2018, 9, 1),
        date(2018, 9, 30),
        "month",
    )
    assert visit.planned and session.planned
    assert by_type["visit"].place == "Hàn Quốc"
    assert [p.name for p in by_type["visit"].participants] == ["Trần Quốc Huy"]


def test_later_sentences_add_mentions_not_events():
    text = (
        "Ngày 9/10/2017, Tổng thống Chile Ana Soto thăm cấp Nhà nước Việt Nam.\n"
        "Chuyến thăm của Tổng thống Ana Soto diễn ra trong bối cảnh quan hệ phát triển tốt đẹp.\n"
        "Đây là chuyến thăm đầu tiên của bà trên cương vị Tổng thống kể từ khi nhậm chức (tháng 3/2014)."
    )
    assert events_of(text) == [("visit", "2017-10-09", "2017-10-09", "day")]


def test_a_dated_cue_in_a_later_sentence_is_a_new_event():
    text = (
        "Ngày 9/10/2017, Thủ tướng Lê Minh Tâm hội đàm với Thủ tướng Lào Sone Keo.\n"
        "Trước đó, vào tháng 6/2016, hai Thủ tướng Lê Minh Tâm và Sone Keo đã hội đàm tại Viêng Chăn."
    )
    assert events_of(text) == [("talks", "2016-06", "2016-06", "month"), ("talks", "2017-10-09", "2017-10-09", "day")]


def test_anaphora_gives_the_date_of_the_event_it_refers_to():
    text = (
        "Ngày 12/5/2019, Chủ tịch nước Lê Văn An gửi điện chia buồn tới Tổng thống Peru.\n"
        "Cùng ngày, Phó Thủ tướng Trần Văn Khải đến Đại sứ quán Peru ghi sổ tang."
    )
    assert events_of(text) == [
        ("message", "2019-05-12", "2019-05-12", "day"),
        ("other", "2019-05-12", "2019-05-12", "day"),
    ]


def test_during_the_visit_gives_the_visit_s_month_no_day_picked_from_the_range():
    # Issue 21: the text does not say on which of the visit's days the talks were; the month is what it supports.
    text = (
        "Bộ trưởng Trần Quốc Huy thăm chính thức Chile từ ngày 2-5/3/2019.\n"
        "Trong chuyến thăm, Bộ trưởng Trần Quốc Huy sẽ hội đàm với người đồng cấp Chile Ana Soto."
    )
    article = extract_article(text)
    talks = next(e for e in article.events if e.type == "talks")
    assert (talks.date.start, talks.date.end, talks.date.precision) == (date(2019, 3, 1), date(2019, 3, 31), "month")
    assert {p.name for p in talks.participants} == {"Trần Quốc Huy", "Ana Soto"}


def test_respectively_gives_one_message_per_sender():
    text = (
        "Ngày 1/10/2020, Thủ tướng Lê Minh Tâm, Chủ tịch Quốc hội Hoàng Văn Bình đã lần lượt gửi điện chúc mừng "
        "tới Thủ tướng Li Wei, Chủ tịch Quốc hội Zhang Hua và Phó Chủ tịch Quốc hội Wang Fang."
    )
    groups = [sorted(p.name for p in e.participants) for e in extract_article(text).events]
    assert sorted(groups) == [["Hoàng Văn Bình", "Wang Fang", "Zhang Hua"], ["Li Wei", "Lê Minh Tâm"]]


def test_framework_steps_each_get_their_year():
    text = (
        "Quan hệ được nâng cấp từ “Đối tác toàn diện” (2008) lên “Đối tác chiến lược” (2013) "
        "và “Đối tác chiến lược toàn diện” (2023)."
    )
    assert [e.date.iso() for e in extract_article(text).events] == ["2008", "2013", "2023"]


def test_anniversary_of_a_year_range_is_its_last_year():
    assert events_of("Hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao (1993 - 2023).") == [
        ("anniversary", "2023", "2023", "year")
    ]


def test_generic_mentions_are_not_events():
    text = (
        "Ngày 3/4/2019, hai bên nhất trí thúc đẩy các chuyến thăm, tiếp xúc các cấp.\n"
        "Hai nước hợp tác tại các diễn đàn đa phương như hội nghị ASEAN.\n"
        "Hai bên sẽ tiếp tục phối hợp."
    )
    assert events_of(text) == []


def test_planned_events_are_marked():
    assert only("Dự kiến, ngày 20/11/2019, Thủ tướng Lê Minh Tâm sẽ thăm Ấn Độ.").planned
    assert not only("Ngày 20/11/2019, Thủ tướng Lê Minh Tâm đã thăm Ấn Độ.").planned


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 2/3/2025, hai bên nhất trí sớm tổ chức Kỳ họp lần thứ 5 Ủy ban Hỗn hợp tại Bangkok vào tháng 9/2025.",
        "Ngày 2/3/2025, hai Bộ trưởng thống nhất tổ chức Đối thoại chiến lược lần thứ 3 vào tháng 10/2025.",
    ],
)
def test_a_session_the_sides_agree_to_hold_is_planned(sentence):
    sessions = [event for event in extract_article(sentence).events if event.type == "committee_session"]
    assert sessions and all(event.planned for event in sessions)
    assert not only("Ngày 3/4/2024, Kỳ họp lần thứ 4 Ủy ban Hỗn hợp đã được tổ chức tại Hà Nội.").planned


def test_teaser_events_are_not_the_articles():
    text = (
        "Ngày 3/4/2019, Bộ trưởng Trần Quốc Huy tiếp Đại sứ Brazil Paulo Lima.\n"
        "Đại sứ Lê Thu Hà thăm tỉnh Cusco\n\nĐại sứ Lê Thu Hà thăm tỉnh Cusco\n\nNgày 2/4, Đại sứ đã tới thăm ...\n"
    )
    assert [e.type for e in extract_article(text).events] == ["meeting"]


def test_confidence_rises_with_date_precision_and_participants():
    precise = only("Ngày 3/4/2019, Bộ trưởng Trần Quốc Huy tiếp Đại sứ Brazil Paulo Lima tại Hà Nội.")
    vague = only("Năm 2019, hai nước kỷ niệm 45 năm thiết lập quan hệ ngoại giao.")
    assert precise.confidence > vague.confidence


def test_places_are_normalised():
    event = only(
        "Ngày 3/4/2019, Chủ tịch Quốc hội Hoàng Văn Bình tới Thủ đô Seoul, bắt đầu chuyến thăm chính thức Hàn Quốc."
    )
    assert event.place in {"Seoul", "Hàn Quốc"} and "KR" in event.countries


def test_a_relationship_event_without_persons_takes_the_countries_it_names_or_the_articles_pair():
    named = only("Ngày 12/9/2022, quan hệ Việt Nam - Ấn Độ được nâng cấp lên Đối tác chiến lược toàn diện.")
    assert named.type == "upgrade" and named.countries == ["IN", "VN"]

    article = extract_article(
        "Thủ tướng Hàn Quốc thăm Việt Nam\n\n"
        "Ngày 3/4/2024, Thủ tướng Hàn Quốc Kim Min-soo hội đàm với Thủ tướng Lê Văn Tâm tại Hà Nội.\n"
        "Tháng 12/2022, hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện.\n"
    )
    upgrade = next(e for e in article.events if e.type == "upgrade")
    assert upgrade.countries == ["KR", "VN"]


def test_a_venue_never_gives_a_relationship_event_its_pair():
    # Only countries named as a pair, or "hai nước", make one: a city is not a party.
    article = extract_article("Ngày 5/6/2023, hai bộ trưởng ký bản ghi nhớ tại Paris.\n")
    assert all(not e.countries for e in article.events)


def test_an_event_named_again_by_its_noun_alone_is_the_one_told_before():
    text = (
        "Sáng 19/8/2024, Lễ đón chính thức Thủ tướng Lê Minh Tâm được tổ chức tại Bắc Kinh. "
        "Thủ tướng Trung Quốc Lý Cường chủ trì lễ đón. "
        "Tham dự lễ đón, về phía Trung Quốc có các đồng chí Vương Nghị và Thái Kỳ."
    )
    others = [e for e in extract_article(text).events if e.type == "other"]
    assert len(others) == 1


def test_an_event_referred_back_to_by_a_sentence_opening_is_not_a_new_one():
    text = (
        "Trưa 30/9/2009, Lễ đón chính thức Chủ tịch nước Lê Văn An được tổ chức tại Lima. "
        "Sau lễ đón, Chủ tịch nước hội đàm với Tổng thống Peru Ana Soto."
    )
    types = sorted(e.type for e in extract_article(text).events)
    assert types == ["other", "talks"]


def test_a_reference_to_an_event_never_told_makes_no_event():
    text = "Trưa 30/9/2009, sau lễ đón, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Peru Ana Soto."
    assert [e.type for e in extract_article(text).events] == ["talks"]


def test_the_attendance_of_an_event_told_before_is_no_new_event():
    text = (
        "Chiều 23/10/2025, Chủ tịch nước Lê Văn An chủ trì lễ đón Tổng thống Chile Ana Soto. "
        "Tham dự lễ đón có: Phó Thủ tướng Trần Minh Đức; Bộ trưởng Ngoại giao Đỗ Hải Yến."
    )
    others = [e for e in extract_article(text).events if e.type == "other"]
    assert len(others) == 1
    assert {p.name for p in others[0].participants} == {"Lê Văn An", "Ana Soto"}


def test_an_envoy_who_comments_on_a_visit_is_not_in_it():
    text = (
        "Đại sứ Việt Nam tại Chile Lê Thu Hà cho biết chuyến thăm của Thủ tướng Lê Minh Tâm từ ngày 3-5/6/2022 "
        "sẽ mở ra giai đoạn mới."
    )
    visit = only(text)
    assert [p.name for p in visit.participants] == ["Lê Minh Tâm"]


def test_one_who_does_what_comes_after_is_not_in_the_visit_before_it():
    text = (
        "Trước khi Tổng thống Chile Pablo Rojas tới Lima, Ngoại trưởng Chile Ana Soto đã thăm Peru và hội đàm với "
        "Ngoại trưởng Peru Luis Vega hôm 31/8/2031."
    )
    for event in extract_article(text).events:
        assert "Pablo Rojas" not in [p.name for p in event.participants]


def test_a_counterpart_written_without_a_name_is_not_the_one_named_before():
    text = (
        "Ngày 5/6/2031, tại Lima, Thủ tướng Lê Minh Tâm hội đàm với Tổng thống Peru Luis Vega, hội kiến lãnh đạo "
        "Quốc hội Peru."
    )
    meeting = next(e for e in extract_article(text).events if e.type == "meeting")
    assert [p.name for p in meeting.participants] == ["Lê Minh Tâm"]


def test_meetings_held_many_times_are_no_event_and_their_clause_lends_no_one_to_the_visit_before():
    text = (
        "Trao đổi đoàn diễn ra sôi động: tháng 6/2031, Ngoại trưởng Chile Ana Soto thăm chính thức Việt Nam; "
        "Thủ tướng Lê Minh Tâm cũng nhiều lần tiếp Bộ trưởng Kinh tế Chile Luis Vega tại Hà Nội."
    )
    found = extract_article(text).events
    assert [(e.type, [p.name for p in e.participants]) for e in found] == [("visit", ["Ana Soto"])]


def test_a_leader_s_spouse_who_comes_along_is_not_a_party():
    meeting = only("Ngày 3/6/2022, Tổng thống Chile Pablo Rojas và Phu nhân Ana Soto gặp Thủ tướng Lê Minh Tâm.")
    assert {p.name for p in meeting.participants} == {"Pablo Rojas", "Lê Minh Tâm"}


def test_a_predecessor_s_visit_is_the_predecessor_s():
    text = (
        "Ngày 5/3/2024, Thủ tướng Chile Pablo Rojas thăm Peru. Đây là chuyến thăm đầu tiên của một thủ tướng "
        "Chile kể từ chuyến thăm của người tiền nhiệm Diego Vidal năm 2017."
    )
    article = extract_article(text)
    earlier = next(e for e in article.events if e.date.start.year == 2017)
    assert [p.name for p in earlier.participants] == ["Diego Vidal"]
    vidal = next(p for p in article.persons if p.name == "Diego Vidal")
    assert (vidal.title, vidal.country) == ("Thủ tướng Chile", "CL")


def test_an_envoy_received_is_in_the_meeting():
    meeting = only("Ngày 3/6/2022, Thủ tướng Lê Minh Tâm tiếp Đại sứ Chile Pablo Rojas.")
    assert {p.name for p in meeting.participants} == {"Lê Minh Tâm", "Pablo Rojas"}


def test_thanks_for_a_message_is_not_a_new_message():
    text = (
        "Chiều 10/2/2026, Thủ tướng Lê Minh Tâm điện đàm với Thủ tướng Chile Pablo Rojas. "
        "Thủ tướng cảm ơn Thủ tướng Chile Pablo Rojas đã gửi thư chúc mừng nhân dịp Năm mới."
    )
    assert [e.type for e in extract_article(text).events] == ["call"]


def test_the_seat_of_an_office_is_no_person():
    text = (
        "Chiều 29/11/2023, Tổng thống Chile Ana Soto tiếp Thủ tướng Lê Minh Tâm. "
        "Lễ đón diễn ra trang trọng tại Phủ Tổng thống Chile."
    )
    others = [e for e in extract_article(text).events if e.type == "other"]
    assert all("Ana Soto" not in {p.name for p in e.participants} for e in others)


def test_thanks_for_a_dated_message_tells_that_message():
    text = (
        "Chiều 10/9/2023, Thủ tướng Lê Minh Tâm cảm ơn Tổng thống Chile Ana Soto vào tháng 6/2023 đã gửi thư chúc mừng."
    )
    messages = [e for e in extract_article(text).events if e.type == "message"]
    assert [m.date.iso() for m in messages] == ["2023-06"]


def test_an_office_of_the_presidency_keeps_its_chief():
    found = {p.name for p in extract_article("Dự có Chủ nhiệm Văn phòng Chủ tịch nước Chile Luis Vera.").persons}
    assert found == {"Luis Vera"}


def test_a_spokesperson_announcing_a_visit_is_not_in_it():
    text = (
        "Người phát ngôn Bộ Ngoại giao Lê Thu Hà hôm qua cho biết Tổng thống Chile Ana Soto sẽ thăm Việt Nam "
        "từ ngày 3-5/6/2022."
    )
    assert [p.name for p in only(text).participants] == ["Ana Soto"]


def test_an_event_named_as_one_told_already_is_not_another():
    article = extract_article(
        "Chiều 3/2/2031, Thủ tướng Lê Văn Tâm điện đàm với Thủ tướng Ruritania Ivo Baran. "
        "Đây là cuộc điện đàm đầu tiên giữa hai Thủ tướng kể từ tháng 1/2031. "
        "Tham dự điện đàm có Bộ trưởng Ngoại giao Trần Minh Đức."
    )
    calls = [e for e in article.events if e.type == "call"]
    assert len(calls) == 1 and calls[0].date.start == date(2031, 2, 3)


def test_an_anniversary_is_not_dated_to_the_year_it_counts_from():
    article = extract_article(
        "Chuyến thăm diễn ra đúng dịp kỷ niệm 52 năm thiết lập quan hệ ngoại giao giữa hai nước (1973).",
        published="2025-10",
    )
    anniversary = next(e for e in article.events if e.type == "anniversary")
    assert anniversary.date.start.year == 2025


def test_two_meetings_of_one_leader_on_one_day_stay_two():
    text = (
        "Chiều 28/11/2023, Thủ tướng Lê Văn An đã tiếp Đại sứ Pháp Jean Morel. "
        "Trước đó, sáng cùng ngày, Thủ tướng Lê Văn An đã tiếp Đại sứ Đức Hans Weber."
    )
    meetings = [e for e in extract_article(text).events if e.type == "meeting"]
    assert sorted(tuple(sorted(p.name for p in m.participants)) for m in meetings) == [
        ("Hans Weber", "Lê Văn An"),
        ("Jean Morel", "Lê Văn An"),
    ]


def test_a_planned_meeting_does_not_take_the_date_of_the_visitors_meeting_with_someone_else():
    text = (
        "Thủ tướng Campuchia Sok Dara sẽ thăm chính thức Việt Nam trong hai ngày 11 và 12-12. Trong thời gian ở "
        "Việt Nam, Thủ tướng Sok Dara sẽ hội kiến Tổng Bí thư Lê Văn An. Hồi tháng 9 năm nay, Thủ tướng Đỗ Văn "
        "Dũng và Thủ tướng Campuchia Sok Dara đã gặp nhau tại Jakarta."
    )
    meetings = {
        tuple(sorted(p.name for p in m.participants)): m.date.iso()
        for m in extract_article(text, published="2023-12-07").events
        if m.type == "meeting"
    }
    assert meetings == {("Lê Văn An", "Sok Dara"): "2023-12", ("Sok Dara", "Đỗ Văn Dũng"): "2023-09"}


def test_meetings_at_two_parts_of_one_day_stay_two_even_when_one_names_no_counterpart():
    text = (
        "Chiều 28/11/2023, Thủ tướng Lê Văn An đã tiếp lãnh đạo Liên minh Nghị sĩ hữu nghị Nhật Bản - Việt Nam. "
        "Trước đó, sáng cùng ngày, Thủ tướng đã hội kiến Nhà vua Naruhito tại Hoàng cung."
    )
    meetings = [e for e in extract_article(text).events if e.type == "meeting"]
    assert len(meetings) == 2
    again = "Sáng 28/11/2023, Thủ tướng Lê Văn An hội kiến Nhà vua Naruhito. Sáng cùng ngày, buổi hội kiến thân mật."
    assert len([e for e in extract_article(again).events if e.type == "meeting"]) == 1


def test_a_restricted_meeting_before_the_talks_is_the_talks():
    text = "Sáng 5/6/2024, Thủ tướng Lê Văn An và Thủ tướng Lào Khamphet Vongsa có cuộc gặp hẹp trước khi hội đàm."
    assert [e.type for e in extract_article(text).events] == ["talks"]
    private = "Sáng 5/6/2024, Thủ tướng Lê Văn An và Thủ tướng Lào Khamphet Vongsa có cuộc gặp riêng trước khi hội đàm."
    assert [e.type for e in extract_article(private).events] == ["talks"]


def test_one_counterpart_written_two_ways_is_one_meeting():
    text = (
        "Chủ tịch nước Lê Văn An và Tổng thống Mỹ Joe Biden chụp ảnh chung trước hội đàm. "
        "Ngày 10/9/2023, Chủ tịch nước Lê Văn An và Tổng thống Hoa Kỳ Joseph R. Biden Jr. đã hội đàm tại Hà Nội."
    )
    assert [e.type for e in extract_article(text).events] == ["talks"]


def test_a_later_sentence_about_the_meeting_naming_someone_else_is_the_same_meeting():
    text = (
        "Chiều 29/10/2020, Thứ trưởng Lê Văn An tiếp Đại sứ Nhật Bản Sato Ken. "
        "Tại cuộc gặp chiều 29/10, Đại sứ Sato Ken chuyển thư cảm ơn của Thủ tướng Nhật Bản Tanaka Ichiro."
    )
    assert [e.type for e in extract_article(text).events] == ["meeting"]


def test_the_two_leaders_of_the_event_told_before_act_on_its_day_and_the_two_sides_weigh_no_new_event():
    text = (
        "Tổng thống Chile Ana Soto thăm chính thức Việt Nam từ ngày 9 đến 11/9/2023. Ngày 10/9, Chủ tịch nước "
        "Lê Văn An hội đàm với Tổng thống Ana Soto tại Hà Nội. Hai nhà lãnh đạo chứng kiến lễ ký kết các văn kiện "
        "hợp tác. Hai bên đánh giá cao kết quả thực hiện Hiệp định thương mại tự do sau một năm có hiệu lực."
    )
    events = extract_article(text, published="2023-09-11").events
    assert sorted((e.type, e.date.iso()) for e in events if e.type != "visit") == [
        ("signing", "2023-09-10"),
        ("talks", "2023-09-10"),
    ]


def test_what_the_two_leaders_of_a_planned_visit_will_do_is_planned_in_its_month():
    text = (
        "Theo Bộ Ngoại giao, Thủ tướng Lào Khamphet Vongsa sẽ thăm chính thức Việt Nam trong hai ngày 11 và 12/12. "
        "Hai Thủ tướng sẽ hội đàm và chứng kiến lễ ký kết một số văn kiện hợp tác."
    )
    events = extract_article(text, published="2023-12-07").events
    planned = sorted((e.type, e.date.iso(), e.planned) for e in events if e.type != "visit")
    assert planned == [("signing", "2023-12", True), ("talks", "2023-12", True)]


def test_two_visits_of_one_sentence_each_named_by_its_traveller_are_two():
    text = (
        "Chủ tịch Quốc hội Chile Ana Soto thăm chính thức Việt Nam từ ngày 18 đến 22/10/2025. Chuyến thăm của Chủ "
        "tịch Quốc hội Chile Ana Soto nối tiếp ngay sau chuyến thăm chính thức Việt Nam của Tổng thống Chile Luis "
        "Ramos vào tháng 5/2025."
    )
    visits = {
        tuple(p.name for p in e.participants): e.date.iso()
        for e in extract_article(text, published="2025-10-20").events
        if e.type == "visit"
    }
    assert visits[("Luis Ramos",)] == "2025-05"
    assert visits[("Ana Soto",)] == "2025-10-18"


def test_a_visit_ended_and_the_onward_trip_begun_on_the_day_the_sentence_opens_with_are_two_visits():
    text = "Ngày 12/3/2024, Tổng thống Chile Ana Soto kết thúc chuyến thăm Việt Nam và lên đường thăm Campuchia."
    visits = extract_article(text, published="2024-03-13").events
    assert sorted(e.place for e in visits if e.type == "visit") == ["Campuchia", "Việt Nam"]


def test_a_month_written_after_the_later_of_two_visits_is_that_visits_month_only():
    text = (
        "Hoan nghênh Bộ trưởng Lê Văn An thăm chính thức Chile, Tổng thống Ana Soto đánh giá chuyến thăm có ý "
        "nghĩa, cùng với chuyến thăm Việt Nam của Bộ trưởng Ngoại giao Chile Luis Ramos tháng 6 vừa qua."
    )
    visits = {e.place: e for e in extract_article(text, published="2024-09-12").events if e.type == "visit"}
    assert visits["Việt Nam"].date.iso() == "2024-06"
    assert [p.name for p in visits["Việt Nam"].participants] == ["Luis Ramos"]
    assert visits["Chile"].date.iso() != "2024-06"


def test_the_inviter_of_a_visit_is_not_its_traveller():
    text = (
        "Từ ngày 8 đến 10/5, Tổng thống Peru Ana Soto thăm cấp Nhà nước Việt Nam theo lời mời của Chủ tịch nước "
        "Lê Văn An; sau đó Tổng thống sẽ thăm Thái Lan theo lời mời của Nhà vua Thái Lan Maha Vajiralongkorn."
    )
    visits = {e.host: e for e in extract_article(text, published="2025-05-10").events if e.type == "visit"}
    assert (visits["VN"].visitor, visits["VN"].participants[0].name) == ("PE", "Ana Soto")


def test_a_session_named_bare_as_its_sentences_subject_is_the_one_told_before():
    text = (
        "Ngày 12/9/2024, Phó Thủ tướng Lê Văn An và Phó Thủ tướng Chile Ana Soto đồng chủ trì Khóa họp lần thứ 25 "
        "Ủy ban liên Chính phủ Việt Nam - Chile. Khóa họp diễn ra gần ba tháng sau chuyến thăm cấp Nhà nước tới "
        "Việt Nam của Tổng thống Chile Luis Vega (tháng 6/2024)."
    )
    sessions = [e.date.iso() for e in extract_article(text).events if e.type == "committee_session"]
    assert sessions == ["2024-09-12"]


def test_an_aide_who_tells_what_his_leader_will_do_is_not_in_it():
    text = (
        "Ngày 4/9/2031, Tổng thống Chile Ana Soto thăm Việt Nam. Trợ lý Tổng thống Chile Pablo Rojas cho biết, "
        "tại Hà Nội, bà Soto sẽ hội đàm với Chủ tịch nước Lê Văn An."
    )
    article = extract_article(text)
    talks = [e for e in article.events if e.type == "talks"]
    assert [sorted(p.name for p in e.participants) for e in talks] == [["Ana Soto", "Lê Văn An"]]
    assert {p.name: p.title for p in article.persons}["Pablo Rojas"] == "Trợ lý Tổng thống Chile"


def test_the_anniversary_of_a_meeting_is_no_meeting():
    text = (
        "Ngày 12/11/2031, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Ruritania Ivo Baran. Chuyến thăm diễn ra "
        "đúng dịp kỷ niệm 60 năm cuộc gặp lịch sử giữa Chủ tịch Trần Minh Đức và Tổng thống Karel Hora (1971 - 2031)."
    )
    assert [e.type for e in extract_article(text).events] == ["talks"]


def test_a_summit_between_two_leaders_is_their_talks():
    text = (
        "Ngày 27/2/2031, Tổng thống Ruritania Ivo Baran và Tổng thống Borduria Karel Hora hội đàm tại Hà Nội. "
        "Cuộc gặp diễn ra sau Hội nghị thượng đỉnh lần thứ nhất giữa hai nhà lãnh đạo tại Singapore hồi tháng 6/2030."
    )
    assert "conference" not in [e.type for e in extract_article(text).events]
    named = "Điểm nhấn là hội nghị thượng đỉnh hôm thứ Hai 23/5/2031 giữa ông Baran và Chủ tịch nước Lê Văn An."
    assert [e.type for e in extract_article(named).events] == ["talks"]


def test_a_meeting_with_businesses_is_no_diplomatic_event():
    text = (
        "Ngày 31/5/2031, Thủ tướng Lê Minh Tâm hội kiến Thủ tướng Chile Pablo Rojas. Sáng mai (1-6), Thủ tướng sẽ "
        "làm việc với lãnh đạo một số tập đoàn hàng đầu của Chile."
    )
    assert [e.type for e in extract_article(text, published="2031-05-31").events] == ["meeting"]


def test_a_dialogue_partnership_is_no_dialogue():
    text = "Năm 2031 cũng đánh dấu 60 năm quan hệ đối tác đối thoại ASEAN - Chile."
    assert "conference" not in [e.type for e in extract_article(text).events]


def test_years_counted_since_relations_began_are_no_anniversary():
    text = (
        "Sáng 7/3/2031, Thủ tướng Lê Minh Tâm và Thủ tướng Chile Pablo Rojas quyết định nâng cấp quan hệ, mở ra "
        "chương mới sau hơn 50 năm thiết lập quan hệ ngoại giao."
    )
    assert "anniversary" not in [e.type for e in extract_article(text).events]


def test_an_anniversary_of_the_news_year_is_not_counted_again():
    text = (
        "Thủ tướng Lê Minh Tâm đang thăm chính thức Hoa Kỳ từ ngày 19/6 theo lời mời của Tổng thống, chuyến thăm "
        "diễn ra đúng dịp hai nước kỷ niệm 10 năm thiết lập quan hệ ngoại giao."
    )
    (anniversary,) = [e for e in extract_article(text, published="2005-06-21").events if e.type == "anniversary"]
    assert anniversary.date.iso() == "2005"


def test_the_opening_of_games_attended_is_no_event_of_its_own():
    text = (
        "Hồi tháng 2/2030, Tổng thống Chile Ana Soto đã tới Bắc Kinh dự lễ khai mạc Thế vận hội mùa Đông và hội đàm "
        "với Chủ tịch Trung Quốc Tập Cận Bình."
    )
    assert [e.type for e in extract_article(text).events] == ["talks"]


def test_a_target_s_year_dates_no_event():
    text = (
        "Hai bên nhất trí nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện, đúng dịp kỷ niệm 70 năm thiết lập quan "
        "hệ ngoại giao; đồng thời đặt mục tiêu kim ngạch thương mại 20 tỷ USD vào năm 2038."
    )
    assert not [e for e in extract_article(text).events if e.date.start.year == 2038]


def test_a_meeting_the_article_then_calls_talks_is_talks():
    text = (
        "Ngày 25/7/2031, Tổng thống Chile Ana Soto tiếp Chủ tịch nước Lê Văn An tại Phủ Tổng thống. Sau cuộc hội "
        "đàm, bà Soto nói với báo giới rằng hai nước đã nhất trí mở rộng hợp tác."
    )
    assert [e.type for e in extract_article(text).events] == ["talks"]
    other_talks = text.replace("Sau cuộc hội đàm, bà Soto", "Sau cuộc hội đàm với Thủ tướng Trần Minh Đức, bà Soto")
    assert [e.type for e in extract_article(other_talks).events][:1] == ["meeting"]


def test_a_nation_s_own_day_attended_on_a_visit_is_no_event_of_its_own():
    text = (
        "Tổng thống Kenya William Ruto thăm cấp Nhà nước tới Việt Nam từ ngày 31-8 đến 2-9, đồng thời dự Lễ kỷ niệm "
        "86 năm Quốc khánh Việt Nam."
    )
    assert [e.type for e in extract_article(text, published="2031-08-30").events] == ["visit"]


def test_two_presidents_calling_are_the_article_s_presidents_not_the_envoys_of_a_later_clause():
    text = (
        "Ngày 15/8/2025, Tổng thống Mỹ John Carter hội đàm với Tổng thống Nga Ivan Petrov. Trước đó, hai tổng thống đã "
        "điện đàm ngày 12/2, mở đường cho cuộc hội đàm giữa phái đoàn do Ngoại trưởng Mark Stone và Ngoại trưởng Oleg "
        "Sokolov dẫn đầu tại Riyadh ngày 18/2."
    )
    calls = [e for e in extract_article(text).events if e.type == "call"]
    assert [sorted(p.name for p in e.participants) for e in calls] == [["Ivan Petrov", "John Carter"]]


def test_the_year_of_trade_figures_dates_no_event():
    text = (
        "Ngày 21/3/2023, Tổng thống Nga Ivan Petrov hội đàm với Chủ tịch Trung Quốc Lý Minh. Ông Ivan Petrov phát biểu "
        "tại cuộc họp báo chung sau hội đàm, cho biết thương mại song phương năm ngoái đạt kỷ lục."
    )
    assert [(e.type, e.date.iso()) for e in extract_article(text).events] == [("talks", "2023-03-21")]


def test_a_gathering_an_event_is_held_within_keeps_the_days_it_is_said_to_be_held():
    text = (
        "Lễ ký diễn ra trong khuôn khổ Hội nghị cấp cao ASEAN lần thứ 47, tổ chức tại Kuala Lumpur từ ngày 26 đến "
        "28-10-2025, dưới sự chủ trì của Thủ tướng Malaysia Anwar Ibrahim."
    )
    conferences = [e for e in extract_article(text).events if e.type == "conference"]
    assert [(e.date.iso("start"), e.date.iso("end")) for e in conferences] == [("2025-10-26", "2025-10-28")]


def test_a_gathering_is_at_the_place_its_clause_names_not_where_the_sentence_opens():
    text = (
        "Tổng thống Mỹ John Carter đến Hà Nội tối 10/11/2017, bắt đầu chuyến thăm cấp Nhà nước Việt Nam, ngay sau khi "
        "dự Tuần lễ Cấp cao APEC tại Đà Nẵng."
    )
    conferences = [e for e in extract_article(text).events if e.type == "conference"]
    assert [e.place for e in conferences] == ["Đà Nẵng"]


def test_the_traveller_of_a_visit_recalled_is_not_the_news_visit_s():
    text = (
        "Chuyến thăm cấp Nhà nước Chile từ ngày 3 đến 6/8/2025 là chuyến thăm đầu tiên của lãnh đạo Việt Nam tới Chile "
        "sau 7 năm, kể từ chuyến thăm cấp Nhà nước của Chủ tịch nước Trần Văn Bình từ ngày 25 đến 29/8/2018."
    )
    visits = {e.date.start.year: [p.name for p in e.participants] for e in extract_article(text).events}
    assert visits == {2018: ["Trần Văn Bình"], 2025: []}


def test_at_the_meeting_with_another_counterpart_is_another_meeting_of_the_day():
    text = (
        "Ngày 31/10/2025, bên lề Hội nghị APEC, Chủ tịch nước Lê Văn An đã gặp Thủ tướng Chile Pablo Rojas. "
        "Tại cuộc gặp Thủ tướng Peru Ana Soto, hai bên nhất trí thúc đẩy quan hệ được nâng cấp hồi tháng 11/2024."
    )
    meetings = [e for e in extract_article(text).events if e.type == "meeting"]
    assert sorted((e.date.iso(), tuple(p.name for p in e.participants)) for e in meetings) == [
        ("2025-10-31", ("Ana Soto",)),
        ("2025-10-31", ("Lê Văn An", "Pablo Rojas")),
    ]


def test_a_press_meeting_is_no_meeting():
    text = "Chủ tịch nước Lê Văn Hải và Tổng thống Chile Ana Soto tại cuộc gặp báo chí sau hội đàm, chiều 10/9/2031."
    assert "meeting" not in [e.type for e in extract_article(text).events]


def test_meeting_unnamed_ministries_is_no_meeting():
    text = "Ngày 20/10/2031, Thủ tướng Lê Văn Hải tiếp lãnh đạo một số bộ ngành, tập đoàn lớn của Chile."
    assert "meeting" not in [e.type for e in extract_article(text).events]


def test_an_upgrade_forecast_is_no_event():
    text = (
        "Giới quan sát đánh giá chuyến thăm Chile của Chủ tịch nước Lê Văn Hải ngày 5/12/2031 nhiều khả năng sẽ "
        "chứng kiến việc hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện."
    )
    assert "upgrade" not in [e.type for e in extract_article(text).events]


def test_sideline_meetings_of_a_summit_stay_apart_from_the_next_day_meetings():
    text = (
        "Cũng trong chiều 7-3-2031, Thủ tướng Lê Văn Hải đã gặp Chủ tịch Thượng viện Chile Ana Soto.\n"
        "Trước đó, Thủ tướng dự Hội nghị cấp cao ASEAN - Mercosur tại Lima từ ngày 4 đến 6-3. Bên lề hội nghị, Thủ "
        "tướng đã có cuộc gặp với Thủ tướng Peru Luis Vega."
    )
    meetings = [sorted(p.name for p in e.participants) for e in extract_article(text).events if e.type == "meeting"]
    assert sorted(meetings) == [["Ana Soto", "Lê Văn Hải"], ["Luis Vega", "Lê Văn Hải"]]


def test_one_honoured_at_a_mausoleum_is_no_party_to_the_meetings_after():
    text = (
        "Trong ngày làm việc thứ hai (13/12/2031), Tổng Bí thư, Chủ tịch Tập Cận Bình đặt vòng hoa và vào Lăng viếng "
        "Chủ tịch Hồ Chí Minh, sau đó lần lượt hội kiến Thủ tướng Lê Văn Hải và Chủ tịch Quốc hội Trần Văn Bình."
    )
    meetings = [{p.name for p in e.participants} for e in extract_article(text).events if e.type == "meeting"]
    assert meetings == [{"Tập Cận Bình", "Lê Văn Hải"}, {"Tập Cận Bình", "Trần Văn Bình"}]


def test_one_named_again_as_the_subject_of_the_next_clause_is_its_party():
    text = (
        "Chiều 9/11/2031, Tổng thống Chile Ana Soto hội đàm với ông Vega tại Santiago, cùng ngày ông Vega cũng "
        "hội kiến Thủ tướng Chile Pedro Ruiz. Tổng thống Peru Luis Vega thăm Chile từ ngày 8-10/11."
    )
    meetings = [{p.name for p in e.participants} for e in extract_article(text).events if e.type == "meeting"]
    assert meetings == [{"Luis Vega", "Pedro Ruiz"}]


def test_not_the_first_meeting_is_a_remark_not_a_meeting():
    text = (
        "Tổng thống Peru Luis Vega thăm Chile từ ngày 11-13/11/2031. "
        "Đây không phải lần đầu ông Vega gặp Tổng thống Chile Ana Soto."
    )
    assert "meeting" not in [e.type for e in extract_article(text, published="2031-11-12").events]


def test_a_meeting_first_planned_elsewhere_is_no_meeting():
    text = (
        "Cuộc gặp giữa Tổng thống Chile Ana Soto và Tổng thống Peru Luis Vega ban đầu dự kiến diễn ra tại Lima vào "
        "ngày 24/5/2031. Tuy nhiên, kế hoạch bị đảo lộn."
    )
    assert "meeting" not in [e.type for e in extract_article(text, published="2031-05-20").events]


def test_a_summit_someone_is_invited_to_is_no_attendance():
    text = "Ngày 28/3/2031, Tổng thống Chile Ana Soto mời Việt Nam tham dự Hội nghị thượng đỉnh APEC mà Chile đăng cai."
    assert "conference" not in [e.type for e in extract_article(text).events]


def test_talks_named_as_what_was_done_besides_are_the_talks_told_not_new_ones():
    text = (
        "Ngày 19/8/2031, Chủ tịch nước Lê Văn Hải hội đàm với Chủ tịch Trung Quốc Tập Cận Bình tại Bắc Kinh. "
        "Ngoài hội đàm, Chủ tịch nước Lê Văn Hải đã hội kiến Thủ tướng Quốc vụ viện Lý Cường và Chủ tịch Ủy ban "
        "Thường vụ Đại hội đại biểu nhân dân toàn quốc Triệu Lạc Tế."
    )
    assert [e.type for e in extract_article(text).events].count("talks") == 1


def test_an_official_interviewed_about_a_summit_is_not_in_it():
    text = (
        "Trả lời phỏng vấn báo chí về chuyến công tác, Thứ trưởng Bộ Ngoại giao Trần Minh Đức cho biết Hội nghị "
        "thượng đỉnh G7 năm nay được tổ chức tại Hiroshima từ ngày 19 đến 21/5/2033."
    )
    assert only(text).participants == []


def test_anniversaries_with_two_partners_told_at_two_meetings_are_two():
    text = (
        "Ngày 6/9/2031, bên lề Hội nghị Cấp cao ASEAN, Thủ tướng Lê Văn Hải gặp Thủ tướng Nhật Bản Sato Kenji và Thủ "
        "tướng Canada Jean Martin. Với Thủ tướng Sato Kenji, Thủ tướng Lê Văn Hải đề nghị hai bên phối hợp tổ chức tốt "
        "các hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao vào ngày 21/9 tới. Gặp Thủ tướng Jean Martin, Thủ "
        "tướng Lê Văn Hải nhấn mạnh năm nay hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao."
    )
    anniversaries = [e for e in extract_article(text).events if e.type == "anniversary"]
    assert sorted(tuple(e.countries) for e in anniversaries) == [("CA", "VN"), ("JP", "VN")]


def test_leaders_whose_greetings_are_conveyed_take_no_part_in_the_meeting():
    text = (
        "Chiều 24/10/2031, Thủ tướng Lê Văn Hải dự Hội nghị cấp cao tại Lima. Bên lề Hội nghị, Thủ tướng đã gặp "
        "Tổng thống Chile Ana Soto và Tổng thống Peru Luis Vega. Tại cuộc gặp với Tổng thống Ana Soto, Thủ tướng Lê "
        "Văn Hải chuyển lời thăm hỏi của Tổng Bí thư Trần Minh Đức và Chủ tịch nước Lê Thành Nam; chúc mừng Chile."
    )
    met = [sorted(p.name for p in e.participants) for e in extract_article(text).events if e.type == "meeting"]
    assert ["Ana Soto", "Lê Văn Hải"] in met and not any("Trần Minh Đức" in names for names in met)


def test_one_who_says_how_glad_they_are_is_not_reporting_what_others_did():
    text = (
        "Ngày 24/10/2031, Thủ tướng Lê Văn Hải dự Hội nghị cấp cao tại Lima. Tổng thống Chile Ana Soto bày tỏ vui mừng "
        "gặp lại Thủ tướng Lê Văn Hải và nhắc lại chuyến thăm cấp Nhà nước tới Việt Nam hồi tháng 6/2031."
    )
    visit = next(e for e in extract_article(text).events if e.type == "visit")
    assert "Ana Soto" in [p.name for p in visit.participants]


def test_a_visits_destination_is_no_arrival_of_its_own():
    text = (
        "Ngày 24/10/2031, Tổng thống Chile Ana Soto nhắc lại những ấn tượng tốt đẹp trong chuyến thăm cấp Nhà nước tới "
        "Việt Nam ngày 19-20/6/2031."
    )
    visits = [(e.date.iso(), e.date.iso("end")) for e in extract_article(text).events if e.type == "visit"]
    assert visits == [("2031-06-19", "2031-06-20")]
