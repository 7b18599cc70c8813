"""What the words around a date say of it: no date at all (an ordinal, a count, a decade, a year aimed at or
measured from), the same moment written again (another time zone, the days a relative week stands for), or
what its sentence tells done; and the words that tell an event of no day the article tells."""

from __future__ import annotations

import re
from dataclasses import replace

from .numbers import COUNT, number_in
from .records import DAY, MONTH, YEAR, YEAR_UNKNOWN, DateSpan

# Numbers that look like dates but are ordinals, counts or times.
# "kỳ 24", "khóa 15", "số 12/2020": a number, not a day; never "Hoa Kỳ", "Thổ Nhĩ Kỳ" (countries).
NOT_DATE_BEFORE = re.compile(
    r"(?:\blần thứ|\bthứ|\bsố|\bkhóa|\bkhoá|(?<!Hoa )(?<!Nhĩ )\bkỳ|\bđiều|nghị định|quyết định|thông tư)\s*$"
    # "lần thứ hai trong năm nay": a count of the year's meetings, the one told among them
    r"|\blần (?:thứ\s+\w+|đầu(?:\s+tiên)?)\s+trong\s+$"
    # "Cách mạng Tháng Tám", "Cách mạng Tháng Mười Nga": a revolution named for its month; "Nhà văn hóa 25/4",
    # "Quảng trường 4/9": a place named for a day
    r"|\bCách mạng\s+$|\b(?:Nhà văn hóa|Cung văn hóa|Quảng trường|Sân vận động|Đại lộ|Nhà hát)\s+$"
    # "thương mại song phương năm ngoái đạt …", "kim ngạch năm 2022": the figures' year, no event's
    # (Not "Hiệp định thương mại song phương năm 2000": an agreement's name, and the year it was signed.)
    r"|\b(?:kim ngạch(?: thương mại)?|(?<!định )(?<!ước )thương mại (?:song phương|hai chiều)|tăng trưởng|GDP)"
    r"\s+(?:trong\s+)?$",
    re.IGNORECASE,
)
# "chuyến thăm đầu tiên của một lãnh đạo nước ngoài tới Việt Nam trong năm nay": a count of the year's visits.
FIRST_WITHIN = re.compile(r"\bđầu tiên\b[^,.;()]{0,80}?\btrong\s+$", re.IGNORECASE)
# "những năm 1990", "các năm 1980": a decade, never one year.
DECADE_BEFORE = re.compile(r"(?:những|các|thập niên|thập kỷ)\s*$", re.IGNORECASE)
# "(tức chiều 7/10, giờ Hà Nội)": the expression before, told again in another time zone.
# "(tức sáng 30/9 …)", "(giờ địa phương), tức sáng 2/12 theo giờ Hà Nội": the same moment written again.
# "(giờ địa phương, tức 5 giờ 30 sáng 27/9 giờ Hà Nội)": a time of day may come before the day.
RESTATED = re.compile(
    r"(?:\(|[,)]|\),)\s*tức(?:\s+là)?\s+(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?\s+)?(?:\w+\s+){0,2}$", re.I
)
# "(rạng sáng 26/9 giờ Việt Nam)": a day in brackets, written again in the home time zone.
BRACKET_OPENS = re.compile(r"\(\s*(?:\w+\s+){0,2}$")
HOME_TIME_AFTER = re.compile(r"\s*,?\s*(?:theo\s+)?giờ\s+(?:Việt Nam|Hà Nội)\b", re.IGNORECASE)
# "cuối tuần này (7-8/1)", "vào cuối tuần này, từ ngày 3 đến 4/6": the days after a relative day say which.
BRACKET_ONLY = re.compile(r"\s*(?:\(|,)\s*(?:ngày\s+|từ\s+(?:ngày\s+)?)?")
# "ngày 10/4 (giờ Mỹ) tuần trước": the relative week or day after a written day, past a bracketed gloss, says which.
GLOSS_ONLY = re.compile(r"\s*\([^()]{1,30}\)\s*")
# Years aimed at, not dates: "mục tiêu 2030", "tầm nhìn đến năm 2045", "kế hoạch năm 2026", "năm 2018 (kế hoạch)".
TARGET_YEAR_BEFORE = re.compile(
    r"(?:mục tiêu|tầm nhìn|kế hoạch|giai đoạn|đến|tới)\s+(?:(?:đến|tới)\s+)?(?:năm\s+)?$"
    # "Kế hoạch hợp tác quốc phòng năm 2023": the year a plan or programme is for, named in its title
    r"|\b(?:kế hoạch|chương trình)(?:\s+(?!vào\b|trong\b|sẽ\b|diễn\b|được\b)[^\s,.;:()]+){1,7}\s+$",
    re.IGNORECASE,
)
TARGET_YEAR_AFTER = re.compile(r"\s*\((?:kế hoạch|dự kiến|mục tiêu)\)", re.IGNORECASE)
# "đặt mục tiêu kim ngạch 20 tỷ USD vào năm 2038", "phấn đấu … năm 2030": the year of a target set in the clause
# (past a number's dot: "mục tiêu đón 30.000 sinh viên … vào năm 2030").
TARGET_SET_BEFORE = re.compile(r"\b(?:mục tiêu|phấn đấu|chỉ tiêu)\b(?:[^.;:]|(?<=\d)\.(?=\d))*$", re.IGNORECASE)
TARGET_CHARS = 110
# "nguyên thủ đầu tiên thăm Việt Nam sau năm 1975": a year measured from; but "nhất là sau năm 2023, hai nước kỷ
# niệm …" opens a clause of that year.
MEASURED_FROM = re.compile(r"\b(?:sau|trước)\s+(?:năm\s+)?$", re.IGNORECASE)
# (not "… đầu tiên thăm Việt Nam sau năm 1975, vào tháng 2-1993": the date that follows is the event's)
CLAUSE_AFTER = re.compile(r"\s*,(?!\s*(?:vào\s+|hồi\s+)?(?:ngày|tháng|năm)\s+\d)", re.IGNORECASE)


# "Năm 2001, hai nước …, và đến năm 2009, nhân chuyến thăm …": "by" a year opening a clause of its own.
BY_THE_YEAR = re.compile(r"(?:^|[,;]\s*|\bvà\s+)(?:đến|tới)\s+(?:năm\s+)?$", re.IGNORECASE)


def is_target_year(sentence: str, match: re.Match, base: int | None = None) -> bool:
    """'mục tiêu 2030', 'Tầm nhìn đến năm 2045', 'năm 2018 (kế hoạch)': a year aimed at, not a date. "đến năm 2009, …"
    in an article of a later year `base` is when what the clause tells was done."""
    before = sentence[max(0, match.start() - 60) : match.start()]
    after = sentence[match.end() : match.end() + 15]
    year = int(match.group(0)[-4:]) if match.group(0)[-4:].isdigit() else None
    if base and year and year < base and BY_THE_YEAR.search(before) and CLAUSE_AFTER.match(after):
        return False
    measured = MEASURED_FROM.search(before) and not CLAUSE_AFTER.match(after)
    # (the target's words may be long: "đặt mục tiêu nâng kim ngạch thương mại song phương lên 100 tỷ USD vào năm 2030")
    target_set = TARGET_SET_BEFORE.search(sentence, max(0, match.start() - TARGET_CHARS), match.start())
    target = TARGET_YEAR_BEFORE.search(before) or target_set or TARGET_YEAR_AFTER.match(after)
    return bool(target or measured)


# "Nhân dịp …, ", "Trước thềm …, ": an opening clause naming the occasion of what the sentence tells.
OCCASION_OPENING = re.compile(r"\W*(?:Nhân dịp|Nhân chuyến|Trước thềm|Chuẩn bị cho|Hướng tới)\b[^,;]*,", re.IGNORECASE)
# "Thủ tướng đã điện đàm … vào chiều 29/8": told as done, with nothing planned in its sentence.
PLANNED_WORDS = r"\b(?:sẽ|dự kiến|sắp|tới đây)\b"
DONE_BEFORE = re.compile(rf"^(?!.*{PLANNED_WORDS}).*\bđã\b", re.IGNORECASE | re.DOTALL)
# A sentence that tells nothing to come: its dated facts are past when the article is written.
NOTHING_PLANNED = re.compile(rf"^(?!.*{PLANNED_WORDS})", re.IGNORECASE | re.DOTALL)


# The verbs of an announcement ("Bộ Ngoại giao thông báo …"): the day written right after one, ending its sentence
# ("…, Bộ Ngoại giao thông báo hôm nay."), is the announcement's, no event's.
ANNOUNCING = r"thông báo|công bố|loan báo|cho biết|xác nhận"
# "… được công bố hôm thứ Ba tuần trước (5/11).": the relative day and the one in brackets alike.
ANNOUNCED_BEFORE = re.compile(rf"\b(?:{ANNOUNCING})\s+(?:vào\s+)?(?:hôm\s+)?(?:[^,.;()]{{2,25}}\(\s*)?$", re.IGNORECASE)
# "Phát biểu với báo giới hồi cuối tháng 7, A nói ông sẽ tới Lima": when it was said, not when what it plans is.
SAID_THEN = re.compile(r"^\W*(?:Phát biểu|Trả lời phỏng vấn|Trao đổi với|Nói với)\b[^,;.]*$", re.IGNORECASE)
PLANNED_AFTER = re.compile(r"[^.;]*?,[^.;]*\bsẽ\b")
# "Văn phòng Tổng thống đã thông báo về chuyến thăm hôm 9/3": the past day after what is announced is the
# announcement's too, wherever in the sentence.
ANNOUNCED_ABOUT = re.compile(rf"\b(?:{ANNOUNCING})\s+về\s+[^,.;:()]{{2,50}}?\s+hôm\s+$", re.IGNORECASE)


# The words that tell an event of no day the article tells: done once, before; the last time; years after; some day
# to come.
# "từng thăm", "(diễn ra chỉ hơn một tuần) sau chuyến thăm …": done before the news, on a day the text does not say.
ONCE = re.compile(r"\btừng\s+(?:\w+\s+){0,2}$|\w\s+sau\s+(?:(?:chuyến|cuộc)\s+)?$", re.I)
# "Lần gần nhất A tới Việt Nam là dịp …": the last time, before the news, on a day the text does not say.
LAST_TIME = re.compile(r"^\W*Lần (?:gần nhất|gần đây nhất|trước|cuối)\b", re.IGNORECASE)
# "Một năm sau, …", "Chín năm sau khi …": years after a fact of the background, not the news's day.
YEARS_LATER = re.compile(r"^\W*(?:\w+|\d+) năm sau\b", re.I)
# "… cho biết sẽ sắp xếp thăm Việt Nam trong thời gian tới", "… sẽ thăm vào thời điểm thích hợp": some day to come.
SOME_DAY_TO_COME = re.compile(
    r"[^,.;]{0,60}?\b(?:trong thời gian tới|thời gian tới|trong tương lai(?: gần)?|sớm nhất có thể"
    r"|vào (?:một )?(?:thời điểm|dịp|thời gian) (?:thích hợp|phù hợp|sớm nhất|thuận tiện)|khi điều kiện cho phép)",
    re.I,
)

# The journey going on to its next leg: "tiếp tục chuyến công du …", "để tiếp tục hành trình tới Indonesia".
TRIP_GOES_ON = r"tiếp tục (?:chuyến công du|hành trình|chương trình công du)"
GOES_ON = re.compile(r"\btiếp tục\s+$", re.IGNORECASE)


def next_leg(sentence: str, cue_start: int, cue_type: str) -> bool:
    """ "…, tiếp tục chuyến công du tới Y": the journey's next leg (not "tiếp tục hội kiến", a meeting more)."""
    return cue_type == "visit" and bool(GOES_ON.search(sentence, max(0, cue_start - 12), cue_start))


# The next leg of a journey: "Sau Việt Nam, …", "Sau khi kết thúc chuyến thăm, …", "tiếp tục chuyến công du …".
ONWARD = re.compile(
    r"^\W*Sau (?:khi kết thúc |khi rời |khi dự )?"
    r"(?:Việt Nam|chuyến thăm|chuyến công tác|[Hh]ội nghị(?: \w+){0,4}?|[A-ZĐ][\w-]+(?: [A-ZĐ][\w-]+)?),"
    rf"|\b{TRIP_GOES_ON}\b",
)
# "Trước khi đến Hà Nội, A đã thăm Triều Tiên": a leg of the journey before the news's, on days it does not say.
EARLIER_LEG = re.compile(
    r"^\W*Trước khi (?:đến|tới|sang) [^,.;]{2,40},"
    # "Ông A đến Hà Nội sau chặng dừng chân tại Bình Nhưỡng": the stop before the arrival.
    r"|\b(?:đến|tới|sang) [^,.;]{2,40}? sau (?:chặng dừng chân|khi dừng chân|chuyến dừng chân)\b",
    re.IGNORECASE,
)

# "kể từ khi thiết lập … năm 2013": since another happening.
SINCE_WORDS = r"kể từ khi|kể từ|từ khi"
SINCE = re.compile(rf"\b(?:{SINCE_WORDS})\b", re.IGNORECASE)
# "… kể từ khi nhậm chức hồi tháng 10", "sau khi dự Hội nghị X ngày 5/6", "sau các chuyến thăm năm 2015 và 2017",
# "gặp gia đình các nạn nhân trong vụ tấn công hôm 7/10", "khuôn khổ mà hai nước xác lập hồi tháng 3": a clause of
# another happening; not "khi còn là Thái tử vào tháng 2/2009", the role held at the event, nor "Tổng thống khi đó
# là X vào tháng 2/2020", who held it then.
ANOTHER_CLAUSE = re.compile(
    rf"\b(?:sau khi|trước khi|{SINCE_WORDS}|khi(?! còn\b| đó\b| ấy\b)"
    r"|sau (?:(?:các|những|hai|ba)\s+)?(?:cuộc|vụ|chuyến)|trong (?:các |những )?vụ)\b"
    # "…, người từng thăm Nga hồi tháng 7", "…, người nhậm chức hồi tháng 7": what that person did
    r"|,\s*người (?:từng|đã|vừa|mới|nhậm chức|đắc cử|lên nắm quyền|kế nhiệm)\b"
    # "Hiệp định X, được ký ngày 24-7 tại Y": when the document was signed, a participle clause of its name
    r"|,\s*(?:được|đã được) (?:ký|ký kết|thông qua|công bố)\b"
    # "… kỷ niệm 50 năm thiết lập quan hệ, còn quan hệ Đối tác toàn diện được xác lập từ năm 2017": set against it
    r"|,\s*còn\b(?!\s+có\b)",
    re.IGNORECASE,
)
# "Cuộc điện đàm …, nhất là trong bối cảnh Chile bước vào cuộc bầu cử vào tháng 11 tới": the circumstances' date, after
# the cue (what the clause itself tells keeps its own: "… trong bối cảnh năm 2023 hai nước kỷ niệm 50 năm …").
CIRCUMSTANCES = re.compile(r"\btrong bối cảnh\b", re.IGNORECASE)
# "… khuôn khổ Đối tác chiến lược toàn diện mà hai nước xác lập hồi tháng 3": a relative clause of another noun;
# right after the cue's ("bức điện mừng mà ông đã gửi ngày 2/6") it tells the cue's own event.
RELATIVE_CLAUSE = re.compile(r"\bmà\b", re.IGNORECASE)
OWN_NOUN_CHARS = 15
# "… chuyến công du đầu tiên kể từ khi nhậm chức hôm 9/6": the day counted from, not a day of the news.
SINCE_BEFORE = re.compile(rf"{SINCE.pattern}[^,.;!?()]*$", re.IGNORECASE)


def counted_since(sentence: str, span: DateSpan) -> bool:
    return bool(SINCE_BEFORE.search(sentence, 0, span.offset))


# "… chuyến thăm đầu tiên … sau khi hai nước nâng cấp quan hệ": what came before the news, its date unsaid.
# (Not "… chỉ hơn 4 tháng sau khi hai nước nâng cấp quan hệ": so long before, a date of its own.)
AFTER_IT = re.compile(
    r"(?<!ngày )(?<!tuần )(?<!tháng )(?<!năm )\b(?:sau khi|kể từ khi)\s+(?:[^,.;\s]+\s+){0,3}"
    r"(?:[^,.;]{0,80}\svà\s+)?$",  # "… sau khi hai nước kỷ niệm 30 năm quan hệ và nâng cấp quan hệ": both before
    re.IGNORECASE,
)


def came_before(sentence: str, cue_start: int) -> bool:
    return bool(AFTER_IT.search(sentence, 0, cue_start))


# Events held within a day: told with several days, those are the days of the occasion they were part of, and the
# text does not say which (unless it says they lasted: "các cuộc đàm phán kéo dài từ ngày 6-10/3").
ONE_DAY_TYPES = {"meeting", "call", "signing", "talks"}
# "kéo dài từ 6-10/3", "diễn ra tại Hà Nội trong hai ngày 27-28/2": told as lasting those days.
LASTED = re.compile(
    r"\bkéo dài\s+(?:trong\s+)?(?:từ\s+)?(?:ngày\s+)?\d|\bdiễn ra\b[^,.;]{0,30}?\btrong\s+(?:hai|ba|\d)\s+ngày\b"
    # "Cuộc gặp thượng đỉnh … diễn ra tại X từ ngày 13 đến 15/6": the talks' own days (not a summit's they were at)
    r"|\b(?:cuộc gặp|hội đàm)\b[^,.;]{0,80}?\bdiễn ra\b[^,.;]{0,40}?\btừ\s+(?:ngày\s+)?\d",
    re.IGNORECASE,
)


def days_of_another(kind: str, span: DateSpan, sentence: str) -> bool:
    return kind in ONE_DAY_TYPES and span.precision == "day" and span.start != span.end and not LASTED.search(sentence)


# A series of past events: "A và B đã năm lần điện đàm" (not "lần lượt": in turn).
SERIES_BEFORE = re.compile(
    r"(?<![\d./-])\b(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều|vài)\s+lần(?!\s+lượt)\s+(?:\w+\s+){0,3}$", re.I
)
# "chỉ ít ngày trước chuyến thăm …": an event named as when another happened.
WHEN_BEFORE = re.compile(r"\b(?:trước|sau)\s+$", re.IGNORECASE)
# What an anniversary counts its years from, up to the day written: "kỷ niệm 56 năm ngày ký Hiệp ước … ký ngày
# 22-1-1963", "kỷ niệm 25 năm thiết lập quan hệ ngoại giao (24-8-1992)".
ANNIVERSARY_OF = r"\b(?:kỷ niệm|dịp)\s+\d{1,3}\s+năm\b"  # ("đúng dịp 25 năm sự kiện …")
ACT_ON_THE_DAY = r"\b(?:ký|ký kết|thiết lập|thành lập|thông qua|ra đời)\s+(?:vào\s+)?ngày\s+"
# The day in brackets, or the first day written of the happening counted from ("25 năm sự kiện … ngày 7/5/1999").
COUNTED_FROM_BEFORE = re.compile(
    rf"{ANNIVERSARY_OF}(?:[^.;!?()]*\(\s*|\s+(?:ngày|sự kiện)\b[^,.;!?()\d]*?)(?:ngày\s+)?$", re.IGNORECASE
)
COUNTED_SINCE = re.compile(rf"{ANNIVERSARY_OF}[^.;!?]*(?:{ACT_ON_THE_DAY}|[^.;!?()]\(\s*(?:ngày\s+)?)$", re.IGNORECASE)
# "… đúng dịp chuẩn bị kỷ niệm 50 năm thiết lập quan hệ ngoại giao vào năm 2026": the anniversary's own year.
ANNIVERSARY_YEAR_BEFORE = re.compile(rf"{ANNIVERSARY_OF}[^,.;!?()]*$", re.IGNORECASE)


def counted_from(sentence: str, day: DateSpan) -> bool:
    """The day an anniversary counts from: not the day of another event of its sentence."""
    return bool(COUNTED_FROM_BEFORE.search(sentence, max(0, day.offset - 150), day.offset))


def anniversarys_year(sentence: str, day: DateSpan) -> bool:
    """ "… đúng dịp kỷ niệm 50 năm thiết lập quan hệ vào năm 2026": the anniversary's year, no other event's."""
    return day.precision == YEAR and bool(
        ANNIVERSARY_YEAR_BEFORE.search(sentence, max(0, day.offset - 150), day.offset)
    )


# The same day, read after the anniversary's words.
COUNTED_FROM = re.compile(
    rf"(?:{ACT_ON_THE_DAY}|^[^.;!?()]*\(\s*(?:ngày\s+)?)\d{{1,2}}[/.-]\d{{1,2}}[/.-](?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "A và B nhất trí nâng quan hệ …, sau cuộc hội đàm sáng nay": what came just before, a part of the same day.
SAME_DAY_BEFORE = re.compile(r",\s*(?:ngay\s+)?sau (?:cuộc|buổi) [^,.;]{0,40}$", re.IGNORECASE)


# "gần 30 năm kể từ khi bình thường hóa quan hệ năm 1995": the year of what the years are counted from, written
# after it in its clause (the count is then no date, the year is).
OWN_YEAR_AFTER = re.compile(r"[^,.;:()]{0,80}?\b(?:19|20)\d\d\b")
YEARS_SINCE_BEFORE = re.compile(rf"\b(?:{SINCE_WORDS})\s+(?:hai nước\s+)?$", re.IGNORECASE)


SENTENCE_ENDS = re.compile(r"\s*\)?\s*(?:\([^()]{1,25}\))?\s*[.!]?\s*$")


def announced_on(sentence: str, start: int, end: int) -> bool:
    """The date written from `start` to `end` is when something was announced or said, not when it happens."""
    if ANNOUNCED_ABOUT.search(sentence, max(0, start - 80), start):
        return True
    if SAID_THEN.match(sentence, 0, start) and PLANNED_AFTER.match(sentence, end):
        return True
    return bool(ANNOUNCED_BEFORE.search(sentence[max(0, start - 45) : start]) and SENTENCE_ENDS.match(sentence, end))


# "… cùng chuyến thăm Kazakhstan trước đó và Belarus sắp tới": another leg of the trip, on days its words do not tell.
ANOTHER_LEG_AFTER = re.compile(r" [^,.;]{2,30}? (?:trước đó|sắp tới)\b", re.IGNORECASE)


def another_leg(kind: str, sentence: str, cue_end: int) -> bool:
    return kind == "visit" and bool(ANOTHER_LEG_AFTER.match(sentence, cue_end))


# "ngày 25/4 cách đây hơn 4 năm", "vào tháng 7 hai năm trước", "đúng 5 năm trước, vào ngày 3/9", "Tháng 9 cách đây
# vừa tròn nửa thế kỷ": a day or month whose year is counted back from the article's, written after it or before.
COUNTED_YEARS = rf"(?:(?:{COUNT})\s+năm|nửa thế kỷ|(?:{COUNT}) thập (?:kỷ|niên))"
YEARS = rf"(?P<more>hơn\s+|gần\s+|khoảng\s+)?(?:(?P<n>{COUNT})\s+năm|(?P<half>nửa thế kỷ)|(?P<decades>{COUNT}) thập)"
# "cách đây …" or "… trước": back from the article's year either way.
AGO = rf"(?=cách đây|(?:(?:tròn|đúng)\s+)?(?:hơn\s+|gần\s+|khoảng\s+)?{COUNTED_YEARS}\s+(?:về\s+)?trước\b)"
BACK = rf"{AGO}(?:cách đây\s+)?(?:vừa\s+)?(?:(?:tròn|đúng)\s+)?{YEARS}(?: (?:kỷ|niên))?(?:\s+(?:về\s+)?trước\b)?"
YEARS_BACK_AFTER = re.compile(rf"\s*,?\s*{BACK}", re.IGNORECASE)
YEARS_BACK_BEFORE = re.compile(rf"{BACK},?\s+(?:vào\s+)?(?:(?:ngày|hôm|tháng)\s+)?$", re.IGNORECASE)


def _years_back(back: re.Match) -> int | None:
    if back["half"]:
        return 50
    decades = number_in(back["decades"] or "")
    return decades * 10 if decades else number_in(back["n"] or "")


def counted_back(sentence: str, spans: list[DateSpan], base: int | None, published: DateSpan | None) -> list[DateSpan]:
    """The spans written without a year next to how many years back they were, in that year."""
    if base is None or base == YEAR_UNKNOWN:
        return spans  # (the placeholder year counts back to no year)
    counted, spent = [], []
    for span in spans:
        back = None
        if span.year_inferred and span.precision in (DAY, MONTH):
            back = YEARS_BACK_AFTER.match(sentence, span.offset + len(span.text)) or YEARS_BACK_BEFORE.search(
                sentence, max(0, span.offset - 60), span.offset
            )
        years = _years_back(back) if back else None
        if years and base - years > YEAR_UNKNOWN:
            year = base - years
            # More than four years before 13 September: a 25 April four years back; a 25 October, five.
            more = (back["more"] or "").strip().lower() == "hơn"
            if more and published is not None and span.start.strftime("%m%d") > published.start.strftime("%m%d"):
                year -= 1
            shift = span.start.year - year
            span = replace(span, start=span.start.replace(year=year), end=span.end.replace(year=span.end.year - shift))
            spent.append(back.span())
        counted.append(span)
    # "vào tháng 1 cách đây 10 năm": the count dates the month, and is no year of its own beside it.
    return [s for s in counted if not (s.precision == YEAR and any(a <= s.offset < b for a, b in spent))]


# "từ cuối tháng 10 đến đầu tháng 11 năm ngoái": the range's start, written without its year, is of its end's.
UNTIL_BETWEEN = re.compile(r"\s*(?:đến|tới|-|–)\s*", re.IGNORECASE)


def ranges_of_the_end_s_year(sentence: str, spans: list[DateSpan]) -> list[DateSpan]:
    for i in range(len(spans) - 1):
        start, end = spans[i], spans[i + 1]
        between = sentence[start.offset + len(start.text) : end.offset]
        if not (start.year_inferred and start.precision == MONTH == end.precision and UNTIL_BETWEEN.fullmatch(between)):
            continue
        year = end.start.year - (start.start.month > end.start.month)
        if year != start.start.year:
            spans[i] = replace(start, start=start.start.replace(year=year), end=start.end.replace(year=year))
    return spans


PLANNED_BEFORE = re.compile(r"\bsẽ\s+(?:\w+\s+)?$", re.IGNORECASE)


def a_plans_year(sentence: str, cue_start: int, day: DateSpan) -> bool:
    """ "A sẽ thăm Peru và B sẽ thăm Chile trong năm nay": the year the plans of the sentence share."""
    return day.precision == YEAR and bool(PLANNED_BEFORE.search(sentence, max(0, cue_start - 20), cue_start))
