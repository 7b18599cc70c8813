"""The levels of a relationship between two countries: the one vocabulary the pipeline, the models, the
eras and the titles read from (a level is a code in every layer; its names are written here once)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .folding import fold


@dataclass(frozen=True)
class Level:
    code: str
    vi: str  # as Vietnamese texts name it (the catalogue's source language)
    en: str
    rank: int  # higher is closer: an upgrade goes up the ranks
    written: tuple[str, ...] = ()  # folded ways texts write it, beside the name itself


LEVELS = (
    Level("diplomatic_relations", "Quan hệ ngoại giao", "Diplomatic relations", 0),
    Level("comprehensive_partnership", "Đối tác toàn diện", "Comprehensive Partnership", 10),
    Level("strategic_partnership", "Đối tác chiến lược", "Strategic Partnership", 20),
    Level("strategic_cooperative_partnership", "Đối tác hợp tác chiến lược", "Strategic Cooperative Partnership", 22),
    Level(
        "extensive_strategic_partnership",
        "Đối tác chiến lược sâu rộng",
        "Extensive Strategic Partnership",
        25,
        ("doi tac chien luoc sau rong vi hoa binh va thinh vuong",),
    ),
    Level(
        "comprehensive_strategic_partnership", "Đối tác chiến lược toàn diện", "Comprehensive Strategic Partnership", 30
    ),
    Level(
        "comprehensive_strategic_cooperative_partnership",
        "Đối tác hợp tác chiến lược toàn diện",
        "Comprehensive Strategic Cooperative Partnership",
        35,
    ),
    Level("special_relationship", "Quan hệ đặc biệt", "Special relationship", 40, ("quan he dac biet",)),
)
BY_CODE = {level.code: level for level in LEVELS}
# The step that starts every relationship's ladder, named as a step (the level it opens is "diplomatic_relations").
ESTABLISHMENT_VI = "Thiết lập quan hệ ngoại giao"
ESTABLISHMENT_EN = "Establishment of diplomatic relations"
_ESTABLISH = re.compile(r"\bthiet lap quan he\b")


def level(code: str) -> Level | None:
    return BY_CODE.get(code)


def _patterns() -> list[tuple[re.Pattern, Level]]:
    pairs = []
    for entry in LEVELS:
        for written in (fold(entry.vi), *entry.written):
            pairs.append((re.compile(rf"(?<!\w){re.escape(written)}(?!\w)"), entry))
    return sorted(pairs, key=lambda pair: -len(pair[0].pattern))


_LEVEL_PATTERNS = _patterns()


def find_level(text: str) -> str:
    """The code of the closest partnership level `text` names ("… lên Đối tác chiến lược toàn diện" ->
    "comprehensive_strategic_partnership"), or "" when it names none. The longest name wins: "đối tác
    chiến lược toàn diện" is not "đối tác chiến lược"."""
    folded = fold(text)
    best = None
    for pattern, entry in _LEVEL_PATTERNS:
        found = pattern.search(folded)
        if found and entry.code != "diplomatic_relations" and (best is None or entry.rank > best.rank):
            best = entry
    return best.code if best else ""


def names_establishment(text: str) -> bool:
    """The text tells the establishment of relations ("thiết lập quan hệ ngoại giao")."""
    return bool(_ESTABLISH.search(fold(text)))
