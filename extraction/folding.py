"""Accent- and case-insensitive forms of Vietnamese text.

Readers search without diacritics ("bui thanh son"), and SQLite's LIKE folds
ASCII only, so the site stores and compares folded text. NFD strips the
combining marks but leaves "đ", which has no decomposition: it is mapped by hand.
"""

import re
import unicodedata
from functools import lru_cache

# Character classes for Vietnamese letters (Python's re has no \p{Lu}).
UPPER = "".join(chr(c) for c in range(0x41, 0x1EFF + 1) if chr(c).isalpha() and chr(c).isupper())
LOWER = "".join(chr(c) for c in range(0x61, 0x1EFF + 1) if chr(c).isalpha() and chr(c).islower())
UPPER_LETTER, LOWER_LETTER = f"[{re.escape(UPPER)}]", f"[{re.escape(LOWER)}]"

_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


# The combining marks NFD leaves on Latin letters (all of U+0300–U+036F but the grapheme joiner U+034F,
# which is no mark), removed by one regular expression: a test per character in Python cost far more.
_LATIN_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")
_BEYOND_LATIN_MARKS = re.compile("[^\x00-\u036f]")


def fold(text: str) -> str:
    """'Bùi Thanh Sơn' -> 'bui thanh son'; 'ĐẠI SỨ' -> 'dai su'."""
    # Names and titles come back many times in an import: folded once each (long texts are not kept).
    return _fold_short(text) if text and len(text) <= SHORT else _fold(text)


SHORT = 120


@lru_cache(maxsize=16384)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    stripped = _LATIN_MARKS.sub("", unicodedata.normalize("NFD", text or ""))
    if any(unicodedata.combining(ch) for ch in set(_BEYOND_LATIN_MARKS.findall(stripped))):
        stripped = "".join(ch for ch in stripped if not unicodedata.combining(ch))  # marks of other scripts
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return _SPACES.sub(" ", stripped).strip().casefold()


SEARCH_TEXT_SEPARATOR = " | "


def search_text(*parts: str) -> str:
    """The folded words a reader may search by, each part once, in a stored text that `q` scans.

    Parts may themselves be search texts (an event's, extended by a new telling): their pieces are
    kept once each."""
    pieces = (piece for part in parts for piece in fold(part).split(SEARCH_TEXT_SEPARATOR.strip()))
    return SEARCH_TEXT_SEPARATOR.join(dict.fromkeys(p.strip() for p in pieces if p.strip()))
