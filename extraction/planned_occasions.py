"""The occasion a planned event belongs to ("A sẽ hội đàm với B" during the visit announced, "Hai bên dự kiến ra
Tuyên bố chung" at the talks planned just before): its days give the planned event's date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import DAY, DateSpan

if TYPE_CHECKING:
    from .candidates import Candidate

# The events other events take place during.
OCCASIONS = ("visit", "conference", "committee_session")


def planned_occasion(candidate: Candidate, settled: list[Candidate], news: DateSpan | None = None) -> Candidate | None:
    """The planned occasion a planned event belongs to: a visit its own sentence refers back to ("trong
    chuyến thăm lần này, … sẽ ký"), else the last planned event dated by its own words, else the visit under way."""
    same_sentence = [c for c in settled if c.sentence_index == candidate.sentence_index and c is not candidate]
    visits = [c for c in same_sentence if c.type == "visit" and c.cue.refers_back]
    planned = [c for c in settled if c is not candidate and _plan_it_belongs_to(c, candidate)]
    under_way = [c for c in settled if _visit_under_way(c, candidate, news)]
    return (visits or planned or under_way or [None])[-1]


def _plan_it_belongs_to(plan: Candidate, candidate: Candidate) -> bool:
    """A planned event dated by its own words; not a year of celebrations ("chuẩn bị kỷ niệm … vào năm 2026"): a
    gathering, an event of the same people, or the plan told just before one that names no one ("Hai bên dự kiến
    ra Tuyên bố chung")."""
    if not plan.planned or plan.date_source != "own" or plan.type == "anniversary":
        return False
    other_place = bool(plan.place_country and candidate.place_country) and plan.place_country != candidate.place_country
    if candidate.type == "visit" and plan.type != "visit" and other_place:
        return False  # "Sau Nam Phi, ông sẽ thăm Mauritius": a leg of its own, not part of a gathering told elsewhere
    shared = {p.name for p in plan.persons} & {p.name for p in candidate.persons}
    just_before = not candidate.persons and plan.sentence_index >= candidate.sentence_index - 1
    return plan.type in OCCASIONS or bool(shared) or just_before


def _visit_under_way(visit: Candidate, candidate: Candidate, news: DateSpan | None) -> bool:
    """ "A tới Hà Nội chiều nay, bắt đầu chuyến thăm từ ngày 22 đến 24/3. … A sẽ hội đàm với B": told on the visit's
    first day or before it, the programme is of its days, which of them unsaid."""
    days = visit.date
    if visit.type != "visit" or visit.date_source != "own" or days.precision != DAY or days.start == days.end:
        return False
    return (
        news is not None
        and days.start >= news.start
        and bool({p.name for p in visit.persons} & {p.name for p in candidate.persons})
    )
