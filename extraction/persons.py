"""Persons named in an article: an office title followed by a proper name, and names already known.

Vietnamese news name people by office: "Bộ trưởng Ngoại giao Nhật Bản Kamikawa
Yoko", "Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu", "Thủ tướng Suga". The
rules read the title (a lexicon of offices, then its qualifiers: ministry,
"Thường trực", country, "tại" + country), then the capitalised syllables of
the name. A short form ("Thủ tướng Suga", "Đại sứ Cường") resolves to the full
name of the same article that begins or ends with it; a transliteration with the
original in brackets ("Sin-sư-kê Sư-gi-i-a-ma (Shinsuke Sugiyama)") is one
person under the Latin-script name. underthesea's ner() tags such names as
locations, so it is not used; regular expressions are also many times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain

from .alternation import any_of
from .built_once import built_once
from .cleaning import LOWER_LETTER, UPPER_LETTER, WORD
from .counterparts import name_counterparts_offices, name_successors_offices
from .mentions import once_each
from .name_forms import another_form_of, resolve_forms
from .names import known_name, near_known_name, person_key
from .names import known_names as reference_names
from .offices import (
    AS_ROLE,
    BEFORE_NAME,
    FOREIGN_OFFICES,
    MINISTRY_DOMAINS,
    REGIONS,
    TITLE_CORES,
    TITLE_PREFIX,
    country_of_a_place_in,
    country_of_title,
    office_title,
)
from .person_names import (
    BRACKET,
    NAME,
    NAME_START,
    NOT_NAME_START,
    VIETNAMESE_SURNAMES,
    clean_name,
    is_vietnamese,
    split_bracket,
)
from .pronouns import add_pronoun_subjects
from .records import Person
from .reference import HOME_COUNTRY, country_names, iso_of, place_pattern, within_a_place_name


@built_once
def _title_pattern() -> re.Pattern:
    return re.compile(
        # Only the title ignores case ("Nhà Vua", "Thượng Nghị sĩ"); a name must be capitalised.
        rf"(?<![\w])(?P<title>{office_title()})"
        rf"{BEFORE_NAME}(?P<name>{NAME})(?! (?:gia|tộc|cung)\b){BRACKET}"
    )


@built_once
def _apposed_office() -> re.Pattern:
    """An office between commas after a name, its whole apposition: ", Ngoại trưởng Hoa Kỳ,", stacked offices
    (", Tổng Bí thư, Chủ tịch nước Trung Quốc."), or before the subject's verb (", Tổng Bí thư đã điện đàm …"); not
    ", Thủ tướng nói"."""
    return re.compile(
        rf"\s*,\s*(?P<title>{office_title()}(?:\s*,\s*{office_title()})*)"
        r"\s*(?=[,.;:]|$|(?:đã|đang|sẽ|cũng|vừa|mới)\b)"
    )


# Honorifics ("ông", "ngài", Cambodia's "Samdech", "Xăm-đéc") introduce a name; they are no office nor part of it.
HONORIFIC = re.compile(
    rf"(?<![\w])(?:ông|bà|Ông|Bà|đồng chí|Đồng chí|ngài|Ngài|Samdech|Xăm-đéc)\s+(?P<name>{NAME}){BRACKET}"
)
# "Sin-sư-kê Sư-gi-i-a-ma (Shinsuke Sugiyama)" with no (readable) title before it.
TRANSLITERATION = re.compile(
    rf"(?P<name>{WORD}-{LOWER_LETTER}+(?:-{LOWER_LETTER}+)*(?: {WORD}(?:-{LOWER_LETTER}+)+){{0,3}})"
    r"\s*\((?P<bracket>[A-Za-z][A-Za-z .'-]{2,50})\)"
)
# Places and institutions named after a person are not that person: "Lăng Chủ tịch Hồ Chí Minh", "Nhà sàn Bác Hồ".
SITES_NAMED_AFTER_PEOPLE = (
    "[Ll]ăng", "[Nn]hà sàn", "Khu di tích", "[Bb]ảo tàng", "[Đđ]ền", "[Tt]ượng đài", "Quảng trường", "Nhà tưởng niệm",
    "Giải thưởng", "Huân chương", "[Đđ]ường", "[Pp]hố", "[Tt]hành phố", r"T[Pp]\.?", "Trường", "Học viện", "Đại học",
    "[Tt]rại", "[Cc]ăn cứ", "[Ss]ân bay", "[Tt]àu sân bay",
)  # fmt: skip
# The seat of an office is a place: "tại Phủ Tổng thống Thổ Nhĩ Kỳ", "Dinh Thủ tướng".
SEATS_OF_OFFICE = ("(?<![Cc]hính )[Pp]hủ", "[Dd]inh")  # not "Chính phủ", the government
# … and a person honoured is not there: "vào Lăng viếng Chủ tịch Hồ Chí Minh", "dâng hương tưởng niệm …".
# ("những dấu ấn của Chủ tịch Hồ Chí Minh trên đất Pháp": the traces of a life, not a participant.)
HONOURED = (
    "viếng", "tưởng niệm", "dâng hương", "tưởng nhớ", "tri ân", r"kỷ niệm \d+ năm(?: ngày)?",
    r"(?:dấu ấn|di sản|tư tưởng|cuộc đời|sự nghiệp|di chúc) của",
)  # fmt: skip
NAMED_AFTER = re.compile(rf"(?:{'|'.join(SITES_NAMED_AFTER_PEOPLE + SEATS_OF_OFFICE + HONOURED)})\s*$")
# … also at the end of a longer name ("Học viện Chính trị quốc gia Hồ Chí Minh"), or the anniversary of a deed.
NAMED_AFTER_AT_DISTANCE = re.compile(
    rf"(?:{'|'.join(SITES_NAMED_AFTER_PEOPLE)}|kỷ niệm \d+ năm(?: ngày)?)(?:\s+[^\s,.;:()]+){{1,4}}\s*$"
)


def bears_the_name(sentence: str, start: int) -> bool:
    """The name at `start` ends the name of a place or an institution named after its bearer."""
    before = sentence[max(0, start - 60) : start]
    return bool(NAMED_AFTER.search(before[-30:]) or NAMED_AFTER_AT_DISTANCE.search(before))


# The whole run of capitalised words ("… Trung Quốc Lý Tiểu Lâm", not "… Trung Quốc Lý Tiểu").
_FULL_VIETNAMESE_NAME = rf"(?P<name>{WORD}(?: {WORD}){{2,3}})(?![\w-])(?! {WORD})"
TITLE_AT_DISTANCE = re.compile(
    rf"(?<![\w])(?i:Chủ tịch|Trưởng ban|Bộ trưởng|Phó Chủ tịch|Tổng Thư ký|Chủ nhiệm)\s[^.,;:()]{{3,70}}?"
    rf"\s{_FULL_VIETNAMESE_NAME}"
)

# "Chủ nhiệm Văn phòng Tổng thống và Quản lý Chính phủ C.Mê-len-đét", "Chủ tịch PDVSA E.Pi-nô": however long
# the office, a name written with its first name's initial after it is that office holder's.
INITIALED_AT_DISTANCE = re.compile(
    rf"(?<![\w])(?P<title>(?i:{TITLE_PREFIX}(?:{any_of(TITLE_CORES)}))"
    rf"(?:\s[^\s.,;:()]+){{1,10}}?)\s(?P<name>{UPPER_LETTER}\.\s?{WORD}(?:-{LOWER_LETTER}+)*)(?![\w-])"
)

# "Chủ tịch Tập đoàn Samsung Lee Jae-yong", "Tổng Giám đốc Công ty Boeing Kelly Ortberg": a company's head, its
# name after a brand of one or two words, ending the phrase.
COMPANY_HEAD = re.compile(
    rf"(?<![\w])(?P<title>(?:Chủ tịch|Phó Chủ tịch|Tổng Giám đốc|Giám đốc điều hành) (?:Tập đoàn|Công ty|Ngân hàng)"
    rf" {WORD}(?: {WORD})?) (?P<name>{WORD}(?:-{LOWER_LETTER}+)?(?: {WORD}(?:-{LOWER_LETTER}+)?){{1,2}})"
    r"(?=\s*(?:[,.;:)]|$|\s(?:và|tại|đến|đã|dẫn|cùng|nhân)\b))"
)


@dataclass
class PersonMention:
    name: str  # canonical name once resolved
    title: str
    offset: int
    end: int
    alias: str = ""  # another form seen here (short form, transliteration)
    country: str | None = None
    short_form: bool = False  # "ông Suga": kept only when it resolves to a full name of the article or the database


@dataclass
class PersonIndex:
    persons: list[Person]
    by_sentence: list[list[PersonMention]] = field(default_factory=list)


WORD_START = re.compile(r"(?<!\w)\w")


class KnownNames:
    """Names and aliases from the database, found anywhere in the text."""

    def __init__(self, known: list[Person]):
        self.canonical: dict[str, Person] = {}
        self.by_key: dict[str, Person] = {}  # person_key: one person in any script or word order
        for person in known:
            for form in [person.name, *person.aliases]:
                if form and len(form) > 2:
                    self.canonical.setdefault(form, person)
                    self.by_key.setdefault(person_key(form), person)
        self.persons = list({id(person): person for person in self.canonical.values()}.values())
        # Forms by their first three characters, longest first: a name is looked up where a word starts, not
        # searched with one pattern of every name (compiled anew whenever an import learns a name, that cost
        # more than the rest of the extraction).
        self._by_start: dict[str, list[str]] = {}
        for form in sorted(self.canonical, key=len, reverse=True):
            self._by_start.setdefault(form[:3], []).append(form)

    def find(self, sentence: str):
        """(start, end, form, person) of each known name the sentence writes as a whole word, left to right."""
        position = 0
        for word in WORD_START.finditer(sentence):
            start = word.start()
            if start < position:
                continue
            for form in self._by_start.get(sentence[start : start + 3], ()):
                end = start + len(form)
                if sentence.startswith(form, start) and not (end < len(sentence) and sentence[end].isalnum()):
                    if " " not in form and within_a_place_name(sentence, start, end):
                        break  # a one-word name known ("Nam") is not the word of "Việt Nam"
                    yield start, end, form, self.canonical[form]
                    position = end
                    break

    def same_person(self, name: str, title: str, country: str | None) -> Person | None:
        """The one known person a name the article writes differently stands for, or None.

        A short form ("Thủ tướng Suga" for Suga Yoshihide) is a known name's first or last words;
        another form of a full name ("Joseph R. Biden, Jr." for Joe Biden) shares the family name and
        the initial and holds the same office. Countries and offices must not disagree, and only one
        known person may fit (one holding the same office first): otherwise a curator merges them.
        """
        tokens = [t for t in name.split() if t.rstrip(".,") not in NAME_SUFFIXES]
        if not tokens or name in self.canonical:
            return None
        fits = {}
        for person in self.persons:
            if person.name in fits or (country and person.country and person.country != country):
                continue
            same_office = bool(title and person.title and office_of(title) == office_of(person.title))
            if another_form_of(name, tokens, title, country, person, same_office):
                fits[person.name] = (person, same_office)
        # "Thủ tướng Suga" is the Prime Minister Suga Yoshihide, not his wife Suga Mariko.
        in_office = [person for person, same_office in fits.values() if same_office]
        if len(in_office) == 1:
            return in_office[0]
        return next(iter(fits.values()))[0] if len(fits) == 1 else None


NAME_SUFFIXES = {"Jr", "Sr", "II", "III"}


@built_once
def _office_core_pattern() -> re.Pattern:
    """Compiled once: office_of runs for every title of every article (the importer's hottest call)."""
    return re.compile(rf"(?i:{TITLE_PREFIX})?(?P<core>{any_of(TITLE_CORES)})", re.IGNORECASE)


def office_of(title: str) -> str:
    """The office a title names, without its qualifiers: 'Tổng thống Hoa Kỳ' -> 'tổng thống'."""
    match = _office_core_pattern().match(title)
    return match.group("core").lower() if match else title.lower()


MEDAL = re.compile(r"\s+chương\b")


def _titled(match: re.Match, sentence: str) -> PersonMention | None:
    """ "Bộ trưởng Ngoại giao Nhật Bản Kamikawa Yoko": the person an office title names."""
    title = " ".join(match.group("title").split())
    written = match.group("name")
    if MEDAL.match(sentence, match.end("name")) and written.split()[-1] in ("Huân", "Huy"):
        written = written.rsplit(maxsplit=1)[0]  # "trao tặng Chủ tịch nước Lê Văn An Huân chương …": a medal
    raw = clean_name(written, title)
    if not raw or NAMED_AFTER.search(sentence[max(0, match.start() - 30) : match.start()]):
        return None
    # "Bí thư Tỉnh ủy | Quảng Đông Hoàng Khôn Minh": the place the office is of, before the name.
    place = written[: -len(raw)] if written.endswith(raw) else ""
    name, alias = split_bracket(raw, match.group("bracket"))
    home = is_vietnamese(name) and office_of(title) not in FOREIGN_OFFICES
    # A Sino-Vietnamese name reads as a Vietnamese one: "Bí thư Tỉnh ủy Quảng Đông Hoàng Khôn Minh" is of China.
    country = country_of_title(title) or ((country_of_a_place_in(place) or HOME_COUNTRY) if home else None)
    return PersonMention(name, title, match.start("name"), match.end(), alias, country)


def _honoured(match: re.Match, sentence: str) -> PersonMention | None:
    """ "ông Suga", "bà Ana Soto, Ngoại trưởng Chile, …": the person an honorific names, with the office in
    apposition after the name, if any."""
    written = match.group("name")
    # "ông Tập" (Tập Cận Bình): one word after an honorific is a short form, even one that also opens an
    # institution's name ("Tập đoàn"); kept only if it resolves to a full name (find_persons).
    one_word = written if " " not in written and written in NOT_NAME_START and written not in ("Ông", "Bà") else None
    raw = clean_name(written) or one_word
    if not raw:
        return None
    name, alias = split_bracket(raw, match.group("bracket"))
    apposed = _apposed_office().match(sentence, match.end())
    title = apposed.group("title") if apposed else ""
    country = country_of_title(title) or (HOME_COUNTRY if is_vietnamese(name) else None)
    return PersonMention(name, title, match.start("name"), match.end(), alias, country, len(raw.split()) == 1)


def _raw_mentions(sentence: str, known: KnownNames | None) -> list[PersonMention]:
    mentions: list[PersonMention] = []
    taken: list[tuple[int, int]] = []

    def add(mention: PersonMention):
        if any(a < mention.end and mention.offset < b for a, b in taken) or mention.name in REGIONS:
            return  # (whichever way it was read, "Thái Bình Dương" is an ocean)
        if within_a_place_name(sentence, mention.end - len(mention.name), mention.end):
            return  # "các nhà lãnh đạo Nam Mỹ": no one named "Nam"
        taken.append((mention.offset, mention.end))
        mentions.append(mention)

    # In order of trust: a name read with its office first, one the timeline or the reference knows last.
    for mention in chain(
        _titled_mentions(sentence),
        _transliterated(sentence),
        _honoured_mentions(sentence),
        _at_distance(sentence),
        _company_heads(sentence),
        _initialed_at_distance(sentence),
        _known_mentions(sentence, known),
        _reference_mentions(sentence),
    ):
        add(mention)
    for mention in list(mentions):
        _add_named_with(mention, sentence, add)
    for mention in mentions:
        near = near_known_name(mention.name)
        if near is not None:  # "Thounglun Sisolith": the leader the reference spells "Thongloun Sisoulith"
            mention.alias, mention.name = mention.alias or mention.name, near.en
        entry = known_name(mention.name)
        if entry is not None:
            mention.country = entry.country  # "Thái Kỳ" reads like a Vietnamese name; the reference knows better
    mentions.sort(key=lambda m: m.offset)
    name_counterparts_offices(mentions)
    return mentions


def _titled_mentions(sentence: str) -> Iterator[PersonMention]:
    for match in _title_pattern().finditer(sentence):
        titled = _titled(match, sentence)
        # "lãnh đạo Đài Loan Thái Anh Văn" names a leader; "các lãnh đạo N…" no one: a leader is of a country.
        if titled is not None and not (titled.title.lower() == LEADER and country_of_title(titled.title) is None):
            yield titled


def _transliterated(sentence: str) -> Iterator[PersonMention]:
    for match in TRANSLITERATION.finditer(sentence):
        name, alias = split_bracket(match.group("name"), match.group("bracket"))
        if alias and not (iso_of(name) or iso_of(alias)):  # not "Ma-ni-la (Phi-li-pin)": a city and its country
            yield PersonMention(name, "", match.start(), match.end(), alias)


def _honoured_mentions(sentence: str) -> Iterator[PersonMention]:
    for match in HONORIFIC.finditer(sentence):
        if (honoured := _honoured(match, sentence)) is not None:
            yield honoured


def _at_distance(sentence: str) -> Iterator[PersonMention]:
    """ "Trưởng ban Tổ chức Trung ương, Chủ tịch Nhóm Nghị sĩ hữu nghị Việt - Nhật Phạm Minh Chính": a long office
    ends in a full Vietnamese name."""
    for match in TITLE_AT_DISTANCE.finditer(sentence):
        tokens = match.group("name").split()
        while len(tokens) > 3 and tokens[0] not in VIETNAMESE_SURNAMES:
            tokens = tokens[1:]  # "… Việt - Peru Võ Văn An": the country ends the office
        name = " ".join(tokens)
        if any(" " in place.group(1) for place in place_pattern().finditer(name)):
            continue  # "… Hà Nội Việt Nam": places, not a name (a one-word place may be a given name: "Đức")
        start = match.end("name") - len(name)
        # Not a site named after someone, before the office or the name: "… làm việc tại Thành phố Hồ Chí Minh".
        named_after = NAMED_AFTER.search(sentence[: match.start()][-30:]) or NAMED_AFTER.search(sentence[:start][-30:])
        if tokens[0] in VIETNAMESE_SURNAMES and not named_after:
            yield PersonMention(name, "", start, match.end("name"), "", HOME_COUNTRY)


def _company_heads(sentence: str) -> Iterator[PersonMention]:
    for match in COMPANY_HEAD.finditer(sentence):
        if not place_pattern().fullmatch(match.group("name")):  # "Tập đoàn Samsung Việt Nam": a place
            yield PersonMention(match.group("name"), match.group("title"), match.start("name"), match.end(), "")


def _initialed_at_distance(sentence: str) -> Iterator[PersonMention]:
    for match in INITIALED_AT_DISTANCE.finditer(sentence):
        title = match.group("title")
        if NAMED_AFTER.search(sentence[max(0, match.start("name") - 30) : match.start("name")]):
            continue  # "tại Trại H.M. Smith": a place named after someone
        if not clean_name(match.group("name"), title):
            continue  # "trụ sở T.Ư Đảng": an abbreviation, not initials of a name
        yield PersonMention(match.group("name"), title, match.start("name"), match.end(), "", country_of_title(title))


def _known_mentions(sentence: str, known: KnownNames | None) -> Iterator[PersonMention]:
    """Names the timeline knows; not where an institution bears one ("Học viện Chính trị quốc gia Hồ Chí Minh")."""
    for start, end, form, person in known.find(sentence) if known else ():
        if not bears_the_name(sentence, start):
            yield PersonMention(person.name, "", start, end, form, person.country)


def _reference_mentions(sentence: str) -> Iterator[PersonMention]:
    """A leader the names reference knows is a person wherever the text names them, title or not."""
    for match in _reference_pattern().finditer(sentence):
        if not bears_the_name(sentence, match.start()):
            entry = known_name(match.group(1))
            yield PersonMention(match.group(1), "", match.start(), match.end(), "", entry.country if entry else None)


# A second name under one office: "thượng nghị sĩ A B và C D", up to the list's next item or the clause's end.
NAMED_WITH = re.compile(rf"\s+và\s+(?P<name>{NAME})(?=\s*(?:[,;.:)]|$)|\s+(?:cùng|và|đã|tại|trong|lần lượt|sẽ|đều)\b)")


def _add_named_with(mention: PersonMention, sentence: str, add) -> None:
    """The person named after a titled one with "và" and no office of their own holds the same office: a
    full name written the same way (two words or more, Vietnamese or not like the first), not a place."""
    if not mention.title:
        return
    match = NAMED_WITH.match(sentence, mention.end)
    name = clean_name(match.group("name"), mention.title) if match else None
    if not name or len(name.split()) < 2 or is_vietnamese(name) != is_vietnamese(mention.name):
        return
    if place_pattern().fullmatch(name) or country_of_title(name):
        return
    add(PersonMention(name, mention.title, match.start("name"), match.end("name"), "", mention.country))


@built_once
def _reference_pattern() -> re.Pattern:
    """Every form of every name in the names reference (fixtures/reference/names.json) of two words or more."""
    forms = {form for entry in reference_names().values() for form in (entry.en, *entry.forms)}
    forms = sorted((f for f in forms if len(re.split(r"[\s-]+", f)) >= 2), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + any_of(forms) + r")(?![\w-])")


# The offices a country's "leader" ("lãnh đạo Nhật Bản") may stand for, as office_of() names them.
HEAD_OFFICES_WRITTEN = ("Chủ tịch nước", "Tổng Bí thư", "Thủ tướng", "Tổng thống", "Nhà vua", "Quốc vương", "Nữ hoàng")
HEAD_OFFICES = {office.lower() for office in HEAD_OFFICES_WRITTEN}
LEADER = "lãnh đạo"
SOME_BEFORE = re.compile(r"\b(?:một|các|những|nhiều|mọi)\s+$", re.IGNORECASE)


# Offices one person holds at a time in a country: named bare for the one the article names ("Chủ tịch nước …").
ONE_HOLDER_OFFICES = HEAD_OFFICES | {"chủ tịch quốc hội"}


@built_once
def _bare_office_pattern() -> re.Pattern:
    """A head office with neither a country nor a name after it; not "Phó …", "nguyên …", "hai …"."""
    offices = any_of(["Thủ tướng Chính phủ", "Chủ tịch Quốc hội", *HEAD_OFFICES_WRITTEN])
    return re.compile(
        rf"(?<![\w])(?<!Phó )(?<!phó )(?<!nguyên )(?<!cựu )(?<!hai )(?<!Hai )(?<!các )(?<!cố )"
        rf"(?P<title>(?i:{offices}))(?![\w-])(?!\s+(?:ta\b|{NAME_START}))"
        # "Tổng Bí thư, Chủ tịch nước Trung Quốc X": one of stacked offices, the name comes after the last; not
        # "Chủ tịch nước và Phu nhân X": the spouse is someone else
        rf"(?!\s*(?:,|và|kiêm)\s*(?![Pp]hu (?:nhân|quân)\b)(?i:{any_of(TITLE_CORES)}))"
    )


@built_once
def _office_subject_pattern() -> re.Pattern:
    """An office as a sentence's subject, after up to two opening phrases: "Theo lịch trình, Giáo hoàng sẽ …"."""
    return re.compile(rf"^(?:[^,.;:()]{{1,60}},\s+){{0,2}}(?i:{any_of(TITLE_CORES)})\b")


@built_once
def _office_pattern() -> re.Pattern:
    """An office and its country with no name after it: "Thủ tướng Nhật Bản đã …", "Tổng thống Mỹ cho biết"."""
    countries = any_of(country_names())
    return re.compile(
        rf"(?<![\w])(?P<title>(?i:(?:nhà )?{LEADER}|{any_of(TITLE_CORES)})\s+(?:Bộ\s+)?"
        rf"(?:(?:{any_of(MINISTRY_DOMAINS)})\s+)?"
        rf"(?:{countries}))(?![\w-])(?!\s+{NAME_START})"
    )


def _countries_of_offices(sentences: list[str], persons: list[Person]):
    """ "Quốc vương Maha Vajiralongkorn", never given a country, is of the one country the article gives that office
    elsewhere ("trình Quốc thư lên Quốc vương Thái Lan"), when no one else of the article holds it."""
    offices: dict[str, set[str]] = {}
    for sentence in sentences:
        for match in _office_pattern().finditer(sentence):
            country = country_of_title(match.group("title"))
            if country and country != HOME_COUNTRY:
                offices.setdefault(office_of(match.group("title")), set()).add(country)
    held: dict[str, list[Person]] = {}
    for person in persons:
        if person.title:
            held.setdefault(office_of(person.title), []).append(person)
    for office, countries in offices.items():
        holders = held.get(office, [])
        countryless = [person for person in holders if person.country is None]
        if len(countries) == 1 and len(countryless) == 1 and not countries & {p.country for p in holders}:
            countryless[0].country = next(iter(countries))


# "Chủ tịch nước khi đó là Nguyễn Xuân Phúc": the holder of that time, not the article's.
THEN_HOLDER = re.compile(r"\s+(?:khi đó|khi ấy|lúc đó|lúc bấy giờ|thời điểm đó|đương nhiệm khi đó)\b", re.IGNORECASE)


def _add_unnamed_office_holders(sentences: list[str], by_sentence: list[list[PersonMention]], persons: list[Person]):
    """ "Thủ tướng Nhật Bản" with no name is the one person the article names in that office of that country."""
    holders: dict[tuple[str, str], set[str]] = {}
    for person in persons:
        if person.title and person.country:
            holders.setdefault((office_of(person.title), person.country), set()).add(person.name)
            if office_of(person.title) in HEAD_OFFICES or _chair_of_a_state(person.title):
                # "Lãnh đạo Nhật Bản", "nhà lãnh đạo Lào": the one head of state or government of that country.
                holders.setdefault((LEADER, person.country), set()).add(person.name)
        if person.title and office_of(person.title) in ONE_HOLDER_OFFICES:
            # "Chủ tịch nước đã hội đàm với …": the one person of the article in that office, of any country.
            holders.setdefault((office_of(person.title), None), set()).add(person.name)
    if not holders:
        return
    for index, sentence in enumerate(sentences):
        taken = [(m.offset, m.end) for m in by_sentence[index]]
        for match in [*_office_pattern().finditer(sentence), *_bare_office_pattern().finditer(sentence)]:
            title = " ".join(match.group("title").split())
            before = sentence[max(0, match.start() - 12) : match.start()]
            if (LEADER in title.lower() and SOME_BEFORE.search(before[-8:])) or AS_ROLE.search(before):
                continue  # "một lãnh đạo Campuchia": some leader; "nhiệm kỳ thủ tướng": an office, not its holder
            office = LEADER if LEADER in title.lower() else office_of(title)
            country = country_of_title(title)
            names = holders.get((office, country), set())
            if country is None and len(names) > 1:
                names = _holder_of_a_bare_office(office, names, holders, persons, by_sentence[: index + 1])
            if (
                len(names) == 1
                and not names & {m.name for m in by_sentence[index]}
                and not NAMED_AFTER.search(sentence[max(0, match.start() - 30) : match.start()])
                and not any(a < match.end() and match.start() < b for a, b in taken)
                and not THEN_HOLDER.match(sentence, match.end())
            ):
                name = next(iter(names))
                by_sentence[index].append(PersonMention(name, title, match.start(), match.end(), "", None))
        by_sentence[index].sort(key=lambda m: m.offset)


def _chair_of_a_state(title: str) -> bool:
    """ "Chủ tịch Trung Quốc": the head of state, a leader of that country (not "Chủ tịch Đảng Nhân dân …")."""
    return office_of(title) == "chủ tịch" and len(title.split()) <= 4 and country_of_title(title) is not None


def _holder_of_a_bare_office(
    office: str, names: set[str], holders: dict, persons: list[Person], so_far: list[list[PersonMention]]
) -> set[str]:
    """Of several holders of an office told without its country: "Chủ tịch Quốc hội đã hội đàm với Chủ tịch Quốc
    hội Lào X": the press names a foreign holder with their country, so the bare office is the home country's
    one: the one the sentence before names ("… chuyến thăm của Chủ tịch nước B năm 2018. Chiều 4/3/2018, … đón
    Chủ tịch nước"), else the first the article names (a predecessor comes up in the background, after the news);
    an office of none of the home country's ("Tổng thống"), the first holder named so far: not one recalled."""
    home = [p.name for p in persons if p.name in holders.get((office, HOME_COUNTRY), set())]
    just_named = {m.name for m in so_far[-2]} & set(home) if len(so_far) > 1 else set()
    if len(just_named) == 1:
        return just_named
    earlier = [m.name for mentions in so_far for m in mentions if m.name in names]
    return set((home or (earlier if office in FOREIGN_OFFICES else []))[:1])


def _map_to_known(mapping: dict[str, str], mentions: list[PersonMention], known_names: KnownNames) -> None:
    """What the article still calls by another form may be a person the database knows."""
    for mention in mentions:
        if mapping.get(mention.name, mention.name) != mention.name:
            continue
        known = (
            known_names.canonical.get(mention.name)
            or known_names.by_key.get(person_key(mention.name))
            or known_names.same_person(mention.name, mention.title, mention.country)
        )
        if known is not None:
            mapping.update({n: known.name for n, target in mapping.items() if target == mention.name})


def _record(persons: dict[str, Person], mention: PersonMention, canonical: str, known_country: dict) -> None:
    """The mention under its canonical name, and what it tells of the person (the longest title, the country,
    another form of the name)."""
    if canonical != mention.name and not mention.alias:
        mention.alias = mention.name
    mention.name = canonical
    person = persons.setdefault(canonical, Person(name=canonical))
    if mention.title and len(mention.title) > len(person.title):
        person.title = mention.title
    person.country = person.country or mention.country or known_country.get(canonical)
    if mention.alias and mention.alias != canonical and mention.alias not in person.aliases:
        person.aliases.append(mention.alias)


def _note_written(person: Person, mention: PersonMention, form: str) -> None:
    bracketed = form[form.index("(") :] if "(" in form else ""
    named_in_brackets = mention.alias and (mention.alias in bracketed or mention.name in bracketed)
    if bracketed and not (named_in_brackets and bracketed != bracketed.lower()):
        # "Thủ tướng Suga (18-20/10)", a caption's "Gillard (trái)", "Soto (khi đó là Ngoại trưởng)": the brackets
        # are not the name; a name in them is ("Sin-dô A-bê (Shinzo Abe)").
        form = form[: form.index("(")]
    form = " ".join(form.split())
    if form.startswith(mention.name + " "):
        form = mention.name  # "Tags: Chủ tịch nước Lương Cường Chile Gabriel Boric": the name ends before a country
    if len(form) > len(person.written):
        person.written = form


def find_persons(
    sentences: list[str], known: list[Person] | KnownNames | None = None, headline: str = ""
) -> PersonIndex:
    """The article's persons, and for each sentence the persons it names (canonical names); the headline may give
    an office its country."""
    known_names = known if isinstance(known, KnownNames) or known is None else KnownNames(list(known))
    by_sentence = [_raw_mentions(sentence, known_names) for sentence in sentences]
    mentions_of_article = [m for mentions in by_sentence for m in mentions]
    name_successors_offices(mentions_of_article)
    owner_of_alias = {m.alias: m.name for m in mentions_of_article if m.alias}  # "Phu-cư-đa" of "Ya-xu-ô Phu-cư-đa"
    titled = {m.name for m in mentions_of_article if m.title}  # "ông Abe": the Prime Minister, not "bà Abe Akie"
    forms = resolve_forms([m.name for m in mentions_of_article] + list(owner_of_alias), titled).items()
    mapping = {name: owner_of_alias.get(target, target) for name, target in forms}
    known_country = {}
    if known_names:
        known_country = {p.name: p.country for p in known_names.canonical.values()}
        _map_to_known(mapping, mentions_of_article, known_names)
    persons: dict[str, Person] = {}
    for index, mentions in enumerate(by_sentence):
        # A short form ("ông Suga") is kept only when it resolves to a full name.
        by_sentence[index] = [m for m in mentions if not (m.short_form and mapping.get(m.name, m.name) == m.name)]
        for mention in by_sentence[index]:
            _record(persons, mention, mapping.get(mention.name, mention.name), known_country)
            _note_written(persons[mention.name], mention, sentences[index][mention.offset : mention.end])
    _countries_of_offices([headline, *sentences], list(persons.values()))
    _add_unnamed_office_holders(sentences, by_sentence, list(persons.values()))
    add_pronoun_subjects(sentences, by_sentence, _office_subject_pattern())
    for mention in (m for mentions in by_sentence for m in mentions):
        # "Thủ tướng Jean Morel" names no country; the article said "Thủ tướng Pháp Jean Morel" before.
        mention.country = mention.country or (persons[mention.name].country if mention.name in persons else None)
    return PersonIndex(
        persons=list(persons.values()),
        by_sentence=[once_each(s, m) for s, m in zip(sentences, by_sentence, strict=True)],
    )
