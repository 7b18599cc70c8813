"""Reference data the rules read: countries, their Vietnamese names and their cities.

The data lives in fixtures/reference/countries.json (plain JSON, so the
importer can also fill the Country table from it); it is read once per process.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .alternation import any_of
from .built_once import built_once

REFERENCE = Path(__file__).resolve().parents[1] / "fixtures" / "reference"
COUNTRIES_FILE = REFERENCE / "countries.json"
# The country whose diplomacy the timeline follows: the one whose relations the reference ladder lists (the
# site names it in settings.TIMELINE_HOME_COUNTRY; a system check keeps the two equal).
HOME_COUNTRY = json.loads((REFERENCE / "relations.json").read_text(encoding="utf-8"))["home"].upper()


@dataclass(frozen=True)
class Place:
    name: str  # as the timeline writes it: "Tokyo", "Nhật Bản"
    country: str  # ISO code
    is_country: bool


@built_once
def countries() -> dict[str, dict]:
    """ISO code -> reference entry: Vietnamese and English names, aliases, cities."""
    entries = json.loads(COUNTRIES_FILE.read_text(encoding="utf-8"))
    return {entry["iso"].upper(): entry for entry in entries}


@built_once
def places() -> dict[str, Place]:
    """Every country and city name (and variant) -> Place, keyed by the written form."""
    table: dict[str, Place] = {}
    for entry in countries().values():
        country = Place(entry["vi"], entry["iso"], True)
        for name in [entry["vi"], entry["en"], *entry.get("aliases", [])]:
            table.setdefault(name, country)
        for city in entry.get("cities", []):
            table.setdefault(city, Place(city, entry["iso"], False))
    return table


# "Nam Mỹ", "Mỹ Latinh", "châu Mỹ": a region of the Americas, not the United States ("Mỹ").
NOT_A_REGION_OF_AMERICA = r"(?:(?!Mỹ(?![\w-]))|(?<!Nam )(?<!Bắc )(?<!Trung )(?<!châu )(?<!Châu )(?!Mỹ\s+La))"


@built_once
def place_pattern() -> re.Pattern:
    """Any known place name as a whole word, longest first ("Nhật Bản" before "Nhật")."""
    names = any_of(n for n in places() if len(n) > 1)
    return re.compile(rf"(?<![\w-]){NOT_A_REGION_OF_AMERICA}({names})(?![\w-])")


# Regions the places reference does not hold, whose words also read as names ("các nhà lãnh đạo Nam Mỹ").
REGION_NAMES = re.compile(
    r"(?<![\w-])(?:Nam Mỹ|Bắc Mỹ|Trung Mỹ|Mỹ Latinh|Đông Âu|Tây Âu|Bắc Âu|Nam Âu|Trung Âu|Đông Nam Á|Nam Á|Trung Á"
    r"|Tây Á|Đông Á|Bắc Phi|Tây Phi|Đông Phi|Trung Đông)(?![\w-])"
)


def within_a_place_name(text: str, start: int, end: int) -> bool:
    """The words at start..end are part of a longer name of a place or region: "Nam" of "Việt Nam", "Nam Mỹ",
    "South Wales" of "New South Wales"."""
    window = max(0, start - 30)
    for pattern in (place_pattern(), REGION_NAMES):
        for match in pattern.finditer(text, window, min(len(text), end + 20)):
            if match.start() <= start and end <= match.end() and match.end() - match.start() > end - start:
                return True
    return False


def places_in(text: str) -> list[Place]:
    """Every known place named in `text`, in order."""
    return [places()[m.group(1)] for m in place_pattern().finditer(text)]


def country_names() -> list[str]:
    return [name for name, place in places().items() if place.is_country]


def iso_of(name: str) -> str | None:
    place = places().get(name)
    return place.country if place else None
