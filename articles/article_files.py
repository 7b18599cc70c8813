"""Article files as curators bring them: UTF-8 or UTF-16 text, or a clear reason why a file is refused."""

from __future__ import annotations

from django.conf import settings

from extraction.folding import nfc


def max_article_chars() -> int:
    return int(getattr(settings, "TIMELINE_MAX_ARTICLE_CHARS", 200_000))


class ArticleFileError(Exception):
    """A file that cannot be imported, with the reason in words a curator understands."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def too_long(chars: int) -> str | None:
    """The reason an article of `chars` characters is refused, or None."""
    limit = max_article_chars()
    if chars <= limit:
        return None
    return f"the article is too long: {chars:,} characters, at most {limit:,} are accepted (TIMELINE_MAX_ARTICLE_CHARS)"


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
        raise ArticleFileError(name, "the file is empty")
    # UTF-8 takes at most 4 bytes a character: a file beyond that is refused before it is decoded.
    size = len(data) if size is None else size
    if size > 4 * max_article_chars():
        raise ArticleFileError(name, too_long(size).replace("characters", "bytes", 1))
    text = decode_utf16(data)
    if text is None:
        if b"\x00" in data:
            raise ArticleFileError(name, f"the file is binary, not text (a NUL byte at position {data.index(0)})")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ArticleFileError(
                name, f"the file is not UTF-8 or UTF-16 (invalid byte at position {exc.start})"
            ) from None
    text = nfc(text)
    if not text.strip():
        raise ArticleFileError(name, "the file has no text")
    if reason := too_long(len(text)):
        raise ArticleFileError(name, reason)
    return text
