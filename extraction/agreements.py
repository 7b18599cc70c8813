"""Named agreements and partnership frameworks: "Hiệp định CPTPP", "Đối tác chiến lược toàn diện …"."""

from __future__ import annotations

import re

from .alternation import any_of
from .built_once import built_once
from .dates import find_dates
from .folding import fold
from .records import Agreement, YearGuess
from .reference import country_names

# A framework's name ends before the date that follows it ("… toàn diện vào tháng 12/2022", "… năm 2016").
WHEN_FOLLOWS = r"\s+(?:vào|hồi|kể từ|cách đây)\b|\s+(?:năm|tháng|ngày)\s+\d"
STOP = (
    r"(?=\s+(?:giữa|với|nhằm|nhân|đã|được|sau|trong|từ|cụ thể|đưa|góp|Việt Nam-|Việt Nam -)\b"
    rf"|{WHEN_FOLLOWS}|[,.;:()“”\"?!]|\s+-\s|$)"
)


@built_once
def framework_pattern() -> re.Pattern:
    """ "Đối tác chiến lược toàn diện vì hòa bình và thịnh vượng tại châu Á và trên thế giới": the name ends
    before the pair of countries it is told of ("… toàn diện Việt Nam - Ấn Độ")."""
    countries = any_of(country_names())
    pair = rf"\s+(?:{countries})\s*[-–]\s*(?:{countries})(?![\w])"
    return re.compile(
        rf"(?<![\w])(?:[Qq]uan hệ\s+)?(?P<name>Đối tác\s+(?:chiến lược|toàn diện|hợp tác|tin cậy)"
        rf"[^,.;:()“”\"?!]*?)(?:(?={pair})|{STOP})"
    )


QUOTED_FRAMEWORK = re.compile(r"[“\"](?P<name>[^”\"]{6,120}?)[”\"]\s*(?:\((?P<year>(?:19|20)\d\d)\))?")
# An instrument's name runs on through "giữa … và …" ("Thỏa thuận hợp tác giữa Quốc hội … và Thượng viện …").
INSTRUMENT_STOP = r"(?=\s+(?:nhằm|nhân|đã|được|sau|trong|từ|có hiệu lực)\b|[,.;:()“”\"?!]|\s+-\s|$)"
INSTRUMENT = re.compile(
    r"(?<![\w])(?P<name>(?:Hiệp định|Thỏa thuận|Thoả thuận|Hiệp ước|Công ước|Bản ghi nhớ|Nghị định thư|Tuyên bố chung"
    r"|Chương trình hợp tác)"
    rf"(?:\s+[^,.;:()“”\"?!]{{2,110}}?)?){INSTRUMENT_STOP}"
)
ACRONYM = re.compile(
    r"(?<![\w])(CPTPP|RCEP|EVFTA|EVIPA|VJEPA|AJCEP|VKFTA|AANZFTA|UNCLOS|FTA|IPEF|ASEAN Charter)(?![\w])"
)
TRADE = re.compile(r"thương mại|FTA|CPTPP|RCEP|EPA|kinh tế", re.IGNORECASE)


def is_instrument(name: str) -> bool:
    """A document signed or issued ("Tuyên bố chung về nâng cấp quan hệ lên Đối tác …"), not the framework
    of relations it may name."""
    return INSTRUMENT.match(name) is not None


def _kind(name: str) -> str:
    if not is_instrument(name) and (
        name.startswith(("Đối tác", "Quan hệ đối tác", "Hướng tới")) or "đối tác" in name.lower()
    ):
        return "partnership"
    if TRADE.search(name):
        return "trade_agreement"
    if name.startswith(("Bản ghi nhớ",)) or "MoU" in name:
        return "mou"
    if name.startswith(("Công ước", "Hiệp ước", "Nghị định thư")):
        return "treaty"
    if "vay" in name.lower():
        return "loan"
    return "other"


def _tidy(name: str) -> str:
    name = " ".join(name.split()).strip(" -–")
    # Both tone placements occur ("hoà"/"hòa"); the modern one is kept.
    for old, new in (("hoà", "hòa"), ("Hoà", "Hòa"), ("thoả", "thỏa"), ("Thoả", "Thỏa"), ("uỷ", "ủy"), ("Uỷ", "Ủy")):
        name = name.replace(old, new)
    return name


def find_agreements(sentence: str, year: YearGuess | None = None) -> list[Agreement]:
    found: dict[str, Agreement] = {}

    def add(name: str, short: str = "", year_text: str | None = None):
        name = _tidy(name)
        if len(name) < 3:
            return
        date = None
        if year_text:
            spans = find_dates(f"năm {year_text}", year)
            date = spans[0] if spans else None
        found.setdefault(fold(name), Agreement(name=name, short_name=short, kind=_kind(name), date=date))

    for match in QUOTED_FRAMEWORK.finditer(sentence):
        if re.search(r"đối tác|quan hệ|hiệp định", match.group("name"), re.IGNORECASE):
            add(match.group("name"), year_text=match.group("year"))
    quoted = {fold(a.name) for a in found.values()}
    for match in framework_pattern().finditer(sentence):
        name = _tidy(match.group("name"))
        if not any(fold(name) in q for q in quoted):
            add(name)
    for match in ACRONYM.finditer(sentence):
        add(match.group(1), short=match.group(1))
    for match in INSTRUMENT.finditer(sentence):
        name = match.group("name")
        acronym = ACRONYM.search(name)
        if acronym:
            continue  # "Hiệp định CPTPP" is the agreement "CPTPP"
        year_match = re.search(r"năm ((?:19|20)\d\d)$", name)
        add(name, year_text=year_match.group(1) if year_match else None)
    return list(found.values())
