"""The trie pattern of a word list finds what the plain alternation, longest word first, finds."""

import re

from hypothesis import given
from hypothesis import strategies as st

from extraction.alternation import any_of

LETTERS = "aăbnN ệ-"
words = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=5), min_size=1, max_size=12)


def longest_first(word_list):
    return "|".join(re.escape(w) for w in sorted(set(word_list), key=len, reverse=True))


@given(words, st.text(alphabet=LETTERS, max_size=40))
def test_the_same_matches_as_the_alternation_longest_first(word_list, text):
    bounded = r"(?<![\w-])({})(?![\w-])"
    trie = re.compile(bounded.format(any_of(word_list)))
    plain = re.compile(bounded.format(longest_first(word_list)))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_longer_name_wins_over_its_beginning():
    pattern = re.compile(any_of(["Nhật", "Nhật Bản", "Hàn Quốc"]))
    assert pattern.findall("Nhật Bản và Hàn Quốc, rồi Nhật") == ["Nhật Bản", "Hàn Quốc", "Nhật"]


def test_no_words_match_nothing():
    assert re.search(any_of([]), "anything") is None
