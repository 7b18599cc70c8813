"""The facts an event carries in fields (the site reasons with them, never with the title): the pair of
countries, a visit's visitor and host, an upgrade's level, an establishment, a session's ordinal."""

import pytest

from extraction import extract_article
from extraction.event_facts import gathering_of, ordinal_of


def the(kind, text, published=None):
    events = [e for e in extract_article(text, published=published).events if e.type == kind]
    assert len(events) == 1, [(e.type, e.title) for e in extract_article(text, published=published).events]
    return events[0]


def test_a_visit_abroad_names_its_visitor_and_host():
    visit = the("visit", "Ngày 12/5/2021, Thủ tướng Lê Minh Tâm thăm chính thức Indonesia.")
    assert (visit.visitor, visit.host) == ("VN", "ID")
    assert visit.countries == ["ID", "VN"]


def test_a_foreign_leader_visiting_home_is_the_visitor_not_the_host():
    visit = the(
        "visit",
        "Từ ngày 3-5/6/2022, theo lời mời của Chủ tịch nước Lê Văn An, Tổng thống Chile Ana Soto thăm cấp Nhà "
        "nước Việt Nam.",
    )
    assert (visit.visitor, visit.host) == ("CL", "VN")


def test_a_visit_told_by_its_destination_alone_takes_the_other_side_from_the_article():
    text = (
        "Quan hệ Việt Nam - Brazil phát triển tốt đẹp. Đoàn doanh nghiệp Brazil sẽ dự diễn đàn. "
        "Ngày 4/7/2023, đoàn đại biểu cấp cao thăm làm việc Brazil."
    )
    visit = the("visit", text)
    assert (visit.visitor, visit.host) == ("VN", "BR")


def test_a_visit_between_two_other_countries_keeps_its_own_pair():
    visit = the("visit", "Ngày 8/3/2024, Tổng thống Pháp Jean Morel thăm chính thức Ấn Độ.")
    assert (visit.visitor, visit.host) == ("FR", "IN")
    assert "VN" not in visit.countries


def test_hai_nuoc_gives_the_articles_pair():
    text = (
        "Bộ trưởng Ngoại giao Úc Mark Dunn gặp Bộ trưởng Trần Quốc Huy. Hai bên bàn về hợp tác Việt Nam - Úc. "
        "Tháng 3/2018, hai nước nâng cấp quan hệ lên Đối tác chiến lược."
    )
    upgrade = the("upgrade", text)
    assert upgrade.countries == ["AU", "VN"]


@pytest.mark.parametrize(
    "sentence, level",
    [
        (
            "Tháng 9/2016, hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện.",
            "comprehensive_strategic_partnership",
        ),
        ("Tháng 9/2016, Việt Nam và Chile nâng quan hệ lên Đối tác toàn diện.", "comprehensive_partnership"),
        (
            "Tháng 9/2016, Việt Nam và Pháp thiết lập quan hệ đối tác chiến lược.",
            "strategic_partnership",
        ),
    ],
)
def test_an_upgrade_names_its_new_level(sentence, level):
    upgrade = the("upgrade", sentence)
    assert upgrade.level == level
    assert not upgrade.establishes_relations


def test_an_upgrade_from_one_level_to_the_next_takes_the_higher():
    upgrade = the(
        "upgrade",
        "Tháng 11/2019, quan hệ Việt Nam - Úc được nâng từ Đối tác toàn diện lên Đối tác chiến lược.",
    )
    assert upgrade.level == "strategic_partnership"


def test_two_steps_of_a_ladder_in_one_sentence_each_take_their_own_level():
    text = (
        "Hai nước Việt Nam và Malaysia thiết lập quan hệ Đối tác chiến lược năm 2015, "
        "và năm 2024 nâng cấp lên Đối tác chiến lược toàn diện."
    )
    steps = sorted((e for e in extract_article(text, published="2025-01-10").events if e.type == "upgrade"),
                   key=lambda e: e.date.start)  # fmt: skip
    assert [(e.date.start.year, e.level) for e in steps] == [
        (2015, "strategic_partnership"),
        (2024, "comprehensive_strategic_partnership"),
    ]


def test_an_establishment_of_relations_says_so():
    event = the("upgrade", "Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25/3/1971.")
    assert event.establishes_relations
    assert event.level == "diplomatic_relations"
    assert event.countries == ["CL", "VN"]


def test_an_anniversary_of_relations_establishes_nothing():
    event = the("anniversary", "Năm 2021, Việt Nam và Chile kỷ niệm 50 năm thiết lập quan hệ ngoại giao.")
    assert not event.establishes_relations


@pytest.mark.parametrize(
    "sentence, ordinal",
    [
        ("Ngày 4/9/2018, hai Thứ trưởng đồng chủ trì Phiên họp lần thứ 9 Ủy ban hỗn hợp Việt Nam - Lào.", 9),
        ("Ngày 4/9/2018, hai bên tiến hành Đối thoại chiến lược Việt Nam - Ấn Độ lần thứ mười hai.", 12),
        ("Ngày 4/9/2018, diễn ra Kỳ họp lần 14 Ủy ban liên Chính phủ Việt Nam - Cuba.", 14),
    ],
)
def test_a_session_carries_its_ordinal(sentence, ordinal):
    assert the("committee_session", sentence).ordinal == ordinal


@pytest.mark.parametrize(
    "text, number",
    [
        ("kỳ họp thứ 5 của Quốc hội", 5),
        ("lần thứ hai mươi mốt", 21),
        ("lần thứ sáu", 6),
        ("phiên họp thứ nhất", 1),
        ("lần sau", None),
        ("họp vào thứ Hai", None),
    ],
)
def test_ordinals_in_figures_and_words(text, number):
    assert ordinal_of(text) == number


def test_an_anniversary_is_dated_to_its_year():
    event = the(
        "anniversary",
        "Ngày 8/4/2021, Thủ tướng Lê Minh Tâm dự lễ chào mừng nhân kỷ niệm 30 năm quan hệ Việt Nam - Chile.",
    )
    assert (event.date.iso(), event.date.precision) == ("2021", "year")


def test_an_anniversary_of_relations_counts_from_their_establishment_when_the_year_is_unknown():
    event = the("anniversary", "Hai nước Việt Nam và Chile kỷ niệm 50 năm thiết lập quan hệ ngoại giao.")
    assert event.date.iso() == "2021"  # Chile and Viet Nam established relations in 1971
    assert not event.year_unknown


def test_a_leaders_onward_trip_is_a_visit_of_its_own_to_the_third_country():
    text = (
        "Từ ngày 18-20/10/2020, Thủ tướng Pháp Jean Morel thăm chính thức Việt Nam. "
        "Ngày 20/10/2020, Thủ tướng Jean Morel rời Hà Nội, lên đường sang Indonesia."
    )
    visits = sorted(
        ((e.host, e.visitor) for e in extract_article(text).events if e.type == "visit"), key=lambda pair: pair[0]
    )
    assert visits == [("ID", "FR"), ("VN", "FR")]


def test_an_anniversary_is_the_states_event_without_the_leaders_of_the_visit_beside_it():
    text = (
        "Ngày 14/4/2021, Tổng thống Chile Ana Soto thăm Việt Nam nhân dịp hai nước kỷ niệm 50 năm thiết lập "
        "quan hệ ngoại giao."
    )
    event = the("anniversary", text)
    assert event.participants == [] and event.countries == ["CL", "VN"]


def test_an_upgrade_is_titled_with_its_level_not_a_document_signed_elsewhere_in_the_article():
    text = (
        "Ngày 5/3, hai Bộ trưởng ký Bản ghi nhớ về hợp tác giáo dục. "
        "Năm 2013, Việt Nam và Thái Lan nâng cấp quan hệ lên Đối tác Chiến lược."
    )
    upgrade = next(e for e in extract_article(text, published="2025-03-06").events if e.type == "upgrade")
    assert upgrade.title == "Nâng cấp quan hệ lên Đối tác chiến lược"


def test_the_host_who_invited_is_never_the_traveller_even_named_first():
    visit = the(
        "visit",
        "Nhận lời mời của Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Chủ tịch nước Lào "
        "Khamphet Vongsa, Tổng Bí thư Lê Văn An thăm cấp Nhà nước tới Lào vào ngày 5/2/2026.",
    )
    assert visit.participants[0].name == "Lê Văn An"
    assert (visit.visitor, visit.host) == ("VN", "LA")


def test_nobody_visits_their_own_country():
    visit = the(
        "visit",
        "Ngày 5/2, Tổng Bí thư Lê Văn An được Chủ tịch nước Lào Khamphet Vongsa đón tại sân bay, bắt đầu "
        "chuyến thăm cấp Nhà nước tới Lào.",
    )
    assert visit.participants[0].name == "Lê Văn An"


def test_a_message_several_leaders_send_is_titled_with_them_all_and_its_recipient():
    message = the(
        "message",
        "Ngày 14/7, Tổng Bí thư Lê Văn An, Chủ tịch nước Ngô Văn Cường và Thủ tướng Đỗ Văn Dũng đã gửi điện "
        "mừng tới Tổng thống Pháp Pierre Dumont.",
    )
    assert message.title == (
        "Tổng Bí thư Lê Văn An, Chủ tịch nước Ngô Văn Cường và Thủ tướng Đỗ Văn Dũng gửi điện mừng "
        "Tổng thống Pháp Pierre Dumont"
    )


def test_a_message_whose_senders_are_unnamed_is_titled_as_sent_to_its_recipient():
    message = the("message", "Ngày 14/7, lãnh đạo Việt Nam gửi điện mừng Tổng thống Pháp Pierre Dumont.")
    assert message.title == "Gửi điện mừng Tổng thống Pháp Pierre Dumont"


def test_a_meeting_whose_guest_the_sentence_does_not_name_is_titled_with_the_guests_country_or_as_guests():
    def titles(text):
        return [e.title for e in extract_article(text, published="2024-03-06").events if e.type == "meeting"]

    assert titles("Ngày 5/3/2024, Thủ tướng Lê Văn An tiếp Đoàn doanh nghiệp Chile do Chủ tịch Phòng Thương mại "
                  "Chile - ASEAN dẫn đầu.") == ["Thủ tướng Lê Văn An tiếp đoàn Chile"]  # fmt: skip
    assert titles("Ngày 5/3/2024, Thủ tướng Lê Văn An tiếp lãnh đạo một số tổ chức hữu nghị.") == [
        "Thủ tướng Lê Văn An tiếp khách"
    ]


def test_a_country_written_with_its_long_name_is_not_taken_into_its_leaders_name():
    events = extract_article(
        "Ngày 5/3/2024, Chủ tịch nước Lê Văn An hội đàm với Quốc vương Brunei Darussalam Omar Ali Saifuddin.",
        published="2024-03-06",
    ).events
    assert [p.name for p in events[0].participants] == ["Lê Văn An", "Omar Ali Saifuddin"]


def test_a_meeting_told_with_the_home_office_alone_is_between_both_countries():
    text = (
        "Ngày 24/3/2024, Thứ trưởng tiếp Đại sứ Thái Lan Somchai Wong.\n"
        "Ngày 25/3/2024, Thứ trưởng tiếp Đại sứ New Zealand Caroline Grey chào từ biệt."
    )
    assert sorted(e.countries for e in extract_article(text).events) == [["NZ", "VN"], ["TH", "VN"]]


def test_envoys_presenting_credentials_abroad_are_not_the_home_countrys():
    text = "Ngày 8/3/2022, Đại sứ các nước Lào và Canada trình Quốc thư lên Nhà vua Nhật Bản Naruhito."
    assert all("VN" not in e.countries for e in extract_article(text).events)


def test_an_organisations_officer_adds_no_country_of_the_articles_pair():
    text = (
        "Ngày 3/5/2031, Thủ tướng Lê Minh Tâm tiếp Đại sứ Chile Ana Soto.\n"
        "Ngày 6/5/2031, Chủ tịch Ủy ban châu Âu Eva Lind đã gặp Tổng thống Chile Pablo Rojas tại Brussels."
    )
    meeting = next(e for e in extract_article(text).events if e.date.start.day == 6)
    assert meeting.countries == ["CL"]


def test_a_leader_of_the_names_reference_needs_no_office_in_the_text_to_be_published():
    text = "Ngày 3/5/2031, ông Tập Cận Bình đã tiếp Ngoại trưởng Chile Pablo Rojas tại Bắc Kinh."
    meeting = extract_article(text).events[0]
    assert meeting.type == "meeting" and not meeting.why_draft
    assert "office unknown" in extract_article(text.replace("Tập Cận Bình", "Tôn Minh Hải")).events[0].why_draft


def test_who_attended_is_no_party_and_an_attendance_list_is_no_event():
    text = (
        "Ngày 3/5/2031, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Luis Vega tại Lima. "
        "Tham gia hội đàm, về phía Chile có Ngoại trưởng Pablo Rojas và Đại sứ Marta Diaz. "
        "Tại cuộc hội đàm, hai nhà lãnh đạo nhất trí nâng quan hệ lên Đối tác chiến lược.\n"
        "Ngày 4/5/2031, hai tổng thống có cuộc gặp với sự tham gia của các bộ trưởng, trong đó có Bộ trưởng Kinh tế "
        "Peru Carlos Ruiz."
    )
    events = extract_article(text).events
    assert {e.type for e in events} == {"talks", "upgrade", "meeting"}
    for event in events:
        assert {p.name for p in event.participants} <= {"Ana Soto", "Luis Vega"}, event.title


def test_a_place_told_for_the_next_visit_of_the_sentence_is_not_the_first_ones():
    text = (
        "Ngày 3/5/2031, Tổng thống Chile Ana Soto tới Lima, bắt đầu chuyến thăm cấp Nhà nước Peru.\n"
        "Chuyến thăm của Tổng thống Ana Soto diễn ra hai tháng sau chuyến thăm Chile của Ngoại trưởng Peru Luis "
        "Vega hồi tháng 3/2031."
    )
    visits = extract_article(text).events
    by_visitor = {e.participants[0].name: e for e in visits if e.type == "visit"}
    assert by_visitor["Ana Soto"].host == "PE" and by_visitor["Luis Vega"].host == "CL"


def test_news_between_two_other_countries_keeps_their_pair_for_events_naming_one_of_them():
    text = (
        "Ngày 16/5/2031, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Luis Vega tại Lima.\n"
        "Bà Ana Soto cảm ơn Peru. Ông Luis Vega nhắc lại rằng Chile đã thiết lập quan hệ ngoại giao ngày 2/10/1949."
    )
    establishment = next(e for e in extract_article(text).events if e.type == "upgrade")
    assert sorted(establishment.countries) == ["CL", "PE"]


def test_news_between_two_other_countries_that_names_the_home_country_once_keeps_their_pair():
    text = (
        "Ngày 16/5/2031, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Luis Vega tại Lima. Chile và Peru "
        "nhất trí tăng cường hợp tác; Chile là đối tác lớn của Peru. Năm tới, hai nước sẽ kỷ niệm 75 năm thiết lập "
        "quan hệ ngoại giao. Tổng thống Ana Soto từng thăm Việt Nam."
    )
    anniversary = next(e for e in extract_article(text).events if e.type == "anniversary")
    assert sorted(anniversary.countries) == ["CL", "PE"]


def test_talks_told_after_the_welcome_are_the_news_not_talks_of_a_year_before_recalled_later():
    text = (
        "Sáng 16/5/2031, Tổng thống Chile Ana Soto chủ trì lễ đón Tổng thống Peru Luis Vega tại Santiago.\n"
        "Sau lễ đón, hai nhà lãnh đạo hội đàm.\n"
        "Hồi tháng 10/2030, bà Ana Soto và ông Luis Vega đã hội đàm tại Lima."
    )
    talks = sorted(e.date.start.isoformat() for e in extract_article(text).events if e.type == "talks")
    assert talks == ["2030-10-01", "2031-05-16"]


def test_a_group_written_by_its_full_name_is_the_group():
    assert gathering_of("Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương") == gathering_of("Tuần lễ Cấp cao APEC")


def test_a_summit_s_name_ends_before_the_words_that_date_it():
    text = "Bà Ana Soto đã gặp Tổng thống Peru Carlos Rivera nhân Tuần lễ Cấp cao APEC hồi tháng 11 năm ngoái."
    titles = [e.title for e in extract_article(text, published="2031-03-01").events if e.type == "conference"]
    assert titles == ["Tuần lễ Cấp cao APEC"]
