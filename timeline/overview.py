"""The overview at the top of the timeline and of each relationship page: the years covered, the events
per year and type, the eras as bands and the key moments with short labels, drawn as server-side SVG (no
script), twice: for a wide column and for a phone's (the page shows the one that fits).

Everything is computed from the filtered events in a few queries (counts per year and type, key moments
with their participants); the template draws it, and lists give the labels, the eras and the figures in
text that wraps.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Prefetch
from django.db.models.functions import ExtractYear

from extraction.event_types import EVENT_TYPES
from extraction.folding import fold
from extraction.levels import level
from extraction.reference import countries
from timeline.dates import format_span
from timeline.models import Participation
from timeline.vocabulary import country_name, is_head_office, ordinal_en

WIDE, NARROW = 792, 350  # SVG units: the text column at 1366 px and at 375 px, so that 1 unit is 1 pixel
PAD = 6
CHAR = 6.3  # the width of an average character at the labels' size (11 units), for placing them
YEAR_GAP = 34  # the least distance between two year labels
ROW = 15  # the height of a row of key moments' labels
MAX_ROWS = 3  # rows of labels; a moment with no room in them is drawn as its number (its label in the list below)
TAG = 16  # a moment's marker (diamond), also its width when drawn as a number
BARS_HEIGHT = {"wide": 72, "narrow": 52}  # the phone's chart is lower: the first event stays on its first screen
BAND_HEIGHT = 20
MAX_KEY_MOMENTS = 40
# Countries whose people are named family name first: "Suga Yoshihide" is "Suga" for short.
FAMILY_NAME_FIRST = {"CN", "JP", "KR", "KP", "TW", "HU", "MN"}
# Committees and dialogues by their Vietnamese name (folded) -> English.
COMMITTEES_EN = {
    "uy ban hop tac": "Cooperation Committee",
    "uy ban hon hop": "Joint Committee",
    "uy ban lien chinh phu": "Intergovernmental Committee",
    "uy ban chi dao hop tac song phuong": "Steering Committee for Bilateral Cooperation",
    "doi thoai chien luoc": "Strategic Dialogue",
    "doi thoai chinh sach quoc phong": "Defence Policy Dialogue",
    "doi thoai an ninh": "Security Dialogue",
}
COMMITTEE_WORDS = ("Ủy ban", "Uỷ ban", "Đối thoại", "Tiểu ban", "Hội đồng")


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
    labelled: bool = True  # its year is written under the axis (narrow columns leave some out)
    segments: list[Segment] = field(default_factory=list)


@dataclass
class Moment:
    """A key moment in plain values (the overview is kept in the cache between requests)."""

    number: int
    slug: str
    label: str  # short, in the reader's language: "Suga visit", "12th Cooperation Committee"
    when: str
    type: str
    type_label: str
    title: str
    day: date

    @property
    def description(self) -> str:
        """The marker's tooltip and accessible name: label, date, type and title."""
        return f"{self.label} · {self.when} · {self.type_label}: {self.title}"


@dataclass
class PlacedMoment:
    moment: Moment
    x: float  # the day on the axis
    y: float  # the marker's centre (its row)
    numbered: bool  # drawn as its number (the label is in the list under the chart)
    text_x: float = 0
    anchor: str = "start"

    @property
    def path(self) -> str:
        """The diamond marking the day, in its row."""
        return f"M{self.x} {self.y - 8} l8 8 l-8 8 l-8 -8 z"

    @property
    def text_y(self) -> float:
        return self.y + 4


@dataclass
class Band:
    era: object
    x: float
    width: float
    label: str  # cut to the band (the full name is in the legend under the chart and the tooltip)


@dataclass
class Layout:
    """The chart drawn for one width of column."""

    name: str
    width: int
    column: float
    columns: list[YearColumn]
    moments: list[PlacedMoment]
    bands: list[Band]
    rows: int

    @property
    def bars_top(self) -> float:
        return self.rows * ROW + 6

    @property
    def bars_height(self) -> float:
        return BARS_HEIGHT[self.name]

    @property
    def axis(self) -> float:
        return self.bars_top + self.bars_height

    @property
    def hit_height(self) -> float:
        """A year's link: its bars and its label."""
        return self.bars_height + 18

    @property
    def year_y(self) -> float:
        return self.axis + 14

    @property
    def band_y(self) -> float:
        return self.axis + 22

    @property
    def band_text_y(self) -> float:
        return self.band_y + 14

    @property
    def height(self) -> float:
        return self.band_y + BAND_HEIGHT + 4

    @property
    def bar_width(self) -> float:
        return min(24, round(self.column * 0.6, 1))

    @property
    def bar_x(self) -> float:
        """The bars' offset in their column: centred."""
        return round((self.column - self.bar_width) / 2, 1)

    @property
    def label_x(self) -> float:
        return round(self.column / 2, 1)


@dataclass
class Overview:
    wide: Layout
    narrow: Layout
    moments: list[Moment]
    counts: dict[int, dict[str, int]]
    entry_counts: dict[int, int]  # per year, the entries a listing shows (a visit's parts are inside it)
    types: list[tuple[str, str]]  # (code, label) of the types present, in the list's order

    @property
    def year_counts(self) -> dict[int, int]:
        """Events per year, the parts of occasions included (filters and counts see every event)."""
        return {year: sum(by_type.values()) for year, by_type in sorted(self.counts.items())}

    @property
    def layouts(self) -> list[Layout]:
        return [self.wide, self.narrow]

    @property
    def rows(self) -> list[tuple[int, list[tuple[str, int]], int]]:
        """(year, [(type label, count)…], total) of each year with events, for the text equivalent."""
        return [
            (year, [(label, by_type[code]) for code, label in self.types if by_type.get(code)], sum(by_type.values()))
            for year, by_type in sorted(self.counts.items())
        ]

    @property
    def numbered_in_wide(self) -> set[int]:
        return {placed.moment.number for placed in self.wide.moments if placed.numbered}


# --- the labels of key moments, composed from the event's fields -----------------------------------


def short_name(person) -> str:
    """How a head of state or government is named for short: a one-word alias ("Suga"), else the family
    name by the person's country's custom (the given name for a Vietnamese: "Thủ tướng Phúc")."""
    words = person.name.split()
    aliases = [alias.name for alias in person.aliases.all() if alias.name in words]
    if aliases:
        return min(aliases, key=len)
    if len(words) < 2:
        return person.name
    iso = person.country.iso if person.country_id else ""
    return words[0] if iso in FAMILY_NAME_FIRST else words[-1]


def committee_name(title: str) -> str:
    """The committee or dialogue a session's title names, without the countries: "Phiên họp thứ 12 Ủy
    ban Hợp tác Việt Nam-Nhật Bản" -> "Ủy ban Hợp tác"; "" when it names none."""
    lowered = title.lower()
    starts = [lowered.find(word.lower()) for word in COMMITTEE_WORDS if word.lower() in lowered]
    if not starts:
        return ""
    name = title[min(starts) :]
    cut = len(name)
    for entry in countries().values():
        for written in (entry["vi"], entry["en"]):
            at = name.find(written)
            if at > 0:
                cut = min(cut, at)
    for mark in (" - ", "–", ",", ";", "(", " lần ", " tại "):
        at = name.find(mark)
        if at > 0:
            cut = min(cut, at)
    return name[:cut].strip(" -–,.")


def _visitor(event):
    """The visiting head of state or government of a visit, or None."""
    visitor_iso = event.visitor.iso if event.visitor_id else (event.visit_route() or (None,))[0]
    heads = [p.person for p in event.participations.all() if is_head_office(p.role)]
    from_visitor = [person for person in heads if person.country_id and person.country.iso == visitor_iso]
    return (from_visitor or heads or [None])[0]


def moment_label(event, type_label: str, english: bool) -> str:
    """A key moment's short label in the reader's language, from the event's fields."""
    if event.establishes_relations:
        return "Diplomatic relations established" if english else "Thiết lập quan hệ ngoại giao"
    if event.type == "upgrade" and level(event.level):
        found = level(event.level)
        return found.en if english else found.vi
    if event.type == "committee_session":
        name = committee_name(event.title)
        english_name = COMMITTEES_EN.get(" ".join(fold(name).split()))
        if english:
            if event.ordinal:
                return f"{ordinal_en(event.ordinal)} {english_name or 'committee session'}"
            return english_name or type_label
        if event.ordinal:
            return f"{name} lần thứ {event.ordinal}" if name else f"Phiên họp thứ {event.ordinal}"
        return name or type_label
    if event.type == "visit":
        person = _visitor(event)
        host = event.host.iso if event.host_id else (event.visit_route() or (None, None))[1]
        if person is not None:
            name = short_name(person)
            if english:
                return f"{name} visit"
            return f"{name} thăm {country_name(host, False)}" if host else f"Chuyến thăm của {name}"
    return type_label


# --- the drawing -----------------------------------------------------------------------------------


def _x(day: date, first_year: int, column: float) -> float:
    """Where a day sits on the axis: its year's column, then its share of the year."""
    return PAD + (day.year - first_year + (day.timetuple().tm_yday - 0.5) / 366) * column


def _fit(pair: str, level: str, width: float) -> str:
    """The band's label cut to its width: "VN–JP · Comprehensive…", or only the pair when too little of
    the level would fit (the full label is in the legend under the chart and the tooltip)."""
    room = int(width / 6.6)  # characters that fit at the band's font size (bold, 10.5 units)
    label = f"{pair} · {level}"
    if len(label) <= room:
        return label
    if room >= len(pair) + 10:
        return label[: room - 1].rstrip() + "…"
    return pair if room >= len(pair) else ""


def _place_in_order(moments, xs, width: int, numbered_only: bool) -> tuple[list[PlacedMoment], int]:
    """Each moment in the first row where its label meets nothing, its marker no other marker or label,
    and its leader line (down to the bars) no label; when no row of MAX_ROWS has room (or on a narrow
    chart), its marker and number in the first row with room for it, the label then in the list under the
    chart (at most two rows more: a crowded stretch of years then puts numbers where they are fewest).
    Markers a few days apart stack in rows on one line. Returns the placements and the rows used."""
    most = MAX_ROWS + 2  # numbers take two more rows; past that, the chart stays low and numbers may touch
    drawn: list[list[tuple[str, float, float]]] = [[] for _ in range(most)]  # per row: (kind, left, right)

    def meets(row, left, right, kinds):
        return any(
            kind in kinds and not (right + 3 <= other_left or other_right + 3 <= left)
            for kind, other_left, other_right in drawn[row]
        )

    def fits(row, x, text, marker):
        return (
            not meets(row, *text, ("text", "marker", "leader"))
            and not meets(row, *marker, ("text", "marker"))
            and not any(meets(below, x - 1, x + 1, ("text",)) for below in range(row + 1, most))
        )

    placed = []
    for moment, x in zip(moments, xs, strict=True):
        marker = (x - TAG / 2, x + TAG / 2)
        for numbered in [True] if numbered_only else [False, True]:
            text_width = len(str(moment.number if numbered else moment.label)) * CHAR
            # The label on the right of its marker, or on its left (near the chart's right edge, or where
            # the right is taken).
            sides = [
                (side, text)
                for side, text in (
                    ("start", (x + TAG / 2 + 2, x + TAG / 2 + 2 + text_width)),
                    ("end", (x - TAG / 2 - 2 - text_width, x - TAG / 2 - 2)),
                )
                if text[0] >= 0 and text[1] <= width - 2
            ]
            found = next(
                (
                    (row, side, text)
                    for row in range(most if numbered else MAX_ROWS)
                    for side, text in sides
                    if fits(row, x, text, marker)
                ),
                None,
            )
            if found is None and not numbered:
                continue  # a label with no room: try it as a number
            if found is None:  # a crowded stretch of years: the least crowded row (the list says it all)
                row = min(range(most), key=lambda n: (len(drawn[n]), n))
                found = (row, "start", (x + TAG / 2 + 2, x + TAG / 2 + 2 + text_width))
            row, anchor, text = found
            drawn[row] += [("text", *text), ("marker", *marker)]
            for below in range(row + 1, most):
                drawn[below].append(("leader", x - 1, x + 1))
            text_x = text[0] if anchor == "start" else text[1]
            placed.append(PlacedMoment(moment, round(x, 1), row * ROW + 10, numbered, round(text_x, 1), anchor))
            break
    rows = max((int((p.y - 10) / ROW) + 1 for p in placed), default=1)
    return placed, rows


def _place(moments: list[Moment], xs: list[float], width: int, numbered_only: bool) -> tuple[list[PlacedMoment], int]:
    """The moments placed from the left and from the right (a label left of its marker leaves more room
    when its right-hand neighbour was placed first): the placement with fewer numbers, then fewer rows."""
    tries = [
        _place_in_order(moments, xs, width, numbered_only),
        _place_in_order(moments[::-1], xs[::-1], width, numbered_only),
    ]
    placed, rows = min(tries, key=lambda tried: (sum(p.numbered for p in tried[0]), tried[1]))
    return sorted(placed, key=lambda p: p.moment.number), rows


def _layout(name, width, counts, first, last, tallest, moments, eras, numbered_only) -> Layout:
    column = (width - 2 * PAD) / (last - first + 1)
    order = [t.code for t in EVENT_TYPES]
    placed, rows = _place(moments, [_x(m.day, first, column) for m in moments], width, numbered_only)
    layout = Layout(name, width, round(column, 2), [], placed, [], rows)
    labelled_at = None
    for year in range(first, last + 1):
        by_type = counts.get(year, {})
        x = PAD + (year - first) * column
        centre = x + column / 2
        last_centre = PAD + (last - first + 0.5) * column
        # The first and last years always, others when there is room between them (a condensed axis).
        labelled = year in (first, last) or (
            (labelled_at is None or centre - labelled_at >= YEAR_GAP) and last_centre - centre >= YEAR_GAP
        )
        if labelled:
            labelled_at = centre
        year_column = YearColumn(year, round(x, 2), sum(by_type.values()), by_type, labelled)
        y = layout.axis
        for code in order:
            if by_type.get(code):
                height = by_type[code] / tallest * layout.bars_height
                y -= height
                year_column.segments.append(Segment(code, round(y, 1), round(height, 1)))
        layout.columns.append(year_column)
    end_x = PAD + (last - first + 1) * column
    for era in eras:
        x = max(PAD, _x(era.start, first, column))
        end = end_x if era.end is None else _x(era.end, first, column)
        band_width = max(end - x, 4)
        # The pair by its codes ("VN–JP"), then the level: a band always says whose level it is.
        label = _fit("–".join(era.pair_codes), era.display_label, band_width)
        layout.bands.append(Band(era, round(x, 1), round(band_width, 1), label))
    return layout


def build_overview(events, eras, type_labels: dict, english: bool = False, inside=None) -> Overview | None:
    """The overview of `events` (a filtered queryset), with `eras`; None when there is nothing to draw.
    `inside` (occasions.shown_inside) tells which events a listing shows inside another's entry."""
    rows = events.annotate(year=ExtractYear("start")).order_by()
    fields = ["year", "type"]
    if inside is not None:
        rows, fields = rows.annotate(inside=inside), [*fields, "inside"]
    # DISTINCT only when a filter joined a multi-valued relation: counting distinct rows costs a sort.
    rows = list(rows.values(*fields).annotate(n=Count("pk", distinct=bool(events.query.distinct))))
    if not rows:
        return None
    counts: dict[int, dict[str, int]] = {}
    entry_counts: dict[int, int] = {}
    for row in rows:
        by_type = counts.setdefault(row["year"], {})
        by_type[row["type"]] = by_type.get(row["type"], 0) + row["n"]
        if not row.get("inside"):
            entry_counts[row["year"]] = entry_counts.get(row["year"], 0) + row["n"]
    # The years the events cover (and any later era): a ladder since 1973 is listed on the page, and drawn
    # here only from the first event's year on, so that a few years of events keep their width.
    first = min(counts)
    last = max([*counts, *(era.start.year for era in eras)])
    eras = [era for era in eras if era.end is None or era.end.year >= first]
    tallest = max(sum(by_type.values()) for by_type in counts.values())
    key = (
        events.key_moments()
        .order_by("start", "pk")
        .select_related("visitor", "host")
        .prefetch_related(
            "countries",
            Prefetch(
                "participations",
                queryset=Participation.objects.select_related("person__country")
                .prefetch_related("person__aliases")
                .order_by("pk"),
            ),
        )[:MAX_KEY_MOMENTS]
    )
    language = "en" if english else "vi"
    moments = [
        Moment(
            number,
            event.slug,
            moment_label(event, type_labels[event.type], english),
            format_span(event.start, event.end, event.precision, language),
            event.type,
            type_labels[event.type],
            event.display_title,
            event.start,
        )
        for number, event in enumerate(key, start=1)
    ]
    order = [t.code for t in EVENT_TYPES]
    present = {code for by_type in counts.values() for code in by_type}
    types = [(code, type_labels[code]) for code in order if code in present]
    drawn = (counts, first, last, tallest, moments, eras)
    return Overview(
        _layout("wide", WIDE, *drawn, numbered_only=False),
        _layout("narrow", NARROW, *drawn, numbered_only=True),
        moments,
        counts,
        entry_counts,
        types,
    )
