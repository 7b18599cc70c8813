"""The type a cue tells in its sentence, where its words alone do not say: a summit of two leaders is their talks,
a dialogue named by its subject a mechanism of two, talks held online a call, a session of a body of the United
Nations a conference."""

from __future__ import annotations

import re

from .alternation import any_of
from .built_once import built_once
from .cues import Cue, phrase_at
from .reference import country_names, places_in

# One spaced dash between two names: "Việt Nam - Australia", "Nga – Ấn"; a second one makes a trilateral.
ONE_PAIR = re.compile(r"^(?:(?! [-–] ).)*\w [-–] \w(?:(?! [-–] ).)*$")
MULTILATERAL = re.compile(
    r"ASEAN|APEC|G20|G7|BRICS|SCO|Liên hợp quốc|Mekong|Mê Công|Mê-kông|Lan Thương|Á-Âu|Á - Âu|châu|Pháp ngữ"
    r"|Đông Á|Thái Bình Dương|Tiểu vùng|CLMV|CLV|ACMECS|WEF|Ả Rập|Hồi giáo|châu Phi|Vùng Vịnh|NATO|EU"
    # a side that is a group: "Trung Quốc - các quốc gia A-rập", "Hội đồng Hợp tác vùng Vịnh", "Trung Á"
    r"|\bcác (?:quốc gia|nước)\b|A-rập|Ả-rập|\bArab\b|[Vv]ùng Vịnh|Trung Á|Trung Đông|Mỹ Latinh|Caribe|Bắc Âu"
    # three or more sides: "Hội nghị thượng đỉnh ba bên Mỹ-Nhật-Philippines"
    r"|\b(?:ba|bốn|năm) (?:bên|nước)\b|\bđa phương\b"
)
SUMMIT = re.compile(r"[Cc]ấp cao|[Tt]hượng đỉnh")
MANY_SIDES = 3
BETWEEN_TWO = re.compile(  # "Hội nghị thượng đỉnh thường niên giữa hai nước", "… lần thứ hai giữa hai nhà lãnh đạo"
    r"\b(?:giữa hai (?:nước|nhà lãnh đạo)|song phương)\b", re.I
)
# "Hội nghị cấp cao Việt Nam - Chile về đầu tư": a gathering on a subject, not the two leaders' talks.
ON_A_SUBJECT = re.compile(r"\svề\s")
# "hội nghị thượng đỉnh với Tổng thống Mỹ X": with one leader, not a list of them.
LEADER = r"(?:ông|bà|Tổng thống|Thủ tướng|Chủ tịch|Quốc vương|nhà lãnh đạo|lãnh đạo)"
# (Not "với lãnh đạo các nước thuộc GCC": the leaders of several.)
WITH_ONE_LEADER = re.compile(
    rf"[^,;.]{{0,50}}?\svới {LEADER}\s(?!(?:các|những|nhiều|\d+)\s)(?![^.;]*?(?:,|\svà)\s*{LEADER}\b)"
)
# "hội nghị thượng đỉnh hôm thứ Hai giữa ông X và Chủ tịch nước Y": between two leaders.
BETWEEN_TWO_LEADERS = re.compile(rf"[^,;.]{{0,60}}?\sgiữa {LEADER}\s[^,;.]{{1,50}}?\svà {LEADER}\s")
# A dialogue named by its subject, not by a place or a group ("Đối thoại Shangri-La"): two sides' mechanism.
TOPICAL_DIALOGUE = re.compile(r"Đối thoại (?:Ngoại giao|Chiến lược|Kinh tế|An ninh|Quốc phòng|Chính sách|Đối tác)\b")
# The sessions of the United Nations' bodies are gatherings of all its members; so are those of a group's council
# ("Phiên họp Hội đồng nguyên thủ quốc gia các nước thành viên SCO").
MANY_STATES_BODY = re.compile(
    r"\b(?:Đại hội đồng|Hội đồng Bảo an|Hội đồng Nhân quyền|Hội đồng nguyên thủ|các (?:nước|quốc gia) thành viên)\b"
)
NUMBERED_GROUP_MEETING = re.compile(rf"(?=[^,.;]{{0,60}}?(?:{MULTILATERAL.pattern}))[^,.;]{{0,80}}?\blần thứ\b")
ONLINE = re.compile(r"trực tuyến|qua điện thoại|bằng hình thức trực tuyến")
ONLINE_SUMMIT = re.compile(r"(?:Hội nghị|Cuộc gặp) (?:thượng đỉnh|cấp cao) trực tuyến\b", re.I)


def cue_type(sentence: str, cue: Cue) -> str:
    """The type a cue tells in its sentence: 'Hội nghị Bộ trưởng Ngoại giao Việt Nam-Australia lần thứ 4' and
    'Đối thoại Việt Nam - EU về nhân quyền' are bilateral mechanisms (a dialogue of many is a conference),
    'Hội nghị thượng đỉnh Nga - Ấn' talks of two leaders, talks held online a call."""
    if cue.type == "talks" and ONLINE.search(_clause_after(sentence, cue.end)):
        return "call"
    if cue.type == "committee_session" and MANY_STATES_BODY.search(phrase_at(sentence, cue.start)):
        return "conference"
    if cue.type == "meeting" and NUMBERED_GROUP_MEETING.match(sentence, cue.end):
        return "conference"  # "cuộc gặp Ngoại trưởng Trung Quốc - Trung Á lần thứ tư": a group's numbered meeting
    if cue.type != "conference":
        return cue.type
    phrase = phrase_at(sentence, cue.start)
    if ONLINE_SUMMIT.match(phrase) and not MULTILATERAL.search(sentence):
        return "call"  # "A và B đã có Hội nghị thượng đỉnh trực tuyến": two leaders' talks held online
    if TOPICAL_DIALOGUE.match(phrase) and not MULTILATERAL.search(phrase):
        return "committee_session"  # "Đối thoại Ngoại giao và Chiến lược lần thứ 6": a mechanism of two, by its subject
    two = WITH_ONE_LEADER.match(sentence, cue.start) or BETWEEN_TWO_LEADERS.match(sentence, cue.start)
    # "Lãnh đạo Kazakhstan, Kyrgyzstan, Tajikistan … dự hội nghị thượng đỉnh với Chủ tịch X": many sides, one host.
    two = two and len({p.country for p in places_in(sentence[: cue.start]) if p.is_country}) < MANY_SIDES
    if not (_one_pair(phrase) or two) or MULTILATERAL.search(phrase):
        return "conference"
    if SUMMIT.search(phrase) and (_one_pair(phrase) or two) and not ON_A_SUBJECT.search(phrase):
        return "talks"
    if re.search(r"Bộ trưởng|Thứ trưởng|Ủy ban|Uỷ ban|^Đối thoại", phrase, re.I):
        return "committee_session"
    return "conference"


def _one_pair(phrase: str) -> bool:
    """The phrase names the two sides of a pair: one spaced dash between names, or two countries joined by a
    dash ("Việt Nam-Australia"; "Shangri-La" is a place's name)."""
    return bool(ONE_PAIR.search(phrase) or _joined_countries().search(phrase) or BETWEEN_TWO.search(phrase))


@built_once
def _joined_countries() -> re.Pattern:
    names = any_of(country_names())
    return re.compile(rf"(?<!\w)(?:{names})[-–](?:{names})(?!\w)")


def _clause_after(sentence: str, at: int) -> str:
    """The rest of the cue's clause: up to the next semicolon or the sentence's end."""
    end = sentence.find(";", at)
    return sentence[at : end if end >= 0 else len(sentence)]
