"""Every relationship's ladder from the reference data: when Việt Nam established diplomatic relations with
each country, and each partnership level since (fixtures/reference/relations.json, read once per process).

The ladder is known whether or not an article tells it; an event from an article that sets a level is
checked against it here: one that agrees is the step's source, one that disagrees waits for a curator
(`disagreement`, which the importer calls).
"""

from __future__ import annotations

import calendar
import hashlib
import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from extraction.levels import BY_CODE

RELATIONS_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "reference" / "relations.json"
ESTABLISHMENT = "diplomatic_relations"  # the level code of the step that starts every ladder

# Why an event that sets a level needs a curator's look (`disagreement`), with what the review queue says.
UNKNOWN_RELATIONSHIP = "relationship_not_in_reference"  # the reference knows no relations with that country
LEVEL_NOT_IN_REFERENCE = "level_not_in_reference"  # the reference's ladder has no such step
DATE_DIFFERS = "date_differs_from_reference"  # the step is there, at another date
REASONS = {
    UNKNOWN_RELATIONSHIP: _("dữ liệu tham chiếu không có quan hệ ngoại giao với nước này"),
    LEVEL_NOT_IN_REFERENCE: _("dữ liệu tham chiếu không có cấp độ quan hệ này"),
    DATE_DIFFERS: _("dữ liệu tham chiếu ghi cấp độ này vào ngày khác"),
}


@dataclass(frozen=True)
class Step:
    """One rung of a relationship's ladder in the reference data."""

    iso: str  # the other country (the home country is the first of every pair)
    level: str  # a code of extraction.levels; ESTABLISHMENT for the establishment of relations
    start: date  # the first day the date may mean ("2009-04" -> 1 April 2009)
    end: date  # its last day ("2009-04" -> 30 April 2009)
    precision: str  # "day", "month" or "year", as the date is written in the file

    @property
    def is_establishment(self) -> bool:
        return self.level == ESTABLISHMENT

    def admits(self, start: date, end: date) -> bool:
        """An event dated start..end may be this step: the two periods meet."""
        return start <= self.end and self.start <= end


@dataclass(frozen=True)
class Reference:
    version: str  # changes with the file's content: what is computed from it is cached under it
    home: str
    sources: tuple[dict, ...]  # {"title", "url"}: where the file's facts come from
    steps: dict[str, tuple[Step, ...]]  # ISO code of the other country -> its ladder, oldest first
    names: dict[str, dict]  # ISO code -> {"vi", "en"} for countries the extraction reference does not list


def parse_date(text: str) -> tuple[date, date, str]:
    """'1973-09-21', '2009-04' or '1973' -> (first day, last day, precision)."""
    parts = [int(part) for part in text.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day, "day"
    if len(parts) == 2:
        year, month = parts
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month"
    return date(parts[0], 1, 1), date(parts[0], 12, 31), "year"


def relations_file() -> Path:
    return Path(getattr(settings, "TIMELINE_RELATIONS_FILE", None) or RELATIONS_FILE)


@lru_cache(maxsize=4)
def _load(path: str) -> Reference:
    text = Path(path).read_text(encoding="utf-8")
    data = json.loads(text)
    steps, names = {}, {}
    for entry in data["relations"]:
        iso = entry["iso"].upper()
        rungs = []
        for level, written in [(ESTABLISHMENT, entry["established"])] + [
            (rung["level"], rung["date"]) for rung in entry.get("levels", [])
        ]:
            if level not in BY_CODE:
                raise ValueError(f"{path}: {iso}: unknown level code {level!r} (extraction/levels.py)")
            start, end, precision = parse_date(written)
            rungs.append(Step(iso, level, start, end, precision))
        steps[iso] = tuple(sorted(rungs, key=lambda step: step.start))
        if "vi" in entry:
            names[iso] = {"vi": entry["vi"], "en": entry["en"]}
    return Reference(
        version=hashlib.sha256(text.encode()).hexdigest()[:16],
        home=data["home"].upper(),  # the country whose relations the file lists
        sources=tuple(data.get("sources", ())),
        steps=steps,
        names=names,
    )


def reference() -> Reference:
    """The reference ladders (the file named by settings.TIMELINE_RELATIONS_FILE, or the fixture)."""
    return _load(str(relations_file()))


def reference_version() -> str:
    return reference().version


def steps_of(pair) -> tuple[Step, ...]:
    """The reference ladder of a pair of ISO codes (in any order); () for a pair without the home country."""
    isos = {iso.upper() for iso in pair}
    data = reference()
    if len(isos) != 2 or data.home not in isos:
        return ()
    (other,) = isos - {data.home}
    return data.steps.get(other, ())


def country_name(iso: str, english: bool) -> str | None:
    """The name of a country only this file lists (one without relations elsewhere in the reference)."""
    entry = reference().names.get((iso or "").upper())
    return entry and entry["en" if english else "vi"]


def step_level(event) -> str:
    """The level an event sets: the establishment of relations, or its `level` field ("" for none)."""
    return ESTABLISHMENT if event.establishes_relations else event.level


def _pair(event, pair) -> tuple[str, ...]:
    return tuple(sorted(iso.upper() for iso in pair)) if pair else event.relationship()


def agreeing_step(event, pair=()) -> Step | None:
    """The reference step an event tells: same relationship, same level, a date within the step's precision."""
    level = step_level(event)
    if not level:
        return None
    for step in steps_of(_pair(event, pair)):
        if step.level == level and step.admits(event.start, event.end):
            return step
    return None


def disagreement(event, pair=()) -> str | None:
    """Why an event that sets a level of one of the home country's relationships disagrees with the reference
    (a reason code of this module), or None when it agrees or sets no level. `pair` gives the relationship's
    ISO codes for an event whose countries are not saved yet; otherwise its countries are read."""
    level = step_level(event)
    isos = _pair(event, pair)
    home = reference().home
    if not level or len(isos) != 2 or home not in isos:
        return None
    steps = steps_of(isos)
    if not steps:
        return UNKNOWN_RELATIONSHIP
    if agreeing_step(event, isos):
        return None
    if any(step.level == level for step in steps):
        return DATE_DIFFERS
    return LEVEL_NOT_IN_REFERENCE
