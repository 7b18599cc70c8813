"""Which date of its sentence each cue takes (assign_dates): its own, the one the sentence opens with, or none
when the date belongs to another clause (an arrival, an announcement, what came before, the occasion named).
event_dates then settles the cues left without one."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .clauses import Subordinate, subordinate_clause
from .cue_types import cue_type
from .cues import NATIONS_OWN_DAYS, PLANNED
from .date_contexts import (
    ANNOUNCING,
    ANOTHER_CLAUSE,
    CIRCUMSTANCES,
    OWN_NOUN_CHARS,
    RELATIVE_CLAUSE,
    SAME_DAY_BEFORE,
    SERIES_BEFORE,
    SINCE,
    WHEN_BEFORE,
    a_plans_year,
    anniversarys_year,
    counted_from,
    next_leg,
)
from .dates import DAYTIME, as_months
from .records import DAY, MONTH, YEAR, DateSpan, valid_date
from .referring_back import anaphoric_opening
from .sentence_people import SPEECH_VERBS

if TYPE_CHECKING:
    from .candidates import Candidate
    from .cues import Cue

# "nhân dịp tham dự", "bên lề", "trong khuôn khổ", "sang dự": what follows is the occasion of the sentence's event.
OCCASION_BEFORE = re.compile(
    r"(?:nhân dịp|nhân chuyến|bên lề|trong (?:khuôn khổ|chương trình)|(?:sang|tới|đến|trong thời gian) (?:tham )?dự)"
    r"\s+(?:\w+\s+){0,2}$",
    re.I,
)
ATTENDS = r"\s+và\s+(?:tham\s+)?dự\s+(?:các\s+|cuộc\s+)?$"  # "… và (tham) dự (các) …" before a gathering's cue
# A clause of what came before the main one: "Ngày 10/3, sau các vòng đàm phán bắt đầu từ ngày 6/3, …".
CAME_BEFORE = re.compile(r",\s*(?:ngay\s+)?sau\s+[^,.;]*$", re.IGNORECASE)
# The occasion named after an event: "…, nhân dịp B thăm Việt Nam từ ngày 2 đến 5/4".
OCCASION_AFTER = re.compile(r"\b(?:nhân dịp|nhân chuyến|trong khuôn khổ)\b", re.I)
# "trong chuyến thăm …", "nhân chuyến thăm …" (the cue is "chuyến thăm"): the visit of the sentence's event.
VISIT_AS_OCCASION = re.compile(r"\b(?:trong|nhân)\s+$", re.I)
# "Tiếp Đại sứ X, Chủ tịch nước nhắc lại … năm 1992", "Tại cuộc gặp Thủ tướng X, hai bên nhất trí … nâng cấp hồi
# tháng 11": an opening phrase that recalls the reception told before; the dates after its comma are those of the
# words reported.
RECALLED_OPENING = re.compile(
    r"^(?:Khi |Trong khi )?(?:Tiếp|Hội kiến|Gặp|Gặp gỡ|Tiếp xã giao|Hội đàm với|Điện đàm với)\s+[^,.;:]{3,90},\s"
    r"|^(?:Tại|Trong) (?:cuộc gặp|buổi gặp|buổi tiếp|buổi hội kiến)(?: với)? (?-i:[A-ZĐ])[^,.;:]{3,90},\s",
    re.I,
)
# "Sau khi dự Hội nghị X tại Y, chiều 12/11, A tới Hà Nội", "Trước chuyến thăm X, A đã dự Y hôm 24/5": an opening
# clause of what came before or after; the dates after its comma are the main clause's.
EARLIER_OPENING = re.compile(
    r"^\W*(?:Sau khi|Trước khi|Trước đó, sau khi"
    # "Chưa đầy một tháng trước chuyến thăm này, ngày 28-6, …"
    r"|(?:(?:chưa đầy|hơn|gần|chỉ|khoảng)\s+)?(?:\w+\s+(?:ngày|tuần|tháng|năm)\s+)?"
    r"(?:Trước|Sau) chuyến (?:thăm|công tác|công du))"
    r"\s+[^,.;:]{3,120},\s",
    re.I,
)
DONE = re.compile(r"\bđã\b", re.I)
# "thông báo", "công bố": a date before them is the announcement's, not the day of what is announced.
ANNOUNCED = re.compile(rf"\b(?:{ANNOUNCING})\b", re.I)
# "…, chiều ngày 12/9, A gặp B", "…: tháng 9/2023, A thăm"; not "Tuần lễ X, diễn ra từ ngày 6 đến 11/11, …" (X's).
DATE_OPENS_CLAUSE = re.compile(r"[,:]\s*(?!diễn ra\b|kéo dài\b)(?:\w+\s+){0,2}$")
# A date that opens a clause is the next cue's when that cue follows it closely: "A tiếp B, ngày 4/5 tiếp C".
CLAUSE_CUE_GAP = 40
# "Sáng 14/3, hai bên nhất trí chuẩn bị tốt cho cuộc gặp …": the day is the preparing's, not the meeting's.
PREPARED_FOR = re.compile(r"\bchuẩn bị(?: tốt| kỹ| chu đáo| tích cực)? (?:cho|để)\b", re.I)
# "Chiều 10/6, A tới Singapore để dự hội nghị thượng đỉnh": the day is the arrival's; the meeting's days are unsaid.
ARRIVED_TO_ATTEND = re.compile(
    # "tới Bắc Kinh dự …", "đến dự …", "tới Tokyo, bắt đầu chuyến tham dự …", "bắt đầu chương trình dự …"
    # "… trước khi rời Hà Nội đi Hàng Châu, Trung Quốc, dự …": a place and its country between commas
    r"(?:\b(?:tới|đến|sang|đi|có mặt (?:tại|ở))(?:\s+[^,.;]{2,40}?(?:,\s*[^,.;]{2,25}?,)?)?"
    r"|\bbắt đầu(?:\s+chuyến|\s+chương trình)?(?:\s+công tác)?)"
    r"\s(?:để\s+|nhằm\s+)?(?:tham\s+)?dự\s+(?:các\s+|cuộc\s+)?$",
    re.I,
)


def _opens_occasion(sentence: str, cue: Cue) -> bool:
    return bool(OCCASION_BEFORE.search(sentence[max(0, cue.start - 30) : cue.start]))


PART_OF_DAY_BEFORE = re.compile(rf"\b(?:{DAYTIME})\s+(?:ngày\s+)?$", re.IGNORECASE)


def occasion_of_another(sentence: str, cues: list[Cue], candidate: Candidate) -> bool:
    """ "Chiều 27/10, nhân dịp dự Hội nghị X, A gặp B", "Ngày 9/1, trong khuôn khổ chuyến thăm Lào, A hội đàm với
    B": the conference or the visit is the occasion of the meeting, and its days are not that day. A visit's
    own days written after it ("Trong chuyến thăm Chile từ 2-5/3, …") are its own."""
    cue, kind = candidate.cue, candidate.type
    before = sentence[max(0, cue.start - 30) : cue.start]
    if kind == "conference":
        # "Nhân dịp dự Hội nghị X tại London ngày 31/3, A hội đàm với B": the day within its name is its own.
        own_after = candidate.date is not None and candidate.date.offset > cue.start
        # (Not "bên lề Hội nghị X chiều 27/10, A gặp B": a part of the day is the meeting's.)
        own_after = own_after and not re.search(r"[,;]", sentence[cue.end : candidate.date.offset])
        own_after = own_after and not PART_OF_DAY_BEFORE.search(sentence, 0, candidate.date.offset)
        named_as_occasion = bool(OCCASION_BEFORE.search(before)) and not own_after
    elif kind == "visit":
        dated_before = candidate.date is not None and candidate.date.offset < cue.start
        # "Trong chương trình thăm Chile, hôm qua (1/10), A hội kiến B": the main clause's day, after the opening's.
        main_clauses = candidate.date is not None and "," in sentence[cue.end : candidate.date.offset]
        named_as_occasion = (dated_before and bool(VISIT_AS_OCCASION.search(before))) or (
            (dated_before or main_clauses) and bool(OCCASION_BEFORE.search(before))
        )
    else:
        return False
    return named_as_occasion and any(cue_type(sentence, c) not in ("conference", kind) for c in cues)


def occasion_months(
    sentence: str, cues: list[Cue], assigned: dict[int, DateSpan], candidate: Candidate
) -> DateSpan | None:
    """ "nhắc lại chuyến thăm của A tháng 11/2017 nhân dịp dự Hội nghị X": a conference its sentence does not date,
    named as the occasion of an event it dates before it, is of that event's months."""
    if candidate.type != "conference" or not occasion_of_another(sentence, cues, candidate):
        return None
    told = [date for i, date in assigned.items() if cues[i].start < candidate.cue.start]
    return (as_months(told[-1]) if told[-1].precision == DAY else told[-1]) if told else None


COMPARED_WITH = re.compile(r"\bso với\b[^,;.]*$", re.IGNORECASE)


# "…, ngoài hội đàm với B ngay sau lễ đón sáng 23.6, A đã hội kiến C, gặp D": what was done besides, in a clause.
BESIDES = re.compile(r"(?:^|,\s*)(?:ngoài|bên cạnh)\s+(?:việc\s+)?[^,;]{3,120},", re.IGNORECASE)


def besides_clause(sentence: str, cues: list[Cue]) -> tuple[int, int] | None:
    """Where a clause of what was done besides stands, when it holds a cue and another cue follows it."""
    found = BESIDES.search(sentence)
    if found is None or not any(found.start() <= c.start < found.end() for c in cues):
        return None
    return (found.start(), found.end()) if any(c.start >= found.end() for c in cues) else None


def _events_dates(cues: list[Cue], dates: list[DateSpan], sentence: str) -> tuple[list[DateSpan], list[DateSpan]]:
    """The sentence's dates that may be its events', and those of them that lead it (before its first cue)."""
    # "ông X, người giữ chức Thủ tướng từ năm 2010, thăm …": the term's year, no event's; nor is "tăng 10 lần so với
    # thỏa thuận đã hết hạn năm 2013" the year of what is compared.
    dates = [
        d for d in dates
        if not TERM.search(sentence, max(0, d.offset - 60), d.offset)
        and not COMPARED_WITH.search(sentence, 0, d.offset)
    ]  # fmt: skip
    leading = [d for d in dates if d.offset < cues[0].start]
    # "Ngày 1/11, nhân dịp ông X đắc cử trong cuộc bầu cử ngày 30/10, A gửi điện mừng": a date inside the occasion
    # named after the sentence's date is the occasion's, unless it opens the main clause ("…, chiều 14/11, A …").
    # So is one inside a clause of what came before.
    leading = [
        d for d in leading
        if d is leading[0] or not (
            OCCASION_AFTER.search(sentence, leading[0].offset, d.offset)
            or CAME_BEFORE.search(sentence, leading[0].offset, d.offset)
        )
        or DATE_OPENS_CLAUSE.search(sentence, 0, d.offset)
    ]  # fmt: skip
    # "Trên cơ sở … kể từ khi thiết lập Đối tác chiến lược năm 2013, hai bên nâng cấp …": the opening clause's.
    return dates, [d for d in leading if not _opening_since(sentence, d, cues[0].start)]


def assign_dates(cues: list[Cue], dates: list[DateSpan], sentence: str = "") -> dict[int, DateSpan]:
    """Which date of the sentence each cue takes.

    A date before the first cue is the sentence's date ("Ngày 15/7/2015, A gặp B").
    A date after a cue and before the next belongs to that cue ("hội đàm … tháng
    10/2023 và cuộc gặp … tháng 5/2024"); a cue with none takes the next date
    after it ("sẽ thăm … và đồng chủ trì … từ ngày 7-10/8"), else the leading one.
    A cue after the first that names the occasion of the sentence's event ("A gặp B nhân dịp tham dự
    Hội nghị X", "bên lề Hội nghị X") takes only a date of its own: the sentence's day is the meeting's;
    so does a cue after an announcement ("Ngày 7/12, Bộ Ngoại giao thông báo A sẽ thăm …"): the day is
    the announcement's. After an occasion the sentence opens with ("Nhân dịp dự Hội nghị X tại Y, chiều 14/11,
    A gặp B"), the date before the next cue leads that cue's clause, not one before (a dateline's).
    """
    assigned: dict[int, DateSpan] = {}
    if not dates or not cues:
        return assigned
    dates, leading = _events_dates(cues, dates, sentence)
    trip = TRIP_OPENING.match(sentence)
    besides = besides_clause(sentence, cues)
    for i in range(len(cues)):
        # "ngoài hội đàm với B ngay sau lễ đón sáng 23.6, A đã hội kiến C": that day is the talks', not the meeting's.
        mine = [d for d in dates if not (besides and besides[0] <= d.offset < besides[1] <= cues[i].start)]
        own = _dates_of_cue(i, cues, mine, sentence, [d for d in leading if d in mine])
        if own:
            assigned[i] = _days_of_its_year(own)
        then = _when_then(i, cues, dates, sentence)
        if then is not None and (i not in assigned or assigned[i].offset < then.offset):
            assigned[i] = then
        if trip and i in assigned and assigned[i].offset < trip.end() <= cues[i].start and cues[i].type == "visit":
            # "Trong chuyến đi từ ngày 9-14/10, A còn thăm Croatia": the trip's days, not the leg's
            assigned[i] = as_months(assigned[i])
        if i in assigned and _a_later_activitys_day(i, cues, assigned[i]):
            # "A tiếp B trong chuyến thăm tới Washington, với hội đàm tại Nhà Trắng ngày 10.4": the talks' day; the
            # visit's days are around it, which unsaid
            assigned[i] = as_months(assigned[i])
        if i in assigned and _within_the_opening_days(i, cues, assigned[i], leading):
            # "Ngày 18-19/8, A thăm X và cùng B chủ trì vòng đàm phán vào ngày 19/8": that day is the talks'; the
            # visit's days open the sentence
            assigned[i] = leading[-1]
        if i in assigned and _a_trips_days(i, cues, sentence, assigned[i]):
            # "Chuyến thăm chính thức Chile, Peru và dự Tuần lễ cấp cao APEC (từ 8 đến 16-11)": the trip's days, the
            # gathering's among them, which unsaid
            assigned[i] = as_months(assigned[i])
        if i in assigned and cues[i].type == "visit" and _combined_with_a_gathering(i, cues, sentence, assigned):
            # "dự Hội nghị APEC ngày 18 và 19-11, kết hợp thăm chính thức Thái Lan": the summit's days, the visit's
            # among them or around them, which unsaid
            assigned[i] = as_months(assigned[i])
    return assigned


# A trip of several places and a gathering ("thăm chính thức Chile, Peru và dự …"): AND_ATTENDS across commas.
TRIP_AND_ATTENDS = re.compile(rf"[^.;]{{0,60}}?{ATTENDS}", re.I)


def _a_trips_days(i: int, cues: list[Cue], sentence: str, span: DateSpan) -> bool:
    """A gathering attended on a trip of visits, the days written after it those of the whole trip."""
    before = cues[i - 1] if i else None
    return (
        cues[i].type == "conference" and before is not None and before.type == "visit"
        and span.precision == DAY and span.start < span.end and span.offset > cues[i].end
        and bool(TRIP_AND_ATTENDS.fullmatch(sentence, before.end, cues[i].start))
        and sentence[before.start : cues[i].start].count(",") >= 1
    )  # fmt: skip


def _a_later_activitys_day(i: int, cues: list[Cue], day: DateSpan) -> bool:
    """A visit's one day, written after the cue of an activity that follows the visit's."""
    later = cues[i + 1 :]
    one_day = day.precision == DAY and day.start == day.end
    return cues[i].type == "visit" and one_day and any(c.type != "visit" and c.end <= day.offset for c in later)


def _within_the_opening_days(i: int, cues: list[Cue], day: DateSpan, leading: list[DateSpan]) -> bool:
    """A visit's one day written after its cue, within the days of several the sentence opens with."""
    opening = leading[-1] if leading else None
    return (
        cues[i].type == "visit" and opening is not None and opening.precision == DAY and opening.start < opening.end
        and day.precision == DAY and day.start == day.end and day.offset > cues[i].end
        and opening.start <= day.start <= opening.end
    )  # fmt: skip


def _combined_with_a_gathering(i: int, cues: list[Cue], sentence: str, assigned: dict[int, DateSpan]) -> bool:
    combined = COMBINED_WITH.search(sentence, max(0, cues[i].start - 15), cues[i].start)
    combined = combined and assigned[i].offset < cues[i].start
    # "kết thúc chuyến công tác dự Hội nghị X và thăm chính thức Y từ ngày 4-8/3": the journey's days
    combined = combined or JOURNEY_WITH_A_GATHERING.search(sentence, 0, cues[i].start)
    # "đã dự Hội nghị APEC tại Lima từ ngày 15-16/11 và thăm cấp Nhà nước Peru": the summit's days
    after_its_summit = i > 0 and cues[i - 1].type == "conference" and assigned.get(i - 1) == assigned.get(i)
    return bool(combined or (after_its_summit and AND_BEFORE.search(sentence, 0, cues[i].start)))


def clause_on_the_sidelines(sentence: str, cue: Cue) -> bool:
    """ "Ngày 21/5, A hội đàm với B; bên lề hội nghị, A cũng gặp C": a clause of its own on the meeting's
    sidelines, whose day the sentence's date is not."""
    clause_start = sentence.rfind(";", 0, cue.start) + 1
    return clause_start > 0 and bool(SIDELINES_CLAUSE.match(sentence, clause_start))


SIDELINES_CLAUSE = re.compile(r"\s*(?:bên lề|nhân dịp|trong khuôn khổ)\b", re.IGNORECASE)


def _opening_since(sentence: str, day: DateSpan, cue_start: int) -> bool:
    """The date is in an opening clause "kể từ … <date>," that the main clause follows; not "kể từ năm 2015, khi
    ông tới New York dự …", where the clause after the comma is of that time."""
    after = sentence[day.offset + len(day.text) : cue_start]
    return bool(SINCE.search(sentence, 0, day.offset)) and "," in after and not WHEN_THEN.match(after)


# Holding an office since then, not taking it ("Ngay sau khi bà nhậm chức hồi tháng 8, hai bên điện đàm").
TERM = re.compile(r"\b(?:giữ chức|đảm nhiệm (?:chức|cương vị)|tại vị|cầm quyền)\b[^,.;]*$", re.IGNORECASE)
# "Trong chuyến đi từ ngày 9-14/10, …", "Trong chuyến công du châu Âu (2-8/5), …": a trip of several legs.
TRIP_OPENING = re.compile(r"^\W*(?:Trong|Cũng trong)\s+(?:suốt\s+)?chuyến (?:đi|công du)\b[^,;.]{0,80},", re.I)
AND_BEFORE = re.compile(r"(?:\bvà|\bđồng thời)\s+$")  # "dự Hội nghị X … ngày 4-5/10, đồng thời thăm Y"
COMBINED_WITH = re.compile(r"\bkết hợp(?:\s+với)?\s+$", re.IGNORECASE)
JOURNEY_WITH_A_GATHERING = re.compile(r"\bchuyến công (?:tác|du)\b[^.;]{0,40}?\b(?:tham )?dự\b[^.;]*\bvà\s+$", re.I)
WHEN_THEN = re.compile(r"\s*,\s*khi\b")


def _when_then(i: int, cues: list[Cue], dates: list[DateSpan], sentence: str) -> DateSpan | None:
    """ "… kể từ năm 2019, khi ông tới Vladivostok dự Diễn đàn X": the cue of the clause "khi …" a date opens is of
    that date (the first cue of the clause, with no comma before it)."""
    cue = cues[i]
    for day in reversed([d for d in dates if d.offset < cue.start]):
        then = WHEN_THEN.match(sentence, day.offset + len(day.text))
        if then is None:
            continue
        between = sentence[then.end() : cue.start]
        first = not any(then.end() <= other.start < cue.start for other in cues)
        return day if first and not re.search(r"[,;:]", between) else None
    return None


def _days_of_its_year(own: list[DateSpan]) -> DateSpan:
    """ "Hội nghị G20 năm 2024 tại Rio từ ngày 18-19/11": the year names the meeting; its days in that year date it."""
    first = own[0]
    finer = [
        d for d in own[1:]
        if first.precision == YEAR != d.precision and (d.start.year == first.start.year or d.year_inferred)
    ]  # fmt: skip
    if not finer:
        return first
    days = finer[0]
    if days.start.year != first.start.year and days.start.year == days.end.year:
        # Written without a year in a page that gives none ("G20 năm 2031 diễn ra từ ngày 19-21/5"): the named year's.
        start, end = (
            valid_date(first.start.year, days.start.month, days.start.day),
            valid_date(first.start.year, days.end.month, days.end.day),
        )
        return replace(days, start=start, end=end) if start and end else first
    return days


def named_as_when(sentence: str, cue: Cue) -> bool:
    """A visit named as when something else happened: "Trước chuyến thăm X, A đã dự Y hôm 24/5", "… chỉ ít ngày
    trước chuyến thăm X của B": its days are not the sentence's."""
    opening = EARLIER_OPENING.match(sentence)
    in_opening = opening is not None and cue.end <= opening.end()
    return cue.type == "visit" and (in_opening or bool(WHEN_BEFORE.search(sentence, max(0, cue.start - 10), cue.start)))


def _clause_of_what_came_before(sentence: str, cue: Cue) -> Subordinate | None:
    """The opening ("Sau khi dự X, …") or mid-sentence ("…, sau khi dự X, …") clause of what came before that holds
    `cue`: its dates are its own, none of the main clause's."""
    recalled = RECALLED_OPENING.match(sentence) or EARLIER_OPENING.match(sentence)
    if recalled and cue.end <= recalled.end():
        return Subordinate(0, recalled.end())
    return subordinate_clause(sentence, cue.start, cue.end)


def _days_apart(clause: Subordinate, dates: list[DateSpan]) -> list[DateSpan]:
    """ "Ngày 30/6, A hội đàm với B, một ngày sau khi tới Kiev gặp C": the main clause's day, so many days before."""
    main = [d for d in dates if d.offset < clause.start]
    apart = before_the_main_clause(clause, main[-1]) if main else None
    return [apart] if apart is not None else []


def before_the_main_clause(clause: Subordinate, main: DateSpan) -> DateSpan | None:
    """The date of the clause's happening, so many days or months before the main clause's date `main`: "Chuyến thăm
    từ ngày 22-24/6 diễn ra sáu tháng sau khi hai nước nâng cấp quan hệ", in the months six months before."""
    if clause.months_before and main.precision in (DAY, MONTH):
        months = main.start.year * 12 + main.start.month - 1 - clause.months_before
        first = date(months // 12, months % 12 + 1, 1)
        return as_months(replace(main, start=first, end=first, offset=clause.start))
    if clause.days_before is None or main.precision != DAY or main.start != main.end:
        return None
    day = main.start - timedelta(days=clause.days_before)
    return replace(main, start=day, end=day, offset=clause.start)


def _dates_of_what_came_before(cue: Cue, dates: list[DateSpan], sentence: str) -> list[DateSpan] | None:
    """The dates of the clause of what came before that holds the cue, if it is in one."""
    clause = _clause_of_what_came_before(sentence, cue)
    if clause is not None:
        return [d for d in dates if clause.start <= d.offset < clause.end] or _days_apart(clause, dates)
    if cue.type == "visit" and CAME_BEFORE.search(sentence, max(0, cue.start - 40), cue.start):
        # "A tới Hà Nội rạng sáng nay, sau chuyến thăm Triều Tiên": the trip before, not on the main clause's day.
        end = sentence.find(",", cue.end)
        return [d for d in dates if cue.end <= d.offset < (len(sentence) if end < 0 else end)]
    return None


def _dates_of_cue(i: int, cues: list[Cue], dates: list[DateSpan], sentence: str, leading: list[DateSpan]):
    """The dates the i-th cue may take, its own first (assign_dates says which)."""
    cue = cues[i]
    came_before = _dates_of_what_came_before(cue, dates, sentence)
    if came_before is not None:
        return came_before
    dates = _not_of_the_occasion_after(cue, _not_of_another_clause(i, cues, dates, sentence), sentence, leading)
    between = _between(i, cues, dates, sentence)
    if _only_its_own(i, cues, sentence, leading) or WHERE_BEFORE.search(sentence, 0, cue.start):
        return between
    arrived = ARRIVED_TO_ATTEND.search(sentence, cues[i - 1].end if i else 0, cue.start)
    if cue.type == "conference" and (arrived or _visit_begun_and(i, cues, sentence)):
        return between or [as_months(d) if d.precision == DAY else d for d in leading[-1:]]  # the arrival's month
    occasion_of = _occasion_of_the_cue_before(i, cues, dates, sentence, between)
    if occasion_of:
        return occasion_of
    opening = _opening_after_an_occasion(i, cues, dates, sentence) or leading
    if (cue.refers_back or _named_in_the_opening(sentence, cue)) and i + 1 < len(cues):
        return between or opening[-1:]  # "Trong điện mừng, A nhắc lại chuyến thăm … tháng 2/2019": the visit's
    claimable = _claimable(i, cues, dates, sentence)
    between = _not_a_later_clauses_date(cue, _not_only_this_year(between, opening), opening, sentence)
    return (
        between
        or _opening_its_clause(i, cues, dates, sentence)[-1:]
        or opening[-1:]
        or [d for d in claimable if d.offset >= cue.end]
        or claimable[-1:]
    )


def _opening_after_an_occasion(i: int, cues: list[Cue], dates: list[DateSpan], sentence: str) -> list[DateSpan]:
    """ "Nhân dịp dự Hội nghị X tại Y, chiều 14/11, A gặp B": the dates that open the cue's clause after the occasion
    the sentence opens with; not the occasion's own days ("trong khuôn khổ chuyến thăm … từ 21-23/9")."""
    if not i or not _opens_occasion(sentence, cues[i - 1]) or _opens_occasion(sentence, cues[i]):
        return []
    return [
        d for d in dates
        if cues[i - 1].end <= d.offset < cues[i].start and DATE_OPENS_CLAUSE.search(sentence, 0, d.offset)
    ]  # fmt: skip


def _not_a_later_clauses_date(cue: Cue, between: list[DateSpan], opening: list[DateSpan], sentence: str) -> list:
    """ "Tháng 11 năm ngoái, bên lề Hội nghị X, …, nhất trí lấy năm 2020 làm dịp …", "Ngày 6/5, A điện đàm với B, chúc
    mừng thắng lợi trong cuộc bầu cử ngày 3/5": a date in a later clause, or one naming a nation's day, is not the
    event's when a finer date opens the sentence, unless it falls within that date ("Tháng 5/2025, A thăm X, từ ngày
    6-8/5")."""
    if not opening or opening[-1].precision == YEAR:
        return between
    first = opening[-1]
    return [
        d for d in between
        if (not re.search(r"[,;]", sentence[cue.end : d.offset]) and not HOLIDAY_BEFORE.search(sentence, 0, d.offset))
        or (d.precision != YEAR and d.start <= first.end and first.start <= d.end)
    ]  # fmt: skip


# "Sáng 1/9, A tiếp B sang dự Lễ kỷ niệm Quốc khánh 2/9": the day a nation's own day is named by.
HOLIDAY_BEFORE = re.compile(rf"\b{NATIONS_OWN_DAYS}\s+(?:lần thứ \d+\s+)?$")


def _opening_its_clause(i: int, cues: list[Cue], dates: list[DateSpan], sentence: str) -> list[DateSpan]:
    """ "Tháng 9/2023, A thăm X, và tới tháng 11/2024, nhân dịp dự Hội nghị Y, hai nước nâng cấp …": the dates that
    open a clause after the first cue and before this one (the last is this cue's clause's), not the sentence's."""
    if not i:
        return []
    return [
        d for d in dates if cues[0].start < d.offset < cues[i].start and DATE_OPENS_CLAUSE.search(sentence, 0, d.offset)
    ]


# "tới Nagoya, bắt đầu chuyến thăm làm việc tại Nhật Bản và dự Hội nghị …": the arrival's day begins both.
BEGINS_BEFORE = re.compile(r"\bbắt đầu\s+$", re.I)
AND_ATTENDS = re.compile(rf"[^,.;]{{0,60}}?{ATTENDS}", re.I)


def _visit_begun_and(i: int, cues: list[Cue], sentence: str) -> bool:
    before = cues[i - 1] if i else None
    return (
        before is not None and before.type == "visit"
        and bool(BEGINS_BEFORE.search(sentence, max(0, before.start - 12), before.start))
        and bool(AND_ATTENDS.fullmatch(sentence, before.end, cues[i].start))
    )  # fmt: skip


def _not_only_this_year(between: list[DateSpan], opening: list[DateSpan]) -> list[DateSpan]:
    """ "hôm nay (27/4) đã ký tuyên bố chung, cam kết … trong năm nay": after a day the sentence opens with, a
    "năm nay" after the cue is the year aimed at, not the event's."""
    only_this_year = all(d.precision == YEAR and d.year_inferred for d in between)
    return [] if opening and opening[-1].precision != YEAR and only_this_year else between


def _only_its_own(i: int, cues: list[Cue], sentence: str, leading: list[DateSpan]) -> bool:
    """The cue takes only a date written after it: it names the occasion of the sentence's event, a clause of its
    own on a meeting's sidelines, the next leg, or follows an announcement (not of an upgrade) or a preparing."""
    cue = cues[i]
    if i and (_opens_occasion(sentence, cue) or clause_on_the_sidelines(sentence, cue)):
        return True
    if SERIES_BEFORE.search(sentence, max(0, cue.start - 40), cue.start):
        return True  # "Trước cuộc gặp hôm nay, A và B đã năm lần điện đàm, …": a series, of no one day written before
    if named_as_when(sentence, cue) or next_leg(sentence, cue.start, cue.type):
        return True  # "… cuộc điện đàm hồi tháng 7, chỉ ít ngày trước chuyến thăm …", "…, tiếp tục chuyến công du"
    # An upgrade announced is made by announcing it ("công bố quyết định xác lập khuôn khổ …").
    told = (PREPARED_FOR,) if cue.type == "upgrade" else (ANNOUNCED, PREPARED_FOR)
    return bool(leading) and any(pattern.search(sentence, leading[-1].offset, cue.start) for pattern in told)


def _claimable(i: int, cues: list[Cue], dates: list[DateSpan], sentence: str) -> list[DateSpan]:
    """The dates the cue may claim when none is plainly its own: not one after another cue of its type ("A thăm
    X, … cùng với chuyến thăm Y của B tháng 6" is B's month) but a plans' year, nor a plan's after what was done."""
    cue = cues[i]
    later = [c.start for c in cues[i + 1 :] if c.type == cue.type]
    return [
        d for d in dates
        if (not any(cue.end <= start < d.offset for start in later) or a_plans_year(sentence, cue.start, d))
        and not _plan_after_what_was_done(sentence, cue, d)
        and not (d.offset < cue.start and _in_another_clause(sentence, d))
    ]  # fmt: skip


def _in_another_clause(sentence: str, day: DateSpan) -> bool:
    """ "… kể từ khi bà nhậm chức vào tháng 5/2030, …": a date of the happening its clause tells, claimed by no cue
    outside it."""
    clause_start = max(sentence.rfind(",", 0, day.offset), sentence.rfind(";", 0, day.offset), 0)
    return bool(ANOTHER_CLAUSE.search(sentence, clause_start, day.offset))


def _occasion_of_the_cue_before(i: int, cues: list[Cue], dates: list[DateSpan], sentence: str, between) -> list:
    """ "nâng quan hệ … vào tháng 6/2013 nhân chuyến thăm Thái Lan của A, và lên … hồi tháng 7/2015": the visit on
    the occasion of which the event before it took place is of that event's date, not of one in the next clause."""
    if (
        not i
        or cues[i].type != "visit"
        or not VISIT_AS_OCCASION.search(sentence, max(0, cues[i].start - 10), cues[i].start)
    ):
        return []
    before = [d for d in dates if cues[i - 1].end <= d.offset < cues[i].start]
    own = [d for d in between if not NEXT_CLAUSE.search(sentence, cues[i].end, d.offset)]
    return [] if own or not before else before[-1:]


NEXT_CLAUSE = re.compile(r",\s*(?:và|rồi|sau đó)\b")


def _named_in_the_opening(sentence: str, cue: Cue) -> bool:
    """ "Trong điện mừng, …", "Sau hội đàm, …": the cue names, in the sentence's opening, an event told before."""
    opening = anaphoric_opening(sentence)
    return opening is not None and cue.end <= opening[1]


def _plan_after_what_was_done(sentence: str, cue: Cue, day: DateSpan) -> bool:
    """ "A đã có cuộc điện đàm với B và B nhiều khả năng sẽ tới Washington trong tháng tới": a date after the plan
    that follows what was done is the plan's."""
    done = DONE.search(sentence, max(0, cue.start - 15), cue.start)
    return bool(done and PLANNED.search(sentence, cue.end, day.offset))


def _not_of_the_occasion_after(cue: Cue, dates: list[DateSpan], sentence: str, leading: list[DateSpan]):
    """ "Sáng 3/4, A hội đàm với B, nhân dịp B thăm Việt Nam từ ngày 2 đến 5/4": with a date of its own before it,
    the cue does not take the days of the occasion named after it."""
    occasion = OCCASION_AFTER.search(sentence, cue.end) if leading else None
    return [d for d in dates if occasion is None or d.offset < occasion.start()]


def _not_of_another_clause(i: int, cues: list[Cue], dates: list[DateSpan], sentence: str) -> list[DateSpan]:
    """The dates but those in a clause of another happening, after the i-th cue or between it and the cue before:
    "… kể từ khi nhậm chức hồi tháng 10" is the taking of office's."""
    cue, before = cues[i], cues[i - 1].end if i else 0
    return [
        d for d in dates
        if (not ANOTHER_CLAUSE.search(sentence, cue.end, d.offset) or _of_the_same_day_before(sentence, cue, d))
        and not CIRCUMSTANCES.search(sentence, cue.end, d.offset)
        and not (cue.type not in ("anniversary", "upgrade") and counted_from(sentence, d))
        and not (cue.type != "anniversary" and anniversarys_year(sentence, d))
        and not RELATIVE_CLAUSE.search(sentence, cue.end + OWN_NOUN_CHARS, d.offset)
        and not (before <= d.offset < cue.start and ANOTHER_CLAUSE.search(sentence, before, d.offset))
    ]  # fmt: skip


PART_OF_THE_DAY = re.compile(rf"(?:{DAYTIME})\b", re.IGNORECASE)


def _of_the_same_day_before(sentence: str, cue: Cue, day: DateSpan) -> bool:
    return (
        day.precision == DAY and day.start == day.end and bool(PART_OF_THE_DAY.match(day.text))
        and bool(SAME_DAY_BEFORE.search(sentence, cue.end, day.offset))
    )  # fmt: skip


# "tới Vilnius tối 10/7 sau chuyến thăm Anh, nơi ông hội kiến …": what was done where the trip before went.
WHERE_BEFORE = re.compile(r"\bsau (?:khi|chuyến|cuộc)\b[^.;]{0,80}?,\s*nơi\b", re.IGNORECASE)
# "…, A cho biết …": the dates after what opens someone's words are of what is said.
REPORTED = re.compile(rf",[^,.;]{{0,60}}?\b(?:{SPEECH_VERBS})\b")


def _between(i: int, cues: list[Cue], dates: list[DateSpan], sentence: str) -> list[DateSpan]:
    """The dates written after the i-th cue and before the next, but one that opens the next cue's clause;
    "A tiếp B, ngày 4/5 tiếp C": the date that opens this cue's clause, when none follows it."""
    cue = cues[i]
    next_start = cues[i + 1].start if i + 1 < len(cues) else 10**9
    # "Sáng 28/4, tiếp Đại sứ B, A cho biết sẽ dự Lễ đăng quang ngày 6/5": what is said is another's date.
    said = REPORTED.search(sentence, cue.end, min(next_start, len(sentence)))
    next_start = min(next_start, said.start()) if said else next_start
    between = [d for d in dates if cue.end <= d.offset < next_start and not _opens_clause_of(sentence, d, next_start)]
    if i and not between:
        previous_end = cues[i - 1].end
        between = [
            d for d in dates if previous_end <= d.offset < cue.start and _opens_clause_of(sentence, d, cue.start)
        ]
    return between


def _opens_clause_of(sentence: str, day: DateSpan, cue_start: int) -> bool:
    """The date opens a clause ("…, ngày 4/5 tiếp C") whose cue starts at `cue_start`, close after it; not one
    told "hồi …" ("kể từ cuộc hội đàm tại Bangkok, Thái Lan, hồi tháng 11/2022, cũng diễn ra bên lề …"): back then,
    of what was told before it."""
    return (
        cue_start < len(sentence)
        and 0 <= cue_start - (day.offset + len(day.text)) <= CLAUSE_CUE_GAP
        and bool(DATE_OPENS_CLAUSE.search(sentence, max(0, day.offset - 25), day.offset))
        and not BACK_THEN.search(sentence, max(0, day.offset - 5), day.offset)
    )


BACK_THEN = re.compile(r"\bhồi\s+$", re.IGNORECASE)
