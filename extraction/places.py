"""Where an event happens: "tại Tokyo", "ở Hà Nội", "Paris, Pháp", "thăm chính thức Nhật Bản"."""

from __future__ import annotations

import re

from .reference import Place, place_pattern, places

# The kinds of visit written after "thăm", before the place visited: "thăm đáp lễ Seoul" (a return visit).
VISIT_KINDS = ("chính thức", "cấp nhà nước", "làm việc", "đáp lễ", "hữu nghị", "song phương")
# A place is named after these words; "Thủ đô Tokyo" and "Tokyo" are one place.
PLACE_INTRO = re.compile(
    rf"(?:\btại|\bở|\bđến|\btới|\bsang|\bthăm(?: (?i:{'|'.join(VISIT_KINDS)}))?)\s+"
    r"(?:(?:thủ đô|Thủ đô|thành phố|Thành phố|tỉnh|Tỉnh|TP\.)\s+)?",
)


def find_place(sentence: str, after: int = 0) -> Place | None:
    """The first known place introduced by a place word at or after `after`, else the first anywhere after it."""
    pattern = place_pattern()
    for intro in PLACE_INTRO.finditer(sentence, after):
        match = pattern.match(sentence, intro.end())
        if match:
            return places()[match.group(1)]
    return None
