"""A counterpart's office: "người đồng cấp Philippines" is the office of the one it is the counterpart of, in
its own country ("Bộ trưởng Quốc phòng Nhật Bản A hội đàm với người đồng cấp Philippines B": B is "Bộ trưởng
Quốc phòng Philippines"), never the words "người đồng cấp"."""

from __future__ import annotations

import re

from .reference import place_pattern, places

COUNTERPART = re.compile(r"^người đồng (?:cấp|nhiệm)\b\s*", re.IGNORECASE)


def without_country(title: str) -> str:
    """'Bộ trưởng Quốc phòng Nhật Bản' -> 'Bộ trưởng Quốc phòng': the office, whoever's it is."""
    countries = [m for m in place_pattern().finditer(title) if places()[m.group(1)].is_country]
    for match in reversed(countries):
        title = title[: match.start()] + title[match.end() :]
    return " ".join(title.split())


def name_counterparts_offices(mentions: list) -> None:
    """Each mention titled "người đồng cấp …" (in the order of the sentence) takes the office of the titled
    person named before it, with the country its own title gives, if any."""
    for i, mention in enumerate(mentions):
        counterpart = COUNTERPART.match(mention.title or "")
        if not counterpart:
            continue
        own = next((m for m in reversed(mentions[:i]) if m.title and not COUNTERPART.match(m.title)), None)
        office = without_country(own.title) if own is not None else ""
        if office:
            mention.title = f"{office} {mention.title[counterpart.end() :]}".strip()
