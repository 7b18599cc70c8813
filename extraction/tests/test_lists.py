"""Lists are not collapsed: envoys of several countries received together, messages sent by several
leaders to several counterparts in clauses of one sentence, and a summary line that names nobody."""

from datetime import date

from extraction import extract_article


def of_type(text, kind, published="2022-03-09"):
    return [e for e in extract_article(text, published=published).events if e.type == kind]


def test_envoys_of_listed_countries_are_one_meeting_each():
    meetings = of_type(
        "Sáng 9/3, Chủ tịch nước Lê Văn An tiếp Đại sứ các nước Chile, Peru, Ba Lan và Bỉ tới trình Quốc thư.",
        "meeting",
    )
    assert sorted(tuple(m.countries) for m in meetings) == [("BE", "VN"), ("CL", "VN"), ("PE", "VN"), ("PL", "VN")]
    assert all(m.participants[0].name == "Lê Văn An" for m in meetings)


def test_listed_envoys_present_their_credentials_to_the_head_of_state_not_the_other_way_round():
    text = "Sáng 9/3, Chủ tịch nước Lê Văn An tiếp các Đại sứ Chile và Peru đến trình Quốc thư."
    assert sorted(m.title for m in of_type(text, "meeting")) == [
        "Đại sứ Chile trình Quốc thư lên Chủ tịch nước Lê Văn An",
        "Đại sứ Peru trình Quốc thư lên Chủ tịch nước Lê Văn An",
    ]


def test_a_later_sentence_about_one_envoy_joins_that_countrys_meeting():
    text = (
        "Sáng 9/3, Chủ tịch nước Lê Văn An tiếp Đại sứ các nước Chile và Peru tới trình Quốc thư. "
        "Tiếp Đại sứ Chile Pablo Rojas, Chủ tịch nước Lê Văn An chúc mừng ông."
    )
    meetings = of_type(text, "meeting")
    assert len(meetings) == 2
    chile = next(m for m in meetings if "CL" in m.countries)
    assert {p.name for p in chile.participants} == {"Lê Văn An", "Pablo Rojas"}


def test_one_envoy_is_one_meeting():
    meetings = of_type("Sáng 9/3, Chủ tịch nước Lê Văn An tiếp Đại sứ Chile Pablo Rojas.", "meeting")
    assert len(meetings) == 1


def test_messages_in_clauses_split_by_semicolons_are_one_each_with_their_own_people():
    text = (
        "Việt Nam gửi điện chia buồn tới Chile. "
        "Ngày 9/3/2022, Chủ tịch nước Lê Văn An gửi điện chia buồn tới Tổng thống Chile Ana Soto; "
        "Chủ tịch Quốc hội Trần Minh Đức gửi điện chia buồn tới Chủ tịch Thượng viện Chile Luis Vera."
    )
    messages = of_type(text, "message")
    assert sorted(sorted(p.name for p in m.participants) for m in messages) == [
        ["Ana Soto", "Lê Văn An"],
        ["Luis Vera", "Trần Minh Đức"],
    ]


def test_one_leader_meeting_two_counterparts_in_one_sentence_is_two_meetings():
    text = (
        "Ngày 9/3/2022, Thủ tướng Lê Minh Tâm tiếp Đại sứ Chile Pablo Rojas, "
        "hội kiến Chủ tịch Thượng viện Peru Luis Vera."
    )
    meetings = of_type(text, "meeting")
    assert len(meetings) == 2


def people(event) -> set[str]:
    return {p.name for p in event.participants}


def test_office_holders_met_in_turn_are_one_meeting_each_with_the_visitor():
    text = (
        "Trong thời gian ở Hà Nội ngày 9/3, Thủ tướng Lào Khamphet Vongsa sẽ hội kiến Tổng Bí thư Lê Văn An, "
        "Chủ tịch nước Trần Văn Bình và Chủ tịch Quốc hội Ngô Thị Cúc."
    )
    meetings = of_type(text, "meeting")
    assert sorted(map(frozenset, map(people, meetings))) == sorted(
        frozenset({"Khamphet Vongsa", other}) for other in ("Lê Văn An", "Trần Văn Bình", "Ngô Thị Cúc")
    )


def test_two_named_under_one_office_are_met_together_and_those_met_unnamed_end_no_list():
    text = (
        "Chiều 9/3/2011 tại Washington, Thủ tướng Lê Văn An đã gặp Thượng nghị sĩ Hoa Kỳ Ethan Ross và Paul "
        "Meyer cùng một số thượng nghị sĩ của các ủy ban đối ngoại, Chủ tịch Hạ viện Clara Holt và Bộ trưởng "
        "Thương mại Omar Reyes."
    )
    assert sorted(map(frozenset, map(people, of_type(text, "meeting")))) == sorted(
        frozenset({"Lê Văn An", *others}) for others in [("Ethan Ross", "Paul Meyer"), ("Clara Holt",), ("Omar Reyes",)]
    )


def test_talks_with_the_holders_of_the_visitors_office_and_meetings_with_the_others():
    text = (
        "Ngày 9/3, Tổng Bí thư, Chủ tịch nước Lào Khamphet Vongsa đã có các cuộc hội đàm, hội kiến với "
        "Tổng Bí thư Lê Văn An, Chủ tịch nước Trần Văn Bình, Thủ tướng Chính phủ Đỗ Văn Dũng."
    )
    talks, meetings = of_type(text, "talks"), of_type(text, "meeting")
    assert sorted(map(frozenset, map(people, talks))) == sorted(
        [frozenset({"Khamphet Vongsa", "Lê Văn An"}), frozenset({"Khamphet Vongsa", "Trần Văn Bình"})]
    )
    assert [people(m) for m in meetings] == [{"Khamphet Vongsa", "Đỗ Văn Dũng"}]


def test_a_clause_that_goes_on_after_the_list_is_not_read_as_more_meetings():
    text = (
        "Ngày 9/3, Thủ tướng Lào Khamphet Vongsa hội kiến Chủ tịch Quốc hội Ngô Thị Cúc, "
        "dự chiêu đãi trọng thể của Thủ tướng Đỗ Văn Dũng."
    )
    assert [people(m) for m in of_type(text, "meeting")] != [{"Khamphet Vongsa", "Đỗ Văn Dũng"}]
    assert len(of_type(text, "meeting")) == 1


def test_credentials_received_from_listed_envoys_are_one_meeting_each():
    text = "Hôm qua (8/3), Chủ tịch nước Lê Văn An đã nhận Quốc thư của Đại sứ các nước Chile và Bỉ."
    meetings = of_type(text, "meeting")
    assert sorted(tuple(m.countries) for m in meetings) == [("BE", "VN"), ("CL", "VN")]
    assert all(m.date.iso() == "2022-03-08" for m in meetings)


def test_a_presentation_of_credentials_is_titled_as_one():
    text = "Ngày 8/3/2022, Đại sứ Lê Thu Hà trình Quốc thư lên Quốc vương Thái Lan Maha Vajiralongkorn."
    (meeting,) = of_type(text, "meeting")
    assert "trình Quốc thư lên" in meeting.title and meeting.title.endswith("Maha Vajiralongkorn")
    received = of_type(
        "Hôm qua (8/3), Chủ tịch nước Lê Văn An đã nhận Quốc thư của Đại sứ Chile Pablo Rojas.", "meeting"
    )
    assert [m.title for m in received] == ["Chủ tịch nước Lê Văn An nhận Quốc thư của Đại sứ Chile Pablo Rojas"]


def test_envoys_listed_without_a_name_are_titled_by_their_countries():
    text = (
        "Ngày 8/3/2022, Đại sứ Lê Thu Hà trình Quốc thư lên Nhà vua Nhật Bản Naruhito.\n"
        "Cùng ngày trình Quốc thư có Đại sứ các nước Lào và Canada."
    )
    titles = sorted(m.title for m in of_type(text, "meeting") if "VN" not in m.countries)
    assert titles == ["Đại sứ Canada trình Quốc thư", "Đại sứ Lào trình Quốc thư"]


def test_visits_in_years_listed_are_one_visit_each():
    text = "Tổng thống Peru Carlos Rivera từng thăm Việt Nam vào các năm 2013 và 2018."
    assert sorted(e.date.iso() for e in of_type(text, "visit")) == ["2013", "2018"]
    assert [
        e.date.iso() for e in of_type("Trong những năm 1990, Tổng thống Peru Carlos Rivera thăm Việt Nam.", "visit")
    ] != ["1990"]


def test_two_visits_of_one_sentence_each_keep_their_own_traveller():
    text = "Chủ tịch nước Lê Văn An thăm Peru năm 2019, Thủ tướng Trần Văn Bình thăm Peru tháng 1/2022."
    assert sorted((e.date.iso(), [p.name for p in e.participants]) for e in of_type(text, "visit")) == [
        ("2019", ["Lê Văn An"]),
        ("2022-01", ["Trần Văn Bình"]),
    ]


def test_envoys_received_in_turn_each_on_the_day_written_with_them():
    text = (
        "Trong tháng 4/2024, Thứ trưởng Ngoại giao Lê Văn Hải lần lượt tiếp Đại sứ Pháp Jean Morel (ngày 2/4), "
        "Đại sứ Đức Hans Weber (ngày 9/4) và Đại sứ Peru Luis Gomez (ngày 16/4)."
    )
    met = sorted((m.date.iso(), m.participants[-1].name) for m in of_type(text, "meeting", published="2024-04-20"))
    assert met == [("2024-04-02", "Jean Morel"), ("2024-04-09", "Hans Weber"), ("2024-04-16", "Luis Gomez")]


def test_a_reception_recalled_by_its_opening_phrase_takes_no_date_of_the_words_reported():
    text = (
        "Sáng 9/3/2025, Chủ tịch nước Lê Văn An tiếp Đại sứ các nước Chile và Peru tới trình Quốc thư. "
        "Tiếp Đại sứ Chile Pablo Rojas, Chủ tịch nước nhắc lại hai nước thiết lập quan hệ ngoại giao năm 1971."
    )
    meetings = of_type(text, "meeting", published="2025-03-09")
    assert sorted((m.date.iso(), tuple(m.countries)) for m in meetings) == [
        ("2025-03-09", ("CL", "VN")),
        ("2025-03-09", ("PE", "VN")),
    ]


def test_a_list_of_leaders_met_in_turn_goes_on_past_a_regnal_number():
    text = (
        "Ngày 8/4/2021, Thủ tướng Lê Minh Tâm đã có các cuộc gặp song phương với Tổng thống Peru Carlos Rivera III, "
        "Thủ tướng Canada Paul Martin và Tổng thống Chile Ana Soto."
    )
    meetings = [e for e in extract_article(text).events if e.type == "meeting"]
    assert len(meetings) == 3


def test_leaders_met_in_turn_under_long_offices_and_a_body_named_in_an_office_is_no_conference():
    text = (
        "Ngày 8/4/2031, Thủ tướng Lê Minh Tâm đã lần lượt hội kiến Chủ tịch nước Tập Cận Bình, Ủy viên trưởng Ủy ban "
        "Thường vụ Đại hội đại biểu nhân dân toàn quốc Lý Cường và Chủ tịch Ủy ban toàn quốc Hội nghị Hiệp thương "
        "chính trị nhân dân Trung Quốc Triệu Lạc Tế."
    )
    events = extract_article(text).events
    assert sorted(e.type for e in events) == ["meeting", "meeting", "meeting"]


def test_a_counterpart_introduced_by_stacked_offices_is_a_meeting_of_its_own():
    text = (
        "Chiều 6/3, nhân dịp dự Hội nghị cấp cao APEC, Thủ tướng Lê Minh Tâm đã có các cuộc gặp với Thủ tướng Chile "
        "Ana Soto, Bí thư thứ nhất Ban Chấp hành Trung ương Đảng Cộng sản Cuba, Chủ tịch nước Cuba Jose Marti và "
        "Tổng thống Nam Phi John Mbeki."
    )
    met = sorted(sorted(p.name for p in e.participants) for e in of_type(text, "meeting"))
    assert met == [["Ana Soto", "Lê Minh Tâm"], ["John Mbeki", "Lê Minh Tâm"], ["Jose Marti", "Lê Minh Tâm"]]


def test_leaders_received_in_turn_each_named_by_an_honorific_with_the_office_after_are_one_meeting_each():
    text = (
        "Tối 10-3, Chủ tịch nước Lê Minh Tâm gặp Chủ tịch Hạ viện Peru Luis Vera và Thị trưởng Thủ đô Li-ma Ana "
        "Soto. Cũng trong tối 10-3, Chủ tịch nước Lê Minh Tâm đã lần lượt tiếp ông Giô-xê Ma-ri-a, Tổng Bí thư Đảng "
        "của những người cộng sản Peru; ông Pa-blô Ri-ốt, Tổng Bí thư Đảng Cộng sản tái lập Peru, và một đoàn đại "
        "diện Đảng Dân chủ Peru."
    )
    met = sorted(name for e in of_type(text, "meeting") for p in e.participants if (name := p.name) != "Lê Minh Tâm")
    assert met == ["Ana Soto", "Giô-xê Ma-ri-a", "Luis Vera", "Pa-blô Ri-ốt"]


def test_occurrences_counted_after_the_cue_are_one_event_each_with_its_date():
    text = (
        "Hai cuộc gặp trước đó đều diễn ra tại Lima: lần thứ nhất vào tháng 6/2010 giữa Tổng thống Chile Ana Soto "
        "và Tổng thống Peru Luis Vera, lần thứ hai vào tháng 10/2017 giữa Tổng thống Chile Pedro Diaz và ông Luis Vera."
    )
    met = sorted((e.date.iso(), sorted(p.name for p in e.participants)) for e in of_type(text, "meeting"))
    assert met == [("2010-06", ["Ana Soto", "Luis Vera"]), ("2017-10", ["Luis Vera", "Pedro Diaz"])]


def test_two_numbered_summits_in_one_sentence_are_two_events_not_occurrences_of_one():
    text = (
        "Các Bộ trưởng sẽ rà soát thỏa thuận tại Hội nghị Cấp cao Nhóm X lần thứ 12 ở Lima hồi tháng 5/2031, "
        "đồng thời chuẩn bị cho Hội nghị Cấp cao Nhóm X lần thứ 13 dự kiến tổ chức tại Quito từ ngày 5-7/9/2031."
    )
    summits = sorted((e.ordinal, e.date.iso()) for e in of_type(text, "conference"))
    assert summits == [(12, "2031-05"), (13, "2031-09-05")]


def test_counterparts_met_in_turn_before_a_semicolon_are_one_meeting_each():
    text = (
        "Theo chương trình, trong ngày 20/6/2031, Tổng thống Chile Ana Soto sẽ hội kiến Tổng Bí thư Lê Văn An, gặp "
        "Thủ tướng Lê Minh Tâm và Chủ tịch Quốc hội Trần Văn Bình; đặt vòng hoa tại Đài tưởng niệm."
    )
    met = sorted(sorted(p.name for p in e.participants) for e in of_type(text, "meeting"))
    assert met == [["Ana Soto", "Lê Minh Tâm"], ["Ana Soto", "Lê Văn An"], ["Ana Soto", "Trần Văn Bình"]]


def test_what_was_done_besides_lends_neither_its_day_nor_its_people_to_the_meetings_after_it():
    text = (
        "Tổng thống Chile Ana Soto thăm cấp nhà nước Peru từ ngày 22 đến 24.6. "
        "Trong hai ngày làm việc tại Lima, ngoài hội đàm với Tổng thống Peru Luis Vega ngay sau lễ đón chính thức "
        "sáng 23.6, Tổng thống Chile Ana Soto đã hội kiến Chủ tịch Quốc hội Peru Carlos Rivera, gặp Thủ tướng Peru "
        "Pedro Diaz và Thị trưởng Lima José Ramos."
    )
    found = extract_article(text, published="2031-06-25").events
    met = sorted((e.date.iso(), sorted(p.name for p in e.participants)) for e in found if e.type == "meeting")
    assert met == [
        ("2031-06", ["Ana Soto", "Carlos Rivera"]),
        ("2031-06", ["Ana Soto", "José Ramos"]),
        ("2031-06", ["Ana Soto", "Pedro Diaz"]),
    ]


def test_a_round_up_lead_gives_each_clause_its_own_people():
    text = (
        "Tin quốc tế: Chile - Peru hội đàm\n"
        "Điểm tin - Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Luis Vega, Thủ tướng Italy Marco Bruni "
        "thăm Madrid… là những tin nổi bật ngày 11/5/2031.\n"
        "Ngày 11/5/2031, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Luis Vega tại Lima.\n"
        "Cũng ngày 11/5/2031, Thủ tướng Italy Marco Bruni đã thăm Madrid."
    )
    by_type = {e.type: e for e in extract_article(text).events}
    assert {p.name for p in by_type["talks"].participants} == {"Ana Soto", "Luis Vega"}
    assert {p.name for p in by_type["visit"].participants} == {"Marco Bruni"}
    assert sorted(by_type["talks"].countries) == ["CL", "PE"]


def test_same_day_refers_to_the_day_of_news_not_to_a_day_planned():
    text = (
        "Ngày 11/5/2031, Thủ tướng Italy Marco Bruni tới Madrid. Ông sẽ hội đàm với Thủ tướng Tây Ban Nha "
        "Pablo Ruiz vào ngày 12/5.\n"
        "Cùng ngày, Tổng thống Chile Ana Soto điện đàm với Tổng thống Peru Luis Vega."
    )
    call = next(e for e in extract_article(text).events if e.type == "call")
    assert call.date.start == call.date.end == date(2031, 5, 11)


def test_a_trip_of_several_legs_is_one_visit_per_country_in_the_trips_months():
    text = (
        "Chuyến công tác của Tổng thống Chile Ana Soto từ ngày 5 - 11/3/2031 gồm thăm chính thức Peru và thăm "
        "chính thức Ecuador."
    )
    visits = sorted((e for e in extract_article(text).events if e.type == "visit"), key=lambda e: e.host or "")
    assert [(v.host, v.date.precision, v.date.start.month) for v in visits] == [("EC", "month", 3), ("PE", "month", 3)]


def test_talks_in_turn_with_hosts_each_in_their_city_are_one_talks_per_host():
    text = (
        "Ngày 12/4/2031, Chủ tịch Quốc hội Lê Văn Hải lên đường thăm Mỹ Latinh. Theo chương trình, Chủ tịch Quốc "
        "hội sẽ lần lượt hội đàm với Chủ tịch Quốc hội Cuba Carlos Ruiz tại La Habana, Chủ tịch Hạ viện Argentina "
        "Ana Soto tại Buenos Aires và Chủ tịch Thượng viện Uruguay Luis Vega tại Montevideo."
    )
    talks = [e for e in extract_article(text, published="2031-04-12").events if e.type == "talks"]
    assert sorted(p.name for e in talks for p in e.participants if p.name != "Lê Văn Hải") == [
        "Ana Soto", "Carlos Ruiz", "Luis Vega"
    ]  # fmt: skip
    assert len(talks) == 3


def test_two_visits_each_dated_on_its_own_are_no_legs_of_one_trip():
    text = (
        "Trao đổi đoàn cấp cao diễn ra thường xuyên, trong đó có chuyến thăm chính thức Chile của Thủ tướng Lê Văn "
        "An tháng 11.2021 và chuyến thăm Việt Nam của Tổng thống Chile Ana Soto từ 30.4 - 1.5.2022."
    )
    found = extract_article(text, published="2023-06-03").events
    assert sorted((e.date.iso("start"), e.date.iso("end")) for e in found) == [
        ("2021-11", "2021-11"),
        ("2022-04-30", "2022-05-01"),
    ]


def test_a_clause_of_meetings_after_a_semicolon_goes_on_with_the_actor_before_it():
    text = (
        "Ngày 23/5/2031, Tổng thống Chile Ana Soto đã hội đàm với Tổng thống Peru Luis Vega; hội kiến Thủ tướng "
        "Peru Pablo Rojas, Chủ tịch Thượng viện Peru Juan Pérez và gặp Chủ tịch Quốc hội Peru Rosa Díaz."
    )
    meetings = [sorted(p.name for p in e.participants) for e in extract_article(text).events if e.type == "meeting"]
    assert sorted(meetings) == [["Ana Soto", "Juan Pérez"], ["Ana Soto", "Pablo Rojas"], ["Ana Soto", "Rosa Díaz"]]


def test_relations_established_in_turn_with_listed_countries_are_one_establishment_each_on_its_day():
    text = "Trong hai ngày 2 và 3/2/1950, Việt Nam lần lượt thiết lập quan hệ ngoại giao với Bulgaria và Romania."
    established = of_type(text, "upgrade")
    assert [(e.date.start, sorted(e.countries)) for e in established] == [
        (date(1950, 2, 2), ["BG", "VN"]),
        (date(1950, 2, 3), ["RO", "VN"]),
    ]


def test_a_later_sentence_about_an_envoy_named_by_country_alone_joins_that_country_s_meeting():
    text = (
        "Sáng 9/3, Chủ tịch nước Lê Văn An tiếp Đại sứ các nước Chile, Peru và Bolivia tới trình Quốc thư. "
        "Tiếp Đại sứ Peru, Chủ tịch nước nhấn mạnh Peru là đối tác quan trọng của Việt Nam tại Nam Mỹ."
    )
    meetings = of_type(text, "meeting")
    assert sorted(tuple(m.countries) for m in meetings) == [("BO", "VN"), ("CL", "VN"), ("PE", "VN")]


def test_hosts_listed_who_receive_a_guest_in_turn_are_one_meeting_each():
    text = (
        "Tổng Bí thư Lê Văn An, Chủ tịch nước Trần Văn Bình và Chủ tịch Quốc hội Vũ Thị Hoa hôm qua 3.9 lần lượt "
        "tiếp Thủ tướng Chile Ana Soto tại trụ sở T.Ư Đảng và Phủ Chủ tịch."
    )
    meetings = of_type(text, "meeting", published="2031-09-04")
    assert sorted(tuple(sorted(p.name for p in m.participants)) for m in meetings) == [
        ("Ana Soto", "Lê Văn An"),
        ("Ana Soto", "Trần Văn Bình"),
        ("Ana Soto", "Vũ Thị Hoa"),
    ]
    assert all(m.date.start == date(2031, 9, 3) for m in meetings)


def test_office_holders_met_in_turn_named_by_their_offices_alone_are_one_meeting_each():
    text = (
        "Thủ tướng Chile Pablo Rojas và Thủ tướng Peru Ana Soto cũng dự hội nghị. Trong ngày 31/10/2025, bên lề hội "
        "nghị, Chủ tịch nước Lê Văn An lần lượt gặp Thủ tướng Chile, Thủ tướng Peru và trưởng đoàn Ecuador."
    )
    assert sorted(map(frozenset, map(people, of_type(text, "meeting")))) == sorted(
        frozenset({"Lê Văn An", other}) for other in ("Pablo Rojas", "Ana Soto")
    )


def test_the_legs_of_a_trip_announced_on_a_day_are_in_the_trips_months():
    text = (
        "Chiều 24/10, Người phát ngôn Bộ Ngoại giao Trần Thu Hà thông báo: Thủ tướng Lê Văn Hải và Phu nhân sẽ thăm "
        "chính thức Chile, tham dự Hội nghị APEC và làm việc tại Peru, thăm chính thức Ecuador từ ngày 27/10 đến ngày "
        "1/11/2031."
    )
    found = extract_article(text, published="2031-10-25").events
    legs = sorted((e.place, e.date.iso(), e.date.iso("end")) for e in found if e.type == "visit")
    assert legs == [("Chile", "2031-10", "2031-11"), ("Ecuador", "2031-10", "2031-11")]


def test_talks_and_meetings_with_leaders_counted_not_named_add_no_meeting_to_the_talks_named():
    text = (
        "Ngày 13/3/2031, Tổng thống Peru Carlos Rivera kết thúc chuyến thăm Chile. Như vậy, chỉ trong hai ngày, nhà "
        "lãnh đạo Peru đã có các cuộc hội đàm, hội kiến với đủ bốn vị lãnh đạo chủ chốt của Chile, bắt đầu bằng cuộc "
        "hội đàm với Tổng thống Chile Ana Soto chiều 12/3."
    )
    assert of_type(text, "meeting", published="2031-03-13") == []
    assert [t.date.start for t in of_type(text, "talks", published="2031-03-13")] == [date(2031, 3, 12)]


def test_hosts_who_receive_in_turn_a_guest_named_by_office_alone_are_one_meeting_each():
    text = (
        "Ngày 1/3/2031, Tổng thống Chile Ana Soto tới Lima, bắt đầu chuyến thăm Peru. Cùng ngày, Tổng thống Peru "
        "Carlos Rivera, Thủ tướng Peru Luis Vega và Chủ tịch Quốc hội Peru Pedro Díaz lần lượt hội kiến Nhà vua."
    )
    meetings = [e for e in extract_article(text, published="2031-03-01").events if e.type == "meeting"]
    assert sorted(len(e.participants) for e in meetings) == [1, 1, 1]


def test_a_list_of_counterparts_ended_by_the_subjects_next_act_is_one_meeting_each():
    text = (
        "Trong chuyến thăm tháng 11 này, Tổng thống Peru Luis Vega sẽ hội kiến Thủ tướng Chile Pedro Díaz, Chủ tịch "
        "Quốc hội Chile Rosa Pérez và dự Diễn đàn Doanh nghiệp Peru - Chile."
    )
    events = extract_article(text, published="2031-11-09").events
    assert sorted(sorted(p.name for p in e.participants) for e in events if e.type == "meeting") == [
        ["Luis Vega", "Pedro Díaz"],
        ["Luis Vega", "Rosa Pérez"],
    ]


def test_a_first_call_and_a_first_meeting_in_person_are_a_call_and_a_meeting_on_their_own_days():
    text = (
        "Tổng thống Chile Ana Soto và Tổng thống Peru Carlos Rivera đã điện đàm lần đầu ngày 9/6 và gặp trực tiếp lần "
        "đầu bên lề Hội nghị thượng đỉnh Andes tại Quito ngày 17/6."
    )
    events = extract_article(text, published="2031-11-17").events
    told = sorted((e.type, e.date.iso()) for e in events if e.type in ("call", "meeting"))
    assert told == [("call", "2031-06-09"), ("meeting", "2031-06-17")]


def test_two_leaders_who_visited_in_turn_in_the_years_listed_made_one_visit_each():
    text = "Về phía Chile, các Tổng thống Luis Vega và Pedro Díaz lần lượt thăm Việt Nam vào các năm 2000 và 2006."
    events = extract_article(text, published="2031-07-26").events
    visits = sorted((e.date.iso(), [p.name for p in e.participants]) for e in events if e.type == "visit")
    assert visits == [("2000", ["Luis Vega"]), ("2006", ["Pedro Díaz"])]
