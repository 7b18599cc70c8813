from extraction.levels import find_level, level, names_establishment
from extraction.names import english_name, same_person_name


def test_the_closest_level_a_sentence_names_wins():
    sentence = "Hai nước nâng quan hệ từ Đối tác chiến lược lên Đối tác Chiến lược Toàn diện."
    assert find_level(sentence) == "comprehensive_strategic_partnership"
    assert level(find_level(sentence)).en == "Comprehensive Strategic Partnership"


def test_a_sentence_without_a_level_names_none():
    assert find_level("Hai bộ trưởng ký bản ghi nhớ về hợp tác giáo dục.") == ""


def test_establishment_is_read_without_marks():
    assert names_establishment("Hai nuoc thiet lap quan he ngoai giao nam 1980")
    assert not names_establishment("Kỷ niệm quan hệ hữu nghị")


def test_sino_vietnamese_names_have_their_english_form():
    assert english_name("Tập Cận Bình") == "Xi Jinping"
    assert english_name("Nguyễn Văn Khách") is None


def test_one_name_in_either_order_or_script_is_one_person():
    assert same_person_name("Tanaka Hiroshi", "Hiroshi Tanaka")
    assert same_person_name("Vương Nghị", "Wang Yi")
    assert not same_person_name("Tanaka Hiroshi", "Tanaka Kenji")


def test_short_transliterations_of_leaders_are_the_leaders():
    assert english_name("G.Bu-sơ") == "George W. Bush"
    assert english_name("Ki-si-đa Phu-mi-ô") == "Fumio Kishida"
    assert english_name("Pê-vơ Mu-sa-ráp") == "Pervez Musharraf"
