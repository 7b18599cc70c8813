"""Events: cue words per type, with the dates, participants and place of their sentence.

A sentence can tell several events ("sẽ thăm chính thức Nhật Bản và đồng chủ trì
Phiên họp thứ 12 …"); an event is told again by later sentences ("Trong chuyến
thăm, …", "Tại buổi tiếp, …", "Đây là chuyến thăm …"), which add a mention to
it rather than a new event. A cue with no date of its own takes the date of the
event of the same type it refers to, else of the event the sentence refers back
to ("Nhân dịp này", "Cùng ngày"), else the article's news day, else the year
of the article (year precision). Generic mentions ("các chuyến thăm") are not events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .agreements import find_agreements
from .cleaning import UPPER_LETTER
from .dates import find_dates
from .event_dates import NEXT_DAY, SAME_DAY, as_months, assign_dates, settle_dates
from .event_types import event_type
from .folding import fold
from .persons import PersonIndex, PersonMention
from .places import find_place
from .records import DAY, MONTH, PRECISION_RANK, YEAR, DateSpan, FoundEvent, Participant, YearGuess
from .reference import HOME_COUNTRY, countries, country_names, places_in

# A cue is a word or phrase that tells an event of one type. A strong cue names its event by
# itself ("Phiên họp thứ 12 …"); a weak one ("chuyến thăm", "gặp") needs a participant or a place
# to be an event of its own. Phrases match in any case; the context patterns are case-sensitive,
# since what must follow a cue ("tiếp Đại sứ …", not "tiếp tục") is a capital letter or a title.
NAMED = rf"(?= {UPPER_LETTER})"
# "thăm Nhà sàn …", "thăm Trường Đại học …": a visit to a site during a visit, not a visit of its own.
SITES = (
    "Nhà sàn", "Lăng", "Khu", "Bảo tàng", "Trường", "Đại học", "Học viện", "Công ty", "Tập đoàn", "Nhà máy",
    "Trung tâm", "Viện", "Đền", "Chùa", "Đài", "Làng", "Cảng", "Văn phòng", "Trụ sở",
)  # fmt: skip
PERSON_NEXT = rf"(?= (?:{UPPER_LETTER}|ông |bà |đoàn |người đồng cấp|lãnh đạo))"
COMMITTEE = r"(?:[Uu]ỷ ban|[Ủủ]y ban)"


@dataclass(frozen=True)
class CueWords:
    type: str
    strong: bool
    phrases: tuple[str, ...] = ()  # regular expressions matched in any case
    in_context: tuple[str, ...] = ()  # regular expressions matched as written


CUE_WORDS = [
    CueWords("call", False, ("điện đàm", "hội đàm trực tuyến", "gọi điện", "cuộc gọi")),
    CueWords("talks", False, ("hội đàm",)),
    CueWords(
        "committee_session",
        True,
        (
            "phiên tham khảo chính trị",
            "tham khảo chính trị",
            "tham vấn chính trị",
            r"đối thoại (?:đối tác )?chiến lược",
            "đối thoại chính sách",
        ),
        (rf"(?i:phiên|kỳ) họp(?= (?:thứ|lần|{COMMITTEE}|[A-ZĐ]))", rf"họp {COMMITTEE} hỗn hợp"),
    ),
    CueWords(
        "conference",
        True,
        ("hội nghị cấp cao", "hội nghị thượng đỉnh"),
        (rf"(?i:hội nghị|hội thảo|diễn đàn){NAMED}",),
    ),
    CueWords(
        "signing",
        False,
        ("lễ ký", "ký kết", r"trao (?:các )?văn kiện", "hiệp định có hiệu lực"),
        (r"(?<![Tt]hư )(?<!đăng )\bký(?= (?:[A-ZĐ]|các văn kiện|văn kiện|thỏa thuận|hiệp định))",),
    ),
    CueWords(
        "upgrade",
        True,
        (
            "nâng cấp quan hệ",
            "nâng cấp",
            r"nâng (?:tầm )?quan hệ(?: hai nước| [A-ZĐ][^,.;]{2,40}?)? lên",
            r"được nâng lên(?= (?:thành |mức )?(?:quan hệ )?[“\"]?đối tác)",
            "thiết lập quan hệ đối tác",
            r"xác lập (?:quan hệ|khuôn khổ)",
            "thiết lập quan hệ ngoại giao",
        ),
    ),
    CueWords(
        "anniversary",
        True,
        (r"kỷ niệm \d+ năm", r"kỷ niệm lần thứ \d+", r"\d+ năm (?:ngày )?thiết lập quan hệ ngoại giao"),
    ),
    CueWords(
        "message",
        False,
        (
            "điện mừng",
            "điện chúc mừng",
            "thư chúc mừng",
            "điện chia buồn",
            "thư chia buồn",
            "điện thăm hỏi",
            "thư thăm hỏi",
            "gửi điện",
            "gửi thư",
        ),
    ),
    CueWords(
        "meeting",
        False,
        (
            "cuộc gặp",
            "buổi gặp",
            "tiếp xã giao",
            "hội kiến",
            "chào xã giao",
            "chào từ biệt",
            r"trình thư [uủ]y nhiệm",
            "trình quốc thư",
            "buổi tiếp",
            "buổi làm việc",
        ),
        (
            rf"(?<!đón )(?<!trực )(?<!liên )\b[Tt]iếp{PERSON_NEXT}",
            rf"\b[Gg]ặp{PERSON_NEXT}",
            rf"(?<!lời )\b[Cc]hào{PERSON_NEXT}",
        ),
    ),
    CueWords(
        "visit",
        False,
        (
            "chuyến thăm",
            "thăm chính thức",
            "thăm cấp nhà nước",
            "thăm làm việc",
            "chuyến công du",
            "công du",
            "chuyến công tác",
            "sang thăm",
            "đến thăm",
        ),
        (rf"\b[Tt]hăm(?! (?:{'|'.join(SITES)})\b){NAMED}",),
    ),
    CueWords("other", True, ("lễ đón", "ra mắt", "lễ hội", "ghi sổ tang", "lễ khai mạc", "khánh thành", "lễ kỷ niệm")),
]


def _cue_alternation(cue: CueWords) -> str:
    phrases = [f"(?i:{'|'.join(cue.phrases)})"] if cue.phrases else []
    return "|".join([*phrases, *cue.in_context])


CUE_PATTERN = re.compile("|".join(f"(?P<{cue.type}>{_cue_alternation(cue)})" for cue in CUE_WORDS))
STRONG = {cue.type: cue.strong for cue in CUE_WORDS}
DATE_OPENS_CLAUSE = re.compile(r",\s*(?:\w+\s+){0,2}$")  # "…, chiều ngày 12/9, A gặp B"
CONTEXT_OPENING = re.compile(r"^(?:Nhân dịp|Nhân chuyến|Trong khuôn khổ|Trong dịp|Trong chuyến)\s(?!này)", re.I)
ANNIVERSARY_OF = re.compile(r"\d+\s+năm\s+(?:ngày\s+)?$")
ESTABLISHED = re.compile(r"thiết lập quan hệ ngoại giao", re.IGNORECASE)
GENERIC_BEFORE = re.compile(r"(?:các|những|nhiều|mọi|thúc đẩy|tăng cường)\s+$", re.IGNORECASE)
PLANNED = re.compile(r"\b(?:sẽ|dự kiến|sắp tới|sắp|chuẩn bị|mong chờ|kế hoạch)\b|\d\s+tới\b", re.IGNORECASE)
# A cue that points back at an event already told: "Đây là chuyến thăm …", "chuyến thăm này".
BACK_BEFORE = re.compile(
    r"(?:Đây là|Đây cũng là|Đó là|kết quả (?:của )?|ý nghĩa (?:của )?|thành công (?:của )?)\s*$", re.IGNORECASE
)
BACK_AFTER = re.compile(
    r"^\s*(?:(?:[\w ]{0,25}\s)?(?:lần này|này|sắp tới|nói trên|vừa qua)\b|diễn ra|sẽ tạo)", re.IGNORECASE
)
# A sentence opening that refers back to an event just told, and the type it refers to.
ANAPHORA = [
    (re.compile(r"^(?:Tại|Trong)\s+(?:buổi tiếp|cuộc gặp|buổi gặp|buổi làm việc|buổi hội kiến)", re.I), "meeting"),
    (re.compile(r"^(?:Tại|Trong)\s+(?:cuộc |buổi )?hội đàm", re.I), "talks"),
    (re.compile(r"^(?:Trong|Cũng trong|Trong khuôn khổ|Nhân)\s+chuyến (?:thăm|công tác)", re.I), "visit"),
    (
        re.compile(
            r"^(?:Nhân dịp này|Cùng ngày|(?:Sáng|Chiều|Tối|Trưa) cùng ngày|Trong dịp này|Cũng trong dịp này|Cùng dịp"
            r"|Sau đó|Tiếp đó|Tiếp theo|Theo lịch trình|Sau (?:lễ đón|hội đàm|cuộc hội đàm|cuộc gặp|buổi hội kiến)"
            r"|(?:Ngày |Sáng |Chiều |Tối )?hôm sau)",
            re.I,
        ),
        None,
    ),
]
COUNTERPART_TYPES = {"meeting", "talks", "call", "message"}
RESPECTIVELY = re.compile(r"\blần lượt\b", re.I)
# Who hosts a visit and who makes it: "theo lời mời của X" (host), "chủ trì lễ đón Y" (visitor).
INVITED_BY = re.compile(r"\b(?:lời mời|mời) của\s+", re.I)
WELCOMED = re.compile(r"\b(?:lễ đón|đón tiếp|đón)(?:\s+(?:chính thức|trọng thể|cấp Nhà nước))*\s+", re.I)
VISIT_OF = re.compile(r"(?<!mời )\bcủa\s")
ATTRIBUTION = re.compile(r"^(?:Theo\s[^,]{3,90},|[^:,.]{3,60}:\s)")
PHRASE_END = re.compile(
    r"[,;:.!?(“”\"]|\s(?:tại|ở|do|với chủ đề|từ ngày|vào|diễn ra|dự kiến|nhằm|bên lề|và|trong đó|sau)\s|\sngày\s\d"
)


@dataclass
class Cue:
    type: str
    start: int
    end: int
    text: str
    refers_back: bool = False


@dataclass
class Candidate:
    """An event as read from one sentence, before its date is settled and mentions are merged."""

    type: str
    sentence_index: int
    sentence: str
    cue: Cue
    persons: list[PersonMention]
    date: DateSpan | None = None
    date_source: str = "own"  # own | same-type | anaphora | news-day | published | year
    place: str | None = None
    place_country: str | None = None
    planned: bool = False
    weak: bool = False
    title: str = ""
    agreements: list[str] = field(default_factory=list)
    anaphora_type: str | None = None
    anaphoric: bool = False
    next_day: bool = False  # "Hôm sau, …": the day after the event referred to


def find_cues(sentence: str) -> list[Cue]:
    cues: list[Cue] = []
    for match in CUE_PATTERN.finditer(sentence):
        kind = match.lastgroup
        if GENERIC_BEFORE.search(sentence[max(0, match.start() - 15) : match.start()]):
            continue
        if kind == "upgrade" and ANNIVERSARY_OF.search(sentence[max(0, match.start() - 20) : match.start()]):
            continue  # "kỷ niệm 50 năm thiết lập quan hệ ngoại giao": the anniversary, not the establishment
        back = not STRONG[kind] and (
            bool(BACK_BEFORE.search(sentence[max(0, match.start() - 25) : match.start()]))
            or bool(BACK_AFTER.match(sentence[match.end() : match.end() + 40]))
        )
        cues.append(Cue(kind, match.start(), match.end(), match.group(0), refers_back=back))
    return cues


def _planned(sentence: str, cue: Cue, when: DateSpan | None) -> bool:
    """'sẽ', 'dự kiến', 'sắp tới' in the cue's own clause: just before it, or between it and its date."""
    window_start = max(0, cue.start - 50)
    clause_start = max(sentence.rfind(",", 0, cue.start), sentence.rfind(";", 0, cue.start))
    if clause_start > window_start and not sentence[:clause_start].lower().startswith(("dự kiến", "theo kế hoạch")):
        window_start = clause_start
    window_end = cue.end + 20
    if when is not None and when.offset >= cue.end:
        window_end = max(window_end, when.offset + len(when.text) + 6)
    return bool(PLANNED.search(sentence[window_start:window_end])) or sentence.lower().startswith(
        ("dự kiến", "theo kế hoạch")
    )


def _phrase(sentence: str, start: int, limit: int = 110) -> str:
    """The named thing a cue opens: 'Phiên họp thứ 12 Ủy ban Hợp tác Việt Nam-Nhật Bản'."""
    rest = sentence[start : start + limit + 40]
    end = PHRASE_END.search(rest, 4)
    phrase = rest[: end.start()] if end else rest[:limit]
    phrase = phrase.strip(" -–")
    return phrase[:1].upper() + phrase[1:]


def _committee_or_conference(sentence: str, cue: Cue) -> str:
    """'Hội nghị Bộ trưởng Ngoại giao Việt Nam-Australia lần thứ 4' is a bilateral mechanism."""
    if cue.type != "conference":
        return cue.type
    phrase = _phrase(sentence, cue.start)
    bilateral = re.search(r"Bộ trưởng|Thứ trưởng|Ủy ban|Uỷ ban", phrase) and re.search(
        r"\w[-–]\s?\w|\w\s[-–]\s\w", phrase
    )
    if bilateral and not re.search(r"ASEAN|APEC|G20|G7|Cấp cao|cấp cao|thượng đỉnh", phrase):
        return "committee_session"
    return "conference"


@lru_cache(maxsize=1)
def _state_name() -> re.Pattern:
    """A state's official name before its country's name: "Cộng hòa dân chủ nhân dân " (Lào)."""
    countries = "|".join(re.escape(name) for name in sorted(country_names(), key=len, reverse=True))
    return re.compile(rf"(?:Cộng h(?:òa|oà)|Hợp chúng quốc|Vương quốc|Liên bang)(?: \w+)*? (?=(?:{countries})$)")


def _person_label(mention: PersonMention) -> str:
    title = re.sub(r"^(?:nguyên|cựu|cố|tân)\s+", "", mention.title or "")
    # "Chủ tịch nước Cộng hòa dân chủ nhân dân Lào" reads "Chủ tịch nước Lào" in a title.
    title = _state_name().sub("", title)
    if title.lower() == "người đồng cấp":
        title = ""
    return f"{title} {mention.name}".strip()


def _named_after(sentence: str, pattern: re.Pattern, people: list[PersonMention]) -> list[PersonMention]:
    """The person each match of `pattern` introduces: the first named within a short stretch after it."""
    named = []
    for match in pattern.finditer(sentence):
        person = next((p for p in people if 0 <= p.offset - match.end() < 60), None)
        if person is not None and not re.search(r"[,;]", sentence[match.end() : person.offset]):
            named.append(person)
    return named


def _ordered_people(candidate: Candidate) -> list[PersonMention]:
    """The actor first, then the others.

    For a visit the actor is the one who travels: the one welcomed ("chủ trì lễ đón Tổng thống Y"),
    else the one after "của" ("chuyến thăm … của Thủ tướng X"), never the host who invited
    ("theo lời mời của X"); for other events the person named last before the cue ("Bộ trưởng X
    gửi điện …").
    """
    people = candidate.persons
    if not people:
        return []
    cue, sentence = candidate.cue, candidate.sentence
    actor = None
    hosts = _named_after(sentence, INVITED_BY, people) if candidate.type == "visit" else []
    if candidate.type == "visit":
        welcomed = _named_after(sentence, WELCOMED, people)
        of = VISIT_OF.search(sentence[cue.end : cue.end + 60])
        if welcomed:
            actor = welcomed[0]
        elif of:
            actor = next((p for p in people if p.offset >= cue.end + of.end() - 1 and p not in hosts), None)
    before = [p for p in people if p.offset < cue.start and p not in hosts]
    guests = [p for p in people if p not in hosts]
    actor = actor or (before[-1] if before else (guests or people)[0])
    return [actor, *[p for p in people if p is not actor]]


def _title(candidate: Candidate, all_agreements: list[str]) -> str:
    people = _ordered_people(candidate)
    lead = _person_label(people[0]) if people else ""
    other = people[1].name if len(people) > 1 else ""
    place = candidate.place or ""
    kind, cue, sentence = candidate.type, candidate.cue, candidate.sentence
    if kind == "visit" and lead:
        verb = "thăm chính thức" if "chính thức" in sentence[cue.start : cue.end + 12] else "thăm"
        return f"{lead} {verb} {place}".strip()
    if kind == "talks" and lead:
        return f"Hội đàm {lead}" + (f" - {other}" if other else "")
    if kind == "call" and lead:
        return f"Điện đàm {lead}" + (f" - {other}" if other else "")
    if kind == "meeting" and lead:
        verb = {"tiếp": "tiếp", "chào xã giao": "chào xã giao"}.get(cue.text.lower(), "gặp")
        return f"{lead} {verb} {_person_label(people[1])}" if other else f"{lead} {verb}"
    if kind == "anniversary":
        return _phrase(sentence, cue.start)
    if kind == "message" and lead:
        what = "điện chia buồn" if "chia buồn" in sentence else "điện mừng"
        return f"{lead} gửi {what}" + (f" {_person_label(people[1])}" if other else "")
    if kind == "upgrade" and ESTABLISHED.fullmatch(cue.text):
        return "Thiết lập quan hệ ngoại giao"
    if kind == "upgrade":
        framework = next((a for a in candidate.agreements), None) or next(iter(all_agreements), None)
        return f"Nâng cấp quan hệ lên {framework}" if framework else "Nâng cấp quan hệ"
    if kind == "signing" and candidate.agreements:
        return f"Ký {candidate.agreements[0]}"
    phrase = _phrase(sentence, cue.start)
    if kind == "visit" and place:
        return f"Chuyến thăm {place}"
    return phrase if len(phrase) > len(cue.text) + 3 else f"{event_type(kind).title_head} {lead}".strip()


def sentence_candidates(
    index: int, sentence: str, persons: list[PersonMention], year: YearGuess, published
) -> list[Candidate]:
    cues = find_cues(sentence)
    if not cues:
        return []
    all_dates = find_dates(sentence, year, published)
    # A span of years "(1972 - 2022)" dates an anniversary, never a visit or a meeting.
    dates = [d for d in all_dates if not (d.precision == YEAR and d.start.year != d.end.year)]
    ranges = [d for d in all_dates if d not in dates]
    assigned = assign_dates(cues, dates, sentence)
    anaphora_type, anaphoric, opening_end = None, False, 0
    for pattern, kind in ANAPHORA:
        opening = pattern.match(sentence)
        if opening:
            anaphora_type, anaphoric, opening_end = kind, True, opening.end()
            break
    if not anaphoric and SAME_DAY.search(sentence):
        anaphoric = True  # "… chiêu đãi vào tối cùng ngày": the day of the event told before
    for cue in cues:
        # "Trong khuôn khổ chuyến thăm, …", "Sau hội đàm, …": the opening names an event told before.
        cue.refers_back = cue.refers_back or cue.end <= opening_end
    # "Theo Đại sứ X, chuyến thăm …", "Đại sứ X: Chuyến thăm …": X speaks of the event, X is not in it.
    attribution = ATTRIBUTION.match(sentence)
    if attribution:
        persons = [p for p in persons if p.offset >= attribution.end()]
    sentence_agreements = [a.name for a in find_agreements(sentence, year)]
    # "Nhân dịp thăm X và dự Y, chiều 12/9, A gặp B": X and Y are the occasion; the day is the meeting's.
    context_until = None
    if CONTEXT_OPENING.match(sentence) and dates and DATE_OPENS_CLAUSE.search(sentence[: dates[0].offset]):
        context_until = dates[0].offset
    candidates: list[Candidate] = []
    seen_types: dict[str, Candidate] = {}
    # "A chào B, hội kiến C, tiếp D": one meeting per counterpart, each with the actors named before.
    directed = [i for i, cue in enumerate(cues) if cue.type in COUNTERPART_TYPES]
    actors = [p for p in persons if directed and p.offset < cues[directed[0]].start]
    objects = {
        i: [p for p in persons if cues[i].end <= p.offset < (cues[i + 1].start if i + 1 < len(cues) else len(sentence))]
        for i in directed
    }
    one_per_counterpart = sum(bool(o) for o in objects.values()) >= 2
    for i, cue in enumerate(cues):
        kind = _committee_or_conference(sentence, cue)
        next_start = cues[i + 1].start if i + 1 < len(cues) else len(sentence)
        if one_per_counterpart and objects.get(i) and kind in seen_types:
            seen_types.pop(kind)
        if cue.refers_back and any(cue.end <= d.offset < min(next_start, cue.end + 80) for d in dates):
            cue.refers_back = False  # "thành công chuyến thăm … (18-20/10)": dated, so told here
        if kind in seen_types and seen_types[kind].cue.refers_back and not cue.refers_back:
            seen_types.pop(kind)  # "Đây là chuyến thăm …, sau chuyến thăm Ấn Độ vào tháng Ba": two visits
        if kind in seen_types and kind not in ("upgrade", "message"):
            # A second cue of the same type in one sentence is the same event; it may bring the date.
            first = seen_types[kind]
            if first.date is None and i in assigned and not cue.refers_back:
                first.date = assigned[i]
            continue
        if kind == "message" and kind in seen_types:
            continue
        place = find_place(sentence, cue.start if kind == "visit" else 0) or find_place(sentence)
        candidate = Candidate(
            type=kind,
            sentence_index=index,
            sentence=sentence,
            cue=cue,
            persons=_company(i, cues, persons, actors, objects) if one_per_counterpart else list(persons),
            date=None if cue.refers_back else assigned.get(i),
            place=place.name if place else None,
            place_country=place.country if place else None,
            planned=_planned(sentence, cue, assigned.get(i)),
            agreements=sentence_agreements if kind in ("signing", "upgrade") else [],
            anaphora_type=anaphora_type,
            next_day=bool(NEXT_DAY.match(sentence)),
            anaphoric=anaphoric,
        )
        candidate.weak = not STRONG[kind] and not persons and not (kind == "visit" and place is not None)
        if cue.refers_back:
            candidate.weak = True
        if kind == "anniversary" and ranges:
            candidate.date = ranges[0]
        if context_until is not None and cue.start < context_until and candidate.date is not None:
            # "Nhân dịp thăm …, chiều 12/9, A gặp B": the day is the meeting's; the visit's is its month.
            candidate.date = as_months(candidate.date) if candidate.date.precision == DAY else candidate.date
        if kind == "upgrade" and ESTABLISHED.fullmatch(cue.text):
            candidate.date = _establishment_date(sentence, cue, dates)
            candidate.weak = candidate.date is None
        seen_types[kind] = candidate
        candidates.append(candidate)
    return _split_multi(candidates, all_dates, sentence)


def _establishment_date(sentence: str, cue: Cue, dates: list[DateSpan]) -> DateSpan | None:
    """When relations were established: a date written after the cue, else the reference data's year.

    The news day before the cue ("Chiều 14/3, … nhắc lại việc hai nước thiết lập quan hệ ngoại giao")
    is when it is recalled, not when it happened.
    """
    after = [d for d in dates if cue.end <= d.offset < cue.end + 60 and (d.precision == YEAR or not d.year_inferred)]
    if after:
        return after[0]
    partners = {p.country for p in places_in(sentence) if p.is_country and p.country != HOME_COUNTRY}
    established = countries()[partners.pop()].get("relations_with_vn") if len(partners) == 1 else None
    if not established:
        return None
    return DateSpan(date(established, 1, 1), date(established, 12, 31), YEAR, "", cue.start)


def _company(i: int, cues: list[Cue], persons, actors, objects) -> list[PersonMention]:
    """Who takes part in the i-th of a list of clauses ("A chào B; hội đàm với C; chứng kiến lễ ký"):
    the actors and the clause's own counterparts, else those of the clause before it."""
    own = objects.get(i) or [p for p in persons if cues[i].end <= p.offset < _next_start(i, cues)]
    if not own:
        before = [j for j in objects if j < i and objects[j]]
        own = objects[before[-1]] if before else []
    return actors + [p for p in own if p not in actors]


def _next_start(i: int, cues: list[Cue]) -> int:
    return cues[i + 1].start if i + 1 < len(cues) else 10**9


def _split_multi(candidates: list[Candidate], dates: list[DateSpan], sentence: str) -> list[Candidate]:
    """One event per framework step, one message per sender of 'lần lượt gửi điện'."""
    out = []
    for candidate in candidates:
        years = [
            d for d in dates if d.precision == YEAR and d.start.year == d.end.year and d.offset > candidate.cue.start
        ]
        if candidate.type == "upgrade" and len(years) >= 2:
            quoted = list(re.finditer(r"[“\"]([^”\"]{6,120})[”\"]\s*\((?:19|20)\d\d\)", sentence))
            for span in years:
                step = Candidate(**{**candidate.__dict__, "date": span, "agreements": []})
                name = next((q.group(1) for q in quoted if q.end() >= span.offset and q.start() < span.offset), None)
                if name:
                    step.agreements = [name]
                step.title = f"Quan hệ được nâng lên “{name}”" if name else ""
                out.append(step)
            continue
        if candidate.type == "message" and RESPECTIVELY.search(sentence) and len(candidate.persons) >= 2:
            cue_at = candidate.cue.start
            senders = [p for p in candidate.persons if p.offset < cue_at]
            recipients = [p for p in candidate.persons if p.offset > cue_at]
            if len(senders) >= 2 and recipients:
                # Respectively: each sender with one recipient, the last sender with the rest.
                for n, sender in enumerate(senders):
                    share = recipients[n : n + 1] if n < len(senders) - 1 else recipients[n:]
                    out.append(Candidate(**{**candidate.__dict__, "persons": [sender, *share]}))
                continue
        if candidate.type == "anniversary" and candidate.date and candidate.date.start.year != candidate.date.end.year:
            # "kỷ niệm 50 năm … (1972 - 2022)": the anniversary is the last year of the range.
            end = candidate.date.end
            candidate.date = DateSpan(
                end.replace(month=1, day=1), end, YEAR, candidate.date.text, candidate.date.offset
            )
        out.append(candidate)
    return out


def _overlap(a: DateSpan, b: DateSpan) -> bool:
    return a.start <= b.end and b.start <= a.end


def _share_people(a: Candidate, b: Candidate) -> bool:
    """Nobody named on one side, or someone in common; in one sentence, no two different counterparts
    ("A chào B, hội kiến C": two meetings)."""
    names_a, names_b = {fold(p.name) for p in a.persons}, {fold(p.name) for p in b.persons}
    if not names_a or not names_b:
        return True
    shared = names_a & names_b
    if a.sentence_index == b.sentence_index and names_a - shared and names_b - shared:
        return False
    return bool(shared)


def _confidence(candidate: Candidate) -> float:
    score = 0.4
    score += {DAY: 0.25, MONTH: 0.15, YEAR: 0.05}[candidate.date.precision]
    score += 0.15 if candidate.persons else 0.0
    score += 0.1 if candidate.place else 0.0
    score += 0.05 if STRONG[candidate.type] else 0.0
    score -= {"own": 0.0, "same-type": 0.0, "anaphora": 0.05, "news-day": 0.15, "published": 0.15, "year": 0.2}[
        candidate.date_source
    ]
    return round(max(0.05, min(0.95, score)), 2)


# Events of two states as such (an upgrade, an anniversary of relations, a joint committee, a signing)
# often name no person: their sentence names the pair ("quan hệ Việt Nam – Ấn Độ") or says "hai nước".
RELATIONSHIP_TYPES = {"upgrade", "anniversary", "committee_session", "signing"}
BOTH_COUNTRIES = re.compile(r"\bhai nước\b|\bsong phương\b", re.I)


def _article_pair(persons: PersonIndex, sentences: list[str]) -> set[str]:
    """The relationship the article is about: the home country and the foreign country it names most
    (through its persons and in its text); empty when no foreign country stands out."""
    counts: dict[str, int] = {}
    for person in persons.persons:
        if person.country and person.country != HOME_COUNTRY:
            counts[person.country] = counts.get(person.country, 0) + 1
    for sentence in sentences:
        for place in places_in(sentence):
            if place.is_country and place.country != HOME_COUNTRY:
                counts[place.country] = counts.get(place.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return set()
    return {HOME_COUNTRY, ranked[0][0]}


def _relationship_countries(candidate: Candidate, article_pair: set[str]) -> set[str]:
    """The countries of a relationship event that names no person: those its sentence names (the home
    country implied by its own press when one foreign country is named), else the article's pair when the
    sentence speaks of "hai nước"."""
    if candidate.type not in RELATIONSHIP_TYPES:
        return set()
    named = {place.country for place in places_in(candidate.sentence) if place.is_country}
    if named - {HOME_COUNTRY}:
        return named | {HOME_COUNTRY} if len(named - {HOME_COUNTRY}) == 1 else named
    return article_pair if BOTH_COUNTRIES.search(candidate.sentence) else set()


def build_events(sentences: list[str], persons: PersonIndex, year: YearGuess, published=None) -> list[FoundEvent]:
    """The article's events, each told once, with the most precise date any of its mentions gave."""
    candidates: list[Candidate] = []
    all_agreements: list[str] = []
    for index, sentence in enumerate(sentences):
        mentions = persons.by_sentence[index] if index < len(persons.by_sentence) else []
        candidates += sentence_candidates(index, sentence, mentions, year, published)
    for candidate in candidates:
        all_agreements += [a for a in candidate.agreements if a not in all_agreements]
    merged: list[tuple[Candidate, list[Candidate]]] = []
    article_pair = _article_pair(persons, sentences)
    offices = {person.name: person.title for person in persons.persons}
    today = published if published is not None and published.precision == DAY else None
    for candidate in settle_dates(candidates, sentences, year, today, published, _share_people):
        for keeper, group in merged:
            if (
                keeper.type == candidate.type
                and _overlap(keeper.date, candidate.date)
                and _share_people(keeper, candidate)
            ):
                group.append(candidate)
                break
        else:
            merged.append((candidate, [candidate]))
    events = []
    for _, group in merged:
        best = min(group, key=lambda c: (PRECISION_RANK[c.date.precision], c.date_source != "own", c.sentence_index))
        title = (best.title or _title(best, all_agreements))[:300]  # from the best sentence's own people
        people: dict[str, PersonMention] = {}
        for c in sorted(group, key=lambda c: (c is not best, c.sentence_index)):
            if c.weak and c is not best:
                continue  # "Đại sứ X: chuyến thăm …": who speaks of an event is not in it
            for p in c.persons:
                people.setdefault(p.name, p)
        best.persons = list(people.values())
        best.place = best.place or next((c.place for c in group if c.place), None)
        best.place_country = best.place_country or next((c.place_country for c in group if c.place_country), None)
        best.agreements = best.agreements or next((c.agreements for c in group if c.agreements), [])
        # A visit's place is its destination; any other event's venue makes no country pair
        # (two ministers meeting in Paris is not an event of France).
        venue_country = {best.place_country} if best.place_country and best.type == "visit" else set()
        countries = sorted(
            {p.country for p in best.persons if p.country} | venue_country
            or _relationship_countries(best, article_pair)
        )
        events.append(
            FoundEvent(
                type=best.type,
                title=title,
                date=best.date,
                evidence=best.sentence,
                sentence_index=best.sentence_index,
                place=best.place,
                countries=countries,
                participants=[Participant(p.name, p.title) for p in _ordered_people(best)],
                agreements=list(best.agreements),
                planned=best.planned,
                confidence=_confidence(best),
                why_draft=why_draft(best, year, offices),
                date_source=best.date_source,
            )
        )
    for event in events:
        rival = next((o for o in events if o is not event and o.type == event.type and _spans_overlap(o, event)), None)
        if rival is not None and not event.why_draft:
            event.why_draft = f"another {event.type} of the article overlaps its dates: {rival.title[:80]}"
    return sorted(events, key=lambda e: (e.date.start, e.sentence_index))


# Events made by persons, whose participants must be named for the event to be published on import.
PERSONAL_TYPES = {"visit", "talks", "meeting", "call", "message"}
# Sources of the article's year that come from the article or the curator; the others are guesses.
ARTICLE_YEAR_SOURCES = {"given", "url", "page", "text"}


def why_draft(candidate: Candidate, year: YearGuess, offices: dict[str, str]) -> str:
    """Why an event should wait for a curator rather than be published on import; "" when it passes.

    Published automatically only when very likely right: dated to the day or the month by its own
    words or by what they refer back to, its year from the article or its given date (not from the
    timeline); a meeting, talks, call, message or visit with named participants whose offices are
    known, a visit's visitor not from the country visited; no other event of its type at the same time.
    """
    people = candidate.persons
    if candidate.date.precision == YEAR:
        return "dated only to the year"
    if candidate.date_source in ("news-day", "published", "year"):
        return "dated by the article's news day or publication date, not by its own words"
    if candidate.date.year_inferred and year.basis not in ARTICLE_YEAR_SOURCES:
        return f"its year is a guess ({year.source or 'unknown'})"
    if candidate.type not in PERSONAL_TYPES:
        return ""
    if not people:
        return "no participant named"
    unknown = [p.name for p in people if not (p.title or offices.get(p.name))]
    if unknown:
        return f"office unknown: {', '.join(unknown)}"
    visitor = _ordered_people(candidate)[0] if candidate.type == "visit" else None
    if visitor is not None and visitor.country and visitor.country == candidate.place_country:
        return "the visitor is from the country visited: the host may have been taken for the visitor"
    return ""


def _spans_overlap(a: FoundEvent, b: FoundEvent) -> bool:
    return a.date.start <= b.date.end and b.date.start <= a.date.end
