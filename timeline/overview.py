"""The overview at the top of the timeline and of each relationship page: the years covered, the events
per year and type, the eras as bands and the key moments, drawn as server-side SVG (no script).

Everything is computed from the filtered events in two queries (counts per year and type, key moments);
the template draws it, and a table gives the same figures in text.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count
from django.db.models.functions import ExtractYear

from extraction.event_types import EVENT_TYPES
from timeline.dates import format_span

COLUMN = 34  # the narrowest a year may be, in SVG units (pixels at natural size)
MIN_WIDTH = 600  # a few years share this width, so that a short story is not drawn huge
PAD = 6
BARS_TOP, BARS_HEIGHT = 30, 76  # key moments above the bars, bars above the axis
AXIS = BARS_TOP + BARS_HEIGHT
BAND_TOP, BAND_HEIGHT = AXIS + 22, 20
HEIGHT = BAND_TOP + BAND_HEIGHT + 4
MAX_KEY_MOMENTS = 40


@dataclass
class Segment:
    type: str
    y: float
    height: float


@dataclass
class YearColumn:
    year: int
    x: float
    total: int
    counts: dict[str, int]
    segments: list[Segment] = field(default_factory=list)
    cells: list[int] = field(default_factory=list)  # the counts in the order of Overview.types, for the table


@dataclass
class Moment:
    slug: str
    label: str  # date, type and title, for the marker's tooltip and accessible name
    type: str
    x: float


@dataclass
class Band:
    era: object
    x: float
    width: float
    label: str


@dataclass
class Overview:
    columns: list[YearColumn]
    moments: list[Moment]
    bands: list[Band]
    width: int
    height: int
    types: list[tuple[str, str]]  # (code, label) of the types present, in the list's order
    column: float  # the width of a year

    @property
    def bar_x(self) -> float:
        """The bars' offset in their column, and their width: centred, at most 24 wide."""
        return round((self.column - self.bar_width) / 2, 1)

    @property
    def bar_width(self) -> float:
        return min(24, round(self.column * 0.6, 1))

    @property
    def label_x(self) -> float:
        return round(self.column / 2, 1)

    @property
    def year_counts(self) -> dict[int, int]:
        return {column.year: column.total for column in self.columns if column.total}


def _x(day: date, first_year: int, column: float) -> float:
    """Where a day sits on the axis: its year's column, then its share of the year."""
    return PAD + (day.year - first_year + (day.timetuple().tm_yday - 0.5) / 366) * column


def _moment_label(event: dict, type_labels: dict, english: bool) -> str:
    when = format_span(event["start"], event["end"], event["precision"], "en" if english else "vi")
    title = event["title_en"] if english else event["title"]
    return f"{when} · {type_labels[event['type']]}" + (f": {title}" if title else "")


def _fit(label: str, width: float) -> str:
    """The label cut to the band's width (the full label is in the era list and the tooltip)."""
    room = int(width / 7)  # characters that fit at the band's font size (bold, 10.5 units)
    if len(label) <= room:
        return label
    return label[: room - 1].rstrip() + "…" if room > 3 else ""


def build_overview(events, eras, type_labels: dict, english: bool = False) -> Overview | None:
    """The overview of `events` (a filtered queryset), with `eras`; None when there is nothing to draw."""
    rows = list(
        events.annotate(year=ExtractYear("start"))
        .order_by()
        .values("year", "type")
        # DISTINCT only when a filter joined a multi-valued relation: counting distinct rows costs a sort.
        .annotate(n=Count("pk", distinct=bool(events.query.distinct)))
    )
    if not rows:
        return None
    counts: dict[int, dict[str, int]] = {}
    for row in rows:
        counts.setdefault(row["year"], {})[row["type"]] = row["n"]
    # The years the events cover (and any later era): a ladder since 1973 is listed on the page, and drawn
    # here only from the first event's year on, so that a few years of events keep their width.
    first = min(counts)
    last = max([*counts, *(era.start.year for era in eras)])
    eras = [era for era in eras if era.end is None or era.end.year >= first]
    tallest = max(sum(by_type.values()) for by_type in counts.values())
    column_width = max(COLUMN, (MIN_WIDTH - 2 * PAD) / (last - first + 1))
    order = [t.code for t in EVENT_TYPES]
    columns = []
    for year in range(first, last + 1):
        by_type = counts.get(year, {})
        column = YearColumn(year, round(PAD + (year - first) * column_width, 1), sum(by_type.values()), by_type)
        y = AXIS
        for code in order:
            if by_type.get(code):
                height = by_type[code] / tallest * BARS_HEIGHT
                y -= height
                column.segments.append(Segment(code, round(y, 1), round(height, 1)))
        columns.append(column)
    key = (
        events.key_moments()
        .order_by("start", "pk")
        .values("slug", "title", "title_en", "start", "end", "precision", "type")[:MAX_KEY_MOMENTS]
    )
    moments = [
        Moment(
            event["slug"],
            _moment_label(event, type_labels, english),
            event["type"],
            round(_x(event["start"], first, column_width), 1),
        )
        for event in key
    ]
    width = round(PAD * 2 + (last - first + 1) * column_width)
    bands = []
    for era in eras:
        x = max(PAD, _x(era.start, first, column_width))
        end = PAD + (last - first + 1) * column_width if era.end is None else _x(era.end, first, column_width)
        band_width = max(end - x, 4)
        # The pair by its codes ("VN–JP"), then the level: a band always says whose level it is.
        label = "–".join(era.pair_codes) + " · " + era.display_label
        bands.append(Band(era, round(x, 1), round(band_width, 1), _fit(label, band_width)))
    present = {code for by_type in counts.values() for code in by_type}
    types = [(code, type_labels[code]) for code in order if code in present]
    for column in columns:
        column.cells = [column.counts.get(code, 0) for code, _label in types]
    return Overview(columns, moments, bands, width, HEIGHT, types, round(column_width, 1))
