"""A sentence whose subject is a pronoun ("Ông hội đàm với …", "Tại đây, bà gặp …") names its actor only by
reference: the pronoun stands for the person the sentence before made its subject (the first it names)."""

from __future__ import annotations

import re
from dataclasses import replace

from .cleaning import LOWER_LETTER

# The pronoun as the subject: at the sentence's start or after opening phrases ("Tại đây, ông …", "Sang thứ Tư
# (13/12), ông …"), followed by a verb or an adverb in lower case, never by a name ("ông Suga" is a name) nor by
# "bà con" (folk).
SUBJECT = re.compile(
    r"^(?:(?:[^,.;:()\"“”]|\([^()]{1,20}\)){1,60},\s+){0,2}"
    r"(?P<pronoun>[Ôô]ng|[Bb]à|[Nn]gười này|[Nn]hà lãnh đạo này)\s+"
    rf"(?!con\b|ông\b|bà\b)(?={LOWER_LETTER})"
)
# How many sentences back the subject it stands for may be: further, a reader no longer knows.
LOOK_BACK = 2


def pronoun_subject(sentence: str) -> tuple[int, int] | None:
    """Where the subject pronoun of `sentence` stands (start, end), if its subject is one."""
    match = SUBJECT.match(sentence)
    return match.span("pronoun") if match else None


def referent_index(named: list[list], index: int) -> int | None:
    """The sentence before `index` (at most LOOK_BACK back) whose first named person the pronoun stands for."""
    for before in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
        if named[before]:
            return before
    return None


def add_pronoun_subjects(
    sentences: list[str], by_sentence: list[list], office_subject: re.Pattern | None = None
) -> None:
    """ "Ông hội đàm với …": the subject of the sentence before, named where the pronoun stands (each sentence's
    person mentions, in `by_sentence`, get it first). After a sentence whose subject is an office named without its
    holder (`office_subject`: "Giáo hoàng sẽ rời Jakarta …"), the pronoun is that one, whom no name tells."""
    for index, sentence in enumerate(sentences):
        span = pronoun_subject(sentence)
        before = referent_index(by_sentence, index) if span else None
        if before is None or (by_sentence[index] and by_sentence[index][0].offset < span[0]):
            continue
        if before < index - 1 and office_subject is not None and office_subject.match(sentences[index - 1]):
            continue
        subject = _subject_of(sentences[before], by_sentence[before])
        if all(m.name != subject.name for m in by_sentence[index]):
            stands = replace(subject, offset=span[0], end=span[1], alias="", short_form=False)
            by_sentence[index].insert(0, stands)


# An adverbial phrase that opens a sentence ("Một ngày trước cuộc gặp với ông X, ông Y …"): who it names is not
# the sentence's subject.
OPENING_PHRASE = re.compile(
    r"^\W*(?:Một ngày|Hai ngày|Trước|Sau|Tại|Trong|Bên lề|Nhân|Ngoài)\b[^,.;:]{0,80},\s*", re.IGNORECASE
)


def _subject_of(sentence: str, named: list):
    """The sentence's subject: the first person it names after an opening phrase, else the first it names."""
    opening = OPENING_PHRASE.match(sentence)
    return next((m for m in named if opening and m.offset >= opening.end()), named[0])
