"""'Tháng 11 cùng năm', 'Cũng trong năm đó': dates of the year last written before, not of the article's."""

from __future__ import annotations

import re

from .dates import find_dates
from .records import YearGuess

THAT_YEAR = re.compile(r"\b(?:cùng năm|năm (?:đó|ấy))\b(?!\s*\d)", re.IGNORECASE)
THAT_YEAR_LOOKBACK = 2  # sentences: further back, "năm đó" is no longer read against one year


def that_year(sentences: list[str], index: int, year: YearGuess | None, published) -> YearGuess | None:
    """The year of the index-th sentence's year-less dates when it says "cùng năm", "năm đó": the last year written
    in full before those words (in the sentence, then in the sentences before it); None when it does not say so or
    no year is written."""
    sentence = sentences[index]
    said = THAT_YEAR.search(sentence)
    if not said:
        return None
    before = [sentence[: said.start()], *reversed(sentences[max(0, index - THAT_YEAR_LOOKBACK) : index])]
    for text in before:
        written = [d for d in find_dates(text, year, published) if not d.year_inferred and d.start.year == d.end.year]
        if written:
            return YearGuess(written[-1].start.year, said.group(0), 1.0, year.basis if year else None)
    return None
