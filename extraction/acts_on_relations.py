"""What an upgrade's cue does to a pair's relations: establishes them, normalizes them or raises them to a
partnership. Three events, never one another's mention, though all three are of the type "upgrade"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cues import Cue

# "Quan hệ Việt Nam - Chile được thiết lập ngày …": the relations established, told in the passive (not a
# partnership's: "Quan hệ Đối tác chiến lược được thiết lập năm 2015" is an upgrade).
RELATIONS_ESTABLISHED = (
    r"quan hệ(?: ngoại giao)?(?: hai nước| (?![Đđ]ối tác)[A-ZĐ][^,.;]{2,40}?)?,? (?:đã )?được thiết lập"
)
ESTABLISHED = re.compile(rf"thiết lập quan hệ ngoại giao|{RELATIONS_ESTABLISHED}", re.IGNORECASE)
# Relations restored after a rupture or an embargo: neither established then nor raised to a partnership.
NORMALIZED_RELATIONS = r"bình thường h(?:óa|oá) quan hệ"
NORMALIZED = re.compile(NORMALIZED_RELATIONS, re.IGNORECASE)


def is_establishment(cue: Cue) -> bool:
    """The cue is the establishment of diplomatic relations itself, not of a partnership."""
    return cue.type == "upgrade" and bool(ESTABLISHED.fullmatch(cue.text))


def act_on_relations(cue: Cue) -> str:
    """What an upgrade's cue does to relations: "established", "normalized" or "raised"."""
    if is_establishment(cue):
        return "established"
    return "normalized" if NORMALIZED.fullmatch(cue.text) else "raised"
