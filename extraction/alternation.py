"""One regular expression for a long list of words: the country and place names, offices, the names
reference. Written as a trie ("Nhật(?: Bản)?" rather than "Nhật Bản|Nhật"), Python's engine follows one
branch per letter instead of trying every word at every position: the same matches, many times faster."""

from __future__ import annotations

import re
from collections.abc import Iterable


def any_of(words: Iterable[str]) -> str:
    """A pattern (no capturing group) matching any of `words`; where several match at one position, the
    longest first, as an alternation ordered longest first would."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(trie) or "(?!)"


def _branches(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A longer word first, then the word ending here: the order an alternation longest-first gives.
    return f"(?:{body})?" if ends else body
