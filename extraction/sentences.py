"""Sentences of the cleaned body: underthesea's splitter, paragraph by paragraph, with fixes."""

from __future__ import annotations

import re

from .built_once import built_once
from .folding import UPPER_LETTER

# A split right after an initial ("S. Jaishankar", "Ô. Sôn-xơ") or a short abbreviation ("TP.", "Ths.") is wrong; not
# after the one-letter words that end a sentence ("… ở châu Á.", "… tại Ý.").
ABBREVIATION_END = re.compile(rf"(?:^|\s)(?:(?![ÁÝ]){UPPER_LETTER}|TP|Tp|Ths|TS|PGS|GS|ThS|St|Mr|Mrs|Ms|Dr)\.$")
# The splitter never ends a sentence at a name's "Jr.": "… của Tổng thống Marcos Jr. Đi cùng ông có …" is two.
SUFFIX_ENDS = re.compile(rf"(?<=\s(?:Jr|Sr)\.)\s+(?={UPPER_LETTER})")
# An initial glued to the next ("S.M.Krishna", "Đ.Gô-mét") is no sentence end: its dot is kept from the
# splitter as a one-dot leader and given back after.
GLUED_INITIAL = re.compile(rf"(?<![\w.])({UPPER_LETTER})\.(?={UPPER_LETTER})")
KEPT_DOT = "\u2024"


@built_once
def _tokenizer():
    from underthesea import sent_tokenize  # loaded once per process

    return sent_tokenize


def split_sentences(paragraphs: list[str]) -> list[str]:
    """One list of sentences for the article, in reading order."""
    tokenize = _tokenizer()
    sentences: list[str] = []
    for paragraph in paragraphs:
        kept = GLUED_INITIAL.sub(rf"\1{KEPT_DOT}", paragraph)
        pieces = [p.replace(KEPT_DOT, ".") for p in tokenize(kept)] if len(paragraph) > 1 else [paragraph]
        pieces = [part for piece in pieces for part in SUFFIX_ENDS.split(piece)]
        merged: list[str] = []
        for piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            if merged and ABBREVIATION_END.search(merged[-1]):
                merged[-1] = f"{merged[-1]} {piece}"
            else:
                merged.append(piece)
        sentences += merged
    return sentences
