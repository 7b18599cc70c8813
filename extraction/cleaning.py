"""From text as a reader copies it off a news page to the article's own body.

Pages bring along a font-size widget, bylines, "follow us" lines, repeated
titles and captions, photo credits and, at the end, teasers of other articles
whose events are not this article's. Captions themselves are kept: they often
are the only place a person or a date is named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import ftfy

from .dates import PART_OF_DAY
from .folding import LOWER_LETTER, UPPER, UPPER_LETTER, fold, nfc

WORD = rf"{UPPER_LETTER}{LOWER_LETTER}*"  # a capitalised word

URL_LINE = re.compile(r"^\s*https?://\S+\s*$")
WIDGET_LINES = {"nhỏ bình thường lớn", "nhỏ  bình thường  lớn", "in bài", "chia sẻ"}
FOLLOW_LINE = re.compile(r"^(theo dõi|follow)\b.{0,60}\btrên\s*$", re.IGNORECASE)
# "Bảo Chi 17:08 | 23/02/2022", "09:42 | 01/05/2022": a byline and the page's date.
BYLINE_DATE = re.compile(r"^[^\d|]{0,60}?\s*\d{1,2}[:h]\d{2}\s*\|?\s*\d{1,2}([/.-])\d{1,2}\1\d{4}\s*$")
# "Thứ hai, 11/09/2023 10:32", "Chủ nhật, 5/3/2023", "Thứ Hai, 07:30, 09/09/2024": a weekday and a date (the
# article's, or a "today" widget); "Thứ sáu, 7/4, 07:05 (GMT+7)": with no year, a time of day says it is one.
WEEKDAY_DATE = re.compile(
    r"^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*,?\s*(?P<time>\d{1,2}[:h]\d{2}\s*,?\s*)?"
    r"\d{1,2}(?P<sep>[/.-])\d{1,2}(?:(?P=sep)\d{4}|(?(time)|(?=\s*,?\s*\d{1,2}[:h]\d{2})))"
    r"(?:[\s,|-]+[\d:hGMT+() ]*)?$",
    re.IGNORECASE,
)
# A date with a time or a publishing word around it, and little else: "Cập nhật: 11/09/2023 10:32".
# "Cập nhật lúc 20:41, Thứ Bảy, 13/12/2008 (GMT+7)": the time may come first.
DATE_STAMP = re.compile(
    r"^[^\d]{0,30}(?:\d{1,2}[:h]\d{2}[^\d]{0,20})?\d{1,2}([/.-])\d{1,2}\1\d{4}[\s,|-]*(?:\d{1,2}[:h]\d{2})?[\s\w()+:-]{0,15}$"
)
# "09/10/2024" on a line of its own, under a "Ngày đăng:" label or at the foot of the page.
DATE_ALONE = re.compile(r"^\d{1,2}([/.-])\d{1,2}\1\d{4}(?:[\s,|-]+\d{1,2}[:h]\d{2})?$")
# A day written with its part of the day: "Chiều 12/9", "Sáng nay (14/3)", "Ngày 2.4.2024".
DATED_PHRASE = rf"(?:{PART_OF_DAY}|ngày)(?:\s+(?:nay|qua|ngày))?\s*\(?\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{4}})?\)?"
# Days of a span: "Ngày 29 và 30/3", "Từ 14-16/6".
DAYS_PHRASE = r"(?:ngày|từ)\s+\d{1,2}\s*(?:-|–|và|đến)\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?"
# "Chiều 12/9," alone on a line, or a list's item "- Ngày 16/6:": the date of the sentence that follows.
DATE_LEAD = re.compile(rf"^(?:[-–•*+]\s*)?(?:{DATED_PHRASE}|{DAYS_PHRASE})\s*[,:–-]?$", re.IGNORECASE)
# "Trong khuôn khổ chuyến thăm Nhật Bản, chiều 28/11" with the sentence it dates on the next line.
DATE_TAIL = re.compile(rf",\s*{DATED_PHRASE}\s*,?$", re.IGNORECASE)
# "… chuyến thăm cấp nhà nước tới Liên bang Nga từ ngày" and "20-22/3." on the next line: one sentence broken.
DATE_OPENER_ENDS = re.compile(r"\b(?:từ ngày|vào ngày|ngày|từ|hôm|vào)\s*$", re.IGNORECASE)
DIGIT_OPENS = re.compile(r"^\d{1,2}\s*(?:[/.-]|và|đến)")
# A page's links to other articles: "Xem thêm: <headline>" on one line, or a list under "Tin liên quan:".
RELATED_MARK = re.compile(
    r"^(?:(?:tin|bài|tin bài|bài viết)\s+(?:liên quan|cùng chuyên mục|cùng chủ đề|cùng chuyên đề|khác|mới)"
    r"|các (?:tin|bài) khác|(?:xem|đọc) thêm|tin nổi bật|tin mới nhất|tin đọc nhiều)\b",
    re.I,
)
RELATED_LIST = re.compile(r"^[^:]{0,30}:?\s*$")
# "Tags: Thủ tướng A Lào Ủy ban …", "Từ khóa: …": the page's keywords, no sentence: no person, no event.
TAGS_LINE = re.compile(r"^(?:tags?|từ khóa|từ khoá|keywords?)\s*:", re.IGNORECASE)
# "Ngày đăng:", "Người đăng:" alone on their line: the labels of a page's date and uploader.
PAGE_LABEL = re.compile(r"^(?:ngày|người|thời gian)\s+(?:đăng|cập nhật)\s*:?$|^(?:cập nhật|đăng lúc)\s*:$", re.I)
STAMP_MARK = re.compile(r"\d{1,2}[:h]\d{2}|cập nhật|ngày đăng|đăng lúc|xuất bản|published|updated", re.IGNORECASE)
# A short line of capitalised words only ("Bảo Chi", "Nguyễn Hồng"): an author's name near the top.
NAME_ONLY = re.compile(rf"^{UPPER_LETTER}{LOWER_LETTER}*(?:\s+{UPPER_LETTER}{LOWER_LETTER}*){{1,3}}$")
NO_LETTERS = re.compile(r"^[\W\d_]*$")
# "(Ảnh: Tuấn Anh)", "(Nguồn: TTXVN)" after a caption: a credit, not text.
CREDIT = re.compile(r"\s*\((?:Ảnh|Nguồn|Photo|Source|Video)\s*:[^()]*\)", re.IGNORECASE)
# "... Ảnh: Bộ Ngoại giao." / "Ảnh: An Đăng - TTXVN" closing a caption.
TRAILING_CREDIT = re.compile(r"(?<=[.!?…])\s*(?:Ảnh|Nguồn)\s*:\s*[^.!?]{1,60}?(?:\.|$)")
OPEN_CAPTION = re.compile(r"^\(\s*(?:Ảnh|Photo)\s*:\s*", re.IGNORECASE)
# "chuyến thămĐại sứ": a caption glued to a sentence with no space.
GLUED_WORDS = re.compile(rf"({LOWER_LETTER}{{2,}})({UPPER_LETTER}{LOWER_LETTER})")
# "đa phương.Theo": a sentence glued to the next one.
GLUED_SENTENCES = re.compile(rf"({LOWER_LETTER}|\))([.!?])([{re.escape(UPPER)}\"“])")
TEASER_LEAD_END = re.compile(r"(\.\.\.|…)\s*$")


@dataclass
class CleanText:
    url: str | None
    title: str
    paragraphs: list[str]  # the article's body, one paragraph or caption per item
    page_date_lines: list[str] = field(default_factory=list)  # bylines and date lines, for the publication date
    dropped: list[str] = field(default_factory=list)  # lines removed, for the curious
    encoding_problem: str = ""  # what was wrong with the text's encoding (repaired or not); "" when nothing
    credits: list[str] = field(default_factory=list)  # photo credits removed from captions ("(Ảnh: …, 12/3/2024)")

    @property
    def dating_text(self) -> str:
        """All the page says of itself that may write its year: title, body and the captions' credits."""
        return "\n".join([self.title, *self.paragraphs, *self.credits])

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


NOT_WORD = re.compile(r"\W+")


def _key(line: str) -> str:
    return NOT_WORD.sub(" ", line).strip().casefold()


def _strip_credits(line: str) -> str:
    caption = OPEN_CAPTION.sub("", line)
    if caption != line:  # "(Ảnh: caption text)" standing alone: the caption is the text
        line = caption.rstrip(") ").strip()
    line = CREDIT.sub("", line)
    line = TRAILING_CREDIT.sub("", line)
    return line.strip()


def _unglue(line: str) -> str:
    line = GLUED_WORDS.sub(r"\1. \2", line)
    return GLUED_SENTENCES.sub(r"\1\2 \3", line)


def _teaser_start(lines: list[str]) -> int | None:
    """Index where a list of other articles' teasers begins, or None.

    A teaser shows a headline twice in a row (link text and image alt) and a
    lead cut short with "...". The same headline twice near the top of a page
    is the article's own title and caption, so the lead is what decides.
    """
    keys = [_key(line) for line in lines]
    for i in range(len(lines) - 1):
        if keys[i] and keys[i] == keys[i + 1]:
            following = lines[i + 2 : i + 4]
            if any(TEASER_LEAD_END.search(line) for line in following):
                return i
    return None


# A lower-case word with no vowel ("nht", "th", "quc"): Vietnamese has none, so many of them mean that
# the letters carrying a dot below or a hook were lost on the way (a page saved in a legacy encoding).
VOWELLESS_WORD = re.compile(r"\b(?![aeiouy])[b-df-hj-np-tv-xz]+\b")
LOWER_WORD = re.compile(rf"(?<!\w){LOWER_LETTER}{{2,}}(?!\w)")
NOT_WORDS = re.compile(r"\S*[/%@]\S*")  # addresses, paths, e-mails
MOJIBAKE_REPAIRED = "mojibake repaired (UTF-8 read as a legacy encoding)"
LETTERS_DROPPED = "letters lost: words without vowels, as when the letters with a dot below or a hook are dropped"


ETH_AS_D = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
# What UTF-8 read as a one-byte encoding leaves in Vietnamese text: its lead bytes as "Ã", "Ä", "Å", "Æ", "á»",
# "áº", "â€", "Â" before a symbol. Text without any is not run through ftfy (a few per cent of an import's time).
MOJIBAKE_SIGNS = re.compile(r"[ÃÄÅÆ]|á[º»¹¸]|â€|Â[^\w\s]|Â\xa0")


def repair_encoding(text: str) -> tuple[str, str]:
    """The text with mojibake undone ("Viá»‡t Nam" -> "Việt Nam"), and what was wrong, named.

    Letters dropped by a legacy encoding cannot be put back: the problem is named, for a curator to see,
    rather than the article silently yielding nothing.
    """
    # "Ð" (the Icelandic eth) for "Đ": a look-alike some Vietnamese sites and old input methods write.
    text = text.translate(ETH_AS_D)
    fixed = nfc(ftfy.fix_encoding(text)) if MOJIBAKE_SIGNS.search(text) else text
    if fixed != text:
        return fixed, MOJIBAKE_REPAIRED
    # Lower-case words only: "TTXVN", "BCH" are abbreviations.
    words = fold(" ".join(LOWER_WORD.findall(NOT_WORDS.sub(" ", fixed)))).split()
    broken = len([w for w in words if VOWELLESS_WORD.fullmatch(w)])
    if broken >= 5 and broken >= 0.05 * len(words):
        return fixed, LETTERS_DROPPED
    return fixed, ""


def clean(raw: str) -> CleanText:
    text, encoding_problem = repair_encoding(nfc(raw))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    lines = _join_dates_to_their_lines([re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")])
    url = None
    dropped: list[str] = []
    page_date_lines = []
    kept = []
    for line in lines:
        if _is_date_line(line):
            page_date_lines.append(line)
            dropped.append(line)
        elif line and (_is_noise(line) or TAGS_LINE.match(line)):
            dropped.append(line)
        elif " | " in line:  # captions of photo stories come as "caption | caption"
            kept += [part.strip() for part in line.split(" | ") if part.strip(" |")]
        elif line.strip(" |"):
            kept.append(line.strip(" |").strip())
    lines = kept
    if lines and URL_LINE.match(lines[0]):
        url = lines.pop(0).strip()
    title = ""
    if lines:
        first = _strip_credits(lines[0])
        if not re.search(r"[.!?…:;,]$", first) and len(first) < 250:
            title = first
            lines.pop(0)
    lines = _without_related_articles(lines, dropped)
    teaser = _teaser_start(lines)
    if teaser is not None:
        dropped += lines[teaser:]
        lines = lines[:teaser]
    paragraphs, credits = _paragraphs(lines, title, dropped)
    return CleanText(url, title, paragraphs, page_date_lines, dropped, encoding_problem, credits)


def _without_related_articles(lines: list[str], dropped: list[str]) -> list[str]:
    """The lines without the page's links to other articles: "Xem thêm: <headline>", and the headlines listed
    under "Tin liên quan:" (up to the next line of body text, which ends a sentence)."""
    kept, listing = [], False
    for line in lines:
        if RELATED_MARK.match(line):
            listing = bool(RELATED_LIST.match(line))
        elif not (listing and not re.search(r"[.!?…”\"]$", line)):
            listing = False
            kept.append(line)
            continue
        dropped.append(line)
    return kept


def _paragraphs(lines: list[str], title: str, dropped: list[str]) -> tuple[list[str], list[str]]:
    """The body's paragraphs, each once and without its photo credits, and those credits."""
    paragraphs, seen, credits = [], {_key(title)} if title else set(), []
    for position, line in enumerate(lines):
        if position < 4 and NAME_ONLY.match(line) and len(line) < 40:
            dropped.append(line)  # an author's byline
            continue
        credits += [m.group(0).strip() for pattern in (CREDIT, TRAILING_CREDIT) for m in pattern.finditer(line)]
        line = _unglue(_strip_credits(line))
        key = _key(line)
        if not key or key in seen:
            dropped.append(line)
            continue
        seen.add(key)
        paragraphs.append(line)
    return paragraphs, credits


def _join_dates_to_their_lines(lines: list[str]) -> list[str]:
    """'Chiều 12/9,' on a line of its own, or ending one after a comma (not the title's), and the sentence it
    dates on the next, as one line; so is a line that breaks off before its date ("… từ ngày" / "20-22/3.")."""
    joined: list[str] = []
    filled = 0  # the lines kept that hold text: the first is the title
    for line in lines:
        last = joined[-1] if joined else ""
        tail = filled > 1 and bool(DATE_TAIL.search(last))
        dangling = (
            bool(DATE_LEAD.match(last)) or tail or bool(DATE_OPENER_ENDS.search(last) and DIGIT_OPENS.match(line))
        )
        if dangling and line:
            joined[-1] = f"{last.rstrip(',')}, {line}" if tail else f"{last} {line}"
        elif line or not dangling:
            joined.append(line)
            filled += bool(line)
    return joined


def _is_date_line(line: str) -> bool:
    """A line that dates the page: a byline with a date, a weekday and a date, a stamp, a date alone."""
    return bool(BYLINE_DATE.match(line) or WEEKDAY_DATE.match(line) or DATE_ALONE.match(line)) or _is_stamp(line)


def _is_stamp(line: str) -> bool:
    """'Cập nhật: 11/09/2023 10:32', '11/09/2023 10:32 GMT+7': a short line that dates the page."""
    return len(line) <= 80 and bool(DATE_STAMP.match(line)) and bool(STAMP_MARK.search(line))


def _is_noise(line: str) -> bool:
    folded = line.strip().casefold()
    return (
        folded in WIDGET_LINES
        or bool(FOLLOW_LINE.match(line))
        or bool(PAGE_LABEL.match(line))
        or bool(NO_LETTERS.match(line))
        or folded.startswith("nhỏ bình thường lớn")
    )
