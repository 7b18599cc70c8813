"""Numbers written in words, as dates, ordinals and lengths use them: "lần thứ mười hai", "hai ngày"."""

from __future__ import annotations

from .folding import fold

# A count as the text writes it, in digits or words: "7 cuộc", "sáu tháng".
COUNT = r"\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"
# Folded number words.
NUMBER_WORDS = {
    "mot": 1, "nhat": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6, "bay": 7,
    "tam": 8, "chin": 9, "muoi": 10,
}  # fmt: skip


def number_from_words(words: list[str]) -> int | None:
    """'muoi hai' -> 12, 'hai muoi mot' -> 21, 'sau' -> 6: the words that make a number, up to 99."""
    values = []
    for word in words:
        if word not in NUMBER_WORDS:
            break
        values.append(NUMBER_WORDS[word])
    if not values:
        return None
    if 10 in values:
        at = values.index(10)
        tens = values[at - 1] if at > 0 else 1
        ones = values[at + 1] if at + 1 < len(values) and values[at + 1] != 10 else 0
        return tens * 10 + ones
    return values[0]


def number_in(written: str) -> int | None:
    """'12' -> 12, 'mười hai' -> 12, 'Hai' -> 2."""
    return int(written) if written.isdigit() else number_from_words(fold(written).split())
