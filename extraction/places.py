"""Where an event happens: "tại Tokyo", "ở Hà Nội", "Paris, Pháp", "thăm chính thức Nhật Bản"."""

from __future__ import annotations

import re

from .clauses import subordinate_clause
from .date_contexts import TRIP_GOES_ON
from .reference import Place, place_pattern, places

# "thăm Nhà sàn …", "thăm Trường Đại học …": a visit to a site during a visit, not a visit of its own.
SITES = (
    "Nhà sàn", "Lăng", "Khu", "Bảo tàng", "Trường", "Đại học", "Học viện", "Công ty", "Tập đoàn", "Nhà máy",
    "Trung tâm", "Viện", "Đền", "Chùa", "Đài", "Làng", "Cảng", "Văn phòng", "Trụ sở", "Vườn", "Công viên",
    "Cung điện", "Quảng trường", "Di tích", "Nhà thờ", "Thánh đường", "Phố cổ", "Tượng đài", "Nghĩa trang",
    "Triển lãm", "Hội chợ", "Thành cổ", "Hoàng cung", "Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán", "Cung",
)  # fmt: skip
# The kinds of visit written after "thăm", before the place visited: "thăm đáp lễ Seoul" (a return visit).
VISIT_KINDS = ("chính thức", "cấp nhà nước", "làm việc", "đáp lễ", "hữu nghị", "song phương", "ra mắt")
# A place is named after these words; "Thủ đô Tokyo" and "Tokyo" are one place.
PLACE_INTRO = re.compile(
    rf"(?:\btại|\bở|\bđến|\btới|\bsang|\bthăm(?: (?i:{'|'.join(VISIT_KINDS)}))?)\s+"
    r"(?:(?:thủ đô|Thủ đô|thành phố|Thành phố|tỉnh|Tỉnh|TP\.)\s+)?",
)
# "thăm Cộng hòa Áo", "Cộng hòa Dân chủ Nhân dân Lào", "Vương quốc Anh": a state's form before a name the reference
# knows without it (tried after the name as written: "Cộng hòa Dân chủ Congo" is not the Congo).
STATE_FORM = re.compile(
    r"(?:Cộng hòa|Cộng hoà)(?: (?:Liên bang|Dân chủ Nhân dân|Nhân dân|Hồi giáo|Xã hội chủ nghĩa|Dân chủ))?\s+"
    r"|(?:Vương quốc|Đại Công quốc|Hợp chúng quốc|Nhà nước)\s+"
)


def find_place(sentence: str, after: int = 0) -> Place | None:
    """The first known place introduced by a place word at or after `after`, else the first anywhere after it."""
    pattern = place_pattern()
    for intro in PLACE_INTRO.finditer(sentence, after):
        match = pattern.match(sentence, intro.end())
        form = STATE_FORM.match(sentence, intro.end()) if match is None else None
        match = match or (pattern.match(sentence, form.end()) if form else None)
        if match:
            return places()[match.group(1)]
    return None


CLAUSE_BREAK = re.compile(r"[,;:]")
LATER_CLAUSE = re.compile(r"\b(?:trước|sau) khi\b", re.IGNORECASE)
ONWARD_AFTER = re.compile(rf"\b(?:{TRIP_GOES_ON}|lên đường)\b", re.IGNORECASE)


def place_of_event(sentence: str, kind: str, cue_start: int, cue_end: int, next_visit: int | None) -> Place | None:
    """Where the event a cue tells happens: the sentence's first place; for a visit, the first after its cue and
    before the next visit's (a place told for the next visit is not this one's); for a gathering, the place its
    clause names after it ("…, ngay sau khi dự Tuần lễ Cấp cao APEC tại Đà Nẵng"); for an event of a clause of what
    came before ("…, một ngày sau khi tới Kiev gặp C"), the place of that clause alone."""
    earlier = subordinate_clause(sentence, cue_start, cue_end)
    if earlier is not None:  # (a visit's own destination first: "sau khi dự Hội nghị … tại Lào và thăm Indonesia")
        own = find_place(sentence[: earlier.end], cue_start) if kind == "visit" else None
        return own or find_place(sentence[: earlier.end], earlier.start)
    # "A sẽ hội kiến B, dự Diễn đàn X trước khi lên đường thăm Y": Y is where the next clause's happening is.
    later = LATER_CLAUSE.search(sentence, cue_end)
    sentence = sentence[: later.start()] if later and kind != "visit" else sentence
    place = find_place(sentence)
    if kind == "visit":
        # "rời Hà Nội, kết thúc chuyến thăm …, để tiếp tục hành trình tới Indonesia": the next leg's place is not its.
        onward = ONWARD_AFTER.search(sentence, cue_end, next_visit or len(sentence))
        until = onward.start() if onward else next_visit
        # "A hội kiến B rồi lên đường tới Y, khép lại chuyến thăm ba ngày": Y is the next leg's place too.
        left = next(ONWARD_AFTER.finditer(sentence, 0, cue_start), None)
        place = find_place(sentence[: left.start()]) if left else place
        return find_place(sentence[:until], cue_start) or (place if next_visit is None and not onward else None)
    if kind == "conference":
        clause_end = next((m.start() for m in CLAUSE_BREAK.finditer(sentence, cue_end)), len(sentence))
        return find_place(sentence[:clause_end], cue_end) or place
    return place
