"""What a cue's sentence says was not done: an event wished for or offered, to come soon, studied or negotiated,
negated, called off, forecast, or planned before the plan changed; or no event of its own: a count of the events
told, a custom, a ship's port call. Such a cue tells no event of the timeline."""

from __future__ import annotations

import re

from .numbers import COUNT

# Within a clause, or a sentence, whose dates may hold dots ("tháng 3.2023").
_NOT_END = r"(?:[^.;]|(?<=\d)\.(?=\d))"
_NOT_STOP = r"(?:[^.;,]|(?<=\d)\.(?=\d))"
# "Chuyến thăm vốn được lên kế hoạch vào tháng 7 nhưng đã phải hoãn lại": an event called off in its clause
# never happened; so was one whose next clause says so ("…, song đã phải hoãn lại do …").
CALLED_OFF = re.compile(
    # "Chuyến thăm …, dự kiến diễn ra hồi tháng 1, đã phải hoãn lại": an aside between commas may stand before
    rf"(?:{_NOT_STOP}{{0,120}}?|{_NOT_END}{{0,200}}?,\s*(?:song|nhưng|trước khi)\s+"
    rf"|{_NOT_STOP}{{0,100}},{_NOT_STOP}{{0,100}},\s*)"
    # "đã bị phía Trung Quốc hủy": the side that called it off may be named
    r"\b(?:(?:bị|phải|đã bị|đã phải) (?:(?:phía|bên) (?:\w+ ){1,4}?)?(?:hoãn|hủy|huỷ|tạm hoãn)"
    r"|(?:sẽ )?được (?:sắp xếp|lùi|dời) lại"
    r"|(?:đã )?không (?:diễn ra|được tổ chức))\b",
    re.IGNORECASE,
)
# "chưa có kế hoạch cho một cuộc gặp thượng đỉnh tiếp theo": no plan, no event.
NEGATED = re.compile(
    # "sẽ không dự Hội nghị …", "chưa từng thăm …", "không tới thăm Ramallah": not attended, never made
    r"\b(?:không|chưa|chẳng)(?:\s+(?:hề|từng|có|được|thể|tổ chức|đạt được|dự|tham dự|tới dự|tới|đến|sang))*"
    r"(?:\s+(?:kế hoạch|lịch|dự định)(?:\s+(?:cho|về))?(?:\s+(?:một|các|những))?)?"
    r"(?:\s+(?:văn kiện|thỏa thuận|lễ))?\s+(?:(?:cuộc|chuyến|buổi)\s+)?$",  # "không có văn kiện ký kết"
    re.IGNORECASE,
)
# "nhiều dự báo cho rằng Thủ tướng A sẽ thăm …": a forecast, not a plan.
FORECAST = re.compile(r"\b(?:dự báo|dự đoán|đồn đoán|suy đoán|đồn đại|đồn rằng)\b[^.;:]{0,70}$", re.IGNORECASE)
# "chuyến đi nhiều khả năng sẽ chứng kiến việc hai nước nâng cấp quan hệ": an outcome guessed at, not agreed (a visit
# "nhiều khả năng sẽ tới Lima trong tháng tới" is planned, the likely left to the curator).
OUTCOME_GUESSED = re.compile(r"\b(?:(?:nhiều|có) khả năng|có thể sẽ)\b[^.;:]{0,70}$", re.IGNORECASE)
# "Theo lịch trình ban đầu, A sẽ hội đàm … và chứng kiến lễ ký …": a plan since changed, for the whole sentence;
# so is "Cuộc gặp giữa A và B ban đầu dự kiến diễn ra tại Sydney": where it was first planned, not where it is.
PLAN_CHANGED = re.compile(r"^\W*Theo (?:lịch trình|kế hoạch|chương trình|dự kiến) ban đầu\b", re.IGNORECASE)
FIRST_PLANNED = re.compile(r"[^.;]{0,160}?\bban đầu (?:dự kiến|được lên kế hoạch|định|được ấn định)\b", re.IGNORECASE)
# "quyết định hoãn chuyến thăm …", "Cuộc gặp được tổ chức thay cho Hội nghị … dự kiến …": called off before it is
# named.
INVITED_TO_ATTEND = re.compile(r"\bmời\b[^,;:.]{0,60}?\b(?:tham dự|dự)\s+$", re.IGNORECASE)
CALLED_OFF_BEFORE = re.compile(r"\b(?:hoãn|hủy|huỷ|hủy bỏ|lùi|thay cho|thay thế cho)\s+(?:lại\s+)?$", re.IGNORECASE)
# A visit wished for, needed or offered, not made: "mong muốn sớm thăm Việt Nam", "cần sớm nâng cấp quan hệ",
# "mong Tổng thống X sớm thăm", "mời Thủ tướng sang thăm", "chuyển lời mời của X tới lãnh đạo Việt Nam thăm
# Malaysia", "nhận lời sẽ cố gắng thăm Việt Nam"; an invitation accepted ("Nhận lời mời của X, Y thăm …") ends at
# its comma.
WISHED_OR_INVITED = re.compile(
    r"(?:\b(?:mong muốn|mong được|mong|hy vọng|hi vọng|muốn|sẵn sàng|cần|cố gắng)"
    r"(?:\s+(?:sớm|được|sẽ|lại|có dịp|tới|đến|sang))*"
    r"|\bmời\b[^,;:]{0,70}?"
    # "… được đón X thăm", "mong muốn sớm được đón X thăm"
    r"|\b(?:mong muốn|mong|hy vọng|hi vọng)\s+(?:sớm\s+)?(?:được\s+)?(?:đón|tiếp)\b[^,.;:]{0,70}?"
    r"|\b(?:mong muốn|mong|hy vọng|hi vọng)\b[^,.;:]{0,70}?\bsớm(?:\s+(?:sang|tới|đến|trở lại|có dịp))*"
    r")\s+(?:chuyến\s+)?$",
    re.IGNORECASE,
)
# Not done: "sớm nghiên cứu nâng cấp quan hệ", "Hiệp định … sớm được ký kết", "thúc đẩy đàm phán ký hiệp ước".
SOON_OR_STUDIED = re.compile(
    # also hastened or prepared: "giao các bộ đẩy nhanh việc ký kết hiệp định", "tiến tới ký kết", "tạo đà cho việc
    # nâng cấp quan hệ", "mở đường cho"
    # "lần đầu nêu mục tiêu nâng cấp quan hệ", "hướng tới nâng cấp": an aim, not done
    r"\b(?:sớm|nghiên cứu|xem xét|đàm phán|đẩy nhanh|thúc đẩy|tiến tới|chuẩn bị|mục tiêu|hướng tới"
    r"|tạo (?:đà|tiền đề|nền tảng|động lực|cơ sở) (?:cho|để)|mở đường cho)"
    # "tích cực đàm phán, ký kết các văn kiện mới": negotiated and signed some day, named together
    r"(?:\s+(?:được|nghiên cứu|xem xét|tiến tới|hoàn tất|hoàn thành|việc|để|nhằm|khả năng|phương án))*,?\s+$",
    re.IGNORECASE,
)

# "tiến trình đối thoại", "nối lại đối thoại", "kênh đối thoại", "khởi động lại Đối thoại An ninh": a process or a
# channel (or one to resume), not one of its sessions.
A_PROCESS = re.compile(
    r"\b(?:tiến trình|quá trình|kênh|cơ chế|nối lại|khôi phục|thúc đẩy|(?:tái )?khởi động(?: lại)?)\s+$", re.IGNORECASE
)
# "phát huy hiệu quả các cơ chế hợp tác như Ủy ban hỗn hợp …, Tham vấn chính trị …": mechanisms listed, none held.
# So are those resumed: "nhất trí khôi phục liên lạc quân sự, bao gồm đối thoại chính sách quốc phòng, …".
MECHANISMS_LISTED = re.compile(
    r"\b(?:các cơ chế|khôi phục|nối lại|duy trì)\b[^.;:]{0,60}?\b(?:như|gồm|bao gồm)\b[^.;:]{0,160}$", re.IGNORECASE
)

RESUMED_LISTED = re.compile(r"\b(?:nối lại|khôi phục|(?:tái )?khởi động lại)\b[^.;:]{0,100}?(?:,|\bvà)\s+$", re.I)

# "Đây là lần thứ hai trong năm nay hai nhà lãnh đạo gặp nhau": a count of the meetings told, no event of its own.
COUNTED_REMARK = re.compile(  # also "Cuộc gặp tại Nhà Trắng là lần thứ tư hai nhà lãnh đạo gặp nhau trong năm nay"
    r"^\W*(?:Đây|(?:Cuộc|Chuyến) \w+(?: [^,.;]{0,40}?)?) (?:cũng )?(?:là|không phải(?: là)?) lần (?:thứ\s+\w+|đầu)\b",
    re.IGNORECASE,  # "lần đầu (tiên)"
)
# "Ngoại trưởng A được B tiếp hôm nay (1/8) để chuẩn bị cho chuyến thăm Mỹ của B": what is prepared, not its day.
# "chuẩn bị cho chuyến thăm …", "ấn định thời điểm gặp thượng đỉnh": prepared or scheduled, not held yet.
PREPARED_FOR = re.compile(
    r"\b(?:chuẩn bị (?:cho\s+)?(?:các\s+|những\s+)?|(?:ấn định|xác định|bàn về) (?:thời điểm|thời gian|địa điểm) "
    r"(?:tổ chức\s+)?(?:cuộc\s+|chuyến\s+)?)$",
    re.IGNORECASE,
)
# (But "… chuẩn bị cho chuyến thăm Ấn Độ trong tháng tới của B": the visit's own time, told after it.)
WHEN_AFTER = re.compile(r"\d|\b(?:tháng|tuần|năm)\s+(?:tới|sau|nay|này)\b|\bsắp tới\b", re.IGNORECASE)
# "với hàng chục cuộc gặp song phương trong ba ngày", "hàng loạt cuộc gặp đã diễn ra": many, no one meeting.
# (So are "dự kiến trao đổi một số chuyến thăm cấp cao", "tăng cường các chuyến thăm": visits in general.)
MANY_OF_THEM = re.compile(
    r"\b(?:hàng chục|hàng trăm|hàng loạt|một loạt|nhiều|một số|(?:trao đổi|tăng cường|duy trì|thúc đẩy)(?: các)?)\s+$",
    re.IGNORECASE,
)
# "Hai nhà lãnh đạo đã gặp nhau hơn 40 lần": how many times, no one meeting.
TIMES_COUNTED = re.compile(rf"\s+(?:nhau\s+|mặt\s+)?(?:hơn|gần|khoảng|trên|tới)?\s*(?:{COUNT})\s+lần\b", re.IGNORECASE)
DIGIT = re.compile(r"\d")
COUNTED_FROM = re.compile(r"\b(?:sau|kể từ|từ sau)\b", re.IGNORECASE)
# "Từ năm 2009, ASEAN tổ chức Hội nghị Cấp cao hai lần mỗi năm": a custom since a year, not an event of it.
HABITUAL = re.compile(r"^\W*(?:Kể\s+)?từ (?:năm )?\d{4},[^.;]*\b(?:mỗi năm|hằng năm|hàng năm|định kỳ)\b", re.IGNORECASE)

# "Mỹ sẽ điều tàu ngầm tới thăm Hàn Quốc", "chuyến thăm cảng Cam Ranh của tàu hộ vệ X": a ship's port call, no
# leaders' visit (the clause before the cue, or the visit's owner after it, is a ship).
VESSEL_BEFORE = re.compile(
    r"\b(?:tàu|chiến hạm|biên đội|hạm đội)\b[^,;:.]{0,50}?(?:\s(?:tới|đến|sang|ghé))?\s+$", re.IGNORECASE
)
MOVED_BEFORE = re.compile(r"\b(?:chuyển|dời|di dời|đưa|gửi|điều)\s+[^,;:.]{1,40}?\s+$", re.IGNORECASE)
VESSEL_AFTER = re.compile(r"[^,;:.]{0,50}?\bcủa (?:các )?(?:tàu|chiến hạm|biên đội|hạm đội)\b", re.IGNORECASE)


def not_done(kind: str, sentence: str, start: int, end: int) -> bool:
    """The cue between `start` and `end` tells what was not done, or no event of its own."""
    before = sentence[max(0, start - 90) : start]
    return _not_yet(kind, sentence, before, end) or _none_of_its_own(kind, sentence, before, start, end)


def _not_yet(kind: str, sentence: str, before: str, end: int) -> bool:
    """Wished, invited, to come soon, studied, prepared for, or guessed at."""
    if kind in ("visit", "upgrade") and WISHED_OR_INVITED.search(before[-80:]):
        return True  # "mong muốn sớm thăm …", "hy vọng hai nước sẽ sớm nâng cấp …": a wish or an invitation
    if kind == "conference" and INVITED_TO_ATTEND.search(before[-80:]):
        return True  # "mời Việt Nam tham dự Hội nghị thượng đỉnh X": an invitation, no attendance yet
    if kind in ("visit", "upgrade", "signing", "meeting", "talks") and SOON_OR_STUDIED.search(before[-40:]):
        return True  # "sớm được ký kết", "nghiên cứu nâng cấp quan hệ": to come, or to be studied
    if kind in ("visit", "meeting", "talks", "conference") and PREPARED_FOR.search(before[-30:]):
        return not WHEN_AFTER.search(sentence, end)  # "… chuẩn bị cho chuyến thăm Mỹ của B": its days not told here
    # "nhiều khả năng sẽ chứng kiến việc hai nước nâng cấp": guessed, not agreed
    return kind in ("upgrade", "signing") and bool(OUTCOME_GUESSED.search(before))


def _none_of_its_own(kind: str, sentence: str, before: str, start: int, end: int) -> bool:
    """Mechanisms or a process listed, a ship's call, a thing moved; negated, called off, forecast or changed; or a
    count of events (_counted)."""
    if kind in ("conference", "committee_session") and MECHANISMS_LISTED.search(sentence, 0, start):
        return True
    if kind == "committee_session" and RESUMED_LISTED.search(sentence, 0, start):
        return True  # "nhất trí khởi động lại Đối thoại An ninh … và đối thoại chiến lược kinh tế": both to resume
    if kind in ("conference", "committee_session", "upgrade") and A_PROCESS.search(before[-30:]):
        return True  # "thúc đẩy tiến trình đối thoại Mỹ - Triều", "tiến trình bình thường hóa quan hệ": a process
    if kind == "visit" and (VESSEL_BEFORE.search(before[-70:]) or VESSEL_AFTER.match(sentence, end)):
        return True  # a ship's port call
    if kind == "visit" and sentence[start:end].lower() in ("tới", "đến") and MOVED_BEFORE.search(before[-60:]):
        return True  # "đã chuyển Đại sứ quán tới Jerusalem": a thing moved there
    if NEGATED.search(before[-25:]):
        return True  # "hai bên không ký văn kiện chung nào", "chưa từng thăm": what was not done
    called_off = CALLED_OFF.match(sentence, end) or CALLED_OFF_BEFORE.search(before)
    changed = PLAN_CHANGED.match(sentence) or FIRST_PLANNED.match(sentence, end)
    return bool(called_off or FORECAST.search(before) or changed or _counted(kind, sentence, before, start, end))


def _counted(kind: str, sentence: str, before: str, start: int, end: int) -> bool:
    """A count of the events told, how many times, many at once, or a custom: no one event."""
    # (not "Đây là lần đầu tiên … kể từ cuộc gặp tháng 11/2018": the meeting it dates is one; the counted one
    # stands before it: "Đây là lần thứ hai hai nhà lãnh đạo gặp mặt, sau hội nghị … tháng 6 năm ngoái")
    counted = COUNTED_REMARK.match(sentence) and not DIGIT.search(sentence, 0, start)
    remark = (counted and not COUNTED_FROM.search(sentence, 0, start)) or HABITUAL.match(sentence)
    many = kind in ("meeting", "talks", "call", "visit") and (
        TIMES_COUNTED.match(sentence, end) or MANY_OF_THEM.search(before[-15:])
    )
    return bool(remark or many)
