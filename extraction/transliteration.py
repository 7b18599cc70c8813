"""A transliterated name's original among the office holders the reference knows: "Tổng thống Argentina An-béc-tô
Phéc-nan-đết" is Alberto Fernández, the one President of Argentina in fixtures/reference/offices.json whose name
sounds alike (each word's first sound, then its consonants in order), so that his terms of office date a page
that never writes its year. Several holders alike, or none, and the name stays as written."""

from __future__ import annotations

import difflib
import json
import re
from functools import lru_cache

from .built_once import built_once
from .dating import OFFICES_FILE
from .folding import fold
from .names import TRANSLITERATED, known_name

# Letters written one way in Latin and another in a Vietnamese transliteration, as one sound: "ph" for "f", "gi" or
# "ch" for "j", "x" for "s", "đ" for "d", "c" for "k".
DIGRAPHS = (("ph", "f"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("gi", "j"), ("ch", "j"), ("sh", "s"), ("tr", "t"),
            ("ng", "n"), ("nh", "n"), ("qu", "k"), ("ck", "k"))  # fmt: skip
SOUNDS = {
    **dict.fromkeys("pbfv", "P"), **dict.fromkeys("td", "T"), **dict.fromkeys("kcgq", "K"),
    **dict.fromkeys("sxzj", "S"), **dict.fromkeys("nm", "N"), **dict.fromkeys("lr", "L"),
}  # fmt: skip
VOWEL = "V"  # a word that opens with a vowel (or "h", "w", "y", which transliterations drop)
# How alike the consonants of the two names must be, in order: "Phéc-nan-đết" for "Fernández" writes "r" as "c"
# and "z" as "t".
ALIKE = 0.6
# Letters Latin names do not use: "Mun Chê In" is a transliteration though it has no hyphen.
VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")


def _word_sounds(word: str) -> tuple[str, str]:
    letters = re.sub(r"[^a-z]", "", fold(word))
    for written, sound in DIGRAPHS:
        letters = letters.replace(written, sound)
    return SOUNDS.get(letters[:1], VOWEL), "".join(SOUNDS.get(letter, "") for letter in letters)


def sounds(name: str, *, latin: bool = False) -> tuple[tuple[str, ...], str]:
    """Each word's first sound and the name's consonants: a Latin name's hyphens part words ("Jae-in" is two
    syllables, written "Chê In"); a transliteration's join the syllables of one word ("Phéc-nan-đết")."""
    words = re.split(r"[\s-]+" if latin else r"\s+", name.strip())
    read = [_word_sounds(word) for word in words if word]
    return tuple(first for first, _ in read), "".join(consonants for _, consonants in read)


@built_once
def _holders() -> dict[tuple[str, str], tuple[tuple[str, tuple[tuple[str, ...], str]], ...]]:
    """(country, office) -> the holders' names, each with its sounds."""
    found: dict[tuple[str, str], set[str]] = {}
    for entry in json.loads(OFFICES_FILE.read_text(encoding="utf-8")):
        found.setdefault((entry["country"], entry["office"]), set()).add(entry["name"])
    return {key: tuple((name, sounds(name, latin=True)) for name in sorted(names)) for key, names in found.items()}


@lru_cache(maxsize=2048)
def holder_sounding_like(name: str, title: str, country: str | None) -> str | None:
    """The reference's one holder of the office `title` opens with, in `country`, whose name `name` (a Vietnamese
    transliteration the names reference does not know) sounds like; None otherwise."""
    transliterated = TRANSLITERATED.search(name) or VIETNAMESE_LETTERS.search(name)
    if not country or not title or known_name(name) or not transliterated:
        return None
    offices = [
        office for held_in, office in _holders() if held_in == country and title.lower().startswith(office.lower())
    ]
    if not offices:
        return None
    office = max(offices, key=len)  # "Thủ tướng Chính phủ" before "Thủ tướng"
    firsts, consonants = sounds(name)
    alike = [
        holder for holder, (their_firsts, theirs) in _holders()[(country, office)]
        if their_firsts == firsts and difflib.SequenceMatcher(None, consonants, theirs).ratio() >= ALIKE
    ]  # fmt: skip
    return alike[0] if len(alike) == 1 else None
