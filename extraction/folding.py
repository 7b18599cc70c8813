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
