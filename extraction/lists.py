"""Lists a sentence tells as one: one event per framework step of a list of years, one message per sender of
"lần lượt gửi điện", one meeting per envoy of countries listed together."""

from __future__ import annotations

import re

from .candidates import Candidate
from .records import YEAR, DateSpan
from .reference import place_pattern, places

RESPECTIVELY = re.compile(r"\blần lượt\b", re.I)

# "tiếp Đại sứ các nước A, B và C tới trình Quốc thư": one meeting with each envoy.
LISTED_ENVOYS = re.compile(r"\bĐại sứ(?: của)?(?: các nước| các quốc gia| các nước:)?\s+")
LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+và\s+")


def listed_countries(text: str, at: int) -> list[str]:
    """The countries listed from `at` on ("Argentina, Algeria, Đức và Thụy Điển"): ISO codes in order."""
    listed = []
    while True:
        found = place_pattern().match(text, at)
        if not found or not places()[found.group(1)].is_country:
            return listed
        listed.append(places()[found.group(1)].country)
        separator = LIST_SEPARATOR.match(text, found.end())
        if not separator:
            return listed
        at = separator.end()


def per_envoy(candidate: Candidate) -> list[Candidate]:
    """A meeting with the envoys of several countries listed in one phrase, one candidate per country."""
    if candidate.type != "meeting":
        return [candidate]
    for envoys in LISTED_ENVOYS.finditer(candidate.sentence):
        listed = listed_countries(candidate.sentence, envoys.end())
        if len(listed) >= 2:
            return [Candidate(**{**candidate.__dict__, "counterpart_country": iso}) for iso in listed]
    return [candidate]


def split_lists(candidates: list[Candidate], dates: list[DateSpan], sentence: str) -> list[Candidate]:
    """One event per framework step, one message per sender of 'lần lượt gửi điện', one meeting per envoy of
    a list."""
    out = []
    for candidate in [split for told in candidates for split in per_envoy(told)]:
        years = [
            d for d in dates if d.precision == YEAR and d.start.year == d.end.year and d.offset > candidate.cue.start
        ]
        if candidate.type == "upgrade" and len(years) >= 2:
            quoted = list(re.finditer(r"[“\"]([^”\"]{6,120})[”\"]\s*\((?:19|20)\d\d\)", sentence))
            for span in years:
                step = Candidate(**{**candidate.__dict__, "date": span, "agreements": []})
                name = next((q.group(1) for q in quoted if q.end() >= span.offset and q.start() < span.offset), None)
                if name:
                    step.agreements = [name]
                step.title = f"Quan hệ được nâng lên “{name}”" if name else ""
                out.append(step)
            continue
        if candidate.type == "message" and RESPECTIVELY.search(sentence) and len(candidate.persons) >= 2:
            cue_at = candidate.cue.start
            senders = [p for p in candidate.persons if p.offset < cue_at]
            recipients = [p for p in candidate.persons if p.offset > cue_at]
            if len(senders) >= 2 and recipients:
                # Respectively: each sender with one recipient, the last sender with the rest.
                for n, sender in enumerate(senders):
                    share = recipients[n : n + 1] if n < len(senders) - 1 else recipients[n:]
                    out.append(Candidate(**{**candidate.__dict__, "persons": [sender, *share]}))
                continue
        if candidate.type == "anniversary" and candidate.date and candidate.date.start.year != candidate.date.end.year:
            # "kỷ niệm 50 năm … (1972 - 2022)": the anniversary is the last year of the range.
            end = candidate.date.end
            candidate.date = DateSpan(
                end.replace(month=1, day=1), end, YEAR, candidate.date.text, candidate.date.offset
            )
        out.append(candidate)
    return out
