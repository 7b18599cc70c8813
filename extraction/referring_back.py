"""Sentences that refer back to an event told before ("Sau hội đàm, …", "Trong chuyến thăm, …"): the openings
that make them do so, the type of event each refers to, and the date a sentence takes from the event it refers to."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from .alternation import any_of
from .dates import as_months
from .event_types import OCCASIONS_OF_DAYS
from .news_day import of_the_background
from .offices import HELD_BY_BOTH
from .records import DAY, DateSpan, YearGuess

if TYPE_CHECKING:
    from .candidates import Candidate

# "Theo chương trình, …": what follows is as planned.
AS_PLANNED = r"Theo (?:chương trình|kế hoạch|lịch trình|dự kiến),\s*"
# A sentence opening that refers back to an event just told, and the type it refers to (None: any type).
ANAPHORA = [
    (
        re.compile(
            r"^(?:Tại|Trong|Mở đầu|Kết thúc)\s+(?:buổi tiếp|cuộc gặp|buổi gặp|buổi làm việc|buổi hội kiến)", re.I
        ),
        "meeting",
    ),
    # "Trước hội đàm, A chủ trì lễ đón B": earlier on the talks' day; "Ngoài hội đàm, A còn hội kiến B": besides the
    # talks told; "Trên cơ sở kết quả hội đàm, hai nhà lãnh đạo nhất trí …": what the talks agreed.
    (
        re.compile(
            r"^(?:Tại|Trong|Sau|Trước|Mở đầu|Kết thúc|Ngoài|Bên cạnh|Trên cơ sở(?: kết quả)?)"
            r"\s+(?:cuộc |buổi )?hội đàm",
            re.I,
        ),
        "talks",
    ),
    # "Trước lễ ký, Thủ tướng tiếp …", "Sau lễ ký, …": on the signing's day.
    (re.compile(r"^(?:Trước|Sau|Tại)\s+(?:buổi )?lễ ký\b", re.I), "signing"),
    (re.compile(r"^(?:Tại|Trong|Mở đầu|Kết thúc)\s+(?:cuộc |buổi )?điện đàm", re.I), "call"),
    (
        re.compile(r"^(?:Trong|Tại) (?:bức |các bức |hai bức )?(?:điện|thư)(?: chúc mừng| mừng| chia buồn)?\b", re.I),
        "message",
    ),
    # "Tham dự lễ đón có …": who attended an event told before.
    (
        re.compile(r"^(?:Cùng )?(?:Tham dự|Dự)\s+(?:lễ|buổi|cuộc)\s+\w+(?:\s+\w+)?\s+(?:có|về phía|còn có)\b", re.I),
        None,
    ),
    (
        re.compile(
            r"^(?:Trong|Cũng trong|Trong khuôn khổ|Nhân)\s+chuyến (?:thăm|công tác)"
            # "Trong thời gian ở Hà Nội, …": the stay of the visit told before, on days the text does not say.
            r"|^(?:Trong|Cũng trong) (?:thời gian|dịp|những ngày) (?:ở|tại|lưu lại|thăm|công tác|làm việc)\b"
            # "Theo chương trình, A sẽ hội đàm …", "Trong chương trình thăm, …": the programme of the visit told.
            r"|^(?:Trong|Theo) chương trình(?: (?:chuyến )?(?:thăm|công tác|làm việc))?\b",
            re.I,
        ),
        "visit",
    ),
    # "Bên lề hội nghị, A gặp B": the meeting on the sidelines of the conference just told.
    # Lower case or alone before its comma: the conference told before, not one named ("Bên lề Hội nghị Cấp cao
    # ASEAN, …").
    (
        re.compile(r"^(?:Bên lề|Trong khuôn khổ|Tại|Nhân dịp dự) (?:hội nghị|diễn đàn|hội thảo|Hội nghị,|Diễn đàn,)"),
        "conference",
    ),
    # "Kết thúc Kỳ họp, hai Thủ tướng ký …", "Tại Kỳ họp lần thứ 44, …": the session told, not the talks told last;
    # "Trước khi bước vào Kỳ họp, hai Thủ tướng có cuộc gặp hẹp": earlier on the session's day.
    (
        re.compile(
            r"^(?:Kết thúc|Bế mạc|Tại|Trong|Trước(?: khi(?: bước vào| khai mạc)?)?) (?:kỳ họp|phiên họp)\b", re.I
        ),
        "committee_session",
    ),
    # "Kết thúc Hội nghị, hai bên đã ký …": at the end of the meeting or session just told, whatever its type.
    (re.compile(r"^(?:Kết thúc|Bế mạc) hội nghị\b", re.I), None),
    # "Ngay sau lễ đón, hai nhà lãnh đạo hội đàm": the welcome's day, not the whole visit's; "Sau lễ nhậm chức, A và
    # B có cuộc gặp": the day of the ceremony told, not the news day.
    (re.compile(r"^(?:Ngay )?sau (?:buổi )?lễ (?!ký\b)\w+", re.I), "other"),
    (
        re.compile(
            r"^(?:Nhân dịp này|Cùng ngày|(?:Sáng|Chiều|Tối|Trưa) cùng ngày|Trong dịp này|Cũng trong dịp này|Cùng dịp"
            r"|Tại đây|Sau đó|Tiếp đó|Tiếp theo|Theo lịch trình"
            r"|(?:Ngay )?sau (?:hội đàm|cuộc hội đàm|cuộc gặp|buổi hội kiến)"
            # "Sau khi đặt vòng hoa tại X, ông A hội đàm với B": what follows the day told, in its order
            r"|(?:Ngay )?sau khi (?!kết thúc chuyến|rời)"
            r"|(?:Ngày |Sáng |Chiều |Tối )?hôm sau)",
            re.I,
        ),
        None,
    ),
]


def anaphoric_opening(sentence: str) -> tuple[str | None, int] | None:
    """The sentence's opening that refers back to an event told before: the type it refers to (None: any) and
    where the opening ends; None when it opens with none."""
    # "Theo Phó Thủ tướng, trong chuyến thăm, …": the opening after the source the sentence names first.
    source = SOURCE_FIRST.match(sentence)
    start = source.end() if source else 0
    for pattern, kind in ANAPHORA:
        opening = pattern.match(sentence[start:])
        if opening:
            return kind, start + opening.end()
    return None


SOURCE_FIRST = re.compile(r"^\W*Theo (?!(?:chương trình|kế hoạch|lịch trình|dự kiến)\b)[^,.;:]{3,60},\s*", re.I)


# "Trong thời gian ở Hà Nội, …", "Trong chuyến công tác, …": during a stay, on one of its days, even when the text
# wrote only the first (the arrival's).
DURING_A_STAY = re.compile(
    r"^(?:Trong|Cũng trong) (?:thời gian|những ngày) (?:ở|tại|lưu lại)\b"
    r"|^(?:Trong|Cũng trong)\s+chuyến (?:thăm|công tác)",
    re.I,
)


# "Theo chương trình, sau khi kết thúc chuyến thăm Mông Cổ, A sẽ thăm Ireland …": what follows the visit told.
AFTER_IT_ENDS = re.compile(r"\bsau khi kết thúc (?:chuyến thăm|chuyến công tác|chuyến công du)\b", re.I)
NEXT_DAY = re.compile(r"^(?:Ngày |Sáng |Chiều |Tối )?hôm sau", re.I)
DAY_BEFORE = re.compile(r"^\W*(?:Trước đó một ngày|Một ngày trước đó|(?:Sáng|Chiều|Tối) hôm trước)\b", re.I)


def day_shift(sentence: str) -> int:
    """Days from the day the sentence refers back to: "Hôm sau, …" 1, "Trước đó một ngày, …" -1."""
    return 1 if NEXT_DAY.match(sentence) else -1 if DAY_BEFORE.match(sentence) else 0


def shifted(day: DateSpan, days: int) -> DateSpan:
    """The day `days` after the span referred to (before its start when negative)."""
    moved = day.end + timedelta(days=days) if days > 0 else day.start + timedelta(days=days)
    return DateSpan(moved, moved, DAY, "hôm sau" if days > 0 else "trước đó", 0, day.year_inferred)


def referred_date(referred: Candidate, candidate: Candidate) -> DateSpan:
    """The date of the event a sentence refers back to; "Hôm sau, …" is the day after it ends.

    What happens during an occasion of several days ("Trong chuyến thăm, hai bên hội đàm") happened on
    one of them, and the text does not say which: the months are what it supports; so does what happens during
    a stay whose first day alone is written, and a visit told at one of its events.
    """
    span = referred.date
    if candidate.day_shift and span.precision == DAY:
        return shifted(span, candidate.day_shift)
    if referred.type == "visit" and span.precision == DAY and AFTER_IT_ENDS.search(candidate.sentence):
        return as_months(shifted(span, 1))  # "sau khi kết thúc chuyến thăm X, A sẽ …": after its last day
    several_days = span.start != span.end or (referred.type == "visit" and candidate.planned)
    several_days = several_days or bool(DURING_A_STAY.match(candidate.sentence))
    # "Trong chương trình chuyến thăm, A cũng hội kiến B": the visit named as its occasion, not the arrival's day.
    several_days = several_days or (referred.type == "visit" and candidate.anaphora_type == "visit")
    # "Tại cuộc hội đàm, A chào mừng B thăm …": a visit told at one of its events lasted longer than its day.
    several_days = several_days or (candidate.type == "visit" and referred.type not in OCCASIONS_OF_DAYS)
    if span.precision == DAY and several_days and candidate.type != referred.type:
        # A visit's planned programme: the visit's first day written alone is not the day of all of it.
        return as_months(span)
    return span


# "Ngay trong ngày đầu, ông hội đàm với …", "Ngày thứ hai của chuyến thăm, …", "Trước khi rời New Delhi, …" (its
# last day): a day of the visit told before.
DAY_OF_THE_VISIT = re.compile(
    r"^\W*(?:(?:Ngay\s+)?(?:trong\s+)?ngày\s+(?P<which>đầu(?:\s+tiên)?|thứ nhất|thứ hai|thứ ba|cuối(?:\s+cùng)?)\b"
    r"|(?P<leaving>Trước khi (?:rời|lên đường rời|kết thúc chuyến thăm)\b))",
    re.I,
)
DAYS_AFTER_THE_FIRST = {"thứ hai": 1, "thứ ba": 2}


def day_of_the_visit(sentence: str, visits: list[DateSpan]) -> DateSpan | None:
    """The day of the last visit of several days told before (`visits`, in order) that the sentence's opening counts:
    its first, second, third or last."""
    which = DAY_OF_THE_VISIT.match(sentence)
    span = next((v for v in reversed(visits) if v.precision == DAY and v.start < v.end), None)
    if which is None or span is None:
        return None
    said = "cuối" if which.group("leaving") else " ".join(which.group("which").lower().split())
    day = span.end if said.startswith("cuối") else span.start + timedelta(days=DAYS_AFTER_THE_FIRST.get(said, 0))
    return DateSpan(day, day, DAY, which.group(0), 0, span.year_inferred) if day <= span.end else None


# Unnamed but explicit parties: "hai Thủ tướng sẽ chứng kiến lễ ký".
PARTIES = re.compile(rf"\bhai (?:{any_of(HELD_BY_BOTH)}|Chủ tịch|nhà lãnh đạo|bên|nước|Đoàn)\b|lãnh đạo hai nước", re.I)


# "Trong chuyến thăm này, …", "Tại cuộc gặp đó, …": the occasion the sentence before tells.
THIS_ONE = re.compile(
    r"^\W*(?:Cũng\s+)?(?:Trong|Tại|Nhân|Sau)\s+(?:chuyến|cuộc|buổi)\s+\w+(?:\s+\w+)?\s+(?:này|đó|ấy)\b", re.I
)


# "Tại đây, …", "Ở đó, …": where the sentence before was.
HERE = re.compile(r"^\W*(?:Tại|Ở) (?:đây|đó)\b", re.IGNORECASE)


def referred_occasion(
    candidate: Candidate, previous: list[Candidate], year: YearGuess, news_day: DateSpan | None
) -> Candidate:
    """The event referred back to: the last told before that is dated to days, not a background year nor a day of
    the background (a treaty's "18/7/1977" told after the news, a caption's sentence moved last)."""
    news = [c for c in previous if not of_the_background(c.date, year, news_day)] or previous
    stay = DURING_A_STAY.match(candidate.sentence) and candidate.place
    at_the_place = [c for c in news if c.type in ("visit", "conference") and c.place == candidate.place]
    if stay and at_the_place:
        return at_the_place[-1]  # "Trong thời gian ở New York, …": the occasion told there, whatever its type
    named = _named_occasion(candidate, previous, news)
    if named is not None:
        return named
    just_told = [c for c in previous if c.sentence_index == candidate.sentence_index - 1]
    if HERE.match(candidate.sentence) and just_told:
        return just_told[-1]  # "… dừng chân tại Cairo hai ngày 29-30/4. Tại đây, ông hội đàm …": that stay
    if PARTIES.search(candidate.sentence):
        # "Hai nhà lãnh đạo nhất trí …": the event of two parties just told (the talks, not the visit they crown).
        met = next((c for c in reversed(news) if c.date.precision == DAY and one_day(c) and len(c.persons) >= 2), None)
        if met is not None:
            return met
    return next((c for c in reversed(news) if c.date.precision == DAY), news[-1])


def _named_occasion(candidate: Candidate, previous: list[Candidate], news: list[Candidate]) -> Candidate | None:
    """The occasion the sentence's opening names, of the type it names: "Trong chuyến thăm này, …" the one the
    sentence before tells, "Trong chuyến thăm, …" the visit told, not the last day told before it."""
    named = candidate.anaphora_type
    just_told = [c for c in previous if c.type == named and c.sentence_index == candidate.sentence_index - 1]
    if THIS_ONE.match(candidate.sentence) and just_told:
        return just_told[-1]  # "A từng thăm X năm ngoái. Trong chuyến thăm này, …": the one just told, background too
    if named is None or (candidate.type == named and not any(c.type == named for c in news)):
        return None
    # The one its own words date, not a mention that took another's day ("Cùng ngày, … trong chuyến thăm") …
    occasions = [c for c in news if c.type == named]
    # … and of those, one dated to its days ("Bên lề hội nghị" is the summit told, not the next one "năm 2024").
    own = [c for c in reversed(occasions) if c.date_source == "own"]
    occasion = next((c for c in own if c.date.precision == DAY), next(iter(own), None))
    return occasion or (occasions[-1] if occasions else None)


def one_day(candidate: Candidate) -> bool:
    return candidate.date.start == candidate.date.end
