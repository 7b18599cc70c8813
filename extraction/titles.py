"""An event's title as its best sentence tells it ("Thủ tướng X thăm chính thức Nhật Bản"): one composer per
event type. The site reads its facts from the event's fields; the title is what a reader sees."""

from __future__ import annotations

import re

from .actors import ordered_people, person_label
from .acts_on_relations import is_establishment
from .agreements import is_instrument
from .candidates import Candidate, foreign_countries
from .cues import COMMITTEE, phrase_at
from .event_facts import upgrade_level
from .event_types import event_type
from .levels import find_level, level
from .persons import PersonMention
from .reference import countries


def _visit(candidate: Candidate, people: list[PersonMention], agreements: list[str]) -> str:
    cue, sentence = candidate.cue, candidate.sentence
    verb = "thăm chính thức" if "chính thức" in sentence[cue.start : cue.end + 12] else "thăm"
    return f"{person_label(people[0])} {verb} {candidate.place or ''}".strip()


def _between(head: str):
    def compose(candidate: Candidate, people: list[PersonMention], agreements: list[str]) -> str:
        other = f" - {people[1].name}" if len(people) > 1 else ""
        return f"{head} {person_label(people[0])}{other}"

    return compose


# Credentials: presented by the envoy ("trình (bản sao) Quốc thư lên X"), received by the head of state ("nhận Quốc
# thư của X").
CREDENTIALS = re.compile(r"(?P<side>trình|nhận)\s+(?P<what>(?:bản sao )?(?:quốc thư|thư [uủ]y nhiệm))", re.IGNORECASE)


def _meeting_verb(cue_text: str) -> str:
    credentials = CREDENTIALS.search(cue_text)
    if credentials:
        what = re.sub("(?i)quốc thư", "Quốc thư", credentials.group("what").lower())
        return f"trình {what} lên" if credentials.group("side").lower() == "trình" else f"nhận {what} của"
    return {"tiếp": "tiếp", "chào xã giao": "chào xã giao"}.get(cue_text.lower(), "gặp")


def _meeting(candidate: Candidate, people: list[PersonMention], agreements: list[str]) -> str:
    verb = _meeting_verb(candidate.cue.text)
    lead = person_label(people[0])
    if len(people) > 1:
        return f"{lead} {verb} {person_label(people[1])}"
    if candidate.counterpart_country:
        envoy = f"Đại sứ {countries()[candidate.counterpart_country]['vi']}"
        # "A tiếp các Đại sứ B, C đến trình Quốc thư": each envoy presents them to A.
        return f"{envoy} {verb} {lead}" if verb.startswith("trình") else f"{lead} {verb} {envoy}"
    if people[0].offset > candidate.cue.start:
        # "Chủ tịch nước tiếp Đại sứ X" with no host named: X is received, not receiving.
        return f"{verb[0].upper()}{verb[1:]} {lead}"
    if verb in ("tiếp", "gặp"):
        # Whom the sentence does not name ("tiếp Tổng Giám đốc Tập đoàn …", "tiếp Đoàn doanh nghiệp Hoa Kỳ"):
        # a delegation of the one foreign country it names, else guests; never a verb left hanging.
        foreign = foreign_countries(candidate.sentence)
        return f"{lead} {verb} " + (f"đoàn {countries()[foreign.pop()]['vi']}" if len(foreign) == 1 else "khách")
    return f"{lead} {verb}"


def _message(candidate: Candidate, people: list[PersonMention], agreements: list[str]) -> str:
    what = "điện chia buồn" if "chia buồn" in candidate.sentence else "điện mừng"
    # The one who sends and the one who receives: named after the cue ("gửi điện mừng tới X"), not another
    # sender of a list ("A, B và C đã gửi điện mừng X").
    recipient = next((p for p in people[1:] if p.offset > candidate.cue.start), None)
    before = sorted((p for p in people if p.offset < candidate.cue.start), key=lambda p: p.offset)
    if not before:
        # "lãnh đạo Việt Nam gửi điện mừng X": X receives it; the senders are not named.
        return f"Gửi {what} {person_label(people[0])}"
    senders = [person_label(p) for p in before][:3]
    named = senders[0] if len(senders) == 1 else f"{', '.join(senders[:-1])} và {senders[-1]}"
    return f"{named} gửi {what}" + (f" {person_label(recipient)}" if recipient else "")


WELCOME = re.compile(r"lễ đón", re.IGNORECASE)
COMMITTEE_MEETS = re.compile(
    rf"(?P<committee>{COMMITTEE}[^,.;]{{3,150}}?)\s+(?:(?:sẽ|đã|đang|vừa)\s+)*(?:họp|tổ chức|tiến hành)\s+$"
)

# Composers of the types whose title is told by its people ("A gặp B"); they need a participant.
BY_PEOPLE = {
    "visit": _visit,
    "talks": _between("Hội đàm"),
    "call": _between("Điện đàm"),
    "meeting": _meeting,
    "message": _message,
}


def _upgrade(candidate: Candidate, all_agreements: list[str]) -> str:
    if is_establishment(candidate.cue):
        return "Thiết lập quan hệ ngoại giao"
    # The level its sentence names, else a document naming a level, its own first ("Khuôn khổ Đối tác …"):
    # never any document (a joint statement announcing the upgrade, an MOU signed the same day, is not
    # what relations were raised to).
    named = level(upgrade_level(candidate))
    framework = (named.vi if named else None) or next(
        (a for a in [*candidate.agreements, *all_agreements] if find_level(a) and not is_instrument(a)), None
    )
    return f"Nâng cấp quan hệ lên {framework}" if framework else "Nâng cấp quan hệ"


def compose_title(candidate: Candidate, all_agreements: list[str]) -> str:
    """The title of the event `candidate` tells; `all_agreements` are those the article names."""
    people = ordered_people(candidate)
    kind, cue = candidate.type, candidate.cue
    if kind in BY_PEOPLE and people:
        return BY_PEOPLE[kind](candidate, people, all_agreements)
    if kind == "anniversary":
        return phrase_at(candidate.sentence, cue.start)
    if kind == "upgrade":
        return _upgrade(candidate, all_agreements)
    if kind == "signing" and candidate.agreements:
        return f"Ký {candidate.agreements[0]}"
    if kind == "visit" and candidate.place:
        return f"Chuyến thăm {candidate.place}"
    phrase = phrase_at(candidate.sentence, cue.start)
    if kind == "committee_session" and not re.search(COMMITTEE, phrase):
        # "Ủy ban Hỗn hợp … Việt Nam - Lào sẽ họp kỳ họp lần thứ 47": the session of the committee named before.
        named = COMMITTEE_MEETS.search(candidate.sentence[: cue.start])
        phrase = f"{phrase} {named.group('committee')}" if named else phrase
    if kind == "meeting" and candidate.counterpart_country and CREDENTIALS.search(candidate.sentence):
        # "Cùng ngày trình Quốc thư có Đại sứ các nước Lào, Canada": each envoy's, by their country.
        return f"Đại sứ {countries()[candidate.counterpart_country]['vi']} trình Quốc thư"
    if WELCOME.match(cue.text) and len(people) > 1:
        # "A chủ trì lễ đón và hội đàm với B": the ceremony is B's, the guest after the host.
        return f"Lễ đón {person_label(people[1])}"
    lead = person_label(people[0]) if people else ""
    return phrase if len(phrase) > len(cue.text) + 3 else f"{event_type(kind).title_head} {lead}".strip()
