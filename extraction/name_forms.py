"""One person, several writings in one article: "Suga" and "Suga Yoshihide", "N.Ma-đu-rô" and "Ni-cô-lát
Ma-đu-rô Mô-rốt", a caption's misspelling, another script or word order: each written form to the one name the
article's person goes by."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .names import known_apart, known_name, person_key

if TYPE_CHECKING:
    from .records import Person


def name_words(name: str) -> list[str]:
    """The words of a name, initials apart: 'S.M.Krishna' -> ['S.', 'M.', 'Krishna']; 'Jr' and 'Jr.' alike."""
    return list(_name_words(name))


@lru_cache(maxsize=8192)  # an article's names are compared with every known person's
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(GENERATION_WRITTEN.get(word, word) for word in re.findall(r"[^\s.]+\.?", name))


GENERATION_WRITTEN = {"Jr": "Jr.", "Sr": "Sr."}  # "Ferdinand Marcos Jr và …": the period left out
# The particles that open a family name: "da Silva", "de Sousa", "van der Bellen", "bin Ibrahim".
PARTICLES = {"da", "de", "do", "dos", "das", "del", "van", "von", "bin", "binti"}


def _same_word(token: str, part: str) -> bool:
    """A word of a name as written again: the same word, or its initial ("N." for "Ni-cô-lát")."""
    return token == part or (len(token) == 2 and token[1] == "." and len(part) > 2 and part.startswith(token[0]))


def _words_match(tokens: list[str], parts: list[str]) -> bool:
    # At least one whole word: initials alone ("N.") name nobody in particular.
    return all(map(_same_word, tokens, parts)) and any(map(str.__eq__, tokens, parts))


def _initials(name: str) -> int:
    return sum(1 for word in name_words(name) if len(word) == 2 and word[1] == ".")


def _shorter_form(tokens: list[str], parts: list[str]) -> bool:
    """'Suga' or 'Yoshihide' of 'Suga Yoshihide'; 'Ferdinand Marcos Jr.' of 'Ferdinand Romualdez Marcos Jr.'
    (a middle name left out: same first and last words, the others in order); 'N.Ma-đu-rô' of 'Ni-cô-lát
    Ma-đu-rô Mô-rốt' (a first name written by its initial); 'Lula' of 'Luiz Inácio Lula da Silva'; 'Boric' of
    'Gabriel Boric Font'."""
    if _words_match(tokens, parts[: len(tokens)]) or _words_match(tokens, parts[-len(tokens) :]):
        return True
    if len(tokens) == 1 and tokens[0] in parts[1:-1] and parts[parts.index(tokens[0]) + 1] in PARTICLES:
        return True  # 'Lula' of 'Luiz Inácio Lula da Silva': the name before the family name's particle
    if len(tokens) == 1 and len(parts) >= 3 and tokens[0] == parts[-2] and len(tokens[0]) > 2:
        return True  # 'Boric' of 'Gabriel Boric Font': the father's name, before the mother's
    return middle_names_left_out(tokens, parts)


def middle_names_left_out(tokens: list[str], parts: list[str]) -> bool:
    """ "Ferdinand Marcos Jr." of "Ferdinand Romualdez Marcos Jr.": the same first and last words, the others in
    order (a first name written by its initial too: "N. Ma-đu-rô Mô-rốt")."""
    if len(tokens) < 2 or not _same_word(tokens[0], parts[0]) or tokens[-1] != parts[-1]:
        return False
    rest = iter(parts)
    return all(token in rest for token in tokens[1:])


# Where the family name comes first ("Nguyễn An" is not "Nguyễn Văn An"), no middle name is left out.
FAMILY_NAME_FIRST = {"VN", "CN", "TW", "KR", "KP", "JP"}


def one_without_middle_names(name: str, other: str, country: str | None) -> bool:
    """Two full names of one person, one without the other's middle names ("Ferdinand Marcos Jr.", "Ferdinand
    Romualdez Marcos Jr."); not "George W. Bush" of "George H. W. Bush", whose initials tell another man."""
    if country in FAMILY_NAME_FIRST:
        return False
    short, long = sorted((name_words(name), name_words(other)), key=len)
    if len(short) == len(long) or len(short) < 2:
        return False
    left_out = [word for word in long if word not in short]
    return not any(word.endswith(".") and len(word) == 2 for word in left_out) and middle_names_left_out(short, long)


def resolve_forms(written: list[str], titled: set[str] = frozenset()) -> dict[str, str]:
    """Each name as `written` (in the article's order) -> the name it stands for in the article: short forms,
    initials and misspellings to full names, one form per person; `titled` are the names written with an office."""
    names = set(written)
    first_told = {name: i for i, name in reversed(list(enumerate(written)))}
    # Longest first, and of as many words, the one with fewer initials ("Pa-blô Mô-ra-lết" before "P.Mô-ra-lết"),
    # then one named with an office ("Abe" is "Thủ tướng Abe Shinzo", not "bà Abe Akie" named before him), then the
    # one the article names first ("Biden" after "Joe Biden", then "Jill Biden": the one named first).
    full = sorted(
        (n for n in names if len(name_words(n)) >= 2),
        key=lambda n: (-len(name_words(n)), _initials(n), n not in titled, first_told[n]),
    )
    mapping = {}
    for name in names:
        tokens = name_words(name)
        target = name
        for candidate in full:
            if candidate == name:
                break
            if _two_leaders(name, candidate):
                continue  # "Lý Cường" (Li Qiang) is no short form of "Lý Khắc Cường" (Li Keqiang)
            parts = name_words(candidate)
            fewer_words = len(tokens) < len(parts)
            more_initials = len(tokens) == len(parts) and _initials(name) > _initials(candidate)
            if (fewer_words or more_initials) and _shorter_form(tokens, parts):
                target = candidate
                break
            if (
                len(tokens) == len(parts)
                and tokens[0] == parts[0]
                and difflib.SequenceMatcher(None, name, candidate).ratio() > 0.9
            ):
                target = candidate  # a misspelling in a caption: "Tomoiichi" for "Tomiichi"
                break
        mapping[name] = target
    return _one_per_key(mapping, written)


def _two_leaders(name: str, other: str) -> bool:
    """Both names are leaders the names reference knows, and not the same one."""
    known, known_other = known_name(name), known_name(other)
    return known is not None and known_other is not None and known != known_other


def _one_per_key(mapping: dict[str, str], in_order: list[str]) -> dict[str, str]:
    """ "Tập Cận Bình" and "Xi Jinping", "Ito Naoki" and "Naoki Ito" in one article: one person, under the
    form the article writes first."""
    first: dict[str, str] = {}
    for name in in_order:
        first.setdefault(person_key(mapping[name]), mapping[name])
    return {name: first[person_key(target)] for name, target in mapping.items()}


def another_form_of(name: str, tokens: list[str], title: str, country: str | None, person: Person, same_office: bool):
    """`name` (its words but suffixes: `tokens`) is another form of the known `person`'s."""
    parts = person.name.split()
    short_form = len(tokens) < len(parts) and (parts[: len(tokens)] == tokens or parts[-len(tokens) :] == tokens)
    # (Not "Lý Cường" of "Lý Khắc Cường": one surname, another given name; the reference knows them apart.)
    other_form = (
        len(tokens) >= 2 and len(parts) >= 2 and tokens[-1] == parts[-1] and tokens[0][0] == parts[0][0]
        and tokens[0] != parts[0] and same_office and not known_apart(name, person.name)
    )  # fmt: skip
    return (
        (short_form and (same_office or not title or not person.title))
        or other_form
        or one_without_middle_names(name, person.name, country or person.country)
    )
