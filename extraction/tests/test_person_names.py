"""Who is a person: names with initials whole, countries and office words never names, honorifics no
office, one person across scripts and word orders."""

import pytest

from extraction.names import person_key, same_person_name
from extraction.persons import KnownNames, find_persons
from extraction.records import Person
from extraction.sentences import split_sentences


def names_in(text):
    index = find_persons(split_sentences([text]))
    return {p.name: p for p in index.persons}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Bộ trưởng Ngoại giao Ấn Độ R.K.Sharma thăm Hà Nội. Ông Sharma gặp báo chí.", "R.K.Sharma"),
        ("Tháp tùng có Bộ trưởng Quốc phòng P.Ro-đri-gết và các quan chức.", "P.Ro-đri-gết"),
        ("Ngoại trưởng A. Petrov đến Hà Nội.", "A. Petrov"),
        ("Tổng thống Pháp Ph. Mô-ranh tiếp đoàn tại Pa-ri.", "Ph. Mô-ranh"),  # an initial of two letters
    ],
)
def test_a_name_with_initials_is_one_name_and_its_short_form_the_same_person(text, name):
    found = names_in(text)
    assert set(found) == {name}


def test_the_sentence_is_not_cut_at_a_glued_initial():
    sentences = split_sentences(["Thủ tướng Ấn Độ R.K.Sharma đến Hà Nội. Hai bên hội đàm."])
    assert sentences[0] == "Thủ tướng Ấn Độ R.K.Sharma đến Hà Nội."
    assert len(sentences) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Lễ đón diễn ra tại Phủ Tổng thống Thổ Nhĩ Kỳ.",
        "Tổng thống Ấn Độ cho biết hai nước sẽ hợp tác.",
        "Đại sứ Bồ Đào Nha chúc mừng.",
    ],
)
def test_a_country_after_an_office_is_no_person(text):
    assert names_in(text) == {}


def test_an_office_with_a_capitalised_domain_keeps_the_name_after_it():
    found = names_in("Bộ trưởng Quân đội Bỉ Luc Maes chủ trì lễ đón.")
    assert set(found) == {"Luc Maes"}
    assert found["Luc Maes"].title.startswith("Bộ trưởng Quân đội")


@pytest.mark.parametrize("name", ["John McAllister", "Ruth MacKenzie", "Sean O'Hara", "Paolo D'Amico"])
def test_a_surname_with_a_capital_inside_is_whole(name):
    assert set(names_in(f"Thượng nghị sĩ Hoa Kỳ {name} thăm Hà Nội.")) == {name}


def test_a_second_name_under_one_office_holds_it_and_a_place_or_a_spouse_is_no_name():
    found = names_in("Ông tiếp các thượng nghị sĩ Ethan Ross và Paul Meyer tại trụ sở Quốc hội.")
    assert found["Paul Meyer"].title == found["Ethan Ross"].title == "thượng nghị sĩ"
    found = names_in("Tổng thống Ethan Ross và Phu nhân thăm Hà Nội. Thủ tướng Lê Văn An và Thái Lan ký kết.")
    assert set(found) == {"Ethan Ross", "Lê Văn An"}


def test_an_honorific_is_no_office():
    found = names_in("Tổng thống Mỹ Tom Hale nói: cảm ơn ngài Tom Hale.")
    assert found["Tom Hale"].title == "Tổng thống Mỹ"
    only_honorific = names_in("Xin cảm ơn ngài Tom Hale đã đến.")
    assert all(not p.title for p in only_honorific.values())


@pytest.mark.parametrize(
    "a, b",
    [
        ("Tập Cận Bình", "Xi Jinping"),
        ("Sato Kenji", "Kenji Sato"),
        ("Lee Min-ho", "Lee Min Ho"),
        # A transliteration's syllables hyphenated or written together, and the name it transliterates.
        ("Ba-rắc Ô-ba-ma", "Barắc Ôbama"),
        ("Barắc Ôbama", "Barack Obama"),
        ("Lý Hiển Long", "Lee Hsien Loong"),
    ],
)
def test_one_person_across_scripts_and_orders(a, b):
    assert same_person_name(a, b)
    assert person_key(a) == person_key(b)


def test_a_leader_the_names_reference_knows_is_found_with_or_without_a_title():
    found = names_in(
        "Chủ tịch nước CHND Trung Hoa Tập Cận Bình chủ trì lễ đón. Tham dự có đồng chí Thái Kỳ và Vương Nghị."
    )
    assert set(found) == {"Tập Cận Bình", "Thái Kỳ", "Vương Nghị"}
    assert found["Tập Cận Bình"].title == "Chủ tịch nước CHND Trung Hoa"
    # "Thái" is also a Vietnamese surname: the reference says whose name it is.
    assert {p.country for p in found.values()} == {"CN"}


def test_a_transliterated_leader_takes_the_country_the_reference_gives():
    found = names_in("Ông Vla-đi-mia Pu-tin phát biểu tại buổi tiếp.")
    assert found["Vla-đi-mia Pu-tin"].country == "RU"
    # Written without the hyphens the reference has, the leader is known all the same.
    found = names_in("Thủ tướng An-ghê-la Mécken gặp báo chí.")
    assert found["An-ghê-la Mécken"].country == "DE"


def test_a_name_with_its_middle_name_left_out_is_the_same_person():
    found = names_in(
        "Tổng thống Chile Juan Carlos Pérez Soto Jr. đến Hà Nội. "
        "Sau đó, Tổng thống Chile Juan Pérez Soto Jr. phát biểu."
    )
    assert set(found) == {"Juan Carlos Pérez Soto Jr."}
    # The generation written without its period ("Jr và Phu nhân") is the same generation.
    found = names_in(
        "Tổng thống Chile Juan Carlos Pérez Soto Jr. đến Hà Nội. Tổng thống Juan Pérez Soto Jr và Phu nhân dự."
    )
    assert set(found) == {"Juan Carlos Pérez Soto Jr."}


@pytest.mark.parametrize(
    "text, full, short",
    [
        (
            "Thủ tướng Ê-cu-a-đo Pa-blô Mô-ra-lết hội đàm với Thủ tướng Phạm Minh Chính. "
            "Thủ tướng P.Mô-ra-lết mời Thủ tướng Phạm Minh Chính thăm Ê-cu-a-đo.",
            "Pa-blô Mô-ra-lết",
            "P.Mô-ra-lết",
        ),
        (
            "Tổng thống Chi-lê Hu-an Ga-xi-a Lốp-pết đến Hà Nội. Tổng thống H.Ga-xi-a sẽ dự diễn đàn.",
            "Hu-an Ga-xi-a Lốp-pết",
            "H.Ga-xi-a",
        ),
    ],
)
def test_a_name_written_again_with_its_first_name_as_an_initial_is_the_same_person(text, full, short):
    found = names_in(text)
    assert full in found and short not in found
    assert short in found[full].aliases


def test_an_initial_alone_in_common_makes_no_one_the_same_person():
    found = names_in("Tổng thống Pa-blô Mô-ra-lết tiếp Bộ trưởng P.Xi-nô-va và Đại sứ P.Mô-ra.")
    assert {"Pa-blô Mô-ra-lết", "P.Xi-nô-va", "P.Mô-ra"} <= set(found)


def test_a_person_honoured_at_a_memorial_is_no_participant():
    found = names_in("Tổng thống Chile Ana Soto vào Lăng viếng Chủ tịch Hồ Chí Minh và dâng hương tưởng niệm Bác.")
    assert set(found) == {"Ana Soto"}


def test_two_writings_of_one_person_in_an_article_are_one_person():
    index = find_persons(
        ["Thủ tướng Nhật Bản Sato Kenji đến Hà Nội.", "Ông Kenji Sato nói.", "Chủ tịch Tập Cận Bình và ông Xi Jinping."]
    )
    assert sorted(p.name for p in index.persons) == ["Sato Kenji", "Tập Cận Bình"]


def test_a_person_the_database_knows_in_another_script_is_that_person():
    index = find_persons(
        ["Chủ tịch nước Trung Quốc Tập Cận Bình đến Hà Nội."], KnownNames([Person("Xi Jinping", "Chủ tịch", "CN")])
    )
    assert [p.name for p in index.persons] == ["Xi Jinping"]
    assert index.persons[0].aliases == ["Tập Cận Bình"]


def test_an_acronym_in_brackets_after_a_transliteration_is_no_person():
    assert names_in("Hai bên ký Hiệp định thương mại tự do Việt Nam - Pê-ru (VPFTA) tại Lima.") == {}


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Tổng thống nước Cộng hòa Bô-li-va Vê-nê-xu-ê-la Ni-cô-lát Ma-đu-rô đến Hà Nội.", "Ni-cô-lát Ma-đu-rô", "VE"),
        ("Tổng thống Cộng hòa Ả-rập Ai Cập Abdel Fattah el-Sisi đón Thủ tướng.", "Abdel Fattah el-Sisi", "EG"),
        ("Thủ tướng Iraq Mohammed Shia al-Sudani hội đàm với Thủ tướng.", "Mohammed Shia al-Sudani", "IQ"),
    ],
)
def test_a_state_name_written_by_syllables_and_a_glued_article_stay_out_of_and_in_the_name(text, name, country):
    found = names_in(text)
    assert name in found and found[name].country == country


def test_a_name_with_an_initial_after_a_long_office_is_that_office_holder():
    found = names_in(
        "Tháp tùng có Chủ tịch Tập đoàn PDVX R.Xan-tốt; Chủ nhiệm Văn phòng Tổng thống và Chính phủ M.Ga-lê-a."
    )
    assert found["R.Xan-tốt"].title == "Chủ tịch Tập đoàn PDVX"
    assert found["M.Ga-lê-a"].title == "Chủ nhiệm Văn phòng Tổng thống và Chính phủ"


def test_another_romanisation_of_a_leader_the_reference_knows_is_that_leader():
    found = names_in("Tổng Bí thư Lào Thoungloune Sisoulit gửi thư chúc mừng Chủ tịch nước.")
    assert set(found) == {"Thongloun Sisoulith"}
    assert "Thoungloune Sisoulit" in found["Thongloun Sisoulith"].aliases


def test_another_transliteration_of_a_leader_the_reference_knows_is_that_leader():
    found = names_in("Ngoại trưởng Nga Xéc-gây Láp-rốp hội đàm với Ngoại trưởng Lê Văn An.")
    assert "Sergei Lavrov" in found and "Xéc-gây Láp-rốp" in found["Sergei Lavrov"].aliases
    assert "Sergei Lavrov" not in names_in("Bộ trưởng Nga Xéc-gây Sa-pin phát biểu.")  # not near enough


def test_a_short_name_near_a_leaders_name_is_not_taken_for_that_leader():
    found = names_in("Bộ trưởng Trung Quốc Wang Ya gặp Đại sứ Li Qiong.")
    assert {"Wang Ya", "Li Qiong"} <= set(found)


def test_a_counterpart_holds_the_office_of_the_one_it_is_the_counterpart_of_in_its_own_country():
    found = names_in(
        "Bộ trưởng Quốc phòng Chile Luis Ramos hội đàm với người đồng cấp Peru Ana Soto. "
        "Ngoại trưởng Lê Văn An gặp người đồng nhiệm Omar Reyes."
    )
    assert found["Ana Soto"].title == "Bộ trưởng Quốc phòng Peru" and found["Ana Soto"].country == "PE"
    assert found["Omar Reyes"].title == "Ngoại trưởng"


def test_a_companys_head_is_named_after_its_brand_and_a_place_there_is_no_name():
    found = names_in("Ông tiếp Chủ tịch Tập đoàn Orbis Ethan Ross và Tổng Giám đốc Công ty Nexa Paul Meyer.")
    assert found["Ethan Ross"].title == "Chủ tịch Tập đoàn Orbis"
    assert found["Paul Meyer"].title == "Tổng Giám đốc Công ty Nexa"
    assert not names_in("Ông tiếp Chủ tịch Tập đoàn Orbis Việt Nam.")


def test_the_name_a_leader_goes_by_inside_the_full_one_is_that_leader():
    names = names_in(
        "Ngày 2/3, Tổng thống Brazil José Carlos Beto da Costa hội đàm với Thủ tướng Lê Văn Hải. "
        "Tổng thống Beto cảm ơn Việt Nam."
    )
    assert "Beto" not in names and names["José Carlos Beto da Costa"].country == "BR"


@pytest.mark.parametrize("name", ["Giăng-Nô-en Ba-rô", "Phi-líp Mác-ten", "Pi-e Lô-răng-xơ"])
def test_a_transliterated_name_is_whole_whatever_the_case_of_its_syllables(name):
    found = names_in(f"Ngày 14/3, Bộ trưởng Ngoại giao Pháp {name} đến Hà Nội.")
    assert set(found) == {name}


def test_a_minister_for_europe_and_foreign_affairs_is_one_office_and_europe_no_person():
    found = names_in(
        "Ngày 14/3, Thứ trưởng Lê Văn Hải chào xã giao Bộ trưởng Châu Âu và Ngoại giao Pháp Pi-e Lô-răng-xơ."
    )
    assert set(found) == {"Lê Văn Hải", "Pi-e Lô-răng-xơ"}
    assert found["Pi-e Lô-răng-xơ"].title == "Bộ trưởng Châu Âu và Ngoại giao Pháp"


def test_samdech_is_an_honorific_not_a_first_name():
    found = names_in(
        "Chủ tịch Quốc hội Lê Minh Tâm đón Samdech Khuon Sudary, Chủ tịch Hạ viện Campuchia. "
        "Tổng Bí thư Trần Văn Bình tiếp Samdech Khuon Sudary."
    )
    assert "Khuon Sudary" in found and not any(name.startswith("Samdech") for name in found)


def test_a_leaders_formal_name_with_a_middle_initial_is_the_name_the_reference_knows():
    found = names_in("Tổng thống Mỹ Joseph R. Biden hội đàm với Ngoại trưởng Lê Văn An. Ông Joe Biden cảm ơn.")
    assert found["Joseph R. Biden"].aliases == ["Joe Biden"] and "Joe Biden" not in found
