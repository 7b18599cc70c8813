"""A gathering attended on a visit ("thăm chính thức Chile hồi cuối tháng 6, kết hợp dự Hội nghị X"): held within
the visit's dates, by its visitor, when its own words write neither."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .candidates import Candidate

JOINED_TO_THE_VISIT = re.compile(
    r",\s*(?:kết hợp|đồng thời|nhân dịp này)\s+(?:tham\s+)?dự\s+[^,.;:()]{0,60}$", re.IGNORECASE
)


def attended_on_the_visit(candidates: list[Candidate]) -> None:
    """Gives a gathering joined to the visit before it ("…, kết hợp dự …") the visit's date and visitor, unless its
    date is written after its own name (a date before the visit opens the sentence: "Năm nay, …")."""
    for visit, gathering in zip(candidates, candidates[1:], strict=False):
        if visit.type != "visit" or gathering.type != "conference":
            continue
        if not JOINED_TO_THE_VISIT.search(gathering.sentence, visit.cue.end, gathering.cue.start):
            continue
        own_date = gathering.date is not None and gathering.date.offset > visit.cue.start
        if visit.date is not None and not own_date:
            gathering.date = visit.date
        if not gathering.persons:
            gathering.persons = visit.persons[:1]
