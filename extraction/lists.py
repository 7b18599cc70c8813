"""Lists a sentence tells as one: one event per framework step of a list of years, one message per sender of
"lần lượt gửi điện", one establishment per country of "lần lượt thiết lập quan hệ", one meeting per envoy of
countries listed together and per office holder met in turn."""

from __future__ import annotations

import re
from datetime import timedelta

from .acts_on_relations import is_establishment
from .candidates import Candidate
from .cues import find_cues
from .date_contexts import ANNOUNCING
from .dates import as_months
from .persons import office_of
from .records import DAY, YEAR, DateSpan
from .reference import countries, place_pattern, places

RESPECTIVELY = re.compile(r"\blần lượt\b", re.I)
ITEM_DATE_GAP = 12  # characters between a listed name and a date of its own ("…, ngày 5/3")

# "tiếp Đại sứ các nước A, B và C tới trình Quốc thư": one meeting with each envoy.
LISTED_ENVOYS = re.compile(r"\bĐại sứ(?: của)?(?: các nước| các quốc gia| các nước:)?\s+")
LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+và\s+")


def listed_countries(text: str, at: int) -> list[str]:
    """The countries listed from `at` on ("Argentina, Algeria, Đức và Thụy Điển"): ISO codes in order."""
    listed = []
    while True:
        found = place_pattern().match(text, at)
        if not found or not places()[found.group(1)].is_country:
            return listed
        listed.append(places()[found.group(1)].country)
        separator = LIST_SEPARATOR.match(text, found.end())
        if not separator:
            return listed
        at = separator.end()


def per_envoy(candidate: Candidate) -> list[Candidate]:
    """A meeting with the envoys of several countries listed in one phrase, one candidate per country."""
    if candidate.type != "meeting":
        return [candidate]
    for envoys in LISTED_ENVOYS.finditer(candidate.sentence):
        listed = listed_countries(candidate.sentence, envoys.end())
        if len(listed) >= 2:
            return [Candidate(**{**candidate.__dict__, "counterpart_country": iso}) for iso in listed]
        if listed and not any(p.country == listed[0] for p in candidate.persons):
            # "Tiếp Đại sứ Kazakhstan, Chủ tịch nước …": an envoy named by the country alone is that country's
            candidate.counterpart_country = listed[0]
    return [candidate]


# What stands between two persons met in turn, before the next one's office: "Tổng bí thư A, Chủ tịch nước B
# và Chủ tịch Quốc hội C", with perhaps some met unnamed in between ("… cùng một số thượng nghị sĩ của các
# ủy ban, Chủ tịch Hạ viện D"). Anything more ("…, dự chiêu đãi của Thủ tướng D") is another clause.
NEXT_IN_LIST = re.compile(
    # "B tại La Habana, C tại Buenos Aires và D": where each is met may follow their name
    r"(?:(?:tại|ở)\s+[^,;.:()]{2,40}?\s*)?(?:,|và|cùng)\s*"
    r"(?:(?:một số|một vài|các|nhiều|những)\s+[^,;.:()]{3,80}?\s*(?:,|\bvà\b)\s*)?"
)


def per_counterpart(candidate: Candidate, dates: list[DateSpan]) -> list[Candidate]:
    """A meeting with several office holders listed after its cue, one candidate per office: the subject with
    each ("A hội kiến Tổng bí thư B, Chủ tịch nước C và Chủ tịch Quốc hội D" is three meetings). Names listed
    under one office ("các thượng nghị sĩ E và F") are met together; a date written with one of them ("tiếp
    Đại sứ B (ngày 5/3), Đại sứ C (ngày 12/3)") is that meeting's."""
    sentence = candidate.sentence
    # Talks and calls are listed one by one only in turn: "lần lượt hội đàm với B và C", "các cuộc điện đàm với …".
    in_turn = IN_TURN.search(sentence, max(0, candidate.cue.start - 40), candidate.cue.start)
    if candidate.type not in ("meeting", "talks", "call") or (candidate.type != "meeting" and not in_turn):
        return [candidate]
    if candidate.counterpart_country:
        return [candidate]
    before = [p for p in candidate.persons if p.offset < candidate.cue.start]
    after = [p for p in candidate.persons if p.offset >= candidate.cue.end]
    if not before or len(after) < 2:
        return [candidate]
    groups = [[after[0]]]
    for previous, person in zip(after, after[1:], strict=False):
        gap = " ".join(sentence[previous.end : person.offset].split())
        separator = NEXT_IN_LIST.match(gap)
        written = gap[separator.end() :] if separator else None
        if written == "" and person.title and sentence.startswith(person.title, person.offset):
            written = person.title  # "lần lượt gặp Thủ tướng Chile, Thủ tướng Peru": named by the office alone
        # "thượng nghị sĩ E và F": F holds E's office, not written again, and is met with E.
        under_one_office = written == "" and person.title == previous.title
        # "ông E, Tổng Bí thư Đảng X; ông F, …": each named by an honorific, the office after the name.
        apposed = APPOSED_NEXT.match(gap)
        if apposed and apposed.group("title") == previous.title:
            groups.append([person])
            continue
        if not _titled_as(written, person.title) and not under_one_office:
            return [candidate]  # not one list: the clause goes on about something else
        if (person.title or written) and not under_one_office:
            groups.append([person])
        else:
            groups[-1].append(person)
    if len(groups) < 2:
        return [candidate]
    subject = before[0]
    # "có các cuộc hội đàm, hội kiến với …": talks with those who hold the subject's own office, a meeting with
    # the others (a head of state holds talks with heads of state and is received by the rest).
    both = TALKS_AND_MEETINGS.search(sentence, subject.end, after[0].offset)
    subject_offices = _offices(_title_before(subject, sentence))
    return [
        Candidate(
            **{
                **candidate.__dict__,
                "persons": [subject, *group],
                "type": candidate.type if candidate.type != "meeting" else kind_met(both, subject_offices, group),
                "date": _written_with(group, dates) or candidate.date,
            }
        )
        for group in groups
    ]


def _titled_as(written: str | None, title: str) -> bool:
    """What is written before a listed name is their office: the title read with it, or one the reading of
    titles left out ("…, Ủy viên trưởng Lật Chiến Thư và …"), or offices stacked before it ("…, Bí thư thứ nhất
    Đảng X, Chủ tịch nước X B")."""
    if not written or not written[0].isupper():
        return written == title
    return written == title or (written.endswith(title) if title else len(written) <= 100) and len(written) <= 160


def kind_met(both, subject_offices: set[str], group) -> str:
    return "talks" if both and subject_offices & _offices(group[0].title) else "meeting"


APPOSED_NEXT = re.compile(r"^,\s*(?P<title>[^;,]{3,120}?)\s*[;,]\s*(?:và\s+)?(?:ông|bà|ngài)$")
IN_TURN = re.compile(r"\b(?:lần lượt|các cuộc|những cuộc)\b", re.IGNORECASE)


def _written_with(group, dates: list[DateSpan]) -> DateSpan | None:
    """The date written with the last name of a group, in brackets or just after it: "Đại sứ B (ngày 5/3)"."""
    last = group[-1]
    return next((d for d in dates if last.offset < d.offset <= last.end + ITEM_DATE_GAP), None)


TALKS_AND_MEETINGS = re.compile(r"\bhội đàm\s*(?:,|và)\s*hội kiến\b", re.I)


def _title_before(person, sentence: str) -> str:
    """The offices written before a name, a list of them included ("Tổng Bí thư, Chủ tịch nước Trung Quốc")."""
    return sentence[max(0, person.offset - len(person.title) - 40) : person.offset]


def _offices(title: str) -> set[str]:
    """ "Tổng Bí thư, Chủ tịch nước Trung Quốc" -> {"tổng bí thư", "chủ tịch nước"}."""
    return {office_of(part.strip()) for part in re.split(r",|\bkiêm\b", title) if part.strip()}


STEP_WORDS = re.compile(r"\b(?:lên|nâng|thiết lập|xác lập|[Đđ]ối tác)\b|[“\"(]")


def per_framework_step(candidate: Candidate, dates: list[DateSpan], sentence: str) -> list[Candidate]:
    """An upgrade followed by two or more years: one upgrade per step, named by the framework quoted before
    its year ("“Đối tác chiến lược” (2009) … (2023)")."""
    years = [d for d in dates if d.precision == YEAR and d.start.year == d.end.year and d.offset > candidate.cue.start]
    # A later year is a step's when words of a step stand before it ("…, và lên Đối tác chiến lược toàn diện năm
    # 2023"), not "…, rơi xuống mức thấp nhất từ năm 2020".
    years = years[:1] + [
        d for prev, d in zip(years, years[1:], strict=False) if STEP_WORDS.search(sentence, prev.offset, d.offset)
    ]
    if candidate.type != "upgrade" or is_establishment(candidate.cue) or len(years) < 2:
        return [candidate]  # relations are established once: a later year is another step's
    quoted = list(re.finditer(r"[“\"]([^”\"]{6,120})[”\"]\s*\((?:19|20)\d\d\)", sentence))
    # Each step told by the cue nearest its year ("thiết lập quan hệ Đối tác chiến lược năm 2015, và năm 2024
    # nâng cấp lên …"): its level is read from its own words.
    cues = [cue for cue in find_cues(sentence) if cue.type == "upgrade" and not is_establishment(cue)]
    steps = []
    for span in years:
        cue = min(
            cues or [candidate.cue], key=lambda cue: min(abs(cue.start - span.offset), abs(cue.end - span.offset))
        )
        step = Candidate(**{**candidate.__dict__, "date": span, "agreements": [], "cue": cue})
        name = next((q.group(1) for q in quoted if q.end() >= span.offset and q.start() < span.offset), None)
        if name:
            step.agreements = [name]
        step.title = f"Quan hệ được nâng lên “{name}”" if name else ""
        steps.append(step)
    return steps


# Years listed one after the other: "các năm 2013 và 2018", "năm 2013, 2016 và 2018".
YEAR_LIST_GAP = re.compile(r"\s*(?:,|và)\s*(?:năm\s+)?")


def per_year_listed(candidate: Candidate, dates: list[DateSpan], sentence: str) -> list[Candidate]:
    """A visit made in years listed ("từng thăm Việt Nam vào các năm 2013 và 2018"): one visit per year, whichever
    of them the cue took; "A và B lần lượt thăm … vào các năm 2000 và 2006": each with its traveller."""
    first = candidate.date
    if candidate.type != "visit" or first is None or first.precision != YEAR or candidate.planned:
        return [candidate]
    chains: list[list[DateSpan]] = []
    for span in (d for d in dates if d.precision == YEAR):
        last = chains[-1][-1] if chains else None
        if last is not None and YEAR_LIST_GAP.fullmatch(sentence[last.offset + len(last.text) : span.offset]):
            chains[-1].append(span)
        else:
            chains.append([span])
    years = next((chain for chain in chains if first in chain), [first])
    travellers = [p for p in candidate.persons if p.offset < candidate.cue.start]
    in_turn = bool(RESPECTIVELY.search(sentence)) and len(travellers) == len(years) > 1
    return [
        Candidate(**{**candidate.__dict__, "date": span, "persons": [travellers[i]] if in_turn else candidate.persons})
        for i, span in enumerate(years)
    ]


# "lần thứ nhất vào tháng 6/2000 giữa A và B, lần thứ hai vào tháng 10/2007 giữa C và D": occurrences counted.
NTH_TIME = re.compile(r"\blần (?:thứ (?:nhất|hai|ba|tư|năm|\d+)|đầu tiên|đầu|gần nhất|sau đó)\b", re.IGNORECASE)


# "Hội nghị Cấp cao ASEAN lần thứ 42 …, Hội nghị Cấp cao ASEAN lần thứ 43": a gathering's number, not an occurrence.
GATHERING_NAMED_BEFORE = re.compile(
    r"\b(?:Hội nghị|Phiên họp|Kỳ họp|Khóa họp|Diễn đàn|Đối thoại|Hội thảo|Đại hội)\b[^,;.]{0,50}$", re.IGNORECASE
)


def per_occurrence(candidate: Candidate, dates: list[DateSpan], sentence: str) -> list[Candidate]:
    """An event told as several occurrences counted after it, each with its date and perhaps its own people:
    one event per occurrence."""
    counted = [
        m for m in NTH_TIME.finditer(sentence)
        if m.start() > candidate.cue.start and not GATHERING_NAMED_BEFORE.search(sentence, 0, m.start())
    ]  # fmt: skip
    if len(counted) < 2:
        return [candidate]
    # Up to another kind of event: "đã điện đàm lần đầu ngày 9/6 và gặp trực tiếp lần đầu … ngày 17/6" is a call and
    # a meeting.
    other = next(
        (c.start for c in find_cues(sentence) if c.start > candidate.cue.end and c.type != candidate.type), None
    )
    counted = [m for m in counted if other is None or m.start() < other]
    if len(counted) < 2:
        return [candidate]
    bounds = [m.start() for m in counted] + [len(sentence)]
    told = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        own = [d for d in dates if start <= d.offset < end]
        # A person named again in an occurrence counts there too (a sentence's mentions are one per person).
        people = [p for p in candidate.persons if start <= p.offset < end or p.name in sentence[start:end]]
        if len(own) != 1:
            return [candidate]
        told.append(Candidate(**{**candidate.__dict__, "date": own[0], "persons": people or candidate.persons}))
    return told


def per_sender(candidate: Candidate, sentence: str) -> list[Candidate]:
    """ "A và B lần lượt gửi điện mừng C và D": each sender with one recipient, the last sender with the rest."""
    if candidate.type != "message" or not RESPECTIVELY.search(sentence) or len(candidate.persons) < 2:
        return [candidate]
    senders = [p for p in candidate.persons if p.offset < candidate.cue.start]
    recipients = [p for p in candidate.persons if p.offset > candidate.cue.start]
    if len(senders) < 2 or not recipients:
        return [candidate]
    return [
        Candidate(
            **{
                **candidate.__dict__,
                "persons": [sender, *(recipients[n : n + 1] if n < len(senders) - 1 else recipients[n:])],
            }
        )
        for n, sender in enumerate(senders)
    ]


def per_host_in_turn(candidate: Candidate) -> list[Candidate]:
    """ "Tổng Bí thư A, Chủ tịch nước B và Chủ tịch Quốc hội C lần lượt tiếp D": one meeting per host, each with the
    guests named after the cue."""
    if candidate.type not in ("meeting", "talks", "call"):
        return [candidate]
    if not RESPECTIVELY.search(candidate.sentence, max(0, candidate.cue.start - 12), candidate.cue.start):
        return [candidate]
    hosts = [p for p in candidate.persons if p.offset < candidate.cue.start]
    guests = [p for p in candidate.persons if p.offset >= candidate.cue.end]
    if len(hosts) < 2:
        return [candidate]
    # (The guest may be named by office alone, "… lần lượt hội kiến Nhà vua": still one meeting per host.)
    return [Candidate(**{**candidate.__dict__, "persons": [host, *guests]}) for host in hosts]


WITH_AFTER = re.compile(r"[^,.;:]{0,40}?\bvới\s+")


def per_country_in_turn(candidate: Candidate) -> list[Candidate]:
    """ "Trong hai ngày 2 và 3/2, A lần lượt thiết lập quan hệ ngoại giao với B và C": relations established with
    each country listed, each on its day, in order."""
    date = candidate.date
    establishes = candidate.type == "upgrade" and is_establishment(candidate.cue)
    if not establishes or date is None or date.precision != DAY or not RESPECTIVELY.search(candidate.sentence):
        return [candidate]
    after = WITH_AFTER.match(candidate.sentence, candidate.cue.end)
    listed = listed_countries(candidate.sentence, after.end()) if after else []
    days = [date.start + timedelta(days=n) for n in range((date.end - date.start).days + 1)]
    if len(listed) < 2 or len(days) != len(listed):
        return [candidate]
    return [
        Candidate(**{
            **candidate.__dict__,
            "counterpart_country": iso,
            "date": DateSpan(day, day, DAY, date.text, date.offset, date.year_inferred),
        })
        for iso, day in zip(listed, days, strict=True)
    ]  # fmt: skip


# "Sáng 9/3, Chủ tịch nước lên đường thăm …": the day written is the departure's.
DEPARTURE = re.compile(r"[^.;]{0,60}?\blên đường\b")
# "thăm chính thức Úc và thăm chính thức New Zealand": a leg of a trip, by the country it goes to.
LEG_ENDED = re.compile(r"\b(?:[Kk]ết thúc|[Ss]au khi kết thúc|[Ss]au)\s+(?:tốt đẹp\s+)?(?:chuyến\s+)?$")
LEG = re.compile(r"\bthăm(?: chính thức| cấp [Nn]hà nước| làm việc)?\s+")


def trip_legs(sentence: str) -> list[str]:
    """The countries the sentence's "thăm <country>" go to, listed after one ("thăm Tanzania, Mozambique và Iran")
    or each after its own, in order, each once."""
    legs = []
    for leg in LEG.finditer(sentence):
        if LEG_ENDED.search(sentence, max(0, leg.start() - 30), leg.start()):
            continue  # "Kết thúc chuyến thăm Triều Tiên, A tới Hà Nội …": a leg behind, not of the days told
        for country in listed_countries(sentence, leg.end()):
            if country not in legs:
                legs.append(country)
    return legs


def per_leg(candidate: Candidate, dates: list[DateSpan], sentence: str) -> list[Candidate]:
    """ "Chuyến công tác của A từ ngày 5 - 11/3, gồm … thăm chính thức Úc và thăm chính thức New Zealand": one visit
    per country, each in the trip's months (which of its days is each leg's, the sentence does not say)."""
    date = candidate.date
    if candidate.type != "visit" or date is None or date.precision != DAY or date.start == date.end:
        return [candidate]
    legs = trip_legs(sentence)
    # (legs dated each on its own, to the day or the month, are visits told apart; the day of a departure for
    # them, "Sáng 9/3, A lên đường thăm B, C và D từ ngày 9-15/3", is none of theirs)
    # nor is the day it was announced ("Chiều 24/10, Người phát ngôn … thông báo: …").
    dated_legs = [
        d for d in dates
        if d.precision != YEAR and not DEPARTURE.match(sentence, d.offset + len(d.text))
        and not _announced_on(sentence, d)
    ]  # fmt: skip
    if len(legs) < 2 or len(dated_legs) > 1:
        return [candidate]
    return [
        Candidate(**{
            **candidate.__dict__,
            "date": as_months(date),
            "place": countries()[iso]["vi"],
            "place_country": iso,
            "persons": [p for p in candidate.persons if p.country not in set(legs) - {iso}],
        })
        for iso in legs
    ]  # fmt: skip


# "Chiều 24/10, Người phát ngôn Bộ Ngoại giao A thông báo: …": the day of the announcement.
ANNOUNCED_AFTER = re.compile(rf"[^.;:]{{0,80}}?\b(?:{ANNOUNCING})\b", re.IGNORECASE)


def _announced_on(sentence: str, day: DateSpan) -> bool:
    return bool(ANNOUNCED_AFTER.match(sentence, day.offset + len(day.text)))


def split_lists(candidates: list[Candidate], dates: list[DateSpan], sentence: str) -> list[Candidate]:
    """One event per framework step, one visit per year listed, one event per occurrence counted, one message per
    sender of 'lần lượt gửi điện', one establishment per country of 'lần lượt thiết lập quan hệ', one meeting per
    host of 'lần lượt tiếp', per envoy or office holder of a list."""
    out = []
    for told in [host for candidate in candidates for host in per_host_in_turn(candidate)]:
        for envoy in per_envoy(told):
            for one in per_counterpart(envoy, dates):
                for step in per_framework_step(one, dates, sentence):
                    for each_year in per_year_listed(step, dates, sentence):
                        for each_time in per_occurrence(each_year, dates, sentence):
                            for each_sender in per_sender(each_time, sentence):
                                for each_country in per_country_in_turn(each_sender):
                                    out += per_leg(each_country, dates, sentence)
    for candidate in out:
        if candidate.type == "anniversary" and candidate.date and candidate.date.start.year != candidate.date.end.year:
            # "kỷ niệm 50 năm … (1972 - 2022)": the anniversary is the last year of the range.
            end = candidate.date.end
            candidate.date = DateSpan(
                end.replace(month=1, day=1), end, YEAR, candidate.date.text, candidate.date.offset
            )
    return out
