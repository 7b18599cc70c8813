"""The small vocabularies the public pages read: offices (which are head of state or government, what
they are in English, which are the same office) and place names in English (relationship levels: extraction/levels.py).

Everything here is a rule written once: the key-moment rule, the office merge on person pages and the
English pages all read these tables. A phrase the tables do not know stays Vietnamese (and the page
marks it lang="vi") rather than being guessed.
"""

import re

from django.conf import settings

from extraction.folding import fold
from extraction.persons import HEAD_OFFICES_WRITTEN
from extraction.reference import countries, places
from timeline.ladder import country_name as ladder_country_name  # countries only the ladder lists

# Offices that make a visit a state or official visit at the highest level, as the articles write them.
# ("Phó Thủ tướng", "nguyên Thủ tướng" do not start with one: a deputy's or a former leader's visit is not.)
HEAD_OFFICES = tuple(dict.fromkeys(fold(office) for office in HEAD_OFFICES_WRITTEN))

# Offices in English, longest first when matched (folded Vietnamese -> English).
OFFICES_EN = {
    "chu tich nuoc": "President",
    "chu tich quoc hoi": "Chairman of the National Assembly",
    "chu tich ha vien": "Speaker of the House of Representatives",
    "chu tich thuong vien": "President of the House of Councillors",
    "chu tich": "Chairman",
    "tong bi thu": "General Secretary",
    "thu tuong chinh phu": "Prime Minister",
    "thu tuong": "Prime Minister",
    "pho thu tuong": "Deputy Prime Minister",
    "tong thong": "President",
    "nha vua": "Emperor",
    "hoang hau": "Empress",
    "quoc vuong": "King",
    "bo truong bo ngoai giao": "Minister of Foreign Affairs",
    "bo truong ngoai giao": "Minister of Foreign Affairs",
    "bo truong": "Minister",
    "thu truong thuong truc bo ngoai giao": "Permanent Deputy Minister of Foreign Affairs",
    "thu truong bo ngoai giao": "Deputy Minister of Foreign Affairs",
    "thu truong ngoai giao": "Deputy Minister of Foreign Affairs",
    "thu truong": "Deputy Minister",
    "dai su dac menh toan quyen": "Ambassador Extraordinary and Plenipotentiary",
    "dai su": "Ambassador",
    "thong doc": "Governor",
    "nguoi dong cap": "counterpart",
}
QUALIFIERS_EN = {"nguyen": "former", "co": "the late"}

# The head of an English title composed for an event, per type (extraction.event_types has the
# Vietnamese heads); a type missing here uses its translated label.
TITLE_HEADS_EN = {
    "visit": "Visit",
    "talks": "Talks",
    "meeting": "Meeting",
    "call": "Phone call",
    "conference": "Conference",
    "committee_session": "Committee session",
    "signing": "Signing",
    "upgrade": "Upgrade of relations",
    "anniversary": "Anniversary",
    "message": "Message",
    "other": "Event",
}

# Cities whose English name differs from the Vietnamese one (others, like Tokyo or Paris, are the same).
CITIES_EN = {
    "Hà Nội": "Hanoi",
    "Thành phố Hồ Chí Minh": "Ho Chi Minh City",
    "TP. Hồ Chí Minh": "Ho Chi Minh City",
    "TP.HCM": "Ho Chi Minh City",
    "Đà Nẵng": "Da Nang",
    "Hải Phòng": "Hai Phong",
    "Cần Thơ": "Can Tho",
    "Hạ Long": "Ha Long",
    "Đà Lạt": "Da Lat",
    "Bắc Kinh": "Beijing",
    "Thượng Hải": "Shanghai",
    "Quảng Châu": "Guangzhou",
    "Thâm Quyến": "Shenzhen",
    "Hồng Kông": "Hong Kong",
    "Tô-ki-ô": "Tokyo",
    "Ô-xa-ca": "Osaka",
}


def _words(folded: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", folded).split())


def is_head_office(role: str) -> bool:
    """True for a head of state or government in office ('Thủ tướng Nhật Bản', not 'nguyên Thủ tướng')."""
    return _words(fold(role)).startswith(HEAD_OFFICES)


def country_name(iso: str, english: bool) -> str:
    entry = countries().get((iso or "").upper())
    if not entry:
        return ladder_country_name(iso, english) or iso or ""
    return entry["en"] if english else entry["vi"]


def _country_suffix_en(rest: str) -> str | None:
    """'Nhật Bản' -> 'of Japan', 'Việt Nam tại Nhật Bản' -> 'of Viet Nam to Japan'; None when unknown."""
    if not rest:
        return ""
    parts = [part.strip() for part in re.split(r"\btại\b", rest)]
    english = []
    for part in parts:
        place = places().get(part)
        if place is None or not place.is_country:
            return None
        english.append(country_name(place.country, True))
    return "of " + " to ".join(english)


def office_en(role: str) -> str | None:
    """The office in English ('Bộ trưởng Ngoại giao Nhật Bản' -> 'Minister of Foreign Affairs of Japan'),
    or None when the vocabulary does not know it."""
    words = role.split()
    qualifier = ""
    if words and fold(words[0]) in QUALIFIERS_EN and len(words) > 1:
        qualifier, words = QUALIFIERS_EN[fold(words[0])] + " ", words[1:]
    # The longest known office at the start, then a country (or "country tại country") after it.
    for n in range(len(words), 0, -1):
        english = OFFICES_EN.get(_words(fold(" ".join(words[:n]))))
        if english:
            suffix = _country_suffix_en(" ".join(words[n:]))
            if suffix is None:
                return None
            return (qualifier + english + (" " + suffix if suffix else "")).strip()
    return None


def ordinal_en(n: int) -> str:
    """12 -> '12th', 21 -> '21st', 13 -> '13th'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def same_office_key(title: str) -> str:
    """Folded words of an office, for merging 'Bộ trưởng' into 'Bộ trưởng Ngoại giao'."""
    return _words(fold(title))


def place_en(place: str) -> str | None:
    """A place in English: a country from the reference data, a city from CITIES_EN or a name already
    written in Latin letters without Vietnamese marks; None otherwise."""
    if place in CITIES_EN:
        return CITIES_EN[place]
    found = places().get(place)
    if found and found.is_country:
        return country_name(found.country, True)
    if place.isascii():
        return place
    return None


def place_country(place: str) -> str | None:
    """The ISO code of the country a place is in (the country itself for a country's name)."""
    found = places().get(place)
    return found.country if found else None


def home_country() -> str:
    """The country whose press the articles come from (settings.TIMELINE_HOME_COUNTRY); its own events often
    leave it unnamed."""
    return settings.TIMELINE_HOME_COUNTRY
