"""An event as read from one sentence, before its date is settled and its mentions are merged."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .acts_on_relations import act_on_relations
from .built_once import built_once
from .clauses import clause_at
from .cues import NOUN_CUE, STRONG, Cue
from .dates import DAYTIME
from .event_types import ONE_DAY_EVENTS
from .folding import fold
from .levels import find_level
from .offices import office_title
from .persons import PersonMention
from .places import find_place
from .records import DAY, MONTH, YEAR, DateSpan
from .reference import HOME_COUNTRY, places_in


@dataclass
class Candidate:
    """An event as read from one sentence, before its date is settled and mentions are merged."""

    type: str
    sentence_index: int
    sentence: str
    cue: Cue
    persons: list[PersonMention]
    date: DateSpan | None = None
    date_source: str = "own"  # own | same-type | anaphora | news-day | published | year | reference
    place: str | None = None
    place_country: str | None = None
    planned: bool = False
    weak: bool = False
    title: str = ""
    agreements: list[str] = field(default_factory=list)
    anaphora_type: str | None = None
    anaphoric: bool = False
    day_shift: int = 0  # "Hôm sau, …": 1, the day after the event referred to; "Trước đó một ngày, …": -1
    counterpart_country: str | None = None  # one of several countries a sentence lists ("Đại sứ các nước A, B")

    @property
    def clause(self) -> str:
        return clause_at(self.sentence, self.cue.start, self.cue.end)

    def same_kind(self, other: Candidate) -> bool:
        """One type, and an establishment of relations only with another: raising relations in 2025 is not
        establishing them in 1989, though both are of the type "upgrade"; nor is raising them to two levels."""
        if self.type != other.type or act_on_relations(self.cue) != act_on_relations(other.cue):
            return False
        levels = {find_level(self.clause), find_level(other.clause)} if self.type == "upgrade" else set()
        return len(levels - {""}) <= 1


def foreign_countries(text: str) -> set[str]:
    return {place.country for place in places_in(text) if place.is_country} - {HOME_COUNTRY}


def other_pairs(clause: str, other: str) -> bool:
    """Two clauses of a sentence about two pairs ("A và B kỷ niệm …; cùng năm, A và C kỷ niệm …"): each names
    foreign countries, not the same ones."""
    if clause == other:
        return False
    mine, theirs = foreign_countries(clause), foreign_countries(other)
    return bool(mine and theirs and mine != theirs)


def of_other_pairs(a: Candidate, b: Candidate) -> bool:
    """Anniversaries or upgrades of two pairs told in one sentence are two events."""
    return (
        a.type in ("anniversary", "upgrade")
        and a.sentence_index == b.sentence_index
        and other_pairs(a.clause, b.clause)
    )


def with_other_partners(a: Candidate, b: Candidate) -> bool:
    """Two sentences' anniversaries or upgrades of Việt Nam with two partners ("… kỷ niệm 50 năm … Việt Nam - Nhật
    Bản" and, at the meeting with Canada's Prime Minister, "năm nay hai nước kỷ niệm 50 năm …") are two events: the
    foreign countries each clause names, or its people are of, differ."""
    if a.type not in ("anniversary", "upgrade") or a.sentence_index == b.sentence_index:
        return False
    mine, theirs = _partners(a), _partners(b)
    return bool(mine and theirs) and not mine & theirs


def _partners(c: Candidate) -> set[str]:
    return (foreign_countries(c.clause) | {p.country for p in c.persons if p.country}) - {HOME_COUNTRY}


def between_other_pairs(a: Candidate, b: Candidate) -> bool:
    """ "Hai nhà lãnh đạo chứng kiến lễ trao 11 văn kiện" (Việt Nam and Russia) and, the day before, "Tổng thống Nga và
    nhà lãnh đạo Triều Tiên đã ký Hiệp ước …": acts whose people are of two different pairs of countries are two (not
    a gathering's: each telling names some of those present)."""
    if a.type not in ONE_DAY_EVENTS:
        return False
    mine, theirs = ({p.country for p in c.persons if p.country} for c in (a, b))
    return len(mine) >= 2 and len(theirs) >= 2 and mine != theirs


def to_other_countries(a: Candidate, b: Candidate) -> bool:
    """Visits to two countries are two visits: one does not join nor date the other (a leader's onward trip
    is not the visit it follows; "chuyến thăm Nam Phi năm 2019" is not this visit to Việt Nam)."""
    return a.type == "visit" and bool(a.place_country and b.place_country) and a.place_country != b.place_country


AT_THE_OPENING = re.compile(
    r"^\W*(?:[^,.;]{0,90},\s*)?(?:tại|trong|ở)\s+$", re.IGNORECASE
)  # "Theo thông cáo …, tại cuộc gặp"


def _names_one_told(candidate: Candidate) -> bool:
    """ "Tại cuộc gặp, …": a noun cue that refers to the event told (not "có cuộc gặp ngắn với X", one of its own)."""
    told = (
        candidate.cue.refers_back
        # ("Bên lề hội nghị, A có cuộc gặp với X": the summit told, not a meeting.)
        or (candidate.anaphoric and candidate.anaphora_type in (None, candidate.type))
        or AT_THE_OPENING.match(candidate.sentence[: candidate.cue.start])
    )
    return bool(NOUN_CUE.match(candidate.cue.text)) and bool(told)


def two_counterparts(a: Candidate, b: Candidate) -> bool:
    """ "A chào B, hội kiến C", or A's meetings of one day: someone in common and each with someone of its own."""
    if a.sentence_index != b.sentence_index and (
        a.type not in ("meeting", "talks", "call") or _names_one_told(a) or _names_one_told(b)
    ):
        return False  # across sentences, "tại cuộc gặp …" names the meeting told, whoever else it names
    names_a, names_b = {fold(p.name) for p in a.persons}, {fold(p.name) for p in b.persons}
    shared = names_a & names_b
    own_a, own_b = names_a - shared, names_b - shared
    return bool(shared and own_a and own_b) and not any(_last_name(x) == _last_name(y) for x in own_a for y in own_b)


GENERATION = {"jr", "sr", "ii", "iii", "iv"}


def _last_name(folded: str) -> str:
    """ "joe biden" and "joseph r. biden jr.": one last name, which may be one person written two ways."""
    return next((word for word in reversed(folded.split()) if word.strip(".,") not in GENERATION), "")


def to_other_envoys(a: Candidate, b: Candidate) -> bool:
    """A meeting with one of several envoys listed is not one with another country's envoy: the other telling
    names a different listed country, or names nobody of it."""
    listed = {a.counterpart_country, b.counterpart_country} - {None}
    if not listed:
        return False
    if len(listed) > 1:
        return True
    unlisted = b if a.counterpart_country else a
    return unlisted.counterpart_country is None and next(iter(listed)) not in {p.country for p in unlisted.persons}


# The part of the day a telling writes for itself: "Chiều 28/11, …", "Trước đó, sáng cùng ngày, …".
PART_OF_DAY_WRITTEN = re.compile(
    rf"\b({DAYTIME})\s+(?:nay|qua|cùng ngày|(?:ngày\s+)?\(?\d{{1,2}}[/.-]\d{{1,2}})", re.IGNORECASE
)


def part_of_day(candidate: Candidate) -> str | None:
    written = PART_OF_DAY_WRITTEN.findall(candidate.sentence[: candidate.cue.start])
    return written[-1].lower() if written else None


def at_other_times(a: Candidate, b: Candidate) -> bool:
    """Meetings of one day, one in the afternoon and one "sáng cùng ngày", are two, whoever they name."""
    if a.type not in ("meeting", "talks", "call") or a.date is None or b.date is None or a.date != b.date:
        return False
    parts = part_of_day(a), part_of_day(b)
    return None not in parts and parts[0] != parts[1]


def done_and_planned(a: Candidate, b: Candidate) -> bool:
    """ "Trong chuyến thăm, A còn hội kiến B" and "Sáng 8/8, A dự kiến làm việc với C": in one article, a meeting
    done and one planned are two."""
    if a.type not in ("meeting", "talks", "call") or a.planned == b.planned or a.date is None or b.date is None:
        return False
    # One told to its day, the other dated only by the occasion it was told within (a summit planned "vào tháng 12"
    # and talked about "cho Hội nghị … tháng 12" is one; so is a caption's meeting and its mention "tháng 5").
    within = b if a.date.precision == DAY else a
    one_day = (a.date.precision == DAY) != (b.date.precision == DAY)
    return one_day and within.date_source == "anaphora" and not (a.cue.refers_back or b.cue.refers_back)


# What keeps two tellings of one type and overlapping dates apart, each a rule of its own.
KEPT_APART = (
    to_other_envoys,
    between_other_pairs,
    to_other_countries,
    of_other_pairs,
    with_other_partners,
    at_other_times,
    done_and_planned,
)


def dated_comma_clauses(sentence: str, cue: Cue, cues: list[Cue], dates: list[DateSpan]) -> bool:
    """Two or more comma-separated clauses of the sentence each tell an event of this cue's type with a date of
    its own ("A thăm X năm 2023, B thăm X tháng 1/2025"), not titles or a list of one person's activities."""
    clauses = []
    for other in (c for c in cues if c.type == cue.type):
        start, end = sentence.rfind(",", 0, other.start) + 1, sentence.find(",", other.end)
        end = len(sentence) if end < 0 else end
        if any(start <= d.offset < end for d in dates):
            clauses.append((start, end))
    return len(set(clauses)) >= 2 and any(a <= cue.start < b for a, b in clauses)


@built_once
def _stacked_title() -> re.Pattern:
    return re.compile(rf"(?:{office_title()})\s*$")


# "A hội kiến B, C và dự Diễn đàn …": C, the last of a list, with the first subject's next act after it.
AND_A_VERB = re.compile(r"\s+và\s+(?:(?:sẽ|cũng)\s+)?(?:tham\s+)?dự\b")


def clauses_with_subjects(sentence: str, cues: list[Cue], persons, mark: str = ",", countries: bool = False):
    """The clauses between `mark`s that name their own subject (a person; with `countries`, a country too) before
    their cue: where each starts -> its cues. Not a title stacked after a comma ("hội đàm với Phó Thủ tướng, Bộ
    trưởng Ngoại giao A trong chuyến thăm …": one person's titles)."""
    subjects: dict[int, list[Cue]] = {}
    for other in cues:
        start = sentence.rfind(mark, 0, other.start) + 1
        if start and _stacked_title().search(sentence, 0, start - 1):
            continue
        named = any(start <= p.offset < other.start and not AND_A_VERB.match(sentence, p.end) for p in persons)
        if named or (countries and places_in(sentence[start : other.start])):
            subjects.setdefault(start, []).append(other)
    return subjects


def subject_comma_clauses(sentence: str, cue: Cue, cues: list[Cue], persons) -> bool:
    """Two or more comma-separated clauses each name their own subject before their own cue, this cue's among
    them: "A hội đàm với B, C thăm X, D gặp E … là những tin nổi bật" (a round-up's lead), not one person's
    activities ("A hội đàm với B, hội kiến C")."""
    subjects = clauses_with_subjects(sentence, cues, persons)
    return len(subjects) >= 2 and any(cue in told for told in subjects.values())


# "chuyến thăm … của X" names the traveller; "theo lời mời của X", the inviter.
VISIT_OF = re.compile(r"(?<!mời )\bcủa\s")
# "B đang có chuyến thăm …": the traveller named as the subject just before the visit.
MAKING = re.compile(r"\s+(?:đang|cũng)?\s*(?:có|thực hiện|tiến hành)\s+", re.IGNORECASE)
# "chuyến thăm Việt Nam của Tổng thống X": the traveller named after the visit, before the clause ends.
OWNER_BEFORE = re.compile(rf"^[^,;:()]{{0,60}}?{VISIT_OF.pattern}\s*(?:[^,;:()]{{0,60}}\s)?$")


def _visit_owner(sentence: str, cue: Cue, persons: list[PersonMention], until: int) -> PersonMention | None:
    """Whose visit a "chuyến thăm … của X" names, when the person first named after the cue (before `until`,
    the next cue) is introduced by "của"."""
    after = next((p for p in persons if cue.end <= p.offset < until), None)
    return after if after is not None and OWNER_BEFORE.match(sentence[cue.end : after.offset]) else None


def _visit_maker(sentence: str, cue: Cue, persons: list[PersonMention], since: int) -> PersonMention | None:
    """Who "đang có chuyến thăm …" names just before the cue (after `since`) as making it."""
    making = next((p for p in reversed(persons) if since <= p.offset and p.end <= cue.start), None)
    return making if making is not None and MAKING.fullmatch(sentence, making.end, cue.start) else None


def without_other_visits_travellers(sentence: str, cues: list[Cue], i: int, persons: list[PersonMention]) -> list:
    """The sentence's persons but those another of its visits names as its own traveller ("Chuyến thăm … từ ngày 3
    đến 6/8 là chuyến thăm đầu tiên … kể từ chuyến thăm của Chủ tịch nước X năm 2018": X made the other one); of a
    visit that names its own traveller, not those named before it of a third country ("lịch trình của Chủ tịch
    Trung Quốc trùng với chuyến thăm Mỹ … của Giáo hoàng Francis": neither the Pope's nor the host's)."""
    ends = [cues[j + 1].start if j + 1 < len(cues) else len(sentence) for j in range(len(cues))]
    owners = {
        id(owner)
        for j, cue in enumerate(cues)
        if j != i and cue.type == "visit" and (owner := _visit_owner(sentence, cue, persons, ends[j])) is not None
    }
    # "Chuyến thăm của A diễn ra đúng thời điểm B đang có chuyến thăm …": B made the later one, not the first.
    owners |= {
        id(maker)
        for j, cue in enumerate(cues)
        if j > i and cue.type == "visit" and (maker := _visit_maker(sentence, cue, persons, cues[i].end)) is not None
    }
    own = _visit_owner(sentence, cues[i], persons, ends[i]) if cues[i].type == "visit" else None
    if own is not None:
        place = find_place(sentence[cues[i].end : own.offset])
        sides = {own.country, place.country if place else None}
        owners |= {id(p) for p in persons if p.offset < cues[i].start and p.country and p.country not in sides}
    return [p for p in persons if id(p) not in owners]


def two_visits(sentence: str, cues: list[Cue], persons: list[PersonMention], first, i: int, assigned: dict):
    """Whether the i-th cue of a sentence tells another visit than `first` (a Candidate), as (the first's
    people when its own traveller is named, else None; the other's traveller or None); None when it is the
    same visit told again. Two visits: each names
    its own traveller ("chuyến thăm … của A … nối tiếp chuyến thăm … của B"), or they go to two countries and
    the date is the sentence's own ("Ngày 12/3, … kết thúc chuyến thăm Việt Nam và lên đường thăm Campuchia")
    or the later one's ("… cùng với chuyến thăm Việt Nam của B tháng 6 vừa qua")."""
    cue, ends = (
        cues[i],
        [next((c.start for c in cues if c.start > x.start), len(sentence)) for x in (first.cue, cues[i])],
    )
    owners = [_visit_owner(sentence, x, persons, end) for x, end in zip((first.cue, cue), ends, strict=True)]
    if None not in owners and owners[0].name != owners[1].name:
        return [owners[0]], owners[1]
    # "Chuyến thăm của A diễn ra đúng thời điểm B đang có chuyến thăm …": B, the subject of the later one's clause.
    making = _visit_maker(sentence, cue, persons, first.cue.end)
    if making is not None:
        return None, making
    place, date = find_place(sentence, cue.start), assigned.get(i)
    leading_or_own = date is not None and (date.offset < first.cue.start or cue.end <= date.offset < ends[1])
    if place and first.place_country and place.country != first.place_country and leading_or_own:
        return None, owners[1]
    return None


def another_pairs(sentence: str, cue: Cue, first: Candidate) -> bool:
    """ "A và B kỷ niệm …; cùng năm, A và C kỷ niệm …": the anniversary of another pair than the first's."""
    return other_pairs(clause_at(sentence, cue.start, cue.end), first.clause)


def own_people(candidate: Candidate) -> list[PersonMention]:
    """Whom a telling names as its own: a visit's hosts, of the country it goes to, are not its visitors
    ("Thăm Việt Nam hôm nay, Bộ trưởng X sẽ gặp người đồng nhiệm Việt Nam" names no one new)."""
    if candidate.type == "visit" and candidate.place_country:
        return [p for p in candidate.persons if p.country != candidate.place_country]
    return candidate.persons


def confidence_of(candidate: Candidate) -> float:
    """How sure the reading is, before the publishing model judges it: its date's precision and source, its people."""
    score = 0.4
    score += {DAY: 0.25, MONTH: 0.15, YEAR: 0.05}[candidate.date.precision]
    score += 0.15 if candidate.persons else 0.0
    score += 0.1 if candidate.place else 0.0
    score += 0.05 if STRONG[candidate.type] else 0.0
    score -= {
        "own": 0.0,
        "same-type": 0.0,
        "anaphora": 0.05,
        "news-day": 0.15,
        "published": 0.15,
        "year": 0.2,
        "reference": 0.2,
    }[candidate.date_source]
    return round(max(0.05, min(0.95, score)), 2)
