"""One person, several scripts: the Sino-Vietnamese and transliterated forms of foreign leaders' names
("Tập Cận Bình", "Vla-đi-mia Pu-tin") beside the form English readers use ("Xi Jinping", "Vladimir Putin"),
and the key under which two writings of one name meet (any script, either word order, with or without
marks and hyphens). The data is fixtures/reference/names.json, read once per process."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .built_once import built_once
from .folding import fold

NAMES_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "reference" / "names.json"


@dataclass(frozen=True)
class KnownName:
    en: str  # the form English readers use
    forms: tuple[str, ...]  # the forms the Vietnamese press writes
    country: str  # ISO code


def _words(name: str) -> list[str]:
    """'Lee Jae-myung' -> ['lee', 'jae', 'myung']: folded, hyphens and dots as spaces."""
    return re.sub(r"[^\w]+", " ", fold(name)).split()


@lru_cache(maxsize=8192)
def spelling_key(name: str) -> str:
    """Two writings of one name in one script meet here: marks, case, hyphens and word order ignored
    ('Ito Naoki' and 'Naoki Ito', 'Lee Jae-myung' and 'Lee Jae Myung')."""
    return " ".join(sorted(_words(name)))


def syllables_joined_key(name: str) -> str:
    """A transliteration's syllables written together or apart meet here: 'Na-ô-tô Can' and 'Naôtô Can'
    (the hyphens of a word dropped, not turned into spaces as spelling_key does)."""
    return " ".join(sorted(re.sub(r"[^\w]+", "", fold(word)) for word in name.split()))


@built_once
def known_names() -> dict[str, KnownName]:
    """spelling_key of every form (the English one included) -> the person's entry."""
    data = json.loads(NAMES_FILE.read_text(encoding="utf-8"))
    table: dict[str, KnownName] = {}
    for entry in data["persons"]:
        known = KnownName(entry["en"], tuple(entry["forms"]), entry["country"])
        for form in (known.en, *known.forms):
            table.setdefault(spelling_key(form), known)
    return table


@built_once
def _known_by_joined_syllables() -> dict[str, KnownName]:
    table: dict[str, KnownName] = {}
    for known in set(known_names().values()):
        for form in (known.en, *known.forms):
            table.setdefault(syllables_joined_key(form), known)
    return table


@lru_cache(maxsize=8192)
def known_name(name: str) -> KnownName | None:
    return known_names().get(spelling_key(name)) or _known_by_joined_syllables().get(syllables_joined_key(name))


# How close another romanisation of a known leader's name must be ("Thounglun Sisolith" for "Thongloun
# Sisoulith"): nearly the same letters, as many words, each with the same first letter.
NEAR_SPELLING = 0.85
NEAR_MIN_LETTERS = 10  # short names ("Wang Yi", "Wang Yang") are too close to each other to be told apart so
LATIN_ONLY = re.compile(r"[A-Za-z][A-Za-z .'-]*")


@lru_cache(maxsize=4096)
def near_known_name(name: str) -> KnownName | None:
    """The one leader of the reference whose English name `name` (in Latin letters, not itself a form the
    reference gives) misspells or romanises otherwise, or whose Vietnamese transliteration it spells otherwise
    ("Xéc-gây Láp-rốp" for "Xéc-gây La-vrốp"); None when none or several are that close."""
    if known_name(name):
        return None
    if LATIN_ONLY.fullmatch(name):
        words, table = _words(name), _english_by_initials()
    elif TRANSLITERATED.search(name):
        words, table = _joined_words(name), _forms_by_initials()
    else:
        return None
    if len(words) < 2 or len(" ".join(words)) < NEAR_MIN_LETTERS:
        return None
    written = " ".join(words)
    near = {
        known
        for known, spelled in table.get(tuple(w[0] for w in words), ())
        if difflib.SequenceMatcher(None, written, spelled).ratio() >= NEAR_SPELLING
    }
    return near.pop() if len(near) == 1 else None


# A Vietnamese transliteration: syllables joined by hyphens ("Xéc-gây", "Pu-tin").
TRANSLITERATED = re.compile(r"\w-\w")


def _joined_words(name: str) -> list[str]:
    """'Xéc-gây La-vrốp' -> ['xecgay', 'lavrop']: each word's syllables joined, folded."""
    return [joined for word in name.split() if (joined := re.sub(r"[^\w]+", "", fold(word)))]


@built_once
def _forms_by_initials() -> dict[tuple[str, ...], list[tuple[KnownName, str]]]:
    """The reference's transliterated forms by the first letters of their words."""
    table: dict[tuple[str, ...], list[tuple[KnownName, str]]] = {}
    for known in set(known_names().values()):
        for form in known.forms:
            if TRANSLITERATED.search(form):
                words = _joined_words(form)
                table.setdefault(tuple(w[0] for w in words), []).append((known, " ".join(words)))
    return table


@built_once
def _english_by_initials() -> dict[tuple[str, ...], list[tuple[KnownName, str]]]:
    """The reference's leaders by the first letters of their English name's words."""
    table: dict[tuple[str, ...], list[tuple[KnownName, str]]] = {}
    for known in set(known_names().values()):
        words = _words(known.en)
        table.setdefault(tuple(w[0] for w in words), []).append((known, " ".join(words)))
    return table


def english_name(name: str) -> str | None:
    """The name English readers use ('Tập Cận Bình' -> 'Xi Jinping'), or None when the reference does not
    know the person (a name already in Latin letters is then shown as it is)."""
    known = known_name(name)
    return known.en if known else None


def person_key(name: str) -> str:
    """The key two writings of one person share across scripts: the English form's spelling key for a
    person the reference knows, the name's own spelling key otherwise."""
    known = known_name(name)
    return spelling_key(known.en if known else name)


def same_person_name(a: str, b: str) -> bool:
    """'Tập Cận Bình' and 'Xi Jinping', 'Ito Naoki' and 'Naoki Ito': one person's name."""
    return bool(a and b) and person_key(a) == person_key(b)


def known_apart(a: str, b: str) -> bool:
    """The reference knows both names, as two persons ('Lý Cường' and 'Lý Khắc Cường')."""
    known_a, known_b = known_name(a), known_name(b)
    return known_a is not None and known_b is not None and known_a.en != known_b.en
