"""What an article tells, class by class of error: sub-events of a visit, several events in one
sentence, who did what, background events, and what may be published without a curator."""

from extraction import extract_article


def events(text, **kwargs):
    return extract_article(text, **kwargs).events


def one(text, kind, **kwargs):
    found = [e for e in events(text, **kwargs) if e.type == kind]
    assert len(found) == 1, found
    return found[0]


def names(event):
    return {p.name for p in event.participants}


VISIT = (
    "Sáng 19/10/2021, tại Hà Nội, Thủ tướng Lê Văn Hải hội đàm với Thủ tướng Peru Carlos Rivera. "
    "Cùng ngày, Thủ tướng Carlos Rivera chào xã giao Chủ tịch nước Trần Văn Nam. "
    "Trước đó, chiều 18/10, Thủ tướng Peru Carlos Rivera tới Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam."
)


# --- 3. sub-events of a visit -------------------------------------------------------------------


def test_each_step_of_a_visit_has_the_day_its_clause_gives_or_refers_back_to():
    assert one(VISIT, "talks").date.iso() == "2021-10-19"
    assert one(VISIT, "meeting").date.iso() == "2021-10-19"  # "Cùng ngày"
    assert one(VISIT, "visit").date.iso() == "2021-10-18"  # "Trước đó, chiều 18/10"


def test_after_the_talks_the_two_leaders_sign_the_same_day():
    text = (
        "Sáng 4/6/2022, Thủ tướng Lê Văn Hải hội đàm với Thủ tướng Peru Carlos Rivera. "
        "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký kết các văn kiện hợp tác."
    )
    signing = one(text, "signing")
    assert signing.date.iso() == "2022-06-04"
    assert names(signing) == {"Lê Văn Hải", "Carlos Rivera"}


def test_the_occasion_of_a_dated_meeting_takes_only_its_month():
    text = (
        "Nhân dịp thăm chính thức Peru và đồng chủ trì Hội nghị Bộ trưởng Ngoại giao Việt Nam - Peru lần thứ 2, "
        "chiều 12/9/2022, Bộ trưởng Ngoại giao Lê Văn Hải chào xã giao Tổng thống Peru Carlos Rivera."
    )
    assert one(text, "meeting").date.iso() == "2022-09-12"
    assert (one(text, "visit").date.iso(), one(text, "visit").date.precision) == ("2022-09", "month")
    assert one(text, "committee_session").date.iso() == "2022-09"


def test_what_happens_during_a_visit_takes_its_month_not_a_day_picked_from_it():
    # Issue 21: the text does not say on which of the visit's days; the month is the precision it supports.
    text = (
        "Bộ trưởng Ngoại giao Lê Văn Hải thăm chính thức Chile từ ngày 2-5/3/2019. "
        "Trong khuôn khổ chuyến thăm, Bộ trưởng Lê Văn Hải hội đàm với Ngoại trưởng Chile Ana Soto."
    )
    talks = one(text, "talks")
    assert (talks.date.iso("start"), talks.date.iso("end"), talks.date.precision) == ("2019-03", "2019-03", "month")


# --- 4. one sentence, several events ------------------------------------------------------------


def test_a_list_of_meetings_is_one_meeting_per_counterpart():
    text = (
        "Chiều 19/10/2021, Thủ tướng Peru Carlos Rivera chào Tổng Bí thư Trần Văn Nam, hội kiến Chủ tịch Quốc hội "
        "Phạm Thị Lan, tiếp Trưởng ban Đối ngoại Trung ương Võ Minh Đức."
    )
    meetings = [e for e in events(text) if e.type == "meeting"]
    assert sorted(sorted(names(m)) for m in meetings) == [
        ["Carlos Rivera", "Phạm Thị Lan"],
        ["Carlos Rivera", "Trần Văn Nam"],
        ["Carlos Rivera", "Võ Minh Đức"],
    ]


def test_a_call_and_a_message_in_one_sentence_are_two_events():
    text = "Chiều 5/4/2021, Chủ tịch nước Trần Văn Nam điện đàm và gửi thư chúc mừng Tổng thống Chile Ana Soto."
    assert sorted(e.type for e in events(text)) == ["call", "message"]


# --- 5. who did what ----------------------------------------------------------------------------


def test_the_visitor_is_who_travels_not_the_host_who_welcomes_or_invites():
    welcomed = "Ngày 10/9/2023, Tổng Bí thư Trần Văn Nam chủ trì lễ đón Tổng thống Chile Ana Soto thăm cấp Nhà nước."
    assert one(welcomed, "visit").participants[0].name == "Ana Soto"
    invited = (
        "Theo lời mời của Thủ tướng Lê Văn Hải, Thủ tướng Peru Carlos Rivera thăm chính thức Việt Nam "
        "từ ngày 18-20/10/2021."
    )
    visit = one(invited, "visit")
    assert visit.participants[0].name == "Carlos Rivera" and visit.title.startswith("Thủ tướng Peru Carlos Rivera")


def test_places_named_after_people_are_neither_persons_nor_visits():
    text = (
        "Ngày 20/10/2021, Thủ tướng Peru Carlos Rivera viếng Lăng Chủ tịch Hồ Chí Minh, thăm Nhà sàn Bác Hồ "
        "và Trường Đại học Việt - Peru."
    )
    article = extract_article(text)
    assert [p.name for p in article.persons] == ["Carlos Rivera"]
    assert not [e for e in article.events if e.type == "visit"]


def test_a_venue_makes_no_country_pair():
    text = "Ngày 3/5/2024, tại Paris, Bộ trưởng Ngoại giao Trần Văn Nam gặp Bộ trưởng Ngoại giao Nhật Bản Sato Ken."
    assert one(text, "meeting").countries == ["JP", "VN"]


# --- 6. background and history ------------------------------------------------------------------


def test_background_events_are_events_at_year_precision():
    assert one("Năm 2000, Tổng thống Hoa Kỳ Bill Clinton thăm Việt Nam.", "visit").date.iso() == "2000"
    assert one("Quan hệ hai nước được nâng lên Đối tác chiến lược (2013).", "upgrade").date.iso() == "2013"


def test_establishing_relations_takes_its_written_year_or_the_reference_year():
    written = "Hai nước thiết lập quan hệ ngoại giao năm 1973 và nâng cấp quan hệ lên Đối tác chiến lược năm 2009."
    assert sorted(e.date.iso() for e in events(written) if e.type == "upgrade") == ["1973", "2009"]
    recalled = (
        "Chiều 14/3/2021, Ngoại trưởng Chile Ana Soto nhắc lại việc Việt Nam và Chile thiết lập quan hệ ngoại giao."
    )
    assert one(recalled, "upgrade").date.iso() == "1971"  # fixtures/reference/countries.json


def test_years_counted_back_from_the_article():
    text = "Hai nước thiết lập quan hệ ngoại giao cách đây 27 năm."
    assert one(text, "upgrade", published="2021-03").date.iso() == "1994"
    text = "Sau 10 năm kể từ khi Chủ tịch nước Trần Văn Nam và Tổng thống Chile Ana Soto xác lập quan hệ đối tác."
    assert one(text, "upgrade", published="2023-09").date.iso() == "2013"


def test_an_anniversary_dates_an_article_that_never_writes_its_year():
    text = "Chiều 2/5, hai Bộ trưởng Ngoại giao dự lễ kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Pháp."
    article = extract_article(text)
    assert (article.year.year, article.year.basis) == (2023, "text")


# --- 8. publish only what is very likely right --------------------------------------------------


def test_a_well_dated_meeting_of_named_officials_passes_the_tests():
    assert one(VISIT, "talks").why_draft == ""


def test_what_is_not_very_likely_right_says_why():
    assert one("Năm 2000, Tổng thống Hoa Kỳ Bill Clinton thăm Việt Nam.", "visit").why_draft == "dated only to the year"
    unnamed = one("Ngày 4/6/2022, ông Carlos Rivera gặp ông Trần Văn Nam.", "meeting")
    assert unnamed.why_draft.startswith("office unknown")
    undated = one("Chiều 9/7, Thủ tướng Lê Văn Hải hội đàm với Thủ tướng Peru Carlos Rivera.", "talks")
    assert undated.why_draft.startswith("its year is a guess (unknown)")
    host = one("Ngày 5/6/2022, Chủ tịch nước Việt Nam Trần Văn Nam thăm chính thức Việt Nam.", "visit")
    assert host.why_draft.startswith("the visitor is from the country visited")


def test_two_visits_at_the_same_time_are_both_drafts():
    text = (
        "Ngày 5/6/2022, Bộ trưởng Ngoại giao Lê Văn Hải thăm chính thức Chile. "
        "Ngày 5/6/2022, Bộ trưởng Quốc phòng Võ Minh Đức thăm chính thức Peru."
    )
    visits = [e for e in events(text) if e.type == "visit"]
    assert len(visits) == 2 and all(v.why_draft.startswith("another visit") for v in visits)


def test_the_day_after_is_the_day_after_the_event_referred_to():
    text = (
        "Chiều 19/10/2021, Thủ tướng Lê Văn Hải hội đàm với Thủ tướng Peru Carlos Rivera. "
        "Hôm sau, Thủ tướng Carlos Rivera gặp Chủ tịch nước Trần Văn Nam."
    )
    assert one(text, "meeting").date.iso() == "2021-10-20"


def test_the_same_day_told_mid_sentence_refers_back_too():
    text = (
        "Chiều 19/10/2021, Thủ tướng Lê Văn Hải hội đàm với Thủ tướng Peru Carlos Rivera. "
        "Thủ tướng Carlos Rivera gặp Chủ tịch nước Trần Văn Nam vào tối cùng ngày."
    )
    assert one(text, "meeting").date.iso() == "2021-10-19"


def test_a_month_just_past_counts_from_the_publication_date():
    text = "Bộ trưởng Ngoại giao Lê Văn Hải đã thăm chính thức Peru vào tháng 6 vừa qua."
    assert one(text, "visit", published="2022-01-15").date.iso() == "2021-06"
    assert one(text, "visit", published="2022-08").date.iso() == "2022-06"


def test_titles_name_the_country_not_the_states_official_name():
    text = "Ngày 5/4/2021, Chủ tịch nước Cộng hòa dân chủ nhân dân Lào Khamla Vongsa điện đàm với Trần Văn Nam."
    assert one(text, "call").title.startswith("Điện đàm Chủ tịch nước Lào Khamla Vongsa")


def test_raising_the_relations_of_a_named_pair_is_an_upgrade():
    text = (
        "Ngày 10/9/2023, Chủ tịch nước Trần Văn Nam và Tổng thống Chile Ana Soto tuyên bố nâng tầm quan hệ "
        "Việt Nam - Chile lên Đối tác chiến lược."
    )
    assert names(one(text, "upgrade")) == {"Trần Văn Nam", "Ana Soto"}


def test_a_date_inside_the_opening_clause_is_the_visits_own():
    text = (
        "Trong chuyến thăm Chile từ ngày 2-5/3/2019, Bộ trưởng Ngoại giao Lê Văn Hải hội đàm với "
        "Ngoại trưởng Chile Ana Soto."
    )
    visit = one(text, "visit")
    assert (visit.date.iso("start"), visit.date.iso("end")) == ("2019-03-02", "2019-03-05")


def test_a_summit_named_as_the_occasion_of_a_meeting_takes_its_month_not_the_meeting_s_day():
    text = (
        "Chiều 14/11/2023, Thủ tướng Lê Văn Hải gặp Tổng thống Peru Carlos Rivera "
        "nhân dịp tham dự Hội nghị Cấp cao APEC lần thứ 30 tại San Francisco."
    )
    assert one(text, "meeting").date.iso() == "2023-11-14"
    assert (one(text, "conference").date.iso(), one(text, "conference").date.precision) == ("2023-11", "month")


def test_planned_steps_of_an_announced_visit_take_its_month_not_the_announcement_day():
    text = (
        "Ngày 7/12/2023, Bộ Ngoại giao thông báo Tổng thống Peru Carlos Rivera sẽ thăm chính thức Việt Nam "
        "trong hai ngày 11 và 12/12.\n"
        "Trong chuyến thăm lần này, Tổng thống Carlos Rivera sẽ hội kiến Chủ tịch Quốc hội Trần Văn Bình."
    )
    visit = one(text, "visit")
    assert (visit.date.iso("start"), visit.date.iso("end")) == ("2023-12-11", "2023-12-12")
    assert (one(text, "meeting").date.iso(), one(text, "meeting").date.precision) == ("2023-12", "month")


def test_talks_planned_right_after_a_dated_ceremony_keep_its_day():
    text = (
        "Sáng 1/5/2022, Thủ tướng Lê Văn Hải chủ trì lễ đón Tổng thống Peru Carlos Rivera.\n"
        "Sau lễ đón, hai nhà lãnh đạo sẽ hội đàm."
    )
    assert one(text, "talks").date.iso() == "2022-05-01"


def test_the_dialogue_a_minister_came_to_attend_takes_the_month_and_the_meeting_the_day():
    text = (
        "Chiều 6/9/2022, tại Lima, Bộ trưởng Quốc phòng Peru Carlos Rivera đã tiếp Thứ trưởng Quốc phòng "
        "Lê Văn Hải sang dự Đối thoại chính sách quốc phòng Việt Nam - Peru lần thứ 3."
    )
    assert one(text, "meeting").date.iso() == "2022-09-06"
    session = one(text, "committee_session")
    assert (session.date.iso(), session.date.precision) == ("2022-09", "month")


def test_the_day_of_an_announcement_is_not_the_day_of_the_visit_it_announces():
    text = "Ngày 7/12/2023, người phát ngôn Bộ Ngoại giao thông báo Tổng thống Peru Carlos Rivera sẽ thăm Việt Nam."
    visit = one(text, "visit")
    assert (visit.date.iso(), visit.date.precision, visit.planned) == ("2023-12", "month", True)


def test_a_visit_told_only_by_its_activities_is_the_month_of_its_first_and_not_an_earlier_visit():
    text = (
        "Chiều 23/10, Chủ tịch nước Lê Văn An đã chủ trì lễ đón cấp nhà nước Tổng thống Kenya John Kamau.\n\n"
        "Chuyến thăm cấp nhà nước của Tổng thống John Kamau đến Việt Nam lần này diễn ra sau chuyến thăm "
        "cách đây 9 năm của ông trên cương vị Phó tổng thống."
    )
    visits = [e for e in extract_article(text, published="2025-10-24").events if e.type == "visit"]
    assert sorted((v.date.iso(), v.date.precision) for v in visits) == [("2016", "year"), ("2025-10", "month")]


def test_a_visit_welcomed_in_the_anniversary_year_takes_the_month_of_its_activities_not_the_year():
    text = (
        "Ngày 14/4/2025, Thủ tướng Lê Văn An đã hội kiến Chủ tịch nước Lào Khamphet Vongsa.\n\n"
        "Thủ tướng nhiệt liệt chào mừng Chủ tịch nước Khamphet Vongsa thăm cấp Nhà nước đến Việt Nam "
        "đúng vào năm nay, năm có ý nghĩa đặc biệt."
    )
    visit = one(text, "visit", published="2025-04-15")
    assert (visit.date.iso(), visit.date.precision) == ("2025-04", "month")


def test_a_visit_sentence_naming_only_its_hosts_is_the_visit_told_with_its_visitor():
    text = (
        "Theo Bộ Ngoại giao, Bộ trưởng Ngoại giao Peru C.A.Rivera thăm chính thức Việt Nam từ 15 đến 17/9.\n\n"
        "Ông C.A.Rivera thăm chính thức Việt Nam theo lời mời của Bộ trưởng Ngoại giao Lê Văn An."
    )
    visits = [e for e in events(text, published="2024-09-15") if e.type == "visit"]
    assert len(visits) == 1  # not a second visit of the host to his own country
    assert visits[0].participants[0].name == "C.A.Rivera"
    assert (visits[0].date.start.day, visits[0].date.end.day) == (15, 17)


def test_a_visit_does_not_borrow_the_year_of_another_visit_recalled_in_the_article():
    text = (
        "Chiều 23/10, Thủ tướng Lê Văn An hội kiến Tổng thống Kenya John Kamau.\n\n"
        "Thủ tướng chào mừng Tổng thống John Kamau thăm cấp nhà nước Việt Nam.\n\n"
        "Nhắc lại ấn tượng về chuyến thăm Kenya năm 2019, Thủ tướng chúc mừng thành tựu của Kenya."
    )
    visits = sorted((e.date.iso(), e.date.precision) for e in events(text, published="2025-10-24") if e.type == "visit")
    assert visits[0] == ("2019", "year")  # the one recalled
    assert len(visits) == 2 and visits[1][0].startswith("2025-10")  # this one: its days, not 2019


def test_an_ambassador_speaking_of_the_visit_is_not_made_a_visitor_by_his_own_activities():
    text = (
        "Đại sứ Việt Nam tại Peru Trần Văn Bình dự lễ ra mắt Hiệp hội doanh nghiệp tại Lima, ngày 7/7/2024.\n\n"
        "Trả lời báo chí, Đại sứ Việt Nam tại Peru Trần Văn Bình nêu bật ý nghĩa chuyến thăm.\n\n"
        "Bộ trưởng Ngoại giao Lê Văn An sẽ thăm chính thức Peru từ ngày 7-10/8."
    )
    visits = [e for e in events(text) if e.type == "visit"]
    assert [v.participants[0].name for v in visits] == ["Lê Văn An"]


def test_an_article_about_talks_tells_the_upgrade_agreed_the_signing_after_and_the_welcome_by_name():
    text = (
        "Chiều 26/2, tại Hà Nội, Thủ tướng Lê Văn An chủ trì lễ đón và hội đàm với Thủ tướng Peru Carlos Rivera.\n\n"
        "Hai Thủ tướng nhất trí nâng cấp quan hệ Việt Nam - Peru lên Đối tác chiến lược toàn diện.\n\n"
        "Sau hội đàm, hai Thủ tướng chứng kiến lễ ký kết các văn kiện hợp tác về giáo dục."
    )
    found = {e.type: e for e in events(text, published="2025-02-26")}
    assert found["upgrade"].date.iso() == "2025-02-26"
    assert found["upgrade"].level == "comprehensive_strategic_partnership"
    assert found["signing"].date.iso() == "2025-02-26"
    assert names(found["signing"]) == {"Lê Văn An", "Carlos Rivera"}
    assert found["other"].title == "Lễ đón Thủ tướng Peru Carlos Rivera"


def test_a_visit_recalled_as_a_point_in_time_is_not_dated_by_the_meeting_that_recalls_it():
    text = (
        "Chiều 27/10, Thủ tướng Lê Văn An gặp Tổng thống Peru Carlos Rivera.\n\n"
        "Tại cuộc gặp, hai bên vui mừng trước sự phát triển của quan hệ, đặc biệt kể từ chuyến thăm cấp Nhà "
        "nước của Tổng thống Carlos Rivera tới Việt Nam vào tháng"
    )
    assert [e.type for e in events(text, published="2025-10-28")] == ["meeting"]


def test_an_undated_visit_here_does_not_borrow_the_year_of_a_visit_there():
    text = (
        "Thủ tướng Lê Văn An hội kiến Tổng thống Kenya John Kamau.\n\n"
        "Thủ tướng chào mừng Tổng thống John Kamau thăm cấp nhà nước Việt Nam.\n\n"
        "Nhắc lại ấn tượng về chuyến thăm Kenya năm 2019, Thủ tướng chúc mừng thành tựu của Kenya."
    )
    dated = [(e.date.iso(), e.place) for e in events(text) if e.type == "visit" and not e.year_unknown]
    assert dated == [("2019", "Kenya")]


def test_an_upgrade_is_not_dated_by_the_establishment_the_article_recalls():
    text = (
        "Ngày 9/5/2026, Tổng thống Peru Ana Quispe hội đàm với Chủ tịch nước tại Hà Nội. "
        "Hai nhà lãnh đạo nhất trí nâng cấp quan hệ Việt Nam - Peru lên Đối tác Chiến lược.\n"
        "Việt Nam và Peru thiết lập quan hệ ngoại giao năm 1994."
    )
    upgrades = sorted((e.date.iso(), e.level) for e in events(text) if e.type == "upgrade")
    assert upgrades == [("1994", "diplomatic_relations"), ("2026-05-09", "strategic_partnership")]


def test_an_upgrade_is_titled_with_its_level_not_the_statement_announcing_it():
    text = (
        "Ngày 9/5/2026, Tổng thống Peru Ana Quispe và Chủ tịch nước ra Tuyên bố chung về việc nâng cấp quan hệ "
        "Việt Nam - Peru lên Đối tác Chiến lược."
    )
    (upgrade,) = [e for e in events(text) if e.type == "upgrade"]
    assert upgrade.title == "Nâng cấp quan hệ lên Đối tác chiến lược"


def test_an_establishment_and_a_later_upgrade_in_one_sentence_keep_their_own_levels():
    text = "Hai nước thiết lập quan hệ ngoại giao năm 1975 và nâng cấp quan hệ lên Đối tác chiến lược năm 2011."
    upgrades = sorted((e.date.iso(), e.level) for e in events(text) if e.type == "upgrade")
    assert upgrades == [("1975", "diplomatic_relations"), ("2011", "strategic_partnership")]


def test_anniversaries_of_two_pairs_in_one_sentence_are_two_events():
    text = (
        "Năm 2022, Việt Nam và Ai Cập kỷ niệm 60 năm thiết lập quan hệ ngoại giao; cùng năm, "
        "Việt Nam và Mông Cổ kỷ niệm 68 năm quan hệ ngoại giao."
    )
    found = sorted(tuple(e.countries) for e in events(text) if e.type == "anniversary")
    assert found == [("EG", "VN"), ("MN", "VN")]


def test_a_bare_office_held_at_home_and_abroad_is_the_home_holder():
    text = (
        "Ngày 4/5/2026, Chủ tịch Quốc hội Trần Văn Bình thăm chính thức Campuchia. Trong chuyến thăm, "
        "Chủ tịch Quốc hội đã hội đàm với Chủ tịch Quốc hội Campuchia Khuon Sudary."
    )
    talks = one(text, "talks")
    assert names(talks) == {"Trần Văn Bình", "Khuon Sudary"}


def test_a_session_is_titled_with_the_committee_named_before_it():
    text = "Ngày 15/1/2026, Ủy ban Hỗn hợp về hợp tác kinh tế Việt Nam - Mông Cổ đã họp kỳ họp lần thứ 18 tại Hà Nội."
    session = one(text, "committee_session")
    assert session.title == "Kỳ họp lần thứ 18 Ủy ban Hỗn hợp về hợp tác kinh tế Việt Nam - Mông Cổ"


def test_a_visit_is_titled_with_the_leader_not_the_spouse_travelling_with_them():
    text = (
        "Ngày 3/3/2026, Chủ tịch Quốc hội Nguyễn Văn Tâm và Phu nhân Lê Thị Hoa đã đến Tokyo, "
        "bắt đầu chuyến thăm chính thức Nhật Bản từ ngày 3-6/3."
    )
    assert one(text, "visit").title.startswith("Chủ tịch Quốc hội Nguyễn Văn Tâm thăm")


def test_a_visit_wished_for_or_offered_is_no_event():
    wished = (
        "Ngày 2/3/2026, Bộ trưởng Ngoại giao tiếp Đại sứ Hàn Quốc Choi Min. "
        "Đại sứ cho biết Tổng thống Hàn Quốc Lee Jae-myung mong muốn sớm thăm Việt Nam."
    )
    invited = (
        "Ngày 2/3/2026, Thủ tướng hội đàm với Thủ tướng Thái Lan Anutin Charnvirakul. Thủ tướng Anutin chuyển "
        "lời mời của Nhà vua Thái Lan tới lãnh đạo Việt Nam thăm Thái Lan."
    )
    wished_for_another = (
        "Ngày 2/3/2026, Thủ tướng Lê Văn Hải tiếp Đại sứ Chile Pablo Rojas. "
        "Thủ tướng bày tỏ mong muốn Tổng thống Chile Ana Soto sớm thăm Việt Nam trong năm tới."
    )
    for text in (wished, invited, wished_for_another):
        assert [e for e in events(text) if e.type == "visit"] == []


def test_a_visit_made_at_an_invitation_is_an_event():
    text = (
        "Nhận lời mời của Chủ tịch nước, Tổng thống Chile Ana Soto thăm cấp Nhà nước Việt Nam từ ngày 2 đến 4/3/2026."
    )
    visit = one(text, "visit")
    assert (visit.date.start.isoformat(), visit.date.end.isoformat()) == ("2026-03-02", "2026-03-04")


def test_an_envoy_interviewed_about_a_visit_is_not_its_participant():
    text = (
        "Nhân dịp chuyến thăm chính thức Việt Nam của Thủ tướng Peru Ana Soto từ ngày 2-4/3/2026, "
        "Đại sứ Peru tại Việt Nam Luis Vera đã trả lời phỏng vấn báo chí."
    )
    assert names(one(text, "visit")) == {"Ana Soto"}


def test_an_envoy_received_by_an_unnamed_host_is_received_in_the_title():
    text = "Ngày 2/3/2026, Chủ tịch nước tiếp Đại sứ Peru Luis Vera đến chào từ biệt."
    assert one(text, "meeting").title == "Tiếp Đại sứ Peru Luis Vera"


def test_states_that_sign_after_an_opening_of_time_and_place_need_no_named_signatory():
    text = "Ngày 19/8/2026, tại Hà Nội, Việt Nam và Mông Cổ đã ký Hiệp định về hợp tác kinh tế số."
    signing = one(text, "signing")
    assert signing.date.start.isoformat() == "2026-08-19" and sorted(signing.countries) == ["MN", "VN"]


def test_a_session_of_a_bilateral_body_by_any_name_and_documents_exchanged_by_number_are_events():
    session = "Ngày 19/8/2026, Việt Nam và Chile đã tổ chức Khóa họp lần thứ 5 Ủy ban Hỗn hợp tại Santiago."
    assert one(session, "committee_session").date.start.isoformat() == "2026-08-19"
    exchanged = "Ngày 19/8/2026, Thủ tướng và Thủ tướng Chile Ana Soto chứng kiến lễ trao 7 văn kiện hợp tác."
    assert one(exchanged, "signing").date.start.isoformat() == "2026-08-19"


def test_a_legislatures_own_session_is_no_event_of_relations():
    assert events("Ngày 19/8/2026, Quốc hội khóa XVI bế mạc Kỳ họp thứ 3.") == []


def test_what_a_planned_visit_will_hold_is_planned_however_long_its_sentence():
    text = (
        "Ngày 8/1/2025, Bộ Ngoại giao thông báo Bộ trưởng Ngoại giao Peru Carlos Rivera sẽ thăm chính thức Việt Nam "
        "từ ngày 13 đến 14/1.\n"
        "Trong chuyến thăm, Bộ trưởng Carlos Rivera dự kiến hội đàm với Phó Thủ tướng, Bộ trưởng Ngoại giao Trần Văn "
        "Bình và đồng chủ trì Phiên họp lần thứ 5 Ủy ban Hỗn hợp Việt Nam - Peru."
    )
    assert one(text, "visit").planned and one(text, "talks").planned
    assert one(text, "committee_session").planned
