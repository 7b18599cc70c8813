"""What kind of event a cue tells in its sentence, and when a cue only refers to an event told elsewhere."""

import pytest

from extraction import extract_article


def kinds(text, published="2021-04-10"):
    return sorted(e.type for e in extract_article(text, published=published).events)


def test_talks_held_online_are_a_call():
    text = "Chiều 8/4, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Chile Ana Soto bằng hình thức trực tuyến."
    assert kinds(text) == ["call"]


def test_two_leaders_online_summit_is_a_call_and_an_online_summit_of_many_a_conference():
    two = "Ngày 21/12, Thủ tướng Lê Văn An và Tổng thống Chile Ana Soto đã có Hội nghị thượng đỉnh trực tuyến."
    assert kinds(two) == ["call"]
    many = "Ngày 26/10, Thủ tướng Lê Văn An dự Hội nghị cấp cao trực tuyến ASEAN - Chile lần thứ 4."
    assert kinds(many) == ["conference"]


def test_a_summit_of_two_countries_is_their_leaders_talks():
    text = "Ngày 8/4, Thủ tướng Ấn Độ Raj Mehta và Tổng thống Pháp Jean Morel dự Hội nghị thượng đỉnh Pháp - Ấn Độ."
    assert kinds(text) == ["talks"]


def test_a_summit_of_two_countries_on_a_subject_is_a_conference():
    text = (
        "Ngày 8/4, Thủ tướng Ấn Độ Raj Mehta và Tổng thống Pháp Jean Morel dự Hội nghị cấp cao Pháp - Ấn Độ về đầu tư "
        "và đổi mới sáng tạo."
    )
    assert kinds(text) == ["conference"]


def test_a_summit_with_one_leader_is_talks_and_with_several_a_conference():
    with_one = "Ngày 8/4, Thủ tướng Ấn Độ Raj Mehta dự hội nghị thượng đỉnh thường niên với Tổng thống Pháp Jean Morel."
    with_several = (
        "Ngày 8/4, Thủ tướng Ấn Độ Raj Mehta dự hội nghị thượng đỉnh với Tổng thống Pháp Jean Morel, Thủ tướng Nhật "
        "Bản Ito Ken và Tổng thống Mỹ John Smith."
    )
    assert kinds(with_one) == ["talks"] and kinds(with_several) == ["conference"]


def test_a_session_of_the_united_nations_general_assembly_is_a_conference():
    text = "Ngày 23/9, Tổng thống Chile Ana Soto dự phiên họp Đại hội đồng Liên Hợp Quốc tại New York."
    assert kinds(text, published="2031-09-24") == ["conference"]


def test_a_sitting_of_a_group_s_council_of_heads_of_state_is_a_conference():
    text = "Phiên họp Hội đồng nguyên thủ quốc gia các nước thành viên SCO ngày 16/9 đã thông qua tuyên bố chung."
    assert kinds(text, published="2031-09-17") == ["conference"]


def test_a_summit_of_many_states_leaders_with_one_host_is_a_conference_not_talks():
    text = (
        "Lãnh đạo Chile, Peru, Ecuador, Bolivia và Colombia sẽ tới Lima dự hội nghị thượng đỉnh trực tiếp đầu tiên "
        "với Tổng thống Brazil Carlos Rivera vào ngày 18-19/5/2031."
    )
    assert kinds(text, published="2031-05-10") == ["conference"]


def test_a_numbered_meeting_of_a_country_and_a_group_is_a_conference():
    text = "Công tác chuẩn bị được hoàn tất tại cuộc gặp Ngoại trưởng Chile - Trung Á lần thứ tư ở Astana ngày 27/4."
    assert kinds(text, published="2031-05-10") == ["conference"]


def test_a_summit_of_a_group_stays_a_conference():
    text = "Ngày 8/4, Thủ tướng Lê Minh Tâm dự Hội nghị Cấp cao ASEAN - Nhật Bản tại Tokyo."
    assert kinds(text) == ["conference"]


def test_talks_spoken_of_in_general_are_no_event():
    text = "Ngày 8/4, Thủ tướng Lê Minh Tâm thăm Chile. Các cuộc hội đàm sẽ chuẩn bị cho hợp tác sâu rộng hơn."
    assert kinds(text) == ["visit"]


def test_a_meeting_recalled_without_a_date_is_not_a_new_event():
    text = (
        "Ngày 8/4, Tổng thống Chile Ana Soto điện đàm với Thủ tướng Lê Minh Tâm. "
        "Tổng thống Ana Soto và Thủ tướng Lê Minh Tâm trong cuộc gặp bên lề hội nghị ở Lima."
    )
    assert kinds(text) == ["call"]


def test_an_anniversarys_span_of_years_does_not_date_the_talks():
    text = (
        "Ngày 8/4/2021, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Chile Ana Soto. "
        "Nhân dịp kỷ niệm 50 năm quan hệ (25/3/1971-25/3/2021), hai bên đánh giá cao tầm quan trọng của cuộc hội đàm."
    )
    talks = [e for e in extract_article(text, published="2021-04-10").events if e.type == "talks"]
    assert len(talks) == 1 and talks[0].date.iso() == "2021-04-08"


def test_a_sentence_opening_with_the_call_belongs_to_the_call():
    text = (
        "Ngày 8/4, Tổng thống Chile Ana Soto điện đàm với Thủ tướng Lê Minh Tâm. "
        "Tại cuộc điện đàm, hai nhà lãnh đạo nhất trí thúc đẩy thương mại."
    )
    assert kinds(text) == ["call"]


def test_a_named_dialogue_of_many_is_a_conference_dated_to_its_month_when_met_on_its_sidelines():
    text = (
        "Ngày 1/6/2021, Bộ trưởng Quốc phòng Chile Ana Soto hội đàm với Bộ trưởng Quốc phòng Peru Luis Vera "
        "bên lề Đối thoại Shangri-La lần thứ 19."
    )
    found = {e.type: e for e in extract_article(text).events}
    assert set(found) == {"talks", "conference"}
    assert (found["conference"].date.iso(), found["talks"].date.iso()) == ("2021-06", "2021-06-01")
    assert found["conference"].ordinal == 19


def test_a_dialogue_of_two_countries_is_their_mechanism():
    text = "Ngày 1/6/2021, Việt Nam và Chile tổ chức Đối thoại Việt Nam - Chile về hợp tác quốc phòng tại Hà Nội."
    assert kinds(text) == ["committee_session"]


def test_an_exchange_of_documents_is_a_signing():
    text = "Ngày 8/4/2021, hai Tổng thống chứng kiến lễ trao đổi các văn kiện hợp tác giữa Việt Nam và Chile."
    assert kinds(text) == ["signing"]


def test_several_meetings_held_are_told_and_meetings_spoken_of_in_general_are_not():
    text = (
        "Chiều 9/4, tại Jakarta, Thủ tướng Lê Văn An đã có các cuộc gặp với Thủ tướng Australia John Smith "
        "và Phó Thủ tướng Nga Ivan Petrov nhân dịp tham dự Hội nghị Cấp cao ASEAN. "
        "Hai bên nhất trí thúc đẩy các cuộc gặp cấp cao."
    )
    events = extract_article(text, published="2021-04-10").events
    meetings = [e for e in events if e.type == "meeting"]
    assert sorted(p.name for m in meetings for p in m.participants if p.name != "Lê Văn An") == [
        "Ivan Petrov",
        "John Smith",
    ]
    assert all((m.date.start.day, m.date.precision) == (9, "day") for m in meetings)
    summit = next(e for e in events if e.type == "conference")
    assert summit.date.precision == "month"  # the summit ran over several days; the 9th is the meetings'


def test_a_trip_to_attend_a_summit_is_the_summit_not_a_visit():
    text = (
        "Ngày 5/9, nhân chuyến công tác dự Hội nghị Cấp cao ASEAN tại Jakarta, Thủ tướng Lê Văn An "
        "gặp Thủ tướng Lào Khamphet Vongsa. Ngày 25/9, Thủ tướng Lê Văn An dự Tuần lễ cấp cao Đại hội đồng "
        "Liên Hợp Quốc tại New York."
    )
    assert kinds(text, published="2023-09-26") == ["conference", "conference", "meeting"]


def test_a_call_said_to_be_the_first_since_a_dated_inauguration_is_the_call_told_before():
    text = (
        "Tối 4/4, Tổng Bí thư Lê Văn An vừa có cuộc điện đàm với Tổng thống Peru Carlos Rivera. "
        "Đây là cuộc điện đàm đầu tiên giữa hai bên sau khi ông Rivera nhậm chức vào tháng 1 vừa qua."
    )
    assert kinds(text, published="2021-04-05") == ["call"]


def test_a_summit_named_as_the_occasion_before_the_meetings_keeps_its_month():
    text = (
        "Chiều 9-4, nhân dịp dự Hội nghị cấp cao ASEAN tại Jakarta, Thủ tướng Lê Văn An đã có các cuộc gặp "
        "Tổng thống Peru Carlos Rivera và Thủ tướng Lào Khamphet Vongsa."
    )
    events = extract_article(text, published="2021-04-10").events
    assert sorted((e.type, e.date.precision) for e in events) == [
        ("conference", "month"),
        ("meeting", "day"),
        ("meeting", "day"),
    ]


def test_a_summit_attended_while_the_talks_were_held_keeps_its_month():
    text = (
        "Trong thời gian tham dự Hội nghị thượng đỉnh G20 tại Rio de Janeiro, ngày 18/11, Thủ tướng Lê Văn An "
        "đã hội đàm với Thủ tướng Peru Carlos Rivera."
    )
    events = extract_article(text, published="2024-11-19").events
    assert sorted((e.type, e.date.precision) for e in events) == [("conference", "month"), ("talks", "day")]


def test_two_leaders_named_before_they_met_each_other_is_a_meeting_and_meeting_in_general_is_not():
    text = (
        "Tháng 9 năm nay, tại Jakarta, Thủ tướng Lê Văn An và Thủ tướng Lào Khamphet Vongsa đã gặp nhau lần đầu. "
        "Hai bên nhất trí tăng cường gặp mặt, tiếp xúc cấp cao."
    )
    meetings = [e for e in extract_article(text, published="2021-12-01").events if e.type == "meeting"]
    assert [sorted(p.name for p in m.participants) for m in meetings] == [["Khamphet Vongsa", "Lê Văn An"]]
    assert meetings[0].date.iso() == "2021-09"


def test_the_day_a_leader_leaves_for_a_summit_is_not_the_summits_day():
    text = "Ngày 3/10/2024, Thủ tướng Lê Văn An lên đường dự Hội nghị Cấp cao ASEAN tại Vientiane, Lào."
    summit = next(e for e in extract_article(text, published="2024-10-03").events if e.type == "conference")
    assert summit.date.iso() == "2024-10"


def test_a_return_visit_to_a_city_is_a_visit_to_its_country():
    events = extract_article(
        "Ngày 6/4, Thủ tướng Peru Carlos Rivera thăm đáp lễ Santiago.", published="2021-04-10"
    ).events
    assert [(e.type, e.visitor, e.host) for e in events] == [("visit", "PE", "CL")]


def test_a_national_days_anniversary_is_no_event_of_the_relationship():
    text = (
        "Nhân dịp kỷ niệm 60 năm Quốc khánh Cộng hòa Peru (28/7/1965 - 28/7/2025), ngày 27/7, Chủ tịch nước "
        "Lê Văn An gửi điện mừng Tổng thống Peru Carlos Rivera."
    )
    assert kinds(text, published="2025-07-28") == ["message"]


def test_the_anniversary_of_a_treatys_signing_is_not_a_signing():
    text = "Năm 2026, hai nước Việt Nam và Peru kỷ niệm 20 năm ngày ký Hiệp ước Hữu nghị."
    assert kinds(text, published="2025-07-28") == ["anniversary"]


def test_the_anniversary_of_joining_an_organisation_is_an_anniversary():
    text = "Ngày 10/3/2025, Bộ trưởng Lê Văn An dự Lễ kỷ niệm 30 năm Việt Nam gia nhập ASEAN tại Jakarta."
    assert kinds(text) == ["anniversary"]


def test_an_event_two_leaders_have_others_prepare_is_not_dated_by_their_day():
    text = (
        "Thủ tướng Lê Minh Tâm đón Thủ tướng Campuchia Chan Dara tại sân bay. Sáng 14/3, hai Thủ tướng nhất trí "
        "giao các bộ, ngành chuẩn bị tốt cho cuộc gặp giữa lãnh đạo các tỉnh biên giới."
    )
    assert kinds(text, published="2025-03-15") == []


def test_a_working_session_or_a_contact_with_a_person_is_a_meeting():
    assert kinds("Chiều 8/4, Bộ trưởng Lê Văn Hải làm việc với Bộ trưởng Thương mại Peru Luis Gomez.") == ["meeting"]
    assert kinds("Chiều 8/4, Thủ tướng Lê Minh Tâm tiếp xúc song phương với Thủ tướng Peru Pedro Diaz.") == ["meeting"]
    assert kinds("Ngày 8/4, Đại sứ Trần Văn Nam làm việc với các tỉnh của Peru; hai bên tăng cường tiếp xúc.") == []


def test_who_attended_the_talks_is_no_talks_of_their_own():
    text = (
        "Ngày 5/3/2026, Thủ tướng Ba Lan Adam Nowak hội đàm với Thủ tướng Séc Petr Fiala tại Warszawa. "
        "Tham dự hội đàm về phía Séc có Ngoại trưởng Jana Kova và Bộ trưởng Quốc phòng Martin Dubo. "
        "Tham dự hội đàm, về phía Ba Lan có Thứ trưởng Ngoại giao Tomasz Wicz. "
        "Tham dự hội đàm còn có Ngoại trưởng Ba Lan Radek Sich."
    )
    events = extract_article(text).events
    assert [(e.type, [p.name for p in e.participants]) for e in events] == [("talks", ["Adam Nowak", "Petr Fiala"])]


def test_an_anniversary_names_the_establishment_and_a_summit_names_the_anniversary_neither_an_event():
    text = (
        "Nhân dịp kỷ niệm 40 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Peru (14/11/1994 - 14/11/2034), ngày "
        "14/11/2034, Chủ tịch nước Trần Văn Bình gửi điện mừng Tổng thống Peru Carlos Rivera. Tháng 10/2019, Thủ "
        "tướng Lê Văn Hải dự Hội nghị Cấp cao kỷ niệm 30 năm quan hệ đối tác ASEAN - Peru tại Lima. Tháng 5/2005, hai "
        "nước đã ký thỏa thuận thiết lập Diễn đàn Hợp tác Việt Nam - Peru."
    )
    assert sorted(e.type for e in extract_article(text).events) == ["anniversary", "conference", "message", "signing"]


def test_a_visit_called_off_is_no_event():
    text = (
        "Ngày 3/6/2024, Thủ tướng Peru Carlos Rivera hội đàm với Thủ tướng Lê Văn Hải. Chuyến thăm của Tổng thống "
        "Peru tới Việt Nam vốn được lên kế hoạch vào tháng 7 năm ngoái nhưng đã phải hoãn lại vì bão."
    )
    assert [e.type for e in extract_article(text).events] == ["talks"]


def test_an_onward_leg_to_a_summit_is_the_summit_and_bilateral_meetings_listed_are_each_a_meeting():
    text = (
        "Chiều 5/9/2023, bên lề Hội nghị Cấp cao Đông Á, Thủ tướng Lê Văn Hải đã có các cuộc gặp song phương với Thủ "
        "tướng Peru Carlos Rivera và Tổng thống Chile Ana Soto. Sau khi rời Jakarta, Tổng thống Ana Soto sẽ tới New "
        "Delhi (Ấn Độ) dự Hội nghị thượng đỉnh G20 diễn ra ngày 9-10/9."
    )
    events = [(e.type, [p.name for p in e.participants]) for e in extract_article(text).events]
    assert ("meeting", ["Lê Văn Hải", "Carlos Rivera"]) in events
    assert ("meeting", ["Lê Văn Hải", "Ana Soto"]) in events
    assert not any(kind == "visit" for kind, _ in events)


def test_an_upgrade_hoped_for_is_no_event_and_the_next_leg_after_a_city_is_of_the_news_month():
    text = (
        "Ngày 1/7/2025, Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng thống Nga Vla-đi-mia Pu-tin tại Mát-xcơ-va. "
        "Sau Mát-xcơ-va, Chủ tịch Tập Cận Bình sẽ thăm cấp nhà nước Ca-dắc-xtan. Ông Ted Osius: Tôi hy vọng hai "
        "nước sẽ sớm nâng cấp quan hệ lên tầm đối tác chiến lược."
    )
    events = [(e.type, e.date.iso("start"), e.date.iso("end")) for e in extract_article(text).events]
    assert events == [("talks", "2025-07-01", "2025-07-01"), ("visit", "2025-07", "2025-07")]


def test_the_end_of_the_talks_named_mid_sentence_is_the_talks_told_not_new_talks():
    text = (
        "Sáng 18/10/2025, Bí thư Tỉnh ủy Lê Minh Tâm hội đàm với Tỉnh trưởng Ana Soto.\n"
        "Trên cơ sở kết quả đạt được, kết thúc buổi hội đàm, Chủ tịch tỉnh Trần Văn Bình và bà Ana Soto đã ký Biên "
        "bản ghi nhớ hợp tác."
    )
    assert sorted(e.type for e in extract_article(text).events) == ["signing", "talks"]


def test_a_summit_between_two_countries_is_their_leaders_talks():
    text = (
        "Hội nghị thượng đỉnh thường niên gần nhất giữa hai nước được tổ chức tại Lima hồi tháng 3/2022, khi Tổng "
        "thống Peru Carlos Rivera và Tổng thống Chile Ana Soto công bố mục tiêu đầu tư."
    )
    assert [e.type for e in extract_article(text).events] == ["talks"]


def test_a_summit_of_the_mekong_countries_is_a_conference_and_its_sidelines_are_its_day():
    text = (
        "Ngày 23/3/2026, tại Tam Á, Phó Thủ tướng Lê Văn Hải dự Hội nghị Cấp cao Hợp tác Mê Công - Lan Thương lần "
        "thứ nhất. Bên lề hội nghị, Phó Thủ tướng Lê Văn Hải đã gặp Thủ tướng Campuchia Hun Manet."
    )
    events = [(e.type, e.date.iso()) for e in extract_article(text, published="2026-04-01").events]
    assert events == [("conference", "2026-03-23"), ("meeting", "2026-03-23")]


def test_raising_a_railway_a_forecast_visit_and_years_later_without_a_date_are_no_event():
    text = (
        "Ngày 5/5/2026, Bí thư Tỉnh ủy Lê Minh Tâm hội đàm với Tỉnh trưởng Ana Soto. Hai bên nhất trí nghiên cứu "
        "nâng cấp tuyến đường sắt nối hai tỉnh. Nhiều dự báo cho rằng Tổng thống Peru Carlos Rivera sẽ thăm Việt "
        "Nam trong năm. Một năm sau, Thủ tướng Peru Luis Gomez đáp lễ bằng chuyến thăm Việt Nam."
    )
    assert [e.type for e in extract_article(text).events] == ["talks"]


def test_a_visit_put_off_a_plan_since_changed_and_a_meeting_recalled_are_no_events():
    text = (
        "Ngày 25/3/2026, Văn phòng Tổng thống Peru thông báo chuyến thăm Chile từ ngày 26 đến 31/3 sẽ được sắp xếp "
        "lại vào một thời điểm khác. Theo lịch trình ban đầu, Tổng thống Carlos Rivera sẽ hội đàm với Tổng thống "
        "Chile Ana Soto tại Santiago ngày 28/3 và chứng kiến lễ ký khoảng 20 văn kiện hợp tác trong các lĩnh vực "
        "nông nghiệp, năng lượng. Tổng thống Carlos Rivera đã quyết định hoãn chuyến thăm Bolivia vốn dự kiến bắt "
        "đầu ngày 24/3/2026. Ngày 2/4/2026, Tổng thống Carlos Rivera điện đàm với Tổng thống Ana Soto lần đầu kể từ "
        "khi hai người gặp nhau ở Lima. Đây được xem là cuộc gặp quan trọng nhất trong năm. Cuộc điện đàm được tổ "
        "chức thay cho Hội nghị thượng đỉnh dự kiến diễn ra ở Quito vào ngày 4/4."
    )
    assert [e.type for e in extract_article(text).events] == ["call"]


def test_a_visit_wished_for_is_none_and_the_one_recalled_keeps_its_own_month():
    text = (
        "Sáng 24/5/2023, Chủ tịch nước Lê Văn An tiếp Đại sứ Chile Pablo Rojas, nhắc lại chuyến thăm chính thức Chile "
        "của Phó Chủ tịch nước Trần Thị Mai đầu tháng này. Chủ tịch nước bày tỏ mong muốn sớm được đón Tổng thống "
        "Chile thăm Việt Nam. Đại sứ Pablo Rojas cho biết sẽ thúc đẩy triển khai các thỏa thuận đã đạt được trong "
        "chuyến thăm của Phó Chủ tịch nước."
    )
    visits = [(e.date.iso(), e.date.iso("end")) for e in extract_article(text).events if e.type == "visit"]
    assert visits == [("2023-05", "2023-05")]


def test_a_place_newly_opened_and_the_leaders_of_a_region_are_no_event_and_no_person():
    text = (
        "Tổng thống Chile Ana Soto đến Lima tối 8/1/2023 và được Tổng thống Peru Luis Mora đón tại sân bay mới khánh "
        "thành. Trước đó, các nhà lãnh đạo Bắc Mỹ gặp nhau lần gần nhất tại Ottawa ngày 29/6/2016."
    )
    article = extract_article(text)
    assert "other" not in [e.type for e in article.events]
    assert {p.name for p in article.persons} == {"Ana Soto", "Luis Mora"}


def test_a_summit_of_arab_and_islamic_states_is_a_conference():
    text = (
        "Tổng thống Ai Cập Abdel Fattah El-Sisi đã tới Riyadh dự Hội nghị thượng đỉnh chung Ả Rập - Hồi giáo bất "
        "thường ngày 11/11/2023."
    )
    assert [e.type for e in extract_article(text).events] == ["conference"]


def test_talks_named_as_the_moment_of_a_press_statement_are_no_second_talks():
    text = (
        "Chiều 8/4, Thủ tướng Lê Minh Tâm hội đàm với Tổng thống Chile Ana Soto tại Santiago. "
        "Ngày 9/4, bà Ana Soto nói với báo giới sau hội đàm rằng hai nước sẽ mở đường bay thẳng."
    )
    assert kinds(text) == ["talks"]


def test_a_visit_put_off_in_the_next_clause_never_happened():
    text = (
        "Ngày 8/4, Thủ tướng Lê Minh Tâm hội đàm với Tổng thống Chile Ana Soto. "
        "Chuyến thăm Chile của Thủ tướng vốn được lên kế hoạch vào tháng 3, song đã phải hoãn lại do bão."
    )
    assert kinds(text) == ["talks"]


def test_the_witnesses_of_a_signing_are_no_second_signing():
    text = (
        "Ngày 8/4, Bộ trưởng Ngoại giao Chile Luis Vera và Bộ trưởng Công Thương Lê Văn Bình ký Hiệp định thương mại "
        "tự do. Chứng kiến lễ ký có Thủ tướng Lê Minh Tâm và Tổng thống Chile Ana Soto."
    )
    assert kinds(text) == ["signing"]


def test_a_caption_at_a_meeting_with_no_date_shows_a_meeting_told_elsewhere():
    text = (
        "Ngày 8/4, Tổng thống Chile Ana Soto điện đàm với Thủ tướng Lê Minh Tâm. "
        "Tổng thống Ana Soto và Thủ tướng Lê Minh Tâm tại cuộc gặp ở Lima."
    )
    assert kinds(text) == ["call"]


def test_talks_held_in_turn_with_two_leaders_are_two_talks_and_arriving_first_is_no_visit():
    text = (
        "Ngay sau khi tới Lima chiều 8/4, Tổng thống Chile Ana Soto đã lần lượt hội đàm với Tổng thống Peru "
        "Carlos Rivera và Thủ tướng Canada Paul Martin."
    )
    events = extract_article(text, published="2021-04-10").events
    assert sorted((e.type, tuple(p.name for p in e.participants)) for e in events) == [
        ("talks", ("Ana Soto", "Carlos Rivera")),
        ("talks", ("Ana Soto", "Paul Martin")),
    ]


def test_a_meeting_that_did_not_take_place_and_a_visit_only_agreed_on_are_no_events():
    text = (
        "Ngày 8/4, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera. "
        "Hai bên nhất trí để Bộ trưởng Ngoại giao Chile Luis Vera thăm Peru trong thời gian tới. "
        "Cuộc gặp với Tổng thống Mỹ John Brown dự kiến tại Lima đã không diễn ra."
    )
    assert kinds(text) == ["talks"]
    will = (
        "Ngày 8/4, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera. "
        "Hai bên cũng nhất trí Ngoại trưởng Chile Luis Vera sẽ thăm Peru để tiếp nối kết quả cuộc gặp."
    )
    assert kinds(will) == ["talks"]
    among = (
        "Ngày 8/4, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera. Hai nhà lãnh đạo nhất trí để "
        "các quan chức duy trì liên lạc, trong đó Ngoại trưởng Chile Luis Vera sẽ thăm Peru để tiếp nối thảo luận."
    )
    assert kinds(among) == ["talks"]


def test_messages_of_two_senders_joined_by_con_are_each_senders():
    text = (
        "Ngày 8/4, Thủ tướng Lê Minh Tâm gửi điện chia buồn tới Tổng thống Chile Ana Soto, còn Chủ tịch Quốc hội "
        "Vũ Thị Hoa gửi điện chia buồn tới Chủ tịch Thượng viện Chile Luis Vera."
    )
    events = extract_article(text, published="2021-04-10").events
    assert sorted(tuple(p.name for p in e.participants) for e in events) == [
        ("Lê Minh Tâm", "Ana Soto"),
        ("Vũ Thị Hoa", "Luis Vera"),
    ]


def test_what_was_not_done_is_no_event():
    text = (
        "Ngày 8/4, Thủ tướng Lê Minh Tâm hội đàm với Tổng thống Chile Ana Soto. "
        "Hội nghị kết thúc sớm hơn dự kiến và hai bên không ký văn kiện chung nào."
    )
    assert kinds(text) == ["talks"]


def test_a_signing_of_a_document_named_in_lower_case_is_a_signing():
    text = "Chiều 8/4, Tổng thống Chile Ana Soto và Tổng thống Peru Carlos Rivera đã ký một tuyên bố chung tại Lima."
    assert kinds(text) == ["signing"]


def test_a_summit_meeting_of_two_leaders_is_their_talks():
    text = "Ngày 8/4, Tổng thống Chile Ana Soto và Tổng thống Peru Carlos Rivera đã có cuộc gặp thượng đỉnh tại Lima."
    assert kinds(text) == ["talks"]


def test_an_invitation_to_visit_and_the_first_time_of_the_visit_told_are_no_new_visits():
    text = (
        "Ngày 8/4, Thủ tướng Lê Minh Tâm hội đàm với Tổng thống Chile Ana Soto tại Santiago. "
        "Thủ tướng mời Tổng thống A.Xô-tô thăm Việt Nam; Tổng thống vui vẻ nhận lời. "
        "Đây là lần đầu tiên một Thủ tướng Việt Nam thăm Chile và hội đàm với Tổng thống Chile tại Santiago."
    )
    assert kinds(text) == ["talks"]


def test_a_leader_said_to_be_the_first_of_a_kind_to_meet_another_is_no_new_meeting():
    text = (
        "Ngày 4/11, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera tại Lima. Bà Soto là nhà "
        "lãnh đạo đầu tiên của khối Andes thăm Peru kể từ khi đại dịch bùng phát, đồng thời là lãnh đạo nước ngoài "
        "đầu tiên gặp ông Rivera sau cuộc bầu cử hồi tháng trước."
    )
    assert kinds(text, published="2031-11-05") == ["talks"]


def test_what_was_said_after_hours_of_talks_tells_no_new_talks():
    text = (
        "Ngày 17/9, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera tại Lima. Sau hơn bốn giờ "
        "hội đàm, Tổng thống Ana Soto thông báo hai bên nhất trí lập vùng đệm trước ngày 15/10."
    )
    events = extract_article(text, published="2031-09-18").events
    assert [(e.type, e.date.iso()) for e in events] == [("talks", "2031-09-17")]


def test_a_year_aimed_at_decades_ahead_dates_no_event():
    text = (
        "Tháng 11/2031, tại Hội nghị COP36 ở Lima, Thủ tướng Lê Minh Tâm cam kết Việt Nam sẽ đưa phát thải ròng "
        "về 0 vào năm 2060."
    )
    events = extract_article(text, published="2033-12-01").events
    assert [e.date.iso() for e in events if e.type == "conference"] == ["2031-11"]


def test_the_meeting_as_the_subject_of_what_is_said_of_it_is_no_new_meeting():
    text = (
        "Ngày 15/8, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera tại Lima. "
        "Cuộc gặp ở Lima được hai bên chốt sau khi đặc phái viên Luis Vera tới Santiago hôm 6/8."
    )
    assert "meeting" not in kinds(text, published="2031-08-16")


def test_a_visit_named_in_what_is_said_of_it_is_no_new_visit():
    text = (
        "Ngày 8/4, Thủ tướng Lê Minh Tâm hội đàm với Tổng thống Chile Ana Soto tại Santiago. "
        "Tổng thống Ana Soto nhấn mạnh chuyến thăm có ý nghĩa đặc biệt đối với quan hệ hai nước."
    )
    assert kinds(text) == ["talks"]


def test_a_signing_named_as_what_analysts_speak_of_is_no_new_signing():
    text = (
        "Tổng thống Chile Ana Soto và Tổng thống Peru Carlos Rivera ngày 22/1 đã ký hiệp ước hợp tác mới tại Lima. "
        "Giới phân tích cho rằng việc ký hiệp ước diễn ra trong bối cảnh hai nhà lãnh đạo gặp khó khăn, đồng thời "
        "khu vực đối mặt với cuộc bầu cử Quốc hội vào tháng 5 tới."
    )
    assert kinds(text, "2031-01-22") == ["signing"]


def test_talks_spoken_at_are_the_talks_told_not_talks_of_a_year_the_speech_names():
    text = (
        "Ngày 16/12, Chủ tịch Quốc hội Lê Văn Bình hội đàm với Chủ tịch Hạ viện Peru Luis Vega. Phát biểu tại hội "
        "đàm, ông Luis Vega đánh giá cao chuyến thăm trong bối cảnh hai nước chuẩn bị kỷ niệm 50 năm quan hệ ngoại "
        "giao vào năm 2032."
    )
    assert [e.date.iso("start") for e in extract_article(text, published="2031-12-17").events if e.type == "talks"] == [
        "2031-12-16"
    ]


def test_an_aspect_of_the_visit_a_spokesman_speaks_of_is_no_visit_of_his():
    text = (
        "Tổng thống Chile Ana Soto sẽ thăm Peru ngày 3/9/2031. Ông Luis Vega cho biết mọi khía cạnh của chuyến thăm "
        "đã được chuẩn bị kỹ lưỡng."
    )
    visits = [[p.name for p in e.participants] for e in extract_article(text).events if e.type == "visit"]
    assert visits == [["Ana Soto"]]


def test_the_trip_told_as_a_subject_does_not_take_the_date_of_the_visit_it_follows():
    text = (
        "Ngày 6/9/2031, Thủ tướng Lê Minh Tâm dự Hội nghị Cấp cao Nhóm X tại Lima. Chuyến công tác cũng góp phần làm "
        "sâu sắc thêm quan hệ Việt Nam - Peru, tiếp nối chuyến thăm chính thức Peru của Chủ tịch nước Trần Văn Nam "
        "hồi tháng 12/2030."
    )
    visits = {e.date.iso("start"): [p.name for p in e.participants] for e in extract_article(text).events
              if e.type == "visit"}  # fmt: skip
    assert visits == {"2030-12": ["Trần Văn Nam"]}


def test_an_upgrade_the_leaders_agree_is_needed_is_no_upgrade():
    text = (
        "Ngay sau khi bà nhậm chức hồi tháng 8/2020, Thủ tướng Lê Minh Tâm và Thủ tướng Chile Ana Soto đã điện đàm "
        "và nhất trí cần sớm nâng cấp quan hệ song phương."
    )
    assert kinds(text) == ["call"]


def test_an_arrival_in_a_month_and_talks_held_there_are_a_visit_and_talks():
    text = "Lần trước, Tổng thống Chile Ana Soto tới Lima vào tháng 7/2029 và hội đàm với Tổng thống Peru Luis Vega."
    assert kinds(text) == ["talks", "visit"]


def test_a_stopover_is_a_visit():
    text = "Ngày 1/3/2031, Tổng thống Chile Ana Soto bất ngờ dừng chân tại thủ đô Kabul, gặp Tổng thống Luis Vega."
    assert kinds(text) == ["meeting", "visit"]


def test_a_trip_told_by_its_arrival_to_meet_someone_is_the_meeting_not_a_visit():
    text = "Tổng thống Chile Ana Soto cho biết bà sẽ tới Lima gặp Tổng thống Peru Luis Vera vào ngày 18/8."
    assert kinds(text, published="2031-08-10") == ["meeting"]
    to_sign = "Tổng thống Chile Ana Soto sẽ tới Lima để cùng Tổng thống Peru Luis Vera ký Hiệp định ngày 18/8."
    assert kinds(to_sign, published="2031-08-10") == ["signing"]
    where = "Từ Lima, Tổng thống Chile Ana Soto sẽ tới Peru, nơi bà dự kiến hội đàm với Tổng thống Luis Vera ngày 18/8."
    assert kinds(where, published="2031-08-10") == ["talks"]


def test_the_general_secretary_congratulating_in_person_sends_no_letter():
    text = "Ngày 8/4, Tổng Bí thư Lê Minh Tâm hội đàm với Thủ tướng Chile Ana Soto; Tổng Bí thư chúc mừng Chile."
    assert kinds(text) == ["talks"]


def test_a_dialogue_named_by_its_subject_is_a_session_of_the_two_and_one_named_by_its_place_a_conference():
    by_subject = (
        "Ngày 8/4, Ngoại trưởng Chile Ana Soto và Ngoại trưởng Peru Luis Vera tiến hành Đối thoại Ngoại giao và "
        "Chiến lược lần thứ 6 tại Lima."
    )
    by_place = "Ngày 8/4, Bộ trưởng Quốc phòng Chile Ana Soto dự Đối thoại Shangri-La lần thứ 20 tại Singapore."
    assert kinds(by_subject) == ["committee_session"] and kinds(by_place) == ["conference"]


def test_a_guest_received_by_a_host_is_a_meeting_of_its_own_beside_the_talks():
    text = (
        "Ngày 9/4/2031, Ngoại trưởng Chile Ana Soto hội đàm với Bộ trưởng Ngoại giao Lê Văn Hải "
        "và được Chủ tịch nước Trần Minh Đức tiếp."
    )
    by_type = {e.type: e for e in extract_article(text).events}
    assert {p.name for p in by_type["talks"].participants} == {"Ana Soto", "Lê Văn Hải"}
    assert {p.name for p in by_type["meeting"].participants} == {"Ana Soto", "Trần Minh Đức"}
    assert not extract_article("Ngày 9/4/2031, đề xuất của Chile được các nước tiếp thu.").events
    received = "Chuyến thăm Chile tháng 7/2031 của Thủ tướng Lê Văn Hải là lần đầu ông được đón tiếp tại Santiago."
    assert kinds(received) == ["visit"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2031 đánh dấu tròn 60 năm Chile và Peru thiết lập quan hệ ngoại giao.",
        "Chuyến thăm Peru của Tổng thống Chile Ana Soto, dự kiến diễn ra hồi tháng 1/2031, đã phải hoãn lại.",
        "Cuộc gặp giữa Tổng thống Chile Ana Soto và Tổng thống Peru Luis Vega, dự kiến diễn ra ngày 3/5, đã bị "
        "phía Peru hủy vào phút chót.",
        "Sáng mai (17/5), Tổng thống Chile Ana Soto sẽ có bài phát biểu tại Trung tâm Hội nghị Quốc gia Lima.",
        "Tại kỳ họp thứ nhất Đại hội Đại biểu Nhân dân toàn quốc (Quốc hội) Peru khóa XX, ông Luis Vega hôm qua được "
        "bầu lại làm Chủ tịch nước.",
        "Ông Luis Vega là vị khách quốc tế đầu tiên dự khán kỳ họp Quốc hội Peru tại tòa nhà mới ngày 3/5.",
        "Ngày 9/1/2031, Tổng thống Peru Luis Vega đưa Tổng thống Chile Ana Soto đi thăm Vườn Bách thảo Lima.",
    ],
)
def test_a_count_of_years_a_postponement_and_a_site_visited_are_no_events(sentence):
    assert extract_article(sentence, published="2031-05-16").events == []


def test_a_lead_naming_the_parties_by_their_countries_offices_dates_the_event_their_names_are_told_with():
    text = (
        "Ngoại trưởng Chile và Peru hôm nay (6/4) đã hội đàm tại Quito.\n"
        "Theo hãng tin AP, Ngoại trưởng Chile Ana Soto và người đồng cấp Peru Luis Vega đã bắt tay trước khi bước "
        "vào cuộc hội đàm.\n"
        "Ngày 10/3, sau nhiều ngày hội đàm kín tại Quito, Cố vấn An ninh Chile Pablo Rojas đã ký thỏa thuận với "
        "phía Peru."
    )
    talks = [e for e in extract_article(text, published="2031-04-07").events if e.type == "talks"]
    named = [t for t in talks if {p.name for p in t.participants} == {"Ana Soto", "Luis Vega"}]
    assert [t.date.start.isoformat() for t in named] == ["2031-04-06"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 19/6/2031, phía Chile có Ngoại trưởng Ana Soto cùng nhiều quan chức tham dự hội đàm mở rộng.",
        "Tổng thống Chile Ana Soto tại lễ đón ở sân bay quốc tế Lima chiều 17/4/2031.",
    ],
)
def test_an_attendance_list_and_a_welcome_at_the_airport_are_no_events_of_their_own(sentence):
    assert extract_article(sentence).events == []


def test_a_summit_with_the_leaders_of_several_countries_is_a_conference():
    assert kinds("Ngày 14/5/2031, Tổng thống Chile Ana Soto dự hội nghị thượng đỉnh với lãnh đạo các nước Andes.") == [
        "conference"
    ]


def test_a_digests_lead_tells_its_items_with_the_body_not_as_events_of_the_digests_day():
    text = (
        "Tin thế giới sáng 19/5\n"
        "Chile và Peru nâng quan hệ lên Đối tác chiến lược; Ecuador và Bolivia ký hiệp định thương mại; Tổng thống "
        "Uruguay Pablo Rojas kết thúc chuyến thăm Brazil... là những tin đáng chú ý sáng nay.\n"
        "Ngày 18/5/2031, Tổng thống Chile Ana Soto và Tổng thống Peru Luis Vega nhất trí nâng quan hệ lên Đối tác "
        "chiến lược."
    )
    events = extract_article(text, published="2031-05-19").events
    assert [(e.type, e.date.start.day) for e in events] == [("upgrade", 18)]


def test_the_opening_of_a_gathering_and_its_welcome_of_all_leaders_are_the_gathering_not_ceremonies_of_their_own():
    assert kinds("Tối 31/5/2031, Thủ tướng Lê Văn Hải phát biểu tại lễ khai mạc Diễn đàn Hòa bình Lima lần thứ 3.") == [
        "conference"
    ]
    assert (
        kinds(
            "Chiều 18/11/2031, Chủ tịch nước dự lễ đón chính thức các nhà lãnh đạo kinh tế do Tổng thống Peru chủ trì."
        )
        == []
    )


def test_this_session_names_the_one_the_article_is_about():
    text = "Ngày 4/11/2031, kết thúc Khóa họp lần này, hai Phó Thủ tướng sẽ ký Biên bản Khóa họp."
    assert kinds(text) == ["signing"]


def test_what_is_to_be_done_soon_studied_or_negotiated_is_no_event():
    soon = (
        "Ngày 8/4, Thủ tướng Lê Minh Tâm gặp Thủ tướng Peru Ana Soto; hai bên nhất trí sớm nghiên cứu nâng cấp "
        "quan hệ và mong Hiệp định thương mại sớm được ký kết."
    )
    assert kinds(soon) == ["meeting"]
    negotiated = (
        "Ngày 8/4, Ngoại trưởng Peru Ana Soto hội đàm với Ngoại trưởng Chile Carlos Rivera về đàm phán ký hiệp ước."
    )
    assert kinds(negotiated) == ["talks"]
    paved = "Ngày 8/4, Thủ tướng Lê Minh Tâm điện đàm với Thủ tướng Peru Ana Soto, tạo đà cho việc nâng cấp quan hệ."
    assert kinds(paved) == ["call"]
    both = (
        "Ngày 8/4, Thủ tướng Lê Minh Tâm hội đàm với Thủ tướng Peru Ana Soto; hai bên nhất trí tích cực đàm phán, "
        "ký kết các văn kiện hợp tác mới."
    )
    assert kinds(both) == ["talks"]


@pytest.mark.parametrize(
    "in_general",
    [
        "gặp lãnh đạo các nước dự hội nghị",
        "có loạt cuộc gặp song phương với lãnh đạo nhiều nền kinh tế thành viên",
        "dự kiến gặp lãnh đạo một số nước ASEAN và đối tác",
    ],
)
def test_meeting_counterparts_in_general_is_no_event(in_general):
    text = f"Tại Lima ngày 8/4, Thủ tướng Lê Minh Tâm {in_general}."
    assert kinds(text) == []
    assert kinds("Ngày 8/4, Thủ tướng Lê Minh Tâm gặp Thủ tướng Peru Ana Soto tại Lima.") == ["meeting"]


def test_a_meeting_to_be_held_soon_is_no_event():
    text = (
        "Ngày 8/4, Ngoại trưởng Peru Ana Soto hội đàm với Ngoại trưởng Chile Carlos Rivera. Hai bên nhất trí để các "
        "đại diện đặc biệt, gồm Cố vấn An ninh Peru Luis Costa và Thứ trưởng Chile Juan Pérez, sớm gặp nhau."
    )
    assert kinds(text) == ["talks"]


def test_the_opening_of_the_gathering_told_and_a_session_named_as_a_moment_are_no_events():
    opening = (
        "Ngày 8/4, Chủ tịch Quốc hội Lê Thị Mai hội kiến Chủ tịch Thượng viện Peru Ana Soto. Hôm sau, bà Lê Thị Mai "
        "chủ trì lễ khai mạc với sự tham dự của hơn 300 đại biểu."
    )
    assert kinds(opening) == ["meeting"]
    moment = "Sáng 8/4, trước phiên họp toàn thể, Thủ tướng Lê Minh Tâm gặp Thủ tướng Peru Ana Soto."
    assert kinds(moment) == ["meeting"]
    # An opening named is an event of its own.
    assert kinds("Ngày 8/4, Thủ tướng Lê Minh Tâm dự lễ khai mạc Năm Hữu nghị Việt Nam - Peru.") == ["other"]


def test_a_visit_put_off_whose_plan_is_dated_with_dots_never_happened():
    text = (
        "Ngày 8/4/2032, Thủ tướng Lê Minh Tâm hội đàm với Tổng thống Chile Ana Soto. "
        "Chuyến thăm Chile của Thủ tướng ban đầu được lên kế hoạch vào tháng 3.2031, song đã bị hoãn vì bão."
    )
    assert kinds(text) == ["talks"]


def test_a_count_of_the_meetings_told_and_a_custom_since_a_year_are_no_events():
    text = (
        "Ngày 8/4/2032, Thủ tướng Lê Minh Tâm hội đàm với Tổng thống Chile Ana Soto. "
        "Đây là lần thứ ba trong năm nay hai nhà lãnh đạo gặp nhau. "
        "Từ năm 2015, hai nước tổ chức Hội nghị thượng đỉnh thường niên mỗi năm một lần."
    )
    assert kinds(text) == ["talks"]


def test_a_count_of_the_years_two_named_sides_have_had_relations_is_no_establishment():
    text = (
        "Ngày 3/5/2031, Tổng thống Chile Ana Soto hội đàm với Thủ tướng Lê Văn Hải. "
        "Năm 2032 sẽ đánh dấu 60 năm Việt Nam - Chile thiết lập quan hệ ngoại giao."
    )
    assert kinds(text) == ["talks"]


def test_an_upgrade_named_as_a_topic_with_no_date_is_no_event():
    text = (
        "Ngày 3/5/2031, Tổng thống Chile Ana Soto hội đàm với Thủ tướng Lê Văn Hải. Thủ tướng đánh giá cao vai trò "
        "của Tổng thống trong việc hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện."
    )
    assert kinds(text) == ["talks"]


def test_an_upgrade_announced_and_a_meeting_a_first_is_counted_from_are_events():
    text = (
        "Ngày 10/9/2031, Tổng thống Chile Ana Soto và Thủ tướng Lê Văn Hải tuyên bố về việc nâng tầm quan hệ lên "
        "Đối tác chiến lược. Đây là lần đầu tiên hai nhà lãnh đạo gặp nhau kể từ cuộc gặp tháng 11/2028 tại Lima "
        "giữa Tổng thống Chile Ana Soto và Thủ tướng Lê Văn Hải."
    )
    assert kinds(text, published="2031-09-10") == ["meeting", "upgrade"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2032 sẽ đánh dấu 60 năm Việt Nam - Liên bang Nga thiết lập quan hệ ngoại giao.",
        "Chủ tịch nước chúc mừng kết quả, nhất là việc hai nước nâng cấp quan hệ đúng dịp kỷ niệm 50 năm quan hệ.",
        "Cùng ngày, Chủ tịch nước Lê Văn Hải thăm Đại sứ quán Việt Nam tại Lima.",
    ],
)
def test_a_count_of_years_a_topic_and_an_embassy_visited_are_no_events(sentence):
    assert extract_article(sentence, published="2031-05-16").events == []


@pytest.mark.parametrize(
    "sitting",
    ["phiên họp BRICS mở rộng ở Kazan", "phiên họp thứ nhất của Hội nghị Cấp cao BRICS lần thứ 16 ở Kazan"],
)
def test_a_sitting_of_a_summit_is_no_committee_session(sitting):
    text = f"Ngày 24/10/2031, Thủ tướng Lê Văn Hải dự và phát biểu tại {sitting}."
    assert "committee_session" not in kinds(text)


def test_an_upgrade_named_as_a_topic_beside_an_anniversarys_years_is_no_event():
    text = (
        "Chủ tịch nước chúc mừng kết quả, nhất là việc hai nước nâng cấp quan hệ đúng dịp kỷ niệm 50 năm quan hệ "
        "ngoại giao (1981 - 2031)."
    )
    assert "upgrade" not in kinds(text, published="2031-05-16")


def test_a_wish_to_welcome_a_visitor_and_a_meeting_with_leaders_unnamed_are_no_events():
    text = (
        "Ngày 19/10/2031, Thủ tướng Lê Văn Hải hội đàm với Quốc vương Qatar Tamim Al Thani. Thủ tướng bày tỏ mong "
        "muốn được đón Quốc vương Qatar thăm Việt Nam vào tháng 11 tới. Thủ tướng cũng sẽ hội kiến các đồng chí "
        "lãnh đạo chủ chốt của Qatar."
    )
    assert kinds(text) == ["talks"]


@pytest.mark.parametrize("hastened", ["đẩy nhanh việc ký kết", "thúc đẩy ký kết", "tiến tới ký kết"])
def test_a_signing_hastened_or_prepared_is_no_signing(hastened):
    text = (
        "Ngày 20/10/2031, Thủ tướng Lê Văn Hải hội đàm với Tổng thống Chile Ana Soto. Hai nhà lãnh đạo giao các bộ "
        f"{hastened} hiệp định thương mại gạo."
    )
    assert kinds(text) == ["talks"]


def test_a_summit_of_two_leaders_written_with_capitals_is_their_talks():
    text = (
        "Hội nghị Thượng đỉnh Chile - Peru lần thứ hai giữa Tổng thống Ana Soto và Tổng thống Luis Vega diễn ra tại "
        "Lima trong hai ngày 27-28/2/2031."
    )
    assert [(e.type, e.date.iso("start"), e.date.iso("end")) for e in extract_article(text).events] == [
        ("talks", "2031-02-27", "2031-02-28")
    ]


def test_the_host_met_and_an_anniversary_of_a_leaders_visit_long_ago():
    text = (
        "Ngày 24/10/2031, Phó Chủ tịch nước Lê Thị Hoa đã hội kiến Tổng thống nước chủ nhà Luis Vega và chủ trì lễ "
        "kỷ niệm 60 năm Chủ tịch Hồ Chí Minh thăm Peru."
    )
    events = extract_article(text).events
    assert "visit" not in {e.type for e in events}
    meeting = next(e for e in events if e.type == "meeting")
    assert {p.name for p in meeting.participants} == {"Lê Thị Hoa", "Luis Vega"}


def test_a_forums_policy_dialogue_sitting_is_no_committee_session():
    assert kinds("Ngày 24/6/2031, Thủ tướng Lê Văn Hải dự Phiên đối thoại chính sách với Chủ tịch WEF.") == []


def test_a_session_named_for_its_results_is_no_event():
    text = (
        "Ngày 14/7/2031, Thủ tướng Lê Văn Hải hội đàm với Thủ tướng Chile Ana Soto. Thủ tướng đề nghị hai bên triển "
        "khai hiệu quả kết quả Phiên họp lần thứ 9 Ủy ban hợp tác liên Chính phủ và nghe báo cáo kết quả Hội nghị "
        "Quan chức cấp cao hai nước."
    )
    assert kinds(text) == ["talks"]


def test_a_spokesperson_confirming_the_call_and_meetings_many_times_are_no_new_events():
    text = (
        "Ngày 12/2/2031, Tổng thống Chile Ana Soto điện đàm với Tổng thống Peru Luis Vega. Người phát ngôn Bộ Ngoại "
        "giao Peru Carlos Ruiz xác nhận cuộc điện đàm kéo dài gần một giờ. Hai Tổng thống đã gặp nhau nhiều lần, "
        "trong đó có chuyến thăm chính thức Peru của Tổng thống Ana Soto vào tháng 3-2030."
    )
    assert kinds(text) == ["call", "visit"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Chiều 10/5/2031, Tổng thống Chile Ana Soto đã hội đàm với Tổng thống Peru Luis Vega, cuộc gặp chính "
            "thức đầu tiên giữa hai nhà lãnh đạo kể từ năm 2029.",
            "talks",
        ),
        (
            "Sáng 11/5/2031, Tổng thống Chile Ana Soto và Tổng thống Peru Luis Vega đã có cuộc hội đàm, lần đầu "
            "tiên hai nhà lãnh đạo gặp nhau kể từ khi ông Vega nhậm chức.",
            "talks",
        ),
        (
            "Hôm 12/5/2031, Tổng thống Chile Ana Soto và Tổng thống Peru Luis Vega đã hội đàm tại Cusco, song cuộc "
            "gặp không mang lại đột phá nào.",
            "talks",
        ),
        (
            "Hôm 18/5/2031, Tổng thống Chile Ana Soto và Tổng thống Peru Luis Vega đã điện đàm và thống nhất sẽ "
            "gặp nhau tại Lima.",
            "call",
        ),
    ],
)
def test_talks_counted_among_meetings_and_a_meeting_agreed_on_the_day_are_one_event(sentence, kind):
    assert [e.type for e in extract_article(sentence).events] == [kind]


def test_the_meeting_a_remark_counts_is_no_event_but_the_one_it_counts_from_is():
    text = "Đây là lần thứ hai hai nhà lãnh đạo gặp mặt, sau hội nghị thượng đỉnh tại Lima tháng 6 năm ngoái."
    assert [e.type for e in extract_article(text, published="2031-02-27").events] == ["conference"]


def test_the_ceremony_of_an_anniversary_of_a_treaty_is_the_anniversary():
    text = (
        "Ngày 22/1/2033, Tổng thống Chile Ana Soto và Tổng thống Peru Luis Vega dự lễ kỷ niệm 60 năm ngày ký Hiệp "
        "ước Lima."
    )
    assert kinds(text, "2033-01-23") == ["anniversary"]


def test_a_gathering_named_as_the_moment_after_which_the_news_happens_is_the_one_told_before():
    text = (
        "Ngày 31/8/2031, Tổng thống Chile Ana Soto dự Hội nghị thượng đỉnh SCO tại Thiên Tân. Sau hội nghị SCO, bà "
        "Soto sẽ tới Bắc Kinh để hội đàm chính thức với Chủ tịch Trung Quốc Tập Cận Bình vào ngày mai (1/9)."
    )
    found = sorted((e.type, e.date.iso()) for e in extract_article(text, published="2031-08-31").events)
    assert [f for f in found if f[0] == "conference"] == [("conference", "2031-08-31")]


def test_a_process_of_dialogue_is_no_session():
    text = (
        "Ngày 26/5/2031, Tổng thống Chile Ana Soto và Tổng thống Peru Luis Vega có cuộc gặp bất ngờ tại Lima, "
        "cam kết thúc đẩy tiến trình đối thoại Chile - Bolivia."
    )
    assert kinds(text) == ["meeting"]


def test_a_visit_said_to_bring_something_is_the_one_told_and_an_upgrade_to_be_studied_is_none():
    text = (
        "Sáng 9/2/2031, Thủ tướng Lê Văn An hội kiến Tổng thống Chile Ana Soto. Tổng thống Ana Soto tin tưởng chuyến "
        "thăm sẽ góp phần làm sâu sắc quan hệ. Hai nhà lãnh đạo nhất trí giao các bộ nghiên cứu khả năng nâng cấp "
        "quan hệ hai nước."
    )
    assert kinds(text) == ["meeting"]


def test_one_group_s_summit_told_by_its_opening_and_its_days_is_one_whoever_each_sentence_names():
    text = (
        "Ngày 18/11/2031, Thủ tướng Lê Văn An cùng lãnh đạo các nước thành viên G20 dự phiên khai mạc Hội nghị "
        "thượng đỉnh G20 tại Lima. Hội nghị thượng đỉnh G20 lần thứ 26 diễn ra trong hai ngày 18-19/11, dưới sự chủ "
        "trì của Tổng thống Peru Luis Vega."
    )
    summits = [e for e in extract_article(text).events if e.type == "conference"]
    assert [(e.date.iso(), e.date.iso("end")) for e in summits] == [("2031-11-18", "2031-11-19")]


@pytest.mark.parametrize(
    "onward",
    [
        "sẽ tới Hàng Châu, Trung Quốc để dự Hội nghị thượng đỉnh G20 diễn ra trong hai ngày 4-5/9.",
        "sẽ tới Singapore, sau đó tham dự Hội nghị thượng đỉnh G20 tại Bali trong hai ngày 4-5/9.",
        "sẽ tới Hàng Châu, Trung Quốc, dự Hội nghị thượng đỉnh G20 diễn ra trong hai ngày 4-5/9.",
    ],
)
def test_an_onward_leg_to_a_summit_told_with_its_city_and_country_is_the_summit(onward):
    assert kinds(f"Rời Hà Nội, Thủ tướng Ấn Độ Raj Mehta {onward}", "2031-09-03") == ["conference"]


def test_staying_on_after_a_state_visit_to_attend_a_summit_is_no_new_visit():
    text = (
        "Chủ tịch Brazil Pedro Lima tới Pretoria sáng 3/9/2031, bắt đầu chuyến thăm cấp nhà nước Nam Phi. "
        "Sau chuyến thăm cấp nhà nước, ông Pedro Lima sẽ ở lại Nam Phi để dự Hội nghị thượng đỉnh Nhóm X "
        "diễn ra tại Johannesburg từ ngày 5 đến 7/9."
    )
    assert sorted(kinds(text)) == ["conference", "visit"]


def test_a_trip_to_attend_a_dialogue_or_an_inauguration_mass_is_no_visit():
    dialogue = "Ngày 29/7/2031, Ngoại trưởng Chile Ana Soto sẽ tới Lima để dự Đối thoại Chiến lược Chile - Peru."
    assert "visit" not in kinds(dialogue)
    mass = "Ngày 17/5/2031, Thủ tướng Chile Ana Soto sẽ tới Rome để dự thánh lễ nhậm chức của Giáo hoàng."
    assert "visit" not in kinds(mass)


def test_a_summit_of_a_country_and_a_group_of_countries_is_a_conference():
    text = (
        "Ngày 9/4, Chủ tịch Trung Quốc Lý Minh dự Hội nghị thượng đỉnh Trung Quốc - các quốc gia A-rập lần thứ nhất "
        "với Thái tử Ả-rập Xê-út Omar Fahd."
    )
    assert kinds(text) == ["conference"]


def test_a_meeting_recalled_with_its_own_date_after_another_is_a_meeting():
    text = (
        "Chiều 15/11/2023, Tổng thống Mỹ John Carter hội đàm với Chủ tịch Trung Quốc Lý Minh. Đây là cuộc gặp thứ hai "
        "giữa hai nhà lãnh đạo, sau cuộc gặp tại Bali bên lề Hội nghị G20 hồi tháng 11 năm ngoái."
    )
    found = [(e.type, e.date.iso()) for e in extract_article(text).events]
    assert ("meeting", "2022-11") in found


def test_a_gathering_that_opens_after_the_sentence_s_day_is_not_of_that_day():
    text = (
        "Chiều 14/11/2022, Tổng thống Mỹ John Carter và Chủ tịch Trung Quốc Lý Minh đã có cuộc gặp trực tiếp đầu tiên, "
        "một ngày trước khi Hội nghị thượng đỉnh G20 khai mạc tại Bali."
    )
    assert kinds(text) == ["meeting"]


def test_no_plan_for_a_meeting_is_no_meeting():
    text = (
        "Ngày 28/2/2019, Tổng thống Mỹ John Carter cho biết Ngoại trưởng Mark Stone sẽ tiếp tục trao đổi với phía "
        "Triều Tiên, song chưa có kế hoạch cho một cuộc gặp thượng đỉnh tiếp theo."
    )
    assert kinds(text) == []
    skipped = "Ngày 13/11/2022, Tổng thống Chile Ana Soto cho biết sẽ không dự Hội nghị cấp cao APEC ngày 18-19/11."
    assert kinds(skipped) == []


def test_a_gathering_in_a_clause_of_when_after_a_year_is_of_that_year():
    text = (
        "Ngày 8/7/2024, Thủ tướng Ấn Độ Raj Mehta tới Moskva. Đây là chuyến thăm Nga đầu tiên của ông kể từ năm 2019, "
        "khi ông tới Vladivostok dự Diễn đàn Kinh tế phương Đông."
    )
    found = [(e.type, e.date.iso()) for e in extract_article(text).events]
    assert ("conference", "2019") in found


def test_a_summit_of_three_sides_is_a_conference():
    text = (
        "Ngày 11/4/2024, Tổng thống Mỹ John Carter chủ trì Hội nghị thượng đỉnh ba bên Mỹ-Nhật-Philippines đầu tiên "
        "với sự tham dự của Thủ tướng Nhật Bản Sato Ken."
    )
    assert kinds(text) == ["conference"]


def test_a_ships_port_call_is_no_visit_of_leaders():
    text = (
        "Ngày 12/5, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera tại Lima. "
        "Chile cũng sẽ điều tàu huấn luyện Esmeralda tới thăm cảng Callao vào tháng 6. "
        "Trước đó, chuyến thăm cảng Valparaíso của tàu hộ vệ Peru hồi tháng 3 đã diễn ra tốt đẹp."
    )
    assert kinds(text, published="2031-05-13") == ["talks"]


def test_talks_held_in_an_annual_meeting_mechanism_are_one_event():
    text = (
        "Ngày 4/7/2031, tại Lima, Tổng thống Peru Carlos Rivera và Tổng thống Chile Ana Soto đã hội đàm "
        "trong khuôn khổ Cuộc gặp thường niên lãnh đạo hai nước lần thứ 8."
    )
    assert kinds(text, published="2031-07-05") == ["talks"]


def test_mechanisms_listed_in_talks_are_no_sessions_held():
    text = (
        "Ngày 5/6, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera. Tại hội đàm, hai bên nhất "
        "trí phát huy hiệu quả các cơ chế hợp tác như Ủy ban hỗn hợp về hợp tác song phương, Tham vấn chính trị "
        "giữa hai Bộ Ngoại giao và Đối thoại chiến lược quốc phòng."
    )
    assert kinds(text, published="2031-06-06") == ["talks"]


def test_an_upgrade_set_as_an_aim_is_not_done():
    text = (
        "Tổng thống Chile Ana Soto thăm chính thức Peru hồi tháng 6/2030, khi hai bên lần đầu nêu mục tiêu nâng cấp "
        "quan hệ lên Đối tác chiến lược."
    )
    assert kinds(text, published="2031-03-08") == ["visit"]


def test_dialogues_resumed_are_no_sessions_held():
    text = (
        "Ngày 15/11, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera. Theo Phủ Tổng thống, hai "
        "bên nhất trí khôi phục liên lạc quân sự cấp cao, bao gồm đối thoại chính sách quốc phòng và điện đàm giữa "
        "các chỉ huy quân sự, vốn bị Lima cắt đứt từ tháng 8 năm ngoái."
    )
    assert kinds(text, published="2031-11-16") == ["talks"]


def test_a_summit_with_no_document_signed_tells_no_signing():
    text = (
        "Tổng thống Chile Ana Soto đang ở Lima dự thượng đỉnh không chính thức với Tổng thống Peru Carlos Rivera kéo "
        "dài hai ngày 27-28/4/2031, không có văn kiện ký kết hay tuyên bố chung."
    )
    assert "signing" not in [e.type for e in extract_article(text).events]


def test_raising_ties_to_a_higher_level_is_no_upgrade():
    text = (
        "Thủ tướng Chile Ana Soto cho biết hai bên đã thống nhất cùng làm việc để nâng quan hệ lên tầm cao hơn, phát "
        "biểu sau hội đàm với Thủ tướng Lê Văn An tại Hà Nội hôm qua (4/6)."
    )
    assert [e.type for e in extract_article(text, published="2031-06-05").events] == ["talks"]


def test_intergovernmental_consultations_are_a_committee_session():
    text = "Tháng 6-2030, Thủ tướng Peru Carlos Rivera đã tới Santiago dự vòng tham vấn liên chính phủ Chile - Peru."
    kinds = [e.type for e in extract_article(text, published="2031-04-17").events]
    assert "committee_session" in kinds


def test_a_greeting_in_an_events_name_is_no_meeting():
    text = (
        "Tối 9/3/2031, Thủ tướng Lê Văn An phát biểu trước kiều bào tại sự kiện “Hola An” (Xin chào An) tổ chức ở "
        "sân vận động Santiago."
    )
    assert [e.type for e in extract_article(text, published="2031-03-09").events if e.type == "meeting"] == []


def test_a_dialogue_agreed_to_be_restarted_is_no_session():
    text = (
        "Ngày 16/3/2031, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera. Ông Rivera cho biết hai "
        "bên cũng nhất trí khởi động lại Đối thoại An ninh Chile - Peru ở cấp thứ trưởng, kênh bị gián đoạn nhiều năm."
    )
    assert kinds(text, published="2031-03-16") == ["talks"]


def test_a_tour_of_several_countries_is_no_visit_of_one_host():
    text = (
        "Chuyến công du 3 nước Nam Mỹ từ ngày 17 - 19.7.2031 của Tổng thống Chile Ana Soto mang về hàng tỉ USD cam kết "
        "đầu tư. Ngày 17/7, bà hội đàm với Tổng thống Peru Carlos Rivera tại Lima."
    )
    assert kinds(text, published="2031-07-20") == ["talks"]


def test_dialogues_listed_after_agreeing_to_restart_them_are_no_sessions():
    text = (
        "Ngày 16/3/2031, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera. Ông Rivera cho biết hai "
        "bên nhất trí khởi động lại Đối thoại An ninh ở cấp thứ trưởng và đối thoại chiến lược kinh tế, hai kênh bị "
        "gián đoạn nhiều năm."
    )
    assert kinds(text) == ["talks"]


def test_an_upgrade_a_host_affirms_at_a_meeting_is_a_topic_not_an_upgrade_of_that_day():
    text = (
        "Chủ tịch nước Lê Văn An hội kiến Tổng thống Chile Ana Soto, khẳng định việc hai nước nâng cấp quan hệ lên Đối "
        "tác chiến lược toàn diện mở ra chương mới."
    )
    assert kinds(text, published="2031-09-11") == ["meeting"]


def test_a_meeting_counted_among_the_leaders_meetings_of_the_year_is_no_meeting_of_its_own():
    text = (
        "Ngày 8/6/2031, Tổng thống Chile Ana Soto tiếp Tổng thống Peru Carlos Rivera tại Santiago. Tên gọi của tuyên "
        "bố gợi nhắc Hiến chương mà Tổng thống Chile Pedro Díaz và Tổng thống Peru Luis Vega ký kết năm 1941. Cuộc gặp "
        "tại Santiago là lần thứ tư hai nhà lãnh đạo gặp nhau trong năm nay."
    )
    meetings = [e for e in extract_article(text, published="2031-06-08").events if e.type == "meeting"]
    assert [(m.date.iso(), sorted(p.name for p in m.participants)) for m in meetings] == [
        ("2031-06-08", ["Ana Soto", "Carlos Rivera"])
    ]


def test_an_embassy_moved_to_a_city_is_no_visit():
    assert kinds("Chile đã chuyển Đại sứ quán tới Lima vào tháng 5/2018.", published="2031-02-07") == []
    assert kinds("Tổng thống Chile Ana Soto đã tới Lima vào tháng 5/2018.", published="2031-02-07") == ["visit"]


def test_a_visit_the_guest_will_try_to_make_some_day_is_no_visit():
    text = (
        "Ngày 25/7/2031, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Chile Ana Soto. Chủ tịch nước chuyển lời mời "
        "Tổng thống Ana Soto thăm Việt Nam. Theo Chủ tịch nước, Tổng thống Ana Soto nhận lời sẽ cố gắng thăm Việt Nam "
        "trước khi kết thúc nhiệm kỳ."
    )
    assert kinds(text, published="2031-07-26") == ["talks"]


def test_a_university_two_leaders_go_to_see_is_no_visit():
    text = (
        "Trưa 26/5/2031, Chủ tịch nước Lê Văn An cùng Tổng thống Chile Ana Soto đến thăm Trường Đại học Khoa học Hà "
        "Nội."
    )
    assert kinds(text, published="2031-05-26") == []


def test_a_partnership_said_to_have_been_set_up_in_the_passive_is_an_upgrade():
    text = (
        "Quan hệ Đối tác toàn diện Chile - Peru được xác lập vào tháng 7/2029, nhân chuyến thăm Peru của bà Ana Soto."
    )
    assert "upgrade" in kinds(text, published="2031-07-04")


def test_how_many_times_two_leaders_have_met_is_no_meeting():
    text = (
        "Ngày 16/5/2031, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera tại Lima. "
        "Hai nhà lãnh đạo đã gặp nhau hơn 40 lần."
    )
    assert kinds(text, published="2031-05-17") == ["talks"]


def test_the_meeting_a_sentence_opens_with_after_the_talks_of_the_same_two_is_those_talks():
    text = (
        "Ngày 26/5/2031, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Carlos Rivera tại Lima. "
        "Trong cuộc gặp với Tổng thống Ana Soto, Tổng thống Carlos Rivera nhất trí thiết lập cơ chế đối thoại 2+2."
    )
    assert kinds(text, published="2031-05-27") == ["talks"]


def test_many_meetings_told_together_are_no_meeting_of_their_own():
    text = (
        "Nhân dịp này, Tổng thống Chile Ana Soto có hàng chục cuộc gặp song phương trong ba ngày từ 26 đến 28/9/2031. "
        "Ngày 26/9, bà Ana Soto tiếp Tổng thống Peru Carlos Rivera."
    )
    found = [(e.type, e.date.iso("start")) for e in extract_article(text, published="2031-09-29").events]
    assert found == [("meeting", "2031-09-26")]


def test_a_visit_a_meeting_prepares_for_is_not_dated_by_the_meeting():
    text = (
        "Cũng trong chuyến thăm, Ngoại trưởng Peru Carlos Rivera dự kiến được Tổng thống Chile Ana Soto tiếp vào hôm "
        "nay (1/8) để chuẩn bị cho chuyến thăm Peru của nhà lãnh đạo Chile."
    )
    assert kinds(text, published="2031-08-01") == ["meeting"]


@pytest.mark.parametrize(
    "text, act",
    [
        ("Ngày 13/9/2029, hai nước ký Hiệp định tạm thời tại Lima để bình thường hóa quan hệ.", "upgrade"),
        (
            "Ngày 7/10/2031, Thứ trưởng Chile Ana Soto đã tham vấn chính trị với Thứ trưởng Peru Carlos Rivera tại "
            "Lima, cơ bản hoàn tất nội dung các văn kiện để ký kết.",
            "signing",
        ),
        (
            "Ngày 12/11/2031, hai nguyên thủ Chile và Peru khẳng định tính đúng đắn của việc nâng cấp quan hệ lên Đối "
            "tác chiến lược toàn diện.",
            "upgrade",
        ),
    ],
)
def test_an_act_aimed_at_or_affirmed_is_none_of_the_sentence_s_day(text, act):
    assert act not in kinds(text, published="2031-11-12")


def test_a_visit_prepared_for_that_its_sentence_times_stays_a_planned_visit():
    text = (
        "Ngày 3/9/2031, Ngoại trưởng Chile Ana Soto hội đàm với Ngoại trưởng Peru Carlos Rivera. Các cuộc hội đàm cũng "
        "sẽ chuẩn bị cho chuyến thăm Peru trong tháng tới của Tổng thống Chile Luis Vega."
    )
    assert "visit" in kinds(text, published="2031-09-03")


def test_visits_in_general_that_two_sides_plan_to_exchange_are_no_visit():
    text = (
        "Tối 23/3/2031, tại Lima, Đại sứ quán Chile tổ chức tiệc chiêu đãi kỷ niệm 50 năm thiết lập quan hệ ngoại "
        "giao Chile - Peru. Thứ trưởng cho biết trong năm nay, hai bên dự kiến trao đổi một số chuyến thăm cấp cao."
    )
    assert "visit" not in kinds(text, published="2031-03-24")


def test_a_visit_planned_before_it_was_put_off_is_no_visit():
    text = "Chuyến thăm Peru của Tổng thống Ana Soto vốn được lên kế hoạch cho cuối tháng 3/2031, trước khi phải hoãn."
    assert kinds(text, published="2031-09-23") == []


def test_going_to_a_palace_for_a_ceremony_is_no_visit_of_its_own():
    text = (
        "Ngày 21/3/2031, ông Carlos Rivera sẽ tới Cung Cách mạng dự lễ đón chính thức và hội đàm với Chủ tịch Chile "
        "Ana Soto."
    )
    assert "visit" not in kinds(text, published="2031-03-18")


def test_the_signing_said_of_as_an_act_is_the_one_told_not_another_on_a_day_it_is_measured_from():
    text = (
        "Ngày 17/1, Tổng thống Chile Ana Soto và Tổng thống Peru Carlos Rivera ký Hiệp ước Đối tác chiến lược toàn "
        "diện tại Santiago. Theo các nhà quan sát, việc ký kết hiệp ước diễn ra chỉ ba ngày trước lễ nhậm chức của "
        "Tổng thống đắc cử Ecuador Luis Vega vào thứ Hai tới (20/1)."
    )
    events = extract_article(text, published="2031-01-18").events
    assert [(e.type, e.date.iso()) for e in events] == [("signing", "2031-01-17")]


def test_a_place_the_visitor_did_not_go_to_is_no_visit():
    text = (
        "Ngày 4/7, Tổng thống Peru Carlos Rivera hội đàm với Tổng thống Chile Ana Soto tại Santiago. Đáng chú ý, ông "
        "Rivera không tới thăm Valparaíso, khác với thông lệ của nhiều lãnh đạo nước ngoài."
    )
    assert kinds(text, published="2031-07-05") == ["talks"]


def test_a_greeting_at_the_airport_is_the_visits_arrival_not_a_meeting():
    text = (
        "Tổng thống Peru Carlos Rivera thăm Chile từ ngày 4 đến 6/7. Tổng thống Chile Ana Soto (phải) ôm chào Tổng "
        "thống Peru Carlos Rivera tại sân bay Santiago chiều 4/7."
    )
    assert kinds(text, published="2031-07-05") == ["visit"]


def test_a_new_leaders_introductory_visit_is_a_visit_not_a_launch():
    text = (
        "Trong chuyến thăm ra mắt Peru ngày 11-12.6.2031, Thủ tướng Chile Ana Soto và Thủ tướng Peru Carlos Rivera đã "
        "nhất trí đẩy nhanh đàm phán."
    )
    assert kinds(text, published="2031-06-20") == ["visit"]


def test_receiving_an_envoys_delegation_to_schedule_a_summit_is_a_meeting_not_the_summit():
    text = (
        "Ngày 5/3, Tổng thống Peru Carlos Rivera tiếp phái đoàn đặc phái viên do Cố vấn An ninh Quốc gia Chile Luis "
        "Vega dẫn đầu tại Lima, mở đường cho việc ấn định thời điểm gặp thượng đỉnh."
    )
    assert kinds(text, published="2031-03-06") == ["meeting"]
