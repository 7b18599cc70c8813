"""Text from articles and from the URL as it may leave the site: without control characters.

A stored title or a search typed with U+0001 in it must never reach a reader: XML (Atom) cannot carry
it at all, and pages, calendars and spreadsheets show it as garbage. Every output strips them here,
once, whatever wrote them; tab and line breaks stay (XML 1.0 allows them, and CSV quotes them).
"""

import re

# C0 controls but tab, LF and CR; DEL and the C1 controls; lone surrogates; the two non-characters XML refuses.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def without_control_characters(text):
    """`text` without control characters; anything that is not a string is returned as it is."""
    return CONTROL_CHARACTERS.sub("", text) if isinstance(text, str) else text


def without_control_characters_in(data):
    """The same for every string inside a JSON-like structure (dicts, lists, strings)."""
    if isinstance(data, dict):
        return {key: without_control_characters_in(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [without_control_characters_in(value) for value in data]
    return without_control_characters(data)
