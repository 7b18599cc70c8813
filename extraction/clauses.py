"""The part of a sentence an event's facts are read in: its clause between semicolons, or the mid-sentence clause
of what came before it ("…, sau khi dự Hội nghị G7 tại Canada, …", "…, một ngày sau khi tới Kiev gặp …")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import COUNT, number_in


def clause_at(sentence: str, start: int, end: int) -> str:
    """The part of the sentence between semicolons that holds `start`..`end`: "Năm 2023, A và B kỷ niệm …;
    cùng năm, A và C kỷ niệm …" tells two events, each with its own countries."""
    before = sentence.rfind(";", 0, start) + 1
    after = sentence.find(";", end)
    return sentence[before : after if after >= 0 else len(sentence)]


# "…, sau khi dự Hội nghị G7 tại Canada, và gặp B trưa 11-6", "…, một ngày sau khi ông tới Kiev gặp C", "… diễn ra
# chưa đầy một năm sau khi A dự …": a clause of what came before (or comes after), inside the sentence, and how long
# before.
SUBORDINATE = re.compile(
    r"(?:,\s*|\s(?:chưa đầy|hơn|gần|chỉ)?\s*(?=\S+\s+(?:ngày|hôm|tuần|tháng|năm)\s+(?:sau|trước) khi))"
    r"(?:diễn ra\s+)?"  # "…, diễn ra ngay sau khi hai nước nâng cấp quan hệ"
    rf"(?:(?P<count>{COUNT})\s+(?P<unit>ngày|hôm|tuần|tháng|năm)\s+)?"
    r"(?:ngay\s+)?"
    r"(?P<order>sau|trước) khi\s+[^,;]*$",
    re.IGNORECASE,
)
DAYS_IN = {"ngày": 1, "hôm": 1, "tuần": 7}  # a count of months or years names no day


@dataclass(frozen=True)
class Subordinate:
    start: int
    end: int
    # How many days the clause's happening came before the main clause's ("một ngày sau khi …": 1; "hai ngày trước
    # khi …": -2), when the sentence says.
    days_before: int | None = None
    earlier: bool = True  # "sau khi …" tells what came before the main clause; "trước khi …", what came after
    months_before: int | None = None  # "sáu tháng sau khi …": 6


def subordinate_clause(sentence: str, start: int, end: int) -> Subordinate | None:
    """The mid-sentence "sau khi …" clause holding `start`..`end`, if it is in one."""
    opening = SUBORDINATE.search(sentence, 0, start)
    if opening is None:
        return None
    after = sentence.find(",", end)
    earlier = opening.group("order").lower() == "sau"
    days = months = None
    count, unit = number_in(opening.group("count") or ""), (opening.group("unit") or "").lower()
    if count and unit in DAYS_IN:
        days = count * DAYS_IN[unit] * (1 if earlier else -1)
    elif count and unit == "tháng":
        months = count * (1 if earlier else -1)
    return Subordinate(opening.start(), len(sentence) if after < 0 else after, days, earlier, months)
