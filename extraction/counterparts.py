"""A counterpart's office: "người đồng cấp Philippines" is the office of the one it is the counterpart of, in
its own country ("Bộ trưởng Quốc phòng Nhật Bản A hội đàm với người đồng cấp Philippines B": B is "Bộ trưởng
Quốc phòng Philippines"), never the words "người đồng cấp"."""

from __future__ import annotations

import re

from .reference import place_pattern, places

COUNTERPART = re.compile(r"^người đồng (?:cấp|nhiệm)\b\s*", re.IGNORECASE)
# "chuyến thăm của người tiền nhiệm Scott Morrison": the one before (or after) in the same office of the same
# country.
SUCCESSION = re.compile(r"^người (?:tiền|kế) nhiệm\b\s*", re.IGNORECASE)


def without_country(title: str) -> str:
    """'Bộ trưởng Quốc phòng Nhật Bản' -> 'Bộ trưởng Quốc phòng': the office, whoever's it is."""
    countries = [m for m in place_pattern().finditer(title) if places()[m.group(1)].is_country]
    for match in reversed(countries):
        title = title[: match.start()] + title[match.end() :]
    return " ".join(title.split())


def name_counterparts_offices(mentions: list) -> None:
    """Each mention of a sentence titled "người đồng cấp …" (in the order of the sentence) takes the office of the
    titled person named before it, with the country its own title gives, if any."""
    for i, mention in enumerate(mentions):
        counterpart = COUNTERPART.match(mention.title or "")
        own = _titled_before(mentions, i) if counterpart else None
        if own is not None and (office := without_country(own.title)):
            mention.title = f"{office} {mention.title[counterpart.end() :]}".strip()


def name_successors_offices(mentions: list) -> None:
    """Each mention of an article titled "người tiền nhiệm" takes the office, country and all, of the titled person
    named before it, in this sentence or an earlier one."""
    for i, mention in enumerate(mentions):
        own = _titled_before(mentions, i) if SUCCESSION.match(mention.title or "") else None
        if own is not None:
            mention.title, mention.country = own.title, own.country


def _titled_before(mentions: list, i: int):
    return next((m for m in reversed(mentions[:i]) if m.title and not _relative(m.title)), None)


def _relative(title: str) -> bool:
    """The title names an office by whom it relates to, not by itself."""
    return bool(COUNTERPART.match(title) or SUCCESSION.match(title))
