"""Numbered recurring summits and their years: "Hội nghị Cấp cao ASEAN lần thứ 44" was held in 2024 (reference
data: fixtures/reference/summits.json). A year-less article that names one is of its year (dating); a summit
named without a date of its own is of its year (event_dates)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .built_once import built_once
from .reference import REFERENCE

SUMMITS_FILE = REFERENCE / "summits.json"


@dataclass(frozen=True)
class SummitSeries:
    written: re.Pattern  # the meeting's name and its number: "Hội nghị Cấp cao ASEAN lần thứ 44"
    anchors: tuple[tuple[int, int], ...]  # (number, year) of a meeting; the next follow `per_year` a year
    per_year: int

    def year_of(self, number: int) -> int | None:
        anchor = max((a for a in self.anchors if a[0] <= number), default=None)
        return anchor[1] + (number - anchor[0]) // self.per_year if anchor else None


@built_once
def summit_series() -> tuple[SummitSeries, ...]:
    """The recurring meetings of fixtures/reference/summits.json."""
    found = []
    for entry in json.loads(SUMMITS_FILE.read_text(encoding="utf-8"))["series"]:
        names = "|".join(re.escape(name) for name in entry["names"])
        # "… (APEC) lần thứ 18": an ordinal, not a bare number ("APEC 17 tại Xinhgapo năm 2009" names a past one).
        written = re.compile(
            rf"(?<!\w)(?:{names})(?:\s*\([^()]{{1,20}}\))?\s+(?:lần\s+)?thứ\s+(?P<number>\d{{1,3}})\b", re.IGNORECASE
        )
        found.append(SummitSeries(written, tuple(map(tuple, entry["anchors"])), entry["per_year"]))
    return tuple(found)


def summit_years(text: str) -> list[tuple[int, str]]:
    """(year, the summit as written) of each numbered summit `text` names, in order."""
    found = [
        (match.start(), year, match.group(0))
        for series in summit_series()
        for match in series.written.finditer(text)
        if (year := series.year_of(int(match.group("number")))) is not None
    ]
    return [(year, written) for _, year, written in sorted(found)]
