from dataclasses import replace
from datetime import date

from extraction import extract_article
from extraction.candidates import two_counterparts
from extraction.events import sentence_candidates
from extraction.occasions import Telling, same_occasion
from extraction.persons import find_persons
from extraction.records import YearGuess


def telling(kind="meeting", start=date(2024, 3, 5), end=None, people=(), countries=(), place="", precision="day"):
    return Telling(kind, start, end or start, precision, frozenset(people), frozenset(countries), place)


def test_two_tellings_of_one_meeting_share_a_participant():
    assert same_occasion(telling(people={"a", "b"}), telling(kind="talks", people={"a"}))


def test_one_leader_meeting_two_counterparts_is_two_occasions():
    assert not same_occasion(telling(people={"a", "b"}), telling(people={"a", "c"}))


def test_anniversaries_of_two_pairs_in_one_year_stay_apart():
    one = telling(kind="anniversary", precision="year", end=date(2024, 12, 31), countries={"VN", "JP"})
    other = telling(kind="anniversary", precision="year", end=date(2024, 12, 31), countries={"VN", "KR"})
    assert not same_occasion(one, other)
    assert same_occasion(one, telling(kind="anniversary", start=date(2024, 9, 21), countries={"VN", "JP"}))


def test_a_year_known_date_needs_two_shared_participants():
    coarse = telling(precision="year", start=date(2024, 1, 1), end=date(2024, 12, 31), people={"a"})
    assert not same_occasion(coarse, telling(people={"a"}))
    assert same_occasion(
        telling(precision="year", start=date(2024, 1, 1), end=date(2024, 12, 31), people={"a", "b"}),
        telling(people={"a", "b"}),
    )


def test_different_families_or_days_are_different_occasions():
    assert not same_occasion(telling(kind="visit", people={"a"}), telling(kind="call", people={"a"}))
    assert not same_occasion(telling(people={"a"}), telling(start=date(2024, 3, 9), people={"a"}))


def test_the_same_two_a_day_apart_are_one_occasion_told_on_two_days_but_not_one_leader_with_two_others():
    signing = telling(kind="signing", start=date(2016, 9, 3), people={"modi", "phuc"})
    assert same_occasion(signing, telling(kind="signing", start=date(2016, 9, 4), people={"modi", "phuc"}))
    assert same_occasion(
        telling(people={"xi", "biden"}), telling(kind="talks", start=date(2024, 3, 6), people={"xi", "biden"})
    )
    assert not same_occasion(telling(people={"a", "b"}), telling(start=date(2024, 3, 6), people={"a", "c"}))
    assert not same_occasion(signing, telling(kind="signing", start=date(2016, 9, 5), people={"modi", "phuc"}))


def test_a_summit_at_one_place_a_pairs_upgrade_and_a_visitors_visit_of_a_year_are_one_whoever_is_named():
    bali = telling(kind="conference", precision="month", start=date(2022, 11, 1), end=date(2022, 11, 30), place="Bali")
    assert same_occasion(replace(bali, people=frozenset({"xi"})), replace(bali, people=frozenset({"biden"})))
    upgrade = telling(kind="upgrade", precision="year", start=date(2007, 1, 1), end=date(2007, 12, 31))
    with_dung = replace(upgrade, people=frozenset({"dung"}), countries=frozenset({"VN", "IN"}))
    assert same_occasion(with_dung, replace(upgrade, people=frozenset({"phuc"}), countries=frozenset({"VN", "IN"})))
    assert not same_occasion(with_dung, replace(upgrade, people=frozenset({"phuc"}), countries=frozenset({"VN", "JP"})))
    visit = telling(kind="visit", precision="year", start=date(1964, 1, 1), end=date(1964, 12, 31), people={"kim"})
    assert same_occasion(replace(visit, place="Việt Nam"), replace(visit, place="Hà Nội"))
    assert not same_occasion(visit, telling(kind="visit", start=date(1964, 5, 2), people={"kim"}))


def test_one_conference_told_with_different_others_present_is_one_occasion():
    one = telling(kind="conference", people={"a", "b"})
    assert same_occasion(one, telling(kind="conference", people={"a", "c"}))


def test_a_city_and_its_country_are_one_place_for_an_occasion_naming_nobody():
    in_city = telling(kind="visit", place="Hà Nội", countries={"VN", "JP"})
    assert same_occasion(in_city, telling(kind="visit", place="Việt Nam", countries={"VN", "JP"}))
    assert not same_occasion(in_city, telling(kind="visit", place="Tokyo", countries={"VN", "JP"}))


def test_visits_to_two_countries_are_two_whoever_takes_part_in_both_but_two_cities_of_one_are_one():
    october = (date(2011, 10, 1), date(2011, 10, 31))
    hosted = Telling("visit", *october, "month", frozenset({"dung", "merkel"}), place="Việt Nam")
    abroad = Telling("visit", *october, "month", frozenset({"dung"}), place="Ấn Độ")
    in_hanoi = Telling("visit", *october, "month", frozenset({"merkel"}), place="Hà Nội")
    assert not same_occasion(hosted, abroad)
    assert same_occasion(hosted, in_hanoi)


def test_a_leaders_welcomes_of_two_guests_of_two_countries_are_two_occasions_but_a_summit_is_one():
    philippines = telling(kind="other", people={"host", "guest-ph"}, countries={"VN", "PH"}, precision="month")
    germany = telling(kind="other", people={"host", "guest-de", "spouse"}, countries={"VN", "DE"})
    assert not same_occasion(philippines, germany)
    assert same_occasion(germany, telling(kind="other", people={"host"}, countries={"VN", "DE", "FR"}))
    asean = telling(kind="conference", people={"a", "b"}, countries={"VN", "ID"})
    assert same_occasion(asean, telling(kind="conference", people={"a", "c"}, countries={"VN", "MY"}))


def test_two_welcomes_of_one_guest_by_different_hosts_or_in_two_countries_are_two_occasions():
    in_hanoi = telling(kind="other", people={"host-vn", "guest"}, countries={"VN", "ID"}, precision="month")
    in_jakarta = telling(kind="other", people={"guest", "visitor-vn"}, countries={"VN", "ID"}, place="Jakarta")
    assert not same_occasion(in_hanoi, in_jakarta)
    assert not same_occasion(
        telling(kind="conference", people={"a"}, place="Phnôm Pênh"),
        telling(kind="conference", people={"a"}, place="New Delhi"),
    )
    assert same_occasion(in_jakarta, telling(kind="other", people={"guest"}, place="Indonesia"))


def test_at_the_meeting_after_a_source_names_the_meeting_told_not_one_with_another_counterpart():
    year = YearGuess(2031, "given", 1.0, "given")
    told = "Chiều 29/10/2031, Thứ trưởng Lê Văn Hải đã tiếp Đại sứ Chile Ana Soto."
    again = (
        "Theo thông cáo của Bộ Ngoại giao, tại cuộc gặp chiều 29/10, Đại sứ Ana Soto chuyển thư của Tổng thống Chile "
        "Pablo Rojas."
    )
    persons = find_persons([told, again])
    a = sentence_candidates(0, told, persons.by_sentence[0], year, None)[0]
    b = sentence_candidates(1, again, persons.by_sentence[1], year, None)[0]
    assert {p.name for p in a.persons} - {p.name for p in b.persons}, "each names someone of its own"
    assert not two_counterparts(a, b)


def test_two_gatherings_of_one_year_that_name_no_one_nor_where_are_two_occasions():
    first = Telling("conference", date(2031, 1, 1), date(2031, 12, 31), "year")
    second = Telling("conference", date(2031, 11, 21), date(2031, 11, 21), "day")
    assert not same_occasion(first, second)
    assert same_occasion(
        replace(first, countries=frozenset({"CL", "PE"})), replace(second, countries=frozenset({"CL", "PE"}))
    )


def test_the_signing_of_one_agreement_is_one_whoever_each_outlet_names_at_it():
    november = date(2031, 11, 1), date(2031, 11, 30)
    by_month = Telling("signing", *november, "month", frozenset({"an"}), agreements=frozenset({"rcep"}))
    on_the_day = Telling("signing", date(2031, 11, 15), date(2031, 11, 15), people=frozenset({"soto"}),
                         agreements=frozenset({"rcep"}))  # fmt: skip
    assert same_occasion(by_month, on_the_day)
    other = Telling("signing", date(2031, 11, 15), date(2031, 11, 15), people=frozenset({"soto"}),
                    agreements=frozenset({"cptpp"}))  # fmt: skip
    assert not same_occasion(by_month, other)


def test_summits_of_two_numbers_held_the_same_days_are_two():
    days = date(2031, 11, 14), date(2031, 11, 15)
    thirty_seventh = Telling("conference", *days, place="Hà Nội", ordinal=37)
    assert not same_occasion(thirty_seventh, Telling("conference", *days, place="Hà Nội", ordinal=15))
    assert same_occasion(thirty_seventh, Telling("conference", *days, place="Hà Nội"))


def test_a_pair_s_upgrade_told_on_the_next_day_is_one():
    pair = frozenset({"VN", "CL"})
    upgrade = Telling("upgrade", date(2031, 3, 10), date(2031, 3, 10), countries=pair)
    assert same_occasion(upgrade, Telling("upgrade", date(2031, 3, 11), date(2031, 3, 11), countries=pair))
    other_pair = frozenset({"VN", "PE"})
    assert not same_occasion(upgrade, Telling("upgrade", date(2031, 3, 11), date(2031, 3, 11), countries=other_pair))


def test_a_group_s_summit_is_one_whatever_each_outlet_tells_of_it_and_another_group_s_is_another():
    november = date(2031, 11, 1), date(2031, 11, 30)
    by_month = Telling("conference", *november, "month", gathering="asean")
    on_the_day = Telling("conference", date(2031, 11, 12), date(2031, 11, 12), people=frozenset({"an"}),
                         gathering="asean")  # fmt: skip
    assert same_occasion(by_month, on_the_day)
    plus_three = Telling("conference", date(2031, 11, 12), date(2031, 11, 12), people=frozenset({"an"}),
                         gathering="asean+3")  # fmt: skip
    assert not same_occasion(on_the_day, plus_three)


def test_a_summit_s_group_is_read_from_its_name():
    from extraction import extract_article

    text = (
        "Ngày 12/11/2031, Thủ tướng Lê Văn An dự Hội nghị Cấp cao ASEAN lần thứ 59 và Hội nghị Cấp cao ASEAN+3 "
        "lần thứ 34 tại Kuala Lumpur."
    )
    groups = {e.gathering for e in extract_article(text).events if e.type == "conference"}
    assert groups <= {"asean", "asean+3"} and "asean" in groups


def test_a_group_and_its_partner_are_one_group_however_each_outlet_writes_the_partner():
    from extraction import extract_article

    def group(sentence):
        return {e.gathering for e in extract_article(sentence).events if e.type == "conference"}

    one = group("Ngày 5/3/2031, Thủ tướng Lê Văn An dự Hội nghị Cấp cao đặc biệt ASEAN - Úc tại Melbourne.")
    assert one == group(
        "Ngày 5/3/2031, Thủ tướng Lê Văn An dự Hội nghị Cấp cao đặc biệt Australia-ASEAN tại Melbourne."
    )
    assert one != group("Ngày 5/3/2031, Thủ tướng Lê Văn An dự Hội nghị Cấp cao ASEAN - Hàn Quốc tại Melbourne.")


def test_two_anniversaries_of_one_pair_in_one_year_are_two_when_they_count_other_years():
    from extraction import extract_article

    def anniversary(sentence):
        return next(e for e in extract_article(sentence).events if e.type == "anniversary")

    relations = anniversary("Năm 2031, Chile và Peru kỷ niệm 50 năm thiết lập quan hệ ngoại giao.")
    partnership = anniversary("Năm 2031, Chile và Peru kỷ niệm 10 năm quan hệ Đối tác chiến lược.")
    told_again = anniversary("Hai nước đã long trọng kỷ niệm 50 năm quan hệ ngoại giao trong năm 2031.")

    def telling(event):
        return Telling("anniversary", event.date.start, event.date.end, "year", countries=frozenset(event.countries),
                       ordinal=event.ordinal)  # fmt: skip

    assert not same_occasion(telling(relations), telling(partnership))
    assert same_occasion(telling(relations), telling(told_again))


def test_one_pair_s_session_of_one_number_is_one_whichever_day_each_outlet_dates_it_by():
    pair = frozenset({"VN", "LA"})
    opening = Telling("committee_session", date(2031, 1, 8), date(2031, 1, 8), people=frozenset({"an"}),
                      countries=pair, ordinal=44)  # fmt: skip
    close = Telling("committee_session", date(2031, 1, 9), date(2031, 1, 9), people=frozenset({"binh"}),
                    countries=pair, ordinal=44)  # fmt: skip
    assert same_occasion(opening, close)
    next_one = Telling("committee_session", date(2031, 1, 9), date(2031, 1, 9), people=frozenset({"an"}),
                       countries=pair, ordinal=45)  # fmt: skip
    assert not same_occasion(opening, next_one)
    another_pair = Telling("committee_session", date(2031, 1, 9), date(2031, 1, 9), countries=frozenset({"VN", "KH"}),
                           ordinal=44)  # fmt: skip
    assert not same_occasion(opening, another_pair)


def test_a_pair_s_upgrade_recalled_at_talks_elsewhere_is_the_upgrade_made_where_it_was():
    pair = frozenset({"VN", "KR"})
    made = telling(kind="upgrade", precision="month", start=date(2022, 12, 1), end=date(2022, 12, 31), people={"a"})
    recalled = replace(made, people=frozenset({"b", "c"}), place="Hà Nội", countries=pair)
    assert same_occasion(replace(made, place="Seoul", countries=pair), recalled)


def test_acts_of_two_pairs_of_countries_a_day_apart_stay_two_in_one_article():
    text = (
        "Tổng thống Chile Ana Soto thăm cấp Nhà nước Việt Nam từ ngày 19-20/6/2031. Trong chuyến thăm, hai bên đã ra "
        "Tuyên bố chung.\n"
        "Sáng 20/6, Chủ tịch nước Lê Văn An hội đàm với Tổng thống Ana Soto. Hai nhà lãnh đạo đã chứng kiến lễ trao 11 "
        "văn kiện hợp tác.\n"
        "Trước đó, ngày 19/6 tại Lima, Tổng thống Chile và Tổng thống Peru Carlos Rivera đã ký Hiệp ước hợp tác giữa "
        "hai nước."
    )
    signings = [e for e in extract_article(text).events if e.type == "signing"]
    treaty = next(e for e in signings if e.date.iso("start") == "2031-06-19")
    assert sorted(p.name for p in treaty.participants) == ["Ana Soto", "Carlos Rivera"]
    assert any(e.date.iso("start") == "2031-06-20" for e in signings)


def test_one_leader_s_meetings_of_a_month_naming_him_alone_are_not_his_meeting_with_someone_of_a_day():
    month = telling(precision="month", start=date(2024, 3, 1), end=date(2024, 3, 31), people={"a"})
    assert not same_occasion(month, telling(people={"a", "b"}))
    assert same_occasion(telling(people={"a"}), telling(people={"a", "b"}))


def test_another_traveller_s_visit_of_the_same_days_is_another_visit():
    text = (
        "Tổng thống Chile Ana Soto thăm Peru từ ngày 22-24/9/2031. Đáng chú ý, lịch trình của Tổng thống Chile trùng "
        "với chuyến thăm Peru từ 22 - 27.9 của Giáo hoàng Leo."
    )
    visits = sorted(
        (e.date.iso("end"), [p.name for p in e.participants]) for e in extract_article(text).events if e.type == "visit"
    )
    assert visits == [("2031-09-24", ["Ana Soto"]), ("2031-09-27", ["Leo"])]


def test_relations_established_in_one_year_by_a_pair_untold_are_no_other_pair_s():
    untold = Telling("upgrade", date(2031, 1, 1), date(2031, 12, 31), "year")
    told = replace(untold, countries=frozenset({"CL", "PE"}))
    assert not same_occasion(told, untold)
    assert same_occasion(told, replace(told))


def test_two_summits_named_in_passing_in_one_month_without_a_place_in_common_stay_apart():
    month = {"start": date(2031, 9, 1), "end": date(2031, 9, 30), "precision": "month"}
    lima = telling(kind="conference", place="Lima", **month)
    unplaced = telling(kind="conference", **month)
    assert not same_occasion(lima, unplaced)
    assert same_occasion(telling(kind="conference", place="Lima"), telling(kind="conference"))


def test_a_visit_that_names_nobody_is_not_another_visit_of_its_month_by_the_month_alone():
    month = {"kind": "visit", "start": date(2031, 9, 1), "end": date(2031, 9, 30), "precision": "month"}
    nobodys = telling(**month, place="Quito")
    assert not same_occasion(nobodys, telling(**month, people={"a"}, countries={"PE", "CL"}))
    assert same_occasion(nobodys, telling(**month, place="Quito", people={"a"}))
