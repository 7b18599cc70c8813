"""Cleaning: what a page brings along besides the article is dropped; captions are kept."""

import unicodedata

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
