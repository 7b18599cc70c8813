"""A visit's days from what else the article writes of it: its span told apart, its length, the occasion it is
of an activity's day (extraction/visit_days.py and the occasion rule of extraction/events.py)."""

from extraction import extract_article


def visits(text, published=None):
    return [
        (e.date.iso("start"), e.date.iso("end"), e.date.precision)
        for e in extract_article(text, published=published).events
        if e.type == "visit"
    ]


def test_a_visit_named_as_the_occasion_of_a_dated_meeting_is_of_that_month_not_of_that_day():
    text = (
        "Chiều 3/6, trong khuôn khổ chuyến thăm chính thức Brazil, Chủ tịch Quốc hội Lê Văn Bình đã hội kiến "
        "Tổng thống Brazil Paulo Souza tại Brasilia."
    )
    assert visits(text, published="2025-06-03") == [("2025-06", "2025-06", "month")]


def test_a_span_the_article_writes_in_a_sentence_of_its_own_is_the_visits():
    text = (
        "Sáng 8/3, nhân dịp thăm chính thức Hà Lan, Thủ tướng Lê Văn Hải đã gặp Thủ tướng Hà Lan Jan de Vries. "
        "Chuyến thăm diễn ra từ ngày 7 đến 9/3."
    )
    assert visits(text, published="2025-03-08") == [("2025-03-07", "2025-03-09", "day")]


def test_a_span_sentence_is_no_visit_where_the_article_tells_two_it_may_be():
    text = (
        "Sáng 8/3, nhân dịp thăm chính thức Hà Lan, Thủ tướng Lê Văn Hải đã gặp Thủ tướng Hà Lan Jan de Vries. "
        "Cùng tháng, Bộ trưởng Ngoại giao Bỉ Marc Peeters thăm Việt Nam. "
        "Chuyến thăm diễn ra từ ngày 7 đến 9/3."
    )
    assert visits(text, published="2025-03-08") == [("2025-03", "2025-03", "month")] * 2


def test_a_visit_begun_on_a_day_lasts_the_days_its_sentence_counts():
    text = (
        "Tối 2/9, Tổng thống Ba Lan Jan Nowak đã tới Hà Nội, bắt đầu chuyến thăm cấp Nhà nước Việt Nam kéo dài "
        "ba ngày theo lời mời của Chủ tịch nước Lê Văn An."
    )
    assert visits(text, published="2025-09-02") == [("2025-09-02", "2025-09-04", "day")]


def test_the_length_of_a_visit_does_not_stretch_a_day_inside_it():
    text = (
        "Ngày 5/9, trong chuyến thăm ba ngày tới Ba Lan, Chủ tịch nước Lê Văn An đã hội đàm với Tổng thống "
        "Ba Lan Jan Nowak."
    )
    assert visits(text, published="2025-09-05") == [("2025-09", "2025-09", "month")]


def test_the_same_month_is_the_month_of_the_day_written_before_not_that_day():
    text = (
        "Ngày 12/4/2025, Thủ tướng Lê Văn Hải hội đàm với Thủ tướng Hà Lan Jan de Vries tại Hà Nội. "
        "Cùng tháng, Bộ trưởng Ngoại giao Bỉ Marc Peeters thăm Việt Nam."
    )
    assert visits(text) == [("2025-04", "2025-04", "month")]


def test_the_next_leg_of_a_journey_is_not_of_the_news_day():
    text = (
        "Ngày 4/6/2025, tại Hà Nội, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Chile Ana Soto. "
        "Sau Việt Nam, Tổng thống Ana Soto sẽ thăm Nhật Bản."
    )
    assert visits(text) == [("2025-06", "2025-06", "month")]


def test_what_a_clause_of_the_visit_tells_is_of_its_days_not_of_the_day_it_ended():
    text = (
        "Chiều 6/2/2025, Thủ tướng Lê Văn Hải rời Lima, kết thúc chuyến thăm chính thức Peru từ ngày 3-6/2, "
        "trong đó hai nước đã ký Hiệp định hợp tác nông nghiệp."
    )
    (signing,) = [e for e in extract_article(text).events if e.type == "signing"]
    assert signing.date.precision == "month" and signing.date.iso() != "2025-02-06"


def test_the_end_of_a_visit_told_apart_is_that_visit_not_another():
    text = (
        "Ngày 3/2/2025, Thủ tướng Lê Văn Hải bắt đầu chuyến thăm chính thức Peru. "
        "Ngày 5/2, Thủ tướng Lê Văn Hải kết thúc chuyến thăm Peru và lên đường thăm Chile."
    )
    peru = [e for e in extract_article(text).events if e.type == "visit" and e.host == "PE"]
    assert [(e.date.iso("start"), e.date.iso("end")) for e in peru] == [("2025-02-03", "2025-02-05")]


def test_an_occasion_told_on_its_last_day_with_its_length_spans_those_days():
    left = "Thủ tướng Lê Văn Hải rời Lima tối 16/11, sau ba ngày dự Hội nghị Cấp cao APEC lần thứ 40."
    closed = (
        "Chiều 20/4, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 70 do Ngoại trưởng Peru Ana Soto chủ trì bế mạc sau "
        "năm ngày làm việc tại Lima."
    )
    spans = [
        [(e.date.iso("start"), e.date.iso("end")) for e in extract_article(text, published="2032-11-17").events]
        for text in (left, closed)
    ]
    assert spans == [[("2032-11-14", "2032-11-16")], [("2032-04-16", "2032-04-20")]]


def test_the_day_a_visit_of_written_days_ends_is_no_visit_of_its_own():
    text = (
        "Trưa 27/9/2025, Chủ tịch nước Lê Văn An rời Santiago, kết thúc chuyến thăm cấp Nhà nước Chile.\n"
        "Chuyến thăm diễn ra từ ngày 25-27/9/2025 theo lời mời của Tổng thống Chile Ana Soto."
    )
    assert visits(text) == [("2025-09-25", "2025-09-27", "day")]


def test_the_days_of_the_leg_just_ended_are_not_the_next_legs():
    text = (
        "Chủ tịch nước Lê Văn An tới Lima chiều 12/11/2024 theo giờ địa phương, bắt đầu thăm chính thức Peru, sau "
        "khi kết thúc chuyến thăm chính thức Chile từ ngày 9 - 12/11."
    )
    assert sorted(visits(text)) == [("2024-11-09", "2024-11-12", "day"), ("2024-11-12", "2024-11-12", "day")]


def test_the_day_a_visit_ends_is_no_visit_of_its_own_when_its_span_is_told_with_only_the_host():
    text = (
        "Trưa 27/9/2025, Chủ tịch nước Lê Văn An rời Santiago, kết thúc chuyến thăm cấp Nhà nước Chile.\n"
        "Chuyến thăm diễn ra từ ngày 25-27/9/2025 theo lời mời của Tổng thống Cộng hòa Chile, Chủ tịch Đảng Xã hội "
        "Chile Ana Soto."
    )
    assert visits(text) == [("2025-09-25", "2025-09-27", "day")]


def test_a_trip_to_countries_listed_after_one_visit_word_is_a_visit_to_each_in_the_trip_s_month():
    text = "Sáng 9/3/2031, Chủ tịch nước Lê Văn An lên đường thăm chính thức Peru, Chile và Argentina từ ngày 9-15/3."
    article = extract_article(text)
    assert sorted((e.place, e.date.iso(), e.date.iso("end")) for e in article.events if e.type == "visit") == [
        ("Argentina", "2031-03", "2031-03"),
        ("Chile", "2031-03", "2031-03"),
        ("Peru", "2031-03", "2031-03"),
    ]


def test_the_leg_a_trip_ends_before_the_days_told_is_not_one_of_them():
    text = (
        "Kết thúc chuyến thăm Triều Tiên, Tổng thống Chile Ana Soto sẽ tới Hà Nội, bắt đầu chuyến thăm cấp nhà nước "
        "Việt Nam từ ngày 19-20/6 theo lời mời của Chủ tịch nước Lê Văn An."
    )
    assert ("2031-06-19", "2031-06-20", "day") in visits(text, published="2031-06-18")


def test_a_visit_combined_with_a_summit_is_of_its_month_not_of_the_summit_s_days():
    text = (
        "Sau Bali, Tổng thống Chile Ana Soto sẽ tới Bangkok dự Hội nghị các nhà lãnh đạo kinh tế APEC ngày 18 và "
        "19-11, kết hợp thăm chính thức Thái Lan."
    )
    assert visits(text, published="2031-11-16") == [("2031-11", "2031-11", "month")]


def test_a_visit_ended_on_a_day_told_with_its_length_is_of_that_many_days_to_it():
    text = (
        "Tổng thống Chile Ana Soto hôm qua (17.9) đã rời Vladivostok, kết thúc chuyến thăm Nga kéo dài 6 ngày với "
        "nhiều điểm dừng."
    )
    assert visits(text, published="2031-09-18") == [("2031-09-12", "2031-09-17", "day")]


def test_a_journey_s_days_are_not_the_visit_s_when_the_visit_is_told_with_its_own():
    text = (
        "Chiều 8/3/2031, Thủ tướng Lê Văn An rời Lima, kết thúc chuyến công tác dự Hội nghị Cấp cao đặc biệt ASEAN - "
        "Peru và thăm chính thức Peru từ ngày 4 - 8/3/2031. "
        "Chuyến thăm chính thức Peru diễn ra từ ngày 6 - 8/3, ngay sau Hội nghị."
    )
    assert visits(text, published="2031-03-09") == [("2031-03-06", "2031-03-08", "day")]


def test_a_visit_told_only_by_the_day_it_ended_or_at_one_of_its_events_is_of_its_month():
    ended = "Sáng nay (24/6), Tổng thống Chile Ana Soto rời Hà Nội, kết thúc tốt đẹp chuyến thăm cấp Nhà nước Việt Nam."
    assert visits(ended, published="2031-06-24") == [("2031-06", "2031-06", "month")]
    at_the_talks = (
        "Chiều 23/6/2031, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Chile Ana Soto. Tại cuộc hội đàm, Chủ tịch "
        "nước nhiệt liệt chào mừng Tổng thống Ana Soto thăm cấp Nhà nước Việt Nam."
    )
    assert visits(at_the_talks) == [("2031-06", "2031-06", "month")]


def test_a_visit_after_a_summit_s_days_and_a_visit_closed_with_its_length():
    after_summit = (
        "Trước khi tới Chile, Chủ tịch Trung Quốc Tập Cận Bình đã dự Hội nghị các nhà lãnh đạo kinh tế APEC tại Lima "
        "(Peru) từ ngày 15-16/11 và thăm cấp Nhà nước Peru."
    )
    assert visits(after_summit, published="2031-11-20") == [("2031-11", "2031-11", "month")]
    closed = (
        "Khép lại chuyến thăm cấp nhà nước 3 ngày tới Peru, Tổng thống Chile Ana Soto và Tổng thống Peru Luis Vega "
        "hôm qua (10-7) đã ký tuyên bố chung."
    )
    assert visits(closed, published="2031-07-11") == [("2031-07-08", "2031-07-10", "day")]


def test_a_visit_told_by_its_length_then_the_day_it_begins_lasts_that_many_days():
    text = (
        "Nhận lời mời của Chủ tịch nước Lê Văn Bình, Tổng thống Chile Ana Soto sẽ thăm cấp Nhà nước Việt Nam trong "
        "ba ngày, bắt đầu từ thứ Năm tuần tới (11/1)."
    )
    assert visits(text, published="2024-01-05") == [("2024-01-11", "2024-01-13", "day")]


def test_a_visit_a_day_opens_lasts_the_length_it_is_told():
    text = "Thủ tướng Nhật Bản Sato Ken tới Hawaii hôm 26/12/2016, mở đầu chuyến thăm kéo dài hai ngày."
    assert visits(text) == [("2016-12-26", "2016-12-27", "day")]


def test_the_day_a_tour_of_several_countries_ends_is_no_visit_of_that_day():
    text = (
        "Ngày 10/5/2024, Chủ tịch Trung Quốc Lý Minh rời Budapest, kết thúc chuyến công du tới Pháp, Serbia và Hungary."
    )
    assert all(precision != "day" for _, _, precision in visits(text))


def test_a_visit_ended_by_its_traveller_is_not_another_s_one_day_trip():
    text = (
        "Tổng thống Chile Ana Soto thăm cấp Nhà nước Peru từ ngày 20/3/2023. Theo chương trình, Tổng thống Ana Soto "
        "sẽ rời Lima vào ngày 22/3, kết thúc chuyến thăm. Cũng trong ngày 21/3, Thủ tướng Ecuador Luis Mora đã có "
        "chuyến thăm không báo trước tới Bogotá."
    )
    visits = {e.participants[0].name: (e.date.iso(), e.date.iso("end")) for e in extract_article(text).events}
    assert visits == {"Ana Soto": ("2023-03-20", "2023-03-22"), "Luis Mora": ("2023-03-21", "2023-03-21")}


def test_the_days_of_what_came_just_before_the_visit_are_not_its_span():
    text = (
        "Ngày 20/11/2031, Tổng thống Brazil Pedro Lima hội đàm với Chủ tịch Chile Ana Soto, đang thăm cấp nhà nước "
        "Brazil. Chuyến thăm diễn ra ngay sau khi hai nhà lãnh đạo cùng dự Hội nghị thượng đỉnh Nhóm X tại Rio trong "
        "hai ngày 18 và 19-11."
    )
    visit = next(e for e in extract_article(text).events if e.type == "visit")
    assert visit.date.iso("start") == "2031-11"


def test_a_visit_dated_by_its_arrival_spans_the_activities_of_the_days_after():
    text = (
        "Tổng thống Chile Ana Soto đặt chân đến sân bay Nội Bài tối 29/1/2031, bắt đầu chuyến thăm cấp nhà nước "
        "Việt Nam.\nSáng 30/1, Chủ tịch nước Lê Văn Hải hội đàm với Tổng thống Ana Soto tại Hà Nội."
    )
    visits = [(e.date.iso("start"), e.date.iso("end")) for e in extract_article(text).events if e.type == "visit"]
    assert visits == [("2031-01-29", "2031-01-30")]


def test_an_upgrade_told_with_the_departure_is_of_the_visits_days_not_the_departures():
    text = (
        "Chiều tối 14-3, Tổng thống Chile Ana Soto rời Lima, kết thúc chuyến thăm cấp nhà nước hai ngày tới Peru "
        "với dấu mốc quan trọng: hai nước chính thức nâng cấp quan hệ lên Đối tác chiến lược. "
        "Chuyến thăm ngày 13 và 14-3 của bà Ana Soto diễn ra với lịch trình dày đặc."
    )
    upgrades = [
        (e.date.iso(), e.date.iso("end"))
        for e in extract_article(text, published="2031-03-15").events
        if e.type == "upgrade"
    ]
    assert upgrades == [("2031-03", "2031-03")]


def test_a_visit_of_hours_is_of_the_day_of_what_was_done_in_it():
    text = (
        "Thủ tướng Chile Ana Soto ngày 4/11/2031 đã hội kiến Chủ tịch Peru Carlos Rivera tại Lima, trong chuyến thăm "
        "kéo dài chưa đầy 12 giờ, cũng là chuyến thăm đầu tiên của bà tới Peru."
    )
    assert visits(text) == [("2031-11-04", "2031-11-04", "day")]


def test_a_visit_begun_on_the_same_day_keeps_the_days_its_sentence_writes():
    text = (
        "Sáng nay (11-7), ngay sau lễ đón chính thức, Chủ tịch nước Lê Văn Hải đã hội đàm với Tổng thống Chile Ana "
        "Soto. Chủ tịch nước Lê Văn Hải tới Santiago sáng cùng ngày, bắt đầu chuyến thăm cấp Nhà nước Chile từ ngày 11 "
        "đến 12-7."
    )
    assert visits(text, published="2031-07-11") == [("2031-07-11", "2031-07-12", "day")]


def test_a_place_visited_within_a_visit_is_no_visit_of_its_own():
    text = (
        "Tổng thống Chile Ana Soto tới Lima tối 15/11, mở đầu chuyến thăm Peru kéo dài 4 ngày. Sáng nay, bà Ana Soto "
        "hội đàm với Tổng thống Peru Carlos Rivera. Chiều nay, bà Ana Soto dự kiến thăm Machu Picchu và hội kiến Chủ "
        "tịch Quốc hội Peru Luis Vega."
    )
    visits = [e for e in extract_article(text, published="2031-11-17").events if e.type == "visit"]
    assert [(e.date.iso("start"), e.date.iso("end")) for e in visits] == [("2031-11-15", "2031-11-18")]


def test_a_visit_ended_by_an_arrival_elsewhere_is_of_its_month_not_of_the_arrival_s_day():
    text = (
        "Tổng thống Chile Ana Soto thăm cấp Nhà nước Việt Nam từ ngày 27-29/3/2031. Tối 27/3, Tổng thống Chile đã tới "
        "sân bay quốc tế Nội Bài, kết thúc chuyến thăm Nhật Bản trước đó."
    )
    visits = {e.place: e.date for e in extract_article(text).events if e.type == "visit"}
    assert visits["Nhật Bản"].precision == "month"


def test_a_visit_begun_on_the_day_of_the_news_lasts_until_the_day_a_later_sentence_writes():
    text = (
        "Hôm nay (30.9), Chủ tịch nước Lê Văn An đã đến Santiago, bắt đầu chuyến thăm cấp Nhà nước Chile theo lời mời "
        "của Tổng thống Ana Soto. Chuyến thăm kéo dài đến hết ngày 1.10, là chặng đầu tiên trong chuyến công du của "
        "Chủ tịch nước."
    )
    assert visits(text, published="2031-09-30") == [("2031-09-30", "2031-10-01", "day")]


def test_a_visit_named_in_the_opening_as_the_programme_of_a_later_clause_s_meeting_is_of_its_month():
    text = (
        "Trong chương trình thăm cấp Nhà nước Chile, hôm qua (1/10), tại Santiago, Chủ tịch nước Lê Văn An đã hội kiến "
        "Thủ tướng Chile Juan Pérez."
    )
    assert visits(text, published="2031-10-02") == [("2031-10", "2031-10", "month")]


def test_a_visit_told_only_by_the_day_it_ended_is_of_that_month_not_of_one_day():
    text = (
        "Chiều 1/10, kết thúc tốt đẹp chuyến thăm cấp Nhà nước Chile, Chủ tịch nước Lê Văn An và đoàn đại biểu cấp "
        "cao Việt Nam đã rời Santiago."
    )
    assert visits(text, published="2031-10-02") == [("2031-10", "2031-10", "month")]


def test_a_visit_lasts_until_the_day_written_even_when_the_sentence_lists_the_trip_s_other_legs():
    text = (
        "Hôm nay (30.9), Chủ tịch nước Lê Văn An đã đến Santiago, bắt đầu chuyến thăm cấp Nhà nước Chile. Chuyến thăm "
        "kéo dài đến hết ngày 1.10, là chặng đầu tiên trong chuyến công du của Chủ tịch nước, gồm thăm cấp Nhà nước "
        "Chile, thăm chính thức Peru và thăm chính thức Ecuador."
    )
    assert visits(text, published="2031-09-30") == [("2031-09-30", "2031-10-01", "day")]


def test_talks_planned_on_a_visit_begun_the_day_its_visitor_leaves_elsewhere_are_of_its_month():
    text = (
        "Ngày 14/4/2031, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera tại Lima. Theo kế hoạch, "
        "rời Lima ngày 15/4, Tổng thống Ana Soto sẽ tới Quito, bắt đầu chuyến thăm Ecuador và hội đàm với Tổng thống "
        "Ecuador Luis Ramos."
    )
    talks = [e for e in extract_article(text, published="2031-04-14").events if e.type == "talks"]
    assert sorted((e.date.iso(), e.date.precision) for e in talks) == [("2031-04", "month"), ("2031-04-14", "day")]


def test_the_nth_day_of_a_visit_tells_the_days_before_it_were_the_visits():
    text = (
        "Trong ngày làm việc thứ hai của chuyến thăm cấp Nhà nước tới Chile (13/3), Tổng thống Peru Carlos Rivera đã "
        "hội đàm với Tổng thống Chile Ana Soto."
    )
    assert visits(text, published="2031-03-13") == [("2031-03-12", "2031-03-13", "day")]


def test_the_next_leg_told_without_its_days_takes_the_month_not_the_days_of_the_leg_before():
    text = (
        "Tổng thống Chile Ana Soto thăm chính thức Peru từ ngày 10 đến 12/3/2031. Sau đó, bà tiếp tục tới Ecuador để "
        "thăm cấp nhà nước."
    )
    assert sorted(visits(text, published="2031-03-10")) == [
        ("2031-03", "2031-03", "month"),
        ("2031-03-10", "2031-03-12", "day"),
    ]


def test_talks_held_within_a_visit_on_a_day_written_after_them_are_of_that_day():
    text = (
        "Tổng thống Chile Ana Soto đã thăm Peru từ ngày 20 đến 22.5.2031, trong đó có cuộc hội đàm với Tổng thống "
        "Carlos Rivera tại Lima hôm 21.5."
    )
    talks = next(e for e in extract_article(text, published="2031-05-24").events if e.type == "talks")
    assert (talks.date.iso(), talks.date.precision) == ("2031-05-21", "day")


def test_the_legs_before_and_after_named_in_passing_take_neither_the_visits_days_nor_the_news_day():
    text = (
        "Tổng thống Chile Ana Soto thăm chính thức Peru từ ngày 8 đến 11/5/2031. Bà cho biết các kết quả đạt được tại "
        "Lima cùng chuyến thăm Ecuador trước đó và Bolivia sắp tới sẽ góp phần củng cố quan hệ khu vực."
    )
    assert visits(text, published="2031-05-11") == [("2031-05-08", "2031-05-11", "day")]


def test_another_leaders_visit_told_as_the_time_of_this_one_is_a_visit_of_its_own():
    text = (
        "Tổng thống Chile Ana Soto hôm nay 21.3.2031 bất ngờ tới thủ đô Lima và hội đàm với Tổng thống Peru Carlos "
        "Rivera. Chuyến thăm của Tổng thống Chile diễn ra đúng thời điểm Tổng thống Ecuador Luis Vega đang có chuyến "
        "thăm cấp nhà nước Bolivia từ ngày 20 đến 22.3."
    )
    events = extract_article(text, published="2031-03-21").events
    vega = [e for e in events if e.type == "visit" and any(p.name == "Luis Vega" for p in e.participants)]
    assert [[p.name for p in e.participants] for e in vega] == [["Luis Vega"]]


def test_a_visit_ended_to_go_on_to_another_country_is_of_the_country_left():
    text = (
        "Tổng thống Chile Ana Soto thăm cấp nhà nước Việt Nam từ ngày 25 đến 27/5/2031. Chiều cùng ngày, bà rời Hà "
        "Nội, kết thúc chuyến thăm cấp Nhà nước từ 25 đến 27/5, để tiếp tục hành trình tới Indonesia."
    )
    places = {e.place for e in extract_article(text, published="2031-05-27").events if e.type == "visit"}
    assert places == {"Việt Nam"}


def test_a_visit_from_a_day_whose_end_is_told_nowhere_is_of_its_month():
    text = (
        "Ngày 21/3/2031, Tổng thống Chile Ana Soto tới Lima. Trước đó, bà Soto thăm Quito từ ngày 20.3 và hội đàm với "
        "Tổng thống Ecuador Luis Vega trong ngày đầu tiên."
    )
    assert visits(text, published="2031-03-21") == [("2031-03", "2031-03", "month")]


def test_a_sentence_opening_with_the_day_it_came_to_dates_the_visit_to_that_day():
    text = "Đến ngày 10-10-2031, Tổng thống Peru Carlos Rivera thăm Istanbul, dự Đại hội Năng lượng thế giới."
    assert visits(text, published="2031-12-20") == [("2031-10-10", "2031-10-10", "day")]


def test_a_visit_ended_on_one_day_written_and_begun_on_another_is_of_both_and_the_days_between():
    text = (
        "Tổng thống Chile Ana Soto rời Lima chiều 22/9/2031, kết thúc chuyến thăm cấp nhà nước Peru bắt đầu từ ngày "
        "20/9."
    )
    assert visits(text, published="2031-09-23") == [("2031-09-20", "2031-09-22", "day")]


def test_a_visit_of_three_days_closed_yesterday_is_of_the_three_days_to_yesterday():
    text = "Chuyến thăm 3 ngày tới Peru của Tổng thống Chile Ana Soto, khép lại tại Lima hôm qua, được đánh giá cao."
    assert visits(text, published="2031-09-23") == [("2031-09-20", "2031-09-22", "day")]


def test_a_visit_closed_by_leaving_for_the_next_leg_is_neither_at_the_next_place_nor_the_next_legs_visit():
    text = (
        "Tổng thống Peru Luis Vega sáng nay hội kiến Thủ tướng Chile Pedro Díaz rồi lên đường tới Quito, khép lại "
        "chuyến thăm ba ngày. Chuyến thăm cấp nhà nước của ông Vega kéo dài từ ngày 8 đến 10/11. Sau đó, ông Vega "
        "sẽ thăm cấp nhà nước Ecuador từ ngày 11 đến 12/11 theo lời mời của Tổng thống Ecuador Ana Soto."
    )
    found = [
        (e.date.iso("start"), e.date.iso("end"), e.place)
        for e in extract_article(text, published="2031-11-10").events
        if e.type == "visit"
    ]
    assert sorted(found) == [("2031-11-08", "2031-11-10", None), ("2031-11-11", "2031-11-12", "Ecuador")]
