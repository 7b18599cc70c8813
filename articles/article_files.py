"""Article files as curators bring them: UTF-8 or UTF-16 text, or a clear reason why a file is refused."""

from __future__ import annotations

from django.conf import settings

from articles.outcomes import RefusalReason, refusal_text
from extraction.folding import nfc


def max_article_chars() -> int:
    return int(getattr(settings, "TIMELINE_MAX_ARTICLE_CHARS", 200_000))


class ArticleFileError(Exception):
    """A file that cannot be imported, with the reason in words a curator understands."""

    def __init__(self, name: str, reason: str, code: str = RefusalReason.FETCH):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
        self.code = code


def too_long(chars: int, unit: str = "") -> str | None:
    """The reason an article of `chars` characters (or bytes) is refused, or None."""
    limit = max_article_chars()
    if chars <= limit:
        return None
    return refusal_text(RefusalReason.TOO_LONG, f"{chars:,}{unit and ' ' + unit} > {limit:,}")


def decode_utf16(data: bytes) -> str | None:
    """The text of UTF-16 data (with a byte-order mark, or without one when every other byte is NUL)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    elif len(data) % 2 == 0 and data[1::2].count(0) > len(data) // 4:
        encodings = ["utf-16-le"]
    elif len(data) % 2 == 0 and data[0::2].count(0) > len(data) // 4:
        encodings = ["utf-16-be"]
    else:
        return None
    try:
        text = data.decode(encodings[0])
    except UnicodeDecodeError:
        return None
    # Binary data with many zero bytes may decode too, as nonsense: text is (almost) all printable.
    printable = sum(char.isprintable() or char in "\n\r\t" for char in text)
    return text if "\x00" not in text and printable >= 0.95 * len(text) else None


def read_article_file(name: str, data: bytes, size: int | None = None) -> str:
    """The text of an uploaded or on-disk article (UTF-8, or UTF-16), or ArticleFileError saying why not.
    `size` is the whole file's, when `data` is only its beginning (a huge file is not read whole)."""
    if not data.strip():
        raise ArticleFileError(name, refusal_text(RefusalReason.EMPTY), RefusalReason.EMPTY)
    # UTF-8 takes at most 4 bytes a character: a file beyond that is refused before it is decoded.
    size = len(data) if size is None else size
    if size > 4 * max_article_chars():
        raise ArticleFileError(name, too_long(size, "bytes"), RefusalReason.TOO_LONG)
    text = decode_utf16(data)
    if text is None:
        if b"\x00" in data:
            reason = refusal_text(RefusalReason.BINARY, f"NUL @ {data.index(0)}")
            raise ArticleFileError(name, reason, RefusalReason.BINARY)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            reason = refusal_text(RefusalReason.NOT_UNICODE, f"@ {exc.start}")
            raise ArticleFileError(name, reason, RefusalReason.NOT_UNICODE) from None
    text = nfc(text)
    if not text.strip():
        raise ArticleFileError(name, refusal_text(RefusalReason.NO_TEXT), RefusalReason.NO_TEXT)
    if reason := too_long(len(text)):
        raise ArticleFileError(name, reason, RefusalReason.TOO_LONG)
    return text
