"""Accent- and case-insensitive forms of Vietnamese text.

Readers search without diacritics ("bui thanh son"), and SQLite's LIKE folds
ASCII only, so the site stores and compares folded text. NFD strips the
combining marks but leaves "đ", which has no decomposition: it is mapped by hand.
"""

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def fold(text: str) -> str:
    """'Bùi Thanh Sơn' -> 'bui thanh son'; 'ĐẠI SỨ' -> 'dai su'."""
    decomposed = unicodedata.normalize("NFD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return _SPACES.sub(" ", stripped).strip().casefold()


SEARCH_TEXT_SEPARATOR = " | "


def search_text(*parts: str) -> str:
    """The folded words a reader may search by, each part once, in a stored text that `q` scans.

    Parts may themselves be search texts (an event's, extended by a new telling): their pieces are
    kept once each."""
    pieces = (piece for part in parts for piece in fold(part).split(SEARCH_TEXT_SEPARATOR.strip()))
    return SEARCH_TEXT_SEPARATOR.join(dict.fromkeys(p.strip() for p in pieces if p.strip()))
