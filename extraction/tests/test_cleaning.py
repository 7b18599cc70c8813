"""Cleaning: what a page brings along besides the article is dropped; captions are kept."""

import unicodedata

from extraction import extract_article
from extraction.cleaning import clean
from extraction.sentences import split_sentences

PAGE = """https://tin.example.vn/bai-viet-123.html
Nhỏ Bình thường Lớn

Thủ tướng Lê Minh Tâm hội đàm với Thủ tướng Hàn Quốc Kim Do-yun

Ngày 4/6/2019, tại Seoul, Thủ tướng Lê Minh Tâm hội đàm với Thủ tướng Hàn Quốc Kim Do-yun. (Ảnh: Minh Đức)
Theo dõi Tin Example trên
Thủ tướng Lê Minh Tâm hội đàm với Thủ tướng Hàn Quốc Kim Do-yun
Hai bên nhất trí tăng cường hợp tác.
Lễ hội ẩm thực Việt Nam tại Busan thu hút đông đảo khách

Lễ hội ẩm thực Việt Nam tại Busan thu hút đông đảo khách

Ngày 2/6, lễ hội đã khai mạc với sự tham dự của ...
"""


def test_url_title_widget_follow_line_and_credits():
    text = clean(PAGE)
    assert text.url == "https://tin.example.vn/bai-viet-123.html"
    assert text.title == "Thủ tướng Lê Minh Tâm hội đàm với Thủ tướng Hàn Quốc Kim Do-yun"
    body = text.body
    assert "Nhỏ Bình thường Lớn" not in body and "Theo dõi" not in body and "(Ảnh:" not in body
    assert body.count("Kim Do-yun") == 1  # the repeated title is gone, the sentence stays


def test_teasers_of_other_articles_at_the_end_are_dropped():
    body = clean(PAGE).body
    assert "Busan" not in body and "khai mạc" not in body
    assert "Hai bên nhất trí tăng cường hợp tác." in body


def test_glued_caption_and_sentence_are_split():
    text = clean(
        "Hai bên ký kết biên bản ghi nhớ về hợp tác năng lượngBộ trưởng Trần Quốc Huy phát biểu.Theo ông, dự án mới."
    )
    sentences = split_sentences(text.paragraphs)
    assert "năng lượng." in sentences[0]
    assert any(s.startswith("Bộ trưởng Trần Quốc Huy") for s in sentences)
    assert any(s.startswith("Theo ông") for s in sentences)


def test_a_sentence_ends_after_a_name_s_jr_when_the_next_begins():
    sentences = split_sentences(
        [
            "Ngày 3/5, ông gặp Tổng thống Juan Soto Jr. Đi cùng ông có Bộ trưởng Ana Rojas. "
            "Tổng thống Luis Mora Jr. đã tới."
        ]
    )
    assert sentences == [
        "Ngày 3/5, ông gặp Tổng thống Juan Soto Jr.",
        "Đi cùng ông có Bộ trưởng Ana Rojas.",
        "Tổng thống Luis Mora Jr. đã tới.",
    ]


def test_caption_without_closing_bracket_keeps_its_text():
    text = clean(
        "Ngày 2/3/2021, Đại sứ Lê Thu Hà chào xã giao Tổng thống Peru.\n(Ảnh: Đại sứ Lê Thu Hà và Tổng thống Peru"
    )
    assert "Đại sứ Lê Thu Hà và Tổng thống Peru" in text.body
    assert "(Ảnh" not in text.body


def test_nfd_input_is_normalised_to_nfc():
    nfd = unicodedata.normalize("NFD", "Hội đàm ở Hà Nội.")
    assert clean(nfd).body == "Hội đàm ở Hà Nội."


def test_byline_with_page_date_is_kept_apart():
    text = clean(
        "Điện mừng Quốc khánh Pháp\nThu Trang 10:15 | 14/07/2021\nNgày 14/7/2021, Chủ tịch nước gửi điện mừng."
    )
    assert text.page_date_lines == ["Thu Trang 10:15 | 14/07/2021"]
    assert "Thu Trang" not in text.body


def test_photo_story_pipes_become_captions():
    text = clean("Sáng 5/9, hai Bộ trưởng hội đàm. |\n|\nHai Bộ trưởng chụp ảnh chung. |")
    assert text.paragraphs == ["Sáng 5/9, hai Bộ trưởng hội đàm.", "Hai Bộ trưởng chụp ảnh chung."]


def test_initials_do_not_end_a_sentence():
    assert split_sentences(["Bộ trưởng Ngoại giao R. Kumar thăm Hà Nội. Hai bên hội đàm."]) == [
        "Bộ trưởng Ngoại giao R. Kumar thăm Hà Nội.",
        "Hai bên hội đàm.",
    ]


def test_date_stamps_of_other_outlets_date_the_page_and_leave_the_body():
    text = clean(
        "https://tin.example.vn/a.html\nTiêu đề bài\nCập nhật: 11/09/2023 10:32\n"
        "Thứ hai, 11/9/2023 | 10:32\nNgày 5/3/2023, hai bên hội đàm.\n"
    )
    assert text.page_date_lines == ["Cập nhật: 11/09/2023 10:32", "Thứ hai, 11/9/2023 | 10:32"]
    assert text.paragraphs == ["Ngày 5/3/2023, hai bên hội đàm."]
    # The time before the date: "Thứ Hai, 07:30, 09/09/2024".
    assert clean("Tiêu đề bài\nThứ Ba, 07:30, 12/03/2024\nHai bên hội đàm.\n").page_date_lines == [
        "Thứ Ba, 07:30, 12/03/2024"
    ]


def test_mojibake_is_repaired_and_named():
    sentence = "Chiều 14/3, Bộ trưởng Ngoại giao Trần Văn Bình hội đàm với Ngoại trưởng Peru Carlos Rivera."
    broken = sentence.encode("utf-8").decode("latin-1")  # UTF-8 bytes read as Latin-1, as some pages are saved
    extracted = extract_article(broken, published="2024")
    assert sentence in extracted.cleaned_text
    assert extracted.encoding_problem.startswith("mojibake repaired")
    assert [e.type for e in extracted.events] == ["talks"]


def test_letters_lost_to_a_legacy_encoding_are_named_not_silently_ignored():
    # Every letter with a dot below or a hook dropped, as some saved pages hold it.
    lost = (
        "Ngày 4/3/2015, ti Lima, Th trưởng B Ngoi giao Trn Văn Bình và Th trưởng Ngoi giao Peru đã tiến hành "
        "đi thoi chiến lược ln th hai, trao đi ý kiến v chính sách đi ngoi và các vn đ quc tế cùng quan tâm. "
        "Hai bên nht trí tăng cường hp tác và phi hp ti các din đàn quc tế."
    )
    assert clean(lost).encoding_problem.startswith("letters lost")
    assert extract_article(lost).encoding_problem.startswith("letters lost")
    assert clean("Ngày 4/3/2015, tại Lima, hai Thứ trưởng Ngoại giao đã tiến hành đối thoại.").encoding_problem == ""


def test_a_date_on_its_own_line_dates_the_sentence_below_it():
    page = (
        "Hai Bộ trưởng hội đàm\nChiều 14/3,\n\n"
        "Bộ trưởng Ngoại giao Lê Văn Hải hội đàm với Ngoại trưởng Peru Carlos Rivera tại Lima."
    )
    talks = extract_article(page, published="2024").events
    assert [(e.type, e.date.iso()) for e in talks] == [("talks", "2024-03-14")]


def test_a_date_ending_a_line_dates_the_sentence_below_it():
    page = (
        "Bộ trưởng tiếp lãnh đạo doanh nghiệp Peru\n"
        "Trong khuôn khổ chuyến công tác tại Peru, chiều 14/3\n"
        "Bộ trưởng Ngoại giao Lê Văn Hải đã tiếp Chủ tịch Hạ viện Peru Carlos Rivera."
    )
    meetings = [e for e in extract_article(page, published="2024-03-16").events if e.type == "meeting"]
    assert [e.date.iso() for e in meetings] == ["2024-03-14"]


def test_lists_of_related_articles_tell_no_event_of_the_article():
    page = (
        "Bộ trưởng Ngoại giao Peru thăm Việt Nam\n"
        "Ngày 4/3/2024, Bộ trưởng Ngoại giao Peru Carlos Rivera thăm chính thức Việt Nam.\n"
        "Xem thêm: Thủ tướng Lê Văn Hải hội đàm với Tổng thống Chile\n"
        "Hai bên nhất trí thúc đẩy thương mại.\n"
        "Tin liên quan:\n"
        "Chủ tịch nước tiếp Đại sứ Argentina\n"
        "Việt Nam và Peru ký hiệp định hợp tác giáo dục\n"
    )
    article = extract_article(page, published="2024-03-05")
    assert [e.type for e in article.events] == ["visit"]
    assert "Hai bên nhất trí thúc đẩy thương mại." in article.sentences
    for heading in ("Bài viết cùng chủ đề", "Tin nổi bật", "Các bài khác"):
        listed = page.replace("Tin liên quan:", f"{heading}\nThủ tướng Lê Văn Hải tiếp Đại sứ Argentina Juan Perez")
        assert [e.type for e in extract_article(listed, published="2024-03-05").events] == ["visit"]


def test_a_round_ups_dates_on_lines_of_their_own_date_the_items_under_them():
    page = (
        "Điểm lại hoạt động đối ngoại tháng 3/2026\n"
        "- Ngày 7/3:\nBộ trưởng Ngoại giao Lê Văn Hải hội đàm với Bộ trưởng Ngoại giao Peru Carlos Rivera.\n"
        "Ngày 29 và 30/3\nThứ trưởng Ngoại giao Trần Thu Hà và Thứ trưởng Ngoại giao Chile Ana Soto đồng chủ trì "
        "phiên họp lần thứ 6 Nhóm Chỉ đạo chiến lược Việt Nam - Chile tại Santiago.\n"
    )
    events = extract_article(page, published="2026-04-01").events
    assert [(e.type, e.date.iso("start"), e.date.iso("end")) for e in events] == [
        ("talks", "2026-03-07", "2026-03-07"),
        ("committee_session", "2026-03-29", "2026-03-30"),
    ]


def test_an_eth_written_for_the_vietnamese_d_is_read_as_it():
    article = extract_article("Ngày 5/3/2031, Tổng Bí thư Ðỗ Văn An hội đàm với Tổng thống Ðức Hans Meier.")
    assert {person.name for person in article.persons} == {"Đỗ Văn An", "Hans Meier"}


def test_a_line_of_tags_is_no_sentence():
    from extraction import extract_article

    text = (
        "Sáng 9/1, Thủ tướng Lê Minh Tâm hội đàm với Thủ tướng Lào Sonexay Siphandone.\n"
        "Từ khóa: Thủ tướng Lê Minh Tâm   Lào   Ủy ban liên Chính phủ"
    )
    article = extract_article(text, published="2031-01-09")
    assert {p.name for p in article.persons} == {"Lê Minh Tâm", "Sonexay Siphandone"}


def test_a_sentence_broken_off_before_its_date_is_joined_to_it():
    text = (
        "Chủ tịch Chile thăm Peru\n\nTổng thống Chile Ana Soto thăm cấp nhà nước Peru từ ngày\n20-22/3.\n\n"
        "Hai bên đã ký nhiều văn kiện."
    )
    visit = next(e for e in extract_article(text, published="2031-03-23").events if e.type == "visit")
    assert (visit.date.iso(), visit.date.iso("end")) == ("2031-03-20", "2031-03-22")


def test_a_date_line_with_a_weekday_and_a_time_but_no_year_is_the_page_s_not_a_sentence():
    text = (
        "Ngoại trưởng Chile và Peru gặp nhau tại Bắc Kinh\n\nThứ sáu, 7/4, 07:05 (GMT+7)\n\n"
        "Ngoại trưởng Chile và Peru có cuộc gặp chính thức đầu tiên sau 7 năm.\n\n"
        "Ngoại trưởng Chile Ana Soto và người đồng cấp Peru Carlos Rivera hội đàm tại Bắc Kinh hôm qua (6/4)."
    )
    assert "Thứ sáu, 7/4, 07:05 (GMT+7)" in clean(text).page_date_lines
    assert {e.date.iso("start") for e in extract_article(text, published="2031").events} == {"2031-04-06"}


def test_a_transliterated_name_written_with_an_accented_initial_ends_no_sentence():
    text = "Phát biểu tại họp báo, Thủ tướng Ô. Lê-vê khẳng định hai nước là bạn. Bà Soto đồng ý."
    sentences = split_sentences([text])
    assert sentences == ["Phát biểu tại họp báo, Thủ tướng Ô. Lê-vê khẳng định hai nước là bạn.", "Bà Soto đồng ý."]


def test_a_sentence_ending_in_a_one_letter_place_word_ends_there():
    text = "Hai nước là đối tác quan trọng ở châu Á. Tháng 5/2030, bà Soto thăm Ý. Ông Rivera đồng ý."
    assert split_sentences([text]) == [
        "Hai nước là đối tác quan trọng ở châu Á.",
        "Tháng 5/2030, bà Soto thăm Ý.",
        "Ông Rivera đồng ý.",
    ]
