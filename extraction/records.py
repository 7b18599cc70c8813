"""The dataclasses the extraction pipeline returns.

The pipeline is plain Python (no Django import): text in, these records out.
The importer (articles/importer.py) is the only place that turns them into rows.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

DAY, MONTH, YEAR = "day", "month", "year"
# The year given to dates whose year nothing tells (their events say year_unknown): a leap year, so that
# "29/2" exists, and one no article is about, so that such a date is never taken for a real one.
YEAR_UNKNOWN = 4
PRECISION_RANK = {DAY: 0, MONTH: 1, YEAR: 2}  # lower is more precise


def month_span(y: int, m: int) -> tuple[date, date]:
    """The first and the last day of month `m` of year `y`."""
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def valid_date(y: int, m: int, d: int) -> date | None:
    """The date, or None when the day does not exist ("31/4")."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def iso_bound(value: date, precision: str) -> str:
    """A date written to its precision, as the JSON export writes it: YYYY-MM-DD, YYYY-MM or YYYY."""
    if precision == YEAR:
        return f"{value.year:04d}"
    if precision == MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


@dataclass(frozen=True)
class DateSpan:
    """A temporal expression found in a sentence, resolved to a date range.

    `start`/`end` are real dates; for month precision start is the 1st and end
    the last day of the month, for year precision 1 Jan .. 31 Dec.
    """

    start: date
    end: date
    precision: str  # DAY | MONTH | YEAR
    text: str = ""  # the expression as written
    offset: int = 0  # character offset of the expression in the sentence
    year_inferred: bool = False  # the year was not written next to the date

    def iso(self, which: str = "start") -> str:
        """The bound as the export writes it: YYYY-MM-DD, YYYY-MM or YYYY."""
        return iso_bound(self.start if which == "start" else self.end, self.precision)

    def overlaps(self, other: DateSpan) -> bool:
        """The two spans share at least one day (the one rule, wherever events are compared by date)."""
        return self.start <= other.end and other.start <= self.end


@dataclass(frozen=True)
class YearGuess:
    """Where the year of year-less dates comes from."""

    year: int | None
    source: str  # what decided, as written: "given: 2020-10", "url: 20230910", "text: 7/7/2024", "" when unknown
    confidence: float = 0.0  # 1.0 when given by the caller
    basis: str = ""  # the kind of source: given | url | page | text | timeline; "" when nothing gave a year


@dataclass
class Person:
    """A person named in an article, with the office they held there."""

    name: str  # canonical full form: "Suga Yoshihide", "Shinzo Abe"
    title: str = ""  # office as written: "Thứ trưởng Thường trực Bộ Ngoại giao"
    country: str | None = None  # ISO 3166-1 alpha-2, upper case: "JP"
    aliases: list[str] = field(default_factory=list)  # "Suga", "Sin-dô A-bê"
    # The fullest form the article itself writes ("Suga" when it never writes "Suga Yoshihide", "Sin-dô A-bê
    # (Shinzo Abe)"): a source is cited as it names people, whatever name the timeline knows them by.
    written: str = ""


@dataclass
class Participant:
    name: str  # Person.name
    role: str = ""  # title held at the event


@dataclass
class Agreement:
    name: str
    short_name: str = ""
    kind: str = ""  # treaty | trade_agreement | partnership | mou | loan | other
    date: DateSpan | None = None


@dataclass
class FoundEvent:
    type: str  # a code of event_types.EVENT_TYPES
    title: str
    date: DateSpan
    evidence: str  # the sentence of the article that supports the event
    sentence_index: int = 0
    place: str | None = None
    countries: list[str] = field(default_factory=list)  # ISO codes
    participants: list[Participant] = field(default_factory=list)
    agreements: list[str] = field(default_factory=list)  # Agreement.name
    planned: bool = False
    confidence: float = 0.5  # 0..1
    year_unknown: bool = False  # nothing gave the year: the date's year is YEAR_UNKNOWN, a curator dates it
    why_draft: str = ""  # empty when the event passes the tests for automatic publication (events.why_draft)
    # The facts the site reasons with, as fields (never read back out of the title):
    level: str = ""  # an upgrade's new level: a code of levels.LEVELS ("comprehensive_strategic_partnership")
    establishes_relations: bool = False  # the event establishes (diplomatic) relations between its countries
    ordinal: int | None = None  # a session's number: "phiên họp lần thứ 12" -> 12
    gathering: str = ""  # the group a conference is of (event_facts.gathering_of): "asean", "asean+3", "g20"
    visitor: str | None = None  # a visit's visiting country (ISO code)
    host: str | None = None  # a visit's host country (ISO code)
    # Where the date came from: own | same-type | anaphora (another sentence) | news-day | published | year |
    # reference (an establishment whose year only the reference data gives).
    date_source: str = ""
    # The publishing decision (publishing.judge): the probability that the event is right, and why it
    # waits for a curator (codes of publishing.DraftReason; empty when it is published).
    publish_probability: float | None = None
    draft_reasons: list[str] = field(default_factory=list)


@dataclass
class ExtractedArticle:
    title: str
    url: str | None
    cleaned_text: str
    sentences: list[str]
    year: YearGuess
    published: DateSpan | None = None  # given by the caller, or read off the URL or the page, at its precision
    published_source: str = ""  # "given", "url", "page", "" when unknown
    events: list[FoundEvent] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    encoding_problem: str = ""  # broken encoding found in the text: repaired, or named for a curator (cleaning)

    @property
    def year_unknown(self) -> bool:
        """Nothing gave the year of the dates the article writes without one."""
        return self.year.year is None
