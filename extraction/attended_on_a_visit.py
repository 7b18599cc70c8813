"""A gathering attended on a visit ("thăm chính thức Chile hồi cuối tháng 6, kết hợp dự Hội nghị X"): held within
the visit's dates, by its visitor, when its own words write neither; and a meeting on a gathering's sidelines,
held within the gathering's dates."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dates import as_months
from .records import DAY

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


# "…, và hai Tổng thống có cuộc gặp đầu tiên bên lề Hội nghị G20 tại New Delhi vào tháng 9/2023".
ON_THE_SIDELINES = re.compile(r"^[^,.;:]{0,40}?\bbên lề\s+(?:các\s+)?$", re.IGNORECASE)


def met_on_the_sidelines(candidates: list[Candidate]) -> None:
    """A meeting or talks "bên lề" a gathering of its sentence, dated by another clause's date outside the
    gathering's dates (the sentence opens with the day relations were restored): the gathering's, its month when the
    gathering lasts days (which one, the text does not say)."""
    for meeting, gathering in zip(candidates, candidates[1:], strict=False):
        if meeting.type not in ("meeting", "talks") or gathering.type != "conference":
            continue
        if meeting.date is None or gathering.date is None or meeting.date.overlaps(gathering.date):
            continue
        if not ON_THE_SIDELINES.match(meeting.sentence[meeting.cue.end : gathering.cue.start]):
            continue
        own = gathering.date
        one_day = own.precision == DAY and own.start == own.end
        meeting.date = own if one_day or own.precision != DAY else as_months(own)
