"""A sentence's mentions of persons: one per person, but one named again as the subject of a clause of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import has_cue_words
from .folding import fold

if TYPE_CHECKING:
    from .persons import PersonMention


def _clause_after(sentence: str, mention: PersonMention) -> str:
    ends = [i for i in (sentence.find(",", mention.end), sentence.find(";", mention.end)) if i >= 0]
    return sentence[mention.end : min(ends, default=len(sentence))]


def once_each(sentence: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """One mention per person: "Thủ tướng Suga ... Thủ tướng Suga" counts once in a sentence; but one named again
    after an event told, as the subject of the next ("A hội đàm với ông B …, cùng ngày ông B hội kiến C"), is named
    there too."""
    last: dict[str, PersonMention] = {}
    kept = []
    for mention in mentions:
        before = last.get(fold(mention.name))
        between = sentence[before.end : mention.offset] if before else ""
        next_clause = "," in between or ";" in between
        if (
            before is None
            or has_cue_words(between)
            or (next_clause and has_cue_words(_clause_after(sentence, mention)))
        ):
            kept.append(mention)
            last[fold(mention.name)] = mention
    return kept
