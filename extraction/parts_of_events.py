"""Cue words that name a part of another event, or who attended one, not an event of their own: the restricted
talks before the expanded ones, the meeting mechanism talks are held in, a welcome at the airport, the opening of
a gathering, a list of attendees; a session named as the moment of another event; and an event pointed back to
("Đây là cuộc điện đàm đầu tiên …", "A là lãnh đạo đầu tiên gặp B"), one told already."""

from __future__ import annotations

import re

# "cuộc gặp hẹp" (riêng, tay đôi) before "hội đàm" in one sentence: the talks in restricted format, then expanded.
RESTRICTED = re.compile(r"\s+(?:hẹp|riêng|tay đôi)\b", re.IGNORECASE)
TALKS_AFTER = re.compile(r"\bhội đàm\b", re.IGNORECASE)
# "lễ đón ở sân bay": a visit's arrival, no ceremony of its own.
AIRPORT = re.compile(r"\s+(?:chính thức\s+)?[^,.;]{0,40}?(?:ở|tại) sân bay\b")
# "lễ đón các nhà lãnh đạo APEC", "lễ khai mạc Đối thoại Shangri-La": a part of the gathering.
PART_OF_A_GATHERING = re.compile(
    r"\s+(?:chính thức\s+)?(?:(?:các|những) (?:nhà lãnh đạo|lãnh đạo|trưởng đoàn)"
    r"|(?:Hội nghị|Diễn đàn|Đối thoại|Hội thảo|Kỳ họp|Khóa họp|Đại hội|Tuần lễ)\b)"
)
# "chủ trì lễ khai mạc với sự tham dự của …": the opening of the gathering the article tells, not named again.
OPENING_TOLD = re.compile(r"lễ (?:khai|bế) mạc(?:\s+trọng thể)?(?=\s+với sự\b|\s*[,.;]|\s*$)", re.IGNORECASE)
# "sáng 16/11, trước phiên họp ADMM+, A gặp B": a session named as the moment of another event.
MOMENT_BEFORE = re.compile(r"\b(?:ngay\s+)?trước\s+$", re.IGNORECASE)
# The opening of a sentence that lists who attended an event told: "Tham gia hội đàm, …", "Cùng dự lễ ký có …".
ATTENDING = re.compile(r"^(?:Cùng )?(?:[Tt]ham dự|[Tt]ham gia|[Cc]ùng dự|Dự|Có mặt tại)\s+(?:[^,;.]{0,30}\s)?$")
# "Phía Triều Tiên có Ngoại trưởng A cùng nhiều quan chức tham dự hội đàm": a list of who attended.
ATTENDANCE_LIST = re.compile(r"^\W*(?:[^,.;]{0,30},\s*)?(?:[Vv]ề |[Cc]ùng )?[Pp]hía [^,.;]{2,30}? (?:có|gồm)\b")

# "A và B đã hội đàm trong khuôn khổ Cuộc gặp thường niên lãnh đạo hai nước": the mechanism the talks were held in,
# told by the talks.
MECHANISM_OF_TALKS = re.compile(r"\b(?:hội đàm|hội kiến|điện đàm)\b[^,;.]{0,40}?\btrong khuôn khổ\s+$", re.IGNORECASE)


def part_of_another(kind: str, sentence: str, start: int, end: int) -> bool:
    """The cue between `start` and `end` names a part of another event, or opens a list of who attended one."""
    if kind == "meeting" and RESTRICTED.match(sentence, end) and TALKS_AFTER.search(sentence, end):
        return True  # "cuộc gặp hẹp trước khi hội đàm": the talks' restricted part, told by the talks
    if kind == "other" and (AIRPORT.match(sentence, end) or PART_OF_A_GATHERING.match(sentence, end)):
        return True
    if kind == "meeting" and sentence[start:end].lower() in ("chào", "đón") and AIRPORT.match(sentence, end):
        return True  # "A ôm chào B tại sân bay": B's arrival, a moment of the visit
    if kind == "other" and OPENING_TOLD.match(sentence, start):
        return True
    if kind == "meeting" and MECHANISM_OF_TALKS.search(sentence, max(0, start - 90), start):
        return True
    if kind in ("conference", "committee_session") and MOMENT_BEFORE.search(sentence, max(0, start - 12), start):
        return True
    return bool(ATTENDING.match(sentence[max(0, start - 90) : start]) or ATTENDANCE_LIST.match(sentence))


# Whatever its cue, an event named this way is one already told: "Đây là cuộc điện đàm đầu tiên …", and
# "Tham dự hội đàm có …" (who attended it).
POINTS_BACK = re.compile(r"(?:Đây|Đó)(?: cũng)?(?: được (?:xem|coi) là| là)\s*(?:cuộc |chuyến |buổi )?$", re.IGNORECASE)
# "Đây là lần đầu tiên một Tổng Bí thư thăm Hoa Kỳ": the occasion told, the first of its kind.
FIRST_TIME = re.compile(r"^\W*(?:Đây|Đó)(?: cũng)? là lần đầu(?: tiên)?\b[^,.;:]{0,80}$", re.IGNORECASE)
# "ông A là nhà lãnh đạo phương Tây đầu tiên gặp ông B …": the news's event, said to be the first of its kind (not
# "… đầu tiên thăm X kể từ chuyến thăm của C năm 2016", the one counted from; nor "là một trong những nước đầu tiên
# thiết lập quan hệ", an act recalled among others).
FIRST_OF_ITS_KIND = re.compile(
    r"\blà\s(?!(?:một\s+)?trong\s)[^,.;:]{0,60}?\bđầu tiên\b(?:(?!\b(?:kể từ|sau|từ)\s)[^.;:]){0,90}$", re.I
)
ATTENDED_BY = re.compile(r"(?:^|[.;]\s*)(?:Tham dự|Cùng dự|Chứng kiến)\s*(?:cuộc |buổi |lễ )?$", re.IGNORECASE)
# What follows the event's noun in "Tham dự hội đàm, về phía Nga có …", "Tham dự hội đàm còn có …".
ATTENDEES_AFTER = re.compile(r"\s*,?\s*(?:(?:về|ở|từ) phía [^,.;:]{1,50}?\s*,?\s*)?(?:còn |cũng )?có\b", re.IGNORECASE)
# "Theo các nhà quan sát, việc ký kết hiệp ước diễn ra chỉ ba ngày trước …": the signing told, said of.
THE_ACT = re.compile(r"(?:^|[,:]\s*)việc\s+$", re.IGNORECASE)
SAID_OF_IT = re.compile(r"[^,.;]{0,60}?\s(?:diễn ra|được (?:thực hiện|tiến hành)|là|có ý nghĩa|cho thấy)\b", re.I)


# "… đã được Chủ tịch nước trao tặng Tổng thống X trong dịp hội đàm.": the talks told, as the occasion.
TALKS_AS_OCCASION = re.compile(r"\b(?:trong|nhân) dịp\s+$", re.IGNORECASE)


def the_act_told(sentence: str, start: int, end: int) -> bool:
    if sentence[start:end].lower() == "hội đàm" and TALKS_AS_OCCASION.search(sentence, max(0, start - 20), start):
        return True
    return bool(THE_ACT.search(sentence, max(0, start - 30), start) and SAID_OF_IT.match(sentence, end))
