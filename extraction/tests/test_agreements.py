"""Agreements and partnership frameworks named in a sentence."""

from extraction.agreements import find_agreements


def names(sentence):
    return [(a.name, a.kind) for a in find_agreements(sentence)]


def test_partnership_framework_stops_at_the_clause():
    assert names("Hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện vì hòa bình, hợp tác và phát triển.") == [
        ("Đối tác chiến lược toàn diện vì hòa bình", "partnership")
    ]


def test_partnership_framework_ends_before_the_date_or_the_pair_told_after_it():
    assert names("Hai nước nâng quan hệ lên Đối tác chiến lược toàn diện vào tháng 5/2021.") == [
        ("Đối tác chiến lược toàn diện", "partnership")
    ]
    assert names("Quan hệ Đối tác chiến lược Việt Nam - Chile được xác lập năm 2019.") == [
        ("Đối tác chiến lược", "partnership")
    ]


def test_trade_agreement_acronym_is_its_name():
    assert names("Hai bên đánh giá cao việc thực thi Hiệp định RCEP và Hiệp định CPTPP.") == [
        ("RCEP", "trade_agreement"),
        ("CPTPP", "trade_agreement"),
    ]


def test_instrument_between_two_bodies_and_treaty_year():
    found = find_agreements(
        "Hai bên ký Bản ghi nhớ hợp tác giữa Bộ Y tế và Bộ Y tế Lào; tôn trọng Công ước Viên năm 1961."
    )
    assert [(a.name, a.kind) for a in found] == [
        ("Bản ghi nhớ hợp tác giữa Bộ Y tế và Bộ Y tế Lào", "mou"),
        ("Công ước Viên năm 1961", "treaty"),
    ]
    assert found[1].date.iso() == "1961"


def test_tone_placement_variants_are_one_name():
    assert names("quan hệ Đối tác chiến lược vì hoà bình.") == [("Đối tác chiến lược vì hòa bình", "partnership")]
