"""How an event reads on a page, in the reader's language: its dates, type, title, countries, route and place.
The facts these read are the model's fields (timeline.models.Event); this is display only."""

from extraction.event_types import event_type
from timeline.dates import format_span
from timeline.language import reading_english
from timeline.titles import composed_title_en
from timeline.vocabulary import country_name, home_country, place_country, place_en, places


class EventDisplay:
    """Mixed into Event: what templates, feeds and exports show of it."""

    def display_date(self, language: str | None = None) -> str:
        """The dates as a reader of the page's language writes them ('7–10/8/2024', '7–10 Aug 2024')."""
        english = language.startswith("en") if language else reading_english()
        text = format_span(self.start, self.end, self.precision, "en" if english else "vi")
        if self.year_unknown:
            # The year is a placeholder until a curator dates the article: the day and month only, said so.
            placeholder = str(self.start.year)
            text = text.removesuffix(f"/{placeholder}").removesuffix(f" {placeholder}")
            return f"{text} ({'year unknown' if english else 'năm chưa rõ'})"
        return text

    @property
    def icon(self) -> str:
        return event_type(self.type).icon

    def get_type_display(self) -> str:
        """The type's label, looked up directly: Django's own hashes every lazy label of the choices on each
        call, which cost a fifth of a long export."""
        return str(self.Type(self.type).label) if self.type in self.Type.values else self.type

    @property
    def display_title(self) -> str:
        """On English pages the curator's English title, else one composed in English; otherwise the article's."""
        if not reading_english():
            return self.title
        return self.title_en or composed_title_en(self)

    @property
    def country_names(self) -> str:
        """'Việt Nam – Nhật Bản' (or 'Viet Nam – Japan'): the countries the event concerns."""
        home = home_country()
        isos = sorted(self.shown_relationship, key=lambda iso: (iso != home, iso))  # the home country first
        return " – ".join(country_name(iso, reading_english()) for iso in isos)

    @property
    def route_names(self) -> str:
        """'Nhật Bản → Việt Nam': who went where, for a visit; '' when the sources do not say."""
        route = self.visit_route()
        return " → ".join(country_name(iso, reading_english()) for iso in route) if route else ""

    @property
    def place_en(self) -> str | None:
        return place_en(self.place) if self.place else None

    @property
    def display_place(self) -> str:
        """The place in the page's language; one the vocabulary does not know stays Vietnamese."""
        return (self.place_en or self.place) if reading_english() else self.place

    @property
    def place_is_vietnamese(self) -> bool:
        return bool(self.place) and reading_english() and self.place_en is None

    @property
    def place_adds_detail(self) -> bool:
        """False when the place only names a country the entry already names (the host of a visit)."""
        found = places().get(self.place)
        return bool(self.place) and not (
            found and found.is_country and place_country(self.place) in self.shown_relationship
        )

    @property
    def title_is_composed(self) -> bool:
        """On an English page without a curator's English title, the title shown is composed."""
        return reading_english() and not self.title_en
